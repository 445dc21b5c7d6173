"""A small DevTools-protocol client for Debian's headless Chromium, over ``--remote-debugging-pipe``.

No port and no extra package: Chromium reads JSON messages (each ended by a NUL
byte) on file descriptor 3 and writes its answers and events on descriptor 4.
The client opens a page, records every network request, console message,
log entry and uncaught exception, evaluates JavaScript and takes screenshots.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from typing import Any

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
)


def find_chromium() -> str | None:
    for c in CHROMIUM_CANDIDATES:
        path = c if os.path.isabs(c) and os.access(c, os.X_OK) else shutil.which(c)
        if path:
            return path
    return None


class DevToolsError(Exception):
    pass


class Browser:
    """One Chromium process with a fresh profile; use as a context manager."""

    def __init__(self, executable: str, *, width: int = 1280, height: int = 900, timeout: float = 60.0) -> None:
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="brieflint-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def plumb() -> None:  # in the child: the pipe ends on descriptors 3 and 4, inheritable
            high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.proc = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=plumb,
            close_fds=False,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session: str | None = None

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.call("Browser.close", session=False)
        except (DevToolsError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_child, self._from_child):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    # ----- the protocol -------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        data = json.dumps(message).encode("utf-8") + b"\0"
        while data:
            n = os.write(self._to_child, data)
            data = data[n:]

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise DevToolsError("Chromium did not answer in time")
            if self.proc.poll() is not None:
                raise DevToolsError(f"Chromium exited with status {self.proc.returncode}")
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                raise DevToolsError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)  # type: ignore[no-any-return]

    def call(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        self._send(message)
        deadline = time.monotonic() + self.timeout
        while True:
            m = self._receive(deadline)
            if m.get("id") == self._next_id:
                if "error" in m:
                    raise DevToolsError(f"{method}: {m['error']}")
                return m.get("result", {})  # type: ignore[no-any-return]
            if "method" in m:
                self.events.append(m)

    def wait_for(self, predicate: Callable[[dict[str, Any]], bool], timeout: float | None = None) -> dict[str, Any]:
        for e in self.events:
            if predicate(e):
                return e
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            m = self._receive(deadline)
            if "method" in m:
                self.events.append(m)
                if predicate(m):
                    return m

    # ----- pages --------------------------------------------------------------------

    def open(self, url: str) -> None:
        """A new tab with network, console and log events on, navigated to ``url``, loaded."""
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)[
            "sessionId"
        ]
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.call(f"{domain}.enable")
        self.events.clear()
        self.call("Page.navigate", {"url": url})
        self.wait_for(lambda e: e.get("method") == "Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise DevToolsError(f"{expression!r} raised {result['exceptionDetails']}")
        return result["result"].get("value")

    def key(self, key: str) -> None:
        for kind in ("keyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", {"type": kind, "key": key, "text": key if kind == "keyDown" else ""})

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def console_errors(self) -> list[str]:
        out = []
        for e in self.events:
            method, p = e.get("method"), e.get("params", {})
            if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                out.append(str(p.get("exceptionDetails", {}).get("text", "exception")))
            elif method == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append(str(p["entry"].get("text", "")))
        return out

    def screenshot(self, path: str, selector: str | None = None, max_height: int = 4000) -> None:
        """A PNG of the page's viewport, or of the element ``selector`` (cut at ``max_height`` pixels)."""
        params: dict[str, Any] = {"format": "png"}
        if selector is not None:
            # sections drawn only near the viewport (content-visibility: auto) are drawn in full first,
            # and the element measured once the page has laid out again
            rect = self.evaluate(
                "(async () => { for (const s of document.querySelectorAll('section'))"
                " s.style.contentVisibility = 'visible';"
                " const el = document.querySelector(" + json.dumps(selector) + "); el.scrollIntoView();"
                " await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));"
                " const r = el.getBoundingClientRect();"
                " return {x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height}; })()"
            )
            params["clip"] = {
                "x": rect["x"],
                "y": rect["y"],
                "width": rect["w"],
                "height": min(rect["h"], max_height),
                "scale": 1,
            }
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", params)["data"]
        with open(path, "wb") as fh:
            fh.write(base64.b64decode(data))
