"""Near-duplicates: the same story re-fetched or syndicated matches; separate reports of one incident do not."""

from __future__ import annotations

import pytest

from eventsift.documents.dedup import NearDuplicateIndex, fingerprint, is_near_duplicate, shingles, similarity

STORY = (
    "QUETTA: Gunmen on motorcycles opened fire on a passenger van on the Quetta-Chaman highway on Sunday, "
    "killing four people and wounding six others, police said. The attackers fled towards the hills after the "
    "attack, a police official told reporters at the scene. The wounded were taken to the civil hospital in "
    "Quetta, where two of them were said to be in a critical condition. No group claimed responsibility for the "
    "attack, which came days after a similar assault on the same road. Security forces launched a search "
    "operation in the area and set up checkpoints on the highway, officials said."
)
# A separate report of the same incident: same facts, its own sentences.
OTHER_REPORT = (
    "Four passengers died and six were hurt when unidentified assailants riding motorcycles sprayed bullets at a "
    "van travelling on the Chaman road near Quetta on Sunday. According to officers, the shooters escaped into "
    "nearby mountains. Two of the injured are in serious condition at Quetta's civil hospital. Nobody has owned "
    "the shooting so far; a comparable attack hit the route earlier this week. Troops have begun combing the "
    "area and erected roadblocks along the highway."
)


@pytest.mark.parametrize("variant", [
    STORY,
    "Four killed in highway attack\n\n" + STORY + "\n\n(Reporting by Jane Roe; Editing by Sam Poe)",
    STORY.replace("four people", "4 people").replace("Sunday", "Sunday night"),
    STORY.upper(),
    "  " + STORY.replace(". ", ".\n\n") + "\nPublished in Dawn, June 4th, 2017",
])
def test_same_story_with_trivial_changes_is_a_near_duplicate(variant):
    assert is_near_duplicate(STORY, variant)


@pytest.mark.parametrize("other", [OTHER_REPORT, "Flood waters rose across the province on Monday. " * 8])
def test_different_stories_are_not(other):
    assert not is_near_duplicate(STORY, other)


def test_fingerprint_is_stable_and_compact():
    assert fingerprint(STORY) == fingerprint(STORY)
    assert isinstance(fingerprint(STORY), bytes) and len(fingerprint(STORY)) == 128 * 8
    assert similarity(fingerprint(STORY), STORY) == 1.0


def test_index_returns_the_original_id():
    index = NearDuplicateIndex()
    assert index.add("a", STORY) is None
    assert index.add("b", OTHER_REPORT) is None
    assert index.add("c", "Syndicated: " + STORY + " Copyright AFP.") == "a"
    assert index.add("d", OTHER_REPORT.replace("Sunday", "Sunday evening")) == "b"
    assert len(index) == 2


def test_empty_and_short_texts():
    assert is_near_duplicate("", "")
    assert not is_near_duplicate("two words", "other words")


@pytest.mark.parametrize("cut", [0.2, 0.5, 0.8])
def test_estimate_follows_exact_jaccard(cut):
    words = STORY.split()
    other = " ".join(words[: int(len(words) * cut)] + OTHER_REPORT.split())
    a, b = shingles(STORY), shingles(other)
    exact = len(a & b) / len(a | b)
    # 128 hashes: the standard error of the estimate is at most 0.045
    assert abs(similarity(STORY, other) - exact) < 0.15
