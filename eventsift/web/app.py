"""The FastAPI application behind ``eventsift serve``: the REST API and the map page.

    create_app(store, settings=...)  ─►  /api/...   JSON from the store's reads (eventsift.store.queries)
                                     ─►  /          the page (static/index.html + app.js, vendored Leaflet)

Writes need ``Authorization: Bearer <token>`` (tokens from ``eventsift tokens create``); reads are open or
token-protected by ``WebSettings.open_reads``. Every error is JSON ``{"error": ..., "detail": ...}``.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventsift.errors import EventsiftError, StoreError
from eventsift.store.validate import CorrectionError
from eventsift.web import queries
from eventsift.web.auth import TokenInfo, TokenStore
from eventsift.web.limits import BodySizeLimit, SecurityHeaders
from eventsift.web.schemas import DocumentIn, EventEdit, Review

if TYPE_CHECKING:
    from eventsift.app import Coder
    from eventsift.store import Store

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
# Largest request body accepted (bytes): a long article as HTML is well under 2 MB.
MAX_BODY_BYTES = 2_000_000
# Default and largest page size of /api/events: a screenful of table rows by default, and a cap that keeps
# one response under a few MB.
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
# Most features in one GeoJSON response; the map clusters them, and 20,000 markers still pan smoothly.
MAX_GEOJSON_FEATURES = 20_000


@dataclass(slots=True, kw_only=True)
class WebSettings:
    open_reads: bool = True  # False: GET /api/... needs a token too
    tile_url: str | None = None  # e.g. a local tile server; None draws the vendored country outlines only
    tile_attribution: str | None = None
    max_body_bytes: int = MAX_BODY_BYTES


class ApiError(Exception):
    """An error answered as JSON ``{"error": code, "detail": detail}`` with ``status``."""

    def __init__(self, status: int, error: str, detail: Any = None, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(error)
        self.status, self.error, self.detail, self.headers = status, error, detail, headers


class PipelineHolder:
    """Builds the NLP pipeline on first use only (it loads a model), once, shared by all requests."""

    def __init__(self, factory: Callable[[], Coder] | None) -> None:
        self._factory = factory
        self._pipeline: Coder | None = None
        self._lock = threading.Lock()
        # One document is coded at a time: the model is shared, and coding uses both cores already.
        self.busy = threading.Lock()

    def get(self) -> Coder:
        with self._lock:
            if self._pipeline is None:
                if self._factory is None:
                    from eventsift.pipeline import Pipeline

                    self._factory = Pipeline
                self._pipeline = self._factory()
            return self._pipeline


# The API token as OpenAPI's "bearer" security scheme; checked by writer() itself, so no automatic 403.
BEARER = HTTPBearer(auto_error=False, scheme_name="apiToken",
                    description="an API token from `eventsift tokens create NAME`: Authorization: Bearer <token>")


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def create_app(
    store: Store,
    *,
    settings: WebSettings | None = None,
    tokens: TokenStore | None = None,
    pipeline_factory: Callable[[], Coder] | None = None,
) -> FastAPI:
    """The app over an open ``eventsift.store.Store``. ``pipeline_factory`` builds the pipeline for POST /api/documents."""
    settings = settings or WebSettings()
    tokens = tokens or TokenStore(store.engine)
    pipeline = PipelineHolder(pipeline_factory)
    app = FastAPI(
        title="eventsift",
        summary="Conflict events coded from news reports, with the evidence behind every field.",
        version="0.1.0",
        docs_url=None,  # served from the vendored viewer below: nothing is loaded from the internet
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store, app.state.settings, app.state.tokens, app.state.pipeline = store, settings, tokens, pipeline
    app.add_middleware(SecurityHeaders, tile_url=settings.tile_url)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    _add_error_handlers(app)

    def writer(request: Request, _: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)] = None) -> TokenInfo:
        info = tokens.verify(_bearer(request))
        if info is None:
            raise ApiError(401, "unauthorized", "a valid API token is required: Authorization: Bearer <token>",
                           headers={"WWW-Authenticate": "Bearer"})
        return info

    def token_reader(request: Request, _: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)] = None) -> TokenInfo:
        return writer(request)

    def open_reader() -> None:
        return None

    reader = open_reader if settings.open_reads else token_reader  # the OpenAPI document shows which need a token

    app.state.writer, app.state.reader = writer, reader
    _add_read_routes(app, store, reader)
    _add_write_routes(app, store, writer, pipeline)
    _add_page(app, settings)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"error": exc.error, "detail": exc.detail}, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return JSONResponse({"error": "invalid_request", "detail": detail}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(exc.status_code, "http_error")
        return JSONResponse({"error": code, "detail": exc.detail}, status_code=exc.status_code)

    @app.exception_handler(EventsiftError)
    async def product_error(_: Request, exc: EventsiftError) -> JSONResponse:
        log.error("request failed: %s", exc)
        return JSONResponse({"error": type(exc).__name__, "detail": str(exc)}, status_code=500)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse({"error": "internal_error", "detail": type(exc).__name__}, status_code=500)


def _filters(
    start: Annotated[dt.date | None, Query(description="first event date (inclusive)")] = None,
    end: Annotated[dt.date | None, Query(description="last event date (inclusive)")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees",
                                      pattern=r"^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$")] = None,
    country: Annotated[str | None, Query(max_length=200)] = None,
    admin1: Annotated[str | None, Query(max_length=200)] = None,
    event_type: Annotated[str | None, Query(max_length=200)] = None,
    sub_event_type: Annotated[str | None, Query(max_length=200)] = None,
    actor: Annotated[str | None, Query(max_length=200, description="part of actor1/actor2/associated actors")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0)] = None,
    q: Annotated[str | None, Query(max_length=200, description="words in the location, actors or evidence")] = None,
    include_rejected: Annotated[bool, Query(description="also list events an analyst rejected")] = False,
) -> queries.EventFilter:
    box = None
    if bbox:
        try:
            west, south, east, north = (float(v) for v in bbox.split(","))
        except ValueError:
            raise ApiError(422, "invalid_request", [{"loc": ["query", "bbox"],
                                                     "msg": f"bbox {bbox!r} is not four numbers west,south,east,north"}]) from None
        if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
            raise ApiError(422, "invalid_request", [{"loc": ["query", "bbox"], "msg": "bbox out of range"}])
        box = (west, south, east, north)
    if start and end and start > end:
        raise ApiError(422, "invalid_request", [{"loc": ["query", "start"], "msg": "start is after end"}])
    return queries.EventFilter(
        start=start, end=end, bbox=box, country=country, admin1=admin1, event_type=event_type,
        sub_event_type=sub_event_type, actor=actor, min_fatalities=min_fatalities, q=q,
        include_rejected=include_rejected,
    )


Filters = Annotated[queries.EventFilter, Depends(_filters)]


def _add_read_routes(app: FastAPI, store: Store, reader: Callable[..., Any]) -> None:
    # Reads answer with a JSONResponse built from the store's plain rows: letting FastAPI validate and re-encode
    # a page of 100 events as a dict[str, Any] response model cost more than the query (bench/api_load.py).
    auth = [Depends(reader)]

    @app.get("/api/events", dependencies=auth, tags=["events"])
    def list_events(
        filters: Filters,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> JSONResponse:
        """Events matching the filters, newest first, with the total for paging."""
        total, rows = store.query_events(filters, limit=limit, offset=offset)
        return JSONResponse({"total": total, "limit": limit, "offset": offset, "events": rows})

    @app.get("/api/events.geojson", dependencies=auth, tags=["events"])
    def events_geojson(filters: Filters) -> Response:
        """The filtered events with coordinates as a GeoJSON FeatureCollection."""
        return Response(store.events_geojson_text(filters, limit=MAX_GEOJSON_FEATURES), media_type="application/geo+json")

    @app.get("/api/events/{event_id}", dependencies=auth, tags=["events"])
    def get_event(event_id: Annotated[str, queries.EVENT_ID_PATH]) -> JSONResponse:
        """One event with its evidence, sources, the documents' text and the change log."""
        event = store.event_record(event_id)
        if event is None:
            raise ApiError(404, "not_found", f"no event {event_id}")
        return JSONResponse(event)

    @app.get("/api/stats/timeline", dependencies=auth, tags=["stats"])
    def timeline(filters: Filters, interval: Annotated[queries.Interval, Query()] = "day") -> JSONResponse:
        """Event counts and fatalities by day or week (weeks start on Monday) and event type."""
        return JSONResponse({"interval": interval, "buckets": store.timeline(filters, interval=interval)})

    @app.get("/api/facets", dependencies=auth, tags=["stats"])
    def facets() -> JSONResponse:
        """The values present for the page's filters: event types, countries, date range."""
        return JSONResponse(store.facets())


