"""Small, local repairs of parses the small English model gets wrong in news text.

Each repair changes only heads and dependency labels of the words it names; text,
offsets, tags and entities are never changed.
"""

from __future__ import annotations

import logging
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from .headlines import QUOTES, headline_like

log = logging.getLogger(__name__)

# conjunctions the model reads as prepositions before a clause ("as China and Brazil sign")
CLAUSE_MARKS = frozenset({"as", "while", "after", "before", "since", "until"})
Arc = tuple[int, int, str]  # (word, new head, new label)
# particles the model may label as prepositions ("brushing aside an ECOWAS demand")
NEVER_PREPOSITIONS = frozenset({"aside", "away", "back"})
# verbs that call someone something ("called Bush 'the devil'")
NAMING = frozenset({"call", "brand", "label", "dub", "term"})
# harm a headline tells in the passive without its auxiliary ("Bhutto killed in attack")
HEADLINE_PASSIVES = frozenset(
    {"kill", "wound", "injure", "assassinate", "shoot", "kidnap", "abduct", "arrest", "detain"}
)
# "..., an allegation Kyiv denied": a closing denial of what the sentence told
DENYING = frozenset({"deny", "reject", "dismiss", "refute"})
SUMMED_CLAIMS = frozenset({"allegation", "accusation", "charge", "claim"})
# speech acts a demander goes on to make ("..., and threatened sanctions")
STANCES = frozenset({"threaten", "warn", "vow", "accuse", "urge", "condemn", "pledge"})
DEMANDING = frozenset({"demand", "insist", "ask"})
# verbs that close a sentence with its source ("..., the ministry said")
REPORTING = frozenset({"say", "report", "add", "allege", "claim", "announce", "confirm"})
# what people do in the street ("fired at students protesting against fees", "opened fire
# on people marching in Managua")
PROTESTING = frozenset({"protest", "demonstrate", "march", "rally", "picket", "demand", "chant"})
# where and when an adjunct says something happened ("at a summit in Jakarta on Saturday")
SETTINGS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
OCCASIONS = frozenset(
    {"summit", "meeting", "conference", "session", "talk", "call", "visit", "forum", "ceremony"}
)
# what hangs on a clause's verb rather than on its object noun
VERB_ADJUNCTS = frozenset({"prep", "punct", "acl", "advcl", "npadvmod", "advmod"})
# what makes a verb a clause of its own: a subject or an auxiliary
CLAUSE_HOLDERS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})


def repair(doc: Doc) -> Doc:
    """Every repair below, in order; each leaves a parse it cannot improve as it was."""
    for step in (
        attach_participles,
        attach_clause_subjects,
        attach_coordinated_clause_subjects,
        attach_quoted_names,
        split_coordinated_names,
        promote_stranded_verbs,
        close_between_lists,
        attach_conjoined_subjects,
        attach_stranded_subjects,
        attach_trailing_reporters,
        attach_participles_after_to,
        attach_interjected_appositions,
        attach_particle_objects,
        attach_names_read_as_clauses,
        attach_compound_subjects,
        attach_named_objects,
        mark_headline_passives,
        attach_reduced_relatives,
        attach_protesting_participles,
        promote_reported_participles,
        promote_verbs_read_as_modifiers,
        promote_past_verbs_of_root_nouns,
        attach_trailing_denials,
        chain_listed_verbs,
        attach_listed_dep_verbs,
        lift_finite_conjuncts_of_gerunds,
        lift_stances_out_of_demands,
        attach_stranded_infinitives,
        attach_coordinated_gerunds,
        attach_names_read_as_prepositions,
    ):
        doc = step(doc)
    return doc


def attach_participles(doc: Doc) -> Doc:
    """ "sentenced ousted Prime Minister Sheikh Hasina", "tortured detained political
    activists": a participle right after a verb describes that verb's object. The model
    reads it as a second verb taking the object; it becomes the object's modifier and
    the object the first verb's own."""
    arcs: list[Arc] = []
    for participle, obj, verb in (m for t in doc if (m := _participle_move(t)) is not None):
        if participle.dep_ == "ROOT":
            # "A court sentenced ousted ...": the model made the first verb a clause of
            # the subject; it becomes the main verb, the subject its own
            arcs += [(verb.i, verb.i, "ROOT"), (verb.head.i, verb.i, "nsubj")]
        arcs += [(obj.i, verb.i, "dobj"), (participle.i, obj.i, "amod")]
        # "... to death": the participle's other words are the first verb's
        arcs += [
            (child.i, verb.i, child.dep_)
            for child in participle.children
            if child.i not in {obj.i, verb.head.i}
        ]
    return _rewire(doc, arcs, "participle")


def attach_clause_subjects(doc: Doc) -> Doc:
    """ "as China and Brazil sign 15 agreements": the model reads the conjunction as a
    preposition taking the names, and leaves the verb after them without a subject. The
    names become the verb's subject and the conjunction its marker."""
    arcs: list[Arc] = []
    for mark, subject, verb in (m for t in doc if (m := _clause_move(t)) is not None):
        arcs += [(subject.i, verb.i, "nsubj"), (mark.i, verb.i, "mark")]
    return _rewire(doc, arcs, "clause subject")


