"""Resolve the noun phrases of one parsed article to actor codes.

Resolution works left to right through the article, so later short forms
("Mrs Clinton", "the minister") and pronouns find the people named before them.
A spaCy Doc never leaves this module: callers get ActorRef records.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..places import Gazetteer
from ..records import Actor, ActorRef, TextSpan
from .dictionary import NO_COUNTRY, ActorDictionary, ActorEntry

FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our", "myself", "ourselves"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
# prefixes that make a name no nationality: a stance ("anti-American") or a span of
# countries ("the Pan-American Highway", "pan-Arab")
STANCES = ("pro-", "anti-", "pan-")
# "Brussels" for the EU where the sentence is about the EU
EU_SEAT, EU_CODE = frozenset({"Brussels"}), "IGOEUREEC"
# "a US-brokered deal", "Iranian-backed militias": the sponsor named before the hyphen
SPONSORING = frozenset(
    {"broker", "mediate", "draft", "back", "sponsor", "support", "fund", "arm", "propose"}
)
FORMER = frozenset(
    {"former", "ex", "ex-", "late", "onetime", "one-time", "erstwhile", "ousted", "deposed",
     "toppled"}
)  # fmt: skip
# nouns that, definite and bare, refer back to the organisation just named ("the group")
GROUP_NOUNS = frozenset(
    {"group", "organisation", "organization", "movement", "militia", "network", "faction"}
)
# "quit ECOWAS, accusing the bloc of ...": nouns for an international body named before
BODY_NOUNS = frozenset({"bloc", "alliance", "grouping", "watchdog", "body", "tribunal"})
GROUP_BLOCKERS = frozenset({"poss", "compound", "prep", "relcl", "acl"})  # "the group of experts"
# "the Taliban ... accusing the insurgents": an armed group named before
ARMED_GROUP_NOUNS = frozenset(
    {
        "insurgents",
        "militants",
        "rebels",
        "guerrillas",
        "jihadists",
        "extremists",
        "fighters",
        "separatists",
    }
)
ARMED_GROUP_ROLES = frozenset({"REB", "INS", "UAF"})
# "the ELN ... accusing the guerrilla group": words that describe a group as armed
ARMED_DESCRIPTORS = frozenset(
    {"guerrilla", "rebel", "militant", "insurgent", "jihadist", "islamist", "armed",
     "extremist", "terrorist", "separatist", "paramilitary"}
)  # fmt: skip
# metonyms that other countries' institutions share ("Congress" in Buenos Aires)
SHARED_METONYMS = frozenset({"Congress", "Senate", "Supreme Court", "House of Representatives"})
# "the Kurdish rebels" are named anew
ARMED_GROUP_BLOCKERS = frozenset({"poss", "compound", "amod", "relcl", "acl"})
# bare counts that, as a subject, stand for people ("Thousands protested")
# what an owner holds abroad ("the Russian assets of Danone")
HOLDINGS = frozenset(
    {"asset", "property", "stake", "holding", "subsidiary", "unit", "operation", "business",
     "plant", "factory", "branch", "office", "account", "fund", "reserve", "share"}
)  # fmt: skip
PEOPLE_COUNTS = frozenset({"hundred", "thousand", "dozen", "score", "million", "ten"})
# acts done only to people, whose bare count as the object is people ("detained dozens")
ACTS_ON_PEOPLE = frozenset(
    {"arrest", "detain", "kill", "wound", "injure", "abduct", "kidnap", "execute", "deport"}
)
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves", "theirs"})
# participles that tie a thing to where it comes from ("vehicles imported from China")
GOODS_ORIGINS = frozenset({"import", "make", "produce", "manufacture", "ship"})
DISPATCHED = frozenset({"send", "dispatch", "deploy", "fly", "bring"})
# nouns for the country across from the owner ("its neighbour", "its arch-rival")
OTHER_SIDE_NOUNS = frozenset(
    {"neighbour", "neighbor", "rival", "arch-rival", "foe", "enemy", "adversary"}
)
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# a state's missions abroad ("its embassy in Tehran" is not Iran's)
MISSIONS = frozenset({"embassy", "consulate", "mission", "ambassador", "envoy", "diplomat"})
# seas named after a country that lie in no one country ("the Gulf of Oman")
WATER_BODIES = frozenset({"gulf", "sea", "strait", "straits", "bay", "ocean", "channel"})
BOTH_SIDES_NOUNS = frozenset(
    {"country", "nation", "side", "government", "neighbour", "neighbor", "republic", "state",
     "power", "ally", "rival", "leader"}
)  # fmt: skip
# nouns that name a part of a place, so the place inside them is the location
PLACE_PARTS = frozenset(
    {
        "part", "area", "areas", "outskirts", "outskirt", "suburb", "suburbs", "city", "town",
        "village", "region", "province", "district", "neighbourhood", "neighborhood", "border",
        "capital",
        "east", "west", "north", "south", "centre", "center", "north-east", "north-west",
        "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
        "territory", "enclave", "zone", "stronghold", "camp", "street", "square", "port",
        "coast", "countryside", "heart",
    }
)  # fmt: skip
# where something happened: "in Gaza", "near Donetsk", "outside Kabul", "across Syria"; a
# country there is a place, not an actor ("in Ivory Coast", "around Taiwan")
PLACE_PREPS = ("in", "near", "outside", "around", "across", "inside", "at", "through", "throughout")
# "the South" and "the North" in a story about the Koreas
KOREAS = {"South": "KOR", "North": "PRK"}
# "fighters loyal to the government", "militias allied with Iran"
ALLEGIANCE = frozenset({"loyal", "allied", "aligned", "affiliated", "linked", "beholden"})
# the last word of a sea's name ("South China Sea", "Arabian Sea", "Indian Ocean")
WATER_NAMES = frozenset({"Sea", "Ocean"})
# "hackers working for North Korea's military intelligence": whom they serve
SERVING = frozenset({"work", "act", "spy", "operate", "fight"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "flat", "nummod", "npadvmod"})
NOT_HEAD_DEPS = frozenset({"compound", "flat", "amod", "nmod", "det", "case", "punct"})


@dataclass(slots=True)
class _Person:
    token: int
    ref: ActorRef
    gender: str
    surnames: frozenset[str]
    titles: frozenset[str]


def _is_speaker_pronoun(token: Token) -> bool:
    """I/we/us...; "US" (the country) is not a pronoun."""
    return token.lower_ in SPEAKER_PRONOUNS and token.pos_ == "PRON" and token.text != "US"


# "a Western-backed resolution", "Russian-made jets": whoever backed or made a thing is
# not the thing's actor (unlike "Saudi-led", whose leader is)
ORIGIN_PARTICIPLES = frozenset(
    {"back", "sponsor", "support", "fund", "finance", "arm", "train", "draft", "make", "build"}
)


def _origin(token: Token) -> bool:
    """The "Western" of "Western-backed" (and "backed" itself); the "Albanian" of "ethnic
    Albanian rebels", who are of the country they live in."""
    if is_ethnic(token):
        return True
    if token.lemma_.lower() in ORIGIN_PARTICIPLES and token.tag_ == "VBN":
        return token.dep_ == "amod"
    head = token.head
    return (
        token.dep_ in {"npadvmod", "compound", "amod", "nmod"}
        and head.i > token.i
        and head.dep_ == "amod"
        and head.tag_ == "VBN"
        and head.lemma_.lower() in ORIGIN_PARTICIPLES
    )


def is_ethnic(token: Token) -> bool:
    """A nationality word after "ethnic" ("ethnic Albanian rebels", "ethnic Russians")."""
    return token.i > 0 and token.doc[token.i - 1].lower_ == "ethnic"


def _role_lemmas(tokens: list[Token]) -> list[str]:
    return [t.lemma_.lower() for t in tokens if t.pos_ not in {"DET", "PUNCT", "PART", "NUM"}]


def _role_words(tokens: list[Token]) -> list[str]:
    return [t.lower_ for t in tokens if t.pos_ not in {"DET", "PUNCT", "PART", "NUM"}]


def _at(token: Token, ref: ActorRef, rule: str) -> ActorRef:
    """``ref`` standing at ``token`` (a pronoun or relative pronoun that refers to it)."""
    return replace(
        ref, text=token.text, start_char=token.idx, end_char=token.idx + len(token.text), rule=rule
    )


def _next_to(head: Token, appos: Token) -> bool:
    """An apposition right after its head's phrase, not one the parser hung on a word far
    back ("Niger's junta refused to receive a delegation from ECOWAS, the African Union
    and the United Nations": the list is the delegation's)."""
    own = {t.i for t in head.subtree} - {t.i for t in appos.subtree}
    return all(t.i in own or t.is_punct for t in head.doc[head.i + 1 : appos.left_edge.i])


def _international_body(ref: ActorRef) -> bool:
    """An intergovernmental organisation (the UN, the EU, ECOWAS ...)."""
    return ref.kind == "organisation" and ref.code.startswith("IGO")


def _is_country(ref: ActorRef | None) -> bool:
    return ref is not None and ref.kind == "country"


