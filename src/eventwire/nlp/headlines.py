"""Re-parse headlines as the sentences they abbreviate.

The small English model is trained on running text, so a headline's present-tense verb
is often tagged as a plural noun ("Xi pledges closer energy ties" becomes a noun phrase
headed by "energy"), and its "to" future has no verb to hang on ("EU to suspend most
Myanmar sanctions"). For a sentence that looks like a headline, the verb is rewritten
in a form the model parses reliably ("Xi will pledge ...", "EU will suspend ..."), the
variant is parsed on its own, and its tree is copied back onto the original tokens when
it makes that word the main verb. Text, offsets and entities are never changed: only
heads, dependency labels and tags of that one sentence.
"""

from __future__ import annotations

import logging
from typing import cast
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

log = logging.getLogger(__name__)

ATTRS = [HEAD, DEP, TAG, POS, LEMMA, MORPH]
HEADLINE_MAX_TOKENS = 30
QUOTES = frozenset({"'", "‘", "’", '"', "“", "”", "``", "''"})
FINAL_PUNCT = frozenset({".", "!", "?", '"', "'", "”", "’", ":"})
# only the tagger and parser are needed for the variant
KEEP_PIPES = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"})
# nouns that take a plural verb though they do not end in -s ("police arrest")
PLURAL_NOUNS = frozenset({"police", "people", "clergy", "personnel", "militia"})
# verbs a headline puts before a to-infinitive ("Council votes to end mission"), never
# the plural noun that ends a subject ("FARC rebels to free hostages")
INFINITIVE_VERBS = frozenset(
    {"vote", "vow", "plan", "agree", "decide", "move", "seek", "threaten", "pledge",
     "promise", "refuse", "aim", "hope", "offer", "prepare", "try", "fail", "want", "urge"}
)  # fmt: skip
# words that may lead a headline's bare count ("Over 100,000 rally in Minsk")
COUNT_WORDS = frozenset(
    {"over", "some", "about", "around", "nearly", "almost", "roughly", "more", "than", "up", "to"}
)
# the words of each part of speech a model's lemmatizer knows, read once per model
_LEMMAS: WeakKeyDictionary[Language, dict[str, frozenset[str]]] = WeakKeyDictionary()


def reparse_headlines(nlp: Language, doc: Doc) -> Doc:
    """Give each headline-like sentence of ``doc`` the parse of its verbal variant.

    A sentence whose variant cannot be used keeps its own parse; nothing here may cost an
    article its coding."""
    arr: numpy.ndarray | None = None
    for sent in list(doc.sents):
        try:
            fix = _headline_fix(nlp, sent)
        except Exception:  # a variant the model chokes on: keep the sentence's own parse
            log.debug("headline re-parse skipped: %r", sent.text, exc_info=True)
            continue
        if fix is None:
            continue
        if arr is None:
            arr = doc.to_array(ATTRS)
        for i, row in fix.items():
            arr[i] = row
    if arr is not None:
        original = doc.to_array(ATTRS)
        try:
            doc.from_array(ATTRS, cast(Ints2d, arr))
        except Exception:
            log.debug("headline re-parse not applied", exc_info=True)
            doc.from_array(ATTRS, cast(Ints2d, original))
    return doc


def headline_like(sent: Span) -> bool:
    """Whether ``sent`` reads as a headline: short, with no closing punctuation (a closing
    quote counts only after a full stop: "frees captured pilot in 'peace gesture'" is a
    headline, '... he said, "we will fight."' is not)."""
    toks = [t for t in sent if not t.is_space]
    if not toks or len(toks) > HEADLINE_MAX_TOKENS:
        return False
    words = list(toks)
    while len(words) > 1 and words[-1].text in QUOTES and words[-2].text not in FINAL_PUNCT:
        words.pop()
    return words[-1].text not in FINAL_PUNCT


def _headline_fix(nlp: Language, sent: Span) -> dict[int, numpy.ndarray] | None:
    if not headline_like(sent):
        return None
    toks = [t for t in sent if not t.is_space]
    listed = _listed_subject(toks)
    verbs = known_verbs(nlp)
    options = _verb_words(toks, verbs)
    if listed is not None and not options:
        # "Philippines, Japan sign troop access pact": the verb may be read well already,
        # its first subject not; the variant reads the list as "Philippines and Japan".
        # A list takes a plural verb: "India, Pakistan trade fire" -> "will trade"
        k = listed[1]
        plural = toks[k].lower_ in verbs and not toks[k].lower_.endswith("s")
        if toks[k].pos_ == "VERB":
            options = [(k, [toks[k].lower_])]
        if plural:
            # ("Ethiopia, Eritrea sign declaration": the list's own reading may still take
            # the verb for a noun)
            options.append((k, ["will", toks[k].lower_]))
    for k, words in options:
        fix = _variant_fix(nlp, sent, toks, k, words, listed[0] if listed else None)
        if fix is not None:
            return fix
    return None