def attach_coordinated_clause_subjects(doc: Doc) -> Doc:
    """ "hours after Maduro's government and the opposition resumed negotiations": the
    model reads the conjunction as a preposition taking the first name, and the second
    name with the verb as a clause coordinated with the sentence's. The names, coordinated,
    are the verb's subject, the conjunction its marker, and the clause the one it marks."""
    arcs: list[Arc] = []
    for mark in doc:
        if mark.text.lower() not in CLAUSE_MARKS or mark.dep_ != "prep":
            continue
        objects = [c for c in mark.children if c.dep_ == "pobj"]
        if len(objects) != 1 or objects[0].pos_ not in {"PROPN", "NOUN"}:
            continue
        first = objects[0]
        after = first.right_edge.i + 1
        if after + 1 >= len(doc) or doc[after].dep_ != "cc" or doc[after].text.lower() != "and":
            continue
        second = next(
            (t for t in doc[after + 1 :] if t.dep_ == "nsubj" and t.left_edge.i == after + 1),
            None,
        )
        verb = second.head if second is not None else None
        if (
            second is None
            or verb is None
            or verb.dep_ != "conj"
            or verb.tag_ not in {"VBD", "VBZ", "VBP"}
            or verb.i < second.i
            or any(t.text == "," for t in doc[after : second.i])
        ):
            continue
        arcs += [
            (first.i, verb.i, "nsubj"),
            (second.i, first.i, "conj"),
            (after, first.i, "cc"),
            (mark.i, verb.i, "mark"),
            (verb.i, mark.head.i, "advcl"),
        ]
        # ("hours after ...": what measured the conjunction measures the clause)
        arcs += [(c.i, verb.i, c.dep_) for c in mark.children if c.dep_ != "pobj"]
    return _rewire(doc, arcs, "coordinated clause subject")


def attach_quoted_names(doc: Doc) -> Doc:
    """ "called Bush 'the devil'", "calls Moon 'impudent'": the quote mark makes the model
    read the name as a possessor or modifier of the quoted word. The name becomes the
    verb's object and the quoted word what it is called."""
    arcs: list[Arc] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING:
            continue
        for called in (c for c in verb.children if c.dep_ in {"dobj", "oprd"}):
            quoted = [
                a
                for a in called.children
                if a.dep_ == "appos" and doc[a.left_edge.i - 1].text in QUOTES
            ]
            if called.pos_ == "PROPN" and len(quoted) == 1:
                # "called U.S. President Donald Trump 'a racist'" read as an apposition
                arcs += [(called.i, verb.i, "dobj"), (quoted[0].i, verb.i, "oprd")]
                continue
            names = [
                c
                for c in called.children
                if c.dep_ in {"poss", "nmod", "compound"} and c.pos_ == "PROPN"
            ]
            if len(names) != 1:
                continue
            name = names[0]
            # the quote opens between the name and the word it quotes
            quotes = [t for t in doc[name.i + 1 : called.i] if t.text in QUOTES]
            if quotes and all(t.i < quotes[0].i for t in name.subtree if t.text not in QUOTES):
                arcs += [
                    (name.i, verb.i, "dobj"),
                    (called.i, verb.i, "oprd"),
                    (quotes[0].i, called.i, "punct"),
                ]
    return _rewire(doc, arcs, "quoted name")


def split_coordinated_names(doc: Doc) -> Doc:
    """ "U.S. President Donald Trump and Russian President Vladimir Putin discussed",
    "Egyptian President Sisi and Jordan's King Abdullah met": the model hangs the first
    name inside the second (as its title's apposition, or as its possessor) and the
    second name's title on the first as a conjunct. The first name becomes the phrase's
    head and the second its conjunct, each with its own title."""
    arcs: list[Arc] = []
    for first in doc:
        move = _name_split(first)
        if move is None:
            continue
        cc, second, last = move
        head = (
            (first.i, first.i, "ROOT") if last.dep_ == "ROOT" else (first.i, last.head.i, last.dep_)
        )
        arcs += [head, (last.i, first.i, "conj")]
        if second.i != last.i:
            # "... and Jordan's King Abdullah": the conjunct's possessor or title is its own
            arcs.append((second.i, last.i, "poss" if _possessive(second) else "compound"))
        arcs += [
            (t.i, first.i, t.dep_)
            for t in doc[last.left_edge.i : cc.i]
            if t.i != first.i and cc.i < t.head.i <= last.i
        ]
    return _rewire(doc, arcs, "coordinated names")


def _name_split(first: Token) -> tuple[Token, Token, Token] | None:
    """(conjunction, conjunct, last name) where ``first`` is a name the model hung inside
    the name after its "and", else None."""
    # ("... Donald Trump and European Commission President Ursula von der Leyen": or a
    # noun modifier, not the "North" of "North and South Korea")
    if first.pos_ != "PROPN" or first.dep_ not in {"appos", "compound", "poss", "nmod"}:
        return None
    ccs = [c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"]
    conjs = [c for c in first.children if c.dep_ == "conj"]
    if len(ccs) != 1 or len(conjs) != 1 or _possessive(first):
        return None
    cc, second = ccs[0], conjs[0]
    last = first.head
    while last.dep_ in {"compound", "appos"} and last.head.i > last.i:
        last = last.head
    if (
        last.pos_ != "PROPN"
        or (first.dep_ == "nmod" and last.ent_type_ in {"GPE", "LOC", "NORP"})
        or not cc.i < second.i <= last.i
        or last.i <= first.i
        or any(t.text in {",", ";"} for t in first.doc[cc.i : last.i])
        or (first.dep_ == "poss") != _possessive(second)
    ):
        return None
    return cc, second, last


def _possessive(token: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in {"'s", "'", "’s"} for c in token.children)


def promote_stranded_verbs(doc: Doc) -> Doc:
    """ "Anwar Ibrahim, the current ASEAN chair, offered on Thursday to mediate": with the
    verb tagged as a participle, the model reads it as a reduced relative on the
    apposition and leaves the sentence with a name for its root. When nothing else is the
    sentence's verb, that participle is: it becomes the root and the name its subject."""
    arcs: list[Arc] = []
    for sent in doc.sents:
        name = sent.root
        if name.pos_ not in {"PROPN", "NOUN"}:
            continue
        verbs = [
            v
            for a in name.children
            if a.dep_ == "appos" and a.i > name.i
            for v in a.children
            if v.dep_ == "acl"
            and v.tag_ in {"VBN", "VBD"}
            and doc[v.i - 1].text == ","  # "..., the current ASEAN chair, offered"
            and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in v.children)
        ]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        arcs += [(verb.i, verb.i, "ROOT"), (name.i, verb.i, "nsubj")]
        # the sentence's closing mark goes with its new root
        arcs += [
            (c.i, verb.i, "punct") for c in name.children if c.dep_ == "punct" and c.i > verb.i
        ]
    return _rewire(doc, arcs, "stranded verb")


