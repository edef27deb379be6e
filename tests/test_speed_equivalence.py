"""Speed changes must not change a single output: the faster forms are compared with the plain ones."""

import datetime as dt
import random
import re

import pytest

from eventsift.events.actors import actor_rules, find_actors
from eventsift.events.lexicon_regex import (
    SENTENCE_OPENING, WORD_LEAD, compile_lexicon_pattern, split_alternatives, union_regex)
from eventsift.events.triggers import find_triggers, has_trigger, trigger_rules
from eventsift.geo.cues import Cues
from eventsift.geo.sources import country_cues
from eventsift.nlp import scan
from eventsift.nlp.lexicon import load_tsv
from eventsift.events.clauses import STATISTIC
from eventsift.nlp.scan import (
    GatedAlternation, GateFamily, finditer_gated, gate_text, literal_alternation, literal_gate, may_match,
    top_level_branches)
from eventsift.nlp.timex import find_dates

TEXTS = [
    "",
    "Militants attacked a police checkpoint, killing three soldiers.",
    "A suicide bomber blew himself up near a mosque; 12 people were injured.",
    "Protesters blocked the main road and demanded the release of detained students.",
    "The company reported record profits and opened a new office in the capital.",
    "self-immolation anti-suicide bombing-related suicide-bombing pre-attack",  # hyphens are part of words
    "AIRSTRIKES hit the town. Air strike, drone-strike and Air-strikes were reported.",
    "“Gunmen opened fire,” he said — the 2nd blast in a week.\nExplosions were heard.",
    "Ambushed\nambush\tAMBUSH-ed ambushes.",
    "İ ı ſ K: unicode letters beside attack and raid",
]


def _plain_union(regexes: list[re.Pattern[str]], flags: int) -> re.Pattern[str]:
    return re.compile("|".join(rx.pattern for rx in regexes), flags)


def _lexicon_words() -> list[str]:
    """Words and fragments of the trigger and actor lexicons, to build texts full of near-matches."""
    words: set[str] = set()
    for rule in (*trigger_rules(), *actor_rules()):
        for rx in rule.regexes:
            words.update(w for w in re.findall(r"[A-Za-z][a-z'-]*", rx.pattern) if len(w) > 1)
    return sorted(words)


def _random_texts(count: int, *, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = _lexicon_words() + ["the", "a", "of", "by", "on", "Chinese", "were", "killed", "12", "—", "-", "."]
    glue = [" ", " ", " ", "-", ", ", ". ", "\n", "“", "'s "]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 30)):
            word = rng.choice(words)
            word = rng.choice([word, word.upper(), word.capitalize()])
            parts.append(word + rng.choice(glue))
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("text", TEXTS + _random_texts(300, seed=8))
def test_trigger_prefilter_matches_the_plain_union(text):
    plain = _plain_union([rx for rule in trigger_rules() for rx in rule.regexes], re.IGNORECASE)
    assert has_trigger(text) == bool(plain.search(text))


@pytest.mark.parametrize("patterns,text", [
    (["attack|raid", "(?i)Taliban|troops", "blast"], "Troops repelled a Taliban raid after the blast."),
    (["(?i)air ?strikes?", "strike"], "an air strike and a strike; Airstrikes-again strike"),
    (["clash(?:ed|es)?", "clashes with"], "clashes with rebels; re-clashed; Clashed"),
])
def test_union_of_lexicon_patterns_matches_the_plain_union(patterns, text):
    regexes = [rx for p in patterns for rx in compile_lexicon_pattern(p)]
    assert all(rx.pattern.startswith(WORD_LEAD) for rx in regexes)
    for flags in (0, re.IGNORECASE):
        fast, plain = union_regex(regexes, flags=flags), _plain_union(regexes, flags)
        assert fast.pattern != plain.pattern  # the faster form is the one under test
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _interleaved(pattern: str) -> re.Pattern[str]:
    """The plain form of a case-sensitive lexicon pattern: each lowercase alternative followed by its capitalised
    form after a sentence opening."""
    alternatives = []
    for alt in split_alternatives(pattern):
        alternatives.append(alt)
        if alt[0].islower():
            alternatives.append(SENTENCE_OPENING + alt[0].upper() + alt[1:])
    return re.compile(WORD_LEAD + "(?:" + "|".join(alternatives) + r")(?![\w-])")


