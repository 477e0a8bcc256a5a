"""The ``eventwire`` command: thin commands over the library.

Each command parses its options, builds Settings, calls one library function
and translates EventwireError into a one-line message and a non-zero exit.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import EventwireError
from .settings import SETTINGS_TABLE, Settings

F = TypeVar("F", bound=Callable[..., Any])
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _help(name: str) -> str:
    return next(s.help for s in SETTINGS_TABLE if s.name == name)


def _translate_errors(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper  # type: ignore[return-value]


def _check_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not _DATE.match(value):
        raise click.BadParameter("use YYYY-MM-DD")
    return value


def _settings(**overrides: Any) -> Settings:
    return Settings.from_env(**overrides)


@click.group()
@click.version_option(package_name="eventwire")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to stderr.")
def cli(verbose: int) -> None:
    """eventwire: code news articles into events, actors and quotes."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", callback=_check_date, help=_help("default_date"))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "table"]),
    default="json",
    show_default=True,
    help="json: one indented object per article; jsonl: one line each.",
)
@click.option("--max-bytes", type=int, help=_help("max_bytes"))
@click.option("--model", help=_help("model"))
@click.option(
    "--data-dir", type=click.Path(file_okay=False, path_type=Path), help=_help("data_dir")
)
@_translate_errors
def code(
    paths: tuple[str, ...],
    date: str | None,
    fmt: str,
    max_bytes: int | None,
    model: str | None,
    data_dir: Path | None,
) -> None:
    """Code articles: PATH is a text/HTML file, a folder, a JSONL corpus or - for stdin."""
    from .ingest import read_items
    from .pipeline import Pipeline
    from .records import ItemError
    from .serialize import result as serialize
    from .tables import print_table

    settings = _settings(default_date=date, max_bytes=max_bytes, model=model, data_dir=data_dir)
    failures = 0
    with Pipeline(settings) as pipeline:
        for item in pipeline.code_many(read_items(paths, max_bytes=settings.max_bytes)):
            if isinstance(item, ItemError):
                failures += 1
                click.echo(f"error: {item.message}", err=True)
                continue
            if fmt == "table":
                print_table(item, min_confidence=settings.min_confidence)
                continue
            obj = serialize(item, min_confidence=settings.min_confidence)
            indent = 2 if fmt == "json" else None
            click.echo(json.dumps(obj, ensure_ascii=False, indent=indent))
    if failures:
        click.echo(f"{failures} item(s) failed", err=True)
        sys.exit(1)


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option("--date", callback=_check_date, help=_help("default_date"))
@click.option(
    "--errors",
    "show_errors",
    type=int,
    default=20,
    show_default=True,
    help="How many error rows to print (0 for none).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--limit", type=int, help="Score only the first N gold items.")
@_translate_errors
def eval_(gold: Path, date: str | None, show_errors: int, as_json: bool, limit: int | None) -> None:
    """Score against gold: event JSONL, a PolNeAR folder, or an article .gold.json."""
    from .evaluate import evaluate, print_report
    from .pipeline import Pipeline

    settings = _settings(default_date=date)
    with Pipeline(settings) as pipeline:
        report = evaluate(pipeline, gold, limit=limit)
    if as_json:
        click.echo(json.dumps(report.scores, indent=2))
    else:
        print_report(report, show_errors)


@cli.command()
@click.argument("text")
@click.option("--date", callback=_check_date, help=_help("default_date"))
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
@_translate_errors
def explain(text: str, date: str | None, as_json: bool) -> None:
    """Show the parse, actors and lexicon entries (fired or nearly fired) for TEXT."""
    from dataclasses import asdict

    from .explain import explain as run_explain
    from .pipeline import Pipeline
    from .tables import print_explanation

    with Pipeline(_settings(default_date=date)) as pipeline:
        explanation = run_explain(pipeline, text)
    if as_json:
        click.echo(json.dumps(asdict(explanation), indent=2, ensure_ascii=False))
    else:
        print_explanation(explanation)


# ---- the event store ---------------------------------------------------------------
def _db_option(func: F) -> F:
    return click.option("--db", help=_help("db"))(func)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--date", callback=_check_date, help=_help("default_date"))