def attach_conjoined_subjects(doc: Doc) -> Doc:
    """ "Negotiators sat down for talks, and Turkish President Tayyip Erdogan, opening the
    meeting, urged both sides to halt the fighting": the model makes the second clause's
    subject a conjunct of the first verb, and its verb another conjunct with no subject.
    The name becomes that verb's subject (with what stands between them)."""
    arcs: list[Arc] = []
    for verb in doc:
        if verb.pos_ != "VERB" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        conjs = [c for c in verb.children if c.dep_ == "conj"]
        for name in (c for c in conjs if c.pos_ in {"PROPN", "NOUN"} and c.i > verb.i):
            later = [
                c
                for c in conjs
                if c.i > name.i
                and c.pos_ == "VERB"
                and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
            ]
            if not later:
                continue
            second = later[0]
            if any(c.pos_ in {"PROPN", "NOUN"} for c in conjs if name.i < c.i < second.i):
                continue
            arcs.append((name.i, second.i, "nsubj"))
            arcs += [
                (t.i, second.i, t.dep_)
                for t in verb.children
                if name.i < t.i < second.i and t.dep_ in {"advcl", "punct"}
            ]
    return _rewire(doc, arcs, "conjoined subject")


def attach_stranded_subjects(doc: Doc) -> Doc:
    """ "Iran released five Americans on Monday and Washington freed five Iranians", "...
    from Germany, and the United States and the EU demanded his release": the model
    coordinates the second clause's subject with the first clause's last noun and leaves
    the second verb without one. The names right before the verb become its subject."""
    arcs: list[Arc] = []
    for verb in doc:
        if (
            verb.dep_ != "conj"
            or verb.tag_ not in {"VBD", "VBZ", "VBP"}
            or verb.i == 0
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
        ):
            continue
        name = doc[verb.i - 1]
        if name.dep_ != "conj" or name.pos_ not in {"PROPN", "NOUN"} or name.head.i > name.i:
            continue
        while name.head.dep_ == "conj" and name.head.pos_ in {"PROPN", "NOUN"}:
            name = name.head  # "the United States and the EU": the first of the names
        first = name.head
        cc = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
        if (
            cc is None
            or cc.lower_ not in {"and", "but"}
            or cc.head.i != first.i
            or first.dep_ in {"nsubj", "nsubjpass"}
            or first.i < verb.head.left_edge.i
        ):
            continue
        arcs += [(name.i, verb.i, "nsubj"), (cc.i, verb.head.i, "cc")]
    return _rewire(doc, arcs, "stranded subject")


def attach_trailing_reporters(doc: Doc) -> Doc:
    """ "... against Tigrayans in western Tigray, Human Rights Watch and Amnesty
    International said": the model lists the reporters among the nouns before the comma
    and leaves the closing "said" without a subject. The names between the comma and the
    reporting verb are its subject."""
    arcs: list[Arc] = []
    for verb in doc:
        if (
            verb.lemma_.lower() not in REPORTING
            or verb.i < 2
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
        ):
            continue
        commas = [t.i for t in doc[: verb.i] if t.text == ","]
        if not commas or doc[verb.i - 1].pos_ not in {"PROPN", "NOUN"}:
            continue
        span = doc[commas[-1] + 1 : verb.i]
        # the one word of the span hung outside it: the first of the names
        heads = [t for t in span if not commas[-1] < t.head.i < verb.i]
        if (
            len(heads) == 1
            and heads[0].dep_ == "conj"
            and heads[0].head.i < commas[-1]
            and all(t.pos_ in {"PROPN", "NOUN", "ADJ", "CCONJ", "DET"} for t in span)
        ):
            arcs.append((heads[0].i, verb.i, "nsubj"))
    return _rewire(doc, arcs, "trailing reporter")


