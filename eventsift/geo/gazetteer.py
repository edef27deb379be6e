"""The offline geocoder: reading a document's place names against the gazetteer index (``Geocoder`` protocol).

    geocoder = open_geocoder()                 # builds the index at first use, then opens it read-only
    geocoder.lookup("Mastung", country="Pakistan")
    geocoder.resolve(toponyms, document=doc)   # all of a document's names at once, each other's context

The index itself (names to candidates, SQL, caches) is ``eventsift.geo.index``; finding names in running text
``eventsift.geo.scan``; datelines ``eventsift.geo.dateline``; which name the text puts inside which
``eventsift.geo.enclosure``; the choice among candidates ``eventsift.geo.resolve``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from pathlib import Path

from eventsift.geo import build, sources
from eventsift.geo.abroad import drop_foreign_homonyms, introduced_as_place, is_acronym
from eventsift.geo.base import town_standing_in
from eventsift.geo.cues import Cues, acts_elsewhere
from eventsift.geo.dateline import (
    ANCHOR_MIN_POPULATION, NEIGHBOURHOOD_AFTER, NEIGHBOURHOOD_CITY_KM, SIDE_OF_TOWN, Datelines, bracketed_region,
    dateline_town_for,
)
from eventsift.geo.enclosure import enclosing, inside
from eventsift.geo.home import Home, home_of, phone_state, publisher_home, with_phone_state
from eventsift.geo.index import PART_OF_TOWN_MIN_POPULATION, GazetteerIndex
from eventsift.geo.index_writer import KIND_SKELETON
from eventsift.geo.normalize import FIRST_LEVEL_WORDS, area_words_in, bare_key, name_key
from eventsift.geo.resolve import (
    CUE_BONUS, NOT_HERE_QUALIFIERS, Candidate, Context, choose_all, drop_state_strays, drop_strays, drop_unvouched,
    drop_unsupported_states, likeliest, near_city, prior, qualifier_precision,
)
from eventsift.geo.scan import FACILITY_WORDS, AREA_AFTER, AREA_OF_BEFORE, AREAS_LIST_AFTER, TextScanner
from eventsift.records import Document, Place, Toponym

__all__ = ["Gazetteer", "GazetteerIndex", "enclosing", "open_geocoder"]

log = logging.getLogger(__name__)

# geo_precision of a district or province standing in for an unknown locality the text puts inside it.
STAND_IN_PRECISION = 2
# ... and of a local outlet's town standing in for the place of a report that names none (somewhere in its area).
HOME_TOWN_PRECISION = 2
# A state or province written as an abbreviation ("Fla.", "N.C.", "Tenn.", "PA", "KP"), and one after a town's name.
_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.?(?:\s?[A-Z][a-z]?\.)?|[A-Z]\.[A-Z]\.?|[A-Z]{2,3}")
# A unit a first-level area holds, named with its kind ("Borgu LGA", "Swat district", "Marlow County").
_UNIT_OF_A_STATE = re.compile(r"(?:^|\s)(?:LGA|local government area|district|county|tehsil|taluka|municipality|"
                              r"township)$|^\s+(?:LGA|district|county|tehsil|taluka|municipality|township)\b", re.IGNORECASE)
# ", Mo.", ", N.C.", ", TX" and, in brackets, "(UP)": a state's short form after a town's name.
_WRITTEN_STATE = re.compile(r"(?:,\s*|\s\((?=[A-Z]{2,3}\)))"
                            r"(?P<abbr>[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]\.[A-Z]\.|[A-Z]{2,3})(?![A-Za-z])")
# In text written in capitals, what may follow a state's postal code: the end of the phrase ("ELMTOWN, IN (WIRE)"),
# not a word ("SANTA ANA, IN WESTERN EL SALVADOR" has the preposition "in").
_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:()\-—–]|$)", re.MULTILINE)


def _written_state(text: str, toponym: Toponym) -> re.Match[str] | None:
    """The state abbreviation written after a town ("Ashby, Ind.", "Ashby, IN"), if any (in capitals, a code only
    where the phrase ends)."""
    m = _WRITTEN_STATE.match(text, toponym.end)
    if m is not None and text[toponym.start:toponym.end].isupper() and not _PHRASE_ENDS.match(text, m.end()):
        return None
    return m


# Words after a country's name that make it an attribute of something else, not where an event happened:
# "US-backed forces", "Saudi-led coalition", "the US dollar"; and after a city's, a place near it that is not the city
# ("a Springfield-area school", "in a Springfield suburb", "the Springfield metro area").
_MODIFIER_AFTER = re.compile(
    r"^(?:-(?:led|backed|based|made|funded|supported|brokered|sponsored|allied|owned|registered|trained|born|area)\b"
    r"|\s+(?:suburbs?|metro area|dollars?|currency|embassy|consulate|envoy|ambassador|national|nationals|citizens?|"
    r"passport|military|forces|troops|army|navy|air force|warplanes?|planes?|jets?|drones?|aircraft|soldiers|officials|"
    r"government|president|special forces|marines|reconnaissance|agreements?|accords?|treaty|talks|pact|peace process|"
    # "a US company in Lima", "Swiss tourists": a country's firms and people abroad, not the country as a place
    r"compan(?:y|ies)|firms?|corporations?|businessm[ae]n|businesses|interests|investors|executives?|tourists?|"
    r"missionar(?:y|ies)|diplomats?|volunteers?|aid workers?)\b"
    # "the latest attack in the Sahel country": a region's name that tells what kind of country the report's is
    r"|\s+(?-i:country|nation)\b)",
    re.IGNORECASE,
)
# ... and words before it: "pro-Iran militias", "the ambassador to Spain" (a post, not a scene).
_MODIFIER_BEFORE = re.compile(r"\b(?:pro|anti)-$|\b(?:ambassadors?|envoys?)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# How near a province, a district or a big city the text names must be to a town found only under a looser spelling to
# say it is elsewhere: a sentence or two.
LOOSE_SPELLING_AREA_CHARS = 250
# "in downtown Dayton": a town with a downtown of its own.
_DOWNTOWN_BEFORE = re.compile(r"\bdowntown\s+$", re.IGNORECASE)
# "the Elmtown Police Department", "Elmtown police said": a town's own police, which neither a person nor a street has
# (a police station, post or camp is named after its locality, which may be a village).
_POLICE_AFTER = re.compile(r"\s+(?:Police|police|PD)\b(?!\s+(?:[Ss]tations?|[Cc]amps?|[Pp]osts?|[Ll]ines?|[Cc]howki|[Cc]heck))")
_TOWN_AFTER = re.compile(r"^\s+(?:city|town|village)\b", re.IGNORECASE)
_TOWN_WORDS = frozenset({"city", "town", "village"})
# A name the text calls a town, before or after it: "the town of Ashby", "the northern town of Ashby", "Ashby town"
# (a village's name is often a namesake of a town elsewhere).
_TOWN_OF_BEFORE = re.compile(r"\b(?:city|town)\s+of\s+$", re.IGNORECASE)
_TOWN_WORD_AFTER = re.compile(r"^\s+(?:city|town)\b", re.IGNORECASE)
# The kinds of second-level area a name is told with, in it or right after it (not a municipality: a town's own).
SECOND_LEVEL_WORDS = frozenset({"district", "districts", "county", "tehsil", "agency", "sub-district", "subdistrict",
                                "lga", "cercle"})
# ... and Nigeria's "Elm local government area" written out
_SECOND_LEVEL_AFTER = re.compile(r"^\s+(?:local\s+government(?:\s+area)?|"
                                 rf"{'|'.join(map(re.escape, sorted(SECOND_LEVEL_WORDS, key=len, reverse=True)))})\b",
                                 re.IGNORECASE)
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")  # (in copy written in capitals, no word tells)
_AREA_WRITTEN_AFTER = re.compile(r"(?:[ \t]+[\w'-]+)?,\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:department|province|state|region|"
                                 r"district|governorate|county)\b", re.IGNORECASE)
# The word a county's full name ends with ("DeKalb County", "Orleans Parish"), which a report drops once it has said it.
_COUNTY_WORDS = ("County", "Parish")
# The word after a name that tells it as a quarter of a city or district: "in the Shahdara area".
_AREA_AFTER_NAME = re.compile(r"\s+area\b", re.IGNORECASE)
# A first-level area's kind written after its name: "Taiz province", "Kherson Oblast", "Kano State".
_FIRST_LEVEL_AFTER = re.compile(r"^\s+(?:province|governorate|oblast|prefecture|wilaya)\b", re.IGNORECASE)
# ... or told as the area a district belongs to, by its possessive: "Kandahar's Arghandab district".
_DISTRICT_OF_AFTER = re.compile(r"^['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:district|districts|tehsil|county|LGA|subdivision)\b")
# Toponyms that stand for a capital ("capital" after "the" was cut, "this capital", "provincial capital").
_CAPITAL_TEXT = re.compile(r"^(?:(?:this|that|its|the country's|the nation's)\s+|(?P<owner>[\w-]+(?:\s+[\w-]+)?)['’]s\s+)?"
                           r"(?:(?P<demonym>[\w'’-]+)\s+)??"
                           r"(?:(?P<kind>provincial|state|regional|"
                           r"district)\s+|national\s+)?(?:capital|(?P<second>second(?:[- ](?:largest|biggest))?\s+city))$",
                           re.IGNORECASE)


# A province's seat of government named after it ("Sindh Assembly", "Punjab Civil Secretariat"), and the words that
# put an incident at it ("near the", "outside the").
_SEAT_AFTER = re.compile(r"\s+(?:Provincial\s+|Legislative\s+|State\s+)?(?:Assembly|(?:Civil\s+)?Secretariat|"
                         r"Governor(?:['’]s)?\s+House|Chief\s+Minister(?:['’]s)?\s+(?:House|Secretariat|Office))\b")
_AT_BEFORE = re.compile(r"\b(?:near|outside|close\s+to|in\s+front\s+of|opposite|at|inside|by)\s+(?:the\s+)?$",
                        re.IGNORECASE)


def _heading_label(toponym: Toponym, text: str) -> bool:
    """A name that opens a paragraph as its label ("Idlib: seven civilians were killed ..."): a round-up's region."""
    return text[toponym.end : toponym.end + 1] == ":" and (toponym.start == 0 or text[toponym.start - 1] == "\n")


