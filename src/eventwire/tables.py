"""Human-readable tables of coded articles for the terminal (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .records import ArticleResult


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
