"""Find direct quotations by their marks, across paragraphs, without trusting apostrophes.

Straight (") and curly (“ ”) double marks are paired within a paragraph; a
paragraph that opens a quotation without closing it continues into the next
paragraph when that one opens with a mark (news convention). Single marks are
never used: they are apostrophes far more often than quotation marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Article

OPEN_MARKS = {"“", "„", "«"}
CLOSE_MARKS = {"”", "»"}
STRAIGHT = '"'


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Characters inside a quotation (marks excluded) and the paragraph it opens in.

    ``outer_start``/``outer_end`` include the marks (as wide as they are: ``''`` is two).
    """

    start_char: int
    end_char: int
    paragraph: int
    outer_start: int = -1
    outer_end: int = -1


def _marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(position, width, kind) of each quotation mark; kind is open, close or either.

    Besides single-character marks this knows the typewriter pairs ``...'' and
    ''...'' used by some wires and newspapers.
    """
    found = []
    i = start
    while i < end:
        pair = text[i : i + 2]
        if pair == "``":
            found.append((i, 2, "open"))
            i += 2
            continue
        if pair == "''":
            found.append((i, 2, "either"))
            i += 2
            continue
        ch = text[i]
        if ch in OPEN_MARKS:
            found.append((i, 1, "open"))
        elif ch in CLOSE_MARKS:
            found.append((i, 1, "close"))
        elif ch == STRAIGHT:
            found.append((i, 1, "either"))
        i += 1
    return found


def _pairs(text: str, start: int, end: int) -> tuple[list[QuoteSpan], int | None]:
    """Closed quotation spans in text[start:end], and the opening mark of an unclosed one.

    A mark right after ``=`` is an attribute value of markup (``author="..."``), not a quote.
    """
    spans: list[QuoteSpan] = []
    open_at: int | None = None  # position of the opening mark
    open_width = 0
    in_attribute = False
    for i, width, kind in _marks(text, start, end):
        if in_attribute:
            in_attribute = False  # the mark closing the attribute value
            continue
        if open_at is None and kind in {"open", "either"}:
            if i > 0 and text[i - 1] == "=":
                in_attribute = True
                continue
            open_at, open_width = i, width
        elif open_at is not None and kind in {"close", "either"}:
            if i > open_at + open_width:
                spans.append(QuoteSpan(open_at + open_width, i, -1, open_at, i + width))
            open_at = None
    return spans, open_at


def _mark_width(text: str, at: int) -> int:
    return 2 if text[at : at + 2] in {"``", "''"} else 1


def find_quote_spans(article: Article) -> list[QuoteSpan]:
    """Quotations of an article in text order; one that runs on over paragraphs is one span."""
    text = article.text
    found: list[QuoteSpan] = []
    carry: tuple[int, int] | None = None  # (opening mark, paragraph) of a quote running on

    def add(spans: list[QuoteSpan], index: int) -> None:
        found.extend(
            QuoteSpan(q.start_char, q.end_char, index, q.outer_start, q.outer_end) for q in spans
        )

    for index, para in enumerate(article.paragraphs):
        start, end = para.start_char, para.end_char
        first = _marks(text, start, min(start + 2, end))
        opens_with_mark = bool(first) and first[0][0] == start and first[0][2] != "close"
        if carry is not None:
            if opens_with_mark:
                # the continued quotation re-opens here: skip the opening mark
                after_open = start + first[0][1]
                closing = next(
                    ((i, w) for i, w, kind in _marks(text, after_open, end) if kind != "open"),
                    None,
                )
                if closing is not None:
                    at = carry[0]
                    found.append(
                        QuoteSpan(
                            at + _mark_width(text, at),
                            closing[0],
                            carry[1],
                            at,
                            closing[0] + closing[1],
                        )
                    )
                    spans, open_at = _pairs(text, closing[0] + closing[1], end)
                    carry = None
                    add(spans, index)
                    if open_at is not None:
                        carry = (open_at, index)
                continue
            # the quotation never closed: end it with the previous paragraph
            prev = article.paragraphs[index - 1]
            at = carry[0]
            found.append(
                QuoteSpan(at + _mark_width(text, at), prev.end_char, carry[1], at, prev.end_char)
            )
            carry = None
        spans, open_at = _pairs(text, start, end)
        add(spans, index)
        if open_at is not None and open_at + _mark_width(text, open_at) < end:
            carry = (open_at, index)
    if carry is not None and article.paragraphs:
        at, last = carry[0], article.paragraphs[-1].end_char
        found.append(QuoteSpan(at + _mark_width(text, at), last, carry[1], at, last))
    return [q for q in found if text[q.start_char : q.end_char].strip()]
