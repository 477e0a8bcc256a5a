"""Attribute quotations: find cues, their sources and their content spans.

Cues come from the lexicon (quotes/cues.py): reporting, belief and intention verbs,
raising verbs ("appears to"), cue nouns ("her remarks", "his call for"), documents
("in a new poll"), "according to" and a headline colon ("Trump: ..."). The content
is the cue's complement in the dependency parse, grown to take in whole any
quotation it touches; a quotation next to a cue ("...," she said) is its content.
As in PolNeAR, attributions do not nest (the outermost wins), a content broken up
by its cue is one content in ``parts``, and a quotation that follows its
attribution continues it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.resolver import ArticleActors
from ..records import Article, Quote, TextSpan
from .attribution import Attribution, Context, outermost, to_quotes
from .binding import adjacent_quotes, bind_unclaimed, next_sentence
from .cues import Cue, Cues
from .spans import OBJECT_TAILS, Range, clean, cut_tail, subtree, tok_end
from .speakers import passive_agent, possessor, speaker_ref, subject_of

_OBJECT_DEPS = frozenset({"dobj", "xcomp", "oprd", "attr", "acomp", "ccomp", "dative"})
_EXTEND_DEPS = frozenset({"prep", "advmod", "npadvmod", "oprd", "xcomp", "dobj", "pcomp"})
_QUESTION_MARKS = frozenset({"if", "whether"})
_CIRCUMSTANCE_PREPS = frozenset({"during", "after", "before", "since", "amid", "while"})
_NOUN_CONTENT_PREPS = frozenset({"about", "on", "for", "of", "against", "over", "to", "that"})


class QuoteExtractor:
    """Finds the quotes of a parsed article."""

    def __init__(self, *, cues: Cues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc, article: Article, actors: ArticleActors) -> list[Quote]:
        ctx = Context.build(doc, article, actors)
        found: list[Attribution] = []
        for index, sent in enumerate(ctx.sents):
            for token in sent:
                if ctx.quotes.at(token.idx) is not None:
                    continue
                item = self._from_token(token, index, ctx)
                if item is not None:
                    found.append(item)
        found.extend(self._headline_colons(article, ctx))
        found = outermost(found)
        found.sort(key=lambda f: f.anchor)
        return to_quotes(bind_unclaimed(found, ctx), ctx.text)

    # ---- cues ------------------------------------------------------------------
    def _is_cue(self, token: Token) -> bool:
        return token.pos_ == "VERB" and self._verb_cue(token) is not None

    def _verb_cue(self, token: Token) -> Cue | None:
        """The lexicon row of a verb; "hoping"/"hoped" (lemmatised "hop") find "hope"."""
        lemma = token.lemma_.lower()
        cue = self.cues.verb(lemma)
        if cue is None and token.lower_.endswith(("ing", "ed")) and not lemma.endswith("e"):
            cue = self.cues.verb(lemma + "e")
        return cue

    def _from_token(self, token: Token, index: int, ctx: Context) -> Attribution | None:
        lemma = token.lemma_.lower()
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            return self._according_to(token, index, ctx)
        if token.pos_ == "VERB":
            cue = self._verb_cue(token)
            if cue is not None:
                return self._verb(token, cue, index, ctx)
        elif token.pos_ == "NOUN":
            cue = self.cues.noun(lemma)
            if cue is not None:
                return self._noun(token, cue, index, ctx)
        elif token.dep_ == "prep" and token.lower_ in {"in", "by"}:
            return self._in_document(token, index, ctx)
        return None

    def _verb(self, token: Token, cue: Cue, index: int, ctx: Context) -> Attribution | None:
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
        subj: Token | None
        if cue.kind == "raising":
            subj = None
        elif passive:
            subj = passive_agent(token)
        else:
            subj = subject_of(token)
            if subj is not None and subj.dep_ == "expl":
                subj = None
            head = token.head
            if (
                token.dep_ == "conj"
                and head.dep_ == "ccomp"
                and self._is_cue(head.head)
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
            ):
                # "He said X was Y and called on Z": he calls, not X (the parser hung the
                # second verb inside the first one's content)
                subj = subject_of(head.head)
        if subj is None and not passive and cue.kind != "raising":
            subj = _inverted_subject(token, ctx)
        if subj is None and not passive and cue.kind != "raising":
            return None
        speaker = speaker_ref(subj, ctx.actors) if subj is not None else None
        cue_span = _cue_span(token, ctx.text)
        ranges, path = self._verb_content(token, cue, passive, ctx)
        start = min(subj.left_edge.idx, token.idx) if subj is not None else token.idx
        end = tok_end(token)
        if subj is not None and (subj.right_edge.i < token.i or subj.i > token.i):
            # the subject's phrase, unless the cue is inside it ("a statement saying ...")
            end = max(end, tok_end(subj.right_edge))
        adjacent = adjacent_quotes(ctx, start, end, token)
        if not adjacent and not ranges:
            ranges, adjacent = next_sentence(token, ctx)
        direct = bool(adjacent)
        if adjacent:
            quote_ranges = [ctx.quotes.whole(qi) for qi in adjacent]
            # 'said "of course" she can': the clause around the quotation is the content,
            # but not a lead-in set off by a colon or dash ('... fundraising: "...," he said')
            ranges = quote_ranges + [
                r
                for r in ranges
                if _touches(r, quote_ranges) and not _led_in(r, quote_ranges, ctx.text)
            ]
        if not ranges:
            return None
        ranges = clean(ctx.text, ranges, ctx.quotes)
        if not ranges:
            return None
        quotes_in = [qi for s, e in ranges for qi in ctx.quotes.overlapping(s, e)]
        direct = direct or bool(quotes_in)
        if adjacent:
            rule = "direct:quote-then-cue" if ranges[0][1] <= token.idx else "direct:cue-then-quote"
        elif direct:
            rule = "direct:clause"
        else:
            rule = f"indirect:{path or 'clause'}"
            if cue.kind == "belief":
                rule += ":belief"
        if passive:
            rule += ":passive"
        return Attribution(
            speaker,
            cue_span,
            ranges,
            direct,
            index,
            ctx.para_of(token.idx),
            rule,
            token.idx,
            (min(start, ranges[0][0]), max(end, ranges[-1][1])),
            adjacent + quotes_in,
        )

    def _verb_content(
        self, token: Token, cue: Cue, passive: bool, ctx: Context
    ) -> tuple[list[Range], str]:
        """The content of a verb cue and how it was found (clause, object, ...)."""
        comps = [c for c in token.children if c.dep_ == "ccomp" and self._bound(c, token, ctx)]
        comps += [
            c
            for c in token.children
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in c.children)
        ]
        if comps:
            return [cut_tail(c, self._is_cue) for c in comps], "clause"
        if token.dep_ == "parataxis" and token.head.pos_ in {"VERB", "AUX"}:
            # "Many of the closures, he said, have involved ...": the clause around the cue
            head = token.head
            return [
                (head.left_edge.idx, token.left_edge.idx),
                (tok_end(token.right_edge), tok_end(head.right_edge)),
            ], "parenthetical"
        if passive or cue.kind == "raising":
            subject = next(
                (c for c in token.children if c.dep_ in {"nsubjpass", "nsubj"}),
                None,
            )
            xcomp = [c for c in token.children if c.dep_ == "xcomp"]
            if xcomp:
                parts = [subtree(c) for c in xcomp]
                if subject is not None and subject.lower_ not in {"it", "there"}:
                    parts.append(subtree(subject))
                return parts, "raising"
            if cue.kind == "raising":
                return [], ""
        ranges: list[Range] = []
        if cue.takes_object:
            kids = [c for c in token.rights if c.dep_ in _OBJECT_DEPS]
            if kids:
                first = kids[0]
                last = kids[-1]
                for c in token.rights:
                    if c.i > last.i and c.dep_ in _EXTEND_DEPS and not _circumstance(c):
                        last = c
                    elif c.i > last.i:
                        break
                ranges.append(
                    cut_tail(
                        last,
                        self._is_cue,
                        first=first.left_edge.i,
                        tails=OBJECT_TAILS,
                        cut_conj=False,
                    )
                )
                return ranges, "object"
        if cue.preps:
            for child in token.rights:
                if child.dep_ in {"prep", "prt"} and child.lower_ in cue.preps:
                    objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                    ranges += [cut_tail(o, self._is_cue, tails=OBJECT_TAILS) for o in objs]
                    if objs:
                        return ranges, "prep"
        return ranges, ""

    @staticmethod
    def _bound(comp: Token, cue: Token, ctx: Context) -> bool:
        """A clause before its cue is its content only when no colon or semicolon parts them
        ("Some sounded equivocal: Harman called it ..." is not Harman's)."""
        if comp.i > cue.i:
            return True
        between = ctx.text[tok_end(comp.right_edge) : cue.idx]
        return not any(ch in between for ch in ":;")

    def _noun(self, token: Token, cue: Cue, index: int, ctx: Context) -> Attribution | None:
        if token.dep_ in {"nsubj", "nsubjpass"} and self.cues.verb(token.head.lemma_.lower()):
            return None  # "the statement said ...": the verb is the cue
        ranges: list[Range] = []
        preps = cue.preps or _NOUN_CONTENT_PREPS
        for child in token.rights:
            if child.dep_ in {"acl", "ccomp"} and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in child.children
            ):
                ranges.append(subtree(child))
            elif child.dep_ == "prep" and child.lower_ in preps:
                ranges += [subtree(o) for o in child.children if o.dep_ in {"pobj", "pcomp"}]
            if ranges:
                break
        adjacent = adjacent_quotes(ctx, token.idx, tok_end(token), token, after_only=True)
        if adjacent:
            ranges = [ctx.quotes.whole(qi) for qi in adjacent]
        if not ranges:
            return None
        ranges = clean(ctx.text, ranges, ctx.quotes)
        if not ranges:
            return None
        owner = possessor(token)
        speaker = speaker_ref(owner, ctx.actors) if owner is not None else None
        quotes_in = [qi for s, e in ranges for qi in ctx.quotes.overlapping(s, e)]
        start = min(token.idx, owner.idx if owner is not None else token.idx)
        return Attribution(
            speaker,
            TextSpan(token.text, token.idx, tok_end(token)),
            ranges,
            bool(quotes_in),
            index,
            ctx.para_of(token.idx),
            "direct:noun" if quotes_in else "indirect:noun",
            token.idx,
            (min(start, ranges[0][0]), max(tok_end(token), ranges[-1][1])),
            quotes_in,
        )

    def _according_to(self, token: Token, index: int, ctx: Context) -> Attribution | None:
        to = next(c for c in token.children if c.lower_ == "to")
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return None
        return self._phrase_source(token, objs[0], tok_end(to), "according-to", index, ctx)

    def _in_document(self, token: Token, index: int, ctx: Context) -> Attribution | None:
        """ "In a new poll, Trump leads": the poll is the source of the clause."""
        objs = [c for c in token.children if c.dep_ == "pobj"]
        if not objs or objs[0].lemma_.lower() not in self.cues.documents:
            return None
        head = token.head
        if head.pos_ not in {"VERB", "AUX"} or self.cues.verb(head.lemma_.lower()) is not None:
            return None
        before = token.doc[token.sent.start : token.i]
        if any(not (t.is_punct or t.pos_ in {"CCONJ", "ADV"}) for t in before):
            return None  # only a fronted "In a new poll, ..."; "rises in the polls" is not
        return self._phrase_source(token, objs[0], tok_end(token), "document", index, ctx)

    def _phrase_source(
        self, token: Token, source: Token, cue_end: int, rule: str, index: int, ctx: Context
    ) -> Attribution | None:
        """The clause around a source phrase ("according to X", "in a poll") is its content."""
        sent = token.sent
        outer = (sent.start_char, sent.end_char)
        phrase = subtree(token)
        ranges = [(outer[0], phrase[0]), (phrase[1], outer[1])]
        ranges = clean(ctx.text, ranges, ctx.quotes)
        if not ranges:
            return None
        quotes_in = [qi for s, e in ranges for qi in ctx.quotes.overlapping(s, e)]
        cue = TextSpan(ctx.text[token.idx : cue_end], token.idx, cue_end)
        return Attribution(
            speaker_ref(source, ctx.actors),
            cue,
            ranges,
            bool(quotes_in),
            index,
            ctx.para_of(token.idx),
            f"{'direct' if quotes_in else 'indirect'}:{rule}",
            token.idx,
            (min(outer[0], phrase[0]), max(outer[1], phrase[1])),
            quotes_in,
        )

    def _headline_colons(self, article: Article, ctx: Context) -> list[Attribution]:
        """ "Trump: 'I'm the worst thing that happened to them'": a name, a colon, content."""
        out = []
        doc = ctx.doc
        for para in article.paragraphs:
            head = ctx.text[para.start_char : para.end_char]
            colon = head.find(":")
            if colon <= 0 or colon > 60 or not head[colon + 1 : colon + 2].isspace():
                continue
            span = doc.char_span(para.start_char, para.start_char + colon, alignment_mode="expand")
            if span is None or len(span) > 6 or any(t.pos_ in {"VERB", "AUX"} for t in span):
                continue
            names = [t for t in span if t.pos_ in {"PROPN", "NOUN"} and not t.is_upper]
            if not names or not (
                any(t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in names)
                or names[-1].tag_ == "NNS"
                or names[-1].lemma_.lower() in self.cues.documents
            ):
                continue
            ranges = clean(ctx.text, [(para.start_char + colon + 1, para.end_char)], ctx.quotes)
            rest = (
                doc.char_span(ranges[0][0], ranges[-1][1], alignment_mode="expand")
                if ranges
                else None
            )
            if rest is None or not (
                rest[0].text[0] in "\"“‘'" or any(t.pos_ in {"VERB", "AUX"} for t in rest)
            ):
                continue
            at = para.start_char + colon
            quotes_in = [qi for s, e in ranges for qi in ctx.quotes.overlapping(s, e)]
            out.append(
                Attribution(
                    speaker_ref(names[-1], ctx.actors),
                    TextSpan(":", at, at + 1),
                    ranges,
                    bool(quotes_in),
                    ctx.sent_of(at),
                    ctx.para_of(at),
                    "direct:colon" if quotes_in else "indirect:colon",
                    at,
                    (para.start_char, ranges[-1][1]),
                    quotes_in,
                )
            )
        return out

    # ---- quotations no cue claimed --------------------------------------------


