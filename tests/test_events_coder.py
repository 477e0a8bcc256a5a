"""The event coder on hand-built parses (no model): roles, voice, negation, modality."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.actors.dictionary import ActorDictionary
from eventwire.actors.resolver import ArticleActors
from eventwire.datafiles import data_dir
from eventwire.events.cameo import CameoTable
from eventwire.events.coder import EventCoder, _drop_partial, street_violence
from eventwire.events.lexicon import Lexicon
from eventwire.ingest import article_from_text
from eventwire.records import ActorRef, Event, TextSpan
from eventwire.testing import parsed_doc

VERBS = """cameo\tverb\tparticle\tobject\ttarget\tcondition\tplover_mode\texample
040\tmeet\t-\t-\tdobj,with\t-\t-\tmet X
112\taccuse\t-\t-\tdobj\t-\t-\taccused X
030\treach\tout\t-\tto\t-\t-\treached out to X
080\tbow\t-\t-\tto\t-\t-\tbowed to X
190\tattack\t-\t-\tdobj\t-\t-\tattacked X
072\treceive\t-\tweapon\tfrom\treverse\t-\treceived weapons from X
0874\tpull\tout\t-\tof,from\t-\t-\tpulled out of X
0256\turge\t-\tceasefire\t-\t-\t-\turged a ceasefire
"""
COMPLEMENTS = """lemma\tclass
want\tintent
threaten\tthreat
refuse\trefuse
say\treport
claim\treport
"""
SENSES = """verb\tobject\tcontext\tcameo\tnote
attack\t-\tsports\t-\tfootball
attack\t-\telection\t111\tcampaign attacks are verbal
fire\tcoach\t-\t-\tdismissal
"""
CONTEXTS = """word\tcontext
striker\tsports
primary\telection
"""
NOUNS = """cameo\tnoun\ttarget\tplover_mode\texample
040\ttalk\twith\t-\ttalks with X
190\tattack\ton,against\t-\tattack on X
163\tsanction\ton,against\t-\tsanctions on X
193\tfirefight\twith\t-\ta firefight with X
0871\tceasefire\twith,between\t-\ta ceasefire with X
"""
ALIASES = """verb\tprep\tas\texample
call\tfor\turge\tcalled for a ceasefire
"""
LIGHT_VERBS = """hold
engage in
face reversed
"""


@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> EventCoder:
    folder: Path = tmp_path_factory.mktemp("lexicon")
    (folder / "verbs.tsv").write_text(VERBS, encoding="utf-8")
    (folder / "nouns.tsv").write_text(NOUNS, encoding="utf-8")
    (folder / "light_verbs.txt").write_text(LIGHT_VERBS, encoding="utf-8")
    (folder / "aliases.tsv").write_text(ALIASES, encoding="utf-8")
    (folder / "complements.tsv").write_text(COMPLEMENTS, encoding="utf-8")
    (folder / "senses.tsv").write_text(SENSES, encoding="utf-8")
    (folder / "contexts.tsv").write_text(CONTEXTS, encoding="utf-8")
    cameo = CameoTable.load(data_dir() / "cameo" / "codes.tsv")
    return EventCoder(lexicon=Lexicon.load(folder, cameo))


def code(
    coder: EventCoder,
    nlp_blank: Language,
    dictionary: ActorDictionary,
    rows: list[tuple[str, str, str, int, str]],
    ents: list[tuple[int, int, str]],
) -> list[Event]:
    doc = parsed_doc(nlp_blank.vocab, rows, [(s, e, "GPE", key) for s, e, key in ents])
    article = article_from_text(doc.text, "t", title="")
    return coder(doc, article, ArticleActors(dictionary, doc, "2011-01-01"))


def triples(events: list[Event]) -> set[tuple[str, str, str]]:
    return {
        (e.source.code if e.source else "", e.target.code if e.target else "", e.cameo)
        for e in events
    }


def test_coder_active_voice(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 1, "nsubj"),
        ("accused", "accuse", "VERB", 1, "ROOT"),
        ("India", "India", "PROPN", 1, "dobj"),
    ]
    events = code(
        coder, nlp_blank, dictionary, rows, [(0, 1, "country:PAK"), (2, 3, "country:IND")]
    )
    assert triples(events) == {("PAK", "IND", "112")}
    assert events[0].trigger.text == "accused"
    assert events[0].rule == "verbs.tsv:3"
    assert events[0].quad_class == 3 and events[0].plover == "ACCUSE"


def test_coder_passive_voice_swaps_roles(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("India", "India", "PROPN", 2, "nsubjpass"),
        ("was", "be", "AUX", 2, "auxpass"),
        ("accused", "accuse", "VERB", 2, "ROOT"),
        ("by", "by", "ADP", 2, "agent"),
        ("Pakistan", "Pakistan", "PROPN", 3, "pobj"),
    ]
    events = code(
        coder, nlp_blank, dictionary, rows, [(0, 1, "country:IND"), (4, 5, "country:PAK")]
    )
    assert triples(events) == {("PAK", "IND", "112")}


def test_coder_negation_is_flagged(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 3, "nsubj"),
        ("did", "do", "AUX", 3, "aux"),
        ("not", "not", "PART", 3, "neg"),
        ("meet", "meet", "VERB", 3, "ROOT"),
        ("India", "India", "PROPN", 3, "dobj"),
    ]
    events = code(
        coder, nlp_blank, dictionary, rows, [(0, 1, "country:PAK"), (4, 5, "country:IND")]
    )
    assert len(events) == 1 and events[0].negated


def test_coder_negated_yield_is_refusal(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 3, "nsubj"),
        ("will", "will", "AUX", 3, "aux"),
        ("not", "not", "PART", 3, "neg"),
        ("bow", "bow", "VERB", 3, "ROOT"),
        ("to", "to", "ADP", 3, "prep"),
        ("US", "US", "PROPN", 6, "compound"),
        ("pressure", "pressure", "NOUN", 4, "pobj"),
    ]
    events = code(
        coder, nlp_blank, dictionary, rows, [(0, 1, "country:PAK"), (5, 6, "country:USA")]
    )
    assert triples(events) == {("PAK", "USA", "124")}
    # the refusal itself is a statement made now: neither hypothetical nor negated
    assert not events[0].hypothetical and not events[0].negated


def test_coder_coordinated_targets(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 1, "nsubj"),
        ("met", "meet", "VERB", 1, "ROOT"),
        ("India", "India", "PROPN", 1, "dobj"),
        ("and", "and", "CCONJ", 2, "cc"),
        ("China", "China", "PROPN", 2, "conj"),
    ]
    events = code(
        coder,
        nlp_blank,
        dictionary,
        rows,
        [(0, 1, "country:PAK"), (2, 3, "country:IND"), (4, 5, "country:CHN")],
    )
    assert triples(events) == {("PAK", "IND", "040"), ("PAK", "CHN", "040")}


def test_coder_particle_and_light_verb(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 1, "nsubj"),
        ("held", "hold", "VERB", 1, "ROOT"),
        ("talks", "talk", "NOUN", 1, "dobj"),
        ("with", "with", "ADP", 2, "prep"),
        ("India", "India", "PROPN", 3, "pobj"),
    ]
    events = code(
        coder, nlp_blank, dictionary, rows, [(0, 1, "country:PAK"), (4, 5, "country:IND")]
    )
    assert triples(events) == {("PAK", "IND", "040")}
    assert "light:hold" in events[0].rule
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 1, "nsubj"),
        ("reached", "reach", "VERB", 1, "ROOT"),
        ("out", "out", "ADP", 1, "prt"),
        ("to", "to", "ADP", 1, "prep"),
        ("India", "India", "PROPN", 3, "pobj"),
    ]
    events = code(
        coder, nlp_blank, dictionary, rows, [(0, 1, "country:PAK"), (4, 5, "country:IND")]
    )
    assert triples(events) == {("PAK", "IND", "030")}


def test_coder_light_verb_frames(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    # "Pakistan engaged India in a firefight": the noun is the object of "in"
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 1, "nsubj"),
        ("engaged", "engage", "VERB", 1, "ROOT"),
        ("India", "India", "PROPN", 1, "dobj"),
        ("in", "in", "ADP", 1, "prep"),
        ("firefight", "firefight", "NOUN", 3, "pobj"),
    ]
    ents = [(0, 1, "country:PAK"), (2, 3, "country:IND")]
    events = code(coder, nlp_blank, dictionary, rows, ents)
    assert triples(events) == {("PAK", "IND", "193")}
    # "Pakistan faced sanctions from India": reversed roles
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 1, "nsubj"),
        ("faced", "face", "VERB", 1, "ROOT"),
        ("sanctions", "sanction", "NOUN", 1, "dobj"),
        ("from", "from", "ADP", 1, "prep"),
        ("India", "India", "PROPN", 3, "pobj"),
    ]
    ents = [(0, 1, "country:PAK"), (4, 5, "country:IND")]
    events = code(coder, nlp_blank, dictionary, rows, ents)
    assert triples(events) == {("IND", "PAK", "163")}
    assert "+reversed" in events[0].rule


def test_coder_alias_reads_prepositional_object(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    # "Pakistan called for a ceasefire with India" reads as "urged a ceasefire"
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 1, "nsubj"),
        ("called", "call", "VERB", 1, "ROOT"),
        ("for", "for", "ADP", 1, "prep"),
        ("ceasefire", "ceasefire", "NOUN", 2, "pobj"),
        ("with", "with", "ADP", 3, "prep"),
        ("India", "India", "PROPN", 4, "pobj"),
    ]
    ents = [(0, 1, "country:PAK"), (5, 6, "country:IND")]
    events = code(coder, nlp_blank, dictionary, rows, ents)
    assert triples(events) == {("PAK", "IND", "0256")}
    assert "+as:call-for" in events[0].rule


def test_coder_nominal_event(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 2, "poss"),
        ("'s", "'s", "PART", 0, "case"),
        ("attack", "attack", "NOUN", 3, "nsubj"),
        ("failed", "fail", "VERB", 3, "ROOT"),
        ("on", "on", "ADP", 2, "prep"),
        ("India", "India", "PROPN", 4, "pobj"),
    ]
    events = code(
        coder, nlp_blank, dictionary, rows, [(0, 1, "country:PAK"), (5, 6, "country:IND")]
    )
    assert triples(events) == {("PAK", "IND", "190")}


def test_coder_needs_an_actor(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("They", "they", "PRON", 1, "nsubj"),
        ("met", "meet", "VERB", 1, "ROOT"),
        ("yesterday", "yesterday", "NOUN", 1, "npadvmod"),
    ]
    assert code(coder, nlp_blank, dictionary, rows, []) == []


def test_coder_merges_identical_events_in_sentence(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 1, "nsubj"),
        ("met", "meet", "VERB", 1, "ROOT"),
        ("India", "India", "PROPN", 1, "dobj"),
        ("and", "and", "CCONJ", 1, "cc"),
        ("met", "meet", "VERB", 1, "conj"),
        ("India", "India", "PROPN", 4, "dobj"),
    ]
    events = code(
        coder,
        nlp_blank,
        dictionary,
        rows,
        [(0, 1, "country:PAK"), (2, 3, "country:IND"), (5, 6, "country:IND")],
    )
    assert len(events) == 1


def _control(
    verb: str, lemma: str, embedded: str, embedded_lemma: str
) -> list[tuple[str, str, str, int, str]]:
    """Pakistan <verb> to <embedded> India."""
    return [
        ("Pakistan", "Pakistan", "PROPN", 1, "nsubj"),
        (verb, lemma, "VERB", 1, "ROOT"),
        ("to", "to", "PART", 3, "aux"),
        (embedded, embedded_lemma, "VERB", 1, "xcomp"),
        ("India", "India", "PROPN", 3, "dobj"),
    ]


@pytest.mark.parametrize(
    ("verb", "lemma", "embedded", "embedded_lemma", "cameo"),
    [
        ("threatened", "threaten", "attack", "attack", "1384"),  # a threat, not an attack
        ("wants", "want", "meet", "meet", "036"),  # an intent to meet
        ("refused", "refuse", "meet", "meet", "125"),  # a refusal to meet
    ],
)
def test_coder_complement_verbs_reframe_the_act(
    coder: EventCoder,
    nlp_blank: Language,
    dictionary: ActorDictionary,
    verb: str,
    lemma: str,
    embedded: str,
    embedded_lemma: str,
    cameo: str,
) -> None:
    rows = _control(verb, lemma, embedded, embedded_lemma)
    ents = [(0, 1, "country:PAK"), (4, 5, "country:IND")]
    assert triples(code(coder, nlp_blank, dictionary, rows, ents)) == {("PAK", "IND", cameo)}


def test_coder_wish_with_object_is_low_confidence(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 1, "nsubj"),
        ("wants", "want", "VERB", 1, "ROOT"),
        ("China", "China", "PROPN", 4, "nsubj"),
        ("to", "to", "PART", 4, "aux"),
        ("attack", "attack", "VERB", 1, "ccomp"),
        ("India", "India", "PROPN", 4, "dobj"),
    ]
    ents = [(0, 1, "country:PAK"), (2, 3, "country:CHN"), (5, 6, "country:IND")]
    events = code(coder, nlp_blank, dictionary, rows, ents)
    attack = next(e for e in events if e.trigger.text == "attack")
    assert attack.hypothetical and attack.confidence < 0.5


def test_coder_reverse_roles(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("Georgia", "Georgia", "PROPN", 1, "nsubj"),
        ("received", "receive", "VERB", 1, "ROOT"),
        ("weapons", "weapon", "NOUN", 1, "dobj"),
        ("from", "from", "ADP", 1, "prep"),
        ("Russia", "Russia", "PROPN", 3, "pobj"),
    ]
    ents = [(0, 1, "country:GEO"), (4, 5, "country:RUS")]
    assert triples(code(coder, nlp_blank, dictionary, rows, ents)) == {("RUS", "GEO", "072")}


def test_coder_particle_read_as_preposition(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("Israel", "Israel", "PROPN", 1, "nsubj"),
        ("pulled", "pull", "VERB", 1, "ROOT"),
        ("out", "out", "ADP", 1, "prep"),
        ("of", "of", "ADP", 2, "prep"),
        ("Lebanon", "Lebanon", "PROPN", 3, "pobj"),
    ]
    ents = [(0, 1, "country:ISR"), (4, 5, "country:LBN")]
    assert {e.cameo for e in code(coder, nlp_blank, dictionary, rows, ents)} == {"0874"}


def test_coder_restrictive_relative_clause_is_background(
    coder: EventCoder, nlp_blank: Language, dictionary: ActorDictionary
) -> None:
    rows = [
        ("India", "India", "PROPN", 1, "nsubj"),
        ("met", "meet", "VERB", 1, "ROOT"),
        ("rebels", "rebel", "NOUN", 1, "dobj"),
        ("who", "who", "PRON", 4, "nsubj"),
        ("attacked", "attack", "VERB", 2, "relcl"),
        ("Pakistan", "Pakistan", "PROPN", 4, "dobj"),
    ]
    events = code(
        coder, nlp_blank, dictionary, rows, [(0, 1, "country:IND"), (5, 6, "country:PAK")]
    )
    attack = next(e for e in events if e.trigger.text == "attacked")
    assert "+background" in attack.rule and attack.confidence < 0.5
    assert next(e for e in events if e.trigger.text == "met").confidence >= 0.5


@pytest.mark.parametrize(
    ("speaker", "speaker_key", "verb", "cameo", "target"),
    [
        ("India", "country:IND", "said", "112", "PAK"),  # the side hit accuses Pakistan
        ("Israel", "country:ISR", "claimed", "112", "PAK"),  # a third party's allegation
        # a third party's report tells the act itself (a UN inquiry, a watchdog)
        ("Israel", "country:ISR", "said", "", "IND"),
        # a state's account of its own operation is on record: the act, not a claim of it
        ("Pakistan", "country:PAK", "said", "", "IND"),
    ],
)
def test_coder_reported_violence_is_a_claim(
    coder: EventCoder,
    nlp_blank: Language,
    dictionary: ActorDictionary,
    speaker: str,
    speaker_key: str,
    verb: str,
    cameo: str,
    target: str,
) -> None:
    rows = [
        (speaker, speaker, "PROPN", 1, "nsubj"),
        (verb, "say" if verb == "said" else "claim", "VERB", 1, "ROOT"),
        ("Pakistan", "Pakistan", "PROPN", 3, "nsubj"),
        ("attacked", "attack", "VERB", 1, "ccomp"),
        ("India", "India", "PROPN", 3, "dobj"),
    ]
    ents = [(0, 1, speaker_key), (2, 3, "country:PAK"), (4, 5, "country:IND")]
    events = code(coder, nlp_blank, dictionary, rows, ents)
    act = next(e for e in events if e.cameo == "190")
    assert act.source is not None and act.source.code == "PAK"
    if not cameo:
        assert act.confidence >= 0.5 and "+as-claimed" not in act.rule
        assert act.target is not None and act.target.code == target
        assert not any("+claimed-by" in e.rule for e in events)
        return
    # another's act the speaker alleges is kept, unconfirmed, below the threshold
    assert act.confidence < 0.5 and "+as-claimed" in act.rule
    claim = next(e for e in events if e.cameo == cameo)
    assert claim.target is not None and claim.target.code == target
    lemma = "say" if verb == "said" else "claim"
    assert claim.trigger.text == verb and f"+claimed-by:{lemma}" in claim.rule


@pytest.mark.parametrize(
    ("context_word", "expected"),
    [
        ("yesterday", {("PAK", "IND", "190")}),  # a real attack
        ("striker", set()),  # football: dropped
        ("primary", {("PAK", "IND", "111")}),  # campaign talk: criticism
    ],
)
def test_coder_non_political_senses(
    coder: EventCoder,
    nlp_blank: Language,
    dictionary: ActorDictionary,
    context_word: str,
    expected: set[tuple[str, str, str]],
) -> None:
    rows = [
        ("Pakistan", "Pakistan", "PROPN", 1, "nsubj"),
        ("attacked", "attack", "VERB", 1, "ROOT"),
        ("India", "India", "PROPN", 1, "dobj"),
        (context_word, context_word, "NOUN", 1, "npadvmod"),
    ]
    events = code(
        coder, nlp_blank, dictionary, rows, [(0, 1, "country:PAK"), (2, 3, "country:IND")]
    )
    assert triples(events) == expected


@pytest.mark.parametrize(
    ("cameo", "source", "target", "expected"),
    [
        ("190", "EGYOPP:protesters", "EGYCOP:police", "145"),  # a crowd attacks: riot
        ("1712", "UKROPP:a Ukrainian protestor", "RUS:building", "145"),  # wrecking: riot
        ("193", "EGYCOP:police", "EGYOPP:demonstrators", "175"),  # police fire on a crowd
        ("1822", "EGYCOP:police", "EGYOPP:detained protesters", "1822"),  # torture stays
        ("190", "SYRMIL:troops", "SYRREB:rebels", "190"),  # no crowd: a battle
        ("040", "EGYOPP:protesters", "EGYGOV:ministers", "040"),  # not violent
    ],
)
def test_coder_street_violence_codes(cameo: str, source: str, target: str, expected: str) -> None:
    def ref(spec: str) -> ActorRef:
        code, text = spec.split(":")
        return ActorRef(code, text, 0, len(text))

    assert street_violence(cameo, ref(source), ref(target))[0] == expected


def _event(source: str | None, cameo: str, target: str | None, confidence: float = 0.9) -> Event:
    def ref(code: str | None) -> ActorRef | None:
        return None if code is None else ActorRef(code, code, 0, len(code))

    return Event(
        cameo, cameo[:2], "", 0.0, 4, "", "", ref(source), ref(target),
        TextSpan("x", 0, 1), 0, False, False, "verbs.tsv:1", confidence,
    )  # fmt: skip


def test_an_act_told_twice_is_one_event() -> None:
    """ "shot and wounded Malala", "stormed a mall, killing 39 and taking hostages": the
    telling without the actor goes to the one that names it."""
    whole = _event("PAKREB", "180", "PAKCVL")
    # same code, target missing or known only by its role: the same event
    assert _drop_partial([_event("PAKREB", "180", None), whole]) == [whole]
    assert _drop_partial([_event("PAKREB", "180", "---CVL"), whole]) == [whole]
    # another code of the same root takes the named actor (and says so)
    shared = _drop_partial([_event("PAKREB", "181", None), whole])
    assert [(e.target.code if e.target else None, e.cameo) for e in shared] == [
        ("PAKCVL", "181"),
        ("PAKCVL", "180"),
    ]
    assert shared[0].rule.endswith("+shared")
    # the source too
    assert _drop_partial([_event("---REB", "180", "PAKCVL"), whole]) == [whole]
    # not another root, another role, a weaker event or a different doer
    for other in (
        _event("PAKREB", "190", None),
        _event("PAKREB", "180", "---MIL"),
        _event("AFGREB", "180", None),
    ):
        assert _drop_partial([other, whole]) == [other, whole]
    # people of a role where the other telling names only the country ("struck a refinery
    # in Russia, injuring several people")
    struck = _event("UKRMIL", "195", "RUS")
    injured = _drop_partial([_event("UKRMIL", "190", "---CVL"), struck])
    assert [e.target.code if e.target else None for e in injured] == ["RUS", "RUS"]
    weak = _event("PAKREB", "180", "PAKCVL", confidence=0.45)
    assert len(_drop_partial([_event("PAKREB", "180", None), weak])) == 2
