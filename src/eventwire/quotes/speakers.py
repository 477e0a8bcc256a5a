"""Who is the source of a cue: its subject, a passive agent, a possessor, a document."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import ArticleActors
from ..records import ActorRef
from .spans import tok_end

SUBJECTS = frozenset({"nsubj", "csubj"})
# light verbs whose object noun carries the cue: "issued a statement", "made remarks"
LIGHT_VERBS = frozenset(
    {"issue", "make", "release", "express", "voice", "give", "offer", "deliver", "post", "send"}
)
_LEAVE_OUT = frozenset({"punct", "cc", "relcl", "acl", "advcl", "appos", "prep", "conj"})


def subject_of(cue: Token, depth: int = 0) -> Token | None:
    """The subject of a verb cue, climbing through coordination and participles.

    "X announced A and said B" and "..., saying the talks had failed" take the
    subject of the main clause.
    """
    for child in cue.children:
        if child.dep_ in SUBJECTS:
            return None if child.dep_ == "expl" else child
    if depth > 3 or cue.head.i == cue.i:
        return None
    if cue.dep_ == "conj" and cue.head.pos_ in {"VERB", "AUX"}:
        return subject_of(cue.head, depth + 1)
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ in {"NOUN", "PROPN"}:
        # "she released a statement saying ...": whoever issued the statement
        noun = cue.head
        owner = possessor(noun)
        if owner is None and noun.dep_ == "dobj" and noun.head.pos_ in {"VERB", "AUX"}:
            owner = subject_of(noun.head, depth + 1)
        return owner or noun
    if cue.dep_ in {"advcl", "xcomp"} and cue.tag_ == "VBG":
        return subject_of(cue.head, depth + 1)
    if cue.dep_ == "pcomp" and cue.head.head.pos_ in {"VERB", "AUX"}:
        # "... by saying X", "... without mentioning X"
        return subject_of(cue.head.head, depth + 1)
    if cue.dep_ == "pcomp" and cue.head.head.pos_ in {"NOUN", "PROPN"}:
        return possessor(cue.head.head)
    if cue.dep_ == "xcomp":
        # "X wants to say", "X refused to comment": the controller speaks
        return subject_of(cue.head, depth + 1)
    return None


def passive_agent(cue: Token) -> Token | None:
    """ "was criticised by X": X."""
    for child in cue.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def possessor(noun: Token) -> Token | None:
    """The source of a noun cue: the subject of the verb it is the object of ("Trump
    renewed his call for X", "X issued a statement"), else its possessor ("her
    remarks"), a "by"/"from" phrase or a name compounded with it ("Trump statement")."""
    head = noun.head
    verb = None
    if noun.dep_ in {"dobj", "attr"} and head.pos_ in {"VERB", "AUX"}:
        verb = head
    elif noun.dep_ == "pobj" and head.head.pos_ in {"VERB", "AUX"}:
        # "said in a statement", "in his criticism of X, Y said"
        verb = head.head
    if verb is not None:
        subj = subject_of(verb)
        if subj is not None and subj.dep_ != "expl" and subj.lower_ not in {"it", "there"}:
            return subj
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    for child in noun.children:
        if child.dep_ == "compound" and child.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
            return child
    return None


def speaker_ref(token: Token, actors: ArticleActors) -> ActorRef:
    """The speaker at ``token``: the resolver's actor, else the words of its phrase."""
    ref = actors.resolve(token)
    if ref is not None:
        return ref
    doc = token.doc
    start = token.left_edge.i
    end = token.i + 1
    if token.pos_ not in {"NOUN", "PROPN", "PRON"}:
        # "Many of the leaders", "Nine in 10 voters": the whole phrase
        end = token.right_edge.i + 1
    else:
        # keep the name after the head ("spokesman Eric Ferrero") but no clauses
        for child in token.rights:
            if child.dep_ in _LEAVE_OUT:
                break
            end = child.right_edge.i + 1
    while start < token.i and doc[start].pos_ in {"DET", "PUNCT", "CCONJ"}:
        start += 1
    while end - 1 > token.i and doc[end - 1].pos_ == "PUNCT":
        end -= 1
    span = doc[start:end]
    return ActorRef(
        "",
        span.text,
        span.start_char,
        tok_end(doc[end - 1]),
        span.text,
        "unknown",
        "speaker:unresolved",
    )
