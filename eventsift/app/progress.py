"""Progress bars for long commands: tqdm on standard error, only when someone is watching.

    for item in progress(items, total=len(paths), desc="extract"):
        ...

``enabled=None`` shows a bar only when standard error is a terminal; commands pass ``True`` for
``--progress`` and ``False`` for ``--quiet``. Without a bar the iterable is returned unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")

# Redraw at most this often (seconds): fast enough to look alive, rare enough to cost nothing.
MIN_INTERVAL_S = 0.5


def progress(iterable: Iterable[T], *, total: int | None = None, desc: str = "", unit: str = "doc",
             enabled: bool | None = None) -> Iterable[T]:
    """``iterable`` wrapped in a tqdm bar on stderr when enabled (default: stderr is a terminal)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc or None, unit=unit, file=sys.stderr, mininterval=MIN_INTERVAL_S,
                dynamic_ncols=True, leave=False)
