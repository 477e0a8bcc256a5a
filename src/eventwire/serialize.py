"""Records <-> JSON, in one place. This is the public contract of ``eventwire code``.

The layout is documented in docs/output.md with its SCHEMA_VERSION; change it
only additively.
"""

from __future__ import annotations

from typing import Any

from .records import (
    SCHEMA_VERSION,
    Actor,
    ActorRef,
    ArticleResult,
    Event,
    Quote,
    StoredEvent,
    TextSpan,
)


def span(s: TextSpan | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"text": s.text, "start_char": s.start_char, "end_char": s.end_char}


def actor_ref(ref: ActorRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {
        "code": ref.code or None,
        "name": ref.name,
        "text": ref.text,
        "start_char": ref.start_char,
        "end_char": ref.end_char,
        "kind": ref.kind,
        "rule": ref.rule,
    }


def event(e: Event) -> dict[str, Any]:
    return {
        "cameo": e.cameo,
        "root": e.root,
        "name": e.name,
        "plover": e.plover or None,
        "plover_mode": e.plover_mode or None,
        "goldstein": e.goldstein,
        "quad_class": e.quad_class,
        "source": actor_ref(e.source),
        "target": actor_ref(e.target),
        "trigger": span(e.trigger),
        "sentence": e.sentence,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "confidence": e.confidence,
        "low_confidence": None,  # filled by result(), which knows the threshold
        "caption": e.caption,
        "rule": e.rule,
        "reported_by": e.reported_by,
    }


def quote(q: Quote) -> dict[str, Any]:
    speaker = None
    if q.speaker is not None:
        speaker = {
            "text": q.speaker.text,
            "name": q.speaker.name,
            "code": q.speaker.code or None,
            "start_char": q.speaker.start_char,
            "end_char": q.speaker.end_char,
        }
    return {
        "id": q.id,
        "speaker": speaker,
        "cue": span(q.cue),
        "content": span(q.content),
        "direct": q.direct,
        "sentence": q.sentence,
        "rule": q.rule,
        "events": list(q.events),
        "parts": [span(p) for p in q.parts],
    }


def actor(a: Actor) -> dict[str, Any]:
    return {
        "code": a.code,
        "name": a.name,
        "kind": a.kind,
        "mentions": [span(m) for m in a.mentions],
    }


def result(r: ArticleResult, *, min_confidence: float = 0.5) -> dict[str, Any]:
    """The JSON object printed for one article."""
    events = []
    for e in r.events:
        item = event(e)
        item["low_confidence"] = e.confidence < min_confidence
        events.append(item)
    a = r.article
    return {
        "schema_version": SCHEMA_VERSION,
        "id": a.id,
        "title": a.title,
        "date": a.date,
        "url": a.url,
        "source": a.source,
        "coder_version": r.coder_version,
        "lexicon_version": r.lexicon_version,
        "events": events,
        "quotes": [quote(q) for q in r.quotes],
        "actors": [actor(x) for x in r.actors],
    }


def stored_event(s: StoredEvent, *, min_confidence: float = 0.5) -> dict[str, Any]:
    """One line of ``eventwire events --format jsonl``: the event plus its provenance."""
    item = event(s.event)
    item["low_confidence"] = s.event.confidence < min_confidence
    return {
        "event_id": s.event_id,
        "article_id": s.article_id,
        "date": s.date,
        "title": s.title,
        "url": s.url,
        "publisher": s.publisher,
        **item,
        "schema_version": s.schema_version,
        "coder_version": s.coder_version,
        "lexicon_version": s.lexicon_version,
        "ingested_at": s.ingested_at,
    }