@click.option("--max-bytes", type=int, help=_help("max_bytes"))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@_translate_errors
def ingest(
    paths: tuple[str, ...], db: str | None, date: str | None, max_bytes: int | None, as_json: bool
) -> None:
    """Code articles into the event store; articles already stored unchanged are skipped.

    PATH is a text/HTML file, a folder, a JSONL corpus, an RSS/Atom feed or - for stdin.
    Exits 1 if any item could not be read or coded (the others are stored).
    """
    from rich.console import Console

    from .ingest import read_items
    from .pipeline import Pipeline
    from .reports import ingest_progress, print_ingest_summary
    from .store import open_store
    from .store.ingest import estimate_items, summary_dict
    from .store.ingest import ingest as run_ingest

    settings = _settings(db=db, default_date=date, max_bytes=max_bytes)
    err = Console(stderr=True)
    total = estimate_items(paths)
    with (
        open_store(settings.db) as store,  # first: a bad --db fails before the model loads
        Pipeline(settings) as pipeline,
        ingest_progress(err, total) as progress,
    ):
        items = read_items(paths, max_bytes=settings.max_bytes)
        summary = run_ingest(pipeline, store, items, progress=progress)
    if as_json:
        click.echo(json.dumps(summary_dict(summary), indent=2))
    else:
        print_ingest_summary(summary, Console())
    if summary.failed:
        sys.exit(1)


@cli.command()
@_db_option
@click.option(
    "--all", "everything", is_flag=True, help="Re-code every article, not only outdated ones."
)
@_translate_errors
def recode(db: str | None, everything: bool) -> None:
    """Re-code the stored article texts after a lexicon or coder change.

    Only articles coded by another coder or lexicon version are re-coded (so an
    interrupted recode resumes), unless --all. Sources are not read again.
    """
    from rich.console import Console

    from .pipeline import Pipeline
    from .reports import ingest_progress, print_ingest_summary
    from .store import open_store
    from .store.ingest import recode as run_recode

    settings = _settings(db=db)
    with open_store(settings.db) as store, Pipeline(settings) as pipeline:
        total = len(
            store.article_ids(
                not_coded_by=None if everything else (pipeline.version, pipeline.lexicon.version)
            )
        )
        with ingest_progress(Console(stderr=True), total, "recode") as progress:
            summary = run_recode(pipeline, store, everything=everything, progress=progress)
    print_ingest_summary(summary, Console(), title="recode")
    if summary.failed:
        sys.exit(1)


@cli.command()
@_db_option
@click.option("--actor", help="Actor code prefix, as source or target (USA matches USAGOV).")
@click.option("--dyad", nargs=2, help="Source and target code prefixes: --dyad USA AFG.")
@click.option("--root", help="CAMEO root code, e.g. 04 or 19.")
@click.option("--quad", type=click.IntRange(1, 4), help="Quad class 1-4.")
@click.option("--since", callback=_check_date, help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", callback=_check_date, help="Events on or before this date (YYYY-MM-DD).")
@click.option("--text", help="Words that must all occur in the article (full-text search).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "jsonl"]),
    default="table",
    show_default=True,
    help="table for reading, csv/jsonl for tools.",
)
@click.option("--limit", type=click.IntRange(min=0), help="At most N events.")
@_translate_errors
def events(
    db: str | None,
    actor: str | None,
    dyad: tuple[str, str] | None,
    root: str | None,
    quad: int | None,
    since: str | None,
    until: str | None,
    text: str | None,
    fmt: str,
    limit: int | None,
) -> None:
    """Query stored events; filters combine (AND)."""
    from rich.console import Console

    from .reports import print_events
    from .serialize import stored_event
    from .store import open_store
    from .store.exports import write_csv
    from .store.queries import iter_events

    settings = _settings(db=db)
    with open_store(settings.db) as store:
        found = iter_events(
            store,
            actor=actor,
            dyad=tuple(dyad) if dyad else None,  # type: ignore[arg-type]
            root=root,
            quad=quad,
            since=since,
            until=until,
            text=text,
            limit=limit,
        )
        if fmt == "table":
            print_events(found, Console())
        elif fmt == "jsonl":
            for s in found:
                obj = stored_event(s, min_confidence=settings.min_confidence)
                click.echo(json.dumps(obj, ensure_ascii=False))
        else:
            write_csv(found, sys.stdout)


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["phoenix", "icews", "gdelt", "plover", "csv", "parquet"]),
    required=True,
    help="Layout of a public event dataset (see docs/store.md), csv, or parquet.",
)
@_db_option
@click.option(
    "--out", default="-", show_default=True, help="File (- for stdout); a folder for parquet."
)
@_translate_errors
def export(fmt: str, db: str | None, out: str) -> None:
    """Export every stored event as Phoenix, ICEWS, GDELT 2.0, PLOVER, CSV or Parquet."""
    from .store import export as run_export
    from .store import open_store

    settings = _settings(db=db)
    with open_store(settings.db) as store:
        count = run_export(store, fmt, out)
    click.echo(f"exported {count:,} events as {fmt} to {out if out != '-' else 'stdout'}", err=True)


