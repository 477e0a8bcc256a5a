"""The JSON API: read-only listings and aggregates, ``POST /code``, and token-guarded ingest."""

from __future__ import annotations

import hashlib
import hmac
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Request
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from .. import serialize
from ..errors import InputError
from ..records import Article, ItemError
from ..store.queries import EventFilter
from . import queries
from .app import BadRequest, Context, context
from .queries import Interval, Level, StoredArticle, StoredQuote

router = APIRouter()

# Filters accept an empty value as "no filter", so HTML forms can send blank fields.
CODE = r"^[A-Za-z0-9-]{1,32}$"
CODE_OR_BLANK = r"^([A-Za-z0-9-]{1,32})?$"
DYAD = r"^([A-Za-z0-9-]{1,32},[A-Za-z0-9-]{1,32})?$"
DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
DAY = r"^\d{4}-\d{2}-\d{2}$"
ID = r"^[^\x00-\x1f]{1,300}$"
JSONL_TYPES = {
    "application/x-ndjson",
    "application/jsonl",
    "application/json-lines",
    "application/x-jsonlines",
    "application/jsonlines",
}

Ctx = Annotated[Context, Depends(context)]
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1-500).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
Since = Annotated[
    str | None, Query(pattern=DATE, description="On or after: YYYY-MM-DD, YYYY-MM or YYYY.")
]
Until = Annotated[
    str | None, Query(pattern=DATE, description="On or before: YYYY-MM-DD, YYYY-MM or YYYY.")
]
Text = Annotated[
    str | None,
    Query(max_length=200, description="Words that must all occur in the article."),
]


def event_filter(
    actor: Annotated[
        str | None,
        Query(pattern=CODE_OR_BLANK, description="Source or target code prefix (USA)."),
    ] = None,
    source: Annotated[
        str | None, Query(pattern=CODE_OR_BLANK, description="Source code prefix.")
    ] = None,
    target: Annotated[
        str | None, Query(pattern=CODE_OR_BLANK, description="Target code prefix.")
    ] = None,
    dyad: Annotated[
        str | None, Query(pattern=DYAD, description="SOURCE,TARGET code prefixes: USA,PAK.")
    ] = None,
    undirected: Annotated[
        bool, Query(description="With dyad: events in either direction.")
    ] = False,
    root: Annotated[
        str | None, Query(pattern=r"^(\d{1,2})?$", description="CAMEO root code, 01-20.")
    ] = None,
    code: Annotated[
        str | None, Query(pattern=r"^(\d{1,4})?$", description="CAMEO code prefix (04, 043).")
    ] = None,
    quad: Annotated[str | None, Query(pattern=r"^[1-4]?$", description="Quad class 1-4.")] = None,
    since: Since = None,
    until: Until = None,
    text: Text = None,
) -> EventFilter:
    """The event filters shared by /events, /timeline, /network and /dyads."""
    pair = tuple(dyad.split(",")) if dyad else None
    if root and not 1 <= int(root) <= 20:
        raise BadRequest(f"bad root {root!r}: use a CAMEO root code 01-20")
    return EventFilter(
        actor=actor or None,
        source=source or None,
        target=target or None,
        dyad=(pair[0], pair[1]) if pair else None,
        undirected=undirected,
        root=root or None,
        code=code or None,
        quad=int(quad) if quad else None,
        since=since or None,
        until=until or None,
        text=text or None,
    )


Filter = Annotated[EventFilter, Depends(event_filter)]


