"""The language server: protocol handlers on pygls, checks on the worker.

Threads: pygls's message loop (asyncio) runs on a thread of its own and never
checks anything; every check, fix and configuration read runs on the
:class:`~brieflint.server.worker.Worker`, on the main thread. Results come
back to the loop with ``call_soon_threadsafe``, and a result for text the
buffer no longer holds is dropped. The :class:`~brieflint.run.engine.Planner`
(configuration, rules, taxonomy) is touched only by the worker.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from lsprotocol import types as lsp
from pygls import uris
from pygls.lsp.server import LanguageServer

from brieflint import __version__
from brieflint.config.discover import CONFIG_NAMES
from brieflint.document.brief import form_of
from brieflint.errors import ConfigError, SchemaError
from brieflint.run.planner import Planner
from brieflint.server import actions, complete, features
from brieflint.server.buffers import Checked, check_text, fix_text
from brieflint.server.positions import UTF16, Lines, split_lines
from brieflint.server.requests import Meta, check_file, read_meta, warm_up, workspace_files
from brieflint.server.worker import BACKGROUND, URGENT, Cancelled, Job, Worker

log = logging.getLogger("brieflint.server")

DEBOUNCE = 0.03  # seconds between the last keystroke and the check it starts
FIX_ALL = "source.fixAll.brieflint"
CHECK_WORKSPACE = "brieflint.checkWorkspace"
RELOAD = "brieflint.reloadConfiguration"


class BriefServer:
    """One server: the pygls protocol object, the worker, and what was last checked."""

    def __init__(self, debounce: float = DEBOUNCE) -> None:
        self.ls = LanguageServer("brieflint", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.worker = Worker()
        self.debounce = debounce
        self.planner = Planner()  # the worker's alone
        self.results: dict[str, Checked] = {}  # the loop's alone: the last check of each open buffer
        self.meta: dict[str, Meta] = {}  # schema and taxonomy per folder, for completion
        self.config_problems: set[str] = set()  # configuration files shown with an error
        self.loop: asyncio.AbstractEventLoop | None = None
        self._register()

    # ----- wiring ----------------------------------------------------------------------

    def _register(self) -> None:
        def on(method: str, handler: Callable[..., Any], options: Any = None) -> None:
            self.ls.feature(method, options)(_plain(handler))

        on(lsp.INITIALIZE, self.on_initialize)
        on(lsp.INITIALIZED, self.on_initialized)
        on(lsp.TEXT_DOCUMENT_DID_OPEN, self.on_open)
        on(lsp.TEXT_DOCUMENT_DID_CHANGE, self.on_change)
        on(lsp.TEXT_DOCUMENT_DID_SAVE, self.on_save)
        on(lsp.TEXT_DOCUMENT_DID_CLOSE, self.on_close)
        on(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES, self.on_watched)
        on(lsp.TEXT_DOCUMENT_HOVER, self.on_hover)
        on(lsp.TEXT_DOCUMENT_DEFINITION, self.on_definition)
        kinds: list[lsp.CodeActionKind | str] = [lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.SourceFixAll, FIX_ALL]
        on(lsp.TEXT_DOCUMENT_CODE_ACTION, self.on_code_action, lsp.CodeActionOptions(code_action_kinds=kinds))
        triggers = ["@", "[", ",", " ", ":", "-"]
        on(lsp.TEXT_DOCUMENT_COMPLETION, self.on_completion, lsp.CompletionOptions(trigger_characters=triggers))
        self.ls.command(CHECK_WORKSPACE)(_plain(self.check_workspace))
        self.ls.command(RELOAD)(_plain(self.reload_command))

    def on_initialize(self, params: lsp.InitializeParams) -> None:
        self.loop = asyncio.get_running_loop()
        options = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("debounce"), int | float):
            self.debounce = max(0.0, float(options["debounce"]) / 1000)

    async def on_initialized(self, params: lsp.InitializedParams) -> None:
        # read the configuration and load the rules now, so the first brief opened is checked at once
        root = self.ls.workspace.root_path or os.getcwd()
        self.worker.submit(Job("warm-up", lambda: warm_up(root, self.planner), lambda r, e: None, priority=BACKGROUND))
        caps = self.ls.client_capabilities.workspace
        watched = caps.did_change_watched_files if caps else None
        if watched and watched.dynamic_registration:
            watchers = [lsp.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_NAMES]
            try:
                await self.ls.client_register_capability_async(
                    lsp.RegistrationParams(
                        [
                            lsp.Registration(
                                "brieflint-config",
                                lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                lsp.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
                            )
                        ]
                    )
                )
            except Exception as exc:  # a client that refuses: reload on save of a configuration still works
                log.warning("could not watch configuration files: %s", exc)

    # ----- buffers -----------------------------------------------------------------------

    def encoding(self) -> str:
        value = self.ls.workspace.position_encoding
        return str(getattr(value, "value", value) or UTF16)

    def where(self, uri: str, language: str | None = None) -> tuple[str, str] | None:
        """(path, form) of a buffer that is a brief; None for any other buffer."""
        path = uris.to_fs_path(uri) if uri.startswith("file:") else None
        if path is not None:
            form = form_of(path)
            return (path, form) if form else None
        if language != "markdown":  # an untitled YAML buffer may be anything; a Markdown one shows its front matter
            return None
        return os.path.join(self.ls.workspace.root_path or os.getcwd(), "untitled.md"), "markdown"

    def schedule(self, uri: str, delay: float) -> None:
        doc = self.ls.workspace.get_text_document(uri)
        place = self.where(uri, doc.language_id)
        if place is None:
            return
        path, form = place
        text, version = doc.source, doc.version

        def run() -> Checked:  # reads self.planner when it runs: after a reload, the new one
            return check_text(path, text, self.planner, form=form)

        def done(result: Any, error: BaseException | None) -> None:
            self.call_soon(self.publish, uri, version, text, result, error)

        self.worker.submit(Job(uri, run, done, delay=delay))

    def call_soon(self, fn: Callable[..., None], *args: Any) -> None:
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(fn, *args)

    def publish(self, uri: str, version: int | None, text: str, result: Any, error: BaseException | None) -> None:
        if isinstance(error, Cancelled):
            return
        try:
            doc = self.ls.workspace.get_text_document(uri)
        except Exception:
            return
        if doc.source != text:
            return  # the buffer changed meanwhile: its own check is on the way
        lines = Lines(text, self.encoding())
        if error is not None:
            diagnostics = [features.problem_diagnostic(_describe(error))]
            self.results.pop(uri, None)
            if isinstance(error, ConfigError):
                self.show_config_problem(error)
        else:
            self.results[uri] = result
            diagnostics = features.diagnostics(result, lines)
        self.ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri, diagnostics, version))

    def show_config_problem(self, error: ConfigError) -> None:
        """The error at its place in the configuration file (or taxonomy, pack, schema) too."""
        uri = uris.from_fs_path(error.path) if error.path else None
        if uri is None or uri in self.config_problems:
            return
        try:
            with open(str(error.path), encoding="utf-8", errors="replace", newline="") as fh:
                lines = Lines(fh.read(), self.encoding())
        except OSError:
            return
        at = lines.to_lsp(error.line or 1, error.column or 1)
        diagnostic = features.problem_diagnostic(error.message)
        diagnostic.range = lsp.Range(lsp.Position(*at), lsp.Position(at.line, len(lines.line(at.line)) or at.character))
        self.config_problems.add(uri)
        self.ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri, [diagnostic]))

    def forget_finished(self) -> None:
        """Drop the finished futures pygls 2.1 keeps for every notification it handled.

        Its built-in handlers are generators; for a notification, the future of
        each is filed under a fresh id in ``_request_futures`` and never removed
        (only a request's reply removes its entry), so each keystroke left two
        futures behind: 4 KB per edit, linear, before this. A finished future
        there belongs to no request still to be answered.
        """
        futures = getattr(self.ls.protocol, "_request_futures", None)
        if isinstance(futures, dict) and len(futures) > 16:
            for key in [k for k, f in futures.items() if f.done()]:
                futures.pop(key, None)

    def on_open(self, params: lsp.DidOpenTextDocumentParams) -> None:
        self.forget_finished()
        self.schedule(params.text_document.uri, 0.0)

    def on_change(self, params: lsp.DidChangeTextDocumentParams) -> None:
        self.forget_finished()
        self.schedule(params.text_document.uri, self.debounce)

    def on_save(self, params: lsp.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if _is_configuration(uri):
            self.reload()
        else:
            self.schedule(uri, 0.0)

    def on_close(self, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        self.results.pop(uri, None)
        self.worker.submit(Job(uri, lambda: None, lambda r, e: None))  # stops a check still running
        self.ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri, []))

    # ----- configuration -----------------------------------------------------------------

    def on_watched(self, params: lsp.DidChangeWatchedFilesParams) -> None:
        if any(_is_configuration(c.uri) for c in params.changes):
            self.reload()

    def reload(self) -> None:
        """Read every configuration afresh (a new planner, on the worker), then check every open buffer again."""

        def run() -> None:
            self.planner = Planner()

        def done(result: Any, error: BaseException | None) -> None:
            self.call_soon(self._recheck)

        self.worker.submit(Job("reload", run, done, priority=URGENT))

    def _recheck(self) -> None:
        self.meta.clear()
        for uri in self.config_problems:  # shown again by the checks below if still there
            self.ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri, []))
        self.config_problems.clear()
        for uri in list(self.ls.workspace.text_documents):
            self.schedule(uri, 0.0)

    async def reload_command(self, *args: Any) -> None:
        self.reload()

    def on_worker(self, key: str, fn: Callable[[], Any], priority: int = URGENT) -> asyncio.Future[Any]:
        """Run ``fn`` on the worker; a future the loop can await (None when the job was superseded)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()

        def settle(result: Any, error: BaseException | None) -> None:
            if future.done():
                return
            if error is None or isinstance(error, Cancelled):
                future.set_result(None if error else result)
            else:
                future.set_exception(error)

        def done(result: Any, error: BaseException | None) -> None:
            loop.call_soon_threadsafe(settle, result, error)

        self.worker.submit(Job(key, fn, done, priority=priority))
        return future

    # ----- requests ----------------------------------------------------------------------

    def fresh(self, uri: str) -> tuple[Checked, Lines] | None:
        """The last check of a buffer, if it was of the text the buffer holds now."""
        checked = self.results.get(uri)
        if checked is None:
            return None
        doc = self.ls.workspace.get_text_document(uri)
        if doc.source != checked.text:
            return None
        return checked, Lines(doc.source, self.encoding())

    def on_hover(self, params: lsp.HoverParams) -> lsp.Hover | None:
        got = self.fresh(params.text_document.uri)
        if got is None:
            return None
        checked, lines = got
        line, column = lines.from_lsp(params.position.line, params.position.character)
        from brieflint.output.ruledocs import explain

        return features.hover(checked, lines, line, column, explain)

    def on_definition(self, params: lsp.DefinitionParams) -> lsp.Location | None:
        uri = params.text_document.uri
        got = self.fresh(uri)
        if got is None:
            return None
        checked, lines = got
        line, column = lines.from_lsp(params.position.line, params.position.character)
        return features.definition(checked, lines, uri, line, column)

    async def on_code_action(self, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        uri = params.text_document.uri
        got = self.fresh(uri)
        if got is None or got[0].document is None:
            return []
        checked, lines = got
        doc = checked.document
        assert doc is not None
        start = lines.from_lsp(params.range.start.line, params.range.start.character)
        end = lines.from_lsp(params.range.end.line, params.range.end.character)
        out: list[lsp.CodeAction] = []
        for f in checked.findings:
            r = features.finding_range(lines, f)
            fs = lines.from_lsp(r.start.line, r.start.character)
            fe = lines.from_lsp(r.end.line, r.end.character)
            if fe < start or end < fs:
                continue
            rule = checked.rules.get(f.code) if checked.rules is not None else None
            diag = features.diagnostic(lines, f, rule.origin if rule else None)
            found = [actions.fix_action(f), *actions.tag_actions(doc, f), actions.suppress_action(doc, f)]
            for a in found:
                if a is not None:
                    out.append(self._code_action(uri, lines, a, [diag]))
        if any(f.fix is not None for f in checked.findings):
            fixed = await self._fix_all(uri, checked)
            if fixed is not None:
                out.append(fixed)
        only = params.context.only
        if only:
            out = [a for a in out if any(str(a.kind or "").startswith(str(k)) for k in only)]
        return out

    def _code_action(self, uri: str, lines: Lines, a: actions.Action, diags: list[lsp.Diagnostic]) -> lsp.CodeAction:
        edits = [features.to_text_edit(lines, e) for e in a.edits]
        newline = lines.newline()
        if newline != "\n":  # inserted lines get the buffer's own line breaks
            for e in edits:
                e.new_text = e.new_text.replace("\n", newline)
        return lsp.CodeAction(
            title=a.title,
            kind=lsp.CodeActionKind(a.kind) if a.kind == "quickfix" else a.kind,
            diagnostics=diags,
            edit=lsp.WorkspaceEdit(changes={uri: edits}),
            is_preferred=a.preferred or None,
        )

    async def _fix_all(self, uri: str, checked: Checked) -> lsp.CodeAction | None:
        text, path = checked.text, checked.path
        fixed = await self.on_worker(f"fix-all {uri}", lambda: fix_text(path, text, self.planner))
        doc = self.ls.workspace.get_text_document(uri)
        if fixed is None or doc.source != text:
            return None
        edit = features.whole_edit(text, fixed, Lines(text, self.encoding()))
        return lsp.CodeAction(
            title="Fix all brieflint problems that are safe to fix",
            kind=FIX_ALL,
            edit=lsp.WorkspaceEdit(changes={uri: [edit]}),
        )

    async def on_completion(self, params: lsp.CompletionParams) -> lsp.CompletionList | None:
        uri = params.text_document.uri
        doc = self.ls.workspace.get_text_document(uri)
        place = self.where(uri, doc.language_id)
        if place is None:
            return None
        path, form = place
        text_lines = split_lines(doc.source)
        lines = Lines(doc.source, self.encoding())
        line, column = lines.from_lsp(params.position.line, params.position.character)
        ctx = complete.context(text_lines, form, line - 1, column - 1)
        if ctx is None:
            return None
        if ctx.kind == "cite":
            checked = self.results.get(uri)
            found = features.sources(checked) if checked is not None and checked.text == doc.source else []
            found = found or complete.sources_in_text(text_lines, form)
            return lsp.CompletionList(is_incomplete=False, items=complete.source_items(found))
        folder = os.path.dirname(path)
        meta = self.meta.get(folder)
        if meta is None:
            try:
                meta = await self.on_worker(f"meta {folder}", lambda: read_meta(path, self.planner))
            except Exception as exc:  # a broken configuration: its diagnostic says so already
                log.warning("completion: %s", _describe(exc))
                return None
            if meta is None:
                return None
            self.meta[folder] = meta
        if ctx.kind == "key":
            present = complete.present_keys(text_lines, form) if ctx.parent is None else []
            items = complete.key_items(meta.schema, ctx.parent, present, form)
        elif ctx.key in complete.TAXONOMY_KEYS and ctx.parent is None:
            items = complete.term_items(meta.terms, complete.TAXONOMY_KEYS[ctx.key])
        elif ctx.key is not None:
            items = complete.enum_items(meta.schema, ctx.parent, ctx.key)
        else:
            items = []
        return lsp.CompletionList(is_incomplete=False, items=items)

    # ----- the workspace -----------------------------------------------------------------

    async def check_workspace(self, *args: Any) -> dict[str, int]:
        """Check every brief under the workspace folders; publish each file's diagnostics. Returns counts."""
        roots = [uris.to_fs_path(f.uri) for f in self.ls.workspace.folders.values()] or [self.ls.workspace.root_path]
        paths = [r for r in roots if r]
        found = await self.on_worker("workspace", lambda: workspace_files(paths, self.planner))
        files: list[str] = found or []
        open_paths = {uris.to_fs_path(u) for u in self.ls.workspace.text_documents}
        todo = [p for p in files if p not in open_paths]
        jobs = [self.on_worker(f"workspace {p}", partial(check_file, p, self), priority=BACKGROUND) for p in todo]
        total = 0
        for job in asyncio.as_completed(jobs):
            try:
                checked = await job
            except Exception as exc:
                log.warning("workspace check: %s", _describe(exc))
                continue
            if checked is None:
                continue
            total += len(checked.findings)
            lines = Lines(checked.text, self.encoding())
            uri = uris.from_fs_path(checked.path) or checked.path
            self.ls.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(uri, features.diagnostics(checked, lines))
            )
        for uri in self.results:
            total += len(self.results[uri].findings)
        return {"files": len(files), "findings": total}


def _plain(method: Callable[..., Any]) -> Callable[..., Any]:
    """A function calling ``method`` (pygls marks its handlers with attributes, which a bound method cannot take)."""
    if asyncio.iscoroutinefunction(method):

        async def call_async(*args: Any) -> Any:
            return await method(*args)

        return call_async

    def call(*args: Any) -> Any:
        return method(*args)

    return call


def _is_configuration(uri: str) -> bool:
    return uri.rsplit("/", 1)[-1] in CONFIG_NAMES


def _describe(error: BaseException) -> str:
    if isinstance(error, ConfigError):
        return f"brieflint: configuration error: {error}"
    if isinstance(error, SchemaError):
        return f"brieflint: schema error: {error}"
    return f"brieflint: internal error: {type(error).__name__}: {error}"


def serve(debounce: float = DEBOUNCE) -> int:
    """Serve over stdin and stdout until the client says exit; 0 after a shutdown request, else 1."""
    server = BriefServer(debounce)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # stdout carries the protocol: a stray print must not corrupt it

    def io() -> None:
        try:
            server.ls.start_io(stdin, stdout)
        except Exception as exc:  # pragma: no cover - pygls handles its own errors
            log.error("the connection failed: %s", exc)
        finally:
            server.worker.stop()

    threading.Thread(target=io, name="brieflint-lsp", daemon=True).start()
    server.worker.run_forever()
    return 0 if getattr(server.ls.protocol, "_shutdown", False) else 1