def attach_participles_after_to(doc: Doc) -> Doc:
    """ "granted asylum to ousted Syrian President Bashar al-Assad", "handed over to jailed
    opposition leaders": the model reads "to" and the participle after it as an infinitive
    ("to oust ...") taking the name as its object. The participle becomes the name's
    modifier, the name the object of "to", and "to" a preposition of the verb."""
    arcs: list[Arc] = []
    for participle in doc:
        if participle.tag_ != "VBN" or participle.dep_ not in {"advcl", "xcomp"}:
            continue
        to = doc[participle.i - 1] if participle.i > 0 else None
        if to is None or to.lower_ != "to" or to.dep_ != "aux" or to.head.i != participle.i:
            continue
        objects = [c for c in participle.children if c.dep_ == "dobj"]
        if len(objects) != 1 or objects[0].left_edge.i != participle.i + 1:
            continue
        if any(c.dep_ not in {"aux", "dobj"} for c in participle.children):
            continue
        verb = participle.head
        arcs += [
            (to.i, verb.i, "prep"),
            (objects[0].i, to.i, "pobj"),
            (participle.i, objects[0].i, "amod"),
        ]
    return _rewire(doc, arcs, "participle after to")


def attach_interjected_appositions(doc: Doc) -> Doc:
    """ "Scholz arrived in Israel on Tuesday, the first Western leader to visit since the
    attack, and expressed support": the model makes the phrase between commas the
    subject of the second verb. It describes the first verb's subject (an apposition),
    and the second verb shares that subject."""
    arcs: list[Arc] = []
    for verb in doc:
        if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
            continue
        first = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(first) != 1 or len(subjects) != 1:
            continue
        phrase = subjects[0]
        start = phrase.left_edge.i
        if start <= verb.head.i or doc[start - 1].text != ",":
            continue
        # what follows the phrase, up to the verb: the model may hang the ", and" on the
        # phrase, and a date may come between ("..., many of them opposition leaders, on
        # Thursday and deported them")
        inside = {t.i for t in phrase.subtree if t.dep_ not in {"punct", "cc"}}
        between = [
            t.lower_
            for t in doc[phrase.i + 1 : verb.i]
            if t.i not in inside and t.ent_type_ != "DATE"
        ]
        if between != [",", "and"] or phrase.pos_ != "NOUN":
            continue
        arcs.append((phrase.i, first[0].i, "appos"))
    return _rewire(doc, arcs, "interjected apposition")


def close_between_lists(doc: Doc) -> Doc:
    """ "demanded a ceasefire between Israel and Hamas and the release of all hostages":
    the model lists the second demand among the sides of "between". A common noun with
    its own article after the named sides is a conjunct of the noun "between" hangs on."""
    arcs: list[Arc] = []
    for prep in doc:
        if prep.lower_ != "between" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
            continue
        sides = [c for c in prep.children if c.dep_ == "pobj"]
        if len(sides) != 1 or sides[0].pos_ != "PROPN":
            continue
        first = sides[0]
        for conj in first.conjuncts:
            named = [c for c in first.conjuncts if c.i < conj.i]
            if (
                conj.pos_ == "NOUN"
                and named
                and all(c.pos_ == "PROPN" for c in named)
                and any(c.dep_ == "det" for c in conj.children)
            ):
                arcs.append((conj.i, prep.head.i, "conj"))
                arcs += [
                    (c.i, prep.head.i, "cc")
                    for c in doc[named[-1].i + 1 : conj.i]
                    if c.dep_ == "cc" and c.head.i == first.i
                ]
    return _rewire(doc, arcs, "between list")


def attach_particle_objects(doc: Doc) -> Doc:
    """ "Trump calls off secret talks with Taliban": the model hangs the object on the
    particle as if it were a preposition; a particle takes no object, so it becomes the
    verb's. So with a word that is never a preposition ("brushing aside an ECOWAS
    demand"), which the model may also label as one."""
    arcs: list[Arc] = []
    for particle in doc:
        bare = particle.dep_ == "prep" and particle.text.lower() in NEVER_PREPOSITIONS
        if not (particle.dep_ == "prt" or bare) or particle.head.pos_ != "VERB":
            continue
        for obj in particle.children:
            if obj.dep_ == "pobj" and not any(c.dep_ == "dobj" for c in particle.head.children):
                arcs.append((obj.i, particle.head.i, "dobj"))
                if bare:
                    arcs.append((particle.i, particle.head.i, "prt"))
    return _rewire(doc, arcs, "particle object")


def attach_names_read_as_clauses(doc: Doc) -> Doc:
    """ "ECOWAS leaders on Sunday gave ...": the model reads a name that opens the
    sentence as a clause of its own (a verb with no words of its own); it names the
    subject right after it."""
    arcs: list[Arc] = []
    for name in doc:
        if name.dep_ != "advcl" or list(name.children) or not name.ent_type_:
            continue
        if not (name.is_sent_start or (name.i > 0 and doc[name.i - 1].dep_ == "det")):
            continue
        if name.i + 1 >= len(doc):
            continue
        subject = doc[name.i + 1]
        if subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.i == name.head.i:
            arcs.append((name.i, subject.i, "compound"))
    return _rewire(doc, arcs, "name read as a clause")


def attach_compound_subjects(doc: Doc) -> Doc:
    """ "Erdogan apologises to Putin": the model hangs the headline's name on its verb as
    a compound, which a verb cannot have; the name is the verb's subject."""
    arcs = [
        (name.i, name.head.i, "nsubj")
        for name in doc
        if name.dep_ == "compound"
        and name.pos_ == "PROPN"
        and name.head.pos_ == "VERB"
        and name.i < name.head.i
        and name.right_edge.i == name.head.i - 1
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in name.head.children)
    ]
    return _rewire(doc, arcs, "compound subject")


