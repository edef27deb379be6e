"""Where a report's outlet is at home: local news is mostly about its own town and state.

A page title ends with the outlet's name ("Man shot on Main Street | CBS Denver", "... - Memphis, Tennessee") and a
web address often carries the town ("denver.example.com"). A station's call sign ("WXYZ", "KABC-TV") or a network
affiliate's channel ("abc7", "FOX 43") is a US broadcaster's. The home is a prior for the report's namesakes (the
Salem of a Salem story from an Oregon station is Oregon's), never the event's place, and it gives way when the
report names another country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from eventsift.geo.resolve import Candidate, prior
from eventsift.geo.sources import area_codes

if TYPE_CHECKING:
    from eventsift.geo.gazetteer import Gazetteer
    from eventsift.records import Document

# Title parts: "Headline | Outlet", "Headline - Outlet", "Headline « Outlet".
_TITLE_PARTS = re.compile(r"\s+[|«»·•]\s*|\s*\|\s*|\s+[-–—]\s+")
# An outlet's name is written in title case or as a web address ("The Daily Herald", "example.com", "CBS Elmtown /
# Ashby" for a station serving two cities): a last part
# with other lower-case words is the headline's ("Pakistan - five killed in Quetta").
_OUTLET_WORD = re.compile(r"^(?:[A-Z0-9«].*|\S+\.(?:com|org|net|co|tv)\S*|of|the|and|de|la|&|/)$")
# An outlet's name is short: a longer last part is the headline's own.
MAX_OUTLET_WORDS = 7
# US broadcasters: a four-letter call sign from K or W ("WXYZ", "KABC-TV", "AccessWXYZ.com"), or a network with its
# channel number ("abc7", "6abc", "FOX 43", "NBC4").
_CALL_SIGN = re.compile(r"(?<![A-Z])[KW][A-Z]{3}(?:-?(?:TV|DT|FM|AM|CD|LP))?(?:News)?(?![A-Za-z])")
# An older three-letter call sign is a station's only with its "tv" or channel number ("wgntv.com", "wwl4"): short
# words that start with k or w are everywhere. A four-letter one may carry "news" ("WXYZNews.com").
_HOST_CALL_SIGN = re.compile(r"^[kw][a-z]{3}(?:tv|news|\d{1,3})?$|^[kw][a-z]{2}(?:tv|\d{1,3})$")
_NETWORK_CHANNEL = re.compile(r"\b(?:abc|cbs|nbc|fox|cw)\s?\d{1,2}(?!\d)|(?<![\w])\d{1,2}\s?(?:abc|cbs|nbc|fox)\b", re.IGNORECASE)
BROADCAST_COUNTRY = "US"
# Web address labels that are never a town.
_HOST_WORDS = frozenset({"www", "m", "mobile", "amp", "news", "com", "org", "net", "edu", "gov", "co", "uk", "in", "pk",
                         "au", "ng", "ca", "home", "local", "web", "blog", "blogs", "post"})
# "Town, Region" in an outlet's name; the region is one word or two ("Springfield, Ohio", "Salem, New Hampshire").
_TOWN_COMMA_REGION = re.compile(r"(?P<town>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}),\s*(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
# A town inside an outlet's name must be this big ("Chicago Tribune"): small places share names with common words.
OUTLET_TOWN_MIN_POPULATION = 20_000
_GENERIC_DOMAINS = frozenset({"tv", "co", "io", "me", "fm", "am", "ly", "ws", "cc"})
_COMPASS = re.compile(r"(?:north|south|east|west|central)(?:east|west)?")
# A name read from a web address has at least this many letters, a piece of a longer label one more (shorter
# pieces of words are names of everything).
HOST_LABEL_MIN_LETTERS = 4
HOST_NAME_MIN_LETTERS = 5
# A town read from a web address alone must be a city this big ("denver.example.com"): short words in addresses
# are names of everything.
HOST_TOWN_MIN_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Home:
    """An outlet's country, and its state and town where the outlet's name or address gives them."""

    country: str
    admin1: tuple[str, str] | None = None
    town: Candidate | None = None


def outlet_name(title: str | None) -> str | None:
    """The outlet's name at the end of a page title, if it has one ("... | CBS Denver" -> "CBS Denver")."""
    if not title:
        return None
    parts = [p.strip() for p in _TITLE_PARTS.split(title.strip()) if p.strip()]
    words = parts[-1].split() if len(parts) > 1 else []
    if not words or len(words) > MAX_OUTLET_WORDS or not all(_OUTLET_WORD.match(w) for w in words):
        return None
    return parts[-1]


def outlet_home(gazetteer: Gazetteer, document: Document) -> Home | None:
    """The outlet's home from its name in the title and its web address; ``None`` when neither says."""
    return home_of(gazetteer, title=document.title, url=document.url)


