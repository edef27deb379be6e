"""When two names agree: places (a unit's kind left out, a first-level area under any of its names, a country
under its codes), and actors (one name's words a run of the other's)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from eventsift.evaluate.gold import labels
from eventsift.geo.normalize import contains_words

# Words that name a kind of administrative unit rather than the unit ("Kunduz province" = "Kunduz").
_ADMIN_WORDS = frozenset(
    "province provincia governorate muhafazat state region oblast department departamento district "
    "division territory county city town municipality prefecture the of".split()
)


@lru_cache(maxsize=65536)
def normalise_name(name: str | None) -> str:
    """Case, accents, punctuation and parenthetical qualifiers removed: "Sanaa (Yemen)" -> "sanaa"."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


# Abbreviated words of place names, written out: "St. Louis" is "Saint Louis", "Ft. Worth" "Fort Worth".
_PLACE_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def _place_key(name: str | None) -> str:
    words = [_PLACE_ABBREVIATIONS.get(w, w) for w in normalise_name(name).replace("-", " ").split() if w not in _ADMIN_WORDS]
    return " ".join(words)


def same_place_name(a: str | None, b: str | None) -> bool:
    key_a, key_b = _place_key(a), _place_key(b)
    return bool(key_a) and key_a == key_b


@lru_cache(maxsize=1)
def _admin1_aliases() -> dict[str, frozenset[str]]:
    """Place key -> keys of every name of the same first-level area (the gazetteer's admin1 spellings): data sets
    name one province differently ("South-West" in GTD, "Sud-Ouest" in ACLED) and neither is wrong."""
    from eventsift.geo.sources import admin1_abbreviation_rows, admin1_names

    abbreviations: dict[str, list[str]] = {}
    for _, admin1, written in admin1_abbreviation_rows():  # "Calif." and "CA" name California
        abbreviations.setdefault(admin1, []).extend(written)
    groups: dict[str, frozenset[str]] = {}
    named = [(area.name, area.aliases) for area in admin1_names()]
    named += [(admin1, []) for admin1 in abbreviations if admin1 not in {n for n, _ in named}]
    for name, aliases in named:
        keys = frozenset(k for k in (_place_key(n) for n in (name, *aliases, *abbreviations.get(name, ()))) if k)
        for key in keys:
            groups[key] = groups.get(key, frozenset()) | keys
    return groups


def same_admin1(a: str | None, b: str | None) -> bool:
    """The same first-level area, under any of its names."""
    return same_place_name(a, b) or (bool(_place_key(a)) and _place_key(a) in _admin1_aliases().get(_place_key(b), ()))


@lru_cache(maxsize=4096)
def _country_code(name: str) -> str:
    import pycountry

    aliases = {normalise_name(k): v for k, v in labels()["country_aliases"].items() if not k.startswith("_")}
    if normalise_name(name) in aliases:
        return aliases[normalise_name(name)]
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return _place_key(name)


def same_country(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return same_place_name(a, b) or _country_code(a.strip()) == _country_code(b.strip())


def same_actor(predicted: str | None, gold: str) -> bool:
    """Names agree when one's words, normalised, are a contiguous run of the other's; "the" tells no actor apart
    (ACLED's older files write "Military Forces of Democratic Republic of Congo", its current ones "of the ...")."""
    p, g = _without_the(normalise_name(predicted)), _without_the(normalise_name(gold))
    return bool(p and g) and (p == g or contains_words(p, g) or contains_words(g, p))


def _without_the(name: str) -> str:
    return " ".join(w for w in name.split() if w != "the")
