"""Read queries the API and dashboard need beyond the store's own: pages, timelines, networks.

Every query is parameterised SQL written with ``?`` placeholders and run through
``Store.query`` (which rewrites them for PostgreSQL), so it works on both backends.
Aggregations that differ between backends (weeks) are finished in Python.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from ..records import Actor, ActorRef, Quote, StoredEvent, TextSpan
from ..store.queries import (
    EventFilter,
    day_bound,
    event_where,
    prefix_clause,
    text_clause,
)
from ..store.repository import Store
from ..store.rows import STORED_EVENT_SELECT, Row, article_from_row, stored_event

Interval = Literal["week", "month"]
Level = Literal["code", "entity"]

_MAX_PERIODS = 2000  # gaps are filled with empty periods only up to this many


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing, with the number of matching items."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


# ---- building WHERE clauses ------------------------------------------------------------
def _like(words: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching ``words`` anywhere."""
    escaped = words.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _and(where: str, clause: str) -> str:
    return f"{where} AND {clause}" if where else f" WHERE {clause}"


# ---- events --------------------------------------------------------------------------------
def events_page(
    store: Store, f: EventFilter, *, limit: int, offset: int, newest_first: bool = True
) -> tuple[list[StoredEvent], int]:
    """A page of events matching ``f`` and how many match in all."""
    where, params = event_where(store, f)
    direction = "DESC" if newest_first else "ASC"
    sql = (
        f"SELECT {STORED_EVENT_SELECT} FROM events e JOIN articles a ON a.id = e.article_id"
        f"{where} ORDER BY (e.date IS NULL), e.date {direction}, e.article_id, e.idx"
        " LIMIT ? OFFSET ?"
    )
    rows = store.query(sql, [*params, limit, offset])
    total = int(store.query(f"SELECT count(*) FROM events e{where}", params)[0][0])
    return [stored_event(r) for r in rows], total


# ---- timelines --------------------------------------------------------------------------
def _period(day: str, interval: Interval) -> str | None:
    try:
        d = date.fromisoformat(day[:10])
    except ValueError:
        return None
    if interval == "month":
        return d.isoformat()[:7]
    return (d - timedelta(days=d.weekday())).isoformat()


def _periods_between(first: str, last: str, interval: Interval) -> list[str] | None:
    if interval == "month":
        y, m = int(first[:4]), int(first[5:7])
        y2, m2 = int(last[:4]), int(last[5:7])
        count = (y2 - y) * 12 + (m2 - m) + 1
        if count > _MAX_PERIODS:
            return None
        out = []
        for _ in range(count):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    count = (end - start).days // 7 + 1
    if count > _MAX_PERIODS:
        return None
    return [(start + timedelta(weeks=i)).isoformat() for i in range(count)]


def timeline(store: Store, f: EventFilter, *, interval: Interval) -> dict[str, Any]:
    """Event counts per quad class and mean Goldstein per week (Monday) or month.

    Periods without events between the first and the last are included with zero
    counts and a null mean; undated events are counted apart. ``totals`` counts
    every matching event by quad class, undated ones included. One query.
    """
    where, params = event_where(store, f)
    rows = store.query(
        "SELECT e.date, e.quad_class, count(*), sum(e.goldstein) FROM events e"
        f"{where} GROUP BY e.date, e.quad_class",
        params,
    )
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    sums: dict[str, float] = defaultdict(float)
    totals: dict[str, int] = defaultdict(int)
    undated = 0
    for day, quad, n, total in rows:
        totals[str(quad)] += int(n)
        period = _period(str(day), interval) if day is not None else None
        if period is None or int(quad) not in (1, 2, 3, 4):
            undated += int(n)
            continue
        counts[period][int(quad) - 1] += int(n)
        sums[period] += float(total)
    keys = sorted(counts)
    if keys:
        keys = _periods_between(keys[0], keys[-1], interval) or keys
    periods = []
    for key in keys:
        q = counts.get(key, [0, 0, 0, 0])
        n = sum(q)
        periods.append(
            {
                "period": key,
                "events": n,
                "quad": {"1": q[0], "2": q[1], "3": q[2], "4": q[3]},
                "cooperation": q[0] + q[1],
                "conflict": q[2] + q[3],
                "goldstein_mean": round(sums[key] / n, 3) if n else None,
            }
        )
    return {
        "interval": interval,
        "periods": periods,
        "undated": undated,
        "totals": dict(sorted(totals.items())),
    }


