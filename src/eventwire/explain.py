"""``eventwire explain``: why a sentence was (or was not) coded the way it was.

Shows the parse, the actors found, every lexicon entry that fired or nearly
fired with the reason, and the events that came out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .actors.resolver import ArticleActors
from .ingest import article_from_text
from .nlp import parse
from .pipeline import Pipeline
from .serialize import event as event_json


@dataclass(frozen=True, slots=True)
class Explanation:
    tokens: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    entries: list[dict[str, Any]]
    events: list[dict[str, Any]]


def explain(pipeline: Pipeline, text: str, *, date: str | None = None) -> Explanation:
    article = article_from_text(
        text, "explain", date=date or pipeline.settings.default_date, title=""
    )
    doc = parse(pipeline.nlp, article)
    result = pipeline.code_doc(article, doc)
    actors = ArticleActors(pipeline.dictionary, doc, article.date, gazetteer=pipeline.gazetteer)
    tokens = [
        {
            "i": t.i,
            "text": t.text,
            "lemma": t.lemma_,
            "pos": t.pos_,
            "dep": t.dep_,
            "head": t.head.i,
            "ent": t.ent_type_,
            "entry": t.ent_id_,
        }
        for t in doc
        if not t.is_space
    ]
    found = []
    for t in doc:
        ref = actors.resolve(t) if t.pos_ in {"NOUN", "PROPN", "PRON"} else None
        if ref is not None:
            found.append(
                {
                    "token": t.i,
                    "text": ref.text,
                    "code": ref.code or None,
                    "name": ref.name,
                    "rule": ref.rule,
                }
            )
    coder = pipeline.event_coder
    entries = []
    for sent in doc.sents:
        fired = {c.trigger.i: c for c in coder.candidates(sent)}
        for t in sent:
            for rule, cameo, why in coder.diagnose(t):
                row = {"token": t.i, "text": t.text, "rule": rule, "cameo": cameo, "why": why}
                cand = fired.get(t.i)
                if cand is not None and cand.rule.startswith(rule):
                    sources, targets = coder.roles_of(cand, actors)
                    row["why"] = (
                        f"fired: source {sources or 'none found'}, target {targets or 'none found'}"
                    )
                entries.append(row)
    return Explanation(tokens, found, entries, [event_json(e) for e in result.events])