def _variant_fix(
    nlp: Language, sent: Span, toks: list[Token], k: int, words: list[str], comma: int | None
) -> dict[int, numpy.ndarray] | None:
    """The parse of the variant with word ``k`` rewritten as ``words`` (and the comma at
    ``comma`` as "and"), on the original tokens; None when the variant does not read as
    the headline's clause."""
    parts = [t.text_with_ws for t in toks]
    parts[k] = " ".join(words) + (toks[k].whitespace_ or " ")
    if comma is not None:
        parts[comma] = " and" + (toks[comma].whitespace_ or " ")
    counted = _count_subject(toks, k)
    if counted:
        # "Over 100,000 rally in Minsk": the model reads a bare count as a number, not as
        # the people who rally; the variant names them ("Many people will rally")
        for j in range(k):
            parts[j] = ("people" if j == k - 1 else "many" if j else "Many") + (
                toks[j].whitespace_ or " "
            )
    described = _participle_after(toks, k)
    if described is not None:
        # "court sentences ousted PM Hasina": the model reads the participle as the verb;
        # the variant parses an adjective in its place, the word keeps its own tags
        parts[described] = "former" + (toks[described].whitespace_ or " ")
    disable = [p for p in nlp.pipe_names if p not in KEEP_PIPES]
    variant = nlp("".join(parts).rstrip() + ".", disable=disable)
    extra = len(words) - 1  # the inserted "will"
    if len(variant) != len(toks) + extra + 1:
        return None  # tokenised differently: leave the sentence alone
    verb = variant[k + extra]  # the rewritten word, or for a "to" future the verb it marks
    if words == ["will"]:
        verb = verb.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")
    if not main or verb.pos_ != "VERB" or len(list(variant.sents)) != 1:
        return None  # the main verb, or the one a trailing "..., Kremlin says" reports
    if words != ["will"] and verb.i + 1 < len(variant) and variant[verb.i + 1].pos_ == "VERB":
        return None  # "U.S. troops withdraw": the -s word was the subject after all
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children):
        return None  # the variant must read the names before the verb as its subject

    def original(j: int) -> int | None:
        """The doc index of variant token ``j``; None for the inserted and final words."""
        if j < k:
            return toks[j].i
        if j < k + extra or j >= len(toks) + extra:
            return None
        return toks[j - extra].i

    rows = variant.to_array(ATTRS)
    fix: dict[int, numpy.ndarray] = {}
    for j, tok in enumerate(variant):
        i = original(j)
        if i is None:
            continue
        head = i if tok.dep_ == "ROOT" else original(tok.head.i)
        if head is None:
            head = toks[k].i  # a word hung on the inserted auxiliary goes to the verb
        row = rows[j].copy()
        row[0] = numpy.uint64(head - i) if head >= i else numpy.uint64(2**64 + head - i)
        fix[i] = row
    _keep_surface_tags(fix, toks[k], nlp, words)
    own_tags = [j for j in (described, comma) if j is not None]
    own_tags += list(range(k)) if counted else []
    for own in (toks[j] for j in own_tags):
        # the participle, the comma and the count keep their own tags, taking only head
        # and label
        fix[own.i][2:] = own.doc.to_array(ATTRS)[own.i][2:]
    if comma is not None:
        _listed_names_proper(fix, toks[:comma], nlp)
    return fix if _one_tree(fix) else None


def _listed_names_proper(fix: dict[int, numpy.ndarray], first: list[Token], nlp: Language) -> None:
    """The first name of a listed subject is a proper noun, though the tagger may call it
    an adjective ("Trump, Kim hold summit"); a real adjective keeps its tag ("French,
    German leaders meet")."""
    strings = nlp.vocab.strings
    adjectives = _lemma_index(nlp, "adj")
    for tok in first:
        row = fix[tok.i]
        if (
            tok.is_title
            and strings[int(row[2])] == "JJ"
            and strings[int(row[1])] in {"nsubj", "nsubjpass"}
            and tok.lower_ not in adjectives
        ):
            row[2], row[3] = strings.add("NNP"), strings.add("PROPN")


def _participle_after(toks: list[Token], k: int) -> int | None:
    """The index of a participle describing the name after the verb at ``k``
    ("sentences ousted PM Hasina", "frees jailed reporter"), else None."""
    m = k + 1
    if m + 1 >= len(toks):
        return None
    word, noun = toks[m], toks[m + 1]
    described = noun.pos_ in {"PROPN", "NOUN", "ADJ"}
    if word.tag_ in {"VBN", "VBD"} and word.text.islower() and described:
        return m
    return None


