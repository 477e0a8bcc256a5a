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


def main() -> None:
    cli(prog_name="eventwire")


if __name__ == "__main__":
    main()