# ---- dyads, actors and the network ----------------------------------------------------
# Both actors coded: NULL <> '' is NULL, so NULL codes drop out too (and the query is
# markedly faster than with explicit IS NOT NULL tests on SQLite).
_HAS_BOTH = "e.source_code <> '' AND e.target_code <> ''"
_QUADS = ", ".join(f"sum(CASE WHEN e.quad_class = {q} THEN 1 ELSE 0 END)" for q in (1, 2, 3, 4))
Names = Callable[[str], str]


def sampled_names(store: Store, codes: Sequence[str], *, sample: int = 300) -> dict[str, str]:
    """The name each code resolved to most often among (up to) ``sample`` of its events.

    One small index range per code and role, so it stays cheap for frequent codes.
    """
    found: dict[str, str] = {}
    for code in dict.fromkeys(c for c in codes if c):
        tally: dict[str, int] = defaultdict(int)
        for role in ("source", "target"):
            rows = store.query(
                f"SELECT {role}_name FROM events WHERE {role}_code = ? LIMIT ?", (code, sample)
            )
            for (name,) in rows:
                if name:
                    tally[str(name)] += 1
        if tally:
            found[code] = min(tally.items(), key=lambda item: (-item[1], item[0]))[0]
    return found


def _name_of(names: Names | None, fallback: dict[str, str]) -> Callable[[str], str]:
    def name(code: str) -> str:
        return (names(code) if names is not None else "") or fallback.get(code, "")

    return name


def top_dyads(
    store: Store, f: EventFilter, *, limit: int, names: Names | None = None
) -> list[dict[str, Any]]:
    """The (source, target) code pairs with most events, with their quad-class split.

    Two steps: rank the pairs by count (without filters, the events_dyad index alone
    answers it), then read the quad classes and Goldstein values of the chosen pairs.
    """
    where, params = event_where(store, f)
    rows = store.query(
        f"SELECT e.source_code, e.target_code, count(*) AS n FROM events e"
        f"{_and(where, _HAS_BOTH)} "
        "GROUP BY e.source_code, e.target_code ORDER BY n DESC, e.source_code, e.target_code "
        "LIMIT ?",
        [*params, limit],
    )
    detail: dict[tuple[str, str], tuple[int, int, float]] = {}
    if rows:
        pairs = " OR ".join("(e.source_code = ? AND e.target_code = ?)" for _ in rows)
        found = store.query(
            "SELECT e.source_code, e.target_code, "
            "sum(CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END), "
            "sum(CASE WHEN e.quad_class >= 3 THEN 1 ELSE 0 END), avg(e.goldstein) "
            f"FROM events e{_and(where, f'({pairs})')} GROUP BY e.source_code, e.target_code",
            [*params, *(c for r in rows for c in r[:2])],
        )
        detail = {(s, t): (int(coop), int(conf), float(g)) for s, t, coop, conf, g in found}
    unnamed = [c for r in rows for c in r[:2] if names is None or not names(c)]
    name = _name_of(names, sampled_names(store, unnamed))
    out = []
    for s, t, n in rows:
        coop, conflict, goldstein = detail.get((s, t), (0, 0, 0.0))
        out.append(
            {
                "source": s,
                "target": t,
                "source_name": name(s),
                "target_name": name(t),
                "events": int(n),
                "cooperation": coop,
                "conflict": conflict,
                "goldstein_mean": round(goldstein, 3),
            }
        )
    return out


