"""Helpers for tests (ours and users'): build parsed Docs by hand, without a model."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab


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
