"""Give back their verb reading to verbs the tagger took for nouns.

The small English model often tags the participle of a clause that closes a sentence as a
noun ("China demanded that Canada free her, warning/NN of grave consequences"), while its
parser still hangs the word as an adverbial clause. A word in "-ing" that the parser
treats as a clause after a comma, and whose stem the model knows as a verb, is that
verb's participle: its tag, part of speech and lemma are set accordingly. Likewise a
headline's second verb after a comma ("Britain expels Iranian diplomats, shuts/NNS
embassy in Tehran") that the parser gives a direct object. Heads, labels, text, offsets
and entities are never changed.
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


def retag_listed_verbs(nlp: Language, doc: Doc) -> Doc:
    """``doc`` with each verb listed after a comma and read as a noun tagged as the verb."""
    verbs = known_verbs(nlp)
    found = [
        (t.i, [tag, "VERB", stem])
        for t in doc
        if (reading := _listed_verb(t, verbs)) is not None
        for tag, stem in [reading]
    ]
    return assign(doc, ATTRS, found, "listed verb re-tagging")


def _listed_verb(token: Token, verbs: frozenset[str]) -> tuple[str, str] | None:
    """(tag, lemma) of a noun-tagged word that is a verb listed after another: after a
    comma, with a direct object, on a finite verb before it; else None."""
    head = token.head
    if (
        token.pos_ not in {"NOUN", "PROPN"}
        or not token.text.islower()
        or token.i == 0
        or token.doc[token.i - 1].text != ","
        or not any(c.dep_ == "dobj" for c in token.children)
        or head.pos_ != "VERB"
        or head.tag_ not in {"VBZ", "VBP", "VBD"}
        or head.i > token.i
    ):
        return None
    word = token.lower_
    if word.endswith("es") and word[:-2] in verbs:
        return "VBZ", word[:-2]
    if word.endswith("s") and word[:-1] in verbs:
        return "VBZ", word[:-1]
    return ("VBP", word) if word in verbs else None


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