def top_actors(
    store: Store, f: EventFilter, *, limit: int, names: Names | None = None
) -> list[dict[str, Any]]:
    """Actor codes in most events (as source or target)."""
    where, params = event_where(store, f)
    sources = _and(where, "e.source_code <> ''")
    targets = _and(where, "e.target_code <> ''")
    rows = store.query(
        "SELECT code, count(*) AS n FROM ("
        f"SELECT e.source_code AS code FROM events e{sources} "
        f"UNION ALL SELECT e.target_code AS code FROM events e{targets}"
        ") x GROUP BY code ORDER BY n DESC, code LIMIT ?",
        [*params, *params, limit],
    )
    unnamed = [r[0] for r in rows if names is None or not names(r[0])]
    name = _name_of(names, sampled_names(store, unnamed))
    return [{"code": c, "name": name(c), "events": int(k)} for c, k in rows]


def network(
    store: Store,
    f: EventFilter,
    *,
    level: Level,
    limit: int,
    min_events: int,
    names: Names | None = None,
) -> dict[str, Any]:
    """Actors as nodes; undirected edges weighted by events and split by quad class.

    ``level`` "code" uses full actor codes, "entity" their first three letters (the
    country or IGO/NGO part). The ``limit`` heaviest edges with at least
    ``min_events`` events are kept, and the nodes they touch. Both directions of a
    pair are merged. Node names come from ``names`` (the actor dictionary).
    """
    where, params = event_where(store, f)
    if level == "code":
        rows = _code_edges(store, where, params, limit=limit, min_events=min_events)
    else:
        rows = _entity_edges(store, where, params, limit=limit, min_events=min_events)
    degree: dict[str, int] = defaultdict(int)
    edges = []
    for a, b, n, q1, q2, q3, q4, total in rows:
        n, q = int(n), (int(q1), int(q2), int(q3), int(q4))
        degree[a] += n
        degree[b] += n
        coop, conflict = q[0] + q[1], q[2] + q[3]
        edges.append(
            {
                "source": a,
                "target": b,
                "events": n,
                "cooperation": coop,
                "conflict": conflict,
                "quad": {"1": q[0], "2": q[1], "3": q[2], "4": q[3]},
                "goldstein_mean": round(float(total) / n, 3),
                "kind": "cooperation" if coop >= conflict else "conflict",
            }
        )
    name = _name_of(names, {})
    nodes = [
        {"id": code, "name": name(code), "events": n}
        for code, n in sorted(degree.items(), key=lambda item: (-item[1], item[0]))
    ]
    return {"level": level, "nodes": nodes, "edges": edges}


Edge = tuple[str, str, int, int, int, int, int, float]  # a, b, events, quad 1-4, Goldstein sum


def _code_edges(
    store: Store, where: str, params: list[Any], *, limit: int, min_events: int
) -> list[Edge]:
    """Edges between full codes; directions merged in SQL (least/greatest of the codes)."""
    low, high = ("min", "max") if store.backend == "sqlite" else ("least", "greatest")
    src, tgt = "e.source_code", "e.target_code"
    rows = store.query(
        f"SELECT {low}({src}, {tgt}) AS a, {high}({src}, {tgt}) AS b, count(*) AS n, "
        f"{_QUADS}, sum(e.goldstein) "
        f"FROM events e{_and(where, _HAS_BOTH + f' AND {src} <> {tgt}')} "
        "GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY n DESC, a, b LIMIT ?",
        [*params, min_events, limit],
    )
    return [
        (str(a), str(b), int(n), int(q1), int(q2), int(q3), int(q4), float(g))
        for a, b, n, q1, q2, q3, q4, g in rows
    ]