def attach_named_objects(doc: Doc) -> Doc:
    """ "called the junta's campaign a textbook example of ethnic cleansing": the model
    reads both nouns after a naming verb as what the object is called; the first is the
    object. "called the US tariffs stupid and unjust": an adjective after the object is
    what it is called, not the object's modifier."""
    arcs: list[Arc] = []
    for verb in doc:
        if verb.lemma_.lower() not in NAMING | {"describe"} or verb.pos_ != "VERB":
            continue
        called = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(called) == 2 and not objects:
            arcs.append((called[0].i, verb.i, "dobj"))
        arcs += [
            (a.i, verb.i, "oprd")
            for o in objects
            if not called
            for a in o.children
            if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > o.i
        ]
    return _rewire(doc, arcs, "named object")


def attach_reduced_relatives(doc: Doc) -> Doc:
    """ "helicopters dropped barrel bombs packed with chlorine": the model reads the
    object and the participle after it as a clause of their own ("bombs packed"); the
    object is the verb's, the participle describes it."""
    arcs: list[Arc] = []
    for clause in doc:
        verb = clause.head
        if (
            clause.dep_ != "ccomp"
            or clause.tag_ != "VBN"
            or verb.pos_ != "VERB"
            or verb.i > clause.i
            or any(c.dep_ == "dobj" for c in verb.children)
            or any(c.dep_ in {"aux", "auxpass", "mark"} for c in clause.children)
        ):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) == 1 and subjects[0].pos_ == "NOUN" and subjects[0].i == clause.i - 1:
            arcs += [(subjects[0].i, verb.i, "dobj"), (clause.i, subjects[0].i, "acl")]
    return _rewire(doc, arcs, "reduced relative")


def attach_protesting_participles(doc: Doc) -> Doc:
    """ "Police fired tear gas at supporters of Raila Odinga protesting against the cost
    of living": the model hangs the participle on the verb, so the police protest. A
    protesting participle right after the verb's object (or its preposition's), with no
    comma or subject of its own, tells what the people named by that object do."""
    arcs: list[Arc] = []
    for clause in doc:
        verb = clause.head
        if (
            clause.dep_ != "advcl"
            or clause.tag_ != "VBG"
            or clause.lemma_.lower() not in PROTESTING
            or verb.i > clause.i
            or any(c.dep_ in CLAUSE_HOLDERS | {"mark"} for c in clause.children)
        ):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
        ]
        people = next((o for o in objects if o.right_edge.i == clause.i - 1), None)
        if people is not None and people.tag_ in {"NNS", "NNPS"}:
            arcs.append((clause.i, people.i, "acl"))
    return _rewire(doc, arcs, "protesting participle")


def promote_reported_participles(doc: Doc) -> Doc:
    """ "Pro-government forces executed at least 82 civilians ..., the U.N. human rights
    office said": the model reads the reported verb as a participle modifying its subject
    and makes that subject a second subject of the reporting verb. A past form with a
    direct object of its own (so not a passive) on a noun whose verb has another subject
    after it is the reported clause, and the noun its subject."""
    arcs: list[Arc] = []
    for verb in doc:
        noun = verb.head
        if (
            verb.dep_ != "acl"
            or verb.tag_ not in {"VBD", "VBN"}
            or noun.i >= verb.i
            or noun.dep_ not in {"nsubj", "dep"}
            or not any(c.dep_ == "dobj" for c in verb.children)
            or any(c.dep_ in CLAUSE_HOLDERS | {"mark"} for c in verb.children)
        ):
            continue
        reporter = noun.head
        if reporter.i < verb.i or not any(
            c.dep_ == "nsubj" and c.i > verb.i for c in reporter.children
        ):
            continue
        arcs += [(verb.i, reporter.i, "ccomp"), (noun.i, verb.i, "nsubj")]
    return _rewire(doc, arcs, "reported participle")


def promote_verbs_read_as_modifiers(doc: Doc) -> Doc:
    """ "The bloc ECOWAS imposed financial sanctions on Niger's junta and threatened to
    use force": after an acronym the model reads the verb as a modifier of its object
    ("imposed sanctions") and the object as the name's. A past form between a name and
    the noun it modifies, where that noun hangs on the name as an object, is the verb:
    it takes the object, and the name's place as the subject's verb."""
    arcs: list[Arc] = []
    for verb in doc:
        obj, name = verb.head, doc[verb.i - 1] if verb.i else verb
        if (
            verb.dep_ != "amod"
            or verb.tag_ not in {"VBD", "VBN"}
            or not verb.text.islower()
            or obj.i <= verb.i
            or obj.dep_ != "dobj"
            or obj.head.i != name.i
            or name.pos_ in {"VERB", "AUX"}
            or name.ent_type_ not in {"ORG", "GPE", "NORP", "PERSON"}
        ):
            continue
        # "... ECOWAS/ROOT imposed sanctions": the name is the subject;
        # "The bloc ECOWAS/appos imposed sanctions ... and threatened/ROOT": the bloc is, and
        # the verb the bloc had is the new one's conjunct
        if name.dep_ == "ROOT":
            subject, other = name, None
        elif (
            name.dep_ == "appos"
            and name.head.dep_ == "nsubj"
            and name.head.head.dep_ == "ROOT"
            and name.head.head.i > obj.i
        ):
            subject, other = name.head, name.head.head
        else:
            continue
        arcs += [(verb.i, verb.i, "ROOT"), (subject.i, verb.i, "nsubj"), (obj.i, verb.i, "dobj")]
        if other is not None:
            arcs.append((other.i, verb.i, "conj"))
        # the name's words after the verb ("and", the closing mark) go with the verb
        arcs += [(c.i, verb.i, c.dep_) for c in name.children if c.i > verb.i and c.i != obj.i]
    return _rewire(doc, arcs, "verb read as modifier")


