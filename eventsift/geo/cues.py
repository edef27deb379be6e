"""Country cues: actors and demonyms that point to a country ("Taliban", "Salvadoran"), data/country_cues.tsv."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from eventsift.geo import sources
from eventsift.geo.normalize import name_key
from eventsift.geo.resolve import CUE_BONUS
from eventsift.nlp.scan import literal_alternation


# A nationality before a word for armed forces ("Israeli forces", "Turkish troops") is shared by forces that act
# abroad: as the last resort for a report's country, its other people's nationality comes first ("Israeli forces fired
# at Palestinian farmers").
FORCES_AFTER = re.compile(r"\s+(?:forces|troops|soldiers|army|military|artillery|warplanes|jets|aircraft|drones|navy|"
                          r"air force|border guards)\b", re.IGNORECASE)


# Words of a police force's cue ("Sheriff's Office", "Police Department", "state troopers").
_POLICE_CUE = re.compile(r"\b(?:sheriff|sheriffs|police|troopers?|attorney|patrol|deput(?:y|ies)|department|"
                         r"constabulary|marshals?)\b")

# A nationality before the word for its border ("near the Lebanese border", "the Turkish frontier") points to the
# country the place lies beside, not to the one it is in; "the Pakistani border town of X", "Afghan border guards"
# are that country's.
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b(?!\s+(?:towns?|city|cities|villages?|districts?|provinces?|"
                           r"regions?|areas?|posts?|crossings?|points?|guards?|police|forces|troops|officials?|"
                           r"authorities|security))", re.IGNORECASE)


class Cues:
    """The cue table and the pattern that finds its cues in a text."""

    def __init__(self) -> None:
        cues = sources.country_cues()
        self._cue_of = {name_key(cue): (country, weight) for cue, country, weight in cues}
        self._cue_areas = {name_key(cue): list(areas) for cue, areas in sources.cue_areas().items()}
        self.pattern = re.compile(rf"(?<![\w-])(?:{literal_alternation(c for c, _, _ in cues)})(?![\w-])", re.IGNORECASE)
        self._last: tuple[str, tuple[str, ...]] | None = None

    def keys(self, text: str) -> list[str]:
        """The actor and demonym cues of a text, as name keys in text order (the last text's are kept: a document's
        resolution asks for them several times)."""
        last = self._last  # one attribute, read once: a reader in another thread sees a whole pair or the old one
        if last is None or last[0] is not text:
            last = (text, tuple(name_key(match.group()) for match in self._matches(text)))
            self._last = last
        return list(last[1])

    def countries(self, cue_keys: Sequence[str]) -> dict[str, float]:
        """Countries the cues point to, with the bonus each earns."""
        found: dict[str, float] = {}
        for key in cue_keys:
            country, weight = self._cue_of[key]
            found[country] = max(found.get(country, 0.0), CUE_BONUS[weight])
        return found

    def armed_countries(self, cue_keys: Sequence[str]) -> set[str]:
        """The countries the text's armed groups and forces act in (actor cues, not the police's: a local report's
        sheriff says nothing of how its street names are spelt)."""
        return {self._cue_of[key][0] for key in cue_keys
                if self._cue_of[key][1] == "actor" and not _POLICE_CUE.search(key)}

    def demonym_country(self, word: str) -> str | None:
        """The country a nationality names ("Pakistani": PK), else None."""
        country, weight = self._cue_of.get(name_key(word), (None, None))
        return country if weight == "demonym" else None

    def counts(self, cue_keys: Sequence[str]) -> Counter[str]:
        """How many of the cues point to each country."""
        return Counter(self._cue_of[key][0] for key in cue_keys)

    def areas(self, cue_keys: Sequence[str]) -> set[tuple[str, str]]:
        """The (country, admin1) areas the cues point to (an actor of one province)."""
        return {area for key in cue_keys for area in self._cue_areas.get(key, ())}

    def main_area(self, cue_keys: Sequence[str]) -> tuple[str, str] | None:
        """The first area (data/country_cues.tsv lists an actor's areas, where it acts most first) of the first actor in
        the text that acts only in a few areas, if the text's cues point to that actor's country alone."""
        keys = [key for key in cue_keys if key in self._cue_areas]
        if not keys or set(self.countries(cue_keys)) != {self._cue_of[keys[0]][0]}:
            return None
        return self._cue_areas[keys[0]][0]

    def strongest(self, cue_keys: Sequence[str], *, forces: Sequence[bool] = ()) -> str | None:
        """The country of the first of the strongest cues, in text order; a nationality of armed forces (``forces``:
        the cues a word for forces follows, see ``forces_after``) only when no other cue is as strong."""
        cues = self.countries(cue_keys)
        if not cues:
            return None
        best = max(cues.values())
        marked = list(forces) + [False] * (len(cue_keys) - len(forces))
        strongest = [(key, of_forces) for key, of_forces in zip(cue_keys, marked)
                     if CUE_BONUS[self._cue_of[key][1]] == best]
        key = next((k for k, of_forces in strongest if not of_forces), strongest[0][0])
        return self._cue_of[key][0]

    def forces_after(self, text: str) -> list[bool]:
        """For each cue of ``text`` in order, whether a word for armed forces follows it ("Israeli forces")."""
        return [bool(FORCES_AFTER.match(text, match.end())) for match in self._matches(text)]

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        """The cues of ``text`` in order, but a nationality before the word for its border ("the Lebanese border")."""
        return (match for match in self.pattern.finditer(text) if not _BORDER_AFTER.match(text, match.end()))


def acts_elsewhere(cues: dict[str, float], country: str) -> bool:
    """Whether the report's armed groups act in another country than ``country`` (country_cues.tsv "actor" cues)."""
    return any(cc != country and bonus >= CUE_BONUS["actor"] for cc, bonus in cues.items())
