"""The language layer under the events: sentences and clauses, time expressions, truecasing, the spaCy model.

    text.py       sentences and clauses by rule, before (and instead of) the parser
    timex.py      time expressions resolved against the report's date
    truecase.py   capitals-only wire copy put back into mixed case
    model.py      loading the offline spaCy model (entity recogniser only)
    lexicon.py    loading the domain lexicons (small TSV files inside the package)
"""
