#!/usr/bin/env python3
"""The language server's latency and memory, measured as an editor meets them.

    python benchmarks/lsp_latency.py                       # the example brief, 1,000 edits
    python benchmarks/lsp_latency.py --brief PATH --edits 300
    python benchmarks/lsp_latency.py --json                # one JSON object on stdout

Starts ``brieflint server`` as a subprocess, opens a brief, then sends edits one
at a time (each a full-text change that rewrites a sentence of the body, so
every check has new text), and times each from the moment the change is
written to the pipe until the diagnostics for that version arrive: what a
person waits for after typing, debounce included (the server's default, or
``--debounce`` ms). Memory is the server's resident set size (VmRSS, Linux)
after the first edit's diagnostics and after the last. The targets (issue 23):
median under 100 ms; memory after 1,000 edits at most 120 % of after the first.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "iraq-electricity-imports.md"


class Server:
    """``brieflint server`` on pipes, with a reader thread that queues every message."""

    def __init__(self, cwd: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "brieflint", "server"],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.inbox: queue.Queue[tuple[float, dict[str, Any]]] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.process.stdout
        assert out is not None
        while True:
            length = 0
            while True:
                line = out.readline()
                if not line:
                    return
                if line == b"\r\n":
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            message = json.loads(out.read(length))
            self.inbox.put((time.perf_counter(), message))

    def send(self, message: dict[str, Any]) -> float:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()
        return time.perf_counter()

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id)[1].get("result")

    def wait(self, match: Any, timeout: float = 30.0) -> tuple[float, dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while True:
            at, message = self.inbox.get(timeout=max(0.01, deadline - time.monotonic()))
            if "id" in message and "method" in message:  # a request from the server: answer it
                self.send({"id": message["id"], "result": None})
            if match(message):
                return at, message

    def rss_kb(self) -> int:
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0


_SUBJECTS = (
    "The ministry",
    "The regulator",
    "A spokesman",
    "The grid operator",
    "Parliament",
    "The central bank",
    "Treasury",
)
_VERBS = ("published", "revised", "questioned", "withdrew", "confirmed", "delayed", "doubled", "explained", "audited")
_OBJECTS = ("new supply figures", "the payment schedule", "its import contract", "the summer forecast", "a repair plan")


def _variant(text: str, n: int) -> str:
    """The brief with its last sentence rewritten: new text every edit, from a bounded vocabulary (as typing is)."""
    month = ("May", "June", "July", "August")[n % 4]
    sentence = f"{_SUBJECTS[n % 7]} {_VERBS[n % 9]} {_OBJECTS[n % 5]} this week, and again in {month}."
    return text.rstrip("\n") + "\n\n" + sentence + "\n"


def measure(brief: Path, edits: int, debounce: float | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / ".brieflint.yaml").write_text("{}\n", encoding="utf-8")
        target = root / brief.name
        text = brief.read_text(encoding="utf-8")
        target.write_text(text, encoding="utf-8")
        server = Server(root)
        try:
            options = {} if debounce is None else {"debounce": debounce}
            started = time.perf_counter()
            server.request(
                "initialize",
                {
                    "processId": os.getpid(),
                    "rootUri": root.as_uri(),
                    "capabilities": {},
                    "initializationOptions": options,
                },
            )
            server.send({"method": "initialized", "params": {}})
            uri = target.as_uri()
            language = "yaml" if brief.name.endswith((".yaml", ".yml")) else "markdown"
            sent = server.send(
                {
                    "method": "textDocument/didOpen",
                    "params": {"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}},
                }
            )

            def published(version: int) -> Any:
                return lambda m: (
                    m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version
                )

            at, first = server.wait(published(1))
            open_ms = (at - sent) * 1000
            ready_ms = (at - started) * 1000
            times: list[float] = []
            rss_first = 0
            for n in range(2, edits + 2):
                sent = server.send(
                    {
                        "method": "textDocument/didChange",
                        "params": {
                            "textDocument": {"uri": uri, "version": n},
                            "contentChanges": [{"text": _variant(text, n)}],
                        },
                    }
                )
                at, _ = server.wait(published(n))
                times.append((at - sent) * 1000)
                if n == 2:
                    rss_first = server.rss_kb()
            rss_last = server.rss_kb()
            server.request("shutdown", None)
            server.send({"method": "exit"})
            server.process.wait(timeout=10)
        finally:
            if server.process.poll() is None:
                server.process.kill()
    times_sorted = sorted(times)
    return {
        "brief": str(brief),
        "bytes": len(text.encode()),
        "findings": len(first["params"]["diagnostics"]),
        "edits": edits,
        "debounce_ms": "default" if debounce is None else debounce,
        "first_check_after_open_ms": round(open_ms, 1),
        "start_to_first_diagnostics_ms": round(ready_ms, 1),
        "median_ms": round(statistics.median(times), 1),
        "p90_ms": round(times_sorted[int(len(times) * 0.9) - 1], 1),
        "max_ms": round(times_sorted[-1], 1),
        "rss_after_first_edit_kb": rss_first,
        "rss_after_last_edit_kb": rss_last,
        "rss_ratio": round(rss_last / rss_first, 3) if rss_first else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--brief", type=Path, default=EXAMPLE)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--debounce", type=float, default=None, help="ms (default: the server's own)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.brief, args.edits, args.debounce)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    ok_latency = result["median_ms"] < 100
    ok_memory = result["rss_ratio"] is not None and result["rss_ratio"] <= 1.2
    print(f"brief: {result['brief']} ({result['bytes']:,} bytes, {result['findings']} findings)")
    print(f"start to first diagnostics: {result['start_to_first_diagnostics_ms']} ms")
    print(
        f"after a change ({result['edits']} edits, debounce {result['debounce_ms']}): median {result['median_ms']} ms, "
        f"p90 {result['p90_ms']} ms, max {result['max_ms']} ms  "
        f"[target: median < 100 ms: {'met' if ok_latency else 'MISSED'}]"
    )
    print(
        f"memory: {result['rss_after_first_edit_kb'] / 1024:.1f} MB after the first edit, "
        f"{result['rss_after_last_edit_kb'] / 1024:.1f} MB after the last (x{result['rss_ratio']})  "
        f"[target: <= 1.2: {'met' if ok_memory else 'MISSED'}]"
    )
    return 0 if ok_latency and ok_memory else 1


if __name__ == "__main__":
    sys.exit(main())