def promote_past_verbs_of_root_nouns(doc: Doc) -> Doc:
    """ "Myanmar's military seized power on Monday, detaining ...", "Trump hosted French
    President Emmanuel Macron": the model reads the subject as a modifier, the verb as one
    too and the object as the root. A past form modifying the root noun of a sentence (or
    its possessor: "hosted Sudan's army chief") is the verb where nothing else is: a past
    tense with no verb between it and the noun, a participle with no finite verb in the
    sentence. The word before it is its subject, with the root's words before that; the
    root is its object, whose adjuncts after it go with the verb."""
    arcs: list[Arc] = []
    for verb in doc:
        noun = verb.head if verb.head.dep_ != "poss" else verb.head.head
        subject = doc[verb.i - 1] if verb.i else verb
        # "Trump hosted Macron on Tuesday, and the two leaders discussed ...": the noun
        # read as the first of two subjects of the next clause's verb
        later = noun.head if _second_subject(noun) else None
        if (
            verb.dep_ != "amod"
            or verb.tag_ not in {"VBD", "VBN"}
            or not verb.text.islower()
            or (noun.dep_ != "ROOT" and later is None)
            or noun.pos_ not in {"NOUN", "PROPN"}
            or noun.i <= verb.i
            or subject.i == verb.i
            or subject.head.i not in {noun.i, verb.head.i, verb.i}
            # ("Turkey/npadvmod mediated talks between Russia and Ukraine")
            or subject.dep_ not in {"amod", "compound", "nmod", "npadvmod"}
            or subject.pos_ not in {"NOUN", "PROPN", "ADJ"}
            or any(doc[i].pos_ in {"VERB", "AUX"} for i in range(verb.i + 1, noun.i))
        ):
            continue
        if (
            verb.tag_ == "VBN"
            and later is None
            and any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in verb.sent if t.i != verb.i)
        ):
            continue  # ("Iran backed militias attacked the base": a participle after all)
        arcs += [(verb.i, verb.i, "ROOT"), (subject.i, verb.i, "nsubj"), (noun.i, verb.i, "dobj")]
        if later is not None:
            arcs.append((later.i, verb.i, "conj"))
            arcs += [(c.i, verb.i, "cc") for c in noun.children if c.dep_ == "cc"]
        arcs += [
            (c.i, subject.i, c.dep_)
            for c in {*noun.children, *verb.head.children}
            if c.i < subject.i
        ]
        # (", detaining ...": a clause on the noun becomes one on the verb)
        arcs += [
            (c.i, verb.i, "advcl" if c.dep_ == "acl" else c.dep_)
            for c in noun.children
            if c.i > noun.i and c.dep_ in VERB_ADJUNCTS
        ]
    return _rewire(doc, arcs, "past verb read as modifier")


def _second_subject(noun: Token) -> bool:
    """A subject whose verb has another subject after it, past "and": the model's reading
    of "X hosted Y ..., and the two leaders discussed ..." as one clause."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.dep_ == "ROOT"
        and any(c.dep_ == "cc" for c in noun.children)
        and any(c.dep_ == "nsubj" and noun.i < c.i < verb.i for c in verb.children)
    )


def attach_trailing_denials(doc: Doc) -> Doc:
    """ "Russia accused Ukrainian intelligence of the killing, an allegation Kyiv denied":
    the model makes the closing denial the root and the accusation its clause, so the
    accusation reads as denied. The accusation is the root; the allegation noun sums it
    up, and the denial is that noun's relative clause."""
    arcs: list[Arc] = []
    for sent in doc.sents:
        denial = sent.root
        if denial.lemma_.lower() not in DENYING:
            continue
        nouns = [
            c
            for c in denial.children
            if c.dep_ == "dobj" and c.lemma_.lower() in SUMMED_CLAIMS and c.i < denial.i
        ]
        if len(nouns) != 1 or nouns[0].left_edge.i == 0:
            continue
        noun = nouns[0]
        comma = doc[noun.left_edge.i - 1]
        told = [c for c in denial.children if c.dep_ == "ccomp" and c.i < comma.i]
        if comma.text != "," or len(told) != 1:
            continue
        accusation = told[0]
        arcs += [
            (accusation.i, accusation.i, "ROOT"),
            (noun.i, accusation.i, "npadvmod"),
            (denial.i, noun.i, "relcl"),
        ]
        # the comma and the sentence's closing mark go with the new root
        arcs += [
            (c.i, accusation.i, "punct")
            for c in denial.children
            if c.dep_ == "punct" and (c.i == comma.i or c.i > denial.i)
        ]
    return _rewire(doc, arcs, "trailing denial")


def chain_listed_verbs(doc: Doc) -> Doc:
    """ "Sudan's army arrested President Omar al-Bashir, declared a state of emergency and
    imposed a curfew", "Myanmar army detains Suu Kyi, declares state of emergency": the
    model reads the first clause as what the later verb reports, and leaves that verb
    without a subject. A subjectless root after a comma, whose clause before the comma has
    a subject, is that clause's next verb: the first clause is the root, the later verb
    its conjunct (and takes its subject)."""
    arcs: list[Arc] = []
    for sent in doc.sents:
        verb = sent.root
        if (
            verb.pos_ != "VERB"
            or verb.tag_ not in {"VBD", "VBZ", "VBP"}
            or verb.i == 0
            or doc[verb.i - 1].text != ","
            or any(c.dep_ in CLAUSE_HOLDERS for c in verb.children)
        ):
            continue
        first = [
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.i < verb.i
            and c.tag_ == verb.tag_
            and any(s.dep_ == "nsubj" for s in c.children)
        ]
        if len(first) != 1:
            continue
        clause = first[0]
        arcs += [(clause.i, clause.i, "ROOT"), (verb.i, clause.i, "conj")]
        arcs += [(c.i, clause.i, c.dep_) for c in verb.children if c.dep_ == "punct"]
    return _rewire(doc, arcs, "listed verbs")


