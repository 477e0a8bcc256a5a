"""Helpers for tests (ours and users'): build parsed Docs by hand, without a model."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .records import Actor, ActorRef, ArticleResult, Event, Quote, TextSpan


def parsed_doc(
    vocab: Vocab,
    rows: Sequence[tuple[str, str, str, int, str]],
    ents: Sequence[tuple[int, int, str, str]] = (),
    tags: Sequence[str] | None = None,
) -> Doc:
    """A Doc from (word, lemma, pos, head index, dep) rows and (start, end, label, key) ents.

    ``key`` is an actor-dictionary entry key such as ``"country:PAK"`` (or "" for a
    statistical entity without one).
    """
    doc = Doc(
        vocab,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        tags=list(tags) if tags is not None else None,
    )
    doc.ents = [Span(doc, s, e, label=label, span_id=key) for s, e, label, key in ents]
    return doc


SAMPLE_TEXT = (
    "Turkey hosts talks on grain\n"
    "Turkish officials met Russian envoys in Ankara on Monday.\n"
    '"We will sign a deal," the Turkish minister said.\n'
    "Russian troops shelled a port in the south."
)


def sample_result(
    article_id: str = "a1",
    *,
    text: str = SAMPLE_TEXT,
    date: str | None = "2022-07-12",
    source: str | None = "Wire",
    url: str | None = "https://example.org/a1",
    coder_version: str = "0.1.0",
    lexicon_version: str = "lex-test",
) -> ArticleResult:
    """A hand-made coded article (three events, one quote, two actors), no model needed.

    Spans are found in ``text``; a text without the sample's words gets no events.
    """
    from .ingest.layout import article_from_text

    article = article_from_text(text, article_id, date=date, url=url, source=source)

    def span(word: str, after: int = 0) -> TextSpan:
        start = text.index(word, after)
        return TextSpan(word, start, start + len(word))

    def ref(word: str, code: str, name: str, kind: str) -> ActorRef:
        s = span(word)
        return ActorRef(code, s.text, s.start_char, s.end_char, name, kind, "dictionary")

    if "Turkish officials" not in text:
        return ArticleResult(article, (), (), (), coder_version, lexicon_version)
    tur = ref("Turkish officials", "TURGOV", "Turkey", "country")
    rus = ref("Russian envoys", "RUSGOV", "Russia", "country")
    mil = ref("Russian troops", "RUSMIL", "Russia", "country")
    events = (
        Event("040", "04", "Consult", 1.0, 1, "CONSULT", "", tur, rus, span("met"), 1,
              False, False, "verbs.tsv:1", 0.9),
        Event("057", "05", "Sign formal agreement", 8.0, 1, "AGREE", "", tur, None,
              span("sign"), 2, False, True, "verbs.tsv:2", 0.45, reported_by="q1"),
        Event("195", "19", "Employ aerial weapons", -10.0, 4, "ASSAULT", "aerial", mil, None,
              span("shelled"), 3, False, False, "verbs.tsv:3", 0.7),
    )  # fmt: skip
    content = span("We will sign a deal,")
    speaker = ref("the Turkish minister", "TURGOV", "Turkey", "country")
    quote = Quote("q1", speaker, span("said"), content, True, 2, "direct:quote-then-cue", (1,))
    actors = (
        Actor("TURGOV", "Turkey", "country", (span("Turkish officials"), span("minister"))),
        Actor("RUSGOV", "Russia", "country", (span("Russian envoys"),)),
        Actor("RUSMIL", "Russia", "country", (span("Russian troops"),)),
    )
    return ArticleResult(article, events, (quote,), actors, coder_version, lexicon_version)