def _page(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def quote_json(q: StoredQuote) -> dict[str, Any]:
    return {
        "article_id": q.article_id,
        "date": q.date,
        "title": q.title,
        **serialize.quote(q.quote),
    }


def article_json(a: StoredArticle, min_confidence: float) -> dict[str, Any]:
    events = []
    for s in a.events:
        item = serialize.event(s.event)
        item["low_confidence"] = s.event.confidence < min_confidence
        events.append({"event_id": s.event_id, "index": s.index, **item})
    return {
        "id": a.id,
        "title": a.title,
        "date": a.date,
        "url": a.url,
        "source": a.source,
        "text": a.text,
        "paragraphs": [{"start_char": s, "end_char": e, "kind": k} for s, e, k in a.paragraphs],
        "coder_version": a.coder_version,
        "lexicon_version": a.lexicon_version,
        "ingested_at": a.ingested_at,
        "events": events,
        "quotes": [serialize.quote(q) for q in a.quotes],
        "actors": [serialize.actor(x) for x in a.actors],
    }


# ---- overview ---------------------------------------------------------------------------
@router.get("/stats", tags=["overview"], summary="Counts of articles, events, quotes, actors")
def get_stats(ctx: Ctx) -> dict[str, int]:
    with ctx.db() as store:
        return queries.counts(store)


@router.get("/articles", tags=["articles"], summary="Stored articles, newest first")
def list_articles(
    ctx: Ctx,
    since: Since = None,
    until: Until = None,
    text: Text = None,
    source: Annotated[str | None, Query(max_length=200, description="Publisher, exactly.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    with ctx.db() as store:
        page = queries.articles_page(
            store, since=since, until=until, text=text, source=source, limit=limit, offset=offset
        )
    return _page(page.items, page.total, page.limit, page.offset)


@router.get(
    "/articles/{article_id:path}",
    tags=["articles"],
    summary="One article: its text with every event, quote and actor span",
)
def get_article(ctx: Ctx, article_id: str) -> dict[str, Any]:
    with ctx.db() as store:
        found = queries.article(store, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return article_json(found, ctx.settings.min_confidence)


@router.get("/events", tags=["events"], summary="Events matching every filter given")
def list_events(
    ctx: Ctx,
    f: Filter,
    limit: Limit = 50,
    offset: Offset = 0,
    order: Annotated[Literal["newest", "oldest"], Query(description="By article date.")] = "newest",
) -> dict[str, Any]:
    with ctx.db() as store:
        found, total = queries.events_page(
            store, f, limit=limit, offset=offset, newest_first=order == "newest"
        )
    items = [serialize.stored_event(s, min_confidence=ctx.settings.min_confidence) for s in found]
    return _page(items, total, limit, offset)


@router.get("/actors", tags=["actors"], summary="Actor codes found in articles")
def list_actors(
    ctx: Ctx,
    q: Annotated[
        str | None,
        Query(min_length=1, max_length=100, description="Code prefix or words of the name."),
    ] = None,
    kind: Annotated[
        str | None, Query(max_length=40, description="Actor kind (country, person, ...).")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    with ctx.db() as store:
        page = queries.actors_page(store, q=q, kind=kind, limit=limit, offset=offset)
    return _page(page.items, page.total, page.limit, page.offset)


@router.get("/quotes", tags=["quotes"], summary="Quotes, by speaker")
def list_quotes(
    ctx: Ctx,
    speaker: Annotated[
        str | None, Query(pattern=CODE_OR_BLANK, description="Speaker code prefix.")
    ] = None,
    article_id: Annotated[str | None, Query(pattern=ID, description="One article.")] = None,
    text: Text = None,
    direct: Annotated[bool | None, Query(description="Only direct (or indirect) quotes.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    with ctx.db() as store:
        found, total = queries.quotes_page(
            store,
            speaker=speaker,
            article_id=article_id,
            text=text,
            direct=direct,
            limit=limit,
            offset=offset,
        )
    return _page([quote_json(q) for q in found], total, limit, offset)


@router.get("/speakers", tags=["quotes"], summary="Speakers with most quotes")
def list_speakers(ctx: Ctx, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
    with ctx.db() as store:
        return {"items": queries.speakers(store, limit=limit)}


# ---- aggregates -------------------------------------------------------------------------
IntervalQ = Annotated[Interval, Query(description="Bucket by week (Mondays) or month.")]


@router.get("/timeline", tags=["aggregates"], summary="Events per period by quad class")
def get_timeline(ctx: Ctx, f: Filter, interval: IntervalQ = "month") -> dict[str, Any]:
    with ctx.db() as store:
        return queries.timeline(store, f, interval=interval)


@router.get("/dyads", tags=["aggregates"], summary="Source-target pairs with most events")
def list_dyads(
    ctx: Ctx, f: Filter, limit: Annotated[int, Query(ge=1, le=500)] = 20
) -> dict[str, Any]:
    with ctx.db() as store:
        return {"items": queries.top_dyads(store, f, limit=limit, names=ctx.names)}


@router.get(
    "/dyads/timeline",
    tags=["aggregates"],
    summary="One dyad over time: counts per quad class and mean Goldstein",
)
def get_dyad_timeline(
    ctx: Ctx,
    a: Annotated[str, Query(pattern=CODE, description="First actor code prefix (USA).")],
    b: Annotated[str, Query(pattern=CODE, description="Second actor code prefix (PAK).")],
    interval: IntervalQ = "month",
    directed: Annotated[
        bool, Query(description="Only a->b events; by default both directions.")
    ] = False,
    since: Since = None,
    until: Until = None,
    root: Annotated[str | None, Query(pattern=r"^(\d{1,2})?$")] = None,
) -> dict[str, Any]:
    f = EventFilter(
        dyad=(a, b),
        undirected=not directed,
        since=since or None,
        until=until or None,
        root=root or None,
    )
    with ctx.db() as store:
        result = queries.timeline(store, f, interval=interval)
    return {"a": a.upper(), "b": b.upper(), "directed": directed, **result}


@router.get("/top-actors", tags=["aggregates"], summary="Actors in most events")
def list_top_actors(
    ctx: Ctx, f: Filter, limit: Annotated[int, Query(ge=1, le=500)] = 20
) -> dict[str, Any]:
    with ctx.db() as store:
        return {"items": queries.top_actors(store, f, limit=limit, names=ctx.names)}


@router.get(
    "/network",
    tags=["aggregates"],
    summary="Actor network: nodes, and edges split into cooperation and conflict",
)
def get_network(
    ctx: Ctx,
    f: Filter,
    level: Annotated[
        Level, Query(description="code: full actor codes; entity: their first three letters.")
    ] = "code",
    limit: Annotated[int, Query(ge=1, le=2000, description="Heaviest edges kept.")] = 150,
    min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> dict[str, Any]:
    with ctx.db() as store:
        return queries.network(
            store, f, level=level, limit=limit, min_events=min_events, names=ctx.names
        )


# ---- coding ---------------------------------------------------------------------------------
class CodeRequest(BaseModel):
    """Text to code, with optional metadata."""

    text: str = Field(min_length=1, description="The article text (plain text).")
    id: str = Field(default="pasted", min_length=1, max_length=300, pattern=ID)
    title: str | None = Field(default=None, max_length=1000)
    date: str | None = Field(default=None, pattern=DAY, description="YYYY-MM-DD")
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=300)


def code_text(ctx: Context, body: CodeRequest) -> dict[str, Any]:
    """Code ``body`` with the app's Pipeline; the JSON ``eventwire code`` prints."""
    from ..ingest import article_from_text

    if len(body.text.encode("utf-8")) > ctx.settings.max_bytes:
        raise BadRequest(f"text too large (the limit is {ctx.settings.max_bytes:,} bytes)")
    article = article_from_text(
        body.text, body.id, title=body.title, date=body.date, url=body.url, source=body.source
    )
    with ctx.coder() as pipeline:
        result = pipeline.code(article)
    return serialize.result(result, min_confidence=ctx.settings.min_confidence)


@router.post(
    "/code",
    tags=["coding"],
    summary="Code pasted text (nothing is stored); returns the `eventwire code` JSON",
)
def post_code(ctx: Ctx, body: CodeRequest) -> dict[str, Any]:
    return code_text(ctx, body)


def require_token(ctx: Context, authorization: str | None) -> None:
    """401 without the configured bearer token; 403 when no token is configured."""
    expected = ctx.settings.token
    if not expected:
        raise HTTPException(403, "ingest is disabled: no token is configured (EVENTWIRE_TOKEN)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), expected.encode()
    ):
        raise HTTPException(
            401,
            "a valid 'Authorization: Bearer <token>' header is required",
            headers={"WWW-Authenticate": 'Bearer realm="eventwire"'},
        )


def _upload_items(
    data: bytes, content_type: str, meta: dict[str, str | None], max_bytes: int
) -> list[Article | ItemError]:
    from ..ingest import article_from_text, read_items
    from ..ingest.readers import check_english, decode

    if content_type in JSONL_TYPES or content_type in ("text/html", "application/xhtml+xml"):
        suffix = ".jsonl" if content_type in JSONL_TYPES else ".html"
        with tempfile.TemporaryDirectory(prefix="eventwire-upload-") as folder:
            path = Path(folder) / f"upload{suffix}"
            path.write_bytes(data)
            items = list(read_items([str(path)], max_bytes=max_bytes))
        out: list[Article | ItemError] = []
        for item in items:
            if isinstance(item, ItemError):
                name = f"upload{suffix}"
                out.append(
                    ItemError(
                        item.item.replace(str(path), name), item.message.replace(str(path), name)
                    )
                )
            elif suffix == ".html":
                out.append(
                    replace(
                        item,
                        id=meta["id"] or _default_id(data),
                        title=meta["title"] or item.title,
                        date=meta["date"] or item.date,
                        url=meta["url"] or item.url,
                        source=meta["source"] or item.source,
                    )
                )
            else:
                out.append(item)
        return out
    if content_type != "text/plain":
        raise HTTPException(415, "send text/plain, text/html or JSONL (application/x-ndjson)")
    text = decode(data, "upload", max_bytes)
    check_english(text, "upload")
    article_id = meta.pop("id", None) or _default_id(data)
    return [article_from_text(text, article_id, **meta)]


def _default_id(data: bytes) -> str:
    return "upload-" + hashlib.sha256(data).hexdigest()[:16]


@router.post(
    "/ingest",
    tags=["coding"],
    summary="Code and store articles (needs the bearer token; disabled without one)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/x-ndjson": {"schema": {"type": "string"}},
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            },
        }
    },
)
async def post_ingest(
    request: Request,
    ctx: Ctx,
    authorization: Annotated[str | None, Header()] = None,
    id: Annotated[
        str | None, Query(pattern=ID, description="Article id (text/HTML; default: a hash).")
    ] = None,
    title: Annotated[str | None, Query(max_length=1000)] = None,
    date: Annotated[str | None, Query(pattern=DAY)] = None,
    url: Annotated[str | None, Query(max_length=2000)] = None,
    source: Annotated[str | None, Query(max_length=300)] = None,
) -> dict[str, Any]:
    require_token(ctx, authorization)
    data = await request.body()
    if not data.strip():
        raise BadRequest("empty request body")
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    meta = {"id": id, "title": title, "date": date, "url": url, "source": source}
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_ingest, ctx, data, content_type, meta)


def _ingest(
    ctx: Context, data: bytes, content_type: str, meta: dict[str, str | None]
) -> dict[str, Any]:
    from ..store.ingest import ingest, summary_dict

    try:
        items = _upload_items(data, content_type, meta, ctx.settings.max_bytes)
    except InputError as exc:
        raise HTTPException(422, str(exc)) from None
    with ctx.coder() as pipeline, ctx.db() as store:
        summary = ingest(pipeline, store, items)
    return summary_dict(summary)


__all__ = ["CodeRequest", "code_text", "event_filter", "router"]
