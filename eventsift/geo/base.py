"""The geocoder protocol and an in-memory implementation for tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from eventsift.records import Document, Place, Toponym


class Geocoder(Protocol):
    def resolve(self, toponyms: Sequence[Toponym], *, document: Document) -> list[Place | None]:
        """Resolve all of a document's toponyms together (they are each other's context).

        Returns one entry per toponym, ``None`` where a name is unknown. A qualifier such as
        "near" or "35 km from" gives geo_precision 2; a province gives 3.
        """
        ...

    def lookup(self, name: str, *, country: str | None = None) -> list[Place]:
        """Every place a name may refer to, most likely first."""
        ...

    def find_toponyms(self, text: str) -> list[tuple[int, int]]:
        """Character spans of known place names in ``text`` that the NER model may have missed."""
        ...

    def cued_country(self, document: Document) -> Place | None:
        """The country the document's actors and demonyms point to ("Houthi" -> Yemen), or ``None``."""
        ...


class InMemoryGeocoder:
    """A fake with a handful of places: prefers places in a country the document names."""

    def __init__(self, places: Sequence[Place], *, aliases: dict[str, str] | None = None) -> None:
        self._by_name: dict[str, list[Place]] = {}
        for place in places:
            self._by_name.setdefault(place.name.lower(), []).append(place)
        for alias, name in (aliases or {}).items():
            self._by_name.setdefault(alias.lower(), []).extend(self._by_name.get(name.lower(), []))

    def lookup(self, name: str, *, country: str | None = None) -> list[Place]:
        found = self._by_name.get(name.lower(), [])
        if country:
            found = [p for p in found if p.country == country] or found
        return sorted(found, key=lambda p: -p.population)

    def resolve(self, toponyms: Sequence[Toponym], *, document: Document) -> list[Place | None]:
        countries = {p.country for t in toponyms for p in self.lookup(t.text) if p.feature == "country"}
        out: list[Place | None] = []
        for toponym in toponyms:
            candidates = self.lookup(toponym.text)
            preferred = [p for p in candidates if p.country in countries] or candidates
            place = preferred[0] if preferred else None
            if place is not None and toponym.qualifier in ("near", "km from") and place.geo_precision < 2:
                place = _with_precision(place, 2)
            out.append(place)
        return out

    def cued_country(self, document: Document) -> Place | None:
        return None

    def find_toponyms(self, text: str) -> list[tuple[int, int]]:
        lowered = text.lower()
        spans = []
        for name in self._by_name:
            start = lowered.find(name)
            while start != -1:
                spans.append((start, start + len(name)))
                start = lowered.find(name, start + 1)
        return sorted(spans)


def town_standing_in(area: Place, name: str, *, precision: int | None = None) -> Place:
    """A town the gazetteer lacks, named as the text writes it ("Ashby, NC"), standing at ``area``'s coordinates: the
    area's country and first level, no district, id or population of its own, and ``area``'s geo_precision unless
    ``precision`` is given."""
    from dataclasses import replace

    return replace(area, name=name, feature="city", admin2=None, geonameid=None, population=0,
                   geo_precision=area.geo_precision if precision is None else precision)


def _with_precision(place: Place, precision: int) -> Place:
    from dataclasses import replace

    return replace(place, geo_precision=precision)