def home_of(gazetteer: Gazetteer, *, title: str | None, url: str | None) -> Home | None:
    """``outlet_home`` from a page's title and address."""
    outlet = outlet_name(title) or ""
    host = _host(url) if url else ""
    labels = host.split(".")
    station = bool(_CALL_SIGN.search(outlet) or _NETWORK_CHANNEL.search(outlet) or any(
        _HOST_CALL_SIGN.match(label) or _NETWORK_CHANNEL.search(label) for label in labels))
    home = _named_home(gazetteer, outlet, country=BROADCAST_COUNTRY if station else None) \
        or _written_home(gazetteer, title) or _host_home(gazetteer, host)
    if home is not None:
        return home
    return Home(country=BROADCAST_COUNTRY) if station else None


# A station's call sign credited as a report's publisher: four letters from K or W, or an older three with its "-TV".
_PUBLISHER_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-?(?:TV|DT|FM|AM|CD|LP))?|[KW][A-Z]{2}-?(?:TV|DT|FM|AM)")


def publisher_home(gazetteer: Gazetteer, publisher: str | None) -> Home | None:
    """The home of the publisher a report credits: a US broadcaster's country when that is a station's call sign
    ("(WXYZ-TV) -", "KABC", "WXY-TV"), else the town or state its name carries ("© 2013 Elmtown Media Network", as an
    outlet's name in a title does); ``None`` for any other publisher."""
    if not publisher:
        return None
    if _PUBLISHER_CALL_SIGN.fullmatch(publisher.strip()):
        return Home(country=BROADCAST_COUNTRY)
    return _named_home(gazetteer, publisher.strip())


# A page title's last part too long to be an outlet's name alone, that still ends in or carries its town and state
# ("... - WXYZ 3 News, Weather, Sports, and Traffic for Springfield, IL", "... - WXYZ 9 News Springfield, Illinois News,
# Weather"): only a town with its written state counts there.
_STATION_PART = re.compile(r"(?<![A-Z])[KW][A-Z]{2,3}(?![A-Za-z])|\bNews\b")


def _written_home(gazetteer: Gazetteer, title: str | None) -> Home | None:
    parts = [p.strip() for p in _TITLE_PARTS.split((title or "").strip()) if p.strip()]
    if len(parts) < 2 or outlet_name(title) or not _STATION_PART.search(parts[-1]):
        return None
    return _comma_region_home(gazetteer, parts[-1])


# An archived copy's address carries the page's own ("https://web.archive.org/web/2016.../http://example.com/..."): the
# outlet is the archived page's.
_ARCHIVED = re.compile(r"^https?://[^/]+/web/\d+[a-z_]*/(?P<url>.+)$")


def _host(url: str) -> str:
    archived = _ARCHIVED.match(url)
    if archived:
        inner = archived.group("url")
        url = inner if "://" in inner else "http://" + inner
    return (urlsplit(url).hostname or "").lower()


def _comma_region_home(gazetteer: Gazetteer, text: str) -> Home | None:
    """A town with its region written after a comma ("Memphis, Tennessee", "Framingham, MA"), or the region alone."""
    for m in _TOWN_COMMA_REGION.finditer(text):  # "WXYZ.com-Springfield, Ohio News"
        for region in (m.group("region").split()[0], m.group("region")):
            if _COMPASS.fullmatch(region.lower()):  # "WXYZ.com, South Georgia News": a part of a state, not a region
                continue
            town, area = gazetteer.dateline_reading(f"{m.group('town')}, {region}")
            if area is not None and town is not None and town.feature == "city":
                return _home_of(town)
            if area is not None and area[1] is not None:
                return Home(country=area[0], admin1=area)
    return None


def _named_home(gazetteer: Gazetteer, outlet: str, *, country: str | None = None) -> Home | None:
    """The home an outlet's name carries: "Memphis, Tennessee", "Framingham, MA", "CBS Chicago", "Hawaii Tribune";
    a station's (``country``: its call sign's) only in that country ("WXYZ News, Myrtle Beach/Florence")."""
    if not outlet:
        return None
    if (home := _comma_region_home(gazetteer, outlet)) is not None:
        return home
    found = [c for name in _name_runs(outlet) for c in gazetteer.candidates(name) if c.kind == 0
             and (country is None or c.country_code == country)]
    states = [c for c in found if c.feature == "admin1"]
    towns = [c for c in found if c.feature == "city" and c.population >= OUTLET_TOWN_MIN_POPULATION]
    if states:
        state = max(states, key=prior)
        inside = [t for t in towns if t.country_code == state.country_code and t.admin1 == state.admin1]
        return _home_of(max(inside, key=prior) if inside else state)  # "Columbus Georgia News": Georgia's Columbus
    if towns:
        return _home_of(max(towns, key=lambda c: (prior(c), c.population)))
    return None


