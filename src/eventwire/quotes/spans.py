"""Character ranges of quote contents: token subtrees, trimming and quotation look-up."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from .marks import QuoteSpan

Range = tuple[int, int]

_EDGE = " \t\r\n\u00a0,;:\u2014\u2013-"
_MARKS = "\"“”«»'`‘’"
_CLOSING_PUNCT = ",.?!"


def tok_end(token: Token) -> int:
    return token.idx + len(token.text)


def subtree(token: Token) -> Range:
    """Characters of a token's subtree."""
    return token.left_edge.idx, tok_end(token.right_edge)


def merge(ranges: Iterable[Range], text: str) -> list[Range]:
    """Sorted ranges, joined where only spaces or punctuation lie between them."""
    out: list[Range] = []
    for start, end in sorted(ranges):
        if end <= start:
            continue
        if out and (start <= out[-1][1] or not text[out[-1][1] : start].strip(_EDGE + ".")):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def trim(text: str, start: int, end: int) -> Range:
    """Drop spaces and punctuation at the edges; a final full stop goes too, as in PolNeAR.

    Quotation marks stay when the range starts or ends with a quotation (see ``QuoteIndex``).
    """
    while start < end and (text[start] in _EDGE or text[start] == "."):
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if end - start > 1 and text[end - 1] == "." and text[end - 2] not in ".":
        # keep "U.S." whole: a final stop after a one-letter word is an abbreviation
        word = text[start : end - 1].rsplit(None, 1)[-1]
        if not (len(word) >= 2 and word[-2] == "." and word[-1].isupper()):
            end -= 1
    return start, end


class QuoteIndex:
    """The quotations of an article, one piece per paragraph, looked up by position.

    A quotation running over paragraphs is split at them (``group`` says which pieces
    belong together), so that each piece can be bound to the cue of its paragraph.
    """

    def __init__(self, quotes: list[QuoteSpan], paragraphs: list[Range], text: str) -> None:
        self.quotes: list[QuoteSpan] = []
        self.group: list[int] = []
        para_starts = [s for s, _ in paragraphs]
        for g, q in enumerate(quotes):
            first = max(bisect_right(para_starts, q.outer_start) - 1, 0)
            last = max(bisect_right(para_starts, max(q.outer_end - 1, q.outer_start)) - 1, 0)
            if first == last:
                self.quotes.append(q)
                self.group.append(g)
                continue
            for p in range(first, last + 1):
                p_start, p_end = paragraphs[p]
                outer_start = q.outer_start if p == first else p_start
                start = q.start_char if p == first else p_start + _mark_width(text, p_start)
                end = q.end_char if p == last else p_end
                outer_end = q.outer_end if p == last else p_end
                if end > start:
                    self.quotes.append(QuoteSpan(start, end, p, outer_start, outer_end))
                    self.group.append(g)
        self.starts = [q.outer_start for q in self.quotes]

    def at(self, char: int) -> int | None:
        """Index of the quotation whose marks enclose ``char``, or None."""
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and char < self.quotes[i].outer_end:
            return i
        return None

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indexes of the quotations that overlap start..end (marks included)."""
        i = max(bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.quotes) and self.quotes[i].outer_start < end:
            if self.quotes[i].outer_end > start:
                out.append(i)
            i += 1
        return out

    def widen(self, text: str, ranges: list[Range]) -> list[Range]:
        """Ranges grown to take in whole any quotation they cut into, marks and all.

        A comma or stop just inside the closing mark belongs to the quotation (PolNeAR).
        """
        out = []
        for start, end in ranges:
            for i in self.overlapping(start, end):
                q = self.quotes[i]
                start, end = min(start, q.outer_start), max(end, q.outer_end)
            out.append((start, end))
        return out

    def whole(self, i: int) -> Range:
        """The characters of quotation ``i``, its marks included."""
        q = self.quotes[i]
        return q.outer_start, q.outer_end


def _mark_width(text: str, at: int) -> int:
    """Width of the mark that re-opens a running quotation at a paragraph start."""
    if text[at : at + 2] in {"``", "''"}:
        return 2
    return 1 if text[at : at + 1] in _MARKS else 0


def clean(text: str, ranges: list[Range], quotes: QuoteIndex) -> list[Range]:
    """Trimmed, quotation-whole, merged ranges; empty ones dropped."""
    trimmed = [trim(text, s, e) for s, e in ranges]
    widened = quotes.widen(text, [r for r in trimmed if r[1] > r[0]])
    return merge(widened, text)


_BREAKS = frozenset({",", ";", "-", "--", "\u2014", "\u2013"})
CLAUSE_TAILS = frozenset({"relcl"})
OBJECT_TAILS = frozenset({"relcl", "appos", "advcl", "acl"})


def cut_tail(
    token: Token,
    is_cue: Callable[[Token], bool] | None = None,
    *,
    first: int | None = None,
    tails: frozenset[str] = CLAUSE_TAILS,
    cut_conj: bool = False,
) -> Range:
    """The tokens ``first``..end of ``token``'s subtree without a trailing aside.

    An aside is set off by a comma or dash and runs to the end: ", which ..." is the
    author's addition more often than the source's words (PolNeAR: be conservative),
    and so is a clause with a cue of its own ("..., while 22 percent said ...").
    With ``cut_conj`` a verb coordinated with "and"/"but" ends the content too ("has
    proposed X and signaled support for Y": two attributions).
    """
    doc = token.doc
    first = token.left_edge.i if first is None else first
    last = token.right_edge.i
    for k in range(first + 1, last + 1):
        tok = doc[k]
        if tok.dep_ == "cc" and k < last:
            # "... and called on leaders to ...": a verb of its own, sharing the subject
            conj = next((c for c in tok.head.rights if c.dep_ == "conj" and c.i > k), None)
            if (
                conj is not None
                and conj.pos_ in {"VERB", "AUX"}
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)
                and (cut_conj or (is_cue is not None and is_cue(conj)))
            ):
                return _span_end(doc, first, k - 1)
        if tok.text not in _BREAKS or k == last:
            continue
        nxt = doc[k + 1]
        top = nxt
        while top.head.i != top.i and top.head.left_edge.i == nxt.i and top.head.i <= last:
            top = top.head
        if top.right_edge.i < last - 1:
            continue
        if top.dep_ in tails or (
            is_cue is not None and top.dep_ in {"advcl", "conj"} and is_cue(top)
        ):
            return _span_end(doc, first, k - 1)
    return doc[first].idx, tok_end(doc[last])


def _span_end(doc: Doc, first: int, end: int) -> Range:
    while end > first and doc[end].is_punct:
        end -= 1
    return doc[first].idx, tok_end(doc[end])
