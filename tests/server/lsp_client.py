"""A small real LSP client: starts ``brieflint server`` as a subprocess and speaks JSON-RPC over its pipes.

Every wait has a deadline, so a test that goes wrong fails in seconds
instead of hanging. Requests the server sends (``workspace/applyEdit``,
``client/registerCapability``) are answered as an editor would, and the
edits of ``workspace/applyEdit`` are kept in :attr:`Client.applied`.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

TIMEOUT = 10.0


class ServerError(Exception):
    pass


class Client:
    def __init__(self, cwd: Path, *, env: Mapping[str, str] | None = None, args: tuple[str, ...] = ()) -> None:
        full_env = dict(os.environ)
        full_env.pop("BRIEFLINT_DEBUG", None)
        full_env.update(env or {})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "brieflint", "server", *args],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=full_env,
        )
        self.next_id = 0
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []  # notifications taken off the queue, in order
        self.applied: list[dict[str, Any]] = []
        self.stderr = b""
        self._write_lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    # ----- the wire ----------------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        with self._write_lock:
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            if length is None:
                continue
            message = json.loads(stream.read(length))
            if "method" in message and "id" in message:
                self._answer(message)
            self.messages.put(message)

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        for chunk in iter(lambda: self.process.stderr.read1(4096), b""):  # type: ignore[union-attr]
            self.stderr += chunk

    def _answer(self, request: dict[str, Any]) -> None:
        result: Any = None
        if request["method"] == "workspace/applyEdit":
            self.applied.append(request["params"]["edit"])
            result = {"applied": True}
        self._send({"id": request["id"], "result": result})

    # ----- requests and notifications ----------------------------------------------------

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = TIMEOUT) -> Any:
        self.next_id += 1
        my_id = self.next_id
        self._send({"id": my_id, "method": method, "params": params})
        reply = self._wait(lambda m: m.get("id") == my_id and "method" not in m, timeout, f"a reply to {method}")
        if "error" in reply:
            raise ServerError(reply["error"])
        return reply.get("result")

    def _wait(self, match: Callable[[dict[str, Any]], bool], timeout: float, what: str) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(
                    f"no {what} within {timeout} s; server stderr:\n{self.stderr.decode(errors='replace')}"
                )
            try:
                message = self.messages.get(timeout=min(left, 0.2))
            except queue.Empty:
                if self.process.poll() is not None and self.messages.empty():
                    raise ServerError(
                        f"the server exited ({self.process.returncode}) while waiting for {what}; stderr:\n"
                        + self.stderr.decode(errors="replace")
                    ) from None
                continue
            if match(message):
                return message
            if "method" in message:
                self.seen.append(message)

    def wait_notification(
        self, method: str, match: Callable[[Any], bool] = lambda p: True, timeout: float = TIMEOUT
    ) -> Any:
        for i, m in enumerate(self.seen):
            if m["method"] == method and match(m.get("params")):
                del self.seen[i]
                return m.get("params")
        found = self._wait(
            lambda m: m.get("method") == method and "id" not in m and match(m.get("params")), timeout, method
        )
        return found.get("params")

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = TIMEOUT) -> list[dict[str, Any]]:
        """The next diagnostics published for ``uri`` (for ``version`` when given)."""

        def match(p: Any) -> bool:
            return p["uri"] == uri and (version is None or p.get("version") == version)

        return self.wait_notification("textDocument/publishDiagnostics", match, timeout)["diagnostics"]  # type: ignore[no-any-return]

    # ----- a session -----------------------------------------------------------------------

    def initialize(self, root: Path, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        result = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri(),
                "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
                "capabilities": {
                    "general": {"positionEncodings": ["utf-16"]},
                    "textDocument": {
                        "publishDiagnostics": {"versionSupport": True},
                        "hover": {"contentFormat": ["markdown", "plaintext"]},
                    },
                    "workspace": {"applyEdit": True, "workspaceEdit": {"documentChanges": False}},
                },
                "initializationOptions": dict(options or {}),
            },
        )
        self.notify("initialized", {})
        return result  # type: ignore[no-any-return]

    def open(self, path: Path, text: str, language: str = "markdown", version: int = 1) -> str:
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}},
        )
        return uri

    def change(self, uri: str, text: str, version: int) -> None:
        self.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
        )

    def shutdown(self, timeout: float = TIMEOUT) -> int:
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.process.wait(timeout=timeout)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=TIMEOUT)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass


def apply_edits(text: str, edits: list[dict[str, Any]]) -> str:
    """Apply LSP text edits (UTF-16 positions) to ``text``, as an editor does."""

    def offset(pos: dict[str, int]) -> int:
        lines = text.split("\n")
        before = sum(len(line) + 1 for line in lines[: pos["line"]])
        line = lines[pos["line"]] if pos["line"] < len(lines) else ""
        units = 0
        for i, ch in enumerate(line):
            if units >= pos["character"]:
                return before + i
            units += 2 if ord(ch) > 0xFFFF else 1
        return before + len(line)

    spans = sorted(
        ((offset(e["range"]["start"]), offset(e["range"]["end"]), e["newText"]) for e in edits), reverse=True
    )
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text
