"""Name keys for gazetteer look-ups: one spelling-insensitive form per place name.

Reports spell the same place many ways ("Al-Hudaydah", "Hudaydah", "Ḩudaydah"; "D.I. Khan"; "Sar-e Pol").
``name_key`` folds case, diacritics, apostrophes, dots and hyphens; ``bare_key`` also drops Arabic article
prefixes and administrative words ("district", "province", "agency"), and ``skeleton_key`` is a last-resort
transliteration-insensitive form used only within a known country.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Arabic definite-article forms as they appear in Latin transliteration ("al-", "ar ", "ash-", "el-", ...).
ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "at", "ad", "adh", "az", "an", "ath", "ul", "ez", "es"})
# The words a first-level area's name carries ("Kano State", "Kunar Province", "Idlib Governorate").
FIRST_LEVEL_WORDS = frozenset({"state", "province", "governorate", "region", "oblast", "prefecture", "wilaya",
                               "wilayah", "wilayat", "muhafazat", "provincia", "departement", "departamento"})
# Words that name the kind of area rather than the area ("Mastung District", "Khyber Agency").
AREA_WORDS = frozenset(
    {
        "district", "districts", "province", "provinces", "governorate", "agency", "tehsil", "tribal",
        "division", "region", "state", "county", "municipality", "muhafazat", "wilayah", "wilayat",
        "city", "town", "village", "valley", "area", "sub-district", "subdistrict", "prefecture", "oblast",
        "departement", "departamento", "provincia", "municipio", "cercle", "wilaya", "island", "lga",
    }
)
# Area words of more than one word: Nigeria's "Local Government Area" ("Zurmi Local Government Area", "Borgu Local
# Government"), read as one area word.
_AREA_PHRASE = re.compile(r"\blocal government\b")
# Particles between a leading area word and the name in French, Spanish and Portuguese area names ("Province du
# Soum", "Departamento de El Alto"): dropped with the area word.
AREA_PARTICLES = frozenset({"du", "de", "des", "la", "le", "les", "del", "di", "da", "do", "dos", "das", "d", "l", "of"})
# Letters that Unicode does not decompose into a Latin letter plus a mark ("Diyarbakır", "Ağcabədi", "Łódź").
LETTER_FOLDS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ə": "e", "Ə": "E",
     "ǝ": "e", "Ǝ": "E", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ħ": "h", "Ħ": "H", "þ": "th"}
)
_APOSTROPHES = re.compile(r"['’‘`ʿʾʼ´ʻ]")
_NON_WORD = re.compile(r"[^0-9a-z&]+")
# Transliteration pairs folded by the skeleton key (Arabic/Persian/Urdu romanisations vary on these).
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ph", "f"), ("q", "k"), ("c", "k"),
    ("z", "s"), ("w", "u"), ("y", "i"), ("j", "g"), ("h", ""),
)
_VOWELS = re.compile(r"[aeiou]+")
_REPEATS = re.compile(r"(.)\1+")


# Area words that French, Spanish and Portuguese names put first ("Province du Soum"); build.admin2_display drops
# them from display names, bare_key from keys.
AREA_PREFIXES = ("province", "departement", "departamento", "provincia", "prefecture", "cercle")
_LEADING_AREA_WORD = re.compile(rf"^\s*(?:{'|'.join(AREA_PREFIXES)})\b", re.IGNORECASE)
_ELIDED = re.compile(r"\b[dl]['’‘`](?=\w)", re.IGNORECASE)  # "Province de l'Oudalan"


def fold(text: str) -> str:
    """Lower case, no diacritics, no apostrophes: "Ḩajjah" -> "hajjah", "Ta‘izz" -> "taizz"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(LETTER_FOLDS)
    return _APOSTROPHES.sub("", stripped).casefold()


@functools.lru_cache(maxsize=1 << 16)  # the same names are keyed again and again, per report and across reports
def name_key(text: str) -> str:
    """The exact-match key: folded, punctuation and hyphens to single spaces."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def contains_words(outer: str, inner: str) -> bool:
    """Whether key ``inner`` is whole words of key ``outer`` ("anta" is no part of "santa rosa")."""
    return bool(inner) and f" {inner} " in f" {outer} "


def bare_key(text: str) -> str:
    """``name_key`` without leading articles on any word and without area words; '' if nothing is left."""
    words = name_key(_ELIDED.sub("", text) if _LEADING_AREA_WORD.match(text) else text).split()
    if len(words) > 2 and words[0] in AREA_WORDS:  # "province du soum" -> "soum"
        rest = words[1:]
        while len(rest) > 1 and rest[0] in AREA_PARTICLES:
            rest = rest[1:]
        words = rest
    if "local government" in " ".join(words):
        words = _AREA_PHRASE.sub(" ", " ".join(words)).split()
    kept = [w for w in words if w not in AREA_WORDS]
    out: list[str] = []
    for word in kept:
        if word in ARTICLES and len(kept) > 1:
            continue
        out.append(word)
    return " ".join(out)


def skeleton_key(text: str) -> str:
    """A consonant skeleton of ``bare_key`` ("Deir ez-Zor" and "Dayr az Zawr" -> "drsr"); '' for very short names."""
    key = bare_key(text).replace(" ", "")
    for old, new in _SKELETON_RULES:
        key = key.replace(old, new)
    if not key:
        return ""
    head = "a" if key[0] in "aeiou" else key[0]
    tail = _VOWELS.sub("", key[1:])
    skeleton = _REPEATS.sub(r"\1", head + tail)
    return skeleton if len(skeleton) >= MIN_SKELETON_LENGTH else ""


# Skeletons shorter than this collide too often to be useful (checked on the built index: 3-letter skeletons
# match dozens of unrelated towns per country).
MIN_SKELETON_LENGTH = 4


def area_words_in(text: str) -> set[str]:
    """The area words a name carries ("Mastung District" -> {"district"})."""
    return {w for w in name_key(text).split() if w in AREA_WORDS}
