"""The formats for programs rather than for a dataset's codebook: the output contract one event a line (JSONL),
a GeoJSON FeatureCollection for maps, and Parquet with typed columns for pandas and Spark."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import IO, Any

from eventsift.records import EVENT_FIELDS, Event


def write_jsonl(events: Sequence[Event], stream: IO[str]) -> None:
    for event in events:
        stream.write(json.dumps(event.as_dict(), ensure_ascii=False) + "\n")


def geojson_feature(event: Event) -> dict[str, Any]:
    has_point = event.latitude is not None and event.longitude is not None
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]} if has_point else None,
        "properties": event.as_dict(),
    }


def write_geojson(events: Sequence[Event], stream: IO[str]) -> None:
    json.dump({"type": "FeatureCollection", "features": [geojson_feature(e) for e in events]}, stream, ensure_ascii=False)
    stream.write("\n")


def parquet_schema():  # noqa: ANN201
    import pyarrow as pa

    ints = {"inter1", "inter2", "time_precision", "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
            "injured", "abducted", "arrested"}
    types: dict[str, Any] = {name: pa.string() for name in EVENT_FIELDS}
    types.update({name: pa.int32() for name in ints})
    types.update({"geonameid": pa.int64(), "latitude": pa.float64(), "longitude": pa.float64(),
                  "event_date": pa.date32(), "date_end": pa.date32(), "historical": pa.bool_()})
    types["evidence"] = pa.list_(pa.struct([("document_id", pa.string()), ("field", pa.string()), ("sentence", pa.string()),
                                            ("start", pa.int32()), ("end", pa.int32())]))
    types["sources"] = pa.list_(pa.struct([("document_id", pa.string()), ("url", pa.string()), ("publisher", pa.string()),
                                           ("published", pa.date32())]))
    return pa.schema([(name, types[name]) for name in EVENT_FIELDS])


def write_parquet(events: Sequence[Event], stream: IO[bytes]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for event in events:
        row = {name: getattr(event, name) for name in EVENT_FIELDS}
        row["evidence"] = [e.as_dict() for e in event.evidence]
        row["sources"] = [{"document_id": s.document_id, "url": s.url, "publisher": s.publisher, "published": s.published}
                          for s in event.sources]
        rows.append(row)
    pq.write_table(pa.Table.from_pylist(rows, schema=parquet_schema()), stream)