def _both_sides(token: Token) -> bool:
    """ "their countries", "the two sides", "both governments": the parties named before."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in BOTH_SIDES_NOUNS:
        return False
    if any(
        c.dep_ == "compound" or (c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children))
        for c in token.children
    ):
        # "the two Koreas", "the two countries of the region" (not "accusing the two
        # countries of harbouring militants")
        return False
    # (an adjective only describes them: "the two Nordic countries", "both neighbouring
    # nations")
    return any(
        (c.dep_ == "poss" and c.lower_ == "their")
        or (c.dep_ == "nummod" and c.lower_ == "two")
        or (c.dep_ in {"det", "predet"} and c.lower_ == "both")
        for c in token.children
    )


def _ascii_words(name: str) -> list[str]:
    """ "Recep Tayyip Erdoğan" -> ["recep", "tayyip", "erdogan"]."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return plain.lower().split() or [""]


def _subjects_of(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _children_of(head: Token, dep: str) -> list[Token]:
    return [c for c in head.children if c.dep_ == dep]


def _crowd_number(tok: Token) -> bool:
    """A bare number of at least a hundred with no determiner ("100,000", not "the 27")."""
    if tok.tag_ != "CD" or any(c.dep_ in {"det", "poss"} for c in tok.children):
        return False
    digits = tok.text.replace(",", "")
    year = len(digits) == 4 and digits[:2] in {"19", "20"}  # ("1989 marks ...")
    return digits.isdigit() and int(digits) >= 100 and not year


def _pobjs(head: Token, word: str) -> list[Token]:
    return [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == word
        for o in p.children
        if o.dep_ == "pobj"
    ]


def hyphen_participle(token: Token) -> str:
    """The lemma of the participle hyphened to ``token`` ("broker" for the "US" of "a
    US-brokered deal", "back" for "Iranian-backed"), else ""."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
        return doc[token.i + 2].lemma_.lower()
    return ""


def _is_sponsor(ent: Span) -> bool:
    """An entity before "-brokered", "-backed", "-drafted": "a US-brokered deal" and
    "Iranian-backed militias" are not the sponsor's own."""
    return hyphen_participle(ent[-1]) in SPONSORING


def _is_language(ent: Span) -> bool:
    """A demonym before "-speaking": "Russian-speaking protesters in Tallinn" name a
    language community, not the country's people."""
    return hyphen_participle(ent[-1]) == "speak"


def is_stance(ent: Span) -> bool:
    """An entity inside "pro-X" / "anti-X" / "pan-X"."""
    doc, start = ent.doc, ent.start
    if doc[start].lower_.startswith(STANCES):
        return True
    if len(ent) > 2 and ent[1].text == "-" and f"{ent[0].lower_}-" in STANCES:
        return True  # the entity spans the stance word: "pro", "-", "Russian"
    return (
        start >= 2
        and doc[start - 1].text == "-"
        and doc[start - 2].lower_ in {p.rstrip("-") for p in STANCES}
    )


def _in_water_name(ent: Span) -> bool:
    """A country named inside a sea's name ("the South China Sea ruling", "Sea of Japan" is
    no entity): no actor of its own."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].text in WATER_NAMES


def is_place(ref: ActorRef) -> bool:
    """Whether an actor reference names a place (city, country, capital or a bare country
    code such as "the Rwandan capital" -> RWA) rather than a group or person."""
    if ref.kind in {"place", "country", "capital"}:
        return True
    return len(ref.code) == 3 and ref.code.isalpha() and ref.code not in {"IGO", "NGO", "IMG"}


class ArticleActors:
    """Actors of one parsed article: resolves tokens to ActorRefs and remembers them."""

    def __init__(
        self,
        dictionary: ActorDictionary,
        doc: Doc,
        date: str | None,
        speaker_at: Callable[[int], ActorRef | None] | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.dictionary = dictionary
        self.gazetteer = gazetteer
        words = dictionary.words
        self._titles = words["female_title"] | words["male_title"] | words["name_title"]
        self._things: list[tuple[int, ActorRef]] = []  # non-person actors, for "it"
        self.doc = doc
        self.date = date
        self.speaker_at = speaker_at
        self._cache: dict[int, ActorRef | None] = {}
        self._expanding: set[int] = set()  # heads resolve_all is working on (cycle guard)
        self._persons: list[_Person] = []
        self._ent_of: dict[int, Span] = {}
        for ent in doc.ents:
            for tok in ent:
                self._ent_of[tok.i] = ent
        # "Marco Rubio ... Rubio said": the parser may take the bare surname for a place
        self._surnames_here = {
            ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
        }
        for token in doc:
            if self._is_phrase_head(token) and not _is_speaker_pronoun(token):
                self.resolve(token)

    # ---- public --------------------------------------------------------------
    def resolve(self, token: Token) -> ActorRef | None:
        """The actor a noun-phrase head stands for, or None."""
        if self.speaker_at is None and _is_speaker_pronoun(token):
            return None  # known only once quotes are attributed
        if token.i not in self._cache:
            self._cache[token.i] = None  # guards against cycles
            ref = self._resolve(token)
            if ref is None and token.pos_ == "NOUN":
                ref = self._named_after(token)
            if ref is not None and ref.rule == "compound:demonym":
                ref = self._owner_of(token) or ref
            if ref is not None and not _has_country(ref):
                ref = self._split_title(token) or ref  # a title alone, its name split off
            self._cache[token.i] = ref
            if (
                ref is not None
                and token.pos_ != "PRON"
                and (ref.kind == "person" or self._office_holder(token, ref))
            ):
                self._remember(token, ref)
            elif ref is not None and ref.code and token.pos_ != "PRON":
                self._things.append((token.i, ref))
        return self._cache[token.i]

    def _owner_of(self, holding: Token) -> ActorRef | None:
        """ "the Russian assets of French food group Danone": whose holdings they are (the
        nationality says where they lie)."""
        if holding.lemma_.lower() not in HOLDINGS:
            return None
        for owner in _pobjs(holding, "of"):
            ref = self.resolve(owner)
            if ref is not None and _has_country(ref):
                return _at(holding, ref, "owner-of")
        return None

    def _named_after(self, head: Token) -> ActorRef | None:
        """ "former colonial ruler France", "its ally Russia": a description the name
        right after it says who it is."""
        for appos in head.children:
            if appos.dep_ == "appos" and appos.left_edge.i == head.i + 1:
                ref = self.resolve(appos)
                if ref is not None and _has_country(ref):
                    return _at(head, ref, "apposition:name")
        return None

    def _split_title(self, head: Token) -> ActorRef | None:
        """ "telephoned President Barack Obama", the parser splitting the title from the
        name it hangs elsewhere: the person the name right after the title is."""
        doc = head.doc
        if head.pos_ != "PROPN" or head.ent_type_ or head.i + 1 >= len(doc):
            return None
        name = doc[head.i + 1]
        if name.ent_type_ != "PERSON" or name.ent_iob_ != "B" or name.head.i == head.i:
            return None
        end = name.i
        while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
            end += 1
        ref = self.resolve(doc[end])
        return _at(head, ref, "title:name") if ref is not None and _has_country(ref) else None

    def place_named(self, token: Token) -> ActorRef | None:
        """A proper noun the parser tagged as no entity, looked up as a place: the coder
        asks this only of the object of a place phrase ("pounded positions around
        Donetsk")."""
        if self.gazetteer is None or token.pos_ != "PROPN" or token.i in self._ent_of:
            return None
        first = token
        while first.i > 0 and (prev := self.doc[first.i - 1]).head is token:
            if prev.dep_ != "compound" or prev.pos_ != "PROPN" or not prev.text[0].isupper():
                break
            first = prev
        name = self.doc[first.i : token.i + 1].text
        if self._person_name(name):
            return None
        country = self.gazetteer.country_of(name)
        if not country:
            return None
        return self._ref(list(self.doc[first.i : token.i + 1]), country, name, "place", "gazetteer")

    def _country_it_is_in(self, place: Token) -> str:
        """The country named by an "in" phrase on a place or on the noun it names ("the
        town of Palma in northern Mozambique"), else ""."""
        holders = [place]
        if place.dep_ == "pobj" and place.head.lower_ == "of":
            holders.append(place.head.head)
        # (the parser may hang the phrase on the verb: "stormed the town of Palma in
        # northern Mozambique")
        verb = holders[-1].head
        if holders[-1].dep_ in {"dobj", "pobj", "nsubj"} and verb.pos_ == "VERB":
            holders.append(verb)
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for obj in prep.children:
                    entry = self._entry(obj) if obj.dep_ == "pobj" else None
                    if entry is not None and entry[0].kind == "country":
                        return entry[0].code[:3]
        return ""

    def resolve_all(self, token: Token) -> list[ActorRef]:
        """The actors of a head and its coordinated heads ("the US, Afghanistan and Pakistan")."""
        if token.i in self._expanding:
            return []  # "rebel fighters and their families": "their" is the phrase itself
        self._expanding.add(token.i)
        try:
            return self._resolve_all(token)
        finally:
            self._expanding.discard(token.i)

    def _resolve_all(self, token: Token) -> list[ActorRef]:
        if token.lower_ in PLURAL_PRONOUNS and token.pos_ == "PRON":
            antecedent = self._plural_antecedent(token)
            if antecedent is None:
                return []
            return [_at(token, r, "pronoun:they") for r in self.resolve_all(antecedent)]
        if _both_sides(token):
            # "Obama and Castro announced that their countries would restore relations",
            # "the two sides agreed": the parties named before
            antecedent = self._plural_antecedent(token)
            sides = self.resolve_all(antecedent) if antecedent is not None else []
            if len(sides) == 1 and antecedent is not None:
                # "the crown prince welcomed Trump to Riyadh, as the two sides signed
                # deals": the doer and the one it met
                # ("Kim stepped across the line to meet Moon, and the two leaders signed")
                verb = antecedent.head
                met = [c for dep in ("xcomp", "advcl") for c in _children_of(verb, dep)]
                others = [
                    r
                    for o in _children_of(verb, "dobj")
                    + [o for c in met for o in _children_of(c, "dobj")]
                    for r in self.resolve_all(o)
                    if r.code[:3] != sides[0].code[:3]
                ]
                two = any(c.dep_ == "nummod" and c.lower_ == "two" for c in token.children)
                # ("Lourenco hosted Tshisekedi and Kagame, and the two leaders agreed": the
                # two it met, not the host)
                sides = others if two and len(others) == 2 else sides + others
            if len(sides) > 1:
                return [_at(token, r, "coreference:both-sides") for r in sides]
        ent = self._ent_of.get(token.i)
        members = list(ent) if ent is not None else [token]
        # the parser may hang a coordination on any word of a name ("Barack Obama and ...")
        heads = [token, *(c for m in members for c in m.conjuncts)]
        for appos in (c for c in token.children if c.dep_ == "appos" and _next_to(token, c)):
            # "The US, Russia, and Switzerland": a list the parser read as an apposition
            if appos.conjuncts:
                heads += [appos, *appos.conjuncts]
            elif _is_country(self.resolve(token)) and _is_country(self.resolve(appos)):
                heads.append(appos)  # a headline's "to Poland, Bulgaria"
        refs: list[ActorRef] = []
        for tok in heads:
            own = self.resolve(tok)
            counted: list[ActorRef] = []
            if own is not None and own.rule == "member-of":
                # "thousands of U.S. and Philippine troops": every actor of the members
                counted = [r for o in _pobjs(tok, "of") for r in self.resolve_all(o)]
            elif own is not None and own.rule == "compound:possessive":
                # "their calls": every one of those named before
                counted = [
                    replace(own, code=r.code[:3] + own.code[3:], name=r.name)
                    for o in _children_of(tok, "poss")
                    if o.lower_ in PLURAL_PRONOUNS
                    for r in self.resolve_all(o)
                    if _has_country(r)
                ]
            elif own is not None and own.rule in {"from-phrase", "of-phrase"}:
                # "diplomats from Argentina, Chile and Peru": the role in every country;
                # "negotiators from Israel and Hamas": a named group speaks for itself
                counted = [
                    replace(own, code=r.code[:3] + own.code[3:], name=r.name)
                    if _is_country(r)
                    else r
                    for o in _pobjs(tok, own.rule.split("-")[0])
                    for r in self.resolve_all(o)
                    if _is_country(r) or (r.kind == "organisation" and r.code)
                ]
            for ref in [
                own,
                *counted,
                *self._coordinated_modifiers(tok),
                *self._coordinated_owners(tok),
            ]:
                if ref is not None and ref.code and all(r.code != ref.code for r in refs):
                    refs.append(ref)
        return refs

    def _object_antecedent(self, pronoun: Token, plural: bool) -> Token | None:
        """ "expelled three French diplomats, accusing them of spying", "deported a
        Russian journalist, accusing him of ...": the object of the act the participle
        comments on."""
        if pronoun.dep_ != "dobj" or pronoun.head.dep_ not in {"advcl", "conj"}:
            return None
        act = pronoun.head.head
        # (or of the act its verb frames: "threatened to block Sweden and Finland from
        # joining NATO, accusing the two Nordic countries of ...")
        objects = _children_of(act, "dobj") + [
            o for x in _children_of(act, "xcomp") for o in _children_of(x, "dobj")
        ]
        for obj in objects:
            for _ in range(3):
                number = obj.tag_ in {"NNS", "NNPS"} or bool(obj.conjuncts)
                if number == plural and self.resolve_all(obj):
                    return obj
                # ("ordered an offensive against TPLF forces, accusing them of ...": whom
                # the act is against)
                owners = _pobjs(obj, "of") or _pobjs(obj, "against")
                if not owners:
                    break
                obj = owners[0]
        return None

    def _plural_antecedent(self, pronoun: Token) -> Token | None:
        """ "Obama and Putin said they will attack": the subject of the governing verb,
        else the nearest earlier plural subject in this or the previous sentence. An object
        ("security forces fired tear gas to disperse them") is not its own clause's doer."""
        own: set[int] = set()
        if pronoun.dep_ in {"dobj", "pobj", "dative"}:
            # the doers of the clauses the object sits in, up to the first with a subject
            for clause in pronoun.ancestors:
                own |= {s.i for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}}
                if own:
                    break
        found = self._object_antecedent(pronoun, plural=True)
        if found is not None:
            return found
        node = pronoun.head
        for _ in range(0 if own else 4):
            if node.dep_ not in {"ccomp", "xcomp", "advcl", "conj"} or node.head.i == node.i:
                break
            node = node.head
            for subj in node.children:
                if (
                    subj.dep_ in {"nsubj", "nsubjpass"}
                    and subj.i != pronoun.i
                    and subj.lower_ not in PLURAL_PRONOUNS
                    and self.resolve(subj)
                ):
                    return subj
        start = pronoun.sent.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        candidates = [
            tok
            for tok in reversed(self.doc[start : pronoun.i])
            # (or the doer of an infinitive: "prompting thousands of protesters to rally
            # outside parliament, where police used water cannon against them")
            if (
                tok.dep_ in {"nsubj", "nsubjpass"}
                or (tok.dep_ == "dobj" and bool(_children_of(tok.head, "xcomp")))
            )
            and tok.i not in own
            and (tok.tag_ in {"NNS", "NNPS"} or tok.conjuncts)
            and self.resolve(tok) is not None
        ]
        # a named party before a nameless crowd ("Miliband and Kouchner urged Sri Lanka to
        # let trapped civilians escape, but Rajapakse rejected their calls")
        named = [t for t in candidates if any(_has_country(r) for r in self.resolve_all(t))]
        return next(iter(named or candidates), None)

    def _coordinated_owners(self, head: Token) -> list[ActorRef]:
        """ "the foreign ministers of Armenia and Azerbaijan": one actor per coordinated
        owner, with the head's role; "negotiators for the government and the Taliban": the
        coordinated parties themselves."""
        base = self.resolve(head)
        if base is None or base.kind == "person":
            return []
        out: list[ActorRef] = []
        for word in ("of", "for"):
            for obj in _pobjs(head, word):
                parties = []
                for conj in obj.conjuncts:
                    ref = self.resolve(conj)
                    if ref is None or not ref.code:
                        continue
                    if word == "of" and len(ref.code) == 3 and len(base.code) > 3:
                        ref = replace(ref, code=ref.code + base.code[3:6])
                    parties.append(replace(ref, rule=ref.rule + "+coordinated-owner"))
                owner = self.resolve(obj) if word == "for" and parties else None
                if owner is not None and owner.code:
                    parties.insert(0, owner)
                out += parties
        return out

    def _coordinated_modifiers(self, head: Token) -> list[ActorRef]:
        """ "US and British activists": one actor per coordinated country modifier."""
        base = self.resolve(head)
        if base is None or not base.code or base.kind == "person":
            return []
        out = []
        # "Indian, Chinese troops": a headline's comma list of modifiers
        listed = [
            c
            for c in head.lefts
            if c.dep_ in MODIFIER_DEPS
            and (found := self._entry(c)) is not None
            and found[0].kind in {"country", "demonym"}
        ]
        if len(listed) > 1 and all(self.doc[a.right_edge.i + 1].text == "," for a in listed[:-1]):
            return [
                replace(base, code=found[0].code + base.code[3:], rule="coordinated-modifier")
                for c in listed
                if (found := self._entry(c)) is not None
            ]
        for child in head.lefts:
            if child.dep_ not in MODIFIER_DEPS:
                continue
            if not child.conjuncts:
                continue
            parties = [child, *child.conjuncts]
            # "Government and FARC negotiators": an organisation among them stands for
            # itself, and so does each party beside it
            organised = any(
                (e := self._entry(c)) is not None and e[0].kind == "organisation" for c in parties
            )
            found_parties = []
            for conj in parties:
                found = self._entry(conj)
                if head.text == "Korea" and conj.text in KOREAS:
                    # "called on North and South Korea to resume dialogue"
                    found_parties.append(
                        replace(base, code=KOREAS[conj.text] + base.code[3:], rule="korea")
                    )
                elif found is not None and found[0].kind in {"country", "demonym"}:
                    # ("Israeli and Hamas negotiators": the country itself)
                    role = "" if organised else base.code[3:]
                    found_parties.append(
                        replace(base, code=found[0].code + role, rule="coordinated-modifier")
                    )
                elif organised and (party := self.resolve(conj)) is not None and party.code:
                    found_parties.append(replace(party, rule=party.rule + "+coordinated-modifier"))
            countries = {p.code[:3] for p in found_parties if not p.code.startswith(NO_COUNTRY)}
            if organised and len(countries) == 1:
                # "Government and FARC negotiators": the government across the table from
                # an armed group is its country's own
                (country,) = countries
                found_parties = [
                    replace(p, code=country + p.code[3:], rule=p.rule + "+shared")
                    if p.code.startswith(NO_COUNTRY)
                    else p
                    for p in found_parties
                ]
            out += found_parties
        return out

    def actors(self) -> tuple[Actor, ...]:
        """Every coded actor of the article with its mentions, in order of first mention."""
        grouped: dict[tuple[str, str], list[ActorRef]] = {}
        for i in sorted(self._cache):
            ref = self._cache[i]
            if ref is not None and ref.code:
                grouped.setdefault((ref.code, ref.name), []).append(ref)
        return tuple(
            Actor(
                code,
                name,
                refs[0].kind,
                tuple(TextSpan(r.text, r.start_char, r.end_char) for r in refs),
            )
            for (code, name), refs in grouped.items()
        )

    # ---- resolution ----------------------------------------------------------
    @staticmethod
    def _is_phrase_head(token: Token) -> bool:
        return token.pos_ in {"NOUN", "PROPN", "PRON"} and token.dep_ not in NOT_HEAD_DEPS

    def _ref(self, tokens: list[Token], code: str, name: str, kind: str, rule: str) -> ActorRef:
        first, last = tokens[0], tokens[-1]
        while first.pos_ in {"DET", "PUNCT"} and first.i < last.i:
            first = self.doc[first.i + 1]
        return actor_on(self.doc[first.i : last.i + 1], code, name, kind, rule)

    def _entry(self, token: Token) -> tuple[ActorEntry, Span] | None:
        ent = self._ent_of.get(token.i)
        if ent is None or not ent.ent_id_:
            return None
        entry = self.dictionary.entries.get(ent.ent_id_)
        return (entry, ent) if entry is not None else None

    def _phrase(self, head: Token) -> list[Token]:
        left = head.i
        for child in head.lefts:
            if child.dep_ in MODIFIER_DEPS or child.dep_ in {"det", "case", "quantmod"}:
                left = min(left, child.left_edge.i)
        ent = self._ent_of.get(head.i)
        right = head.i if ent is None else max(head.i, ent.end - 1)
        return list(self.doc[left : right + 1])

    def _resolve(self, head: Token) -> ActorRef | None:
        lower = head.lower_
        if head.pos_ == "PRON" or lower in FEMALE_PRONOUNS | MALE_PRONOUNS:
            return self._pronoun(head)
        if head.lemma_.lower() in self.dictionary.words["incident_noun"]:
            return None  # "killed by the Malaysia Airlines crash": no Malaysian attacker
        if head.lemma_.lower() in self.dictionary.words["strife_noun"] and not self._waged(head):
            return None  # "the war in Sudan has killed 15,000 people": no one's act
        phrase = self._phrase(head)
        if head.lemma_.lower() in OTHER_SIDE_NOUNS and not any(
            c.dep_ == "appos" or (c.pos_ == "PROPN" and c.i > head.i) for c in head.children
        ):
            # "Algeria cut relations with Morocco, accusing its neighbour of ...": the
            # other country, named before
            owners = [self.resolve(p) for p in _children_of(head, "poss")]
            # (the owner named as a state or by its capital: "Ankara allowed aid from its
            # long-time foe")
            own = next(
                (
                    o.code[:3]
                    for o in owners
                    if o is not None and o.kind in {"country", "capital"} and _has_country(o)
                ),
                "",
            )
            other = self._country_before(head, besides=own) if own else ""
            if other:
                name = self._country_name(other)
                return self._ref(phrase, other, name, "country", "coreference:other-side")
        if head.lemma_.lower() in BORDER_NOUNS:
            # "massed troops near its border with Ukraine": the side across
            across = [r for o in _pobjs(head, "with") if (r := self.resolve(o)) is not None]
            if across and _has_country(across[0]):
                return self._ref(phrase, across[0].code[:3], across[0].name, "place", "border-with")
        armed = [
            c
            for c in head.children
            if c.dep_ in {"compound", "amod"} and c.lower_ in ARMED_DESCRIPTORS
        ]
        if (
            lower in GROUP_NOUNS | ARMED_GROUP_NOUNS | BODY_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and not any(
                c.dep_ in (GROUP_BLOCKERS if lower in GROUP_NOUNS else ARMED_GROUP_BLOCKERS)
                and c not in armed
                # ("accusing the guerrilla group of war crimes": what it is accused of)
                and not (armed and c.dep_ == "prep")
                for c in head.children
            )
        ):
            # "Hamas ... the group said": the organisation named last before; "the
            # Taliban ... accusing the insurgents", "the ELN ... the guerrilla group": the
            # armed group named last before
            for index, thing in reversed(self._things):
                if index < head.i and head.i - index < 80:
                    if armed and thing.code[3:6] not in ARMED_GROUP_ROLES:
                        continue
                    if lower in BODY_NOUNS:
                        if _international_body(thing):
                            return _at(head, thing, "coreference:body")
                        continue
                    if (
                        lower in GROUP_NOUNS
                        and thing.kind == "organisation"
                        # ("drones launched by the Houthi movement struck Saudi Aramco
                        # facilities, and the group claimed": not the company)
                        and thing.code[3:6] != "BUS"
                    ):
                        return _at(head, thing, "coreference:group")
                    if lower in ARMED_GROUP_NOUNS and thing.code[3:6] in ARMED_GROUP_ROLES:
                        return _at(head, thing, "coreference:group")
                    if (
                        lower in GROUP_NOUNS
                        and thing.rule.startswith("dictionary")
                        and thing.kind not in {"place", "capital", "country"}
                    ):
                        # (another name; not a place, nor a role: "a bombing at a Bogota
                        # police academy ..., and ended talks with the group")
                        break
        if (
            head.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and not any(
                c.dep_ in GROUP_BLOCKERS | {"amod"}
                # ("accusing the office of siding with ...", "of bias": what it is
                # accused of; "the office of the president" is another office)
                and not (
                    c.dep_ == "prep" and not any(self.resolve(o) for o in _children_of(c, "pobj"))
                )
                for c in head.children
            )
        ):
            # "the UN human rights office ... accusing the office of siding with":
            # the organisation last named with this head word
            for index, thing in reversed(self._things):
                ent = self._ent_of.get(index)
                if (
                    index < head.i
                    and head.i - index < 80
                    and thing.kind == "organisation"
                    and ent is not None
                    and ent[-1].lemma_.lower() == head.lemma_.lower()
                ):
                    return _at(head, thing, "coreference:name-head")
        if (
            (
                head.dep_ in {"nsubj", "nsubjpass"}
                or (head.dep_ == "dobj" and head.head.lemma_.lower() in ACTS_ON_PEOPLE)
            )
            and head.tag_ == "NNS"
            and head.lemma_.lower() in PEOPLE_COUNTS
            # ("hundreds of thousands" is a count too)
            and all(o.lemma_.lower() in PEOPLE_COUNTS for o in _pobjs(head, "of"))
        ):
            # "Thousands protested in Paris", "hundreds were arrested", "police detained
            # dozens": a bare count of people as the subject, or as the object of an act
            # done only to people, is a crowd of civilians
            return self._ref(phrase, NO_COUNTRY + "CVL", head.text, "group", "count:people")
        if head.dep_ == "nsubj" and _crowd_number(head):
            # "Over 100,000 rally in Minsk", "50,000 protest in Tbilisi": a headline's bare
            # number as the subject counts people
            return self._ref(phrase, NO_COUNTRY + "CVL", head.text, "group", "count:people")
        entries = []
        seen_ents: set[int] = set()
        for tok in phrase:
            found = None if _origin(tok) else self._entry(tok)
            if found is not None and found[1].start not in seen_ents:
                seen_ents.add(found[1].start)
                entries.append((tok, *found))
        head_found = self._entry(head)
        if head_found is not None:
            return self._from_head_entry(head, phrase, head_found[0])
        ent = self._ent_of.get(head.i)
        person_named = ent is not None and len(ent) == 1 and self._person_name(ent.text, ent.label_)
        person_named = person_named or self._countrys_person(head) is not None
        place = "" if person_named else self._place(ent)
        if place:
            # "the town of Palma in northern Mozambique": the country the sentence puts the
            # place in beats a namesake elsewhere
            place = self._country_it_is_in(head) or place
            return self._ref(
                phrase, place, ent.text if ent is not None else head.text, "place", "gazetteer"
            )
        if (
            (ent is not None and ent.label_ == "PERSON")
            or person_named
            or (head.pos_ == "PROPN" and any(t.lower_ in self._titles for t in phrase[:-1]))
            or (ent is None and self._bare_surname(head))
        ):
            ref = self._unknown_person(head, phrase, ent, entries)
            if ref is not None:
                return ref
        ref = self._shared_country(head, self._composed(head, phrase, entries))
        if ref is None and head.pos_ == "PROPN":
            # "the ADF, a Ugandan rebel group": a name the dictionary does not know
            described = self._described(head)
            if described is not None:
                return self._ref(phrase, described.code, head.text, described.kind, "apposition")
        return ref

    def _shared_metonym_country(self, head: Token, entry: ActorEntry) -> str:
        """ "marched on Congress in Buenos Aires", "defied a Supreme Court order" in a story
        about the Maldives: a bare "Congress", "Senate" or "Supreme Court" is the body of the
        one country the sentence names, where that is another; else ""."""
        if entry.kind != "metonym" or entry.name not in SHARED_METONYMS:
            return ""
        named = {
            ref.code[:3]
            for ent in head.sent.ents
            if head not in ent
            and (ref := self.resolve(ent.root)) is not None
            and _has_country(ref)
            # (not another shared name: "stormed Congress, the Supreme Court and ...")
            and not (ref.kind == "metonym" and ref.name in SHARED_METONYMS)
        }
        return named.pop() if len(named) == 1 and entry.code not in named else ""

    def _ethnic_home(self, head: Token, nation: str) -> str:
        """ "ethnic Russians protested in Tallinn", "expelled ethnic Albanians from
        Kosovo": the one other country whose places the sentence names, where the minority
        lives; else ""."""
        homes = {
            ref.code[:3]
            for ent in head.sent.ents
            if head not in ent
            and ent.label_ in {"GPE", "LOC", "FAC"}
            and (ref := self.resolve(ent.root)) is not None
            and ref.kind in {"country", "place", "capital"}
            and _has_country(ref)
        } - {nation}
        return homes.pop() if len(homes) == 1 else ""

    def _described(self, head: Token, places: bool = True) -> ActorRef | None:
        """What an apposition says an unknown name is ("the ADF, a Ugandan rebel group",
        "Julian Assange, an Australian"); a place only where ``places``."""
        for appos in (c for c in head.children if c.dep_ == "appos"):
            described = self.resolve(appos)
            if described is None or not described.code:
                continue
            if places or described.kind not in {"place", "capital"}:
                return described
        return None

    def _shared_country(self, head: Token, ref: ActorRef | None) -> ActorRef | None:
        """ "British sailors and marines", "Sudanese troops and militiamen": a bare role
        noun coordinated with a national one shares its country adjective; "Cambodia's
        ruling party and opposition", its possessor country; "the Houthis and the
        (Saudi-backed) government", the country of the armed group it faces."""
        if ref is None or not ref.code.startswith(NO_COUNTRY) or head.dep_ != "conj":
            return ref
        first = head.head
        rival = self.resolve(first) if first.pos_ == "PROPN" else None
        if (
            rival is not None
            and not rival.code.startswith(NO_COUNTRY)
            and rival.code[3:6] in {"REB", "INS"}
            and ref.code[3:6] in {"GOV", "MIL"}
        ):
            return replace(ref, code=rival.code[:3] + ref.code[3:], rule=ref.rule + "+rival")
        if any(c.dep_ in {"det", "amod", "compound", "poss", "nummod"} for c in head.lefts):
            return ref  # "Afghan soldiers and foreign civilians": its own modifiers
        national = next(
            (
                e[0].code
                for c in first.lefts
                if c.dep_ in {"amod", "compound", "poss"}
                and (e := self._entry(c)) is not None
                and e[0].kind in {"country", "demonym"}
            ),
            "",
        )
        if not national or first.pos_ not in {"NOUN", "PROPN"}:
            return ref
        return replace(ref, code=national + ref.code[3:], rule=ref.rule + "+shared")

    def _about_eu(self, head: Token) -> bool:
        """Whether the sentence names an EU body or office holder."""
        return any(
            (ref := self.resolve(ent.root)) is not None and ref.code.startswith("IGOEU")
            for ent in head.sent.ents
            if head not in ent
        )

    def _from_head_entry(self, head: Token, phrase: list[Token], entry: ActorEntry) -> ActorRef:
        if entry.kind == "person":
            code = self.dictionary.person_code(entry.name, self.date)
            if code.endswith("ELI") and not any(t.lower_ in FORMER for t in phrase):
                # "European Commission Vice-President Frans Timmermans": an office at an
                # international body the text names
                bodies = [
                    e[0].code
                    for t in phrase[:-1]
                    if (e := self._entry(t)) is not None
                    and e[0].kind == "organisation"
                    and e[0].code.startswith("IGO")
                ]
                if bodies:
                    return self._ref(phrase, bodies[0], entry.name, "person", "person:office-at")
                # "Chinese President Xi Jinping" in 2012: the text's title beats the gaps of
                # the office table (not "former President ...")
                role = self.dictionary.role_of(_role_lemmas(phrase[:-1]))
                if role is not None and not role[1]:
                    return self._ref(
                        phrase, code[:3] + role[0], entry.name, "person", "dictionary:person+title"
                    )
            return self._ref(phrase, code, entry.name, "person", "dictionary:person")
        if entry.kind == "organisation":
            return self._ref(
                phrase, entry.code, entry.name, "organisation", "dictionary:organisation"
            )
        if entry.kind == "metonym":
            # "Rwanda's Senate": an explicit country beats the metonym's default one
            for tok in phrase:
                other = self._entry(tok)
                if (
                    other is not None
                    and other[0].kind in {"country", "demonym"}
                    and (tok.i < head.i)
                ):
                    return self._ref(
                        phrase,
                        other[0].code + entry.role,
                        entry.name,
                        "metonym",
                        "dictionary:metonym+country",
                    )
        shared = self._shared_metonym_country(head, entry)
        if shared:
            return self._ref(
                phrase,
                shared + entry.role,
                entry.name,
                "metonym",
                "dictionary:metonym+sentence-country",
            )
        if entry.kind == "capital" and head.text in EU_SEAT and self._about_eu(head):
            # "warned that Brussels was close to triggering a procedure against Warsaw":
            # the seat of the EU where the sentence is about the EU
            return self._ref(phrase, EU_CODE, entry.name, "capital", "dictionary:capital+eu-seat")
        if entry.kind in {"metonym", "capital"}:
            return self._ref(
                phrase, entry.code + entry.role, entry.name, entry.kind, f"dictionary:{entry.kind}"
            )
        role = self.dictionary.role_of(_role_lemmas(phrase[:-1])) if len(phrase) > 1 else None
        code = entry.code + (role[0] if role and not role[1] else "")
        if (
            entry.kind == "demonym"
            and len(code) == 3
            and head.tag_ in {"NNS", "NNPS"}
            and not any(c.dep_ == "det" for c in head.children)
        ):
            # "Chileans marched in Santiago", "thousands of Afghans fled": the people
            # ("the Americans" is the US side in talks); "ethnic Russians protested in
            # Tallinn": a minority, of the country it lives in
            home = self._ethnic_home(head, entry.code[:3]) if is_ethnic(head) else ""
            if home:
                return self._ref(phrase, home + "CVL", entry.name, "group", "ethnic")
            return self._ref(phrase, code + "CVL", entry.name, "group", "dictionary:demonym+people")
        return self._ref(phrase, code, entry.name, "country", f"dictionary:{entry.kind}")

    def _unknown_person(
        self,
        head: Token,
        phrase: list[Token],
        ent: Span | None,
        entries: list[tuple[Token, ActorEntry, Span]],
    ) -> ActorRef | None:
        name_tokens = [
            t for t in (ent if ent is not None else [head]) if t.lower_ not in self._titles
        ]
        while name_tokens and name_tokens[-1].tag_ == "POS":
            name_tokens = name_tokens[:-1]
        name = self.doc[name_tokens[0].i : name_tokens[-1].i + 1].text if name_tokens else ""
        if not name:
            return None
        surname = name_tokens[-1].text if name_tokens else head.text
        bare = len(name_tokens) == 1  # "Clinton", "Mrs Clinton": not "Bill Clinton"
        gender = self._gender_from(phrase)
        # "Julian Assange, an Australian", "Ahmed Saleh, a senior Hamas official": who the
        # apposition says the person is (a place it names is not who the person is)
        described = self._described(head, places=False)
        if described is not None:
            return self._ref(phrase, described.code, name, "person", "apposition")
        for person in reversed(self._persons):
            if person.ref.name == name or (bare and surname in person.surnames):
                if gender and person.gender and gender != person.gender:
                    continue
                return self._ref(
                    phrase, person.ref.code, person.ref.name, "person", "coreference:name"
                )
        known = (self._known_surname(surname) or self._countrys_person(head)) if bare else None
        if not bare and known is None:
            # "Tayyip Erdogan" for Recep Tayyip Erdogan: a shorter form of a known name
            full = self._known_surname(surname)
            words = set(_ascii_words(full)) if full else set()
            if words and all(_ascii_words(t.text)[0] in words for t in name_tokens[:-1]):
                known = full
        if known is None and bare and any(t.lower_ in FORMER for t in phrase):
            # "former president Duterte", "ousted PM Hasina": out of office on the date
            known = self.dictionary.former_by_surname(surname, self.date)
        if known is not None:
            return self._ref(
                phrase,
                self.dictionary.person_code(known, self.date),
                known,
                "person",
                "dictionary:surname",
            )
        composed = self._composed(
            head, phrase, [e for e in entries if e[2].root.i != head.i], person_name=name
        )
        if composed is not None:
            return composed
        if (
            len(phrase) == 1
            and head.dep_ not in {"nsubj", "nsubjpass"}
            and self.gazetteer is not None
            and self.gazetteer.is_major(name)
            and name not in self._surnames_here
        ):
            # "would stop shelling Kharkiv": a city the parser took for a person's name
            country = self.gazetteer.country_of(name)
            if country:
                return self._ref(phrase, country, name, "place", "gazetteer:person-tagged")
        return self._ref(phrase, "", name, "person", "name-only")

    def _bare_surname(self, head: Token) -> bool:
        """A known surname standing alone. A headline's capitalised subject the tagger took
        for a common noun counts too when it names a head of state or government ("Trump
        threatens tariffs"), not a minister whose name is an English word ("Fall")."""
        if head.pos_ == "PROPN":
            return self._known_surname(head.text) is not None
        if head.pos_ != "NOUN" or not head.is_title or head.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        person = self._known_surname(head.text)
        return person is not None and self.dictionary.leads(person, self.date)

    def _countrys_person(self, head: Token) -> str | None:
        """ "Colombia's Santos": a known surname its country owns is that country's office
        holder (not Angola's dos Santos, nor a namesake town abroad)."""
        if head.pos_ != "PROPN":
            return None
        owners = [e[0] for c in _children_of(head, "poss") if (e := self._entry(c)) is not None]
        return next(
            (
                person
                for owner in owners
                if owner.kind == "country"
                and (person := self.dictionary.person_by_surname(head.text, self.date, owner.code))
            ),
            None,
        )

    def _known_surname(self, surname: str) -> str | None:
        return self.dictionary.person_by_surname(surname, self.date)

    def _person_name(self, name: str, label: str = "") -> bool:
        """A surname of someone named in full in this article or known to the dictionary
        ("Machado", "Obama"), whatever the parser took the word for; but a city news
        names often, taken for a place, stays one unless the article names the person
        ("in Lagos")."""
        if name in self._surnames_here:
            return True
        major = self.gazetteer is not None and self.gazetteer.is_major(name)
        if major and label in {"", "GPE", "LOC", "FAC"}:
            return False
        return self._known_surname(name) is not None

    def _composed(
        self,
        head: Token,
        phrase: list[Token],
        entries: list[tuple[Token, ActorEntry, Span]],
        person_name: str | None = None,
    ) -> ActorRef | None:
        country, org, rule = "", "", ""
        if not entries and len(phrase) > 2:
            for tok in phrase[:-2]:
                entry = self.dictionary.org_by_ends.get((tok.text, head.text))
                between = self.doc[tok.i + 1 : head.i]
                if entry is not None and not any(t.text[:1].isupper() for t in between):
                    # "the Haqqani militant network", not the "National Democratic Front"
                    # for the "National Resistance Front"
                    return self._ref(
                        phrase,
                        entry.code,
                        entry.name,
                        "organisation",
                        "dictionary:organisation-split",
                    )
        # "pro-Russian separatists", "anti-US protesters": the country they are for or
        # against, not their own
        entries = [
            e
            for e in entries
            if not is_stance(e[2])
            and not _is_sponsor(e[2])
            and not _in_water_name(e[2])
            and not _is_language(e[2])
        ]
        # the modifier closest to the head gives the country ("Kabul's US embassy" -> US)
        for tok, entry, _ent in sorted(entries, key=lambda e: -e[0].i):
            if entry.kind == "organisation":
                org = org or entry.code
            elif entry.kind == "person":
                country = country or self.dictionary.person_code(entry.name, self.date)[:3]
            elif not country:
                shared = self._shared_metonym_country(tok, entry)
                country = shared or entry.code
                rule = "compound:metonym+sentence-country" if shared else f"compound:{entry.kind}"
        if not country and not org:
            for tok in phrase[:-1]:
                place = self._place(self._ent_of.get(tok.i))
                if place:
                    country, rule = place, "compound:place"
        if not country and not org:
            for tok in phrase[:-1]:
                # "the Trump administration", "Modi's government": a leader known by
                # surname only
                if tok.pos_ == "PROPN" and tok.dep_ == "compound" and self._entry(tok) is None:
                    owner = self.resolve(tok)
                    if owner is not None and owner.kind == "person" and _has_country(owner):
                        country, rule = owner.code[:3], "compound:person"
                        break
        if not country and not org:
            for tok in phrase:
                if tok.dep_ == "poss" and tok.i != head.i:
                    # ("rejected their calls for a ceasefire": those named before; not
                    # "met their counterparts", people who are others)
                    owner = (
                        next(iter(self.resolve_all(tok)), None)
                        if tok.lower_ in PLURAL_PRONOUNS
                        and head.lemma_.lower() not in self.dictionary.words["relational_noun"]
                        and not self._own_doers(tok, head)
                        else self.resolve(tok)
                    )
                    if (
                        owner is not None
                        and owner.kind == "organisation"
                        and head.lemma_.lower() in self.dictionary.words["member_noun"]
                    ):
                        # "the group's leaders", "Hamas's fighters": the organisation's own
                        return self._ref(phrase, owner.code, owner.name, owner.kind, "member-of")
                    if owner is not None and _has_country(owner):
                        country, rule = owner.code[:3], "compound:possessive"
                        break
        plain = [t for t in phrase if self._entry(t) is None and not _origin(t)]
        role = self.dictionary.role_of(_role_lemmas(plain)) or self.dictionary.role_of(
            _role_words(plain)
        )
        if any(
            ent.label_ == "ORG" and ent[-1].lower_ in self.dictionary.words["company_word"]
            for ent in {self._ent_of.get(t.i) for t in phrase} - {None}
            if ent is not None
        ):
            # "a General Motors plant": a company's name, whatever role words it holds
            role = ("BUS", False)
        kind = "person" if person_name else "group"
        name = person_name or self._phrase_text(phrase)
        if (
            org
            and country
            and org.startswith("IGO")
            and role is not None
            and role[0] == "GOV"
            and (rule == "compound:demonym" or any(t.dep_ == "poss" for t in phrase))
        ):
            # "China's UN ambassador", "the Russian NATO envoy": a state's diplomat at the
            # body (not "the U.N. Syria envoy", the body's envoy for the country)
            return self._ref(phrase, country + "GOV", name, kind, "compound:country-at-igo")
        if org:
            return self._ref(phrase, org, name, "organisation", "compound:organisation")
        if (
            not country
            and not org
            and head.lemma_.lower() in self.dictionary.words["document_noun"]
        ):
            issuer = self._issuer(head)
            if issuer is not None:
                return self._ref(phrase, issuer.code, issuer.name, issuer.kind, "document-issuer")
        if not country and role is not None:
            # "fighters loyal to Libya's interim government", "militants loyal to Islamic
            # State": whom they serve
            for adj in head.children:
                serving = adj.dep_ == "acl" and adj.lemma_.lower() in SERVING
                if not serving and (adj.dep_ != "amod" or adj.lemma_.lower() not in ALLEGIANCE):
                    continue
                owner = (
                    self._of_object(adj, "for")
                    if serving
                    else self._of_object(adj, "to") or self._of_object(adj, "with")
                )
                if owner is None or not _has_country(owner):
                    continue
                if owner.kind == "organisation":
                    return self._ref(phrase, owner.code, owner.name, "organisation", "allegiance")
                country, rule = owner.code[:3], "allegiance"
                break
        if (
            not country
            and role is not None
            and not any(t.lower_ in {"international", "foreign"} for t in phrase)
        ):
            # "dissidents from Myanmar", "a court in Guyana" (not "foreign aid agencies
            # from Darfur", who only worked there); a generic role word only with "from"
            # ("officials from India and Pakistan")
            for word in ("from",) if role[1] else ("from", "in"):
                origin = self._of_object(head, word)
                if origin is None and word == "from":
                    # "a team of agents sent from Riyadh"
                    origin = next(
                        (
                            r
                            for a in head.children
                            if a.dep_ == "acl" and a.lemma_.lower() in DISPATCHED
                            if (r := self._of_object(a, "from")) is not None
                        ),
                        None,
                    )
                if origin is not None and word == "from" and origin.kind == "organisation":
                    # "a joint delegation from ECOWAS": the organisation's own people
                    return self._ref(phrase, origin.code, origin.name, origin.kind, "member-of")
                if origin is not None and (word == "from" or is_place(origin)):
                    country, rule = origin.code[:3], f"{word}-phrase"
                    break
        member = head.lemma_.lower() in self.dictionary.words["member_noun"]
        if member and rule == "compound:demonym":
            # "the Dutch section of Medecins Sans Frontieres": the organisation's own part
            # ("the Russian subsidiaries of French food group Danone": named in apposition)
            of_ref = next(
                (
                    r
                    for o in _pobjs(head, "of")
                    for t in (o, *_children_of(o, "appos"))
                    if (r := self.resolve(t)) is not None and r.kind == "organisation"
                ),
                None,
            )
            if of_ref is not None:
                return self._ref(phrase, of_ref.code, of_ref.name, of_ref.kind, "member-of")
        if not country:
            # "the foreign minister of Iran", "negotiators for the Afghan government"
            of_ref = self._of_object(head) or (
                self._of_object(head, "for") if role is not None else None
            )
            at_ref = self._of_object(head, "at") if role is not None else None
            if (
                of_ref is None
                and at_ref is not None
                and at_ref.kind == "organisation"
                and (role is not None and (role[0] in {"JUD", "GOV"} or role[1]))
            ):
                # "judges at the International Criminal Court", "officials at the IMF"
                return self._ref(phrase, at_ref.code, at_ref.name, at_ref.kind, "member-at")
            if of_ref is not None and ((role is not None and role[1]) or member):
                return self._ref(phrase, of_ref.code, of_ref.name, of_ref.kind, "member-of")
            from_ref = self._of_object(head, "from") if member and role is None else None
            if from_ref is not None and from_ref.kind == "organisation":
                # "inspectors from the International Atomic Energy Agency"
                return self._ref(phrase, from_ref.code, from_ref.name, from_ref.kind, "member-of")
            if (
                of_ref is not None
                and not of_ref.code.startswith(NO_COUNTRY)
                # ("tankers in the Gulf of Oman": a sea in no one country)
                and head.lemma_.lower() not in WATER_BODIES
            ):
                country, rule = of_ref.code[:3], "of-phrase"
        if not country and role is None and not _pobjs(head, "by"):
            # "the refineries in Iran": a thing located in a country stands for it (not
            # "war crimes by Israel and Hamas in the Palestinian territories": the doers)
            origin = next(
                (
                    # "tariffs on electric vehicles imported from China"
                    r
                    for a in _children_of(head, "acl")
                    if a.lemma_.lower() in GOODS_ORIGINS
                    for word in ("from", "in")
                    if (r := self._of_object(a, word)) is not None
                ),
                None,
            )
            if origin is not None and _international_body(origin):
                # "cars imported from the European Union": the bloc's goods
                return self._ref(phrase, origin.code, origin.name, origin.kind, "goods-of")
            located = self._of_object(head, "in") or origin
            if located is not None and is_place(located):
                country, rule = located.code[:3], "in-phrase"
        if not country and role is None and head.text in KOREAS and len(phrase) <= 2:
            # "threaten the South", "talks with South": in a story about the Koreas
            named = self._country_before(head, among=frozenset(KOREAS.values()))
            if named:
                country, rule = KOREAS[head.text], "coreference:korea"
        if not country and role is None and self._country_anaphor(head, phrase):
            # "severed ties with Qatar, accusing the tiny Gulf state of ...", "deployed
            # police across the country": the country last named
            islands = self.dictionary.island_countries if head.lemma_.lower() == "island" else None
            country = self._country_before(head, among=islands)
            rule = "coreference:country"
        if country:
            if (
                head.lemma_.lower() in self.dictionary.words["country_noun"]
                or rule.startswith("coreference")
            ) and role is None:
                return self._ref(phrase, country, self._country_name(country), "country", rule)
            code = country + (role[0] if role else "")
            return self._ref(phrase, code, name, kind, rule)
        if role is None:
            return None
        if head.lower_ not in {"official", "officials"} and self._is_definite(head):
            earlier = self._person_with_title(head)
            if earlier is not None:
                return self._ref(phrase, earlier.code, earlier.name, "person", "coreference:title")
        if role[1] and len(phrase) <= 2 and head.lemma_.lower() == "officer":
            # "protesters threw stones at police, and officers responded with tear gas":
            # bare officers in a sentence about police are those police
            police = self._police_before(head)
            if police is not None:
                return self._ref(
                    phrase, police.code, police.name, police.kind, "coreference:police"
                )
        abstract = head.lemma_.lower() in self.dictionary.words["abstract_noun"]
        if abstract or (role[1] and role[0] != "CVL"):
            # "military ties", "police action": no actor without a country (but
            # "supporters of a defeated candidate marched" are people, of a country the
            # context may give)
            return None
        if role[0] == "NGO":
            # "international aid agencies": non-governmental bodies are coded as such
            return self._ref(phrase, "NGO", name, "organisation", "role")
        return self._ref(phrase, NO_COUNTRY + role[0], name, kind, "role")

    def _waged(self, strife: Token) -> bool:
        """ "Russia's war in Ukraine", "Israel's war against Hamas": strife someone wages
        on another (not "Sudan's war", a country's own)."""
        owners = [r for p in _children_of(strife, "poss") if (r := self.resolve(p)) is not None]
        others = [
            r
            for w in ("in", "on", "against", "with")
            if (r := self._of_object(strife, w)) is not None
        ]
        return any(o.code[:3] != r.code[:3] for o in owners for r in others)

    def _phrase_text(self, phrase: list[Token]) -> str:
        words = [t for t in phrase if t.pos_ != "DET"] or phrase
        return self.doc[words[0].i : words[-1].i + 1].text

    def _issuer(self, document: Token) -> ActorRef | None:
        """Who speaks through a document: "a statement by the ministry", "a report
        released in Kigali" (the place's country)."""
        for word in ("by", "from", "of"):
            ref = self._of_object(document, word)
            if ref is not None:
                return ref
        for clause in document.children:
            if clause.dep_ != "acl":
                continue
            ref = self._of_object(clause, "by")
            if ref is not None:
                return ref
            place = self._of_object(clause, "in")
            if place is not None and is_place(place):
                return replace(place, code=place.code[:3])
        return None

    def _place(self, ent: Span | None) -> str:
        """Country of a place entity the dictionary does not know (cities, regions)."""
        if ent is None or ent.ent_id_ or self.gazetteer is None:
            return ""
        longer = self._longer_place(ent)
        if longer:
            return longer
        owners = [self._entry(p) for p in _children_of(ent.root, "poss")]
        owner = next((o[0] for o in owners if o is not None and o[0].kind == "country"), None)
        if owner is not None and self.gazetteer.country_of(ent.text):
            # "a mosque in Saudi Arabia's Eastern Province": the place of that name in the
            # country that owns it, not another country's
            return owner.code[:3]
        if ent.label_ in {"PERSON", "NORP", "ORG"} and self.gazetteer.city_of(ent.text):
            # "the town of Khan Sheikhoun" tagged as a person or a group: a curated city
            return self.gazetteer.city_of(ent.text) or ""
        if ent.label_ == "NORP" and (
            self.gazetteer.is_major(ent.text)
            or (ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPS)
        ):
            # "rebel-held eastern Aleppo" tagged as a nationality: a big city; "a shrine in
            # Samarra": any town where something happens
            return self.gazetteer.country_of(ent.text) or ""
        if (
            ent.label_ == "ORG"
            and ent.root.dep_ == "pobj"
            and (
                ent.root.head.lower_ in (*PLACE_PREPS, "into")
                # "into the streets of Guayaquil"
                or (ent.root.head.lower_ == "of" and ent.root.head.head.lemma_ in PLACE_PARTS)
            )
            and self.gazetteer.is_major(ent.text)
        ):
            # "deployed troops in Guayaquil" tagged as an organisation: a big city where
            # something happens
            return self.gazetteer.country_of(ent.text) or ""
        if ent.label_ not in {"GPE", "LOC", "FAC"}:
            # the parser calls "Tigray" or "Crimea" an organisation: curated places only
            return self.gazetteer.region_of(ent.text) or ""
        return self.gazetteer.country_of(ent.text) or ""

    def _longer_place(self, ent: Span) -> str:
        """ "Dera Ismail Khan" tagged as a place ("Dera") and a person, or as a person
        ("Ismail Khan") after an untagged word: the country of the longest place name the
        entity is part of, with the proper nouns right around it."""
        assert self.gazetteer is not None
        doc, start, end = self.doc, ent.start, ent.end
        while start > 0 and ent.start - start < 3 and doc[start - 1].pos_ == "PROPN":
            if doc[start - 1].i in self._ent_of:
                break
            start -= 1
        while end < len(doc) and end - ent.end < 3 and doc[end].pos_ == "PROPN":
            end += 1
        spans = sorted(
            ((a, b) for a in range(start, ent.start + 1) for b in range(ent.end, end + 1)),
            key=lambda s: s[0] - s[1],
        )
        for a, b in spans:
            country = self.gazetteer.country_of(doc[a:b].text)
            if country and (a, b) != (ent.start, ent.end):
                return country
        return ""

    def _of_object(self, head: Token, word: str = "of") -> ActorRef | None:
        for obj in _pobjs(head, word):
            ref = self.resolve(obj)
            if ref is not None and ref.code:
                return ref
        return None

    def _country_name(self, iso: str) -> str:
        return self.dictionary.country_names.get(iso, iso)

    @staticmethod
    def _is_definite(head: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.lefts)

    def _country_anaphor(self, head: Token, phrase: list[Token]) -> bool:
        """ "the country", "the kingdom", "the tiny Gulf state", "the island nation": a
        definite noun for a country, with nothing after it saying which ("the state of
        Texas", "the country's north" are fine; "the state media" is not one)."""
        word = head.lemma_.lower()
        if (
            word not in self.dictionary.words["country_anaphor"]
            or head.pos_ != "NOUN"
            or not self._is_definite(head)
        ):
            return False
        if word == "state" and not any(t.text[:1].isupper() for t in phrase if t is not head):
            return False  # only "the Gulf state", "a Baltic state"
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return False
        return head.dep_ != "compound"

    def _country_before(
        self, head: Token, among: frozenset[str] | None = None, besides: str = ""
    ) -> str:
        """The country named last before ``head``, in its sentence or the one before
        (one of ``among`` where given; not ``besides``)."""
        sent = head.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for tok in reversed(self.doc[start : head.i]):
            found = self._entry(tok)
            if (
                found is not None
                and found[0].kind in {"country", "capital", "demonym"}
                and (among is None or found[0].code[:3] in among)
                and found[0].code[:3] != besides
            ):
                return found[0].code[:3]
        return ""

    def _own_doers(self, pronoun: Token, head: Token) -> bool:
        """Whether ``pronoun`` (owning ``head``) stands for its own clause's doers ("India
        and China met for their talks"), not for others ("rejected their calls")."""
        verb = head
        for _ in range(4):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        antecedent = self._plural_antecedent(pronoun)
        doers = [d for s in _subjects_of(verb) for d in [s, *s.conjuncts]]
        return antecedent is not None and antecedent in doers

    def _police_before(self, head: Token) -> ActorRef | None:
        """The police named last before ``head`` in its sentence."""
        for tok in reversed(self.doc[head.sent.start : head.i]):
            if tok.pos_ in {"NOUN", "PROPN"} and self._is_phrase_head(tok):
                ref = self.resolve(tok)
                if ref is not None and ref.code[3:6] == "COP":
                    return ref
        return None

    def _person_with_title(self, head: Token) -> ActorRef | None:
        word = head.lemma_.lower()
        for person in reversed(self._persons):
            if person.token < head.i and word in person.titles:
                return person.ref
        return None

    def _gender_from(self, phrase: list[Token]) -> str:
        for tok in phrase:
            if tok.lower_ in self.dictionary.words["female_title"]:
                return "f"
            if tok.lower_ in self.dictionary.words["male_title"]:
                return "m"
        return ""

    def _office_holder(self, token: Token, ref: ActorRef) -> bool:
        """ "The Armenian president said he ...": one office holder named by a title, whom
        "he" or "she" can refer back to."""
        return (
            token.tag_ == "NN"
            and token.lemma_.lower() in self.dictionary.words["office_title"]
            and _has_country(ref)
        )

    def _remember(self, token: Token, ref: ActorRef) -> None:
        phrase = self._phrase(token)
        gender = self._gender_from(phrase) or self.dictionary.genders.get(ref.name, "")
        titles = frozenset(
            t.lemma_.lower() for t in phrase if self.dictionary.is_role_word(t.lemma_.lower())
        )
        surnames = (
            self.dictionary.surnames(ref.name) | {ref.name.split()[-1]} if ref.name else set()
        )
        self._persons.append(
            _Person(token.i, ref, gender, frozenset(surnames or {token.text}), titles)
        )

    def _named_as_place(self, token: Token) -> bool:
        """ "in Ivory Coast", "around Taiwan": the object of a place preposition."""
        while token.dep_ in {"compound", "conj", "appos"} and token.head.i != token.i:
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS

    def _clause_antecedent(self, pronoun: Token) -> ActorRef | None:
        """What "it" or "its" stands for by the clause it is in: "Brazil pledged aid to
        Haiti and said it would send troops" (the reporting verb's doer), "claimed the
        attack, saying its fighters had killed 60 soldiers" (the main clause's doer),
        "urged Israel to halt its offensive" (the object the infinitive is about),
        "Israel continued its offensive" (its own clause's doer)."""
        if pronoun.dep_ in {"dobj", "dative", "pobj"}:
            return None  # "froze aid to Pakistan, accusing it of ...": not its own doer
        verb = pronoun
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        candidates: list[Token] = []
        if pronoun.lower_ == "its" and verb.dep_ == "conj" and not _subjects_of(verb):
            return None  # "stormed the offices of the UNM and arrested its leader"
        if pronoun.lower_ == "its" and not any(
            c.dep_ in {"dobj", "dative"}
            and pronoun not in c.subtree
            and (ref := self.resolve(c)) is not None
            and _has_country(ref)
            for c in verb.children
        ):
            # (not "threatened Belarus with sanctions over its crackdown"; but "launched
            # 300 drones at Israel in its first direct attack": no actor is acted on)
            candidates += [
                s
                for s in verb.children
                if s.dep_ in {"nsubj", "nsubjpass"} and pronoun not in s.subtree
            ]
        for _ in range(3):
            if candidates or verb.dep_ not in {"ccomp", "xcomp", "advcl", "conj"}:
                break
            up = verb.head
            if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
                # "urged Israel to halt its offensive", "accused Iran of enriching uranium,
                # saying it had cheated": the object, where it is an actor
                candidates = [
                    o
                    for o in _children_of(up, "dobj")
                    if verb.dep_ == "xcomp"
                    or ((r := self.resolve(o)) is not None and _has_country(r))
                ]
            if not candidates:
                doer = up.head if up.dep_ == "conj" and not _subjects_of(up) else up
                candidates = _subjects_of(doer)
            verb = up
        if not candidates or candidates[0].i > pronoun.i:
            return None
        ref = self.resolve(candidates[0])
        if ref is None or ref.kind == "person" or not _has_country(ref):
            return None
        return None if self._named_as_place(candidates[0]) else ref

    def _pronoun(self, head: Token) -> ActorRef | None:
        lower = head.lower_
        if lower in RELATIVE_PRONOUNS:
            clause = head.head
            if clause.dep_ == "relcl" and clause.head.i != head.i:
                ref = self.resolve(clause.head)
                if ref is None:
                    return None
                return _at(head, ref, "relative-pronoun")
            return None
        if _is_speaker_pronoun(head) and self.speaker_at is not None:
            speaker = self.speaker_at(head.idx)
            if speaker is not None and speaker.code:
                return _at(head, speaker, "pronoun:speaker")
            return None
        if lower == "itself" and head.dep_ in {"dobj", "dative", "pobj"}:
            # "Washington had disqualified itself": the clause's own doer
            verb = head.head.head if head.dep_ == "pobj" else head.head
            doer = next((r for s in _subjects_of(verb) if (r := self.resolve(s)) is not None), None)
            return _at(head, doer, "pronoun:reflexive") if doer is not None else None
        if lower in {"it", "its", "itself"}:
            bound = self._clause_antecedent(head)
            if bound is not None:
                return _at(head, bound, "pronoun:it-bound")
            near = [
                (index, thing)
                for index, thing in reversed(self._things)
                if index < head.i and head.i - index < 80
            ]
            # "urged Gbagbo to hand over power in Ivory Coast to Ouattara, whom it
            # recognises", "fired missiles around Taiwan as it began drills": a country
            # named as a place is where things happen, not who does them
            actors = [(i, t) for i, t in near if not self._named_as_place(self.doc[i])]
            if head.dep_ in {"nsubj", "nsubjpass"} and head.head.dep_ == "relcl":
                # "handed back a drone it had seized": the subject of a relative clause is
                # not the noun the clause describes
                described = head.head.head.i
                actors = [(i, t) for i, t in actors if i != described]
                near = [(i, t) for i, t in near if i != described]
            if head.dep_ in {"dobj", "dative", "pobj"}:
                # "Germany called it a provocation": an object is not its own clause's
                # doer (that would be "itself")
                verb = head.head.head if head.dep_ == "pobj" else head.head
                doers = {i for s in _subjects_of(verb) for i in range(s.left_edge.i, s.i + 1)}
                actors = [(i, t) for i, t in actors if i not in doers]
                near = [(i, t) for i, t in near if i not in doers]
            if head.dep_ == "poss" and head.head.lemma_.lower() in MISSIONS:
                # "protesters stormed its embassy in Tehran": a state's embassy is in
                # another state
                hosts = {
                    r.code[:3]
                    for o in _pobjs(head.head, "in")
                    if (r := self.resolve(o)) is not None
                }
                actors = [(i, t) for i, t in actors if _has_country(t) and t.code[:3] not in hosts]
                near = [(i, t) for i, t in near if _has_country(t) and t.code[:3] not in hosts]
            candidates = actors or near
            return _at(head, candidates[0][1], "pronoun:it") if candidates else None
        gender = "f" if lower in FEMALE_PRONOUNS else "m" if lower in MALE_PRONOUNS else ""
        if not gender:
            return None
        named = self._object_antecedent(head, plural=False)
        if named is not None and (ref := self.resolve(named)) is not None:
            return _at(head, ref, "pronoun:object")
        earlier = [
            p
            for p in reversed(self._persons)
            if p.token < head.i and (not p.gender or p.gender == gender)
        ]
        if head.dep_ in {"nsubj", "nsubjpass"}:
            # "Rice held talks with Livni before travelling to Ramallah, where she met
            # Abbas": a subject continues the last subject of its sentence
            start = head.sent.start
            subjects = [
                p
                for p in earlier
                if p.token >= start and self.doc[p.token].dep_ in {"nsubj", "nsubjpass"}
            ]
            earlier = subjects[:1] + earlier
        return replace(_at(head, earlier[0].ref, "pronoun"), kind="person") if earlier else None


def actor_on(span: Span, code: str, name: str, kind: str, rule: str) -> ActorRef:
    """An actor placed on the words of ``span``."""
    return ActorRef(
        code=code,
        text=span.text,
        start_char=span.start_char,
        end_char=span.end_char,
        name=name,
        kind=kind,
        rule=rule,
    )


def _has_country(ref: ActorRef) -> bool:
    return bool(ref.code) and not ref.code.startswith(NO_COUNTRY)
