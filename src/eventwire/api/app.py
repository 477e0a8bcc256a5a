"""The ASGI app: ``create_app(settings, store)`` serves the JSON API and the dashboard.

    with open_store(settings.db) as store:
        uvicorn.run(create_app(settings, store), host=settings.host, port=settings.port)

One Store (one database connection) is shared by every request, so reads and
writes take a lock; the Pipeline for ``POST /code`` and ``POST /ingest`` is loaded
lazily, once. Errors become a JSON body ``{"error": {"status", "message"}}`` (an
HTML page under ``/ui``), never a stack trace. Every response carries a strict
Content-Security-Policy (no inline scripts) and ``X-Content-Type-Options: nosniff``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import EventwireError, StoreError
from ..settings import Settings
from ..store.queries import BadQuery
from ..store.repository import Store
from .names import ActorNames

if TYPE_CHECKING:
    from ..pipeline import Pipeline

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 2_000_000
STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class BadRequest(EventwireError):
    """A request parameter or body is malformed (answered with 400)."""


class Context:
    """What every request needs: settings, the store (behind a lock) and the lazy Pipeline."""

    def __init__(self, settings: Settings, store: Store, pipeline: Pipeline | None) -> None:
        self.settings = settings
        self.store = store
        self._pipeline = pipeline
        self._store_lock = threading.RLock()
        self._pipeline_lock = threading.Lock()
        self._names: ActorNames | None = None

    @property
    def names(self) -> ActorNames:
        """Display names of actor codes, read from the actor data files on first use."""
        if self._names is None:
            from ..datafiles import data_dir

            self._names = ActorNames.load(data_dir(self.settings.data_dir) / "actors")
        return self._names

    @contextmanager
    def db(self) -> Iterator[Store]:
        """The store, for one request at a time (a connection is not shared concurrently)."""
        with self._store_lock:
            yield self.store

    @contextmanager
    def coder(self) -> Iterator[Pipeline]:
        """The Pipeline, loaded on first use, for one request at a time."""
        with self._pipeline_lock:
            if self._pipeline is None:
                from ..pipeline import Pipeline

                log.info("loading the pipeline (model %s)", self.settings.model)
                self._pipeline = Pipeline(self.settings)
            yield self._pipeline


def context(request: Request) -> Context:
    """The app's Context (a FastAPI dependency)."""
    return cast(Context, request.app.state.eventwire)


# ---- middleware ----------------------------------------------------------------------
class SecurityHeadersMiddleware:
    """Adds the CSP and other hardening headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                headers = list(message.get("headers", []))
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTooLarge(HTTPException):
    """A request body over the limit (413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body too large (the limit is {limit:,} bytes)")


class BodyLimitMiddleware:
    """Refuses request bodies over ``max_bytes``: by Content-Length at once, else as read."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name.lower() == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    length = -1
                if length < 0 or length > self.max_bytes:
                    status, message = (
                        (400, "bad Content-Length header")
                        if length < 0
                        else (413, str(BodyTooLarge(self.max_bytes).detail))
                    )
                    response = error_response(status, message)
                    await response(scope, receive, send)
                    return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        await self.app(scope, limited, send)


class CatchAllMiddleware:
    """Any unexpected exception becomes a 500 error body (logged here, never shown)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception:
            log.exception("unexpected error on %s", scope.get("path"))
            if started:
                raise
            response = _error(Request(scope), 500, "internal error; see the server log")
            await response(scope, receive, send)


# ---- errors ------------------------------------------------------------------------------
def error_response(status: int, message: str, details: list[Any] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "message": message}
    if details:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/ui") and not path.startswith("/ui/static")


def _error(
    request: Request, status: int, message: str, details: list[Any] | None = None
) -> Response:
    if _wants_html(request):
        from ..web.views import error_page

        return error_page(request, status, message)
    return error_response(status, message, details)


_HINTS = {
    "quad": "use a quad class 1-4",
    "root": "use a CAMEO root code 01-20",
    "code": "use a CAMEO code prefix of digits, such as 04 or 043",
    "since": "use YYYY-MM-DD, YYYY-MM or YYYY",
    "until": "use YYYY-MM-DD, YYYY-MM or YYYY",
    "date": "use YYYY-MM-DD",
    "dyad": "use SOURCE,TARGET actor code prefixes, such as USA,PAK",
    "level": "use code or entity",
}
_CODE_HINT = "use an actor code prefix: letters, digits or -, at most 32"
_CODE_PARAMS = {"actor", "source", "target", "speaker", "a", "b"}


def _validation_details(exc: RequestValidationError) -> list[dict[str, str]]:
    details = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
        name = ".".join(loc) or "request"
        message = str(err.get("msg"))
        if err.get("type") == "string_pattern_mismatch":
            given = str(err.get("input", ""))[:40]
            hint = _HINTS.get(name, _CODE_HINT if name in _CODE_PARAMS else "malformed")
            message = f"{given!r}: {hint}"
        details.append({"parameter": name, "message": message})
    return details


def install_error_handlers(app: FastAPI) -> None:
    """JSON (or HTML under /ui) errors for every failure; tracebacks stay in the log."""

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        response = _error(request, exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        details = _validation_details(exc)
        first = details[0] if details else {"parameter": "request", "message": "invalid"}
        message = f"bad parameter {first['parameter']}: {first['message']}"
        return _error(request, 422, message, details)

    async def on_bad_request(request: Request, exc: Exception) -> Response:
        return _error(request, 400, str(exc))

    async def on_store(request: Request, exc: Exception) -> Response:
        log.error("store error on %s: %s", request.url.path, exc)
        return _error(request, 500, "database error; see the server log")

    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StoreError, on_store)
    app.add_exception_handler(BadQuery, on_bad_request)  # a StoreError, but the caller's fault
    app.add_exception_handler(EventwireError, on_bad_request)


# ---- the app ------------------------------------------------------------------------------
def create_app(
    settings: Settings,
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    max_request_bytes: int = MAX_REQUEST_BYTES,
) -> FastAPI:
    """The eventwire ASGI app over ``store``: JSON API, OpenAPI schema and dashboard.

    ``pipeline`` is used by ``POST /code`` and ``POST /ingest``; when None one is
    loaded from ``settings`` on first use. Request bodies over ``max_request_bytes``
    are refused with 413.
    """
    from ..pipeline import coder_version
    from ..web.views import router as web_router
    from .routes import router as api_router

    app = FastAPI(
        title="eventwire",
        version=coder_version(),
        summary="Coded political events, actors and quotes, with character-span provenance.",
        description=(
            "Read-only JSON API over an eventwire store, plus `POST /code` (code pasted text, "
            "nothing stored) and, when a token is configured, `POST /ingest`. "
            "See docs/api.md."
        ),
        docs_url=None,  # FastAPI's Swagger page loads scripts from a CDN; /docs is ours
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.eventwire = Context(settings, store, pipeline)
    install_error_handlers(app)
    app.include_router(api_router)
    app.include_router(web_router)
    app.mount("/ui/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(CatchAllMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_request_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    return app


__all__ = ["MAX_REQUEST_BYTES", "BadRequest", "Context", "create_app"]