@cli.command()
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@_translate_errors
def stats(db: str | None, as_json: bool) -> None:
    """Counts in the store: events by month and by CAMEO root, top dyads."""
    from dataclasses import asdict

    from rich.console import Console

    from .reports import print_stats
    from .store import open_store
    from .store import stats as run_stats

    settings = _settings(db=db)
    with open_store(settings.db) as store:
        result = run_stats(store)
    if as_json:
        click.echo(json.dumps(asdict(result), indent=2))
    else:
        print_stats(result, Console())


@cli.command()
@_db_option
@click.option("--host", help=_help("host") + " Default 127.0.0.1 (this machine only).")
@click.option("--port", type=click.IntRange(1, 65535), help=_help("port") + " Default 8321.")
@_translate_errors
def serve(db: str | None, host: str | None, port: int | None) -> None:
    """Serve the HTTP API and the analyst dashboard over the event store.

    Read-only unless EVENTWIRE_TOKEN is set, which enables POST /ingest for
    requests carrying 'Authorization: Bearer <token>'. Stop with Ctrl-C.
    """
    import uvicorn

    from .api import create_app
    from .store import open_store

    settings = _settings(db=db, host=host, port=port)
    with open_store(settings.db) as store:
        app = create_app(settings, store)
        shown = f"[{settings.host}]" if ":" in settings.host else settings.host
        click.echo(
            f"eventwire: serving {store.display_url} on http://{shown}:{settings.port}/ui/ "
            f"(API docs: /docs; ingest {'enabled' if settings.token else 'disabled'})",
            err=True,
        )
        uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")


@cli.command(name="quotes")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--speaker", help="Only quotes whose speaker name or words contain this (case-insensitive)."
)
@click.option("--date", callback=_check_date, help=_help("default_date"))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table for reading; jsonl: one quote per line with its article and spans.",
)
@_translate_errors
def quotes_(paths: tuple[str, ...], speaker: str | None, date: str | None, fmt: str) -> None:
    """List who said what across a corpus: PATH is a text/HTML file, a folder, a JSONL
    corpus or - for stdin. Exits 1 if any item could not be read or coded."""
    from collections.abc import Iterator

    from rich.console import Console

    from .ingest import read_items
    from .pipeline import Pipeline
    from .quotes.view import print_quotes, quote_record
    from .quotes.view import quotes as find_quotes
    from .records import ArticleResult, ItemError

    settings = _settings(default_date=date)
    failures = 0

    with Pipeline(settings) as pipeline:

        def coded() -> Iterator[ArticleResult]:
            nonlocal failures
            for item in pipeline.code_many(read_items(paths, max_bytes=settings.max_bytes)):
                if isinstance(item, ItemError):
                    failures += 1
                    click.echo(f"error: {item.message}", err=True)
                    continue
                yield item

        rows = find_quotes(coded(), speaker=speaker)
        if fmt == "jsonl":
            for article_id, quote in rows:
                click.echo(json.dumps(quote_record(article_id, quote), ensure_ascii=False))
        else:
            print_quotes(rows, Console())
    if failures:
        click.echo(f"{failures} item(s) failed", err=True)
        sys.exit(1)


def main() -> None:
    try:
        cli(prog_name="eventwire")
    except Exception as exc:  # last resort: one line, never a traceback
        logging.getLogger("eventwire").debug("unexpected error", exc_info=True)
        click.echo(
            f"error: internal error ({exc.__class__.__name__}: {exc}); run with -vv for details",
            err=True,
        )
        sys.exit(1)


if __name__ == "__main__":
    main()
