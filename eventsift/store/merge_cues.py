"""Identity cues: what only reports of one incident share (a surname, a street, an age, a toll, wording), and the
strong ones (a person named in full, a numbered address) the store indexes each report by (``document_keys``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence

from eventsift.documents import dedup
from eventsift.records import Event
from eventsift.store.merge_checks import _geography, _not_names
from eventsift.store.merge_history import _published, article_key
from eventsift.store.merge_refs import DATE_KEY, VICTIM_KEY, named_date, reference_keys
from eventsift.store.merge_rules import (
    ADDRESS_CUE, AGE_CUE, FOLLOW_UP_WINDOW_DAYS, FULL_NAME_CUE, LARGE_DEATH_TOLL, LARGE_TOLL, MORE_FULL_NAMES, NAME_CUE,
    PLACE_CUE, SAME_ARTICLE_CUE, SAME_WORDING_SIMILARITY, SOME_WORDING_SIMILARITY, STREET_CUE, TOLL_CUE, TOLL_CUE_MIN, VICTIM_CUE,
)
from eventsift.store.merge_text import _WORD_RE, _addresses, _persons, _streets, said

Keys = Mapping[str, Collection[str]]  # report id -> the identity keys its document gives it (document_keys)
# Kinds of key besides "person:" (a person named in full) and "address:" (a numbered address): a street's name, and
# a block given without the street's kind ("address:block 1400 gherald").
STREET_KEY = "street:"
# The keys of the strong cues: a person named in full, a numbered address.
STRONG_KEYS = ("person:", "address:")
BLOCK_KEY = "address:block "


def strong_cues(a: Event, b: Event, *, keys: Keys | None = None) -> list[str]:
    """The strong identity cues two reports share: a person both name in full, a numbered address (one block of one
    street), in their event sentences or, with ``keys``, anywhere in their documents (document_keys). Not a name made
    of the events' place or actor words ("Los Angeles", "Houston Chronicle" when one event is in Houston), nor one
    either report also writes in lower case.

    When ``keys`` holds both reports (the store passes every candidate's), they are compared alone: their sentences
    need not be read, which keeps a store's comparison with candidates far off in date or place cheap.
    """
    if keys is not None and a.event_id in keys and b.event_id in keys:
        shared = set(keys[a.event_id]) & set(keys[b.event_id])
        if not shared:
            return []
        not_names = _not_names(a, b)  # each document's own lower-case words were left out when its keys were read
    else:
        sa, sb = said(a), said(b)
        if sa is None or sb is None:
            return []
        ka, kb = set(identity_keys(a)), set(identity_keys(b))
        if keys:
            ka |= set(keys.get(a.event_id, ()))
            kb |= set(keys.get(b.event_id, ()))
        shared = ka & kb
        not_names = _not_names(a, b) | sa.lowercase | sb.lowercase
    people = sorted(k.split(":", 1)[1] for k in shared if k.startswith("person:")
                    and not set(k.split(":", 1)[1].split()) & not_names)[:1 + MORE_FULL_NAMES]
    addresses = sorted(k.split(":", 1)[1] for k in shared if k.startswith("address:"))
    out = []
    if people:
        out.append("full names " + ", ".join(people))
    if addresses:
        out.append("address " + ", ".join(addresses[:2]))
    described = _described_alike(a, b, shared, keys=keys)
    if described:
        out.append(described)
    return out


def _described_alike(a: Event, b: Event, shared: set[str], *, keys: Keys | None = None) -> str | None:
    """The victims both documents describe by the same age and sex ("a 23-year-old man"), when the reports are dated
    within the follow-up window, or one report's document gives the incident the other's date ("the May 7 shooting",
    "Saturday's shooting": it is then dated, as its reporter tells it, on the other's day): in one state and a
    fortnight few incidents hit a person described so; over months many do."""
    described = sorted(k.removeprefix(VICTIM_KEY) for k in shared if k.startswith(VICTIM_KEY))
    if not described or a.event_date is None or b.event_date is None:
        return None
    if abs((a.event_date - b.event_date).days) > FOLLOW_UP_WINDOW_DAYS and named_date(a, b, keys) is None:
        return None
    return VICTIMS_ALIKE + ", ".join(described[:2])


VICTIMS_ALIKE = "victims described alike "


def identity_keys(report: Event) -> list[str]:
    """The keys a report's event sentences give: the strong cues ("person:jon doe", "address:300 elm street",
    "address:block 300 elm") and the streets ("street:elm street"), not names made of the report's own place or actor
    words."""
    s = said(report)
    if s is None:
        return []
    not_names = _not_names(report) | s.lowercase
    return _keys(s.persons, s.addresses, not_names, streets=s.streets)


def _keys(persons: Iterable[tuple[str, str]], addresses: Iterable[str], not_names: set[str], *,
          streets: Iterable[str] = ()) -> list[str]:
    keys = [f"person:{' '.join(n)}" for n in sorted(persons) if not set(n) & not_names]
    keys += [f"address:{a}" for a in sorted(addresses)]
    # A street's name without a number is no strong cue (many places have an Elm Street), but the document's street
    # is what a follow-up shares with the first report when neither event cites the sentence that names it.
    keys += [f"{STREET_KEY}{street}" for street in sorted(streets)]
    return [k[:KEY_LENGTH] for k in keys]


def document_keys(reports: Sequence[Event], text: str) -> list[list[str]]:
    """The identity keys of each report of one document (what the store indexes them by, beyond date and place):
    its own event sentences' and the document's, less those another of its events names in its own sentences (a
    round-up names each incident's victim with that incident). Most reports name the victim or the suspect in full
    once, in a sentence the event does not cite ("The victim was identified as Jon Doe, 23")."""
    own = [identity_keys(r) for r in reports]
    words = set(_WORD_RE.findall(text))
    lowercase = {w for w in words if w.islower()}
    found = _keys(_persons(text), _addresses(text), lowercase, streets=_streets(text))
    out = []
    for i, report in enumerate(reports):
        # Background (historical) events are mostly the incident a follow-up is about: their names stay shared.
        others = {k for j, keys in enumerate(own) if j != i and not reports[j].historical for k in keys}
        not_names = _not_names(report)
        shared = [k for k in found if k not in others and not set(k.split(":", 1)[1].split()) & not_names]
        # The incident's own date and its victims as the document tells them ("the May 7 shooting", "a 23-year-old
        # man"): a follow-up dated by its hearing is tied so to the incident it is about.
        published = _published(report)
        refs = reference_keys(text, published if published != dt.date.min else None)
        out.append(list(dict.fromkeys(own[i] + shared + refs)))
    return out


def search_keys(keys: Iterable[str]) -> list[str]:
    """The keys the store looks events up by wherever they are: a person named in full, a numbered address.

    A street's name is shared by many places' incidents: it ties a report to the events its date and place found,
    it does not find them (and a common street would crowd the rarer keys out of the lookup). A block named with the
    street's kind gives two keys ("1400 gherald street", "block 1400 gherald"), both looked up: an outlet that leaves
    the kind out ("the 1400 block of Gherald") stores only the block, and a later report that gives the kind finds it
    by the block alone (a follow-up geocoded to a namesake far off is found by its address or not at all)."""
    return [k for k in keys if not k.startswith((STREET_KEY, DATE_KEY, VICTIM_KEY))]


def _shared_keys(a: Event, b: Event, keys: Keys | None, prefix: str) -> set[str]:
    """The keys of one kind (``prefix``) that both reports' documents give them, without the prefix."""
    if not keys:
        return set()
    shared = set(keys.get(a.event_id, ())) & set(keys.get(b.event_id, ()))
    return {k.removeprefix(prefix) for k in shared if k.startswith(prefix)}


# Longest identity key stored (the store's merge_keys.key column).
KEY_LENGTH = 200


def identity_cues(a: Event, b: Event, *, similarity: float | None = None, keys: Keys | None = None,
                  personal: bool = False, strong: list[str] | None = None) -> tuple[int, list[str]]:
    """(strength, what) of the cues that name one incident in both reports: a person's name (a surname one
    report gives in full and the other uses), a street, an age, wording in common (``similarity`` of the
    event sentences when already known). ``personal``: only the people's names, numbered addresses and ages.
    ``strong``: the reports' strong cues when already read (``strong_cues``)."""
    sa, sb = said(a), said(b)
    if sa is None or sb is None:
        return 0, []
    places_and_actors = _not_names(a, b)
    # A surname one report gives in full and the other uses; not a run holding a place or actor word ("Taliban
    # Pakistan" names a group), nor a word either report also writes in lower case (a common noun).
    surnames_a = {n[-1] for n in sa.names if not set(n) & places_and_actors} | _surnames(a, keys, places_and_actors)
    surnames_b = {n[-1] for n in sb.names if not set(n) & places_and_actors} | _surnames(b, keys, places_and_actors)
    names = sorted(((surnames_a & sb.capitalised) | (surnames_b & sa.capitalised)) - sa.lowercase - sb.lowercase)
    streets = sorted((sa.streets & sb.streets) | _shared_keys(a, b, keys, STREET_KEY))
    ages = sorted(sa.ages & sb.ages)
    if similarity is None:
        similarity = dedup.similarity(sa.fingerprint, sb.fingerprint)
    strength, what = 0, []
    if strong is None:
        strong = strong_cues(a, b, keys=keys)
    full = [w for w in strong if w.startswith("full names")]
    if full:
        # Each further person both name in full (the victim and the suspect, two victims) adds one.
        people = full[0].removeprefix("full names ").split(", ")
        strength += FULL_NAME_CUE + min(len(people) - 1, MORE_FULL_NAMES)
        what.append(full[0])
    elif names:
        strength += NAME_CUE
        what.append("names " + ", ".join(names[:3]))
    address = [w for w in strong if w.startswith("address")]
    if address:
        strength += ADDRESS_CUE
        what.append(address[0])
    elif streets and not personal:  # a street's name without a number is shared by many places' incidents
        strength += STREET_CUE
        what.append("street " + ", ".join(streets[:2]))
    described = [w for w in strong if w.startswith(VICTIMS_ALIKE)]
    if described:
        strength += VICTIM_CUE  # the age and the sex of one victim: more than an age alone
        what.append(described[0])
    elif ages:
        strength += AGE_CUE
        what.append("ages " + ", ".join(map(str, ages[:3])))
    if personal:
        return strength, what
    place = _place_named_alike(a, b)
    if place:
        strength += PLACE_CUE
        what.append(place)
    toll, said_toll = _toll_cue(a, b)
    if toll:
        strength += toll
        what.append(said_toll)
    if article_key(a) == article_key(b) and a.document_id != b.document_id:  # two of one document's events: no cue
        strength += SAME_ARTICLE_CUE
        what.append("versions of one article")
    if similarity >= SAME_WORDING_SIMILARITY:
        strength += 2
        what.append(f"same wording ({similarity:.2f})")
    elif similarity >= SOME_WORDING_SIMILARITY:
        strength += 1
        what.append(f"wording in common ({similarity:.2f})")
    return strength, what


def _surnames(report: Event, keys: Keys | None, not_names: set[str]) -> set[str]:
    """The surnames of the people the report's document names in full (its ``person:`` keys): a follow-up's sentences
    call the suspect by the surname ("Doe is charged with ...") the first report gave in full in a sentence of its own."""
    if not keys:
        return set()
    names = (k.removeprefix("person:").split() for k in keys.get(report.event_id, ()) if k.startswith("person:"))
    return {n[-1] for n in names if n and not set(n) & not_names}


PLACE_NAMED_ALIKE = "a report coded to no place names the other's place "


def _place_named_alike(a: Event, b: Event) -> str | None:
    """The finer places (a neighbourhood, a site) that a report coded to no place at all (no point, no place name) names,
    and the other report's sentences name too, in capitals, besides its own town, county or state: what says where it
    happened in the report whose place the extraction missed ("mourned in North Arden", "in the city's North Arden
    section")."""
    for x, y in ((a, b), (b, a)):
        if x.latitude is not None or x.location:
            continue
        sx, sy = said(x), said(y)
        if sx is None or sy is None:
            continue
        named, own = sy.capitalised_stems, _geography(y)
        shared = sorted(p for p in sx.places if set(p.split()) <= named and not set(p.split()) <= own)
        if shared:
            return PLACE_NAMED_ALIKE + ", ".join(shared[:2])
    return None


def _toll_cue(a: Event, b: Event) -> tuple[int, str]:
    """(strength, what) of the toll both reports give: 1 a count of TOLL_CUE_MIN or more (one dead is what most
    shootings' reports say), or of the same dead and wounded together more than that; 1 more for a LARGE_TOLL (or
    LARGE_DEATH_TOLL dead)."""
    tolls = [f"{name} {getattr(a, name)}" for name in ("fatalities", "injured")
             if (getattr(a, name) or 0) >= TOLL_CUE_MIN and getattr(a, name) == getattr(b, name)]
    if a.fatalities and a.injured and (a.fatalities, a.injured) == (b.fatalities, b.injured) \
            and a.fatalities + a.injured > TOLL_CUE_MIN:
        tolls = [f"fatalities {a.fatalities}", f"injured {a.injured}"]  # "1 dead, 4 wounded" in both: one count each
    if not tolls:
        grown = _toll_grown(a, b)
        return (TOLL_CUE, grown) if grown else (0, "")
    strength = TOLL_CUE * len(tolls)
    if max((getattr(a, name) or 0) for name in ("fatalities", "injured")
           if getattr(a, name) == getattr(b, name)) >= LARGE_TOLL or (
            a.fatalities == b.fatalities and (a.fatalities or 0) >= LARGE_DEATH_TOLL):
        strength += TOLL_CUE  # five or more dead or wounded in both, or four dead: few incidents of a place and week
    return strength, "same toll (" + ", ".join(tolls) + ")"


def _toll_grown(a: Event, b: Event) -> str | None:
    """The same number of people hit (dead and wounded together, more than TOLL_CUE_MIN) in both, the later report with
    more of them dead: a wounded victim who died ("four people were shot" and then "one of the four has died")."""
    totals = [(x.fatalities or 0) + (x.injured or 0) for x in (a, b)]
    if totals[0] != totals[1] or totals[0] <= TOLL_CUE_MIN or a.fatalities == b.fatalities:
        return None
    early, late = sorted((a, b), key=_published)
    if _published(late) <= _published(early) or (late.fatalities or 0) <= (early.fatalities or 0):
        return None
    return f"same number hit, more of them dead later ({totals[0]}: {early.fatalities or 0} then {late.fatalities} dead)"
