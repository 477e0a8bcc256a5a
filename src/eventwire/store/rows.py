"""Records <-> table rows, in one place: what the store writes and what it reads back.

Column tuples here are the single source for INSERTs and SELECTs; the DDL in
``schema_*.sql`` must have the same columns (tests compare them).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from ..records import (
    ActorRef,
    Article,
    ArticleResult,
    Event,
    Paragraph,
    StoredEvent,
    TextSpan,
)
from .migrations import SCHEMA_VERSION

Row = tuple[Any, ...]

VERSIONS = ("schema_version", "coder_version", "lexicon_version")
ARTICLE_COLUMNS = (
    "id",
    "hash",
    "title",
    "date",
    "url",
    "source",
    "text",
    "paragraphs",
    *VERSIONS,
    "ingested_at",
)
ACTOR_COLUMNS = ("article_id", "idx", "code", "name", "kind", *VERSIONS)
MENTION_COLUMNS = ("article_id", "actor_idx", "idx", "text", "start_char", "end_char", *VERSIONS)
_REF = ("code", "name", "text", "start_char", "end_char", "kind", "rule")
EVENT_COLUMNS = (
    "article_id",
    "idx",
    "event_id",
    "date",
    "cameo",
    "root",
    "name",
    "quad_class",
    "goldstein",
    "plover",
    "plover_mode",
    *(f"source_{c}" for c in _REF),
    *(f"target_{c}" for c in _REF),
    "trigger_text",
    "trigger_start_char",
    "trigger_end_char",
    "sentence",
    "lead",
    "negated",
    "hypothetical",
    "confidence",
    "caption",
    "rule",
    "reported_by",
    *VERSIONS,
)
QUOTE_COLUMNS = (
    "article_id",
    "idx",
    "quote_id",
    *(f"speaker_{c}" for c in _REF),
    "cue_text",
    "cue_start_char",
    "cue_end_char",
    "content_text",
    "content_start_char",
    "content_end_char",
    "parts",
    "direct",
    "sentence",
    "rule",
    *VERSIONS,
)
QUOTE_EVENT_COLUMNS = ("article_id", "quote_id", "event_idx", *VERSIONS)

TABLES: dict[str, tuple[str, ...]] = {
    "articles": ARTICLE_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "events": EVENT_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "quote_events": QUOTE_EVENT_COLUMNS,
}
CHILD_TABLES = ("quote_events", "quotes", "events", "mentions", "actors")

# What query_events reads: every event column, then the article's title, url and source.
STORED_EVENT_SELECT = ", ".join(
    [f"e.{c}" for c in EVENT_COLUMNS] + ["a.title", "a.url", "a.source", "a.ingested_at"]
)


def article_hash(article: Article) -> str:
    """sha256 of the article as read: its text and metadata (id excluded).

    Computed before coding, so ``--date`` (applied while coding) does not change it.
    """
    payload = json.dumps(
        [article.text, article.title, article.date, article.url, article.source],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def event_id(article_id: str, index: int) -> str:
    """Stable id of an event: its article id and its position in the article."""
    return f"{article_id}:{index}"


def paragraphs_json(paragraphs: Sequence[Paragraph]) -> str:
    return json.dumps([[p.start_char, p.end_char, p.kind] for p in paragraphs])


def paragraphs_from_json(raw: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(int(s), int(e), k) for s, e, k in json.loads(raw))


def _ref(ref: ActorRef | None) -> Row:
    if ref is None:
        return (None,) * len(_REF)
    return (ref.code, ref.name, ref.text, ref.start_char, ref.end_char, ref.kind, ref.rule)


def _span(span: TextSpan | None) -> Row:
    if span is None:
        return (None, None, None)
    return (span.text, span.start_char, span.end_char)


def _in_lead(article: Article, char: int) -> bool:
    """True if ``char`` lies in the headline or the first body paragraph."""
    for p in article.paragraphs:
        if p.kind == "headline" and p.start_char <= char < p.end_char:
            return True
        if p.kind == "body":
            return p.start_char <= char < p.end_char
    return False


def result_rows(result: ArticleResult, hash_: str, ingested_at: str) -> dict[str, list[Row]]:
    """Every row one coded article puts in the store, by table."""
    a = result.article
    versions = (SCHEMA_VERSION, result.coder_version, result.lexicon_version)
    rows: dict[str, list[Row]] = {name: [] for name in TABLES}
    rows["articles"].append(
        (
            a.id,
            hash_,
            a.title,
            a.date,
            a.url,
            a.source,
            a.text,
            paragraphs_json(a.paragraphs),
            *versions,
            ingested_at,
        )
    )
    for i, actor in enumerate(result.actors):
        rows["actors"].append((a.id, i, actor.code, actor.name, actor.kind, *versions))
        for j, m in enumerate(actor.mentions):
            rows["mentions"].append((a.id, i, j, m.text, m.start_char, m.end_char, *versions))
    for i, e in enumerate(result.events):
        rows["events"].append(
            (
                a.id,
                i,
                event_id(a.id, i),
                a.date,
                e.cameo,
                e.root,
                e.name,
                e.quad_class,
                e.goldstein,
                e.plover,
                e.plover_mode,
                *_ref(e.source),
                *_ref(e.target),
                *_span(e.trigger),
                e.sentence,
                _in_lead(a, e.trigger.start_char),
                e.negated,
                e.hypothetical,
                e.confidence,
                e.caption,
                e.rule,
                e.reported_by,
                *versions,
            )
        )
    for i, q in enumerate(result.quotes):
        rows["quotes"].append(
            (
                a.id,
                i,
                q.id,
                *_ref(q.speaker),
                *_span(q.cue),
                *_span(q.content),
                json.dumps([[p.start_char, p.end_char] for p in q.parts]),
                q.direct,
                q.sentence,
                q.rule,
                *versions,
            )
        )
        for event_index in q.events:
            rows["quote_events"].append((a.id, q.id, event_index, *versions))
    return rows


def article_from_row(row: Row) -> Article:
    """An Article from (id, text, paragraphs, title, date, url, source)."""
    id_, text, paragraphs, title, date, url, source = row
    return Article(
        id=id_,
        text=text,
        paragraphs=paragraphs_from_json(paragraphs),
        title=title,
        date=date,
        url=url,
        source=source,
    )


def _ref_from(values: Sequence[Any]) -> ActorRef | None:
    code, name, text, start_char, end_char, kind, rule = values
    if text is None:
        return None
    return ActorRef(
        code=code or "",
        text=text,
        start_char=int(start_char),
        end_char=int(end_char),
        name=name or "",
        kind=kind or "",
        rule=rule or "",
    )


def stored_event(row: Sequence[Any]) -> StoredEvent:
    """A StoredEvent from a row selected with STORED_EVENT_SELECT."""
    v = dict(zip(EVENT_COLUMNS, row, strict=False))
    n = len(_REF)
    start = EVENT_COLUMNS.index("source_code")
    source = _ref_from(row[start : start + n])
    start = EVENT_COLUMNS.index("target_code")
    target = _ref_from(row[start : start + n])
    title, url, publisher, ingested_at = row[len(EVENT_COLUMNS) :]
    event = Event(
        cameo=v["cameo"],
        root=v["root"],
        name=v["name"],
        goldstein=float(v["goldstein"]),
        quad_class=int(v["quad_class"]),
        plover=v["plover"],
        plover_mode=v["plover_mode"],
        source=source,
        target=target,
        trigger=TextSpan(
            v["trigger_text"], int(v["trigger_start_char"]), int(v["trigger_end_char"])
        ),
        sentence=int(v["sentence"]),
        negated=bool(v["negated"]),
        hypothetical=bool(v["hypothetical"]),
        rule=v["rule"],
        confidence=float(v["confidence"]),
        caption=bool(v["caption"]),
        reported_by=v["reported_by"],
    )
    return StoredEvent(
        event_id=v["event_id"],
        article_id=v["article_id"],
        index=int(v["idx"]),
        date=v["date"],
        title=title,
        url=url,
        publisher=publisher,
        lead=bool(v["lead"]),
        event=event,
        schema_version=int(v["schema_version"]),
        coder_version=v["coder_version"],
        lexicon_version=v["lexicon_version"],
        ingested_at=ingested_at,
    )
