"""The analyst dashboard: server-rendered pages under /ui, charts drawn by static/app.js.

Templates autoescape everything; article text reaches them only as Markup built by
``highlight`` (every piece escaped). No page has an inline script or handler: the
charts read their data from the JSON API named in ``data-src`` attributes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..api import queries
from ..api.app import BadRequest, Context, context
from ..api.routes import (
    CODE_OR_BLANK,
    DAY,
    CodeRequest,
    Filter,
    IntervalQ,
    Limit,
    Offset,
    Since,
    Until,
    code_text,
)
from ..records import ActorRef, Event, Quote, TextSpan
from ..store.queries import EventFilter
from .highlight import Mark, event_marks, highlight, quote_marks
from .worldmap import HEIGHT, WIDTH, world

router = APIRouter(include_in_schema=False)
Ctx = Annotated[Context, Depends(context)]

QUAD_NAMES = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}
_ENV = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.filters["path"] = lambda value: quote(str(value), safe="")
_ENV.globals["QUAD_NAMES"] = QUAD_NAMES
templates = Jinja2Templates(env=_ENV)


def render(request: Request, name: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, values, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> Response:
    """The HTML error page (the API's error handlers use it under /ui)."""
    return render(request, "error.html", status, status=status, message=message)


def _url(path: str, **params: Any) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "", False)}
    return path + ("?" + urlencode(clean) if clean else "")


