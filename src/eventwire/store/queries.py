"""Reading events back: filtered queries over indexed columns, and summary counts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
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


class BadQuery(StoreError):
    """A query filter is malformed (the CLI says so in one line, the API answers 400)."""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters over events; every one given must hold (AND).

    Actor codes are prefixes (``USA`` matches ``USAGOV``). ``dyad`` is a
    (source prefix, target prefix) pair, in either direction when ``undirected``.
    ``code`` is a CAMEO code prefix (``04``, ``043``); ``root`` a CAMEO root;
    ``since``/``until`` inclusive dates (YYYY-MM-DD, YYYY-MM or YYYY); ``text`` words
    that must all occur in the article's title or text.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    undirected: bool = False
    root: str | None = None
    code: str | None = None
    quad: int | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    article_id: str | None = None


def _upper_bound(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def prefix_clause(column: str, code: str) -> tuple[str, list[Any]]:
    """``column`` starts with ``code``: an index range scan on both backends.

    Codes are upper-case ASCII and compare bytewise (PostgreSQL columns use COLLATE "C").
    """
    code = code.strip().upper()
    if not code or not code.isascii():
        raise BadQuery(f"bad actor code {code!r}")
    return f"({column} >= ? AND {column} < ?)", [code, _upper_bound(code)]


def day_bound(value: str, *, end: bool) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD as a bound on YYYY-MM-DD dates (an end bound is inclusive:
    "2020-05" sorts before "2020-05-01", "2020-05-99" after "2020-05-31")."""
    try:
        if not _DATE.match(value):
            raise ValueError(value)
        date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        raise BadQuery(f"bad date {value!r}: use YYYY-MM-DD (or YYYY-MM, YYYY)") from None
    return value + "-99" if end and len(value) < 10 else value


def _dyad(a: str, b: str, undirected: bool) -> tuple[str, list[Any]]:
    """Source starts with ``a`` and target with ``b`` (or the reverse, when undirected).

    The target test is on ``target_code || ''`` so that SQLite's planner walks the
    events_dyad index (source, target, date) by source prefix and checks the target
    inside the index, rather than the events_target index with a row lookup for each
    event of the target (ten times slower for a frequent actor such as USA).
    """
    src_a, p1 = prefix_clause("e.source_code", a)
    tgt_b, p2 = prefix_clause("(e.target_code || '')", b)
    if not undirected:
        return f"({src_a} AND {tgt_b})", p1 + p2
    src_b, p3 = prefix_clause("e.source_code", b)
    tgt_a, p4 = prefix_clause("(e.target_code || '')", a)
    return f"(({src_a} AND {tgt_b}) OR ({src_b} AND {tgt_a}))", p1 + p2 + p3 + p4


def fts_query(words: str) -> str:
    """Words as an FTS5 query: every word must occur (like plainto_tsquery)."""
    terms = _WORD.findall(words)
    if not terms:
        raise BadQuery(f"no words to search for in {words!r}")
    return " ".join(f'"{t}"' for t in terms)


def text_clause(store: Store, words: str, column: str) -> tuple[str, list[Any]]:
    """``column`` (an article id) names an article whose title or text has all ``words``
    (FTS5 on SQLite, the tsvector index on PostgreSQL)."""
    if not _WORD.search(words):
        raise BadQuery(f"no words to search for in {words!r}")
    if store.backend == "sqlite":
        return (
            f"{column} IN (SELECT a2.id FROM articles_fts f "
            "JOIN articles a2 ON a2.pk = f.rowid WHERE articles_fts MATCH ?)",
            [fts_query(words)],
        )
    return f"{column} IN (SELECT id FROM articles WHERE {_PG_SEARCH})", [words]


def event_where(store: Store, f: EventFilter) -> tuple[str, list[Any]]:
    """`` WHERE ...`` (or "") and its parameters for events aliased ``e``."""
    clauses: list[str] = []
    params: list[Any] = []

    def add(clause: tuple[str, list[Any]]) -> None:
        clauses.append(clause[0])
        params.extend(clause[1])

    if f.actor:
        src, p1 = prefix_clause("e.source_code", f.actor)
        tgt, p2 = prefix_clause("e.target_code", f.actor)
        add((f"({src} OR {tgt})", p1 + p2))
    if f.source:
        add(prefix_clause("e.source_code", f.source))
    if f.target:
        add(prefix_clause("e.target_code", f.target))
    if f.dyad:
        add(_dyad(f.dyad[0], f.dyad[1], f.undirected))
    if f.root:
        root = f.root.strip()
        if not root.isdigit() or len(root) > 2 or not 1 <= int(root) <= 20:
            raise BadQuery(f"bad CAMEO root code {root!r}: use 01 .. 20")
        add(("e.root = ?", [root.zfill(2)]))
    if f.code:
        code = f.code.strip()
        if not code.isdigit() or len(code) > 4:
            raise BadQuery(f"bad CAMEO code {code!r}: use digits such as 04 or 043")
        add(("(e.cameo >= ? AND e.cameo < ?)", [code, _upper_bound(code)]))
    if f.quad is not None:
        if f.quad not in (1, 2, 3, 4):
            raise BadQuery(f"bad quad class {f.quad!r}: use 1 .. 4")
        add(("e.quad_class = ?", [f.quad]))
    if f.since:
        add(("e.date >= ?", [day_bound(f.since, end=False)]))
    if f.until:
        add(("e.date <= ?", [day_bound(f.until, end=True)]))
    if f.text:
        add(text_clause(store, f.text, "e.article_id"))
    if f.article_id is not None:
        add(("e.article_id = ?", [f.article_id]))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


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
    where, params = event_where(
        store,
        EventFilter(
            actor=actor, dyad=dyad, root=root, quad=quad, since=since, until=until, text=text
        ),
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
