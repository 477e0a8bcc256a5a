"""The parse stage through the real model (slow). Headlines are re-parsed as the
sentences they abbreviate: the verb the small model took for a noun becomes the main
verb again, while the text, offsets and entities stay as they were, and running text is
left alone. Abbreviations split from their "-led" as words do."""

from __future__ import annotations

import pytest

from eventwire import Pipeline, article_from_text
from eventwire.nlp import parse
from eventwire.nlp.gerunds import retag_listed_verbs
from eventwire.testing import parsed_doc

pytestmark = pytest.mark.slow


def tree(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str, str]]:
    doc = parse(pipeline.nlp, article_from_text(text, "t", title=""))
    return {t.text: (t.dep_, t.head.text, t.tag_) for t in doc}


def test_present_tense_headline_verb_becomes_the_main_verb(pipeline: Pipeline) -> None:
    text = "Xi pledges closer energy, transport ties with Kazakhstan"
    plain = pipeline.nlp(text)
    assert plain[1].dep_ != "ROOT"  # the small model reads "pledges" as a noun
    doc = parse(pipeline.nlp, article_from_text(text, "t", title=""))
    assert doc.text == text and [t.idx for t in doc] == [t.idx for t in plain]
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in plain.ents]
    pledges = doc[1]
    assert (pledges.dep_, pledges.pos_, pledges.tag_, pledges.lemma_) == (
        "ROOT",
        "VERB",
        "VBZ",
        "pledge",
    )
    assert doc[0].dep_ == "nsubj" and doc[0].head.i == 1


def test_to_future_gets_its_verb(pipeline: Pipeline) -> None:
    parsed = tree(pipeline, "EU to suspend most Myanmar sanctions to reward reforms")
    assert parsed["suspend"][0] == "ROOT"
    assert parsed["EU"] == ("nsubj", "suspend", "NNP")
    assert parsed["sanctions"][:2] == ("dobj", "suspend")
    # the plural noun before "to" ends the subject: "rebels" is not a verb here
    parsed = tree(pipeline, "Colombia's FARC rebels to free three hostages, Chavez says")
    assert parsed["rebels"][:2] == ("nsubj", "free")
    assert parsed["free"][:2] == ("ccomp", "says")
    # but a "to" that leads a name is the -s word's own: "protests" is the verb
    parsed = tree(pipeline, "Greece protests to Turkey over survey ship, puts navy on alert")
    assert parsed["protests"][:2] == ("ROOT", "protests")
    assert parsed["Greece"][:2] == ("nsubj", "protests")


def test_running_text_and_nouns_are_left_alone(pipeline: Pipeline) -> None:
    for text in (
        "Xi pledges closer energy, transport ties with Kazakhstan.",  # a body sentence
        "Peru prosecutors open probe into President Castillo",  # "prosecutors": no verb
    ):
        plain = pipeline.nlp(text)
        doc = parse(pipeline.nlp, article_from_text(text, "t", title=""))
        assert [(t.dep_, t.head.i, t.tag_) for t in doc] == [
            (t.dep_, t.head.i, t.tag_) for t in plain
        ]


def test_reparsed_headlines_are_coded(pipeline: Pipeline) -> None:
    def coded(text: str, date: str) -> set[tuple[str, str, str]]:
        result = pipeline.code(article_from_text(text, "t", date=date, title=""))
        return {
            (e.source.code, e.cameo[:2], e.target.code)
            for e in result.events
            if e.source and e.target and e.confidence >= 0.5
        }

    assert ("CHNGOV", "03", "KAZ") in coded(
        "Xi pledges closer energy, transport ties with Kazakhstan", "2013-09-07"
    )
    # a headline's "to" future is an intent, not the act
    assert coded("EU to suspend most Myanmar sanctions to reward reforms", "2012-04-20") == {
        ("IGOEUREEC", "03", "MMR")
    }

    # a base form after a plural subject ("sign", "trade"), and after a plural noun
    # ("rebels free"), which must not itself be rewritten as a verb ("will rebel")
    assert coded("India and Pakistan trade accusations over Kashmir shelling", "2019-07-09") == {
        ("IND", "11", "PAK"),
        ("PAK", "11", "IND"),
    }
    assert coded("ELN rebels free two kidnapped soldiers in Colombia", "2019-07-09") == {
        ("COLREBELN", "08", "COLMIL")
    }
    assert coded("Houthi rebels release Saudi prisoners", "2019-07-09") == {
        ("YEMREBHTH", "08", "SAUCVL")
    }