def _cue_span(token: Token, text: str) -> TextSpan:
    end = tok_end(token)
    for child in token.rights:
        if child.dep_ == "prt":
            end = max(end, tok_end(child))
    return TextSpan(text[token.idx : end], token.idx, end)


def _inverted_subject(cue: Token, ctx: Context) -> Token | None:
    """'"...," said David Brock, a Clinton confidant': the name right after the cue, when
    the parser hung it elsewhere."""
    if cue.i == 0 or (
        ctx.quotes.at(cue.doc[cue.i - 1].idx) is None and cue.doc[cue.i - 1].text != ","
    ):
        return None
    for tok in cue.doc[cue.i + 1 : min(cue.i + 4, cue.sent.end)]:
        if tok.pos_ in {"PROPN", "NOUN", "PRON"}:
            while tok.dep_ in {"compound", "flat", "amod"} and tok.head.i > tok.i:
                tok = tok.head
            return tok
        if tok.pos_ not in {"DET", "ADJ", "ADV"}:
            return None
    return None


def _circumstance(token: Token) -> bool:
    """ "on Monday", "during a rally": when and where, not what was said."""
    if token.dep_ in {"npadvmod"}:
        return True
    if token.dep_ == "prep":
        if token.lower_ in _CIRCUMSTANCE_PREPS:
            return True
        return any(c.ent_type_ in {"DATE", "TIME"} for c in token.children if c.dep_ == "pobj")
    return False


def _led_in(r: Range, quotes: list[Range], text: str) -> bool:
    """Whether ``r`` reaches a quotation only through a colon or dash before it."""
    for start, _ in quotes:
        if r[0] < start:
            return text[r[0] : start].rstrip().endswith((":", "-", "\u2014", "\u2013"))
    return False


def _touches(r: Range, others: list[Range]) -> bool:
    return any(r[0] < e and s < r[1] for s, e in others)
