"""The API's answers kept in memory while the store's data is unchanged, and the map's GeoJSON features kept
between answers so that a correction rebuilds one feature, not ten thousand."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy.engine import Connection

from eventsift.store import queries

# Whole answers (GeoJSON, timeline, facets, pages of events, one filter each) kept per store: the map's common
# views and a few filters. A GeoJSON of 10,000 events is ~5 MB, so this bounds the cache to ~100 MB at worst.
CACHED_ANSWERS = 20
# More features to build than this, and they are built in one pass over the filtered events rather than looked
# up by id (10,000 by id took ~350 ms, in one pass ~60 ms).
BULK_FEATURES = 1_000
# GeoJSON features kept between answers (~450 bytes each): every event of a 50,000-event map, ~25 MB.
CACHED_FEATURES = 50_000


class AnswerCache:
    """One store's cached answers (by key and data version) and GeoJSON features (by event and change time)."""

    def __init__(self) -> None:
        self._answers: OrderedDict[tuple, tuple[tuple, Any]] = OrderedDict()  # key -> (data version, answer)
        self._lock = threading.Lock()
        self._computing: dict[tuple, threading.Lock] = {}  # key -> held while one thread computes its answer
        self._features: dict[str, tuple[Any, str]] = {}  # event id -> (updated_at, its GeoJSON feature)

    def answer(self, conn: Connection, key: tuple, read, *args, **kwargs):  # noqa: ANN001, ANN201
        """``read(conn, *args, **kwargs)``, answered from memory while the store's data version is unchanged.

        The answers the map asks for on every view (GeoJSON, timeline, facets, the first page) cost tens of
        milliseconds each at 10,000 events; the version check costs about one. Another process writing to
        the same store changes the version too.
        """
        version = queries.data_version(conn)
        hit = self._hit(key, version)
        if hit is not None:
            return hit[0]
        with self._lock:
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:  # one thread computes an answer; the others asking for it meanwhile wait and share it
            hit = self._hit(key, version)
            if hit is not None:
                return hit[0]
            value = read(conn, *args, **kwargs)
            self._keep(key, version, value)
        return value

    def _hit(self, key: tuple, version: tuple) -> tuple[Any] | None:
        """(answer,) when the cache holds ``key`` at ``version``."""
        with self._lock:
            hit = self._answers.get(key)
            if hit is None or hit[0] != version:
                return None
            self._answers.move_to_end(key)
            return (hit[1],)

    def _keep(self, key: tuple, version: tuple, value: Any) -> None:
        """Keep an answer, dropping the least recently used beyond CACHED_ANSWERS."""
        with self._lock:
            self._answers[key] = (version, value)
            self._answers.move_to_end(key)
            while len(self._answers) > CACHED_ANSWERS:
                old, _ = self._answers.popitem(last=False)
                self._computing.pop(old, None)

    def geojson(self, conn: Connection, f: queries.EventFilter, *, limit: int) -> str:
        """The FeatureCollection from the events' ids and change times (an index scan), each feature's JSON
        kept from an earlier answer unless its event changed since."""
        members = queries.geojson_members(conn, f, limit=limit)
        kept = self._features
        parts: list[str | None] = []
        missing: dict[str, int] = {}
        for event_id, changed in members:
            hit = kept.get(event_id)
            if hit is not None and hit[0] == changed:
                parts.append(hit[1])
            else:
                missing[event_id] = len(parts)
                parts.append(None)
        if len(missing) > BULK_FEATURES:  # a cold cache: one pass over the events beats lookups by id
            fresh = {i: v for i, v in queries.geojson_all_features(conn, f, limit=limit).items() if i in missing}
        else:
            fresh = queries.geojson_features(conn, list(missing))
        for event_id, (changed, feature) in fresh.items():
            parts[missing[event_id]] = feature
        with self._lock:
            if len(kept) + len(fresh) > CACHED_FEATURES:
                kept.clear()
            kept.update(fresh)
        return queries.collection(p for p in parts if p is not None)