def test_abbreviation_led_compounds_are_split(pipeline: Pipeline) -> None:
    # "Saudi-led" is split by the tokenizer; "U.S.-led" must be too, so "U.S." is an actor
    doc = parse(pipeline.nlp, article_from_text("U.S.-led forces bombed Baghdad.", "t"))
    assert [t.text for t in doc][:3] == ["U.S.", "-", "led"]
    text = "U.S.-led forces launched a wave of air strikes on Baghdad early on Thursday."
    result = pipeline.code(article_from_text(text, "t", date="2003-03-20"))
    # the target hangs on the quantity the strikes are read through ("a wave of")
    assert {
        (e.source.code, e.cameo, e.target.code[:3]) for e in result.events if e.source and e.target
    } == {("USAMIL", "195", "IRQ")}


def test_only_a_single_tree_is_copied_back() -> None:
    import numpy

    from eventwire.nlp.headlines import _one_tree

    def rows(offsets: dict[int, int]) -> dict[int, numpy.ndarray]:
        return {
            i: numpy.array([numpy.int64(o)], dtype=numpy.int64).view(numpy.uint64)
            for i, o in offsets.items()
        }

    assert _one_tree(rows({0: 1, 1: 0, 2: -1}))  # 0 -> 1 <- 2, 1 the root
    assert not _one_tree(rows({0: 1, 1: -1, 2: 0}))  # 0 <-> 1: a cycle
    assert not _one_tree(rows({0: 0, 1: 0}))  # two roots


def test_odd_headlines_keep_their_own_parse(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    for text in ("Xi pledges 🙂🙂 ties", "A" * 300, "EU to", "to to to"):
        doc = parse(pipeline.nlp, article_from_text(text, "t", title=""))
        assert doc.text == text
    # a variant the model chokes on leaves the sentence's own parse
    from eventwire.nlp import headlines

    def choke(*_args: object) -> None:
        raise ValueError("model choked")

    text = "Xi pledges closer energy, transport ties with Kazakhstan"
    plain = pipeline.nlp(text)
    monkeypatch.setattr(headlines, "_variant_fix", choke)
    doc = parse(pipeline.nlp, article_from_text(text, "t", title=""))
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in plain]


def test_a_participle_after_the_verb_describes_its_object(pipeline: Pipeline) -> None:
    # running text: the model reads "ousted" as a second verb taking the name
    parsed = tree(pipeline, "A court sentenced ousted Prime Minister Sheikh Hasina to death.")
    assert parsed["Hasina"][:2] == ("dobj", "sentenced")
    assert parsed["ousted"][:2] == ("amod", "Hasina") and parsed["ousted"][2] == "VBN"
    assert parsed["to"][1] == "sentenced"
    # a headline: the variant is parsed with an adjective in the participle's place
    parsed = tree(pipeline, "Iran court sentences detained French researcher to six years")
    assert parsed["sentences"][0] == "ROOT" and parsed["researcher"][:2] == ("dobj", "sentences")
    assert parsed["detained"][0] == "amod" and parsed["detained"][2] in {"VBN", "VBD"}
    # a participle with its own subject or object clause is a verb
    parsed = tree(pipeline, "The minister said detained protesters would be freed.")
    assert parsed["detained"][0] == "amod" and parsed["said"][0] == "ROOT"


def test_a_conjunction_read_as_a_preposition_gets_its_clause_back(pipeline: Pipeline) -> None:
    # "as China and Brazil sign": the model hangs the names on "as" and leaves "sign"
    # without a subject
    parsed = tree(pipeline, "Xi hosts Lula in Beijing as China and Brazil sign 15 agreements")
    assert parsed["China"][:2] == ("nsubj", "sign")
    assert parsed["as"][:2] == ("mark", "sign")
    # a list with its own clause after a comma is left alone
    text = "Somalis need food after failed rainy seasons, and parts of the country face famine."
    assert tree(pipeline, text)["seasons"][0] != "nsubj"


def test_a_quoted_name_leaves_the_named_one_the_object(pipeline: Pipeline) -> None:
    # the opening quote makes the model read "Bush '" as a possessive of "the devil"
    parsed = tree(pipeline, "Chavez called President George W. Bush 'the devil' in a speech.")
    assert parsed["Bush"][:2] == ("dobj", "called")
    assert parsed["devil"][:2] == ("oprd", "called")
    # no quote, no change: "called the president's remarks absurd"
    assert tree(pipeline, "Iran called Trump's remarks absurd.")["Trump"][0] == "poss"


def test_two_titled_names_joined_by_and_are_two_conjuncts(pipeline: Pipeline) -> None:
    # the model hangs "Trump" as an apposition of the first title inside "Putin"
    text = "U.S. President Donald Trump and Russian President Vladimir Putin discussed a truce."
    parsed = tree(pipeline, text)
    assert parsed["Trump"][:2] == ("nsubj", "discussed")
    assert parsed["Putin"][:2] == ("conj", "Trump")
    # ... and "al-Sisi" as the possessor of "King Abdullah", "Jordan's" as his conjunct
    text = "Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah discussed Gaza."
    parsed = tree(pipeline, text)
    assert parsed["Sisi"][:2] == ("nsubj", "discussed")
    assert parsed["Abdullah"][:2] == ("conj", "Sisi")
    assert parsed["Jordan"][:2] == ("poss", "Abdullah")
    # a well-read pair is left as it is
    parsed = tree(pipeline, "French President Emmanuel Macron and Chancellor Olaf Scholz met.")
    assert parsed["Macron"][:2] == ("nsubj", "met") and parsed["Scholz"][:2] == ("conj", "Macron")


def test_a_headline_subject_listed_with_a_comma_is_coordinated(pipeline: Pipeline) -> None:
    parsed = tree(pipeline, "Philippines, Japan sign troop access pact as tensions mount")
    assert parsed["Philippines"][:2] == ("nsubj", "sign")
    assert parsed["Japan"][:2] == ("conj", "Philippines")
    assert parsed[","][2] == ","  # the comma keeps its own tag
    parsed = tree(pipeline, "India, Pakistan trade fire across Kashmir frontier")
    assert parsed["trade"][0] == "ROOT" and parsed["Pakistan"][:2] == ("conj", "India")
    # the list's own reading takes the verb for a noun ("sign declaration"): the future
    # reading gives the clause back
    parsed = tree(pipeline, "Ethiopia, Eritrea sign declaration ending two-decade state of war")
    assert parsed["sign"][0] == "ROOT" and parsed["Eritrea"][:2] == ("conj", "Ethiopia")
    # a comma after the verb is no list of subjects
    parsed = tree(pipeline, "Somalia recalls envoy to Ethiopia, threatens to cut ties")
    assert parsed["Somalia"][0] == "nsubj"
    # a listed name the tagger calls an adjective is a proper noun; a real adjective is not
    parsed = tree(pipeline, "Trump, Kim hold historic summit in Singapore")
    assert parsed["Trump"] == ("nsubj", "hold", "NNP") and parsed["Kim"][:2] == ("conj", "Trump")
    parsed = tree(pipeline, "French, German leaders meet in Paris")
    assert parsed["French"][2] == "JJ"
    # a possessive inside the list: "Guyana's Ali" is the second name
    parsed = tree(pipeline, "Maduro, Guyana's Ali meet in St Vincent over Essequibo dispute")
    assert parsed["Maduro"][:2] == ("nsubj", "meet") and parsed["Ali"][:2] == ("conj", "Maduro")


def test_a_verb_read_as_a_participle_after_an_apposition_is_the_main_verb(
    pipeline: Pipeline,
) -> None:
    text = "Prime Minister Anwar Ibrahim, the current ASEAN chair, offered on Thursday to mediate."
    parsed = tree(pipeline, text)
    assert parsed["offered"][0] == "ROOT" and parsed["Ibrahim"][:2] == ("nsubj", "offered")
    # a reduced relative in a sentence with its own verb is left alone
    text = "Anwar Ibrahim, the chair elected in May, visited Bangkok."
    assert tree(pipeline, text)["visited"][0] == "ROOT"


def test_a_second_object_is_not_listed_among_the_sides_of_between(pipeline: Pipeline) -> None:
    text = "The council demanded a ceasefire between Israel and Hamas and the release of hostages."
    parsed = tree(pipeline, text)
    assert parsed["release"][:2] == ("conj", "ceasefire")
    assert parsed["Hamas"][:2] == ("conj", "Israel")
    # three named sides stay sides
    text = "Talks between Russia, Ukraine and the United States began."
    assert tree(pipeline, text)["States"][1] != "Talks"


def test_a_second_clause_subject_read_as_a_conjunct_gets_its_verb(pipeline: Pipeline) -> None:
    text = (
        "Russian and Ukrainian negotiators sat down for talks in Istanbul on Tuesday, and "
        "Turkish President Tayyip Erdogan, opening the meeting, urged both sides to halt the "
        "fighting."
    )
    parsed = tree(pipeline, text)
    assert parsed["Erdogan"][:2] == ("nsubj", "urged")
    assert parsed["opening"][:2] == ("advcl", "urged")
    # a verb with its own subject keeps it
    text = "Police arrested the leader, and his supporters blocked roads in protest."
    assert tree(pipeline, text)["supporters"][:2] == ("nsubj", "blocked")


def test_an_object_hung_on_a_particle_is_the_verbs(pipeline: Pipeline) -> None:
    parsed = tree(pipeline, "Trump calls off secret talks with Taliban after Kabul bombing")
    assert parsed["off"][:2] == ("prt", "calls") and parsed["talks"][:2] == ("dobj", "calls")


def test_a_name_hung_on_a_verb_as_a_compound_is_its_subject(pipeline: Pipeline) -> None:
    parsed = tree(pipeline, "Erdogan apologises to Putin over downing of Russian jet")
    assert parsed["Erdogan"][:2] == ("nsubj", "apologises")


def test_a_headline_participle_of_harm_is_passive(pipeline: Pipeline) -> None:
    # "Bhutto killed in ... attack": the headline drops "was"; Bhutto is the victim
    parsed = tree(pipeline, "Bhutto killed in gun and bomb attack at Rawalpindi rally")
    assert parsed["Bhutto"][:2] == ("nsubjpass", "killed")
    # a sentence keeps its active verb
    parsed = tree(pipeline, "Gunmen killed three soldiers in an attack in Helmand.")
    assert parsed["Gunmen"][:2] == ("nsubj", "killed")


def test_a_noun_modifier_name_coordinated_inside_the_next_title_is_split(
    pipeline: Pipeline,
) -> None:
    text = (
        "U.S. President Barack Obama and European Commission President Jean-Claude Juncker "
        "clinched a trade deal at a resort in Scotland on Sunday."
    )
    parsed = tree(pipeline, text)
    assert parsed["Obama"][:2] == ("nsubj", "clinched")
    assert parsed["Juncker"][:2] == ("conj", "Obama")
    # "North and South Korea" stays one country list
    parsed = tree(pipeline, "Ban Ki-moon called on North and South Korea to resume dialogue.")
    assert parsed["North"][0] != "pobj"


def test_an_object_and_its_participle_read_as_a_clause_are_reattached(pipeline: Pipeline) -> None:
    # the model reads "bombs packed with chlorine" as a clause of its own
    text = (
        "Syrian government helicopters dropped barrel bombs packed with chlorine on the "
        "village of Talmenes on Monday, activists said."
    )
    parsed = tree(pipeline, text)
    assert parsed["bombs"][:2] == ("dobj", "dropped")
    assert parsed["packed"][:2] == ("acl", "bombs")


def test_a_headline_ending_in_a_quoted_phrase_is_a_headline(pipeline: Pipeline) -> None:
    # the -s word after a name is the verb, the participle describes its object
    parsed = tree(pipeline, "Pakistan frees captured Indian pilot in 'peace gesture'")
    assert parsed["frees"][0] == "ROOT" and parsed["pilot"][:2] == ("dobj", "frees")
    # and the -s word that ends a subject stays the subject
    text = "Mutinous soldiers detained Burkina Faso's President Roch Marc Christian Kabore"
    assert tree(pipeline, text)["detained"][0] == "ROOT"


def test_a_closing_participle_read_as_a_noun_is_the_verb(pipeline: Pipeline) -> None:
    text = (
        "China demanded on Saturday that Canada immediately release Huawei executive "
        "Meng Wanzhou, warning of grave consequences if Ottawa did not free her."
    )
    doc = parse(pipeline.nlp, article_from_text(text, "t", title=""))
    (warning,) = [t for t in doc if t.text == "warning"]
    assert (warning.tag_, warning.pos_, warning.lemma_) == ("VBG", "VERB", "warn")
    # a noun in a noun's place stays a noun
    doc = parse(pipeline.nlp, article_from_text("The warning came on Monday.", "t", title=""))
    assert doc[1].pos_ == "NOUN"


def test_a_headline_verb_listed_after_a_comma_is_given_back_its_verb_reading(
    pipeline: Pipeline,
) -> None:
    # "Britain expels Iranian diplomats, shuts embassy" with "shuts" tagged a plural noun
    rows = [
        ("Britain", "Britain", "PROPN", 1, "nsubj"),
        ("expels", "expel", "VERB", 1, "ROOT"),
        ("diplomats", "diplomat", "NOUN", 1, "dobj"),
        (",", ",", "PUNCT", 2, "punct"),
        ("shuts", "shut", "NOUN", 1, "dep"),
        ("embassy", "embassy", "NOUN", 4, "dobj"),
    ]
    tags = ["NNP", "VBZ", "NNS", ",", "NNS", "NN"]
    doc = retag_listed_verbs(pipeline.nlp, parsed_doc(pipeline.nlp.vocab, rows, tags=tags))
    assert (doc[4].tag_, doc[4].pos_, doc[4].lemma_) == ("VBZ", "VERB", "shut")
    # a noun with no object of its own is a noun
    rows[5] = ("embassy", "embassy", "NOUN", 4, "appos")
    doc = retag_listed_verbs(pipeline.nlp, parsed_doc(pipeline.nlp.vocab, rows, tags=tags))
    assert (doc[4].tag_, doc[4].pos_) == ("NNS", "NOUN")
