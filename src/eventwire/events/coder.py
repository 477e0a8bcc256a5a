"""Code events from a parsed article: lexicon look-up, then source and target from the parse.

find: ``EventCoder.candidates`` turns each sentence into Candidate triggers (pure);
build: ``EventCoder.__call__`` resolves their actors and makes Event records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..actors.resolver import ArticleActors
from ..records import ActorRef, Article, Event, TextSpan
from .lexicon import Lexicon, NounEntry, VerbEntry

MODALS = frozenset(
    {"will", "would", "could", "may", "might", "should", "shall", "ca", "can", "must", "'ll", "wo"}
)
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
YIELD_ROOT = "08"
REFUSE_TO_YIELD = "124"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A trigger that matched a lexicon entry, before its actors are known."""

    trigger: Token
    verb: Token  # the clause verb that carries subject, negation and modality
    noun: Token | None  # the event noun for light-verb and nominal events
    cameo: str
    targets: tuple[str, ...]
    plover_mode: str
    rule: str
    nominal: bool = False


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)


def _children(token: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Token, word: str) -> list[Token]:
    """Objects of the preposition ``word`` under token, following coordinated preps."""
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ in {"prep", "agent", "dative"} and prep.lower_ == word:
            for p in [prep, *prep.conjuncts]:
                found.extend(c for c in p.children if c.dep_ == "pobj")
    return found


