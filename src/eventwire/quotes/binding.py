"""Bind quotations to attributions: next to a cue, after a colon, or continuing one.

A quotation right before or after its cue ('"...," she said', 'she said: "..."') is its
content; a piece of a quotation running over paragraphs joins its other pieces; a
quotation right after an attribution continues it (PolNeAR: one content in parts); a
colon introducing a quotation is a cue; a longer quotation with no cue goes on with
the latest speaker, and a short one (a scare quote, a title) is left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Token

from ..records import TextSpan
from .attribution import Attribution, Context
from .spans import Range, merge, tok_end
from .speakers import possessor, speaker_ref, subject_of

MIN_STANDALONE_WORDS = 4
_QUOTE_THEN_CUE = re.compile(r"^[\s,\u2014\u2013-]*$")
_CUE_THEN_QUOTE = re.compile(r"^[\s,:\u2014\u2013-]*(that\s*)?$", re.IGNORECASE)


def adjacent_quotes(
    ctx: Context, start: int, end: int, token: Token, *, after_only: bool = False
) -> list[int]:
    """Unclaimed quotations right before the attribution start..end or right after it."""
    text = ctx.text
    para = ctx.para_of(token.idx)
    out = []
    quotes = ctx.quotes.quotes
    i = bisect_right(ctx.quotes.starts, start) - 1
    if not after_only and i >= 0:
        q = quotes[i]
        if (
            i not in ctx.claimed
            and q.outer_end <= start
            and ctx.para_of(q.outer_end - 1) == para
            and _QUOTE_THEN_CUE.match(text[q.outer_end : start])
        ):
            out.append(i)
    j = i + 1
    if j < len(quotes):
        q = quotes[j]
        gap = text[end : q.outer_start]
        if (
            j not in ctx.claimed
            and q.outer_start >= end
            and q.paragraph == para
            and (_CUE_THEN_QUOTE.match(gap) or (len(gap) < 60 and gap.rstrip().endswith(":")))
            and not any(ch in gap for ch in ".?!")
        ):
            out.append(j)
    ctx.claimed.update(out)
    return out


def next_sentence(token: Token, ctx: Context) -> tuple[list[Range], list[int]]:
    """ "X said in a statement. "..."" and "Fox News reports:" + a paragraph: a cue with
    nothing to report in its own sentence introduces the next one."""
    sent = token.sent
    rest = ctx.text[tok_end(token) : sent.end_char].strip()
    if (
        len(rest) > 60
        or not rest.endswith((".", ":"))
        or ctx.quotes.overlapping(token.idx, sent.end_char)
    ):
        return [], []
    i = bisect_right(ctx.quotes.starts, sent.end_char)
    after = ctx.text[sent.end_char :]
    gap = len(after) - len(after.lstrip())
    nxt = sent.end_char + gap
    if (
        i < len(ctx.quotes.quotes)
        and ctx.quotes.quotes[i].outer_start == nxt
        and i not in ctx.claimed
    ):
        ctx.claimed.add(i)
        return [ctx.quotes.whole(i)], [i]
    if rest.endswith(":") and nxt in ctx.para_set:
        para = ctx.para_of(nxt)
        end = ctx.para_ends[para]
        return [(nxt, end)], []
    return [], []


def bind_unclaimed(found: list[Attribution], ctx: Context) -> list[Attribution]:
    """Bind the quotations no cue claimed; ``found`` is in text order, and so is the result.

    A piece of a quotation running over paragraphs joins the attribution of its other
    pieces; a quotation right after an attribution continues it (one content in parts,
    as in PolNeAR); otherwise a colon before it is its cue, or it stands alone.
    """
    owner: dict[int, Attribution] = {}
    for f in found:
        for qi in f.quotes:
            owner.setdefault(qi, f)
        for start, end in f.ranges:
            for qi in ctx.quotes.overlapping(start, end):
                owner.setdefault(qi, f)
    by_group: dict[int, Attribution] = {}
    for qi, f in owner.items():
        by_group.setdefault(ctx.quotes.group[qi], f)
    anchors = [f.anchor for f in found]
    added: list[Attribution] = []
    for qi, q in enumerate(ctx.quotes.quotes):
        if qi in owner:
            continue
        target = by_group.get(ctx.quotes.group[qi])
        if target is None:
            i = bisect_right(anchors, q.outer_start) - 1
            while i > 0 and not found[i].direct and found[i].sentence == found[i - 1].sentence:
                i -= 1
            prev = found[i] if i >= 0 else None
            if prev is not None and _continues(prev, q.outer_start, ctx):
                target = prev
        if target is None:
            extra = colon_quote(qi, ctx) or standalone(qi, found, anchors, ctx)
            if extra is not None:
                added.append(extra)
                owner[qi] = extra
                by_group.setdefault(ctx.quotes.group[qi], extra)
            continue
        target.ranges = merge([*target.ranges, ctx.quotes.whole(qi)], ctx.text)
        target.extent = (min(target.extent[0], q.outer_start), max(target.extent[1], q.outer_end))
        owner[qi] = target
        by_group.setdefault(ctx.quotes.group[qi], target)
    return sorted(found + added, key=lambda f: f.anchor)


def _continues(prev: Attribution, at: int, ctx: Context) -> bool:
    """Whether a quotation opening at ``at`` continues ``prev``: in its sentence, or right
    after it (only its sentence's end between), or opening the next paragraph after a
    direct quotation."""
    if prev.speaker is None:
        return False
    if ctx.sent_of(at) == ctx.sent_of(prev.extent[1] - 1) and at >= prev.extent[0]:
        return True
    gap = ctx.text[prev.extent[1] : at]
    tail = gap.rstrip()
    return (
        at >= prev.extent[1]
        and len(gap) < 200
        and (not tail.strip(" .,") or tail.endswith((".", "?", "!", ":")))
        and (prev.direct or prev.rule.startswith("indirect:clause"))
        and not any(m in gap for m in '"“”')
        and "\n" not in tail
        and ("\n" not in gap or (at in ctx.para_set and prev.direct))
    )


def colon_quote(qi: int, ctx: Context) -> Attribution | None:
    """ "She went on: "..."": a colon introducing a quotation is its cue (PolNeAR);
    the subject of the clause before the colon is the source."""
    q = ctx.quotes.quotes[qi]
    before = ctx.text[: q.outer_start].rstrip(" \t")
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    span = ctx.doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None or colon < ctx.para_starts[ctx.para_of(q.outer_start)]:
        return None
    token = span[0]
    if token.i == 0:
        return None
    top = ctx.doc[token.i - 1]
    while top.head.i != top.i and top.head.idx < colon and top.head.sent == top.sent:
        top = top.head
    subj = subject_of(top) if top.pos_ in {"VERB", "AUX"} else None
    if subj is None and top.pos_ in {"NOUN", "PROPN"}:
        subj = possessor(top) or top  # "Her words:", "More from Jones:"
    if subj is None:
        return None
    return Attribution(
        speaker_ref(subj, ctx.actors),
        TextSpan(":", colon, colon + 1),
        [ctx.quotes.whole(qi)],
        True,
        ctx.sent_of(colon),
        ctx.para_of(colon),
        "direct:colon-quote",
        colon,
        (subj.left_edge.idx, q.outer_end),
        [qi],
    )


def standalone(
    qi: int, found: list[Attribution], anchors: list[int], ctx: Context
) -> Attribution | None:
    """A quotation of a sentence or more with no cue: the latest speaker goes on.

    Short quotations with no cue are scare quotes or titles and are left out.
    """
    q = ctx.quotes.quotes[qi]
    if len(ctx.text[q.start_char : q.end_char].split()) <= MIN_STANDALONE_WORDS:
        return None
    para = ctx.para_of(q.outer_start)
    i = bisect_right(anchors, q.outer_start) - 1
    while i >= 0 and found[i].speaker is None:
        i -= 1
    if i < 0 or found[i].paragraph < para - 2:
        return None
    prev = found[i]
    speaker, rule = prev.speaker, "direct:continuation"
    # "Clinton shared her anxiety with an audience, "...": the subject of the sentence
    # around the quotation, when it has one outside it, is likelier than the last speaker
    sent = ctx.sents[ctx.sent_of(q.outer_start)]
    subj = subject_of(sent.root) if sent.root.pos_ in {"VERB", "AUX"} else None
    if subj is not None and ctx.quotes.at(subj.idx) is None and subj.dep_ != "expl":
        speaker, rule = speaker_ref(subj, ctx.actors), "direct:embedded"
    else:
        near = _nearest_subject(q.outer_start, q.outer_end, para, ctx)
        if near is not None:
            speaker = speaker_ref(near, ctx.actors)
    return Attribution(
        speaker,
        None,
        [ctx.quotes.whole(qi)],
        True,
        ctx.sent_of(q.start_char),
        para,
        rule,
        q.outer_start,
        (q.outer_start, q.outer_end),
        [qi],
    )


def _nearest_subject(start: int, end: int, para: int, ctx: Context) -> Token | None:
    """The subject nearest to start..end in its paragraph, outside any quotation."""
    p_start, p_end = ctx.para_starts[para], ctx.para_ends[para]
    span = ctx.doc.char_span(p_start, p_end, alignment_mode="expand")
    if span is None:
        return None
    best: Token | None = None
    best_gap = 10**9
    for tok in span:
        if tok.dep_ != "nsubj" or tok.pos_ not in {"PROPN", "PRON", "NOUN"}:
            continue
        if ctx.quotes.at(tok.idx) is not None or tok.lower_ in {"it", "there", "this", "that"}:
            continue
        gap = start - tok.idx if tok.idx < start else tok.idx - end
        if gap < best_gap:
            best, best_gap = tok, gap
    return best
