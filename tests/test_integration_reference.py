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
    # the issue's targets: all 8 core events, event precision at least 0.9
    assert scores["core_events_found"] == 8, report.errors
    assert scores["event_precision"] >= 0.9, report.errors
    assert scores["quotes_found"] >= 13, report.errors


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
    # measured 0.71 (P 0.74); a regression guard with a little room for parser noise
    report = evaluate(pipeline, shared / "gold" / "dev_events_afp2008.jsonl")
    assert report.scores["root"]["f1"] >= 0.71, report.scores
    assert report.scores["root"]["precision"] >= 0.73, report.scores


@pytest.mark.parametrize(
    ("name", "f1", "precision"),
    [
        # measured root F1 / precision 2026-11-29 (docs/evaluation.md), less a margin
        ("events_holdout_2026.jsonl", 0.86, 0.90),  # 0.92 / 0.96
        ("events_holdout2_2026.jsonl", 0.87, 0.87),  # 0.94 / 0.94
        ("events_holdout3_2026.jsonl", 0.82, 0.84),  # 0.88 / 0.89
        ("events_holdout4_2026.jsonl", 0.83, 0.84),  # 0.89 / 0.87
        ("events_holdout5_2026.jsonl", 0.87, 0.85),  # 0.93 / 0.91
        ("events_holdout6_2026.jsonl", 0.86, 0.88),  # 0.93 / 0.94
        ("events_holdout7_2026.jsonl", 0.81, 0.84),  # 0.87 / 0.89, still blind
        ("events_holdout8_2026.jsonl", 0.86, 0.91),  # 0.92 / 0.95
        ("events_holdout9_2026.jsonl", 0.80, 0.80),  # 0.86 / 0.84
        ("events_holdout10_2026.jsonl", 0.76, 0.77),  # 0.83 / 0.84
        ("events_holdout11_2026.jsonl", 0.80, 0.85),  # 0.87 / 0.91
        ("events_holdout12_2026.jsonl", 0.83, 0.85),  # 0.90 / 0.93 (blind: 0.72 / 0.78)
        ("events_holdout13_2026.jsonl", 0.78, 0.86),  # 0.85 / 0.92 (blind: 0.66 / 0.80)
        ("events_holdout14_2026.jsonl", 0.71, 0.79),  # 0.80 / 0.87 (blind: 0.55 / 0.68)
        ("events_holdout15_2026.jsonl", 0.70, 0.76),  # 0.78 / 0.84 (blind: 0.55 / 0.63)
        ("events_holdout16_2026.jsonl", 0.80, 0.81),  # 0.85 / 0.86 (blind: 0.68 / 0.75)
        ("events_holdout17_2026.jsonl", 0.76, 0.80),  # 0.84 / 0.88 (blind: 0.69 / 0.76)
        ("events_holdout18_2026.jsonl", 0.72, 0.78),  # 0.79 / 0.85 (blind: 0.61 / 0.73)
        ("events_holdout19_2026.jsonl", 0.78, 0.83),  # 0.85 / 0.91 (blind: 0.70 / 0.81)
        ("events_holdout20_2026.jsonl", 0.75, 0.77),  # 0.83 / 0.86, still blind
        ("events_holdout21_2026.jsonl", 0.72, 0.80),  # 0.78 / 0.86, still blind
        ("events_holdout22_2026.jsonl", 0.75, 0.80),  # 0.81 / 0.86 (blind: 0.70 / 0.78)
        ("events_holdout23_2026.jsonl", 0.75, 0.81),  # 0.84 / 0.88 (blind: 0.69 / 0.77)
        ("events_holdout24_2026.jsonl", 0.68, 0.74),  # 0.74 / 0.80, blind (first 0.71 / 0.78)
        ("events_holdout25_2026.jsonl", 0.69, 0.76),  # 0.78 / 0.84 (blind: 0.65 / 0.72)
        ("events_holdout26_2026.jsonl", 0.67, 0.76),  # 0.72 / 0.80, blind (first 0.69 / 0.79)
        ("events_holdout27_2026.jsonl", 0.68, 0.73),  # 0.77 / 0.81 (blind: 0.68 / 0.72)
        ("events_holdout28_2026.jsonl", 0.62, 0.72),  # 0.69 / 0.78, blind (first 0.67 / 0.76)
        ("events_holdout29_2026.jsonl", 0.69, 0.73),  # 0.74 / 0.78, blind (first 0.74 / 0.79)
        ("events_holdout30_2026.jsonl", 0.69, 0.74),  # 0.76 / 0.81 (blind: 0.69 / 0.77)
        ("events_holdout31_2026.jsonl", 0.64, 0.73),  # 0.70 / 0.79, blind (first 0.70 / 0.78)
        ("events_holdout32_2026.jsonl", 0.67, 0.76),  # 0.74 / 0.82 (blind: 0.68 / 0.78)
        ("events_holdout33_2026.jsonl", 0.64, 0.70),  # 0.70 / 0.77, blind (first 0.70 / 0.77)
        ("events_holdout34_2026.jsonl", 0.76, 0.81),  # 0.83 / 0.89 (blind: 0.81 / 0.86)
        ("events_holdout35_2026.jsonl", 0.64, 0.71),  # 0.70 / 0.77 (blind: 0.66 / 0.72)
        ("events_holdout36_2026.jsonl", 0.66, 0.74),  # 0.72 / 0.80, blind (first 0.70 / 0.79)
    ],
)
def test_heldout_events(pipeline: Pipeline, name: str, f1: float, precision: float) -> None:
    """The bundled held-out sets (tests/data), each first measured blind."""
    report = evaluate(pipeline, Path(__file__).parent / "data" / name)
    assert report.scores["root"]["f1"] >= f1, report.scores
    assert report.scores["root"]["precision"] >= precision, report.scores


def test_reference_article_quotes_issue_4(pipeline: Pipeline, shared: Path) -> None:
    report = evaluate(pipeline, shared / "seed" / "bbc_2011_clinton_haqqani.gold.json")
    assert report.scores["quotes_found"] >= 13, report.errors


def test_read_brat_annotation_text_over_several_lines(tmp_path: Path) -> None:
    from eventwire.evaluate import read_brat

    ann = tmp_path / "a_x.ann"
    ann.write_text(
        "T1\tSource 0 5\tAlice\nT2\tCue 6 10\tsaid\nT3\tContent 11 30\tit will\n"
        "rain today\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    [att] = read_brat(ann)
    assert att.content == [(11, 30)] and att.source == [(0, 5)]
