"""Speed changes must not change a single output: the faster forms are compared with the plain ones."""

import random
import re

import pytest

from eventsift.events.actors import actor_rules, find_actors
from eventsift.events.lexicon_regex import WORD_LEAD, compile_lexicon_pattern, union_regex
from eventsift.events.triggers import any_trigger_regex, trigger_rules

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
    fast = any_trigger_regex()
    plain = _plain_union([rx for rule in trigger_rules() for rx in rule.regexes], re.IGNORECASE)
    assert [(m.span(), m.group(0)) for m in fast.finditer(text)] == \
           [(m.span(), m.group(0)) for m in plain.finditer(text)]


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


def test_union_without_a_shared_word_edge_is_the_plain_union():
    regexes = [re.compile(r"\bkill"), re.compile(WORD_LEAD + "raid")]
    assert union_regex(regexes).pattern == _plain_union(regexes, 0).pattern


@pytest.mark.parametrize("text,nationality", [
    ("two Chinese nationals were kidnapped", "China"),
    ("Chinese students were injured in the blast", "China"),
    ("the Afghan troops were attacked", None),  # a state actor takes no nationality from the demonym
    ("students were injured in the blast", None),
])
def test_nationality_only_for_people(text, nationality):
    mentions = find_actors(text)
    assert mentions
    assert mentions[0].nationality == nationality
