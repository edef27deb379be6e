import pytest

from eventsift.events.counts import combine, find_counts
from eventsift.events.numbers import parse_quantity, quantity_regex, word_to_int


@pytest.mark.parametrize(("text", "value"), [("28", 28), ("twenty-eight", 28), ("two hundred", 200),
                                             ("1,200", 1200), ("seven", 7), ("banana", None)])
def test_word_to_int(text, value):
    assert word_to_int(text) == value


@pytest.mark.parametrize(
    ("phrase", "low", "best", "high"),
    [("eight or nine", 8, 8, 9), ("at least seven", 7, 7, 7), ("about 28", 25, 28, 31), ("dozens", 12, 12, 99),
     ("a number of", 2, 10, 20), ("several", 3, 10, 20), ("between 10 and 12", 10, 10, 12), ("more than 20", 21, 21, 40)],
)
def test_quantities(phrase, low, best, high):
    count = parse_quantity(quantity_regex().search(phrase))
    assert (count.low, count.best, count.high) == (low, best, high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 28 people were killed in a suicide attack", [("killed", 28)]),
        ("At least seven troops were injured in the operation, including three officers.", [("injured", 7)]),
        ("Two of the injured soldiers are said to be in a critical condition.", []),
        ("at least eight or nine of the commanders were killed", [("killed", 8)]),
        ("two Chinese-language instructors kidnapped from Quetta on May 24 were being held", [("abducted", 2)]),
        ("The blast killed 12 people and injured 30 others.", [("killed", 12), ("injured", 30)]),
        ("a civilian was killed by gunmen", [("killed", 1)]),
        ("Police arrested 40 protesters", [("arrested", 40)]),
        ("the death toll rose to 45", [("killed", 45)]),
        ("top 10 commanders had assembled", []),
        ("it happened at 10 pm on 5 May 2020", []),
        ("One civilian and six assailants were killed and three civilians were injured", [("killed", 1), ("killed", 6), ("injured", 3)]),
        ("Assailants shot and killed Naimatullah, the head of the security zone", [("killed", 1)]),
        ("kidnapped Chinese persons are inside a deep cave", []),
        ("7 Taliban militants were killed and wounded during an operation", [("killed", 3), ("injured", 4)]),
        ("resulting in the death of a local man", [("killed", 1)]),
    ],
)
def test_find_counts(text, expected):
    assert [(c.outcome, c.count.best) for c in find_counts(text)] == expected


def test_exact_figure_beats_vague_and_range_spans_mentions():
    mentions = find_counts("A number of commanders have been killed") + find_counts(
        "at least eight or nine of the commanders were killed")
    total = combine(mentions)
    assert (total.low, total.best, total.high) == (8, 8, 9)
    assert combine([]) is None