def _name_runs(outlet: str) -> list[str]:
    """Every run of up to four capitalised words of an outlet's name, longest first ("Los Angeles Times" ->
    "Los Angeles Times", "Los Angeles", "Angeles Times", "Los", ...): place names sit inside outlets' names."""
    words = re.findall(r"[A-Z][\w'’]*", outlet)
    runs = [" ".join(words[i:i + n]) for n in range(min(4, len(words)), 0, -1) for i in range(len(words) - n + 1)]
    return [r for r in runs if len(r) > 2]


# A run of letters is words when it is one word, or two, at least this common in English (wordfreq Zipf: "times" 5.6,
# "herald" 3.9, "ville" 3.1); "atimes" is none.
HOST_WORD_ZIPF = 3.0


def _words(letters: str) -> bool:
    from eventsift.nlp.truecase import zipf

    if zipf(letters) >= HOST_WORD_ZIPF:
        return True
    return any(zipf(letters[:i]) >= HOST_WORD_ZIPF and zipf(letters[i:]) >= HOST_WORD_ZIPF
               for i in range(2, len(letters) - 1))


def _host_home(gazetteer: Gazetteer, host: str) -> Home | None:
    """The town or state a web address names, whole or glued to a word ("denver.example.com", "kansas.com",
    "toledoexample.com", "nbcexampleville.com")."""
    labels = host.lower().split(".")
    # a country's domain (".ge", ".co.uk") keeps the reading in that country; some are used as generic names
    tld = {"uk": "GB"}.get(labels[-1], labels[-1].upper()) \
        if len(labels[-1]) == 2 and labels[-1] not in _GENERIC_DOMAINS else None
    for label in labels[:-1]:
        if label in _HOST_WORDS or len(label) < HOST_LABEL_MIN_LETTERS:
            continue
        # a town's name glued before words ("toledoexample"), not a part of a longer name ("daytonatimes" is not
        # Dayton): the rest of the label after a leading piece must be words
        pieces = [label] + [piece for n in range(len(label) - 1, HOST_NAME_MIN_LETTERS - 1, -1)
                            for piece in ((label[:n],) if _words(label[n:]) else ()) + (label[-n:],)]
        for piece in pieces:
            if _COMPASS.fullmatch(piece):
                continue
            found = [c for c in gazetteer.candidates(piece) if c.kind == 0 and (
                c.feature == "admin1" or (c.feature == "city" and c.population >= HOST_TOWN_MIN_POPULATION))]
            found = [c for c in found if c.country_code == tld] or ([] if tld and tld != "US" else found)
            if not found:
                continue
            cities = [c for c in found if c.feature == "city"]  # an address names a town more often than a state
            return _home_of(max(cities or found, key=lambda c: (prior(c), c.population)))
    return None


# A US telephone number as local news prints it for tips ("(555) 201-0199", "555-201-0199", "555.201.0199"): an area
# code, then a seven-digit number with its dash or dot. Other runs of digits (dates, case numbers) are no numbers.
_PHONE = re.compile(r"(?<![\d-])\(?([2-9]\d{2})\)?[-. ]\s?[2-9]\d{2}[-.]\d{4}(?![\d-])")
# The report's own state: one that most of its numbers' area codes serve, ahead of any other.
PHONE_COUNTRY = "US"


def phone_state(text: str) -> str | None:
    """The state whose area codes the report's telephone numbers carry ("call detectives at 555-201-0199"), when one
    state leads the others; ``None`` without such numbers. A number to call is the police's or the outlet's, near
    the report's town: a prior for its namesakes, never the event's place."""
    codes = area_codes()
    counts: dict[str, int] = {}
    for m in _PHONE.finditer(text):
        if (state := codes.get(m.group(1))) is not None:
            counts[state] = counts.get(state, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.__getitem__)


def with_phone_state(home: Home | None, state: str | None) -> Home | None:
    """An outlet's home that names no state (a station's call sign, no home at all) takes the state of the report's
    telephone numbers: "... | WXYZ" with "call 555-201-0199"."""
    if state is None or (home is not None and (home.admin1 is not None or home.country != PHONE_COUNTRY)):
        return home
    return Home(country=PHONE_COUNTRY, admin1=(PHONE_COUNTRY, state))


def _home_of(place: Candidate) -> Home:
    """The home a town (with its state) or a state is."""
    return Home(country=place.country_code, admin1=(place.country_code, place.admin1) if place.admin1 else None,
                town=place if place.feature == "city" else None)