def attach_listed_dep_verbs(doc: Doc) -> Doc:
    """ "Trump and Kim meet in Singapore, sign pledge on denuclearisation": the model hangs
    the verb after the comma as an unlabelled dependent. A finite verb after a comma, with
    no subject of its own, on a verb before it that has one, is that verb's conjunct."""
    arcs: list[Arc] = []
    for verb in doc:
        head = verb.head
        if (
            verb.dep_ == "dep"
            and verb.pos_ == "VERB"
            # (a plural's present read as a base form: "meet ..., sign")
            and (verb.tag_ in {"VBD", "VBZ", "VBP"} or (verb.tag_ == "VB" and head.tag_ == "VBP"))
            and verb.i > 0
            and doc[verb.i - 1].text == ","
            and head.pos_ == "VERB"
            and head.i < verb.i
            and any(c.dep_ == "nsubj" for c in head.children)
            and not any(c.dep_ in CLAUSE_HOLDERS for c in verb.children)
        ):
            arcs.append((verb.i, head.i, "conj"))
    return _rewire(doc, arcs, "listed dependent verb")


def lift_finite_conjuncts_of_gerunds(doc: Doc) -> Doc:
    """ "accused his deputy of attempting a coup and imposed a curfew in Juba": a finite
    verb coordinated with a gerund inside a preposition belongs to the verb the
    preposition hangs on, as its conjunct."""
    arcs: list[Arc] = []
    for verb in doc:
        gerund = verb.head
        if (
            verb.dep_ != "conj"
            or verb.tag_ not in {"VBD", "VBZ"}
            or gerund.tag_ != "VBG"
            or gerund.dep_ != "pcomp"
            or gerund.head.head.pos_ != "VERB"
            or gerund.head.head.tag_ != verb.tag_
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        ):
            continue
        main = gerund.head.head
        arcs.append((verb.i, main.i, "conj"))
        arcs += [(c.i, main.i, "cc") for c in gerund.children if c.dep_ == "cc" and c.i < verb.i]
    return _rewire(doc, arcs, "finite conjunct of a gerund")


def lift_stances_out_of_demands(doc: Doc) -> Doc:
    """ "demanded that M23 rebels halt their advance and withdraw from Goma, and threatened
    further sanctions": a speech act after ", and" with no subject of its own is the
    demander's second act, not one more thing demanded."""
    arcs: list[Arc] = []
    for verb in doc:
        if (
            verb.dep_ != "conj"
            or verb.lemma_.lower() not in STANCES
            or verb.i < 2
            or doc[verb.i - 1].lower_ != "and"
            or doc[verb.i - 2].text != ","
            or any(c.dep_ in CLAUSE_HOLDERS for c in verb.children)
        ):
            continue
        top = verb.head
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        main = top.head
        if (
            top.dep_ != "ccomp"
            or main.lemma_.lower() not in DEMANDING
            or main.tag_ != verb.tag_
            or main.i > verb.i
        ):
            continue
        arcs.append((verb.i, main.i, "conj"))
        arcs.append((verb.i - 1, main.i, "cc"))
    return _rewire(doc, arcs, "speech act lifted out of a demand")


