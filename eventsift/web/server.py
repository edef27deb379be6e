"""Running the app on uvicorn in a background thread: for embedding the server in a program, and for tests."""

from __future__ import annotations

import logging
import threading
import time

import uvicorn

log = logging.getLogger(__name__)

# How long start() waits for uvicorn to bind its socket before giving up; binding takes milliseconds.
START_TIMEOUT_S = 30.0
# Polling step while waiting for start or stop.
POLL_S = 0.02


class BackgroundServer:
    """``with BackgroundServer(app) as server: httpx.get(server.url + "/api/events")``; port 0 picks a free port."""

    def __init__(self, app: object, *, host: str = "127.0.0.1", port: int = 0) -> None:
        config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="eventsift-web", daemon=True)
        self.host = host
        self.port = port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> "BackgroundServer":
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the web server did not start")
            time.sleep(POLL_S)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        log.info("serving on %s", self.url)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=START_TIMEOUT_S)

    def __enter__(self) -> "BackgroundServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
