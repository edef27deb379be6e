"""The export crosswalks (``mappings.json`` beside this module: date precision to UCDP date_prec, sub-event
type to GTD attack type, ACLED's regions, ...) and countries' ISO 3166 codes."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

MAPPINGS: dict[str, Any] = json.loads(resources.files("eventsift").joinpath("export/mappings.json").read_text("utf-8"))


@lru_cache(maxsize=512)
def country_codes(country: str | None) -> tuple[str, str]:
    """(ISO 3166 numeric, alpha-3) for a country name, or empty strings."""
    if not country:
        return "", ""
    import pycountry

    try:
        found = pycountry.countries.lookup(country)
    except LookupError:
        try:
            found = pycountry.countries.search_fuzzy(country)[0]
        except LookupError:
            return "", ""
    return str(int(found.numeric)), found.alpha_3


@lru_cache(maxsize=1)
def regions() -> dict[str, str]:
    return {iso3: region for region, codes in MAPPINGS["acled_regions"].items() for iso3 in codes}
