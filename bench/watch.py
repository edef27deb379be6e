"""The feed watcher's own cost: polling, fetching and extracting articles, de-duplication and checkpoints.

Two local sites on 127.0.0.1 each serve a feed of link-only items and the articles behind them; the
coder is a stand-in that codes no events, so the figures leave the NLP out (``bench.throughput``
measures that). The per-host politeness delay is set to 0: with the default 1 s it, not the watcher,
sets the pace (one article a second per host).

    .venv/bin/python -m bench.watch [--items 300] [--max-fetches 120] [--max-per-host 30]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from eventsift.documents import ReadSettings
from eventsift.records import Processed
from eventsift.store import Store
from eventsift.app.watch import CHECKPOINT_PREFIX, Watcher

# Articles are sentences of words drawn at random (seeded): distinct texts, so none is a near-duplicate of another.
WORDS = ("police army village road market district convoy border officials said attack gunmen killed wounded "
         "residents hospital province town checkpoint bridge station night morning spokesman soldiers militants "
         "fired search operation claimed group security forces local reporters calm closed schools shops reopened "
         "families compensation governor ordered inquiry witnesses heard explosions vehicles damaged").split()


def article_text(seed: int) -> str:
    rng = random.Random(seed)
    return "".join("<p>" + " ".join(rng.choice(WORDS) for _ in range(60)) + ".</p>" for _ in range(4))


class StandIn:
    def process_many(self, items):
        for item in items:
            yield Processed(document=item, events=[])


def serve(items: int, site: int) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            port = self.server.server_address[1]
            if self.path == "/rss":
                entries = "".join(f"<item><title>Report {site}-{n}</title><link>http://127.0.0.1:{port}/news/{n}"
                                  f"?utm_source=rss</link></item>" for n in range(items))
                body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Site {site}</title>{entries}</channel></rss>'
                ctype = "application/rss+xml"
            elif self.path.startswith("/news/"):
                n = int(self.path.split("/")[2].split("?")[0])
                text = article_text(site * 1_000_000 + n)
                body = f"<html><head><title>Report {n}</title></head><body><article><h1>Report {n}</h1>{text}</article></body></html>"
                ctype = "text/html"
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=300, help="link-only items per feed (two feeds)")
    parser.add_argument("--max-fetches", type=int, default=120)
    parser.add_argument("--max-per-host", type=int, default=30)
    args = parser.parse_args()
    servers = [serve(args.items, site) for site in (1, 2)]
    feeds = [f"http://127.0.0.1:{s.server_address[1]}/rss" for s in servers]
    settings = ReadSettings(allow_private_addresses=True, per_host_delay=0.0, detect_language=False)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'watch.db'}")
        with Watcher(feeds, store=store, pipeline=StandIn(), settings=settings, every=0,
                     max_fetches=args.max_fetches, max_per_host=args.max_per_host) as watcher:
            cycles, started, biggest = [], time.perf_counter(), 0
            while not cycles or cycles[-1].backlog:
                biggest = max(biggest, *(len(store.get_checkpoint(CHECKPOINT_PREFIX + f) or "") for f in feeds))
                cycles.append(watcher.cycle())
            total = time.perf_counter() - started
            quiet = watcher.cycle()
        store.close()
    fetched = sum(c.fetched for c in cycles)
    print(f"{2 * args.items} link-only items on 2 hosts, budget {args.max_fetches} a cycle and {args.max_per_host} a host")
    print(f"cycles until the backlog was empty: {len(cycles)}; articles read: {fetched}; "
          f"stored: {sum(c.stored for c in cycles)}")
    print(f"{total:.1f} s in all, {fetched / total:.1f} articles/s (fetch, extract, de-duplicate, store, checkpoint)")
    print(f"per cycle: " + ", ".join(f"{c.seconds:.1f} s" for c in cycles))
    print(f"largest checkpoint: {biggest / 1024:.0f} KiB; a cycle with nothing new: {quiet.seconds:.2f} s")


if __name__ == "__main__":
    main()