class EventCoder:
    """Turns the sentences of a parsed article into Event records."""

    def __init__(self, *, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    # ---- find ----------------------------------------------------------------
    def candidates(self, sent: Span) -> Iterator[Candidate]:
        for token in sent:
            if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
                found = self._verb_candidate(token)
                if found is not None:
                    yield found
            elif token.pos_ == "NOUN" and token.dep_ not in {"dobj", "nsubjpass", "compound"}:
                found = self._nominal_candidate(token)
                if found is not None:
                    yield found

    def _noun_entry(self, noun: Token) -> NounEntry | None:
        entries = self.lexicon.nouns.get(noun.lemma_.lower()) or self.lexicon.nouns.get(noun.lower_)
        if not entries:
            return None
        before = [t.lower_ for t in noun.lefts if t.dep_ in {"compound", "amod"}]
        for entry in entries:
            if len(entry.words) == 1 or list(entry.words[:-1]) == before[-(len(entry.words) - 1) :]:
                return entry
        return None

    def _verb_candidate(self, verb: Token) -> Candidate | None:
        lemma = verb.lemma_.lower()
        objects = _children(verb, {"dobj"}) or (
            _children(verb, PASSIVE_SUBJECTS) if _is_passive(verb) else []
        )
        object_lemmas = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects}
        particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        clausal = bool(_children(verb, {"xcomp", "ccomp"}))
        best: tuple[int, VerbEntry] | None = None
        for entry in self.lexicon.verbs.get(lemma, ()):
            if entry.particle and entry.particle not in particles:
                continue
            if not entry.particle and particles - {"up", "out", "down"} and particles:
                continue
            if entry.objects and not entry.objects & object_lemmas:
                continue
            if entry.condition == "xcomp" and not clausal:
                continue
            score = 2 * bool(entry.particle) + 2 * bool(entry.objects) + bool(entry.condition)
            if best is None or score > best[0]:
                best = (score, entry)
        if lemma in self.lexicon.light_verbs and (best is None or not best[1].objects):
            for obj in objects:
                noun_entry = self._noun_entry(obj)
                if noun_entry is not None:
                    return Candidate(
                        verb,
                        verb,
                        obj,
                        noun_entry.cameo,
                        noun_entry.targets,
                        noun_entry.plover_mode,
                        f"{noun_entry.rule}+light:{lemma}",
                    )
        if best is None:
            return None
        entry = best[1]
        noun = objects[0] if entry.objects and objects else None
        return Candidate(
            verb, verb, noun, entry.cameo, entry.targets, entry.plover_mode, entry.rule
        )

    def _nominal_candidate(self, noun: Token) -> Candidate | None:
        """ "X's attack on Y", "the meeting between X and Y", "talks with Y"."""
        entry = self._noun_entry(noun)
        if entry is None or not entry.targets:
            return None
        has_source = any(c.dep_ == "poss" for c in noun.children)
        has_target = any(_prep_objects(noun, w) for w in entry.targets)
        if not (has_source or noun.lower_ in {"talks", "meeting"}) or not has_target:
            return None
        verb = noun.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        return Candidate(
            noun,
            verb,
            noun,
            entry.cameo,
            entry.targets,
            entry.plover_mode,
            f"{entry.rule}+nominal",
            nominal=True,
        )

    def diagnose(self, token: Token) -> list[tuple[str, str, str]]:
        """(rule, cameo, why it did or did not match) for every entry the token could fire.

        Used by ``eventwire explain``; never on the coding path.
        """
        out: list[tuple[str, str, str]] = []
        lemma = token.lemma_.lower()
        objects = _children(token, {"dobj"}) or (
            _children(token, PASSIVE_SUBJECTS) if _is_passive(token) else []
        )
        object_lemmas = {o.lemma_.lower() for o in objects}
        particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
        for entry in self.lexicon.verbs.get(lemma, ()):
            if token.pos_ not in {"VERB", "AUX"}:
                why = f"parsed as {token.pos_}, not a verb"
            elif entry.particle and entry.particle not in particles:
                why = f"needs particle '{entry.particle}' (found: {', '.join(particles) or 'none'})"
            elif entry.objects and not entry.objects & object_lemmas:
                found = ", ".join(sorted(object_lemmas)) or "none"
                why = f"needs object {'|'.join(sorted(entry.objects))} (found: {found})"
            elif entry.condition == "xcomp" and not _children(token, {"xcomp", "ccomp"}):
                why = "needs a to-clause or clausal complement"
            else:
                why = "matches"
            out.append((entry.rule, entry.cameo, why))
        if lemma in self.lexicon.light_verbs:
            for obj in objects:
                noun_entry = self._noun_entry(obj)
                why = "matches" if noun_entry else f"object '{obj.text}' is not an event noun"
                out.append(
                    (
                        noun_entry.rule if noun_entry else "light_verbs.txt",
                        noun_entry.cameo if noun_entry else "",
                        why,
                    )
                )
        if token.pos_ == "NOUN" and token.dep_ not in {"dobj", "nsubjpass"}:
            noun_entry = self._noun_entry(token)
            if noun_entry is not None:
                ok = self._nominal_candidate(token) is not None
                why = (
                    "matches (nominal)"
                    if ok
                    else (
                        "nominal event needs a possessive source and a target preposition "
                        f"({', '.join(noun_entry.targets) or 'none'})"
                    )
                )
                out.append((noun_entry.rule, noun_entry.cameo, why))
        return out

    def roles_of(self, cand: Candidate, actors: ArticleActors) -> tuple[list[str], list[str]]:
        """Source and target actor codes a candidate finds (for explain)."""
        sources = [r.code for t in self._source_tokens(cand) for r in actors.resolve_all(t)]
        targets = [r.code for t in self._target_tokens(cand) for r in actors.resolve_all(t)]
        return sources, targets

    # ---- actors --------------------------------------------------------------
    def _source_tokens(self, cand: Candidate) -> list[Token]:
        if cand.nominal:
            poss = _children(cand.noun, {"poss"}) if cand.noun is not None else []
            if poss:
                return poss
            between = _prep_objects(cand.noun, "between") if cand.noun is not None else []
            if between:
                return between[:1]
        return self._subject_of(cand.verb)

    def _subject_of(self, verb: Token, depth: int = 0) -> list[Token]:
        if depth > 4:
            return []
        if _is_passive(verb):
            agents = _prep_objects(verb, "by")
            return agents
        subjects = _children(verb, SUBJECTS)
        if subjects:
            # "Clinton: US held talks" -> the subject nearest the verb
            return [min(subjects, key=lambda t: abs(verb.i - t.i))]
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "conj":
            return self._subject_of(head, depth + 1)
        if verb.dep_ == "xcomp":
            controller = _children(head, {"dobj"})
            return controller or self._subject_of(head, depth + 1)
        if (
            verb.dep_ in {"advcl", "acl"}
            and verb.tag_ in {"VBG", "VBN"}
            and verb.i > 0
            and (verb.dep_ == "advcl" or verb.doc[verb.i - 1].text == ",")
        ):
            # a free participial adjunct (", accusing X of ...") shares the clause's subject
            clause = head
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
            return self._subject_of(clause, depth + 1) if clause.pos_ in {"VERB", "AUX"} else []
        if verb.dep_ in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN"}:
            return [head]
        return []

    def _target_tokens(self, cand: Candidate) -> list[Token]:
        verb, noun = cand.verb, cand.noun
        for slot in cand.targets:
            if slot == "dobj":
                if noun is not None and not cand.nominal:
                    continue
                if cand.nominal:
                    continue
                found = (
                    _children(verb, PASSIVE_SUBJECTS)
                    if _is_passive(verb)
                    else (_children(verb, {"dative"}) + _children(verb, {"dobj"}))
                )
                found = [f for f in found if f.dep_ != "dative" or f.pos_ != "ADP"]
                if not found and cand.rule and _children(verb, {"ccomp", "xcomp"}):
                    for comp in _children(verb, {"ccomp", "xcomp"}):
                        found.extend(_children(comp, SUBJECTS))
            else:
                found = []
                for holder in (noun, verb) if noun is not None else (verb,):
                    if holder is not None:
                        found.extend(_prep_objects(holder, slot))
                    if found:
                        break
                if not found:
                    # the parser often attaches the verb's preposition inside its object
                    # ("blamed the attack on the embassy on the network")
                    for obj in _children(verb, {"dobj"}):
                        deeper = [
                            t
                            for t in obj.subtree
                            if t.dep_ == "prep" and t.lower_ == slot and t.i > obj.i
                        ]
                        if deeper:
                            found = [c for c in deeper[-1].children if c.dep_ == "pobj"]
                if slot == "between" and cand.nominal and len(found) > 1:
                    found = found[1:]
            if found:
                return found
        return []

    @staticmethod
    def _negated(verb: Token) -> bool:
        if any(
            c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in {"advmod", "neg"})
            for c in verb.children
        ):
            return True
        return verb.dep_ == "xcomp" and any(c.dep_ == "neg" for c in verb.head.children)

    @staticmethod
    def _hypothetical(verb: Token) -> bool:
        for tok in [verb, verb.head] if verb.dep_ == "xcomp" else [verb]:
            if any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children):
                return True
        node = verb
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
                return True
            if node.head.i == node.i:
                break
            node = node.head
        return False

    # ---- build ---------------------------------------------------------------
    def __call__(
        self,
        doc: Doc,
        article: Article,
        actors: ArticleActors,
        quote_at: Callable[[int], str | None] = lambda _i: None,
    ) -> list[Event]:
        captions = [(p.start_char, p.end_char) for p in article.paragraphs if p.kind == "caption"]
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            in_caption = any(s <= sent.start_char < e for s, e in captions)
            seen: set[tuple[str, str, str]] = set()
            for cand in self.candidates(sent):
                for event in self._events(cand, index, actors, in_caption, quote_at):
                    key = (
                        event.source.code if event.source else "",
                        event.target.code if event.target else "",
                        event.cameo,
                    )
                    if key not in seen:
                        seen.add(key)
                        events.append(event)
        return events

    def _events(
        self,
        cand: Candidate,
        index: int,
        actors: ArticleActors,
        in_caption: bool,
        quote_at: Callable[[int], str | None],
    ) -> Iterator[Event]:
        sources = [r for t in self._source_tokens(cand) for r in actors.resolve_all(t)]
        targets = [r for t in self._target_tokens(cand) for r in actors.resolve_all(t)]
        if not sources and not targets:
            return
        negated = self._negated(cand.verb)
        hypothetical = self._hypothetical(cand.verb)
        cameo, rule = cand.cameo, cand.rule
        if negated and cameo.startswith(YIELD_ROOT):
            cameo, negated, rule = REFUSE_TO_YIELD, False, rule + "+negated-yield"
        trig = cand.trigger
        trigger = TextSpan(trig.text, trig.idx, trig.idx + len(trig.text))
        reported_by = quote_at(trig.idx)
        maybe_sources: list[ActorRef | None] = list(sources) or [None]
        maybe_targets: list[ActorRef | None] = list(targets) or [None]
        pairs = [(s, t) for s in maybe_sources for t in maybe_targets]
        for source, target in pairs:
            if source is not None and target is not None and source.code == target.code:
                continue
            yield self._event(
                cameo,
                source,
                target,
                trigger,
                index,
                negated,
                hypothetical,
                rule,
                cand,
                in_caption,
                reported_by,
            )

    def _event(
        self,
        cameo: str,
        source: ActorRef | None,
        target: ActorRef | None,
        trigger: TextSpan,
        index: int,
        negated: bool,
        hypothetical: bool,
        rule: str,
        cand: Candidate,
        in_caption: bool,
        reported_by: str | None,
    ) -> Event:
        code = self.lexicon.cameo[cameo]
        confidence = 0.9
        if source is None or target is None:
            confidence -= 0.45
        if hypothetical:
            confidence -= 0.1
        if cand.nominal:
            confidence -= 0.1
        if negated:
            confidence -= 0.1
        return Event(
            cameo=cameo,
            root=code.root,
            name=code.name,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            plover=code.plover,
            plover_mode=cand.plover_mode or code.plover_mode,
            source=source,
            target=target,
            trigger=trigger,
            sentence=index,
            negated=negated,
            hypothetical=hypothetical,
            rule=rule,
            confidence=round(max(confidence, 0.05), 2),
            caption=in_caption,
            reported_by=reported_by,
        )