@pytest.mark.parametrize("pattern", [
    "villagers?|farmers?|Elders|men|members|s?he|women",  # a capitalised alternative between lowercase runs
    "attack|attackers|a man",  # a shorter word first wins where both match, as in the plain form
])
def test_capitalised_runs_match_the_interleaved_form(pattern):
    texts = ["Men and members. Villagers, farmers and Elders - She said women. Attackers attack. A man",
             "He said: Farmers were shot.\nMembers fled — Women hid. [TEXT] Attackers"] + _random_texts(100, seed=5)
    fast, plain = compile_lexicon_pattern(pattern)[0], _interleaved(pattern)
    assert fast.pattern != plain.pattern
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_case_sensitive_actor_rows_match_their_interleaved_forms():
    rows = [row["pattern"] for row in load_tsv("events/actors.tsv")]
    texts = TEXTS + _random_texts(200, seed=13)
    for pattern in rows:
        sensitive = [alt for alt in split_alternatives(pattern) if not alt.startswith("(?i)")]
        if not sensitive:
            continue
        fast, plain = compile_lexicon_pattern("|".join(sensitive))[0], _interleaved("|".join(sensitive))
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern


def test_union_without_a_shared_word_edge_is_the_plain_union():
    regexes = [re.compile(r"\bkill"), re.compile(WORD_LEAD + "raid")]
    assert union_regex(regexes).pattern == _plain_union(regexes, 0).pattern


@pytest.mark.parametrize("text,nationality", [
    ("two Chinese nationals were kidnapped", "China"),
    ("Chinese students were injured in the blast", "China"),
    # a state's forces take only the nationality right before them ("Pakistani troops" in a report from India)
    ("the Afghan troops were attacked", "Afghanistan"),
    ("troops were attacked near the Afghan border", None),
    ("students were injured in the blast", None),
])
def test_nationality_only_for_people(text, nationality):
    mentions = find_actors(text)
    assert mentions
    assert mentions[0].nationality == nationality


# ------------------------------------------------------------------ gates: a scan skipped when it cannot match
def _ungated(monkeypatch):
    """Every gate off: each regex scans every text, as the plain forms do."""
    monkeypatch.setattr(scan, "_cached_gate", lambda regex: None)
    monkeypatch.setattr(scan.GateFamily, "passing", lambda self, text, gated=None: list(range(len(self.regexes))))
    monkeypatch.setattr(scan.GatedAlternation, "_for", lambda self, text: self.pattern)


@pytest.mark.parametrize("text", TEXTS + _random_texts(300, seed=11))
def test_gated_actor_and_trigger_scans_find_what_the_full_scans_find(text, monkeypatch):
    gated = (find_actors(text), find_triggers(text))
    _ungated(monkeypatch)
    assert (find_actors(text), find_triggers(text)) == gated


def test_most_lexicon_regexes_get_a_gate():
    regexes = [rx for rule in (*trigger_rules(), *actor_rules()) for rx in rule.regexes]
    assert sum(literal_gate(rx) is not None for rx in regexes) > 0.8 * len(regexes)


@pytest.mark.parametrize("pattern,gate", [
    (WORD_LEAD + r"(?:(?:hand )?grenades?|grenade attack)(?![\w-])", ("grenade",)),  # what every match holds
    (r"(?:^|(?<=[.!?] ))Civilians?|civilians?", ("civilian",)),  # zero-width tests skipped; case folded
    (r"ab(?:c|d)?e", ("abc", "abd", "abe")),
    (r"[Cc]lash(?:es)?", ("clash",)),
    (r"detonated (?:a |an )?(?:bomb|charge)", ("detonated a ", "detonated an ", "detonated bomb", "detonated charge")),
    (r"detonated(?: a)? bomb|detonated", ("detonated",)),  # "detonated" alone tests the longer ones
    (r"(?:he|the gunman) was killed by police", (" was killed by police",)),  # after the words that vary
    (r"[A-Z][a-z]+ Brigade", (" brigade",)),
    (r"a*bc", ("bc",)),
    (r"\d+ (?:killed|dead)", (" dead", " killed")),
    (r"[A-Z]\w+|\d+", None),  # no letters every match holds
    (r"a|bc", None),  # "a" alone is too short to be worth a test
])
def test_literal_gate(pattern, gate):
    assert literal_gate(re.compile(pattern)) == gate


def test_gated_scan_skips_only_texts_without_the_gate():
    regex = re.compile(WORD_LEAD + r"(?:ambush(?:ed|es)?)(?![\w-])", re.IGNORECASE)
    for text in ("Rebels AMBUSHED a convoy", "an ambuſh", "no match here", "ambushes and ambush"):
        assert [m.span() for m in finditer_gated(regex, text, gated=gate_text(text))] == \
               [m.span() for m in regex.finditer(text)]
    regex = re.compile(r"islamic state", re.IGNORECASE)  # "İ" lowers to "i" and a dot; the regex matches it
    for text in ("İSLAMIC STATE fighters", "ıslamic ſtate", "Islamic"):
        assert [m.span() for m in finditer_gated(regex, text)] == [m.span() for m in regex.finditer(text)]