def safe_href(url: str | None) -> str | None:
    """``url`` if it is http(s), else None (a javascript: URL never becomes a link)."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def article_href(article_id: str, *, event: int | None = None, quote_id: str | None = None) -> str:
    base = "/ui/articles/" + quote(article_id, safe="")
    if event is not None:
        return f"{base}?event={event}#selected-event"
    if quote_id is not None:
        return f"{base}?{urlencode({'quote': quote_id})}#quote-{quote(quote_id, safe='')}"
    return base


def _pages(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    params = dict(request.query_params)
    prev_url = next_url = None
    if offset > 0:
        prev_url = _url(request.url.path, **{**params, "offset": max(0, offset - limit)})
    if offset + limit < total:
        next_url = _url(request.url.path, **{**params, "offset": offset + limit})
    return {
        "total": total,
        "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
        "prev": prev_url,
        "next": next_url,
    }


# ---- pages -----------------------------------------------------------------------------
@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/ui/", status_code=307)


@router.get("/ui/", response_class=HTMLResponse)
def overview(request: Request, ctx: Ctx) -> HTMLResponse:
    with ctx.db() as store:
        counts = queries.counts(store)
        dyads = queries.top_dyads(store, EventFilter(), limit=10, names=ctx.names)
        actors = queries.top_actors(store, EventFilter(), limit=10, names=ctx.names)
    return render(
        request,
        "overview.html",
        page="overview",
        counts=counts,
        dyads=dyads,
        actors=actors,
        chart_src="/timeline?interval=month",
    )


def _filters(request: Request) -> dict[str, str]:
    keys = ("actor", "source", "target", "dyad", "root", "code", "quad", "since", "until", "text")
    return {k: request.query_params.get(k, "") for k in keys}


@router.get("/ui/events", response_class=HTMLResponse)
def events_view(
    request: Request, ctx: Ctx, f: Filter, limit: Limit = 50, offset: Offset = 0
) -> HTMLResponse:
    with ctx.db() as store:
        found, total = queries.events_page(store, f, limit=limit, offset=offset)
    return render(
        request,
        "events.html",
        page="events",
        rows=[_event_row(s.article_id, s.index, s.date, s.title, s.event) for s in found],
        filters=_filters(request),
        pages=_pages(request, total, limit, offset),
    )


def _event_row(
    article_id: str, index: int, date: str | None, title: str | None, e: Event
) -> dict[str, Any]:
    return {
        "href": article_href(article_id, event=index),
        "article_id": article_id,
        "date": date or "",
        "title": title or article_id,
        "event": e,
        "quad_name": QUAD_NAMES.get(e.quad_class, ""),
    }


@router.get("/ui/dyad", response_class=HTMLResponse)
def dyad_view(
    request: Request,
    ctx: Ctx,
    a: Annotated[str | None, Query(pattern=CODE_OR_BLANK)] = None,
    b: Annotated[str | None, Query(pattern=CODE_OR_BLANK)] = None,
    interval: IntervalQ = "month",
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    with ctx.db() as store:
        top = queries.top_dyads(store, EventFilter(), limit=15, names=ctx.names)
        if (not a or not b) and top:
            a, b = a or top[0]["source"], b or top[0]["target"]
        rows: list[dict[str, Any]] = []
        pages = _pages(request, 0, limit, offset)
        totals: dict[int, int] = {}
        if a and b:
            f = EventFilter(dyad=(a, b), undirected=True, since=since or None, until=until or None)
            found, total = queries.events_page(store, f, limit=limit, offset=offset)
            totals = {
                int(q): n for q, n in queries.timeline(store, f, interval="month")["totals"].items()
            }
            rows = [_event_row(s.article_id, s.index, s.date, s.title, s.event) for s in found]
            pages = _pages(request, total, limit, offset)
    chart_src = (
        _url("/dyads/timeline", a=a, b=b, interval=interval, since=since, until=until)
        if a and b
        else None
    )
    return render(
        request,
        "dyad.html",
        page="dyad",
        a=(a or "").upper(),
        b=(b or "").upper(),
        interval=interval,
        since=since or "",
        until=until or "",
        top=top,
        rows=rows,
        pages=pages,
        totals=totals,
        chart_src=chart_src,
    )


@router.get("/ui/network", response_class=HTMLResponse)
def network_view(
    request: Request,
    level: Annotated[str, Query(pattern=r"^(code|entity)$")] = "entity",
    since: Since = None,
    until: Until = None,
    min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    limit: Annotated[int, Query(ge=1, le=500)] = 80,
) -> HTMLResponse:
    src = _url(
        "/network", level=level, since=since, until=until, min_events=min_events, limit=limit
    )
    return render(
        request,
        "network.html",
        page="network",
        level=level,
        since=since or "",
        until=until or "",
        min_events=min_events,
        limit=limit,
        chart_src=src,
    )


@router.get("/ui/articles/{article_id:path}", response_class=HTMLResponse)
def article_view(
    request: Request,
    ctx: Ctx,
    article_id: str,
    event: Annotated[int | None, Query(ge=0, le=100_000)] = None,
    quote_id: Annotated[str | None, Query(alias="quote", max_length=300)] = None,
) -> Response:
    with ctx.db() as store:
        found = queries.article(store, article_id)
    if found is None:
        return error_page(request, 404, f"no article {article_id!r}")
    events = [s.event for s in found.events]
    if event is not None and event >= len(events):
        return error_page(request, 404, f"article {article_id!r} has no event {event}")
    base = article_href(found.id)
    marks = event_marks(events, selected=event, href=base + "?event={index}#selected-event")
    quotes = list(found.quotes)
    marks += quote_marks(quotes, selected=quote_id)
    selected = events[event] if event is not None else None
    passage = None
    reported = None
    if selected is not None:
        passage = _passage(found.text, found.paragraphs, selected, marks)
        reported = next((q for q in quotes if q.id == selected.reported_by), None)
    return render(
        request,
        "article.html",
        page="events",
        article=found,
        url=safe_href(found.url),
        body=highlight(found.text, marks),
        selected=selected,
        selected_index=event,
        passage=passage,
        reported=reported,
        reported_href=article_href(found.id, quote_id=reported.id) if reported else None,
        events=[
            {
                "index": i,
                "href": article_href(found.id, event=i),
                "event": e,
                "quad_name": QUAD_NAMES.get(e.quad_class, ""),
            }
            for i, e in enumerate(events)
        ],
        quotes=[
            {
                "quote": q,
                "href": article_href(found.id, quote_id=q.id),
                "selected": q.id == quote_id,
            }
            for q in quotes
        ],
    )


def _passage(
    text: str, paragraphs: list[tuple[int, int, str]], e: Event, marks: list[Mark]
) -> Markup:
    """The paragraph holding the event's trigger (and its actors, if they lie beyond it)."""
    spans = [e.trigger.start_char, e.trigger.end_char]
    start, end = e.trigger.start_char, e.trigger.end_char
    for s, t, _kind in paragraphs:
        if s <= e.trigger.start_char < t:
            start, end = s, t
            break
    for ref in (e.source, e.target):
        if ref is not None and abs(ref.start_char - start) < 600:
            spans += [ref.start_char, ref.end_char]
    start, end = min([start, *spans]), max([end, *spans])
    own = [m for m in marks if "hl-quote" not in m.css and "hl-cue" not in m.css]
    plain = [Mark(m.start_char, m.end_char, m.css, m.title) for m in own]
    return highlight(text, plain, start_char=start, end_char=end)


