"""Reading events back: filtered queries over indexed columns, and summary counts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from ..records import StoredEvent
from .repository import Store
from .rows import STORED_EVENT_SELECT, stored_event

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_WORD = re.compile(r"\w+", re.UNICODE)
# PostgreSQL: the expression of the articles_search index, repeated so the index is used.
_PG_SEARCH = (
    "to_tsvector('english', coalesce(title, '') || ' ' || text) @@ plainto_tsquery('english', ?)"
)
_ORDER = " ORDER BY (e.date IS NULL), e.date, e.article_id, e.idx"


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Counts over the whole store."""

    articles: int
    events: int
    quotes: int
    actors: int
    by_month: list[tuple[str, int]]
    by_root: list[tuple[str, int]]
    top_dyads: list[tuple[str, str, int]]


def _prefix(column: str, code: str) -> tuple[str, list[Any]]:
    """``column`` starts with ``code``: an index range scan on both backends.

    Codes are upper-case ASCII and compare bytewise (PostgreSQL columns use COLLATE "C").
    """
    code = code.strip().upper()
    if not code or not code.isascii():
        raise StoreError(f"bad actor code {code!r}")
    upper = code[:-1] + chr(ord(code[-1]) + 1)
    return f"({column} >= ? AND {column} < ?)", [code, upper]


def _day(value: str, *, end: bool) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD as a bound on YYYY-MM-DD dates."""
    if not _DATE.match(value):
        raise StoreError(f"bad date {value!r}: use YYYY-MM-DD (or YYYY-MM, YYYY)")
    # "2020-05" sorts before "2020-05-01"; "2020-05-99" after "2020-05-31".
    return value + "-99" if end and len(value) < 10 else value


def fts_query(words: str) -> str:
    """Words as an FTS5 query: every word must occur (like plainto_tsquery)."""
    terms = _WORD.findall(words)
    if not terms:
        raise StoreError(f"no words to search for in {words!r}")
    return " ".join(f'"{t}"' for t in terms)


def _where(
    store: Store,
    *,
    actor: str | None,
    dyad: tuple[str, str] | None,
    root: str | None,
    quad: int | None,
    since: str | None,
    until: str | None,
    text: str | None,
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if actor:
        src, p1 = _prefix("e.source_code", actor)
        tgt, p2 = _prefix("e.target_code", actor)
        clauses.append(f"({src} OR {tgt})")
        params += p1 + p2
    if dyad:
        src, p1 = _prefix("e.source_code", dyad[0])
        tgt, p2 = _prefix("e.target_code", dyad[1])
        clauses += [src, tgt]
        params += p1 + p2
    if root:
        root = root.strip()
        if not root.isdigit() or len(root) > 2:
            raise StoreError(f"bad CAMEO root code {root!r}: use 01 .. 20")
        clauses.append("e.root = ?")
        params.append(root.zfill(2))
    if quad is not None:
        if quad not in (1, 2, 3, 4):
            raise StoreError(f"bad quad class {quad!r}: use 1 .. 4")
        clauses.append("e.quad_class = ?")
        params.append(quad)
    if since:
        clauses.append("e.date >= ?")
        params.append(_day(since, end=False))
    if until:
        clauses.append("e.date <= ?")
        params.append(_day(until, end=True))
    if text:
        if store.backend == "sqlite":
            clauses.append(
                "e.article_id IN (SELECT a2.id FROM articles_fts f "
                "JOIN articles a2 ON a2.pk = f.rowid WHERE articles_fts MATCH ?)"
            )
            params.append(fts_query(text))
        else:
            if not _WORD.search(text):
                raise StoreError(f"no words to search for in {text!r}")
            clauses.append(f"e.article_id IN (SELECT id FROM articles WHERE {_PG_SEARCH})")
            params.append(text)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return where, params


def query_events(
    store: Store,
    actor: str | None = None,
    dyad: tuple[str, str] | None = None,
    root: str | None = None,
    quad: int | None = None,
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> list[StoredEvent]:
    """Events matching every filter given, by date then article and position.

    ``actor`` matches source or target codes starting with it (``USA`` matches
    ``USAGOV``); ``dyad`` is (source prefix, target prefix); ``root`` a CAMEO root
    (``11``); ``quad`` a quad class 1-4; ``since``/``until`` inclusive dates
    (YYYY-MM-DD, YYYY-MM or YYYY); ``text`` words that must all occur in the
    article's title or text (FTS5 on SQLite, tsvector on PostgreSQL).
    """
    return list(
        iter_events(
            store,
            actor=actor,
            dyad=dyad,
            root=root,
            quad=quad,
            since=since,
            until=until,
            text=text,
            limit=limit,
        )
    )


def iter_events(
    store: Store,
    *,
    actor: str | None = None,
    dyad: tuple[str, str] | None = None,
    root: str | None = None,
    quad: int | None = None,
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> Iterator[StoredEvent]:
    """Like query_events, but streams the events (for exports of a whole store)."""
    where, params = _where(
        store, actor=actor, dyad=dyad, root=root, quad=quad, since=since, until=until, text=text
    )
    sql = (
        f"SELECT {STORED_EVENT_SELECT} FROM events e JOIN articles a ON a.id = e.article_id"
        + where
        + _ORDER
    )
    if limit is not None:
        if limit < 0:
            raise StoreError(f"bad limit {limit}")
        sql += " LIMIT ?"
        params.append(limit)
    for row in store.stream(sql, params):
        yield stored_event(row)


def stats(store: Store, *, top: int = 10) -> StoreStats:
    """Counts of articles, events, quotes and actors; events by month, by root; top dyads."""
    month = "substr(date, 1, 7)"
    by_month = store.query(
        f"SELECT coalesce({month}, 'undated') AS m, count(*) FROM events "
        f"GROUP BY {month} ORDER BY ({month} IS NULL), {month}"
    )
    by_root = store.query("SELECT root, count(*) FROM events GROUP BY root ORDER BY root")
    dyads = store.query(
        "SELECT source_code, target_code, count(*) AS n FROM events "
        "WHERE source_code IS NOT NULL AND source_code <> '' "
        "AND target_code IS NOT NULL AND target_code <> '' "
        "GROUP BY source_code, target_code ORDER BY n DESC, source_code, target_code LIMIT ?",
        (top,),
    )
    return StoreStats(
        articles=store.count("articles"),
        events=store.count("events"),
        quotes=store.count("quotes"),
        actors=store.count("actors"),
        by_month=[(str(m), int(n)) for m, n in by_month],
        by_root=[(str(r), int(n)) for r, n in by_root],
        top_dyads=[(str(s), str(t), int(n)) for s, t, n in dyads],
    )
