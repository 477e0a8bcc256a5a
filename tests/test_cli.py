"""The CLI: code (json/jsonl/table, stdin, --date), exit codes on bad input, eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ceasefire_talks.txt"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_cli_code_example_json_contract() -> None:
    code, out, err = run("code", str(EXAMPLE), "--date", "2022-07-12", "--format", "jsonl")
    assert code == 0, err
    [obj] = [json.loads(line) for line in out.splitlines()]
    assert obj["id"] == "ceasefire_talks"
    assert obj["date"] == "2022-07-12"
    assert obj["title"].startswith("Turkey hosts talks")
    assert {"id", "title", "date", "events", "quotes", "actors"} <= set(obj)
    event = obj["events"][0]
    for key in (
        "cameo",
        "plover",
        "goldstein",
        "quad_class",
        "source",
        "target",
        "trigger",
        "negated",
        "hypothetical",
        "confidence",
        "rule",
        "sentence",
    ):
        assert key in event
    assert isinstance(event["cameo"], str)
    text = EXAMPLE.read_text(encoding="utf-8")
    for e in obj["events"]:
        for side in ("source", "target"):
            if e[side]:
                assert text[e[side]["start_char"] : e[side]["end_char"]] == e[side]["text"]
    for q in obj["quotes"]:
        assert text[q["content"]["start_char"] : q["content"]["end_char"]] == q["content"]["text"]
        assert set(q["speaker"]) >= {"text", "name", "code", "start_char", "end_char"}


def test_cli_code_stdin_and_table() -> None:
    code, out, _ = run("code", "-", "--format", "table", stdin=EXAMPLE.read_text())
    assert code == 0
    assert "events" in out and "quotes" in out


def test_cli_bad_inputs_fail_cleanly(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(EXAMPLE.read_text(), encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    (tmp_path / "empty.txt").write_text("")
    code, out, err = run("code", str(tmp_path), "--format", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == 1
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 2 and any("bad.txt" in x for x in lines)
    assert "Traceback" not in err


def test_cli_rejects_bad_date() -> None:
    code, _, err = run("code", str(EXAMPLE), "--date", "21/10/2011")
    assert code == 2 and "YYYY-MM-DD" in err


def test_cli_eval_events_jsonl(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "1",
                "date": "2011-01-01",
                "expected": [{"source": "PAK", "target": "IND", "cameo": "112"}],
                "text": "Pakistan accused India of backing militants.",
            }
        )
        + "\n"
    )
    code, out, err = run("eval", str(gold), "--json")
    assert code == 0, err
    scores = json.loads(out)
    assert scores["root"]["gold"] == 1
    assert set(scores["root"]) >= {"precision", "recall", "f1"}


def test_cli_eval_unknown_gold_kind(tmp_path: Path) -> None:
    bad = tmp_path / "gold.csv"
    bad.write_text("x")
    code, _, err = run("eval", str(bad))
    assert code == 1 and "unknown gold kind" in err


def test_pipeline_loads_the_model_only_to_code_something() -> None:
    """A re-ingest with nothing new (only errors or no items) never loads spaCy."""
    from eventwire import Pipeline, Settings
    from eventwire.records import ItemError

    pipeline = Pipeline(Settings())
    out = list(pipeline.code_many([ItemError("x", "x: empty")]))
    assert out == [ItemError("x", "x: empty")]
    assert pipeline._nlp is None
