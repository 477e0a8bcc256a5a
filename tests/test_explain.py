"""``eventwire explain``: the error-analysis view of one sentence, through the real parser."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire import Pipeline
from eventwire.cli import cli
from eventwire.explain import explain

pytestmark = pytest.mark.slow


def _rows(pipeline: Pipeline, text: str, word: str) -> list[dict[str, str]]:
    return [r for r in explain(pipeline, text).entries if r["text"] == word]


def test_explain_shows_parse_actors_entries_and_events(pipeline: Pipeline) -> None:
    found = explain(pipeline, "The EU called for a ceasefire in Gaza.", date="2015-06-01")
    called = next(t for t in found.tokens if t["text"] == "called")
    assert (called["lemma"], called["pos"], called["dep"]) == ("call", "VERB", "ROOT")
    assert {"text": "EU", "code": "IGOEUREEC"}.items() <= next(
        a for a in found.actors if a["text"] == "EU"
    ).items()
    rows = [r for r in found.entries if r["text"] == "called"]
    fired = [r for r in rows if r["why"].startswith("fired:")]
    assert len(fired) == 1 and fired[0]["cameo"] == "0256"  # "call for" read as "urge"
    assert "IGOEUREEC" in fired[0]["why"]
    # the near misses say what they lacked
    assert any(r["why"].startswith("needs particle 'off'") for r in rows)
    assert [(e["source"]["code"], e["cameo"]) for e in found.events] == [("IGOEUREEC", "0256")]


def test_explain_says_why_no_event_came_out(pipeline: Pipeline) -> None:
    beat = _rows(pipeline, "Germany beat Argentina 1-0 in the World Cup final.", "beat")
    assert any(r["why"].startswith("dropped: a non-political sense") for r in beat)
    summit = _rows(pipeline, "The summit ended on Monday.", "summit")
    assert summit and all("fired" not in r["why"] for r in summit)
    vowed = _rows(pipeline, "Israel vowed to crush Hamas.", "vowed")
    assert any("complement is the event" in r["why"] for r in vowed)


def test_explain_cli_json() -> None:
    result = CliRunner().invoke(cli, ["explain", "--json", "Iran rejected the US proposal."])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"tokens", "actors", "entries", "events"}
    assert any(e["cameo"].startswith("12") for e in data["events"])
