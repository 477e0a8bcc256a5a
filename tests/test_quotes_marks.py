"""Quotation marks, quote pieces, span trimming and the cue lexicon (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.datafiles import data_dir
from eventwire.errors import DataFileError
from eventwire.ingest import article_from_text
from eventwire.quotes.cues import Cues
from eventwire.quotes.marks import find_quote_spans
from eventwire.quotes.spans import QuoteIndex, merge, trim


def contents(text: str) -> list[str]:
    article = article_from_text(text, "t", title="")
    return [text[q.start_char : q.end_char] for q in find_quote_spans(article)]


def test_marks_straight_and_curly() -> None:
    text = 'He said "we will win" and she said “we will not”.'
    assert contents(text) == ["we will win", "we will not"]


def test_marks_apostrophes_are_not_quotes() -> None:
    assert contents("Pakistan's army and the rebels' leaders said it's over.") == []


def test_marks_multi_paragraph_quote_runs_until_closed() -> None:
    text = "“First part of the quote.\n\n“Second part,” she said.\n"
    [quote] = contents(text)
    assert quote.startswith("First part") and quote.endswith("Second part,")


def test_marks_unbalanced_quote_ends_with_paragraph() -> None:
    text = 'He said "this never closes.\n\nA new paragraph.\n'
    assert contents(text) == ["this never closes."]


def test_marks_typewriter_pairs() -> None:
    text = "''We will win,'' he said. The wire wrote ``a deal is close'' on Monday."
    assert contents(text) == ["We will win,", "a deal is close"]


def test_marks_attribute_values_are_not_quotes() -> None:
    text = '<tweet author="HillaryClinton" date="May 1">We will win</tweet> and "this" stays.'
    assert contents(text) == ["this"]


def test_marks_outer_span_includes_wide_marks() -> None:
    text = "He said ''we will win'' on Monday."
    article = article_from_text(text, "t", title="")
    [q] = find_quote_spans(article)
    assert text[q.outer_start : q.outer_end] == "''we will win''"


class TestQuoteIndex:
    """A quotation over paragraphs is split into one piece per paragraph, grouped."""

    def test_quote_index_splits_at_paragraphs(self) -> None:
        text = "“First part of the quote.\n\n“Second part,” she said.\n"
        article = article_from_text(text, "t", title="")
        paragraphs = [(p.start_char, p.end_char) for p in article.paragraphs]
        index = QuoteIndex(find_quote_spans(article), paragraphs, text)
        pieces = [text[q.outer_start : q.outer_end] for q in index.quotes]
        assert pieces == ["“First part of the quote.", "“Second part,”"]
        assert index.group == [0, 0]
        assert index.at(text.index("Second")) == 1
        assert index.at(text.index("she")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  the talks had failed.", "the talks had failed"),
        ("he met U.S.", "he met U.S."),
        (", it was over, ", "it was over"),
    ],
)
def test_spans_trim_edges(text: str, expected: str) -> None:
    start, end = trim(text, 0, len(text))
    assert text[start:end] == expected


def test_spans_merge_joins_ranges_split_by_punctuation() -> None:
    text = '"A," "B" and C'
    assert merge([(5, 8), (0, 4)], text) == [(0, 8)]
    assert merge([(0, 4), (13, 14)], text) == [(0, 4), (13, 14)]


def test_cues_load_bundled_lexicon() -> None:
    cues = Cues.load(data_dir() / "quotes" / "cues.tsv")
    say = cues.verb("say")
    assert say is not None and say.kind == "verb" and not say.takes_object
    call = cues.verb("call")
    assert call is not None and call.takes_object and "for" in call.preps
    assert cues.noun("statement") is not None
    assert "poll" in cues.documents
    assert "believe" in cues.beliefs


def test_cues_reject_unknown_kind(tmp_path: Path) -> None:
    path = tmp_path / "cues.tsv"
    path.write_text("cue\tkind\tcontent\nsay\tverbish\tclause\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown cue kind"):
        Cues.load(path)
