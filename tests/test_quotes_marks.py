"""Quotation marks: pairing, multi-paragraph quotes, apostrophes, unbalanced marks."""

from __future__ import annotations

from eventwire.ingest import article_from_text
from eventwire.quotes.marks import find_quote_spans


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
