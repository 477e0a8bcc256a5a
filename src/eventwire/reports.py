"""Terminal output of the store commands (rich): ingest progress and summary, events, stats."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from .records import StoredEvent
from .store.ingest import IngestSummary
from .store.queries import StoreStats


@contextmanager
def ingest_progress(
    console: Console, total: int | None, description: str = "ingest"
) -> Iterator[Callable[[IngestSummary], None]]:
    """A progress bar (articles, events, rate, ETA); yields the callback for ``ingest``."""
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[events]} events"),
        TextColumn("{task.fields[rate]} articles/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task(description, total=total, events=0, rate="-")

        def update(summary: IngestSummary) -> None:
            rate = summary.done / summary.seconds if summary.seconds > 0 else 0.0
            progress.update(
                task,
                completed=summary.done,
                total=max(total, summary.done) if total is not None else None,
                events=f"{summary.events:,}",
                rate=f"{rate:.1f}",
            )

        yield update


def print_ingest_summary(summary: IngestSummary, console: Console, title: str = "ingest") -> None:
    table = Table(title=title)
    table.add_column("articles seen", justify="right")
    table.add_column("new", justify="right")
    table.add_column("replaced", justify="right")
    table.add_column("unchanged", justify="right")
    table.add_column("failed", justify="right")
    table.add_column("events", justify="right")
    table.add_column("quotes", justify="right")
    table.add_column("seconds", justify="right")
    table.add_row(
        *(
            f"{n:,}"
            for n in (
                summary.seen,
                summary.new,
                summary.replaced,
                summary.unchanged,
                summary.failed,
                summary.events,
                summary.quotes,
            )
        ),
        f"{summary.seconds:.1f}",
    )
    console.print(table)
    if summary.failures:
        failures = Table(title="failures", show_lines=False)
        failures.add_column("item", overflow="fold")
        failures.add_column("error", overflow="fold")
        for f in summary.failures:
            failures.add_row(escape(f.item), escape(f.message))
        console.print(failures)


def print_events(events: Iterable[StoredEvent], console: Console) -> int:
    table = Table(title="events")
    for col in ("date", "source", "cameo", "target", "trigger", "plover", "article"):
        table.add_column(col, overflow="fold")
    n = 0
    for s in events:
        e = s.event
        table.add_row(
            s.date or "",
            escape(e.source.code if e.source else ""),
            escape(f"{e.cameo} {e.name}"),
            escape(e.target.code if e.target else ""),
            escape(e.trigger.text),
            escape(e.plover),
            escape(s.event_id),
        )
        n += 1
    console.print(table)
    return n


def print_stats(stats: StoreStats, console: Console) -> None:
    totals = Table(title="store")
    for col in ("articles", "events", "quotes", "actors"):
        totals.add_column(col, justify="right")
    totals.add_row(*(f"{n:,}" for n in (stats.articles, stats.events, stats.quotes, stats.actors)))
    console.print(totals)
    for title, header, rows in (
        ("events by month", ("month", "events"), stats.by_month),
        ("events by CAMEO root", ("root", "events"), stats.by_root),
    ):
        table = Table(title=title)
        table.add_column(header[0])
        table.add_column(header[1], justify="right")
        for key, n in rows:
            table.add_row(escape(key), f"{n:,}")
        console.print(table)
    dyads = Table(title="top dyads")
    for col in ("source", "target"):
        dyads.add_column(col)
    dyads.add_column("events", justify="right")
    for src, tgt, n in stats.top_dyads:
        dyads.add_row(escape(src), escape(tgt), f"{n:,}")
    console.print(dyads)
