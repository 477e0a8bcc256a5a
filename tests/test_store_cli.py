"""The store commands: ingest (summary, failures, exit 1), recode, events, export, stats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ceasefire_talks.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the example article and a bad file (ingested once for the module)."""
    folder = tmp_path_factory.mktemp("cli")
    (folder / "in").mkdir()
    (folder / "in" / "talks.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), "utf-8")
    (folder / "in" / "bad.txt").write_bytes(b"\x00\x01binary")
    url = f"sqlite:///{folder / 'cli.db'}"
    code, out, err = run("ingest", str(folder / "in"), "--db", url, "--date", "2022-07-12")
    assert code == 1, err  # bad.txt failed; talks.txt is stored
    assert "failures" in out and "bad.txt" in out and "binary file" in out
    assert "ingest" in err  # the progress bar went to stderr
    code, out, err = run("ingest", str(folder / "in" / "talks.txt"), "--db", url, "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["seen"], summary["unchanged"], summary["new"], summary["events"]) == (
        1,
        1,
        0,
        0,
    )
    return url


def test_cli_events_formats(db: str) -> None:
    code, out, err = run("events", "--db", db, "--format", "jsonl")
    assert code == 0, err
    events = [json.loads(line) for line in out.splitlines()]
    assert events and all(e["article_id"] == "talks" and e["date"] == "2022-07-12" for e in events)
    assert {"event_id", "cameo", "source", "trigger", "coder_version"} <= set(events[0])
    code, out, _ = run("events", "--db", db, "--format", "csv", "--limit", "2")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == min(2, len(events)) and rows[0]["event_id"] == events[0]["event_id"]
    code, out, _ = run("events", "--db", db)
    assert code == 0 and "events" in out
    root = events[0]["root"]
    code, out, _ = run("events", "--db", db, "--root", root, "--format", "jsonl")
    assert all(json.loads(line)["root"] == root for line in out.splitlines())
    code, out, _ = run("events", "--db", db, "--text", "zebra crossing", "--format", "jsonl")
    assert (code, out) == (0, "")


def test_cli_events_bad_filters(db: str) -> None:
    code, _, err = run("events", "--db", db, "--since", "July")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = run("events", "--db", db, "--root", "x")
    assert code == 1 and "root" in err and "Traceback" not in err


def test_cli_export_and_stats(db: str, tmp_path: Path) -> None:
    out_file = tmp_path / "g.tsv"
    code, _, err = run("export", "--format", "gdelt", "--db", db, "--out", str(out_file))
    assert code == 0 and "exported" in err
    assert all(line.count("\t") == 60 for line in out_file.read_text().splitlines())
    code, out, _ = run("export", "--format", "plover", "--db", db)
    assert code == 0 and all(json.loads(line)["id"] for line in out.splitlines())
    code, _, err = run("export", "--format", "parquet", "--db", db)
    assert code == 1 and "--out" in err
    code, out, _ = run("stats", "--db", db, "--json")
    stats = json.loads(out)
    assert stats["articles"] == 1 and stats["by_month"][0][0] == "2022-07"
    code, out, _ = run("stats", "--db", db)
    assert code == 0 and "top dyads" in out


def test_cli_recode_up_to_date(db: str) -> None:
    code, out, err = run("recode", "--db", db)
    assert code == 0, err
    assert "recode" in out
    code, out, err = run("recode", "--db", db, "--all")
    assert code == 0, err


def test_cli_store_errors_are_one_line(tmp_path: Path) -> None:
    code, _, err = run("stats", "--db", str(tmp_path / "nowhere" / "x.db"))
    assert code == 1 and "does not exist" in err and "Traceback" not in err