# ------------------------------------------------------------------ a tree of shared prefixes for a table of names
def _flat(words: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Boko Haram and BOKO fighters; the Boko-Haram faction",  # the longest, else a shorter one that fits
    "Tal Afar talibans Taliban's TTP-linked ttp",
    "Shining Path shining\npath Shining  Path",
    "",
])
def test_literal_alternation_matches_the_flat_alternation(text):
    words = ["Boko Haram", "Boko", "Taliban", "TTP", "Tal", "Shining Path", "Haram"]
    tree = re.compile(rf"(?<![\w-])(?:{literal_alternation(words)})(?![\w-])", re.IGNORECASE)
    assert tree.pattern != _flat(words).pattern
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in _flat(words).finditer(text)]


def test_literal_alternation_of_the_cue_table_matches_the_flat_alternation():
    cues = [cue for cue, _, _ in country_cues()]
    texts = _random_texts(200, seed=5) + [" ".join(cues[i::7]) for i in range(7)] + [" ".join(cues).upper()]
    assert all([m.span() for m in Cues().pattern.finditer(t)] == [m.span() for m in _flat(cues).finditer(t)]
               for t in texts)


def test_literal_alternation_space_runs_across_a_wrapped_line():
    tree = re.compile(literal_alternation(["shining path"], space=r"\s"), re.IGNORECASE)
    assert tree.search("THE SHINING\nPATH") and not tree.search("shining-path")


_DATE_WORDS = ["on", "last", "Friday", "early", "May", "4", "2016", "12", "MAR", "90", "earlier", "this", "week",
               "month", "the", "day", "before", "in", "of", "Christmas", "ago", "two", "days", "yesterday", "night",
               "Sept.", "2015-06-03", "6/3/2015", "weekend", "late", "Tuesday", ",", "since", "during"]


@pytest.mark.parametrize("seed", range(40))
def test_gated_date_scans_find_what_the_full_scans_find(seed, monkeypatch):
    rng = random.Random(seed)
    text = " ".join(rng.choice([w, w.upper(), w.lower()]) for w in rng.choices(_DATE_WORDS, k=40))
    gated = find_dates(text, published=dt.date(2015, 6, 3))
    _ungated(monkeypatch)
    assert find_dates(text, published=dt.date(2015, 6, 3)) == gated


def test_ungated_scans_are_the_plain_scans(monkeypatch):
    regex = re.compile(r"\bambush(?:ed)?\b", re.IGNORECASE)
    family, alternation = GateFamily([regex]), GatedAlternation(r"\bambush|\bconvoy", re.IGNORECASE)
    assert family.passing("a quiet day") == [] and alternation.search("a quiet day") is None
    _ungated(monkeypatch)
    assert family.passing("a quiet day") == [0] and alternation._for("a quiet day") is alternation.pattern
    assert may_match(regex, "a quiet day")


@pytest.mark.parametrize("seed", range(6))
def test_a_family_lets_through_what_each_gate_lets_through(seed):
    regexes = [rx for rule in (*trigger_rules(), *actor_rules()) for rx in rule.regexes]
    family = GateFamily(regexes)
    texts = _random_texts(60, seed=seed)
    texts.append(" ".join(texts))  # a whole report: gated one regex at a time
    assert len(texts[-1]) > scan.FAMILY_MAX_CHARS
    for text in texts:
        assert family.passing(text) == [i for i, rx in enumerate(regexes) if may_match(rx, text)]


@pytest.mark.parametrize("pattern,branches", [
    (r"a|b(c|d)|e", ["a", "b(c|d)", "e"]),
    (r"x[|(]y|\|z|(?:p|q)r", ["x[|(]y", r"\|z", "(?:p|q)r"]),  # a class and an escape hold no branch
    (r"[]|]a|b", ["[]|]a", "b"]),  # a "]" first in a class is one of its letters
    (r"[^]|]a|b", ["[^]|]a", "b"]),
    (r"only", ["only"]),
])
def test_top_level_branches(pattern, branches):
    assert top_level_branches(pattern) == branches and "|".join(branches) == pattern


_TALLY_WORDS = ["killings", "in", "the", "city", "rose", "to", "140", "last", "year", "same", "period", "a", "from",
                "March", "through", "June", "there", "have", "been", "shootings", "this", "people", "were", "shot",
                "so", "far", "number", "of", "victims", "since", "January", "war", "has", "killed", "dozens", "."]


@pytest.mark.parametrize("seed", range(30))
def test_gated_alternation_matches_the_whole_pattern(seed):
    rng = random.Random(seed)
    texts = [" ".join(rng.choices(_TALLY_WORDS, k=rng.randint(3, 40))) for _ in range(20)]
    scanner = GatedAlternation(STATISTIC.pattern, STATISTIC.flags)
    for text in texts:
        assert [m.span() for m in scanner.finditer(text)] == [m.span() for m in STATISTIC.finditer(text)]
        assert bool(scanner.search(text)) == bool(STATISTIC.search(text))
