"""Ingest and recode: skip stored articles before coding, replace changed ones, list failures.

A stand-in pipeline (no model) codes every article as the sample article; the last
tests run the real pipeline and are marked slow.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from eventwire import Pipeline, read_items
from eventwire.records import Article, ArticleResult, ItemError
from eventwire.store import IngestSummary, ingest, open_store, query_events, recode
from eventwire.store.ingest import estimate_items
from eventwire.testing import SAMPLE_TEXT, sample_result


class FakePipeline:
    """Codes every article like the sample article; fails on texts containing FAIL."""

    version = "0.1.0"

    def __init__(self, lexicon: str = "lex-1") -> None:
        self.lexicon = SimpleNamespace(version=lexicon)
        self.coded: list[str] = []

    def code_many(
        self, items: Iterable[Article | ItemError]
    ) -> Iterator[ArticleResult | ItemError]:
        for item in items:
            if isinstance(item, ItemError):
                yield item
                continue
            self.coded.append(item.id)
            if "FAIL" in item.text:
                yield ItemError(item.id, f"{item.id}: coding failed (boom)")
                continue
            result = sample_result(item.id, text=item.text, lexicon_version=self.lexicon.version)
            yield replace(result, article=item)


def corpus(path: Path, n: int, *, changed: int | None = None, extra: str = "") -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = SAMPLE_TEXT + (" Changed." if i == changed else "")
            out.write(json.dumps({"id": f"a{i:02d}", "text": text, "date": "2022-07-12"}) + "\n")
        out.write(extra)
    return path


def run(pipeline: Any, url: str, path: Path, **kwargs: Any) -> IngestSummary:
    with open_store(url) as store:
        return ingest(pipeline, store, read_items([str(path)], max_bytes=100_000), **kwargs)


def test_store_ingest_then_reingest_codes_nothing(store_url: str, tmp_path: Path) -> None:
    """A second run finds every article stored: nothing is coded, nothing added."""
    path = corpus(tmp_path / "c.jsonl", 12)
    first = run(FakePipeline(), store_url, path, commit_every=5)
    assert (first.seen, first.new, first.unchanged, first.failed) == (12, 12, 0, 0)
    assert (first.events, first.quotes) == (36, 12)
    again = FakePipeline()
    second = run(again, store_url, path)
    assert again.coded == []
    assert (second.seen, second.new, second.replaced, second.unchanged) == (12, 0, 0, 12)
    assert (second.events, second.quotes) == (0, 0)
    with open_store(store_url) as store:
        assert (store.count("articles"), store.count("events")) == (12, 36)


def test_store_ingest_replaces_only_changed_articles(store_url: str, tmp_path: Path) -> None:
    run(FakePipeline(), store_url, corpus(tmp_path / "c.jsonl", 6))
    pipeline = FakePipeline()
    summary = run(pipeline, store_url, corpus(tmp_path / "c2.jsonl", 6, changed=3))
    assert pipeline.coded == ["a03"]
    assert (summary.new, summary.replaced, summary.unchanged) == (0, 1, 5)
    with open_store(store_url) as store:
        [(article, _)] = store.articles(["a03"])
        assert article.text.endswith("Changed.")
        assert store.count("events") == 18


def test_store_ingest_lists_failures_and_stores_the_rest(store_url: str, tmp_path: Path) -> None:
    bad = "{not json\n" + json.dumps({"id": "boom", "text": SAMPLE_TEXT + " FAIL"}) + "\n"
    summary = run(FakePipeline(), store_url, corpus(tmp_path / "c.jsonl", 3, extra=bad))
    assert (summary.seen, summary.new, summary.failed) == (4, 3, 2)
    assert [f.item for f in summary.failures] == [f"{tmp_path / 'c.jsonl'}:4", "boom"]
    assert "malformed JSON" in summary.failures[0].message
    with open_store(store_url) as store:
        assert store.count("articles") == 3


def test_store_ingest_duplicate_ids_in_one_run(store_url: str, tmp_path: Path) -> None:
    """The same article twice is coded once; a changed copy later in the run replaces it."""
    path = tmp_path / "dup.jsonl"
    lines = [
        {"id": "x", "text": SAMPLE_TEXT},
        {"id": "x", "text": SAMPLE_TEXT},
        {"id": "x", "text": SAMPLE_TEXT + " Later."},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    pipeline = FakePipeline()
    summary = run(pipeline, store_url, path, commit_every=1)
    assert pipeline.coded == ["x", "x"]
    assert (summary.new, summary.unchanged, summary.replaced) == (1, 1, 1)
    with open_store(store_url) as store:
        [(article, _)] = store.articles(["x"])
        assert article.text.endswith("Later.") and store.count("events") == 3


def test_store_ingest_commits_in_batches(tmp_path: Path) -> None:
    """Rows become visible batch by batch, each article complete."""
    url = f"sqlite:///{tmp_path / 's.db'}"
    seen: list[tuple[int, int]] = []

    def progress(summary: IngestSummary) -> None:
        with open_store(url) as reader:
            seen.append((reader.count("articles"), reader.count("events")))

    run(FakePipeline(), url, corpus(tmp_path / "c.jsonl", 7), commit_every=3, progress=progress)
    assert sorted({a for a, _ in seen}) == [0, 3, 6, 7]
    assert all(events == 3 * articles for articles, events in seen)


def test_store_recode_replaces_outdated_articles(store_url: str, tmp_path: Path) -> None:
    run(FakePipeline("lex-1"), store_url, corpus(tmp_path / "c.jsonl", 4))
    newer = FakePipeline("lex-2")
    with open_store(store_url) as store:
        summary = recode(newer, store)
        assert (summary.seen, summary.replaced, summary.events) == (4, 4, 12)
        assert {s.lexicon_version for s in query_events(store)} == {"lex-2"}
        rows = store.query("SELECT DISTINCT lexicon_version FROM articles")
        assert rows == [("lex-2",)]
        assert recode(newer, store).seen == 0  # up to date: nothing to do
        assert recode(newer, store, everything=True).replaced == 4
        [(article, _)] = store.articles(["a00"])
        assert article.date == "2022-07-12" and article.text == SAMPLE_TEXT


def test_store_estimate_items(tmp_path: Path) -> None:
    corpus(tmp_path / "c.jsonl", 5)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "f.rss").write_text("<rss><item></item><item></item></rss>", encoding="utf-8")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    assert estimate_items([str(tmp_path)]) == 8
    assert estimate_items(["-"]) is None


@pytest.mark.slow
def test_store_ingest_real_pipeline(pipeline: Pipeline, store_url: str, tmp_path: Path) -> None:
    """The real coder: events read back equal what `code` gives; a re-run codes nothing."""
    example = Path(__file__).resolve().parent.parent / "examples" / "ceasefire_talks.txt"
    with open_store(store_url) as store:
        first = ingest(pipeline, store, read_items([str(example)], max_bytes=1_000_000))
        assert (first.new, first.failed) == (1, 0)
        [expected] = pipeline.code_many(read_items([str(example)], max_bytes=1_000_000))
        assert isinstance(expected, ArticleResult)
        assert [s.event for s in query_events(store)] == list(expected.events)
        assert first.events == len(expected.events) and first.quotes == len(expected.quotes)
        again = ingest(pipeline, store, read_items([str(example)], max_bytes=1_000_000))
        assert (again.unchanged, again.new, again.events) == (1, 0, 0)
