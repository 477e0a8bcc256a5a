"""The quotes view (who said what across a corpus) and the ``eventwire quotes`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from eventwire.cli import cli
from eventwire.quotes.view import print_quotes, quote_record, quotes
from eventwire.records import ActorRef, Article, ArticleResult, ItemError, Quote, TextSpan


def _quote(qid: str, name: str, words: str, content: str) -> Quote:
    speaker = ActorRef("USAGOV", words, 0, len(words), name, "person", "test")
    return Quote(qid, speaker, None, TextSpan(content, 10, 10 + len(content)), True, 0, "test")


def _result(article_id: str, *qs: Quote) -> ArticleResult:
    return ArticleResult(Article(article_id, "", ()), (), qs, (), "0", "0")


RESULTS = [
    _result("a1", _quote("q1", "Hillary Clinton", "she", '"We are ready"')),
    ItemError("bad", "bad: not coded"),
    _result(
        "a2",
        _quote("q1", "Barack Obama", "the president", "the economy grew"),
        Quote("q2", None, None, TextSpan("it is over", 0, 10), False, 0, "test"),
    ),
]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        (None, [("a1", "q1"), ("a2", "q1"), ("a2", "q2")]),
        ("CLINTON", [("a1", "q1")]),
        ("president", [("a2", "q1")]),  # the speaker's words, not only the name
        ("nobody", []),
    ],
)
def test_quotes_view_filters_by_speaker(
    speaker: str | None, expected: list[tuple[str, str]]
) -> None:
    assert [(aid, q.id) for aid, q in quotes(RESULTS, speaker=speaker)] == expected


def test_quotes_view_record_and_table() -> None:
    [(aid, q)] = list(quotes(RESULTS, speaker="clinton"))
    record = quote_record(aid, q)
    assert record["article"] == "a1" and record["speaker"]["name"] == "Hillary Clinton"
    assert record["content"] == {"text": '"We are ready"', "start_char": 10, "end_char": 24}
    console = Console(record=True, width=200)
    assert print_quotes(quotes(RESULTS), console) == 3
    shown = console.export_text()
    assert "Hillary Clinton" in shown and "10-24" in shown


@pytest.mark.slow
def test_cli_quotes_lists_a_speaker_across_files(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(
        'Hillary Clinton arrived on Monday.\n\n"We are ready," she said.\n', encoding="utf-8"
    )
    (tmp_path / "two.txt").write_text(
        "Barack Obama spoke in Ohio. He said the economy was improving.\n", encoding="utf-8"
    )
    runner = CliRunner()
    result = runner.invoke(
        cli, ["quotes", str(tmp_path), "--speaker", "clinton", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.stderr
    [obj] = [json.loads(line) for line in result.stdout.splitlines()]
    assert obj["article"] == "one" and obj["speaker"]["text"] == "she"
    assert obj["content"]["text"] == '"We are ready,"' and obj["cue"]["text"] == "said"

    table = runner.invoke(cli, ["quotes", str(tmp_path), "--date", "2016-05-01"])
    assert table.exit_code == 0 and "Barack Obama" in table.stdout and "Hillary" in table.stdout


@pytest.mark.slow
def test_cli_quotes_reports_bad_items(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text('"We are ready," she said.\n', encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["quotes", str(good), str(tmp_path / "missing.txt"), "--format", "jsonl"]
    )
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(result.stdout.splitlines()) == 1


def test_cli_quotes_rejects_bad_date() -> None:
    result = CliRunner().invoke(cli, ["quotes", "x.txt", "--date", "May 1"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr
