"""Parse repairs on hand-built parses of the model's known mistakes (no model)."""

from __future__ import annotations

from spacy.vocab import Vocab

from eventwire.nlp.repairs import (
    attach_coordinated_clause_subjects,
    attach_coordinated_gerunds,
    attach_listed_dep_verbs,
    attach_names_read_as_prepositions,
    attach_particle_objects,
    attach_protesting_participles,
    attach_stranded_infinitives,
    attach_trailing_reporters,
    promote_past_verbs_of_root_nouns,
    promote_reported_participles,
)
from eventwire.testing import parsed_doc


def test_trailing_reporters_listed_with_a_place_are_the_reporting_subject() -> None:
    # "Troops attacked villages in Tigray, Human Rights Watch and Amnesty said." as the
    # model parses it: the reporters conjoined with the place, "said" without a subject
    rows = [
        ("Troops", "troop", "NOUN", 1, "nsubj"),
        ("attacked", "attack", "VERB", 10, "ccomp"),
        ("villages", "village", "NOUN", 1, "dobj"),
        ("in", "in", "ADP", 2, "prep"),
        ("Tigray", "Tigray", "PROPN", 3, "pobj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("Human", "Human", "PROPN", 8, "compound"),
        ("Rights", "Rights", "PROPN", 8, "compound"),
        ("Watch", "Watch", "PROPN", 4, "conj"),
        ("Amnesty", "Amnesty", "PROPN", 8, "conj"),
        ("said", "say", "VERB", 10, "ROOT"),
        (".", ".", "PUNCT", 10, "punct"),
    ]
    doc = attach_trailing_reporters(parsed_doc(Vocab(), rows))
    assert (doc[8].dep_, doc[8].head.text) == ("nsubj", "said")
    assert doc[9].head.text == "Watch"  # the second reporter stays its conjunct
    # a reporting verb that has its subject is left alone
    rows[8] = ("Watch", "Watch", "PROPN", 10, "nsubj")
    doc = attach_trailing_reporters(parsed_doc(Vocab(), rows))
    assert doc[4].dep_ == "pobj" and doc[8].head.text == "said"


def test_a_past_form_read_as_the_modifier_of_a_second_subject_is_the_verb() -> None:
    # "Trump hosted Macron on Tuesday, and the leaders talked." as the model parses it:
    # "Trump hosted Macron" one noun phrase, a subject of "talked" beside "leaders"
    rows = [
        ("Trump", "Trump", "NOUN", 2, "compound"),
        ("hosted", "host", "VERB", 2, "amod"),
        ("Macron", "Macron", "PROPN", 9, "nsubj"),
        ("on", "on", "ADP", 2, "prep"),
        ("Tuesday", "Tuesday", "PROPN", 3, "pobj"),
        (",", ",", "PUNCT", 2, "punct"),
        ("and", "and", "CCONJ", 2, "cc"),
        ("the", "the", "DET", 8, "det"),
        ("leaders", "leader", "NOUN", 9, "nsubj"),
        ("talked", "talk", "VERB", 9, "ROOT"),
        (".", ".", "PUNCT", 9, "punct"),
    ]
    tags = ["NN", "VBN", "NNP", "IN", "NNP", ",", "CC", "DT", "NNS", "VBD", "."]
    doc = promote_past_verbs_of_root_nouns(parsed_doc(Vocab(), rows, tags=tags))
    assert doc[1].dep_ == "ROOT"
    assert (doc[0].dep_, doc[0].head.text) == ("nsubj", "hosted")
    assert (doc[2].dep_, doc[2].head.text) == ("dobj", "hosted")
    assert (doc[9].dep_, doc[9].head.text) == ("conj", "hosted")
    assert (doc[8].dep_, doc[8].head.text) == ("nsubj", "talked")
    # one subject only: "Iran backed militias attacked the base" stays a participle
    rows[8] = ("leaders", "leader", "NOUN", 9, "dobj")
    doc = promote_past_verbs_of_root_nouns(parsed_doc(Vocab(), rows, tags=tags))
    assert doc[1].dep_ == "amod"


def test_a_reported_past_form_with_an_object_is_the_reported_clause() -> None:
    # "Forces executed 80 civilians, the office said." read as "forces (executed ...)"
    # with two subjects of "said"
    rows = [
        ("Forces", "force", "NOUN", 6, "nsubj"),
        ("executed", "execute", "VERB", 0, "acl"),
        ("80", "80", "NUM", 3, "nummod"),
        ("civilians", "civilian", "NOUN", 1, "dobj"),
        (",", ",", "PUNCT", 6, "punct"),
        ("office", "office", "NOUN", 6, "nsubj"),
        ("said", "say", "VERB", 6, "ROOT"),
        (".", ".", "PUNCT", 6, "punct"),
    ]
    tags = ["NNS", "VBN", "CD", "NNS", ",", "NN", "VBD", "."]
    doc = promote_reported_participles(parsed_doc(Vocab(), rows, tags=tags))
    assert (doc[1].dep_, doc[1].head.text) == ("ccomp", "said")
    assert (doc[0].dep_, doc[0].head.text) == ("nsubj", "executed")
    # a participle with no object of its own is a passive modifier: left alone
    rows[3] = ("civilians", "civilian", "NOUN", 6, "npadvmod")
    doc = promote_reported_participles(parsed_doc(Vocab(), rows, tags=tags))
    assert doc[1].dep_ == "acl"


def test_trailing_reporters_may_be_common_nouns() -> None:
    # "..., killing dozens of people, rescue workers said": the reporters listed with the
    # victims
    rows = [
        ("Jets", "jet", "NOUN", 1, "nsubj"),
        ("struck", "strike", "VERB", 8, "ccomp"),
        (",", ",", "PUNCT", 1, "punct"),
        ("killing", "kill", "VERB", 1, "advcl"),
        ("dozens", "dozen", "NOUN", 3, "dobj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("rescue", "rescue", "NOUN", 7, "compound"),
        ("workers", "worker", "NOUN", 4, "conj"),
        ("said", "say", "VERB", 8, "ROOT"),
    ]
    doc = attach_trailing_reporters(parsed_doc(Vocab(), rows))
    assert (doc[7].dep_, doc[7].head.text) == ("nsubj", "said")


def test_a_listed_verb_hung_as_a_dependent_is_a_conjunct() -> None:
    # "Leaders meet in Dhaka, sign pledge": the verb after the comma as a bare "dep"
    rows = [
        ("Leaders", "leader", "NOUN", 1, "nsubj"),
        ("meet", "meet", "VERB", 1, "ROOT"),
        ("in", "in", "ADP", 1, "prep"),
        ("Dhaka", "Dhaka", "PROPN", 2, "pobj"),
        (",", ",", "PUNCT", 1, "punct"),
        ("sign", "sign", "VERB", 1, "dep"),
        ("pledge", "pledge", "NOUN", 5, "dobj"),
    ]
    tags = ["NNS", "VBP", "IN", "NNP", ",", "VB", "NN"]
    doc = attach_listed_dep_verbs(parsed_doc(Vocab(), rows, tags=tags))
    assert (doc[5].dep_, doc[5].head.text) == ("conj", "meet")
    # a base form after a past tense is no such plural present: left alone
    tags[1] = "VBD"
    doc = attach_listed_dep_verbs(parsed_doc(Vocab(), rows, tags=tags))
    assert doc[5].dep_ == "dep"


def test_a_past_tense_read_as_the_root_nouns_modifier_is_the_verb() -> None:
    # "Myanmar's military seized power on Monday, detaining Suu Kyi." as the model parses
    # it: "military" an adjective and "seized" a modifier of the root "power"
    rows = [
        ("Myanmar", "Myanmar", "PROPN", 4, "poss"),
        ("'s", "'s", "PART", 0, "case"),
        ("military", "military", "ADJ", 4, "amod"),
        ("seized", "seize", "VERB", 4, "amod"),
        ("power", "power", "NOUN", 4, "ROOT"),
        ("on", "on", "ADP", 4, "prep"),
        ("Monday", "Monday", "PROPN", 5, "pobj"),
        (",", ",", "PUNCT", 4, "punct"),
        ("detaining", "detain", "VERB", 4, "acl"),
        ("Suu", "Suu", "PROPN", 10, "compound"),
        ("Kyi", "Kyi", "PROPN", 8, "dobj"),
        (".", ".", "PUNCT", 4, "punct"),
    ]
    tags = ["NNP", "POS", "JJ", "VBD", "NN", "IN", "NNP", ",", "VBG", "NNP", "NNP", "."]
    doc = promote_past_verbs_of_root_nouns(parsed_doc(Vocab(), rows, tags=tags))
    assert doc[3].dep_ == "ROOT"
    assert (doc[2].dep_, doc[2].head.text) == ("nsubj", "seized")
    assert (doc[4].dep_, doc[4].head.text) == ("dobj", "seized")
    assert doc[0].head.text == "military"  # the possessor goes with the subject
    assert (doc[8].dep_, doc[8].head.text) == ("advcl", "seized")
    assert doc[5].head.text == "seized"
    # a participle is the verb only where the sentence has no finite verb
    tags[3] = "VBN"
    doc = promote_past_verbs_of_root_nouns(parsed_doc(Vocab(), rows, tags=tags))
    assert (doc[3].dep_, doc[4].dep_) == ("ROOT", "dobj")
    tags[8] = "VBD"
    doc = promote_past_verbs_of_root_nouns(parsed_doc(Vocab(), rows, tags=tags))
    assert (doc[3].dep_, doc[4].dep_) == ("amod", "ROOT")
    # the object's possessor may be what the verb hangs on ("hosted Sudan's army chief")
    rows = [
        ("Sisi", "Sisi", "PROPN", 5, "compound"),
        ("hosted", "host", "VERB", 2, "amod"),
        ("Sudan", "Sudan", "PROPN", 5, "poss"),
        ("'s", "'s", "PART", 2, "case"),
        ("army", "army", "NOUN", 5, "compound"),
        ("chief", "chief", "NOUN", 5, "ROOT"),
    ]
    tags = ["NNP", "VBN", "NNP", "POS", "NN", "NN"]
    doc = promote_past_verbs_of_root_nouns(parsed_doc(Vocab(), rows, tags=tags))
    assert (doc[0].dep_, doc[0].head.text) == ("nsubj", "hosted")
    assert (doc[5].dep_, doc[5].head.text) == ("dobj", "hosted")
    assert doc[2].head.text == "chief"


def test_a_protesting_participle_after_an_object_is_what_its_people_do() -> None:
    # "Police fired tear gas at students protesting against fees." with "protesting" hung
    # on "fired"
    rows = [
        ("Police", "police", "NOUN", 1, "nsubj"),
        ("fired", "fire", "VERB", 1, "ROOT"),
        ("gas", "gas", "NOUN", 1, "dobj"),
        ("at", "at", "ADP", 1, "prep"),
        ("students", "student", "NOUN", 3, "pobj"),
        ("protesting", "protest", "VERB", 1, "advcl"),
        ("against", "against", "ADP", 5, "prep"),
        ("fees", "fee", "NOUN", 6, "pobj"),
    ]
    tags = ["NNS", "VBD", "NN", "IN", "NNS", "VBG", "IN", "NNS"]
    doc = attach_protesting_participles(parsed_doc(Vocab(), rows, tags=tags))
    assert (doc[5].dep_, doc[5].head.text) == ("acl", "students")
    # after a comma it tells what the subject does: left alone
    rows.insert(5, (",", ",", "PUNCT", 1, "punct"))
    rows = [(w, lem, pos, h + (h >= 5 and i > 5), d) for i, (w, lem, pos, h, d) in enumerate(rows)]
    tags.insert(5, ",")
    doc = attach_protesting_participles(parsed_doc(Vocab(), rows, tags=tags))
    assert (doc[6].dep_, doc[6].head.text) == ("advcl", "fired")


def test_names_coordinated_after_a_clause_mark_are_the_marked_verbs_subject() -> None:
    # "eased sanctions after the government and the opposition resumed talks" as the model
    # parses it: "after the government" a phrase, "the opposition resumed talks" a conjunct
    rows = [
        ("eased", "ease", "VERB", 0, "ROOT"),
        ("sanctions", "sanction", "NOUN", 0, "dobj"),
        ("after", "after", "ADP", 0, "prep"),
        ("the", "the", "DET", 4, "det"),
        ("government", "government", "NOUN", 2, "pobj"),
        ("and", "and", "CCONJ", 0, "cc"),
        ("the", "the", "DET", 7, "det"),
        ("opposition", "opposition", "NOUN", 8, "nsubj"),
        ("resumed", "resume", "VERB", 0, "conj"),
        ("talks", "talk", "NOUN", 8, "dobj"),
    ]
    tags = ["VBD", "NNS", "IN", "DT", "NN", "CC", "DT", "NN", "VBD", "NNS"]
    doc = attach_coordinated_clause_subjects(parsed_doc(Vocab(), rows, tags=tags))
    assert (doc[4].dep_, doc[4].head.text) == ("nsubj", "resumed")
    assert (doc[7].dep_, doc[7].head.text) == ("conj", "government")
    assert (doc[2].dep_, doc[8].dep_, doc[8].head.text) == ("mark", "advcl", "eased")
    # a comma before the second name ends the phrase: left alone
    rows.insert(5, (",", ",", "PUNCT", 0, "punct"))
    rows = [(w, lem, pos, h + (h >= 5 and i > 5), d) for i, (w, lem, pos, h, d) in enumerate(rows)]
    tags.insert(5, ",")
    doc = attach_coordinated_clause_subjects(parsed_doc(Vocab(), rows, tags=tags))
    assert doc[4].dep_ == "pobj"


def test_an_infinitive_hung_on_an_adjuncts_noun_returns_to_the_verb() -> None:
    # "Leaders urged Hlaing at a summit on Saturday to release detainees.": the model
    # hangs "to release" on "summit"
    rows = [
        ("Leaders", "leader", "NOUN", 1, "nsubj"),
        ("urged", "urge", "VERB", 1, "ROOT"),
        ("Hlaing", "Hlaing", "PROPN", 1, "dobj"),
        ("at", "at", "ADP", 1, "prep"),
        ("a", "a", "DET", 5, "det"),
        ("summit", "summit", "NOUN", 3, "pobj"),
        ("on", "on", "ADP", 5, "prep"),
        ("Saturday", "Saturday", "PROPN", 6, "pobj"),
        ("to", "to", "PART", 9, "aux"),
        ("release", "release", "VERB", 5, "acl"),
        ("detainees", "detainee", "NOUN", 9, "dobj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    tags = ["NNS", "VBD", "NNP", "IN", "DT", "NN", "IN", "NNP", "TO", "VB", "NNS", "."]
    doc = attach_stranded_infinitives(parsed_doc(Vocab(), rows, tags=tags))
    assert (doc[9].dep_, doc[9].head.text) == ("advcl", "urged")
    # a purpose the noun itself has ("efforts to end the war") stays the noun's
    rows[5] = ("effort", "effort", "NOUN", 3, "pobj")
    doc = attach_stranded_infinitives(parsed_doc(Vocab(), rows, tags=tags))
    assert (doc[9].dep_, doc[9].head.text) == ("acl", "effort")


def test_a_gerund_after_a_prepositions_gerund_and_and_is_its_conjunct() -> None:
    # "HRW accused forces of beating and torturing protesters." with "torturing" read as
    # a conjunct of "accused"
    rows = [
        ("HRW", "HRW", "PROPN", 1, "nsubj"),
        ("accused", "accuse", "VERB", 1, "ROOT"),
        ("forces", "force", "NOUN", 1, "dobj"),
        ("of", "of", "ADP", 2, "prep"),
        ("beating", "beat", "VERB", 3, "pobj"),
        ("and", "and", "CCONJ", 1, "cc"),
        ("torturing", "torture", "VERB", 1, "conj"),
        ("protesters", "protester", "NOUN", 6, "dobj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]
    tags = ["NNP", "VBD", "NNS", "IN", "VBG", "CC", "VBG", "NNS", "."]
    doc = attach_coordinated_gerunds(parsed_doc(Vocab(), rows, tags=tags))
    assert (doc[6].dep_, doc[6].head.text) == ("conj", "beating")
    assert doc[5].head.text == "beating"
    # a finite verb after "and" is the main verb's conjunct, as parsed
    tags[6] = "VBD"
    doc = attach_coordinated_gerunds(parsed_doc(Vocab(), rows, tags=tags))
    assert doc[6].head.text == "accused"


def test_a_first_name_read_as_a_preposition_opens_the_subjects_name() -> None:
    # "Barack Obama spoke by telephone." with "Barack" a preposition, "Obama" its object
    rows = [
        ("Barack", "Barack", "ADP", 2, "prep"),
        ("Obama", "Obama", "PROPN", 0, "pobj"),
        ("spoke", "speak", "VERB", 2, "ROOT"),
        ("by", "by", "ADP", 2, "prep"),
        ("telephone", "telephone", "NOUN", 3, "pobj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    tags = ["IN", "NNP", "VBD", "IN", "NN", "."]
    ents = [(0, 2, "PERSON", "")]
    doc = attach_names_read_as_prepositions(parsed_doc(Vocab(), rows, ents, tags=tags))
    assert (doc[0].dep_, doc[0].head.text) == ("compound", "Obama")
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "spoke")
    # a real preposition before a name is left alone ("by Obama" is no person's name)
    doc = attach_names_read_as_prepositions(
        parsed_doc(Vocab(), rows, [(1, 2, "PERSON", "")], tags=tags)
    )
    assert doc[0].dep_ == "prep"


def test_a_particle_read_as_a_preposition_gives_its_object_to_the_verb() -> None:
    # "The junta brushed aside the demand." with "aside" a preposition, "demand" its object
    rows = [
        ("The", "the", "DET", 1, "det"),
        ("junta", "junta", "NOUN", 2, "nsubj"),
        ("brushed", "brush", "VERB", 2, "ROOT"),
        ("aside", "aside", "ADP", 2, "prep"),
        ("the", "the", "DET", 5, "det"),
        ("demand", "demand", "NOUN", 3, "pobj"),
        (".", ".", "PUNCT", 2, "punct"),
    ]
    doc = attach_particle_objects(parsed_doc(Vocab(), rows))
    assert (doc[3].dep_, doc[3].head.text) == ("prt", "brushed")
    assert (doc[5].dep_, doc[5].head.text) == ("dobj", "brushed")
    # a real preposition keeps its object ("brushed against the wall")
    rows[3] = ("against", "against", "ADP", 2, "prep")
    doc = attach_particle_objects(parsed_doc(Vocab(), rows))
    assert (doc[5].dep_, doc[5].head.text) == ("pobj", "against")


def test_assign_sets_one_or_several_attributes() -> None:
    from spacy.attrs import LEMMA, POS, TAG

    from eventwire.nlp.attrs import assign

    rows = [
        ("Police", "police", "NOUN", 1, "nsubj"),
        ("re-arrested", "re-arreste", "VERB", 1, "ROOT"),
    ]
    doc = assign(parsed_doc(Vocab(), rows), [LEMMA], [(1, ["arrest"])], "test")
    assert [t.lemma_ for t in doc] == ["police", "arrest"]
    doc = assign(doc, [TAG, POS, LEMMA], [(0, ["NNS", "NOUN", "policeman"])], "test")
    assert (doc[0].tag_, doc[0].pos_, doc[0].lemma_) == ("NNS", "NOUN", "policeman")