def _describes_object(toks: list[Token], k: int) -> bool:
    """ "Pakistan frees captured Indian pilot": after a name, the -s word is the verb and
    the participle describes its object (not "Mutinous soldiers detained ...", where the
    -s word ends the subject)."""
    return toks[k - 1].pos_ == "PROPN" and _participle_after(toks, k) is not None


def _listed_subject(toks: list[Token]) -> tuple[int, int] | None:
    """(comma, verb) for a headline whose subject is two names joined by a comma
    ("Philippines, Japan sign troop access pact"), else None."""
    k = next((i for i, t in enumerate(toks) if t.is_alpha and t.text.islower()), 0)
    commas = [i for i in range(k) if toks[i].text == ","]
    if len(commas) != 1 or not 0 < commas[0] < k - 1:
        return None
    # ("Maduro, Guyana's Ali meet": a possessive inside a name)
    names = [t for t in toks[:k] if t.text != "," and t.tag_ != "POS"]
    if not all(t.is_title or t.is_upper for t in names) or toks[k].lower_ == "and":
        return None
    return commas[0], k


def _plural(tok: Token) -> bool:
    """A plural subject word, also an acronym's plural the tagger misses ("British MPs")."""
    return tok.tag_ in {"NNS", "NNPS"} or (
        len(tok.text) > 2 and tok.text[-1] == "s" and tok.text[:-1].isupper()
    )


def _count_subject(toks: list[Token], k: int) -> bool:
    """The words before the headline's verb at ``k`` are a bare count of people ("Over
    100,000 rally", "50,000 protest in Tbilisi")."""
    return (
        0 < k <= 4
        and toks[k - 1].like_num
        and all(t.like_num or t.lower_ in COUNT_WORDS for t in toks[:k])
    )


def _one_tree(fix: dict[int, numpy.ndarray]) -> bool:
    """The copied heads form one tree: a single root, every word reaching it."""
    heads = {i: i + int(row[:1].view(numpy.int64)[0]) for i, row in fix.items()}  # signed
    roots = [i for i, h in heads.items() if h == i]
    if len(roots) != 1:
        return False
    for start in heads:
        node, steps = start, 0
        while heads.get(node, roots[0]) != node:
            node, steps = heads[node], steps + 1
            if steps > len(heads) or node not in heads:
                return False
    return True


def known_verbs(nlp: Language) -> frozenset[str]:
    """The English verbs the model's lemmatizer knows ("order", not "prosecutor")."""
    return _lemma_index(nlp, "verb")


def _lemma_index(nlp: Language, pos: str) -> frozenset[str]:
    """The words of one part of speech the model's lemmatizer knows (cached per model)."""
    known = _LEMMAS.setdefault(nlp, {})
    if pos not in known:
        words: frozenset[str] = frozenset()
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                words = frozenset(lookups.get_table("lemma_index").get(pos, ()))
        known[pos] = words
    return known[pos]