@router.get("/ui/quotes", response_class=HTMLResponse)
def quotes_view(
    request: Request,
    ctx: Ctx,
    speaker: Annotated[str | None, Query(pattern=CODE_OR_BLANK)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    with ctx.db() as store:
        speakers = queries.speakers(store, limit=60)
        found, total = queries.quotes_page(
            store,
            speaker=speaker,
            article_id=None,
            text=None,
            direct=None,
            limit=limit,
            offset=offset,
        )
    rows = [
        {
            "quote": q.quote,
            "date": q.date or "",
            "title": q.title or q.article_id,
            "href": article_href(q.article_id, quote_id=q.quote.id),
        }
        for q in found
    ]
    return render(
        request,
        "quotes.html",
        page="quotes",
        speaker=(speaker or "").upper(),
        speakers=speakers,
        rows=rows,
        pages=_pages(request, total, limit, offset),
    )


@router.get("/ui/map", response_class=HTMLResponse)
def map_view(request: Request) -> HTMLResponse:
    return render(request, "map.html", page="map", countries=world(), width=WIDTH, height=HEIGHT)


@router.get("/ui/code", response_class=HTMLResponse)
def code_form(request: Request) -> HTMLResponse:
    return render(request, "code.html", page="code", text="", date="", result=None)


@router.post("/ui/code", response_class=HTMLResponse)
async def code_submit(request: Request, ctx: Ctx) -> HTMLResponse:
    from starlette.concurrency import run_in_threadpool

    raw = (await request.body()).decode("utf-8", errors="replace")
    try:
        form = parse_qs(raw, keep_blank_values=True, max_num_fields=10)
    except ValueError:
        raise BadRequest("too many form fields") from None
    text = (form.get("text") or [""])[0].replace("\r\n", "\n")
    date = (form.get("date") or [""])[0].strip()
    if not text.strip():
        raise BadRequest("paste some text to code")
    if date and (len(date) != 10 or not _is_day(date)):
        raise BadRequest(f"bad date {date!r}: use YYYY-MM-DD")
    body = CodeRequest(text=text, date=date or None)
    result = await run_in_threadpool(code_text, ctx, body)
    events = [_event_from_json(e) for e in result["events"]]
    quotes = [_quote_from_json(q) for q in result["quotes"]]
    marks = event_marks(events) + quote_marks(quotes)
    return render(
        request,
        "code.html",
        page="code",
        text=text,
        date=date,
        result=result,
        body=highlight(text, marks),
        events=[
            {"index": i, "event": e, "quad_name": QUAD_NAMES.get(e.quad_class, "")}
            for i, e in enumerate(events)
        ],
        quotes=quotes,
    )


def _is_day(value: str) -> bool:
    import re

    return re.fullmatch(DAY, value) is not None


def _ref(obj: dict[str, Any] | None) -> ActorRef | None:
    if obj is None:
        return None
    return ActorRef(
        obj.get("code") or "",
        obj["text"],
        obj["start_char"],
        obj["end_char"],
        obj.get("name") or "",
        obj.get("kind") or "",
        obj.get("rule") or "",
    )


def _span(obj: dict[str, Any] | None) -> TextSpan | None:
    return None if obj is None else TextSpan(obj["text"], obj["start_char"], obj["end_char"])


def _event_from_json(e: dict[str, Any]) -> Event:
    trigger = _span(e["trigger"])
    assert trigger is not None
    return Event(
        cameo=e["cameo"],
        root=e["root"],
        name=e["name"],
        goldstein=e["goldstein"],
        quad_class=e["quad_class"],
        plover=e["plover"] or "",
        plover_mode=e["plover_mode"] or "",
        source=_ref(e["source"]),
        target=_ref(e["target"]),
        trigger=trigger,
        sentence=e["sentence"],
        negated=e["negated"],
        hypothetical=e["hypothetical"],
        rule=e["rule"],
        confidence=e["confidence"],
        caption=e["caption"],
        reported_by=e["reported_by"],
    )


def _quote_from_json(q: dict[str, Any]) -> Quote:
    content = _span(q["content"])
    assert content is not None
    return Quote(
        id=q["id"],
        speaker=_ref(q["speaker"]),
        cue=_span(q["cue"]),
        content=content,
        direct=q["direct"],
        sentence=q["sentence"],
        rule=q["rule"],
        events=tuple(q["events"]),
    )


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The OpenAPI schema as a page (FastAPI's Swagger UI would load a CDN script)."""
    schema = request.app.openapi()
    routes = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p["name"],
                    "in": p["in"],
                    "required": p.get("required", False),
                    "type": _type(p.get("schema", {})),
                    "description": p.get("description", ""),
                }
                for p in op.get("parameters", [])
            ]
            body = list(op.get("requestBody", {}).get("content", {}))
            routes.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "tag": (op.get("tags") or [""])[0],
                    "params": params,
                    "body": body,
                }
            )
    return render(
        request,
        "api_docs.html",
        page="docs",
        title=schema["info"]["title"],
        version=schema["info"]["version"],
        routes=routes,
    )


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    text = str(schema.get("type", ""))
    if "enum" in schema:
        text += " (" + ", ".join(str(v) for v in schema["enum"]) + ")"
    if "pattern" in schema:
        text += f" matching {schema['pattern']}"
    if "minimum" in schema or "maximum" in schema:
        text += f" {schema.get('minimum', '')}..{schema.get('maximum', '')}"
    if "default" in schema:
        text += f", default {schema['default']}"
    return text
