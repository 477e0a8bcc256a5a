"""An attribution being built (source, cue, content ranges) and the article it is in."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..actors.resolver import ArticleActors
from ..records import ActorRef, Article, Quote, TextSpan
from .marks import find_quote_spans
from .spans import QuoteIndex, Range


@dataclass(slots=True)
class Attribution:
    """Source, cue and content ranges of one attribution, before it becomes a Quote."""

    speaker: ActorRef | None
    cue: TextSpan | None
    ranges: list[Range]
    direct: bool
    sentence: int
    paragraph: int
    rule: str
    anchor: int  # first character of the cue (or of the content when there is none)
    extent: Range = (0, 0)  # the whole attribution: source, cue and content
    quotes: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    """The parsed article and its quotations, shared by the steps of the extractor."""

    doc: Doc
    text: str
    quotes: QuoteIndex
    actors: ArticleActors
    sents: list[Span]
    sent_starts: list[int]
    para_starts: list[int]
    claimed: set[int] = field(default_factory=set)  # quotations a cue took next to it
    para_set: frozenset[int] = frozenset()
    para_ends: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc, article: Article, actors: ArticleActors) -> Context:
        sents = list(doc.sents)
        paragraphs = [(p.start_char, p.end_char) for p in article.paragraphs]
        return cls(
            doc,
            article.text,
            QuoteIndex(find_quote_spans(article), paragraphs, article.text),
            actors,
            sents,
            [s.start_char for s in sents],
            [s for s, _ in paragraphs],
            para_set=frozenset(s for s, _ in paragraphs),
            para_ends=[e for _, e in paragraphs],
        )

    def para_of(self, char: int) -> int:
        return max(bisect_right(self.para_starts, char) - 1, 0)

    def sent_of(self, char: int) -> int:
        return max(bisect_right(self.sent_starts, char) - 1, 0)


def outermost(found: list[Attribution]) -> list[Attribution]:
    """Drop attributions nested in another's content (PolNeAR annotates the outermost)."""
    by_size = sorted(found, key=lambda f: -size(f))
    kept: list[Attribution] = []
    for f in by_size:
        if any(s <= f.anchor < e for g in kept for s, e in g.ranges):
            continue
        kept.append(f)
    return kept


def size(f: Attribution) -> int:
    """Characters of content."""
    return sum(e - s for s, e in f.ranges)


def to_quotes(found: list[Attribution], text: str) -> list[Quote]:
    """Quote records in text order; a content in several pieces keeps them as ``parts``."""
    result: list[Quote] = []
    for f in sorted(found, key=lambda f: f.ranges[0][0]):
        start, end = f.ranges[0][0], f.ranges[-1][1]
        parts = tuple(TextSpan(text[s:e], s, e) for s, e in f.ranges)
        result.append(
            Quote(
                id=f"q{len(result) + 1}",
                speaker=f.speaker,
                cue=f.cue,
                content=TextSpan(text[start:end], start, end),
                direct=f.direct,
                sentence=f.sentence,
                rule=f.rule,
                parts=parts if len(parts) > 1 else (),
            )
        )
    return result
