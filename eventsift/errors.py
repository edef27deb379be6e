"""One exception hierarchy for eventsift.

    EventsiftError
    ├── InputError        an input cannot be read (empty, binary, bad encoding, too large, malformed)
    ├── FetchError        a URL could not be fetched (HTTP error, timeout, refused address, too large)
    ├── ModelError        the spaCy model is missing or cannot be loaded
    ├── GazetteerError    the gazetteer index cannot be built or opened
    └── StoreError        the event store cannot be opened or written

Library code raises these; the reading and pipeline stages turn them into ``Rejected`` records so a
batch goes on, and the CLI reports them.
"""


class EventsiftError(Exception):
    """Base class of every error eventsift raises on purpose."""


class InputError(EventsiftError):
    """An input cannot be read as a document."""


class FetchError(InputError):
    """A URL could not be fetched."""


class ModelError(EventsiftError):
    """The NLP model is missing or cannot be loaded."""


class GazetteerError(EventsiftError):
    """The gazetteer index cannot be built or opened."""


class StoreError(EventsiftError):
    """The event store cannot be opened or written."""
