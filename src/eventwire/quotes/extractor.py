"""Attribute quotations: find cues, their speakers and their content spans.

Direct quotations come from quotation marks (quotes/marks.py); reported speech
from a reporting verb's clausal complement and from "according to". Speakers
are resolved through the article's actor resolver (pronouns included).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..actors.resolver import ArticleActors
from ..records import ActorRef, Article, Quote, TextSpan
from .cues import Cues
from .marks import QuoteSpan, find_quote_spans

_BETWEEN_QUOTE_AND_CUE = re.compile(r"^[\s,\u2014\u2013-]*$")
_BETWEEN_CUE_AND_QUOTE = re.compile(r"^[\s,:\u2014\u2013-]*(that\s*)?$", re.IGNORECASE)
_MARKS = "\"“”«»'`"
_TRIM = " \t\r\n,.;:\"“”'‘’«»—–-"
_TRIM_END = ' \t\r\n,;:"“”«»—–-'


@dataclass(slots=True)
class _Found:
    speaker: ActorRef | None
    cue: TextSpan | None
    start_char: int
    end_char: int
    direct: bool
    sentence: int
    rule: str
    paragraph: int
    parts: list[tuple[int, int]] = field(default_factory=list)


def _span(doc: Doc, start: int, end: int, *, keep_marks: bool = False) -> TextSpan:
    """The stretch start..end, trimmed of spaces and punctuation at its edges.

    With ``keep_marks`` the quotation marks around it (and a comma just inside the
    closing mark) are part of the span, as in PolNeAR's annotations.
    """
    text = doc.text
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    if keep_marks:
        if start > 0 and text[start - 1] in _MARKS:
            start -= 1
        stop = end
        while stop < len(text) and text[stop] in ",.?!" and stop - end < 2:
            stop += 1
        if stop < len(text) and text[stop] in _MARKS:
            end = stop + 1
    return TextSpan(text[start:end], start, end)


class QuoteExtractor:
    """Finds the quotes of a parsed article."""

    def __init__(self, *, cues: Cues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc, article: Article, actors: ArticleActors) -> list[Quote]:
        quotes = find_quote_spans(article)
        para_starts = [p.start_char for p in article.paragraphs]

        def para_of(char: int) -> int:
            return max(bisect_right(para_starts, char) - 1, 0)

        sents = list(doc.sents)
        sent_starts = [s.start_char for s in sents]

        def sent_of(char: int) -> int:
            return max(bisect_right(sent_starts, char) - 1, 0)

        def inside(char: int) -> QuoteSpan | None:
            for q in quotes:
                if q.start_char <= char < q.end_char:
                    return q
            return None

        found: list[_Found] = []
        used: set[int] = set()
        for index, sent in enumerate(sents):
            for token in sent:
                if inside(token.idx) is not None:
                    continue
                item = self._from_cue(token, index, doc, actors, quotes, used, para_of)
                if item is not None:
                    found.append(item)
        # quotations no cue claimed: continuation of the paragraph's or previous speaker
        for qi, q in enumerate(quotes):
            if qi in used:
                continue
            found.sort(key=lambda f: f.start_char)
            if self._continue_in_paragraph(q, found, para_of):
                used.add(qi)
                continue
            item = self._unclaimed(q, found, doc, actors, sent_of, para_of, sents)
            if item is not None:
                used.add(qi)
                found.append(item)
        found.sort(key=lambda f: f.start_char)
        result: list[Quote] = []
        for f in found:
            content = _span(doc, f.start_char, f.end_char, keep_marks=f.direct)
            if not content.text:
                continue
            parts = tuple(_span(doc, s, e, keep_marks=True) for s, e in f.parts)
            result.append(
                Quote(
                    id=f"q{len(result) + 1}",
                    speaker=f.speaker,
                    cue=f.cue,
                    content=content,
                    direct=f.direct,
                    sentence=f.sentence,
                    rule=f.rule,
                    parts=parts if len(parts) > 1 else (),
                )
            )
        return result

    @staticmethod
    def _continue_in_paragraph(
        q: QuoteSpan, found: list[_Found], para_of: Callable[[int], int]
    ) -> bool:
        """ "A," she said. "B." -- B continues the same attribution (one broken-up content)."""
        para = para_of(q.start_char)
        earlier = [
            f
            for f in found
            if f.direct
            and f.end_char <= q.start_char
            and para_of(f.end_char) == para
            and f.rule.startswith("direct:")
        ]
        if not earlier:
            return False
        prev = earlier[-1]
        if not prev.parts:
            prev.parts.append((prev.start_char, prev.end_char))
        prev.parts.append((q.start_char, q.end_char))
        prev.end_char = q.end_char
        return True

    # ---- cues ----------------------------------------------------------------
    def _is_cue(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        return token.pos_ in {"VERB", "AUX"} and (
            lemma in self.cues.verbs or lemma in self.cues.beliefs
        )

    def _speaker(self, token: Token, actors: ArticleActors) -> ActorRef | None:
        ref = actors.resolve(token)
        if ref is not None:
            return ref
        left = token.left_edge
        span = token.doc[left.i : token.i + 1]
        if token.pos_ not in {"NOUN", "PROPN", "PRON"}:
            return None
        while len(span) > 1 and span[0].pos_ == "DET":
            span = span[1:]
        return ActorRef(
            "",
            span.text,
            span.start_char,
            span.end_char,
            span.text,
            "unknown",
            "speaker:unresolved",
        )

    def _speaker_token(self, cue: Token, depth: int = 0) -> Token | None:
        subjects = [c for c in cue.children if c.dep_ in {"nsubj"}]
        if subjects:
            return subjects[0]
        if depth > 3 or cue.head.i == cue.i:
            return None
        if cue.dep_ == "conj":
            return self._speaker_token(cue.head, depth + 1)
        if cue.dep_ in {"advcl", "xcomp", "acl"} and cue.tag_ == "VBG":
            # "..., saying the talks had failed": the main clause's subject speaks
            return self._speaker_token(cue.head, depth + 1)
        return None

    @staticmethod
    def _lead_in(doc: Doc, q: QuoteSpan) -> int:
        """Start of a partial quotation's sentence ("With X, “there is no ...,” he said")."""
        span = doc.char_span(q.start_char - 1, q.start_char, alignment_mode="expand")
        if span is None:
            return q.start_char
        sent_start = span[0].sent.start_char
        lead = doc.text[sent_start : q.start_char - 1]
        if lead.strip() and len(lead) < 200 and not any(m in lead for m in _MARKS):
            return sent_start
        return q.start_char

    def _from_cue(
        self,
        token: Token,
        index: int,
        doc: Doc,
        actors: ArticleActors,
        quotes: list[QuoteSpan],
        used: set[int],
        para_of: Callable[[int], int],
    ) -> _Found | None:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            return self._according_to(token, index, doc, actors, para_of(token.idx))
        if not self._is_cue(token):
            return None
        subj = self._speaker_token(token)
        if subj is None:
            return None
        speaker = self._speaker(subj, actors)
        cue = TextSpan(token.text, token.idx, token.idx + len(token.text))
        particle = [c for c in token.children if c.dep_ == "prt"]
        if particle:
            end = particle[-1].idx + len(particle[-1].text)
            cue = TextSpan(doc.text[token.idx : end], token.idx, end)
        para = para_of(token.idx)
        attribution_start = min(subj.left_edge.idx, token.idx)
        attribution_end = max(token.right_edge.idx + len(token.right_edge.text), token.idx)
        # "...," she said  /  she said: "..."
        for qi, q in enumerate(quotes):
            if qi in used or para not in (q.paragraph, para_of(q.end_char)):
                continue
            before = (
                doc.text[q.end_char + 1 : attribution_start]
                if q.end_char < attribution_start
                else None
            )
            after = (
                doc.text[token.idx + len(token.text) : q.start_char - 1]
                if q.start_char > token.idx
                else None
            )
            if before is not None and _BETWEEN_QUOTE_AND_CUE.match(before):
                used.add(qi)
                return _Found(
                    speaker,
                    cue,
                    self._lead_in(doc, q),
                    q.end_char,
                    True,
                    index,
                    "direct:quote-then-cue",
                    para,
                )
            if after is not None and (
                _BETWEEN_CUE_AND_QUOTE.match(after)
                or (q.start_char <= attribution_end + 2 and ":" in after)
            ):
                used.add(qi)
                return _Found(
                    speaker,
                    cue,
                    q.start_char,
                    q.end_char,
                    True,
                    index,
                    "direct:cue-then-quote",
                    para,
                )
        comps = [c for c in token.children if c.dep_ in {"ccomp"}]
        kind = "clause"
        if not comps and token.lemma_.lower() in self.cues.object_content:
            comps = self._object_content(token)
            kind = "object"
        if not comps:
            return None
        start = min(c.left_edge.idx for c in comps)
        end = max(c.right_edge.idx + len(c.right_edge.text) for c in comps)
        if kind == "clause" and start > token.idx:
            # content after the cue: it runs to the end of the cue's clause
            end = max(end, token.right_edge.idx + len(token.right_edge.text))
        direct = False
        for qi, q in enumerate(quotes):
            if q.start_char < end and start < q.end_char + 1:
                used.add(qi)
                direct = True
                start, end = min(start, q.start_char), max(end, q.end_char)
        belief = token.lemma_.lower() in self.cues.beliefs
        rule = "direct:clause" if direct else ("indirect:belief" if belief else f"indirect:{kind}")
        return _Found(speaker, cue, start, end, direct, index, rule, para)

    @staticmethod
    def _object_content(token: Token) -> list[Token]:
        """ "cited X", "declined to comment", "called for X", "called X a Y"."""
        objects = [c for c in token.children if c.dep_ in {"dobj", "xcomp"}]
        if objects:
            return objects + [c for c in token.children if c.dep_ == "oprd"]
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "on", "about", "of"}:
                return [c for c in prep.children if c.dep_ == "pobj"]
        return []

    def _according_to(
        self, token: Token, index: int, doc: Doc, actors: ArticleActors, para: int
    ) -> _Found | None:
        to = next(c for c in token.children if c.lower_ == "to")
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return None
        speaker = self._speaker(objs[0], actors)
        sent = token.sent
        phrase_start = token.idx
        phrase_end = token.right_edge.idx + len(token.right_edge.text)
        if phrase_start - sent.start_char > sent.end_char - phrase_end:
            start, end = sent.start_char, phrase_start
        else:
            start, end = phrase_end, sent.end_char
        cue_end = to.idx + len(to.text)
        cue = TextSpan(doc.text[token.idx : cue_end], token.idx, cue_end)
        return _Found(speaker, cue, start, end, False, index, "indirect:according-to", para)

    # ---- quotations without a cue -------------------------------------------
    def _unclaimed(
        self,
        q: QuoteSpan,
        found: list[_Found],
        doc: Doc,
        actors: ArticleActors,
        sent_of: Callable[[int], int],
        para_of: Callable[[int], int],
        sents: list[Span],
    ) -> _Found | None:
        index = sent_of(q.start_char)
        para = para_of(q.start_char)
        # a partial quotation inside a sentence: the speaker is the sentence's subject
        sent = sents[index]
        covers_sentence = q.start_char <= sent.start_char + 1 and q.end_char >= sent.end_char - 2
        if not covers_sentence:
            root = sent.root
            subj = self._speaker_token(root)
            if subj is not None and not (q.start_char <= subj.idx < q.end_char):
                speaker = self._speaker(subj, actors)
                if speaker is not None and speaker.code:
                    return _Found(
                        speaker,
                        None,
                        q.start_char,
                        q.end_char,
                        True,
                        index,
                        "direct:embedded",
                        para,
                    )
        # news convention: a quotation continues the speaker of the same or previous paragraph
        earlier = [
            f
            for f in found
            if f.start_char < q.start_char
            and f.speaker is not None
            and para - 1 <= f.paragraph <= para
        ]
        if earlier:
            prev = max(earlier, key=lambda f: f.start_char)
            return _Found(
                prev.speaker,
                None,
                q.start_char,
                q.end_char,
                True,
                index,
                "direct:continuation",
                para,
            )
        return None
