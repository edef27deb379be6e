"""Cross-report merging: one incident reported by several outlets becomes one event.

Pure functions over ``Event`` records, no database:

    compare(a, b, keys=)  -> MatchResult   which criteria hold, with distance in km and days apart
    best_match(r, groups) -> (index, MatchResult) | None    (matches(): every group it fits, best first)
    cluster(reports)      -> list[list[Event]]   greedy grouping, in the order reports arrive
    reconcile(reports)    -> Merged            one event with low/best/high and where every value came from
    document_keys(reports, text) -> the identity keys (full names, addresses, streets) the store indexes each report by

Two reports are merged when every criterion holds (same or compatible type, places within a radius, dates
within a window, compatible actors, different documents), or when identity cues outweigh the ones that do not
(a surname, a street, an age, a toll or one that grew, shared wording for a follow-up's date or a county for a town; a
person named in full or a numbered address for another type of one family, a date months off, a namesake town, the
sides one outlet codes apart on the day; two people named in full for a trial years later). Nothing is merged on
missing evidence: a report without a date never joins another.

The work is split by stage, and this module keeps every name other code imports:

    merge_rules    thresholds and vocabulary (merge_rules.json), each with how it was chosen
    merge_text     what one report's sentences say (specific words, places, people, ages, streets, addresses)
    merge_checks   the criteria: type, date, place and its hierarchy, actors, what the texts say
    merge_cues     identity cues, the strong ones, and the keys the store indexes reports by
    merge_decide   compare (the criteria in order, then the cues), match_group, matches, cluster
    merge_history  reconcile: the merged event, its toll history and low / best / high
"""

from __future__ import annotations

import re  # noqa: F401  (tests compile merge_rules.json's patterns through this module)

from eventsift.store.merge_checks import (  # noqa: F401
    PERSONAL_CUES, SAME_STATE, SAME_STATE_KM, _place_within, actors_compatible, dated_by_publication, evidence_check,
    is_unidentified,
)
from eventsift.store.merge_cues import (  # noqa: F401
    KEY_LENGTH, PLACE_NAMED_ALIKE, STREET_KEY, STRONG_KEYS, Keys, document_keys, identity_cues, identity_keys, search_keys,
    strong_cues,
)
from eventsift.store.merge_decide import (  # noqa: F401
    BACKGROUND, TYPES_DIFFER, MatchResult, best_match, cluster, coded_twice, compare, groups_compatible, match_group, matches, pairwise_scores, placement,
    placing_order,
)
from eventsift.store.merge_history import (  # noqa: F401
    COUNT_FIELDS, FieldValue, Merged, article_key, count_values, current_reports, reconcile,
)
from eventsift.store.merge_rules import *  # noqa: F401,F403  (every threshold and vocabulary name)
from eventsift.store.merge_rules import _RULES  # noqa: F401
from eventsift.store.merge_text import (  # noqa: F401
    Said, _addresses, _names, _persons, _places, _said, _streets, said,
)