def open_geocoder(*, path: Path | str | None = None, extra_places: Path | str | None = None) -> Gazetteer:
    """The offline geocoder; builds the index first if it is missing (a minute, once)."""
    index = Path(path) if path else build.default_index_path()
    if not index.exists():
        from eventsift.geo.download import kept_dumps

        log.info("building the gazetteer index at %s (first use)", index)
        # the GeoNames country files a user downloaded ('gazetteer download') stay in every rebuild of the default index
        build.build_index(index, geonames_dumps=kept_dumps() if path is None else ())
    return Gazetteer(index, extra_places=extra_places)


class Gazetteer(GazetteerIndex):
    """Implements ``eventsift.geo.base.Geocoder``: the index, and the reading of a document's names against it."""

    def __init__(self, path: Path | str, *, extra_places: Path | str | None = None) -> None:
        super().__init__(path, extra_places=extra_places)
        self._publishers = {_publisher_key(p): c for p, c in sources.publisher_countries().items()}
        self._qualifiers = sources.qualifier_patterns()
        self._cues = Cues()
        self._scanner = TextScanner(self, cue_pattern=self._cues.pattern)
        self._datelines = Datelines(self)
        self._home = lru_cache(maxsize=1_024)(lambda title, url: home_of(self, title=title, url=url))
        self._phone_state = lru_cache(maxsize=64)(phone_state)
        self._publisher_home = lru_cache(maxsize=1_024)(lambda publisher: publisher_home(self, publisher))

    # "the capital", "the provincial capital": find_toponyms may pass these; resolve() places them from context
    resolves_capitals = True

    # -- names in running text ------------------------------------------------------------------------

    def find_toponyms(self, text: str) -> list[tuple[int, int]]:
        """Spans of capitalised known place names (longest match first) that the NER model may have missed."""
        return self._scanner.find_toponyms(text)

    def find_enclosed_names(self, text: str, known: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of unknown names the text puts inside a known place ("shelled Kansafra in Idleb")."""
        return self._scanner.find_enclosed_names(text, known)

    def home_town_finder(self, document: Document) -> Callable[[str], list[tuple[int, int]]] | None:
        """For a local outlet's report (its home from the title, the address or the telephone numbers), a finder of
        its home area's small towns in a sentence (``TextScanner.find_home_towns``); ``None`` without a home."""
        home = self._document_home(document)
        if home is None:
            return None
        return partial(self._scanner.find_home_towns, country=home.country,
                       admin1=home.admin1[1] if home.admin1 else None)

    # -- the document's own word on where: dateline, title, outlet, cues ------------------------------------

    def dateline_reading(self, label: str) -> tuple[Candidate | None, tuple[str, str | None] | None]:
        """A dateline-like label's town and the (country, admin1) its region names ("Memphis, Tennessee")."""
        return self._datelines.read(label, None)

    def dateline_place(self, document: Document) -> Place | None:
        """The place of the document's dateline ("Florence, S.C." is Florence in South Carolina), or the state or
        country its region names when the town is unknown (geo_precision 3); ``None`` without a dateline."""
        publisher = self._publisher_country(document)
        cue_keys = self._cues.keys(document.text)
        cues = self._cues.countries(cue_keys)
        if document.dateline and self._desk_abroad(document.dateline, publisher, cue_keys, text=document.text):
            return None
        return self._datelines.place(document, publisher_country=publisher, home=self._local_home(document, cues))

    def _desk_abroad(self, dateline: str, publisher_country: str | None, cue_keys: Sequence[str], *,
                     text: str = "") -> bool:
        """A dateline that is the agency's desk abroad, neither the event's country nor a prior for its names: a
        capital's dateline over a report whose armed groups act in another country while nothing in it points to the
        capital's own, when the dateline writes its country ("MANAGUA (NICARAGUA), 3 MAY 90 (AGENCY) -- rebels of a
        neighbour's front attacked ...") or the report names places of that other country ("BEIRUT (Reuters) - A car bomb
        hit a checkpoint of the Syrian Democratic Forces in Deir al-Zor province ..."; not "SAN SALVADOR -- ... the FBI
        helped the inquiry"); or a dateline that writes its country in brackets, as wire services mark a town abroad from
        the country they report on, over a report whose people and armed groups are more often another country's
        than the dateline's ("LISBON (PORTUGAL) -- the Chilean government said ... Chilean police ...")."""
        town, area = self._datelines.read(dateline, publisher_country)
        if town is None:
            return False
        cues = self._cues.countries(cue_keys)
        if sources.is_capital(town.name, town.country_code) \
                and acts_elsewhere(cues, town.country_code) and town.country_code not in cues:
            named = [self.candidates(text[start:end]) for start, end in self._scanner.find_toponyms(text)]
            armed = {cc for cc, bonus in cues.items() if bonus >= CUE_BONUS["actor"]}
            # the report names places of the countries its armed groups act in ("in eastern Syria", "in Deir al-Zor
            # province"), and no town of the capital's own besides the capital (a report from Nairobi on an attack
            # "near the town of Mandera" is about Kenya, whoever the attackers are)
            if (area is not None or any(c.country_code in armed for found in named for c in found)) \
                    and not any(c.country_code == town.country_code and c.feature == "city" and c.kind == 0
                                and name_key(c.name) != name_key(town.name) for found in named for c in found[:1]):
                return True
        if area is None or bracketed_region(dateline) is None:
            return False
        counts = self._cues.counts(cue_keys)
        own = counts.pop(town.country_code, 0)
        return bool(counts) and max(counts.values()) > own

    def _document_home(self, document: Document) -> Home | None:
        """The outlet's home (from its title and address, else a station's call sign the report credits), with the
        state of the report's telephone numbers where the outlet names none."""
        home = self._home(document.title, document.url) or self._publisher_home(document.publisher)
        return with_phone_state(home, self._phone_state(document.text))

    def _local_home(self, document: Document, cues: dict[str, float]) -> Home | None:
        """The outlet's home as a prior for a dateline or a headline's town, unless the report's armed groups act in
        another country."""
        home = self._document_home(document)
        return None if home is None or acts_elsewhere(cues, home.country) else home

    def home_area(self, document: Document) -> Place | None:
        """The state (else the country) of the outlet's home, at geo_precision 3; ``None`` without a home or when the
        report's armed groups act in another country."""
        home = self._document_home(document)
        if home is None or acts_elsewhere(self._cues.countries(self._cues.keys(document.text)), home.country):
            return None
        area = self.area_place(home.admin1 or (home.country, None))
        return replace(self.to_place(area), geo_precision=3) if area is not None else None

    def home_town(self, document: Document) -> Place | None:
        """The town of the outlet's home ("... | CBS Denver", "- Salem, Mass."), at geo_precision 2: a local outlet's
        report that names no place is most often about its own town's area. ``None`` without a town, or when the
        report's armed groups act in another country."""
        home = self._document_home(document)
        if home is None or home.town is None \
                or acts_elsewhere(self._cues.countries(self._cues.keys(document.text)), home.country):
            return None
        return replace(self.to_place(home.town), geo_precision=HOME_TOWN_PRECISION)

    def cued_country(self, document: Document) -> Place | None:
        """The country the text's actors and demonyms point to most strongly (geo_precision 3), if any: the
        last resort for an event whose report names no place the gazetteer knows."""
        cue_keys = self._cues.keys(document.text)
        if (area := self._cues.main_area(cue_keys)) is not None and (found := self.area_place(area)) is not None:
            return self.to_place(found)  # "the monitors observed shelling near ...": the actor's main area
        country = self._cues.strongest(cue_keys, forces=self._cues.forces_after(document.text))
        found = self.country_place(country) if country else None
        return self.to_place(found) if found else None

    def _publisher_country(self, document: Document) -> str | None:
        return self._publishers.get(_publisher_key(document.publisher)) if document.publisher else None

    def context(self, toponyms: Sequence[Toponym], document: Document) -> Context:
        """Countries and provinces the document names, its publisher's and dateline's countries."""
        ctx = Context()
        for toponym in toponyms:
            name = toponym.text
            if owner := _capital_owner(name):
                name = owner  # "Somalia's capital" names Somalia
            elif _CAPITAL_TEXT.match(name) or SIDE_OF_TOWN.fullmatch(name):
                continue  # "the capital", "North Side": no place's own name (Denmark's Capital Region, a district abroad)
            cands = self.candidates(name)
            if any(c.feature == "country" and c.kind == 0 for c in cands):
                ctx.countries.add(max((c for c in cands if c.feature == "country"), key=prior).country_code)
            admin1 = [c for c in cands if c.feature == "admin1"]
            if admin1 and admin1[0].admin1:
                top = max(admin1, key=prior)
                ctx.admin1.add((top.country_code, top.admin1))
        ctx.publisher_country = self._publisher_country(document)
        cue_keys = self._cues.keys(document.text)
        ctx.cues = self._cues.countries(cue_keys)
        ctx.cue_areas = self._cues.areas(cue_keys)
        if document.dateline and self._desk_abroad(document.dateline, ctx.publisher_country, cue_keys,
                                                   text=document.text):
            return ctx
        home = self._local_home(document, ctx.cues)
        if document.dateline:
            self._read_dateline(ctx, document.dateline, home)
            ctx.placeless_dateline = ctx.dateline_town is None and ctx.dateline_state is None
        if ctx.dateline_country is None and (town := self._datelines.title_town(document, self._scanner, home)) is not None:
            # a headline kept apart from the text names the report's town as a dateline would
            ctx.dateline_country, ctx.dateline_town, ctx.title_town = town.country_code, town, True
            ctx.dateline_admin1 = (town.country_code, town.admin1) if town.admin1 else None
        return ctx

    def _read_dateline(self, ctx: Context, dateline: str, home: Home | None) -> None:
        """The dateline's town, country and state into ``ctx``."""
        town, area = self._datelines.read(dateline, ctx.publisher_country, home)
        if area is not None:  # "FLORENCE, S.C. -": the state is as good as named in the text
            ctx.dateline_state = area
            ctx.countries.add(area[0])
            if area[1]:
                ctx.admin1.add(area)
        found = town or (self.area_place(area) if area else None)
        ctx.dateline_town = town
        ctx.dateline_country = found.country_code if found else None
        ctx.desk_dateline = town is not None and sources.is_capital(town.name, town.country_code)
        if found is not None and found.admin1:
            ctx.dateline_admin1 = (found.country_code, found.admin1)

    def _states_named_like_countries(self, toponyms: Sequence[Toponym], ctx: Context, document: Document) -> dict[str, str]:
        """Names that are a foreign country and a state of the report's own country (its outlet's or its dateline's):
        "Georgia" from an American outlet. They are the state, and do not count as a country the text names.
        Returns name key -> the report's country."""
        home = self._document_home(document)
        own = home.country if home is not None else ctx.dateline_country
        if own is None:
            return {}
        found: dict[str, str] = {}
        for toponym in toponyms:
            cands = self.candidates(toponym.text)
            countries = {c.country_code for c in cands if c.feature == "country" and c.country_code != own}
            if countries and any(c.feature == "admin1" and c.country_code == own and c.kind == 0 for c in cands):
                found[name_key(toponym.text)] = own
                ctx.countries -= countries
        return found

    def _set_home(self, ctx: Context, document: Document) -> None:
        """The outlet's home, unless the report names another country or its actors point to one."""
        home = self._document_home(document)
        if home is None or ctx.countries - {home.country} or acts_elsewhere(ctx.cues, home.country):
            return
        ctx.home_country, ctx.home_admin1, ctx.home_town = home.country, home.admin1, home.town

    # -- resolution -----------------------------------------------------------------------------------

    def resolve(self, toponyms: Sequence[Toponym], *, document: Document) -> list[Place | None]:
        """Resolve all of a document's toponyms together; ``None`` where a name is unknown.

        A name the text encloses in an area ("X (Y, Z)", "X, Y", "X in Y") is resolved inside it, and an
        unknown one takes that area's place (geo_precision 2 for a district, 3 for a province)."""
        text = document.text
        usable = [not _is_modifier(t, text) for t in toponyms]
        ctx, states = self._document_context(toponyms, usable, document)
        candidate_lists = self._candidate_lists(toponyms, usable, ctx, text, states=states)
        national = self._national_places(toponyms, text)
        picks = self._picks(toponyms, candidate_lists, ctx, text, national=national)
        _quarters_of_the_policed_city(toponyms, picks, ctx, text)
        _parts_of_the_city_told(toponyms, picks, text, dateline_town=None if ctx.title_town else ctx.dateline_town)
        called = _called_quarters(toponyms, text)
        # the report's town: its dateline's, else the biggest city it names, else the biggest whose police or courts
        # it names ("the Riverside neighborhood ... a Springfield Police spokesman"), else its outlet's, else its headline's
        anchor = (ctx.dateline_town if not ctx.title_town else None) \
            or _biggest_city(picks, toponyms, None, quarters=called) \
            or _biggest_city(picks, toponyms, "institution", quarters=called) or ctx.home_town or ctx.dateline_town
        for i, toponym in enumerate(toponyms):
            if picks[i] is None and SIDE_OF_TOWN.fullmatch(toponym.text):
                # "downtown Elmtown": the town named next; "on the city's North Side": a part of the report's town
                after = next((p for t, p in zip(toponyms, picks) if t.start == toponym.end + 1), None)
                picks[i] = after if after is not None and after.feature == "city" else (
                    anchor if anchor is not None and anchor.feature == "city" else None)
        provinces = frozenset(i for i, t in enumerate(toponyms) if _told_as_first_level_area(t, text))
        districts = frozenset(i for i, t in enumerate(toponyms) if _told_as_district(t, text))
        out = [self._place_of(i, toponym, picks, ctx, text, anchor=anchor, called=called.get(toponym.text),
                              provinces=provinces, districts=districts)
               for i, toponym in enumerate(toponyms)]
        out = [_in_told_district(p, out[ctx.parents[i]] if i in ctx.parents else None) for i, p in enumerate(out)]
        for i, country in enumerate(national):
            if out[i] is None and country and (whole := self.country_place(country)) is not None:
                # "the northern Elmlandic town of Ashby", a town the gazetteer lacks: in that country, by its name
                out[i] = town_standing_in(self.to_place(whole), toponyms[i].text, precision=3)
        out = _quarters_told_again(toponyms, out, ctx, text)
        out = [self.as_of(p, document.published) for p in out]
        out = [p if self.is_area_abbreviation(toponym.text) else _unlisted_town(
                   p, toponym, text, after=(toponyms[i + 1], out[i + 1]) if i + 1 < len(out) else None)
               for i, (p, toponym) in enumerate(zip(out, toponyms))]
        # "in Kano State": the state, placed at its seat as ACLED places a state's incident, is a state told no closer
        out = [replace(p, feature="admin1", geo_precision=max(p.geo_precision, 3)) if p is not None
               and p.feature == "city" and i in provinces else p
               for i, p in enumerate(out)]
        # "in Elmwood district": a district the gazetteer knows only by its seat is that seat, no closer than the
        # district (ACLED's geo_precision 2)
        out = [replace(p, geo_precision=2) if p is not None and p.feature == "city" and p.geo_precision < 2
               and i in districts else p for i, p in enumerate(out)]
        return self._in_the_actors_area(out, ctx, document)

    def _in_the_actors_area(self, places: list[Place | None], ctx: Context, document: Document) -> list[Place | None]:
        """An actor that acts in a few areas only (data/country_cues.tsv: the ceasefire monitors of two provinces): a
        town read as a namesake in another province of its country, in a report that names no province (none at all,
        none around the town), is a place of the actor's main area the gazetteer lacks (named as written, at the
        area's coordinates, as near to it as the text puts the event: "near Ashby" is geo_precision 2)."""
        area = self._cues.main_area(self._cues.keys(document.text)) if ctx.cue_areas else None
        if area is None or any(cc == area[0] for cc, _ in ctx.admin1):
            return places
        candidate = self.area_place(area)
        if candidate is None:
            return places
        main = self.to_place(candidate)
        return [town_standing_in(main, p.name, precision=p.geo_precision)
                if p is not None and p.feature == "city" and p.country == main.country and i not in ctx.parents
                and p.admin1 not in {a1 for _, a1 in ctx.cue_areas} else p for i, p in enumerate(places)]

    def _document_context(self, toponyms: Sequence[Toponym], usable: Sequence[bool],
                          document: Document) -> tuple[Context, dict[str, str]]:
        """The context the names are chosen in, and the names that are a state of the report's own country."""
        text = document.text
        kept = [t for t, ok in zip(toponyms, usable) if ok]
        ctx = self.context(kept, document)
        states = self._states_named_like_countries(kept, ctx, document)
        self._set_home(ctx, document)
        ctx.parents = enclosing(toponyms, text, countries=self._country_keys)
        ctx.parents = {c: p for c, p in ctx.parents.items() if usable[c] and usable[p]}
        ctx.areas = set(ctx.parents.values()) | {i for i, t in enumerate(toponyms) if AREA_AFTER.match(text[t.end : t.end + 20])
                                                  or _kind_of_area_before(t, text)
                                                  or AREAS_LIST_AFTER.match(text[t.end : t.end + 80])
                                                  or _heading_label(t, text)}
        return ctx, states

    def _candidate_lists(self, toponyms: Sequence[Toponym], usable: Sequence[bool], ctx: Context, text: str, *,
                         states: dict[str, str]) -> list[list[Candidate]]:
        """Each name's candidates, narrowed by what the text says of it ("X city", "X, Fla.", a state of the
        report's own country)."""
        # The skeleton key is tried only within these: the countries the text names or whose provinces it names; a
        # misspelling also within the one country its armed groups and forces act in ("Taliban militants attacked a
        # checkpoint in Jalalbad")
        near = frozenset(ctx.countries | {cc for cc, _ in ctx.admin1}
                         | {c for c in (ctx.publisher_country, ctx.dateline_country) if c})
        armed = self._cues.armed_countries(self._cues.keys(text))
        misspelt_in = frozenset(armed) if len(armed) == 1 else frozenset()
        candidate_lists = [
            self._candidates_or_town(t.text, countries=near, areas=i in ctx.areas, misspelt_in=misspelt_in)
            if ok and not _CAPITAL_TEXT.match(t.text) and not SIDE_OF_TOWN.fullmatch(t.text)
            # "Somalia's capital" speaks for its country until ``_capitals`` reads it as the capital
            else [c for c in self.candidates(owner, areas=True) if c.feature in ("country", "admin1")]
            if ok and (owner := _capital_owner(t.text)) else [] for i, (t, ok) in enumerate(zip(toponyms, usable))
        ]
        for i, t in enumerate(toponyms):  # "Taiz province", "Kherson oblast": the first-level area, not its seat
            # (and "Kandahar's Arghandab district": the province whose district the possessive names)
            if (_FIRST_LEVEL_AFTER.match(text[t.end : t.end + 20]) or _DISTRICT_OF_AFTER.match(text[t.end : t.end + 60])) \
                    and (areas := [c for c in candidate_lists[i] if c.feature == "admin1"]
                         or self._areas_named_by_seat(candidate_lists[i])):
                candidate_lists[i] = areas
        for i, t in enumerate(toponyms):  # "Jamshoro city", "the town of Ariha": the town, not the district of its name
            if _TOWN_AFTER.match(text[t.end : t.end + 12]) or area_words_in(t.text) & _TOWN_WORDS \
                    or _TOWN_OF_BEFORE.search(text[max(0, t.start - 12) : t.start]):
                # "a Wisconsin town": a town of the state or country the name is, not one GeoNames also calls so
                own_area = any(c.feature in ("admin1", "country") and c.kind == 0 for c in candidate_lists[i])
                towns = [c for c in candidate_lists[i] if c.feature == "city" and not (own_area and c.kind >= 3)]
                if not towns and not own_area and (bare := bare_key(t.text)):  # "Kut" is GeoNames's "Al Kut"
                    towns = [c for c in self._bare_candidates(bare)
                             if c.feature == "city" and (not near or c.country_code in near)]
                candidate_lists[i] = towns or candidate_lists[i]
        for i, t in enumerate(toponyms):  # "Sagaing Region": the region (or its seat), not the district of its name
            if _first_level_in_name(t) and any(c.feature == "admin1" for c in candidate_lists[i]):
                candidate_lists[i] = [c for c in candidate_lists[i] if c.feature != "admin2"]
            if _kind_of_area_before(t, text):
                candidate_lists[i] = [c for c in candidate_lists[i] if c.feature in ("admin1", "country")] \
                    or candidate_lists[i]
            elif _told_as_district(t, text):
                # "in Mon district", "Zabol county": the district (or its seat), not a first-level area of the same
                # name in another country (where a country's counties are its first level, "Alba county", they stay)
                lower = {c.country_code for c in candidate_lists[i] if c.feature in ("city", "admin2")}
                candidate_lists[i] = [c for c in candidate_lists[i] if c.feature not in ("admin1", "country")
                                      or c.country_code in lower or not lower]
        candidate_lists = [_without_variants_inside(t.text, cands) for t, cands in zip(toponyms, candidate_lists)]
        for i, t in enumerate(toponyms):
            # "outside a nightclub in downtown Dayton": a town with a downtown of its own is a city, not a small namesake
            if _DOWNTOWN_BEFORE.search(text, max(0, t.start - 12), t.start):
                candidate_lists[i] = [c for c in candidate_lists[i] if c.feature == "city"
                                      and c.population >= PART_OF_TOWN_MIN_POPULATION] or candidate_lists[i]
            # "Toledo police said": the force of a city or of a province; a big city's name is that city against a
            # province of its name abroad (a province's own force keeps its reading: "Kano police", "Punjab police")
            big = {c.country_code for c in candidate_lists[i] if c.feature == "city" and c.kind == 0
                   and c.population >= ANCHOR_MIN_POPULATION}
            if big and _POLICE_AFTER.match(text, t.end):
                candidate_lists[i] = [c for c in candidate_lists[i] if c.feature != "admin1" or c.country_code in big]
        for child, parent in ctx.parents.items():  # "Borgu LGA, Niger": a state holds the district, not a country
            unit = toponyms[child]
            if (_UNIT_OF_A_STATE.search(unit.text) or _UNIT_OF_A_STATE.match(text, unit.end)) \
                    and any(c.feature == "admin1" for c in candidate_lists[parent]):
                candidate_lists[parent] = [c for c in candidate_lists[parent] if c.feature != "country"]
        self._counties_told_short(toponyms, candidate_lists)
        self._written_states(toponyms, candidate_lists, ctx, text)
        for i, toponym in enumerate(toponyms):  # "Georgia" in a report from an American outlet is the state
            if name_key(toponym.text) in states:
                candidate_lists[i] = [c for c in candidate_lists[i] if c.feature == "admin1"
                                      and c.country_code == states[name_key(toponym.text)]] or candidate_lists[i]
        return candidate_lists

    def _picks(self, toponyms: Sequence[Toponym], candidate_lists: list[list[Candidate]],
               ctx: Context, text: str, *, national: Sequence[str | None]) -> list[Candidate | None]:
        """The chosen candidate of each name (``None`` where there is none), strays dropped, capitals placed
        (``national``: per name, the country a nationality before it names, ``_national_places``)."""
        # a dateline or a headline's town written without its state, that the body names too, was read alone (its
        # likeliest namesake): its state lends the body's mentions of the same name nothing ("a name told again"), and
        # the body's reading in the same country, made with the report's other names, becomes the report's town (a
        # dateline abroad is not moved home by a country the body names: "FLORENCE - ... the United States condemned")
        told = _told_again(ctx, candidate_lists)
        picks = choose_all(candidate_lists, ctx, told_alone=frozenset(told))
        if told and (pick := picks[told[0]]) is not None and pick.feature == "city" \
                and pick.country_code == ctx.dateline_town.country_code:
            ctx.dateline_town, ctx.dateline_country = pick, pick.country_code
            ctx.dateline_admin1 = (pick.country_code, pick.admin1) if pick.admin1 else None
        if ctx.dateline_town is not None and not ctx.title_town:  # the dateline's town named again is that town
            town_key = name_key(ctx.dateline_town.name)  # (not its namesake province: "GHAZNI - ... Ghazni province")
            picks = [ctx.dateline_town if name_key(t.text) == town_key and i not in ctx.parents
                     and not AREA_AFTER.match(text[t.end : t.end + 20])
                     and any(c.id == ctx.dateline_town.id for c in candidate_lists[i]) else pick
                     for i, (t, pick) in enumerate(zip(toponyms, picks))]
        keys = [bare_key(t.text) or name_key(t.text) for t in toponyms]
        silent = [t.qualifier in NOT_HERE_QUALIFIERS for t in toponyms]
        # "Kano State", "Kunar Province": a first-level area told with its kind, though its pick be the area's seat
        told_as_areas = [_first_level_in_name(t) and any(
            c.feature == "admin1" and pick is not None and c.country_code == pick.country_code for c in cands)
            for t, cands, pick in zip(toponyms, candidate_lists, picks)]
        picks = drop_strays(candidate_lists, picks, keys, ctx, silent=silent, told_as_areas=told_as_areas)
        picks = drop_state_strays(candidate_lists, picks, ctx, districts=[_told_as_district(t, text) for t in toponyms],
                                  towns=[_called_a_town(t, text) for t in toponyms])
        picks = drop_unvouched(candidate_lists, picks, keys, ctx)
        # "LAHORE: ... in the Shahdara area": a quarter told with "area" under a city's dateline is the city's, never a
        # namesake in another country (the report falls back to its dateline)
        picks = [None if pick is not None and ctx.dateline_town is not None and ctx.dateline_country
                 and pick.country_code != ctx.dateline_country
                 and (_AREA_AFTER_NAME.match(text, t.end) or _AREA_AFTER_NAME.search(t.text)) else pick
                 for t, pick in zip(toponyms, picks)]
        policed = frozenset(k for k, t in zip(keys, toponyms) if _POLICE_AFTER.match(text, t.end))
        listed = _listed_places(toponyms, text)
        towns = frozenset(k for i, (k, t) in enumerate(zip(keys, toponyms)) if _told_as_town(t, text) or i in listed)
        picks = drop_unsupported_states(candidate_lists, picks, keys, ctx, silent=silent, policed=policed, towns=towns)
        picks = drop_foreign_homonyms(candidate_lists, picks, ctx,
                                      located=[introduced_as_place(text, t.start) for t in toponyms],
                                      acronyms=[is_acronym(t.text, text) for t in toponyms])
        picks = _drop_loose_spellings_elsewhere(toponyms, picks)
        # "at Rampur village in Sitapur district": a village the text puts in a district the gazetteer's namesake is not
        # in is one the gazetteer lacks (the caller places it in the district)
        for child, parent in ctx.parents.items():
            pick, area = picks[child], picks[parent]
            if area is not None and area.feature == "admin1" and ctx.parents.get(parent + 1) == parent \
                    and picks[parent + 1] is not None and picks[parent + 1].feature == "admin2":
                area = picks[parent + 1]  # "at Elmpur village in Fenland's Ashby district": the district is its area
            if pick is not None and area is not None and area.feature == "admin2" and pick.feature == "city" \
                    and _VILLAGE_AFTER.match(text, toponyms[child].end) \
                    and (not inside(pick, area) if pick.admin2 else not near_city(pick, area, radius_km=DISTRICT_REACH_KM)):
                picks[child] = None
        # "the northern Syrian town of Jarablus": a nationality before the kind of place says the name's country
        for i, country in enumerate(national):
            own = [c for c in candidate_lists[i] if c.country_code == country]
            if own and (picks[i] is None or picks[i].country_code != country):
                picks[i] = likeliest(own)
            elif country and not own and picks[i] is not None and picks[i].country_code != country:
                picks[i] = None  # "the northern Elmlandic town of Ashby", the gazetteer's Ashby abroad: one it lacks
        self._capitals(toponyms, picks, ctx)
        self._seats(toponyms, picks, text)
        return picks

    def _seats(self, toponyms: Sequence[Toponym], picks: list[Candidate | None], text: str) -> None:
        """"close to the Sindh Assembly building", "outside the Punjab Civil Secretariat": a province's seat of
        government, where the incident took place, is in its biggest town (its capital, in all but a few)."""
        for i, toponym in enumerate(toponyms):
            pick = picks[i]
            if pick is None or pick.feature != "admin1" or not pick.admin1 \
                    or not _SEAT_AFTER.match(text, toponym.end) \
                    or not _AT_BEFORE.search(text, max(0, toponym.start - 30), toponym.start):
                continue
            picks[i] = self.biggest_town(pick.country_code, pick.admin1) or pick

    def _national_places(self, toponyms: Sequence[Toponym], text: str) -> list[str | None]:
        """Per name, the country a nationality or a big city written before its kind of place names ("the Syrian
        city of X", "the Damascus suburb of Y")."""
        out: list[str | None] = []
        for t in toponyms:
            m = _NATIONAL_PLACE_BEFORE.search(text, max(0, t.start - 60), t.start)
            word = m.group("nation") if m is not None else None
            # (a nationality, or the country's own name: "the eastern Burkina Faso town of X")
            country = (self._cues.demonym_country(word) or self._country_named(word)
                       or next(filter(None, map(self._cues.demonym_country, word.split())), None)) if word else None
            if word and country is None:
                cities = [c for c in self.candidates(word)
                          if c.feature == "city" and c.population >= BIG_CITY_POPULATION]
                country = max(cities, key=lambda c: c.population).country_code if cities else None
            out.append(country)
        return out

    def _areas_named_by_seat(self, candidates: Sequence[Candidate]) -> list[Candidate]:
        """The first-level areas named like the towns a name reads as, their seats ("Elmabad province" spelt as only the
        town is known: the province of Elmabad, not its seat)."""
        seats = {(c.country_code, c.admin1) for c in candidates
                 if c.feature == "city" and c.admin1 and name_key(c.admin1) == name_key(c.name)}
        return [a for cc, name in seats for a in self.candidates(name, areas=True)
                if a.feature == "admin1" and a.country_code == cc and a.admin1 == name]

    def _country_named(self, name: str, *, areas: bool = False) -> str | None:
        """The code of the country ``name`` is the name of, if it is one's (``areas``: as ``candidates`` reads it, the
        name told as an area, so a country named like its town is kept)."""
        return next((c.country_code for c in self.candidates(name, areas=areas) if c.feature == "country"), None)

    def _place_of(self, i: int, toponym: Toponym, picks: Sequence[Candidate | None], ctx: Context, text: str, *,
                  anchor: Candidate | None, called: str | None = None,
                  provinces: frozenset[int] = frozenset(), districts: frozenset[int] = frozenset()) -> Place | None:
        """The place of the ``i``-th name: its pick, the report's town, or the area the text puts it in
        (``provinces``, ``districts``: the names the text calls a province or state, a district)."""
        pick = picks[i]
        enclosing = self._enclosing(i, picks, ctx.parents)
        ancestor = enclosing[1] if enclosing else None
        stand_in = partial(self._stand_in, told_as_province=enclosing is not None and enclosing[0] in provinces,
                           told_as_district=enclosing is not None and enclosing[0] in districts)
        if ancestor is not None and ancestor.feature == "city":
            # "the Elm Park neighborhood of the city of Ashby": a part of that city, not the report's town
            anchor = ancestor
        # an area the text puts another name in ("Elm district of Fenshire") says where that name is, not that the
        # incident is at the dateline's town in it
        encloses = pick is not None and pick.feature in ("admin1", "admin2") and i in ctx.parents.values()
        if not encloses and (town := dateline_town_for(toponym, pick, ctx, text, anchor=anchor,
                                                       city_near=self._city_around, called=called)) is not None:
            return self.to_place(town)
        if pick is None:
            return stand_in(ancestor) if ancestor else None
        if ancestor is not None and (not inside(pick, ancestor) and not _town_over_town(pick, ancestor) or (
                ancestor.feature == "city" and ancestor.population >= ANCHOR_MIN_POPULATION
                and pick.kind == KIND_SKELETON and pick.population < ancestor.population)):
            # The text puts the name in an area (or town) where the gazetteer does not know it: the area it is (a
            # name put in a big city and found only under a looser spelling, "in Oak Cliff, Dallas", is a part of
            # that city, not a small town near it)
            return stand_in(ancestor)
        if pick.namesake and not area_words_in(toponym.text) and i not in ctx.areas:
            pick = self.place_by_id(pick.namesake) or pick
        return self.to_place(pick, precision=qualifier_precision(toponym.qualifier, self._qualifiers))

    def _city_around(self, place: Candidate) -> Candidate | None:
        """The big city a neighbourhood's entry lies in."""
        return self.big_city_near(place, min_population=ANCHOR_MIN_POPULATION, radius_km=NEIGHBOURHOOD_CITY_KM)

    def _counties_told_short(self, toponyms: Sequence[Toponym], candidate_lists: list[list[Candidate]]) -> None:
        """"DeKalb County ... DeKalb police ... a DeKalb apartment complex": a county the report names in full is then
        called by its name alone; that name is the county (or a town of its name inside it), not a namesake town
        elsewhere."""
        full = {name_key(t.text): i for i, t in enumerate(toponyms) if t.text.split()[-1] in _COUNTY_WORDS}
        towns_at: dict[tuple, set[str]] = {}  # a county -> the names of the report that have a town reading in it
        for t, cands in zip(toponyms, candidate_lists):
            for c in cands:
                if c.feature == "city" and c.admin2:
                    towns_at.setdefault((c.country_code, c.admin1, c.admin2), set()).add(name_key(t.text))
        for i, toponym in enumerate(toponyms):
            if not candidate_lists[i] or any(c.feature != "city" for c in candidate_lists[i]):
                continue
            j = next((full[k] for word in _COUNTY_WORDS if (k := name_key(f"{toponym.text} {word}")) in full), None)
            if j is not None:
                counties = [c for c in candidate_lists[j] if c.feature == "admin2"]
                towns = [c for c in candidate_lists[i] if any(
                    (c.country_code, c.admin1, c.admin2) == (k.country_code, k.admin1, k.admin2) for k in counties)]
                candidate_lists[i] = (counties + towns) or candidate_lists[i]
                continue
            # "a DeKalb apartment complex near Decatur": named alone, a county that holds another name's town (a big
            # city's name stays the city's: "flown to Madison" is not Madison County)
            if any(c.population >= ANCHOR_MIN_POPULATION for c in candidate_lists[i]):
                continue
            counties = [c for c in self.candidates(f"{toponym.text} {_COUNTY_WORDS[0]}") if c.feature == "admin2"
                        and towns_at.get((c.country_code, c.admin1, c.admin2), set()) - {name_key(toponym.text)}]
            candidate_lists[i] = candidate_lists[i] + counties

    def _written_states(self, toponyms: Sequence[Toponym], candidate_lists: list[list[Candidate]], ctx: Context,
                        text: str) -> None:
        """"Tallahassee, Fla.", "Jackson, Tenn.", "Quetta, KP": a state written after a town as an abbreviation keeps
        the town inside it and counts as named; a toponym that is itself such an abbreviation is the state."""
        unknown_towns: dict[str, list[Candidate]] = {}
        for i, toponym in enumerate(toponyms):
            areas = self._abbreviations.get(sources.abbreviation_key(toponym.text), ()) \
                if _ABBREVIATION.fullmatch(toponym.text) and re.search(r"(?:,\s*|\()$", text[max(0, toponym.start - 3):toponym.start]) \
                else ()
            if areas:
                candidate_lists[i] = [a for area in areas if (a := self.area_place(area)) is not None]
                continue
            m = _written_state(text, toponym)
            areas = self._abbreviations.get(sources.abbreviation_key(m.group("abbr")), ()) if m else ()
            within = [c for c in candidate_lists[i] if any(c.country_code == cc and c.admin1 == a1 for cc, a1 in areas)]
            if within:
                candidate_lists[i] = within
                ctx.admin1.update((c.country_code, c.admin1) for c in within if c.admin1)
            elif areas and candidate_lists[i]:
                # "in Ashby, IL": a town the gazetteer knows only in other states of that country is a town of the
                # written state it lacks, placed in the state (not a namesake elsewhere)
                states = [a for area in areas if (a := self.area_place(area)) is not None
                          and any(c.country_code == a.country_code for c in candidate_lists[i])
                          and all(c.feature == "city" for c in candidate_lists[i] if c.country_code == a.country_code)]
                if states:
                    candidate_lists[i] = states
                    ctx.admin1.update((a.country_code, a.admin1) for a in states if a.admin1)
                    unknown_towns[name_key(toponym.text)] = states
        for i, toponym in enumerate(toponyms):  # the town told again without its state ("a shooting in Ashby")
            states = unknown_towns.get(name_key(toponym.text))
            if states is not None and not _written_state(text, toponym):
                candidate_lists[i] = states

    def _capitals(self, toponyms: Sequence[Toponym], picks: list[Candidate | None], ctx: Context) -> None:
        """"the capital" is the capital of the country the report is about (the one its nationality names: "the
        Pakistani capital"; else its dateline's, else the one most of its places are in, else its actors'); "the
        provincial capital" the biggest town of its province."""
        for i, toponym in enumerate(toponyms):
            m = _CAPITAL_TEXT.match(toponym.text)
            if not m or picks[i] is not None and not m.group("owner") or toponym.text == "Capital":
                continue  # (a bare "Capital" is a word of a name: "Capital City Police Officer", "Capital Territory")
            others = [p for j, p in enumerate(picks) if p is not None and j != i]
            # ("country's capital" is "the country's capital" with "the" cut: no owner by name)
            owner = m.group("owner") if (m.group("owner") or "").lower() not in ("country", "nation") else None
            if owner and m.group("second"):  # "Elmland's second city"
                country = self._country_named(owner, areas=True)
                picks[i] = (self._second_city(country, ctx=ctx) if country else None) or picks[i]
                continue
            if owner:  # "Somalia's capital", "Borno's state capital" (whatever the name alone was read as)
                picks[i] = self._capital_of(owner) or picks[i]
                continue
            if m.group("kind"):
                areas = Counter((p.country_code, p.admin1) for p in others if p.admin1) or Counter(ctx.admin1)
                if areas:
                    country, admin1 = areas.most_common(1)[0][0]
                    picks[i] = self.biggest_town(country, admin1)
                continue
            named = self._cues.demonym_country(m.group("demonym") or "")  # "the Pakistani capital"
            if named is None and ctx.dateline_state is not None and ctx.dateline_state[1] is not None \
                    and not ctx.desk_dateline:
                # "PROVIDENCE, R.I. - ... a shooting in the capital city": a report filed from a state's town speaks of
                # its state's capital, not the nation's
                continue
            countries = Counter(p.country_code for p in others)
            country = named or ctx.dateline_country or (countries.most_common(1)[0][0] if countries else None) or (
                max(ctx.cues, key=ctx.cues.get) if ctx.cues else None)
            if m.group("second"):  # "the country's second city": the city reports call so
                picks[i] = self._second_city(country, ctx=ctx) if country else None
                continue
            capital = sources.capitals().get(country or "")
            if capital:
                found = [c for c in self.candidates(capital) if c.country_code == country and c.feature == "city"]
                picks[i] = max(found, key=lambda c: c.population, default=None)

    def _second_city(self, country: str, *, ctx: Context) -> Candidate | None:
        """The city reports call a country's second city, if it has one they do; for a country the table does not
        hold, the dateline's city when it is in that country and not its capital ("SURABAYA, Elmland - ... in the
        country's second-largest city")."""
        name = sources.second_cities().get(country)
        if name is None:
            town = ctx.dateline_town
            return town if town is not None and not ctx.title_town and town.country_code == country \
                and town.feature == "city" and not sources.is_capital(town.name, country) else None
        return max((c for c in self.candidates(name) if c.country_code == country and c.feature == "city"),
                   key=lambda c: c.population, default=None)

    def _capital_of(self, owner: str) -> Candidate | None:
        """The capital of a country named by its name ("Somalia's capital"); for a first-level area, its biggest town
        (its capital in most provinces); None for a name that is neither."""
        found = self.candidates(owner, areas=True)
        country = next((c for c in found if c.feature == "country"), None)
        if country is not None and (capital := sources.capitals().get(country.country_code)):
            return max((c for c in self.candidates(capital) if c.country_code == country.country_code
                        and c.feature == "city"), key=lambda c: c.population, default=None)
        area = max((c for c in found if c.feature == "admin1"), key=lambda c: c.population, default=None)
        return self.biggest_town(area.country_code, area.admin1) if area is not None and area.admin1 else None

    def _candidates_or_town(self, name: str, *, countries: frozenset[str], areas: bool,
                            misspelt_in: frozenset[str] = frozenset()) -> list[Candidate]:
        """A name's candidates; for an unknown facility named after its town ("Donetsk Filtration Station",
        "Kabul International Airport"), the town's."""
        found = self.candidates(name, countries=countries, areas=areas, misspelt_in=misspelt_in)
        words = name.split()
        if found or len(words) < 2 or words[-1].lower() not in FACILITY_WORDS:
            return found
        for n in range(len(words) - 1, 0, -1):
            if found := self.candidates(" ".join(words[:n]), countries=countries, areas=areas, misspelt_in=misspelt_in):
                return found
        return []

    def _stand_in(self, area: Candidate, *, told_as_province: bool = False, told_as_district: bool = False) -> Place:
        """The area standing in for a name the text puts inside it: ACLED codes a named locality it can only place
        in its district or province at geo_precision 2 ("a part of a region"), a country at 3. ``told_as_province``:
        the text calls the area a province or state, which the gazetteer may know only by its seat ("near Ashby in
        Elm province": the province, not the town of Elm); ``told_as_district``: a district, which it may know only by
        its seat ("at Ashby in Elm district": the seat stands in for the district, at geo_precision 2)."""
        if told_as_province and area.feature == "city":
            area = self.area_place((area.country_code, area.admin1)) or replace(area, feature="admin1")
        place = self.to_place(area)
        if area.feature == "country" or area.feature == "city" and not told_as_district:
            return place  # a neighbourhood of a town is coded as the town
        return replace(place, geo_precision=STAND_IN_PRECISION)

    @staticmethod
    def _enclosing(index: int, picks: Sequence[Candidate | None], parents: dict[int, int],
                   seen: frozenset[int] = frozenset()) -> tuple[int, Candidate] | None:
        """The nearest resolved area enclosing an unknown name (its name's index and pick), if the text gives one; an
        area whose own reading lies outside the area the text puts it in is skipped ("Kalfou (Abala, Tillabery)": not
        a namesake Abala abroad)."""
        seen = seen | {index}
        while index in parents and parents[index] not in seen:
            index = parents[index]
            seen = seen | {index}
            pick = picks[index]
            if pick is None:
                continue
            outer = Gazetteer._enclosing(index, picks, parents, seen)
            if outer is not None and not inside(pick, outer[1]):
                continue
            return index, pick
        return None


def _in_told_district(place: Place | None, area: Place | None) -> Place | None:
    """A town the gazetteer lists with no district, told inside one of its province ("Datta Khel, North Waziristan"):
    the town in that district, which decides the province it was in on its day (data/admin1_history.tsv)."""
    if place is None or area is None or place.feature != "city" or place.admin2 or area.feature != "admin2" \
            or (area.country, area.admin1) != (place.country, place.admin1):
        return place
    return replace(place, admin2=area.admin2)


def _town_over_town(pick: Candidate, ancestor: Candidate) -> bool:
    """"Ashby, Marlow", where Marlow is read as a town far from Ashby: a town spelled exactly as written stays itself
    when the town enclosing it was found only without a word of its name ("South Marlow" read as Marlow), or when it
    is a city (ANCHOR_MIN_POPULATION) bigger than that town (a town holds no bigger city): the enclosing name is then a
    province the gazetteer lacks, not the town's place. A small town stays a namesake's reading, and a town found under
    another spelling may be the one meant: the enclosing town stands in."""
    return ancestor.feature == "city" and pick.feature == "city" and pick.kind == 0 and (
        ancestor.kind == 1 or (pick.population >= ANCHOR_MIN_POPULATION and pick.population > ancestor.population))


def _unlisted_town(place: Place | None, toponym: Toponym, text: str, *,
                   after: tuple[Toponym, Place | None] | None = None) -> Place | None:
    """"shot at a home in Ashby, NC", "in Ashby, Louisiana": a town the gazetteer lacks, with its state written after
    it, is placed in the state (at the state's coordinates and the precision of the state standing in for it) but keeps
    its own name; the state's own name or abbreviation stays the state."""
    if place is None or place.feature != "admin1" or bare_key(toponym.text) == bare_key(place.name):
        return place
    state_after = after is not None and after[1] is not None and after[1].feature == "admin1" \
        and after[1].name == place.name and re.fullmatch(r",\s*", text[toponym.end:after[0].start]) is not None
    if not (_written_state(text, toponym) or state_after):
        return place
    return town_standing_in(place, toponym.text)


def _told_again(ctx: Context, candidate_lists: Sequence[Sequence[Candidate]]) -> list[int]:
    """The names of the body that may be the dateline's (or the headline's) town, when the dateline writes no state."""
    town = ctx.dateline_town
    if town is None or ctx.dateline_state is not None:
        return []
    return [i for i, cands in enumerate(candidate_lists) if any(c.id == town.id for c in cands)]


# A namesake this far from the big city whose police the report names is no place of the report (see
# _quarters_of_the_policed_city): farther than a metro area reaches.
QUARTER_NAMESAKE_MIN_KM = 200.0


def _quarters_of_the_policed_city(toponyms: Sequence[Toponym], picks: list[Candidate | None], ctx: Context,
                                  text: str) -> None:
    """"METROPOLIS - Four people were wounded at a party in Elmtown, said a Metropolis Police spokeswoman" (or the
    quarter as the dateline, "ELMTOWN - ... a Metropolis Police spokeswoman"): a town named like a far-away city of
    another state, whose state nothing else in the report names or supports (no other place there, no state written,
    not the outlet's state), is a quarter of the big city whose police the report names; city desks write their
    neighbourhoods' names alone. A town whose own police the report names stays."""
    keys = [name_key(t.text) for t in toponyms]
    policed = [(p, keys[i]) for i, (p, t) in enumerate(zip(picks, toponyms))
               if p is not None and p.feature == "city" and p.population >= ANCHOR_MIN_POPULATION
               and t.qualifier == "institution" and _POLICE_AFTER.match(text, t.end)]
    if not policed:
        return
    city = max((p for p, _ in policed), key=lambda p: p.population)
    own_police = {k for k, t in zip(keys, toponyms) if _POLICE_AFTER.match(text, t.end)}
    named = ctx.admin1 | {a for a in (ctx.home_admin1, ctx.dateline_state) if a is not None}
    for i, (pick, toponym) in enumerate(zip(picks, toponyms)):
        if pick is None or pick.feature != "city" or pick.country_code != city.country_code \
                or pick.admin1 == city.admin1 or keys[i] in own_police or toponym.qualifier in NOT_HERE_QUALIFIERS \
                or _written_state(text, toponym) or (pick.country_code, pick.admin1) in named \
                or near_city(pick, city, radius_km=QUARTER_NAMESAKE_MIN_KM) \
                or re.search(rf"\b{re.escape(toponym.text)}{_POLICE_AFTER.pattern}", text):
            continue
        supported = any(p is not None and keys[j] != keys[i] and p.country_code == pick.country_code
                        and p.admin1 == pick.admin1 for j, p in enumerate(picks))
        if not supported:
            picks[i] = city


# "the city's Dniprovskyi district", "the town's Al-Qusour neighbourhood": a part of the city the report has named.
_CITYS_PART_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:city|town)['’]s\s+(?:\w+\s+)?$", re.IGNORECASE)


def _parts_of_the_city_told(toponyms: Sequence[Toponym], picks: list[Candidate | None], text: str, *,
                            dateline_town: Candidate | None = None) -> None:
    """"Shelling of the city of Kherson ... a shell struck a bus stop in the city's Dniprovskyi district": a name told
    as a part of "the city" lies in the city named last before it; a namesake of that name far from the city (another
    city's district of the same name) is no place of the report, and the city stands for it; with no city named
    before it, the city the report is filed from ("HARTFORD - ... in the city's North End")."""
    for i, toponym in enumerate(toponyms):
        if picks[i] is None or not _CITYS_PART_BEFORE.search(text, max(0, toponym.start - 40), toponym.start):
            continue
        city = next((p for j, p in reversed(list(enumerate(picks[:i]))) if p is not None and p.feature == "city"
                     and toponyms[j].start < toponym.start), None) or dateline_town
        if city is not None and city.id != picks[i].id \
                and not near_city(picks[i], city, radius_km=NEIGHBOURHOOD_CITY_KM):
            picks[i] = city


def _drop_loose_spellings_elsewhere(toponyms: Sequence[Toponym],
                                    picks: Sequence[Candidate | None]) -> list[Candidate | None]:
    """A town found only under a looser spelling ("Kolpara" for a Kolhapur) in another province of the country than
    the ones the text names beside it ("... in Bishnupur district", or a big city the report is at: "shootings across
    Memphis ... two brothers killed in Binghampton") is a village the gazetteer lacks, or a quarter, not that town (a
    long report's other provinces, told of other incidents, say nothing of it)."""
    areas = [(t.start, (p.country_code, p.admin1)) for t, p in zip(toponyms, picks)
             if p is not None and p.kind == 0 and p.admin1 and (p.feature in ("admin1", "admin2") or (
                 p.feature == "city" and p.population >= ANCHOR_MIN_POPULATION and t.qualifier is None))]
    out = list(picks)
    for i, (t, p) in enumerate(zip(toponyms, picks)):
        if p is None or p.kind != 2 or p.feature != "city":
            continue
        near = {area for at, area in areas if abs(at - t.start) <= LOOSE_SPELLING_AREA_CHARS and area[0] == p.country_code}
        if near and (p.country_code, p.admin1) not in near:
            out[i] = None
    return out


def _quarters_told_again(toponyms: Sequence[Toponym], places: list[Place | None], ctx: Context,
                         text: str) -> list[Place | None]:
    """"Two shot in Northgate drive-by" ... "in the Northgate neighborhood of Fairhaven": a name the report calls a
    neighbourhood of a town it names is that town wherever it is told alone, not a namesake elsewhere."""
    quarters = {t.text: places[i] for i, t in enumerate(toponyms)
                if i in ctx.parents and places[i] is not None and places[i].feature == "city"
                and NEIGHBOURHOOD_AFTER.match(text[t.end:t.end + 20])}
    return [quarters[t.text] if t.text in quarters and i not in ctx.parents else p
            for i, (t, p) in enumerate(zip(toponyms, places))]


def _called_quarters(toponyms: Sequence[Toponym], text: str) -> dict[str, str]:
    """The names the report calls a neighbourhood at some mention ("the Riverside neighborhood"), with the words after
    that mention: the name is that part of a town wherever the report tells it again."""
    found: dict[str, str] = {}
    for t in toponyms:
        after = text[t.end:t.end + 20]
        if t.text not in found and NEIGHBOURHOOD_AFTER.match(after):
            found[t.text] = after
    return found


def _biggest_city(picks: Sequence[Candidate | None], toponyms: Sequence[Toponym], qualifier: str | None, *,
                  quarters: dict[str, str]) -> Candidate | None:
    """The biggest city of at least ANCHOR_MIN_POPULATION the report names with this qualifier, not counting a name
    it calls a neighbourhood anywhere (``quarters``, from ``_called_quarters``: "the Riverside neighborhood ... the
    shooting in Riverside" is a part of the report's town, not the town)."""
    return max((p for p, t in zip(picks, toponyms) if p is not None and p.feature == "city" and t.qualifier == qualifier
                and p.population >= ANCHOR_MIN_POPULATION and t.text not in quarters),
               key=lambda p: p.population, default=None)


def _without_variants_inside(name: str, candidates: list[Candidate]) -> list[Candidate]:
    """A province's or state's own name does not mean a town inside it named after it with an area word ("Oklahoma"
    is the state, not Oklahoma City, which GeoNames also calls "Oklahoma"; "Texas" is not Texas City): the state
    named in the text would otherwise lend such towns its bonus. A town of the very same name stays ("Kabul", the
    province and its capital), and so does a town whose own name is another spelling ("Mogilev" for Mahilyow)."""
    areas = {(c.country_code, c.admin1) for c in candidates if c.feature == "admin1" and c.kind == 0}
    if not areas:
        return candidates
    key, bare = name_key(name), bare_key(name)
    return [c for c in candidates if not (c.feature == "city" and c.kind != 0 and (c.country_code, c.admin1) in areas
                                          and bare_key(c.name) == bare and name_key(c.name) != key)]


# "the northern Syrian town of", "a Nigerian border town called": a nationality before a kind of place and its name
# ... or a big city before a part of it: "the Damascus suburb of", "a Kabul neighbourhood called"
# How far from a district's centre a town the gazetteer lists with no district may lie and still be in it.
DISTRICT_REACH_KM = 60.0
# "Rampur village", "Kot Lal hamlet": a name told as a village.
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b", re.IGNORECASE)
_NATIONAL_PLACE_BEFORE = re.compile(
    r"\b(?P<nation>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:[a-z]+-held|border|frontier|port|coastal|provincial|regional|market|garrison|"
    r"southern|northern|eastern|western|central)\s+)?(?:town|city|village|province|region|district|governorate|capital|"
    r"port|state|suburb|outskirts|neighbou?rhood)\s+(?:of|called|named)\s+$")
# A city this big, named before a part of it, says the country of that part.
BIG_CITY_POPULATION = 1_000_000


# What joins the items of a list of places: "in Elmtown, Ashby and Marlow".
_LIST_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# A list this long is told as places, each item a town in its own right (two names joined may be a person's).
MIN_LISTED_TOWNS = 3


def _listed_places(toponyms: Sequence[Toponym], text: str) -> frozenset[int]:
    """The names told in a list of at least MIN_LISTED_TOWNS names ("churches in Elmtown, Ashby and Marlow"): places
    told as such, whichever provinces they lie in."""
    runs: list[list[int]] = []
    for i, t in enumerate(toponyms):
        if runs and runs[-1][-1] == i - 1 and _LIST_JOIN.fullmatch(text[toponyms[i - 1].end:t.start]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return frozenset(i for run in runs if len(run) >= MIN_LISTED_TOWNS for i in run)


def _told_as_town(toponym: Toponym, text: str) -> bool:
    """ "the town of Ashby", "Ashby town": the text calls the name a town, which no person's name is (not when the
    name goes on: in "the town of San Ashby Grande" the gazetteer knows only the start of the town's name)."""
    if _TOWN_OF_BEFORE.search(text[max(0, toponym.start - 30):toponym.start]):
        # (nor when an area is written after it: "THE TOWN OF SAN ASHBY GRANDE, ELM DEPARTMENT" is read in that area)
        return not _NAME_GOES_ON.match(text, toponym.end) and not _AREA_WRITTEN_AFTER.match(text, toponym.end)
    return bool(_TOWN_WORD_AFTER.match(text[toponym.end:toponym.end + 12]))


# "the central city of Ataq", "Ataq town": a town told so in lower case ("Bay City News Service" is a name): the words
# of ``_told_as_town``, case kept.
_CALLED_TOWN_BEFORE = re.compile(_TOWN_OF_BEFORE.pattern)
_CALLED_TOWN_AFTER = re.compile(_TOWN_WORD_AFTER.pattern)


def _called_a_town(toponym: Toponym, text: str) -> bool:
    """The text calls the name a town or a city in lower case, before it or right after it."""
    return bool(_CALLED_TOWN_BEFORE.search(text[max(0, toponym.start - 30):toponym.start])
                or _CALLED_TOWN_AFTER.match(text[toponym.end:toponym.end + 12]))


def _first_level_in_name(toponym: Toponym) -> bool:
    """A name that carries its kind of first-level area ("Kano State", "Kunar Province")."""
    return bool(area_words_in(toponym.text) & FIRST_LEVEL_WORDS)


def _kind_of_area_before(toponym: Toponym, text: str) -> bool:
    """A name its kind of area comes before ("the central state of Guanajuato", "the province of Kunar")."""
    return bool(AREA_OF_BEFORE.search(text[max(0, toponym.start - 30):toponym.start]))


def _told_as_district(toponym: Toponym, text: str) -> bool:
    """A name written with its kind of second-level area ("Elmwood District", "Elmwood district", "Ashby Agency")."""
    return bool(area_words_in(toponym.text) & SECOND_LEVEL_WORDS) \
        or bool(_SECOND_LEVEL_AFTER.match(text[toponym.end:toponym.end + 30]))


def _capital_owner(text: str) -> str | None:
    """The country or province a capital is told of: "Somalia" of "Somalia's capital"."""
    m = _CAPITAL_TEXT.match(text)
    return m.group("owner") if m else None


def _told_as_first_level_area(toponym: Toponym, text: str) -> bool:
    """A name written with its kind of first-level area ("Kano State", "the province of Kunar"; not "Kano's state
    capital", a town)."""
    return (_first_level_in_name(toponym) or _kind_of_area_before(toponym, text)) \
        and not _capital_owner(toponym.text)


def _is_modifier(toponym: Toponym, text: str) -> bool:
    """"US-backed", "the US dollar", "pro-Iran militias": the name qualifies something else."""
    return bool(_MODIFIER_AFTER.match(text[toponym.end : toponym.end + 20])) or bool(
        _MODIFIER_BEFORE.search(text[max(0, toponym.start - 30) : toponym.start]))


def _publisher_key(name: str) -> str:
    key = name_key(name)
    return key[4:] if key.startswith("the ") else key
