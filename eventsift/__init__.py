"""eventsift: news reports in, coded conflict events out."""

from eventsift.records import Document, Event, Rejected

__version__ = "0.1.0"
__all__ = ["Document", "Event", "Rejected", "__version__"]