def _entity_edges(
    store: Store, where: str, params: list[Any], *, limit: int, min_events: int
) -> list[Edge]:
    """Edges between code entities (first three letters); directions merged in Python.

    Grouping by the directed pair and merging the (at most a few thousand) rows here is
    twice as fast on SQLite as grouping by least/greatest of two substrings.
    """
    src, tgt = "substr(e.source_code, 1, 3)", "substr(e.target_code, 1, 3)"
    rows = store.query(
        f"SELECT {src}, {tgt}, count(*), {_QUADS}, sum(e.goldstein) "
        f"FROM events e{_and(where, _HAS_BOTH)} GROUP BY 1, 2",
        params,
    )
    merged: dict[tuple[str, str], list[float]] = {}
    for s, t, n, q1, q2, q3, q4, g in rows:
        if s == t:
            continue
        key = (s, t) if s < t else (t, s)
        edge = merged.setdefault(key, [0, 0, 0, 0, 0, 0.0])
        for i, value in enumerate((n, q1, q2, q3, q4)):
            edge[i] += int(value)
        edge[5] += float(g)
    ranked = sorted(
        ((key, e) for key, e in merged.items() if e[0] >= min_events),
        key=lambda item: (-item[1][0], item[0]),
    )[:limit]
    return [
        (a, b, int(e[0]), int(e[1]), int(e[2]), int(e[3]), int(e[4]), e[5]) for (a, b), e in ranked
    ]


