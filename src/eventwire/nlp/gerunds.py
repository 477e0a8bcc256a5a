"""Give back their verb reading to participles the tagger took for nouns.

The small English model often tags the participle of a clause that closes a sentence as a
noun ("China demanded that Canada free her, warning/NN of grave consequences"), while its
parser still hangs the word as an adverbial clause. A word in "-ing" that the parser
treats as a clause after a comma, and whose stem the model knows as a verb, is that
verb's participle: its tag, part of speech and lemma are set accordingly. Heads, labels,
text, offsets and entities are never changed.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from .attrs import assign
from .headlines import known_verbs

ATTRS: list[int | str] = [TAG, POS, LEMMA]


def retag_gerunds(nlp: Language, doc: Doc) -> Doc:
    """``doc`` with each clause participle read as a noun tagged as the verb it is."""
    verbs = known_verbs(nlp)
    found = [
        (t.i, ["VBG", "VERB", stem])
        for t in doc
        if (stem := _participle_stem(t, verbs)) is not None
    ]
    return assign(doc, ATTRS, found, "participle re-tagging")


def _participle_stem(token: Token, verbs: frozenset[str]) -> str | None:
    """The verb a noun-tagged "-ing" clause word is the participle of, else None."""
    word = token.lower_
    if (
        token.tag_ != "NN"
        or token.dep_ != "advcl"
        or not word.endswith("ing")
        or token.i == 0
        or token.doc[token.i - 1].text != ","
    ):
        return None
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base and base in verbs:
            return base
    return None