def _add_write_routes(app: FastAPI, store: Store, writer: Callable[..., Any], pipeline: PipelineHolder) -> None:
    need_token = Depends(writer)

    def _existing(event_id: str) -> str:
        found = store.resolve_id(event_id)
        if found is None:
            raise ApiError(404, "not_found", f"no event {event_id}")
        return found

    def _after(event_id: str) -> dict[str, Any]:
        return store.event_record(event_id)

    @app.post("/api/events/{event_id}/confirm", tags=["corrections"])
    def confirm(event_id: Annotated[str, queries.EVENT_ID_PATH], body: Review | None = None, token: TokenInfo = need_token) -> dict[str, Any]:
        """Mark an event as checked by an analyst (kept in the change log)."""
        event_id = _existing(event_id)
        store.confirm(event_id, by=token.name, note=body.note if body else None)
        return _after(event_id)

    @app.post("/api/events/{event_id}/reject", tags=["corrections"])
    def reject(event_id: Annotated[str, queries.EVENT_ID_PATH], body: Review | None = None, token: TokenInfo = need_token) -> dict[str, Any]:
        """Mark an event as wrong; it leaves listings and exports but stays in the change log."""
        event_id = _existing(event_id)
        store.reject(event_id, by=token.name, note=body.note if body else None)
        return _after(event_id)

    @app.patch("/api/events/{event_id}", tags=["corrections"])
    def edit(event_id: Annotated[str, queries.EVENT_ID_PATH], body: EventEdit, token: TokenInfo = need_token) -> dict[str, Any]:
        """Correct fields of an event; each change is kept in the change log with who and when."""
        event_id = _existing(event_id)
        try:
            changes = queries.check_changes(body.changes())
        except StoreError as exc:
            raise ApiError(422, "invalid_request", [{"loc": ["body"], "msg": str(exc)}]) from exc
        try:
            store.edit(event_id, changes, by=token.name, note=body.note)
        except CorrectionError as exc:  # the store's validator: typology, coordinates, counts, dates
            raise ApiError(422, "invalid_request", [{"loc": ["body", name], "msg": msg} for name, msg in exc.problems]) from exc
        return _after(event_id)

    @app.post("/api/documents", status_code=201, tags=["documents"])
    def submit(body: DocumentIn, token: TokenInfo = need_token) -> dict[str, Any]:
        """Code a report (text, HTML or a URL to fetch) and store its events."""
        with pipeline.busy:
            result = queries.ingest_submission(store, pipeline.get(), body)
        if result.get("rejected"):
            raise ApiError(422, "rejected", result["rejected"])
        log.info("document %s submitted by %s: %d events", result["document_id"], token.name, len(result["events"]))
        return result


def _add_page(app: FastAPI, settings: WebSettings) -> None:
    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.get("/api/docs", include_in_schema=False)
    def api_docs() -> FileResponse:
        return FileResponse(STATIC_DIR / "api-docs.html", media_type="text/html")

    @app.get("/api/config", tags=["page"])
    def config() -> dict[str, Any]:
        """Settings the page needs: whether reads need a token, and an optional tile server."""
        return {
            "open_reads": settings.open_reads,
            "tile_url": settings.tile_url,
            "tile_attribution": settings.tile_attribution,
            "vendored": (STATIC_DIR / "vendor" / "leaflet" / "leaflet.js").is_file(),
        }

    app.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=True), name="static")