def _verb_words(toks: list[Token], verbs: frozenset[str]) -> list[tuple[int, list[str]]]:
    """Where the headline's verb may be, most likely first: the first lower-case word
    after the subject's names, as a present-tense form ("pledges" -> "will pledge"), a
    "to" future ("to" -> "will") or, after a plural subject, a base form ("Greece and
    Macedonia sign deal", "FARC rebels free hostages" -> "will sign", "will free")."""
    k = next(
        (
            i
            for i, t in enumerate(toks)
            # ("Hundreds of thousands march ...": the count's "of" is not the verb)
            if t.is_alpha and t.text.islower() and t.lower_ not in {"and", "or", "of"}
        ),
        0,
    )
    if 0 < k < len(toks) - 1 and toks[k - 1].tag_ == "POS" and toks[k].tag_ == "NN":
        k += 1  # "Mali's junta expels French ambassador": the possessed noun ends the subject
    if _count_subject(toks, k):
        tok = toks[k]
        if tok.lower_ in verbs and not tok.text.endswith("s") and tok.pos_ != "VERB":
            return [(k, ["will", tok.lower_])]  # "Over 100,000 rally in Minsk"
        return []
    if k == 0 or not (
        toks[k - 1].pos_ in {"PROPN", "NOUN"}
        or toks[k - 1].is_title
        # ("ECOWAS lifts sanctions": the tagger may call an acronym a verb)
        or (toks[k - 1].is_upper and len(toks[k - 1]) > 1)
        or toks[k - 1].lower_ == "of"
    ):
        return []  # "Blinken to travel": the tagger may call the name anything
    if (
        k + 2 < len(toks)
        and toks[k + 1].lower_ == "to"
        and toks[k].tag_ == "NNS"
        and toks[k + 2].text.islower()
        and toks[k].lemma_.lower() not in INFINITIVE_VERBS
    ):
        # "FARC rebels to free three hostages": the plural noun ends the subject (not
        # "Greece protests to Turkey", whose "to" leads a name)
        k += 1
    tok = toks[k]
    after = toks[k + 1] if k + 1 < len(toks) else None
    if (
        tok.pos_ == "VERB"
        and tok.dep_ == "ROOT"
        # (not "Mali pardons 46 Ivorian soldiers" read with no subject)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    ):
        return []  # parsed well already
    if (
        after is not None
        and after.pos_ == "VERB"
        and after.dep_ == "ROOT"
        and tok.tag_ == "NNS"
        and not _describes_object(toks, k)
    ):
        return []  # so is "FARC rebels free hostages" at times
    if tok.lower_ == "to":
        return [(k, ["will"])]
    found: list[tuple[int, list[str]]] = []
    if (
        after is not None
        and (tok.tag_ in {"NNS", "VBZ"} or tok.lower_ in PLURAL_NOUNS)
        and after.is_alpha
        and after.text.islower()
        and (
            (after.lower_ in verbs and after.tag_ in {"NN", "VB", "VBP", "JJ", "RB"})
            # ("Turkish jets down Russian warplane": a verb the tagger calls a preposition)
            or (after.lower_ == "down" and k + 2 < len(toks) and toks[k + 2].pos_ != "ADP")
        )
    ):
        # "FARC rebels free hostages" ("down" reads as a verb only in the past: "downed")
        found.append((k + 1, ["downed"] if after.lower_ == "down" else ["will", after.lower_]))
    if (
        not tok.text.endswith("s")
        and tok.lower_ in verbs
        and tok.tag_ in {"NN", "VB", "VBP", "JJ"}
        and (_plural(toks[k - 1]) or any(t.dep_ == "cc" for t in toks[:k]))
    ):
        found.append((k, ["will", tok.lower_]))  # "Greece and Macedonia sign deal"
    for j in range(k + 1, min(k + 4, len(toks) - 1)):
        # "Haitian gang kidnaps ...", "war crimes tribunal sentences ...": the subject's
        # common nouns end at an -s word the lemmatizer knows as a verb
        noun, word = toks[j - 1], toks[j]
        if noun.tag_ not in {"NN", "NNS"} or not noun.text.islower():
            break
        if (
            word.tag_ in {"NNS", "VBZ"}
            and word.lower_.endswith("s")
            and len(word.text) >= 4
            and word.lemma_.lower() in verbs
            and (noun.tag_ == "NN" or j > k + 1)
        ):
            found.append((j, ["will", word.lemma_.lower()]))
        elif (
            (noun.tag_ == "NNS" or noun.lower_ in PLURAL_NOUNS)
            and j > k
            and word.is_alpha
            and word.text.islower()
            and not word.lower_.endswith("s")
            and word.lower_ in verbs
            and word.tag_ in {"NN", "VB", "VBP", "JJ"}
        ):
            # "Kyrgyz opposition protesters storm ...", "Hong Kong police arrest ..."
            found.append((j, ["will", word.lower_]))
    if not tok.text.endswith("s") or tok.tag_ not in {"NNS", "VBZ"} or len(tok.text) < 4:
        return found
    if after is not None and after.tag_ in {"VBD", "MD"} and not _describes_object(toks, k):
        return found  # "U.S. troops withdrew", "U.S. troops will": the -s word is the subject
    base = tok.lemma_.lower() if tok.lemma_.lower() != tok.lower_ else tok.lower_[:-1]
    if base not in verbs:
        return found  # "Peru prosecutors open probe": a noun, not a verb
    if toks[k - 1].ent_id_.startswith(("country:", "capital:")):
        # "US slaps steel tariffs on ...": after a state's name the -s word is its verb
        # (not "FARC rebels free hostages", whose -s word names the doers)
        return [(k, ["will", base]), *found]
    return [*found, (k, ["will", base])]


def _keep_surface_tags(
    fix: dict[int, numpy.ndarray], verb: Token, nlp: Language, words: list[str]
) -> None:
    """The rewritten word keeps its own form's tag: "pledges" is VBZ and "sign" VBP (not
    the variant's VB), "to" stays the infinitive marker (not the variant's modal)."""
    strings = nlp.vocab.strings
    row = fix[verb.i]
    if words == ["will"]:
        row[2], row[3], row[4] = strings.add("TO"), strings.add("PART"), strings.add("to")
        row[5] = strings.add("")
    elif verb.lower_.endswith("s"):
        row[2] = strings.add("VBZ")
        row[5] = strings.add("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    else:  # "Greece and Macedonia sign"
        row[2] = strings.add("VBP")
        row[5] = strings.add("Tense=Pres|VerbForm=Fin")