def mark_headline_passives(doc: Doc) -> Doc:
    """ "Former Lebanese PM Hariri killed in Beirut bombing": a headline drops the
    auxiliary of its passive, and the model reads the victim as the doer. A headline's
    participle of harm with no object, followed by what it happened in or by, is passive:
    its subject is the one it happened to."""
    arcs: list[Arc] = []
    for sent in doc.sents:
        verb = sent.root
        if not headline_like(sent) or verb.tag_ not in {"VBD", "VBN"}:
            continue
        if verb.lemma_.lower() not in HEADLINE_PASSIVES or any(
            c.dep_ in {"dobj", "aux", "auxpass"} for c in verb.children
        ):
            continue
        if not any(c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by"} for c in verb.children):
            continue
        arcs += [(s.i, verb.i, "nsubjpass") for s in verb.children if s.dep_ == "nsubj"]
    return _rewire(doc, arcs, "headline passive")


def attach_stranded_infinitives(doc: Doc) -> Doc:
    """ "urged the junta chief at a special summit in Jakarta on Saturday to release
    detainees": after an adjunct naming where or when, the model hangs the verb's
    to-infinitive on the adjunct's noun ("a summit ... to release"). A verb with an object
    and no complement of its own takes it back, as an adverbial clause."""
    arcs: list[Arc] = []
    for verb in doc:
        if verb.tag_ != "VB" or verb.dep_ != "acl":
            continue
        if not any(c.dep_ == "aux" and c.tag_ == "TO" and c.i == verb.i - 1 for c in verb.children):
            continue
        noun = verb.head
        if not (noun.ent_type_ in SETTINGS or noun.lemma_.lower() in OCCASIONS):
            continue
        # up the adjunct chain ("at a summit in Jakarta on Saturday") to the clause's verb
        prep = noun.head
        while prep.dep_ == "pobj" or (prep.dep_ == "prep" and prep.head.pos_ in {"NOUN", "PROPN"}):
            prep = prep.head
        if prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            continue
        head = prep.head
        if not any(c.dep_ in {"dobj", "dative"} and c.i < prep.i for c in head.children):
            continue
        if any(c.dep_ in {"xcomp", "ccomp"} for c in head.children):
            continue
        arcs.append((verb.i, head.i, "advcl"))
    return _rewire(doc, arcs, "stranded infinitive")


def attach_coordinated_gerunds(doc: Doc) -> Doc:
    """ "accused security forces of beating and torturing protesters": the model hangs
    the second gerund on the main verb, as its conjunct. A gerund right after "and"/"or"
    that follows a gerund object of a preposition is that gerund's conjunct."""
    arcs: list[Arc] = []
    for gerund in doc:
        if gerund.tag_ != "VBG" or gerund.dep_ != "conj" or gerund.i < 2:
            continue
        cc, first = doc[gerund.i - 1], doc[gerund.i - 2]
        if (
            cc.dep_ == "cc"
            and cc.text.lower() in {"and", "or"}
            and first.tag_ == "VBG"
            and first.dep_ in {"pobj", "pcomp"}
            and gerund.head.i != first.i
            and gerund.head.tag_ in {"VBD", "VBZ", "VBP", "VB"}
        ):
            arcs += [(gerund.i, first.i, "conj"), (cc.i, first.i, "cc")]
    return _rewire(doc, arcs, "coordinated gerund")


def attach_names_read_as_prepositions(doc: Doc) -> Doc:
    """ "Barack Obama and Hassan Rouhani spoke by telephone": the model tags "Barack" a
    preposition and the surname its object. A capitalised "preposition" that opens a
    person's name whose last word is its object is the name's first word; the name is
    the subject of the verb it hung on, where that verb has none."""
    arcs: list[Arc] = []
    for word in doc:
        objects = [c for c in word.children if c.dep_ == "pobj"]
        if (
            word.dep_ != "prep"
            or word.tag_ != "IN"
            or not word.text[:1].isupper()
            or word.ent_type_ != "PERSON"
            or len(objects) != 1
            or objects[0].ent_type_ != "PERSON"
            or objects[0].i != word.i + 1
            or word.head.pos_ not in {"VERB", "AUX"}
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in word.head.children)
        ):
            continue
        name = objects[0]
        arcs += [(word.i, name.i, "compound"), (name.i, word.head.i, "nsubj")]
    return _rewire(doc, arcs, "name read as preposition")


def _rewire(doc: Doc, arcs: list[Arc], what: str) -> Doc:
    """Give each (word, head, label) arc to ``doc``; a tree spaCy refuses leaves the
    parse as it was."""
    if not arcs:
        return doc
    arr = doc.to_array([HEAD, DEP])
    original = arr.copy()
    strings = doc.vocab.strings
    for i, head, dep in arcs:
        offset = head - i
        arr[i, 0] = numpy.uint64(offset) if offset >= 0 else numpy.uint64(2**64 + offset)
        arr[i, 1] = strings.add(dep)
    try:
        doc.from_array([HEAD, DEP], cast(Ints2d, arr))
    except Exception:
        log.debug("%s repair not applied", what, exc_info=True)
        doc.from_array([HEAD, DEP], cast(Ints2d, original))
    return doc


def _clause_move(token: Token) -> tuple[Token, Token, Token] | None:
    """(conjunction, subject, verb) where ``token`` is such a conjunction, else None."""
    if token.lower_ not in CLAUSE_MARKS or token.dep_ != "prep":
        return None
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].pos_ not in {"PROPN", "NOUN"}:
        return None
    subject = objects[0]
    if any(t.text == "," for t in subject.subtree):
        return None  # "after failed rainy seasons, and parts of the country face ..."
    after = subject.right_edge.i + 1
    if after >= len(token.doc):
        return None
    verb = token.doc[after]
    if (
        verb.pos_ != "VERB"
        or verb.tag_ not in {"VBP", "VBZ", "VBD"}
        or verb.head.i != token.head.i
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return None
    return token, subject, verb


def _participle_move(token: Token) -> tuple[Token, Token, Token] | None:
    """(participle, object, verb) where ``token`` is such a participle, else None."""
    if token.i == 0 or token.tag_ not in {"VBN", "VBD"} or not token.text.islower():
        return None
    verb = token.doc[token.i - 1]
    # "sentenced ousted ...": the participle hung on the verb, or the verb hung on the
    # subject of the participle as a reduced relative ("court sentenced/acl ousted/ROOT")
    hung = token.head.i == verb.i and token.dep_ in {"ccomp", "advcl", "xcomp", "conj"}
    reduced = (
        token.dep_ == "ROOT"
        and verb.dep_ == "acl"
        # ("investigators arrested/VBN impeached President Yoon")
        and verb.tag_ in {"VBD", "VBN"}
        and verb.head.dep_ == "nsubj"
        and verb.head.head.i == token.i
        and verb.head.i < verb.i
    )
    if (
        not (hung or reduced)
        or verb.pos_ != "VERB"
        or not verb.tag_.startswith("VB")
        or any(c.dep_ == "dobj" for c in verb.children)
        or any(
            c.dep_ in {"nsubjpass", "aux", "auxpass", "mark"} or (c.dep_ == "nsubj" and hung)
            for c in token.children
        )
    ):
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].left_edge.i != token.i + 1:
        return None  # the object must follow the participle at once
    return token, objects[0], verb
