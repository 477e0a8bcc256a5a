"""Verbs written with the prefix "re-" ("re-arrested", "re-imposed").

The tokenizer keeps such a verb one word (see ``load._set_infixes``), so the model
tags and parses it as the verb it is. Its lemmatizer does not know the word and guesses
("re-arreste"); the lemma given here is the stem verb's ("arrest"): re-arresting someone
is arresting them, as far as the event lexicon goes. Heads, labels, tags, text, offsets
and entities are never changed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from .attrs import assign
from .headlines import known_verbs

PREFIXED = re.compile(r"re-([a-z]+)")


def lemmatize_prefixed(nlp: Language, doc: Doc) -> Doc:
    """``doc`` with each "re-" verb lemmatized as its stem verb."""
    found = []
    verbs = known_verbs(nlp)
    for token in doc:
        match = PREFIXED.fullmatch(token.lower_)
        if match is None or not token.tag_.startswith("VB"):
            continue
        lemma = _stem_lemma(nlp, match.group(1), token.tag_)
        if lemma in verbs:
            found.append((token.i, [lemma]))
    return assign(doc, [LEMMA], found, "prefixed-verb lemmas")


@lru_cache(maxsize=1024)
def _stem_lemma(nlp: Language, stem: str, tag: str) -> str:
    """The lemma the model's lemmatizer gives ``stem`` as a verb with ``tag``."""
    if "lemmatizer" not in nlp.pipe_names:
        return stem
    word = Doc(nlp.vocab, words=[stem], tags=[tag], pos=["VERB"])
    return nlp.get_pipe("lemmatizer")(word)[0].lemma_ or stem
