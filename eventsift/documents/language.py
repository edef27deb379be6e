"""Which language a document is in (py3langid, offline: its model ships inside the package)."""

from __future__ import annotations

import functools
import logging

from eventsift.records import Document

log = logging.getLogger(__name__)

# Texts shorter than this give unreliable guesses (a headline, a caption): no language is claimed.
MIN_CHARS = 40
# Only the first part of a long text is looked at: 5,000 characters decide any news report.
SAMPLE_CHARS = 5000
# A guess below this normalised probability is not claimed (py3langid gives above 0.99 on
# news paragraphs in a clear language; mixed or very short text lands well below).
MIN_CONFIDENCE = 0.8
ENGLISH = "en"


@functools.cache
def _identifier():  # noqa: ANN202 - py3langid's LanguageIdentifier
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or unclear."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_CHARS:
        return None
    code, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE:
        log.debug("language unclear (%s at %.2f)", code, confidence)
        return None
    return str(code)


def is_english(document: Document) -> bool:
    """True unless the document is known (declared or detected) to be in another language."""
    language = document.language or detect_language(document.text)
    return language is None or language.lower().split("-")[0].split("_")[0] == ENGLISH
