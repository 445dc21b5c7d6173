"""A progress line on a terminal, for runs that take a while."""

from __future__ import annotations

from typing import TextIO


class Progress:
    """A progress line on a terminal for runs that take a while (stderr, cleared when done).

    Nothing is drawn for the first ``delay`` seconds, so short runs (and every
    run not on a terminal) print nothing extra. ``advance(n)`` after each file
    or batch, or pass the object itself as a ``progress(done, total)``
    callback; use it as a context manager so the line is cleared at the end.
    """

    def __init__(self, total: int, stream: TextIO | None = None, *, delay: float = 2.0, enabled: bool | None = None):
        import sys
        import time

        self.total = total
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.enabled = tty if enabled is None else enabled
        self._clock = time.monotonic
        self._start = self._clock()
        self._drawn = False
        self._last = 0.0

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled or self.total <= 0:
            return
        now = self._clock()
        if now - self._start < self.delay or (self._drawn and now - self._last < 0.1 and self.done < self.total):
            return
        self._last = now
        self._draw(now - self._start)

    def __call__(self, done: int, total: int) -> None:
        """The engine's callback form: ``progress(files done, files in the run)``."""
        self.total = total
        self.advance(done - self.done)

    def _draw(self, elapsed: float) -> None:
        width = 30
        frac = min(1.0, self.done / self.total)
        filled = int(frac * width)
        bar = "#" * filled + "-" * (width - filled)
        rate = self.done / elapsed if elapsed > 0 else 0.0
        self.stream.write(f"\r\x1b[K[{bar}] {self.done:,}/{self.total:,} files  {rate:,.0f}/s")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
