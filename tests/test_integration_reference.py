"""End to end on the reference article and the dev sets in ../shared (slow).

Thresholds are the acceptance figures of issue #2; the figures themselves are
reported by `eventwire eval` (see docs/evaluation.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import Pipeline
from eventwire.evaluate import evaluate

pytestmark = pytest.mark.slow


def test_reference_article(pipeline: Pipeline, shared: Path) -> None:
    report = evaluate(pipeline, shared / "seed" / "bbc_2011_clinton_haqqani.gold.json")
    scores = report.scores
    assert scores["core_events_found"] >= 6, report.errors
    assert scores["event_precision"] >= 0.7, report.errors
    assert scores["quotes_found"] >= 10, report.errors


def test_reference_article_caption_is_its_own_sentence(pipeline: Pipeline, shared: Path) -> None:
    from eventwire.ingest import article_from_text

    path = shared / "seed" / "bbc_2011_clinton_haqqani.txt"
    result = pipeline.code(article_from_text(path.read_text(encoding="utf-8"), path.stem))
    captions = [p for p in result.article.paragraphs if p.kind == "caption"]
    assert len(captions) == 2
    for e in result.events:
        if e.caption:
            para = next(p for p in captions if p.start_char <= e.trigger.start_char < p.end_char)
            for side in (e.source, e.target):
                if side is not None:
                    assert para.start_char <= side.start_char < para.end_char


def test_dev_events_afp(pipeline: Pipeline, shared: Path) -> None:
    report = evaluate(pipeline, shared / "gold" / "dev_events_afp2008.jsonl")
    assert report.scores["root"]["f1"] >= 0.55, report.scores


def test_polnear_dev_quotes_sample(pipeline: Pipeline, shared: Path) -> None:
    report = evaluate(pipeline, shared / "gold" / "polnear" / "dev", limit=15)
    assert report.scores["content"]["f1"] >= 0.3, report.scores
    assert report.scores["speaker_accuracy"] >= 0.6, report.scores