def actors_page(store: Store, *, q: str | None, kind: str | None, limit: int, offset: int) -> Page:
    """Actor codes found in articles: name, kind, articles, and events as source and target."""
    clauses = ["a.code <> ''"]
    params: list[Any] = []
    if q:
        pattern = _like(q)
        name_clause = "lower(a.name) LIKE ? ESCAPE '\\'"
        if q.isascii() and q.isalpha():
            code_clause, code_params = prefix_clause("a.code", q)
            clauses.append(f"({code_clause} OR {name_clause})")
            params += [*code_params, pattern]
        else:
            clauses.append(name_clause)
            params.append(pattern)
    if kind:
        clauses.append("a.kind = ?")
        params.append(kind)
    where = " WHERE " + " AND ".join(clauses)
    total = int(store.query(f"SELECT count(DISTINCT a.code) FROM actors a{where}", params)[0][0])
    rows = store.query(
        "SELECT a.code, max(a.name), max(a.kind), count(DISTINCT a.article_id) AS n "
        f"FROM actors a{where} GROUP BY a.code ORDER BY n DESC, a.code LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    codes = [r[0] for r in rows]
    as_source = _counts(store, "source_code", codes)
    as_target = _counts(store, "target_code", codes)
    items = [
        {
            "code": code,
            "name": name,
            "kind": k,
            "articles": int(n),
            "events_as_source": as_source.get(code, 0),
            "events_as_target": as_target.get(code, 0),
        }
        for code, name, k, n in rows
    ]
    return Page(items, total, limit, offset)


def _counts(store: Store, column: str, codes: Sequence[str]) -> dict[str, int]:
    if not codes:
        return {}
    marks = ", ".join("?" * len(codes))
    rows = store.query(
        f"SELECT {column}, count(*) FROM events WHERE {column} IN ({marks}) GROUP BY {column}",
        list(codes),
    )
    return {str(c): int(n) for c, n in rows}


# ---- articles -------------------------------------------------------------------------------
_ARTICLE_LIST = (
    "a.id, a.title, a.date, a.url, a.source, "
    "(SELECT count(*) FROM events e WHERE e.article_id = a.id), "
    "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id)"
)


def articles_page(
    store: Store,
    *,
    since: str | None,
    until: str | None,
    text: str | None,
    source: str | None,
    limit: int,
    offset: int,
) -> Page:
    """Stored articles, newest first; filters combine (AND)."""
    clauses: list[str] = []
    params: list[Any] = []
    if since:
        clauses.append("a.date >= ?")
        params.append(day_bound(since, end=False))
    if until:
        clauses.append("a.date <= ?")
        params.append(day_bound(until, end=True))
    if text:
        clause, p = text_clause(store, text, "a.id")
        clauses.append(clause)
        params += p
    if source:
        clauses.append("a.source = ?")
        params.append(source)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = int(store.query(f"SELECT count(*) FROM articles a{where}", params)[0][0])
    rows = store.query(
        f"SELECT {_ARTICLE_LIST} FROM articles a{where} "
        "ORDER BY (a.date IS NULL), a.date DESC, a.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    items = [
        {
            "id": i,
            "title": t,
            "date": d,
            "url": u,
            "source": s,
            "events": int(ne),
            "quotes": int(nq),
        }
        for i, t, d, u, s, ne, nq in rows
    ]
    return Page(items, total, limit, offset)


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article read back with everything coded from it."""

    id: str
    title: str | None
    date: str | None
    url: str | None
    source: str | None
    text: str
    paragraphs: list[tuple[int, int, str]]
    events: list[StoredEvent]
    quotes: list[Quote]
    actors: list[Actor]
    coder_version: str
    lexicon_version: str
    ingested_at: str


_REF = ("code", "name", "text", "start_char", "end_char", "kind", "rule")
_QUOTE_SELECT = (
    "q.article_id, q.quote_id, "
    + ", ".join(f"q.speaker_{c}" for c in _REF)
    + ", q.cue_text, q.cue_start_char, q.cue_end_char, q.content_text, q.content_start_char, "
    "q.content_end_char, q.direct, q.sentence, q.rule, q.parts"
)
_QUOTE_COLUMNS = 19  # the number of columns _QUOTE_SELECT reads


def _quote(row: Row, events: tuple[int, ...]) -> Quote:
    speaker_values = row[2:9]
    speaker = None
    if speaker_values[2] is not None:
        code, name, text, start, end, kind, rule = speaker_values
        speaker = ActorRef(
            code or "", text, int(start), int(end), name or "", kind or "", rule or ""
        )
    cue_text, cue_start, cue_end, c_text, c_start, c_end, direct, sentence, rule = row[9:18]
    cue = None if cue_text is None else TextSpan(cue_text, int(cue_start), int(cue_end))
    # the parts lie inside the content span, so their text is cut from the content's
    offset = int(c_start)
    parts = tuple(
        TextSpan(c_text[s - offset : e - offset], s, e) for s, e in json.loads(row[18] or "[]")
    )
    return Quote(
        id=row[1],
        speaker=speaker,
        cue=cue,
        content=TextSpan(c_text, int(c_start), int(c_end)),
        direct=bool(direct),
        sentence=int(sentence),
        rule=rule,
        events=events,
        parts=parts,
    )


def _quote_events(
    store: Store, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], tuple[int, ...]]:
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    for article_id in sorted({k[0] for k in keys}):
        rows = store.query(
            "SELECT quote_id, event_idx FROM quote_events WHERE article_id = ? "
            "ORDER BY quote_id, event_idx",
            (article_id,),
        )
        for quote_id, idx in rows:
            found[(article_id, quote_id)].append(int(idx))
    return {k: tuple(found.get(k, [])) for k in keys}


def article(store: Store, article_id: str) -> StoredArticle | None:
    """An article with its events, quotes and actors, or None if it is not stored."""
    rows = store.query(
        "SELECT id, text, paragraphs, title, date, url, source, coder_version, "
        "lexicon_version, ingested_at FROM articles WHERE id = ?",
        (article_id,),
    )
    if not rows:
        return None
    row = rows[0]
    stored = article_from_row(row[:7])
    events_rows = store.query(
        f"SELECT {STORED_EVENT_SELECT} FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.article_id = ? ORDER BY e.idx",
        (article_id,),
    )
    quote_rows = store.query(
        f"SELECT {_QUOTE_SELECT} FROM quotes q WHERE q.article_id = ? ORDER BY q.idx",
        (article_id,),
    )
    links = _quote_events(store, [(article_id, r[1]) for r in quote_rows])
    quotes = [_quote(r, links[(article_id, r[1])]) for r in quote_rows]
    actor_rows = store.query(
        "SELECT idx, code, name, kind FROM actors WHERE article_id = ? ORDER BY idx",
        (article_id,),
    )
    mention_rows = store.query(
        "SELECT actor_idx, text, start_char, end_char FROM mentions WHERE article_id = ? "
        "ORDER BY actor_idx, idx",
        (article_id,),
    )
    mentions: dict[int, list[TextSpan]] = defaultdict(list)
    for idx, text, start, end in mention_rows:
        mentions[int(idx)].append(TextSpan(text, int(start), int(end)))
    actors = [
        Actor(code, name, kind, tuple(mentions.get(int(idx), [])))
        for idx, code, name, kind in actor_rows
    ]
    return StoredArticle(
        id=stored.id,
        title=stored.title,
        date=stored.date,
        url=stored.url,
        source=stored.source,
        text=stored.text,
        paragraphs=[(p.start_char, p.end_char, p.kind) for p in stored.paragraphs],
        events=[stored_event(r) for r in events_rows],
        quotes=quotes,
        actors=actors,
        coder_version=row[7],
        lexicon_version=row[8],
        ingested_at=row[9],
    )


# ---- quotes -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StoredQuote:
    """A quote read back with its article's provenance."""

    article_id: str
    date: str | None
    title: str | None
    quote: Quote


def quotes_page(
    store: Store,
    *,
    speaker: str | None,
    article_id: str | None,
    text: str | None,
    direct: bool | None,
    limit: int,
    offset: int,
) -> tuple[list[StoredQuote], int]:
    """Quotes, newest article first; ``speaker`` is a speaker code prefix."""
    clauses: list[str] = []
    params: list[Any] = []
    if speaker:
        clause, p = prefix_clause("q.speaker_code", speaker)
        clauses.append(clause)
        params += p
    if article_id is not None:
        clauses.append("q.article_id = ?")
        params.append(article_id)
    if text:
        clause, p = text_clause(store, text, "q.article_id")
        clauses.append(clause)
        params += p
    if direct is not None:
        clauses.append("q.direct = ?")
        params.append(direct)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = int(store.query(f"SELECT count(*) FROM quotes q{where}", params)[0][0])
    rows = store.query(
        f"SELECT {_QUOTE_SELECT}, a.date, a.title FROM quotes q "
        f"JOIN articles a ON a.id = q.article_id{where} "
        "ORDER BY (a.date IS NULL), a.date DESC, q.article_id, q.idx LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    links = _quote_events(store, [(r[0], r[1]) for r in rows])
    n = _QUOTE_COLUMNS
    items = [StoredQuote(r[0], r[n], r[n + 1], _quote(r[:n], links[(r[0], r[1])])) for r in rows]
    return items, total


def speakers(store: Store, *, limit: int) -> list[dict[str, Any]]:
    """Speaker codes with most quotes (unresolved speakers are left out)."""
    rows = store.query(
        "SELECT speaker_code, count(*) AS n FROM quotes "
        "WHERE speaker_code IS NOT NULL AND speaker_code <> '' "
        "GROUP BY speaker_code ORDER BY n DESC, speaker_code LIMIT ?",
        (limit,),
    )
    codes = [r[0] for r in rows]
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    if codes:
        marks = ", ".join("?" * len(codes))
        for code, name, n in store.query(
            "SELECT speaker_code, speaker_name, count(*) FROM quotes "
            f"WHERE speaker_code IN ({marks}) GROUP BY speaker_code, speaker_name",
            codes,
        ):
            if name:
                tally[str(code)][str(name)] += int(n)
    names = {
        code: min(found.items(), key=lambda item: (-item[1], item[0]))[0]
        for code, found in tally.items()
    }
    return [{"code": c, "name": names.get(c, ""), "quotes": int(k)} for c, k in rows]


def counts(store: Store) -> dict[str, int]:
    """Rows in the main tables."""
    return {name: store.count(name) for name in ("articles", "events", "quotes", "actors")}
