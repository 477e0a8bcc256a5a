"""Human-readable tables of coded articles for the terminal (rich)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .records import ArticleResult

if TYPE_CHECKING:
    from .explain import Explanation


def _table(title: str, rows: list[dict[str, Any]], columns: list[str]) -> Table:
    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(escape(str(row.get(c, ""))) for c in columns))
    return table


def print_explanation(x: Explanation, console: Console | None = None) -> None:
    console = console or Console()
    console.print(
        _table("parse", x.tokens, ["i", "text", "lemma", "pos", "dep", "head", "ent", "entry"])
    )
    console.print(_table("actors", x.actors, ["token", "text", "code", "name", "rule"]))
    console.print(_table("lexicon entries", x.entries, ["token", "text", "rule", "cameo", "why"]))
    events = [
        {
            "source": (e["source"] or {}).get("code"),
            "cameo": e["cameo"],
            "target": (e["target"] or {}).get("code"),
            "trigger": e["trigger"]["text"],
            "confidence": e["confidence"],
            "rule": e["rule"],
        }
        for e in x.events
    ]
    console.print(
        _table("events", events, ["source", "cameo", "target", "trigger", "confidence", "rule"])
    )


def print_table(
    result: ArticleResult, *, min_confidence: float, console: Console | None = None
) -> None:
    console = console or Console()
    title = escape(f"{result.article.id} {result.article.title or ''}")
    events = Table(title=f"{title} — events", show_lines=False)
    for col in ("sent", "source", "cameo", "target", "trigger", "flags", "conf"):
        events.add_column(col)
    for e in result.events:
        flags = ",".join(
            f
            for f, on in (
                ("neg", e.negated),
                ("hyp", e.hypothetical),
                ("caption", e.caption),
                ("quoted", e.reported_by is not None),
                ("low", e.confidence < min_confidence),
            )
            if on
        )
        events.add_row(
            str(e.sentence),
            escape(f"{e.source.code} ({e.source.text})") if e.source else "-",
            f"{e.cameo} {e.name}",
            escape(f"{e.target.code} ({e.target.text})") if e.target else "-",
            escape(e.trigger.text),
            flags,
            f"{e.confidence:.2f}",
        )
    console.print(events)
    quotes = Table(title=f"{escape(result.article.id)} — quotes")
    for col in ("speaker", "code", "cue", "content", "direct"):
        quotes.add_column(col)
    for q in result.quotes:
        content = q.content.text if len(q.content.text) < 90 else q.content.text[:87] + "..."
        quotes.add_row(
            escape(q.speaker.name) if q.speaker else "-",
            (q.speaker.code or "-") if q.speaker else "-",
            escape(q.cue.text) if q.cue else "-",
            escape(content),
            "yes" if q.direct else "no",
        )
    console.print(quotes)
