"""The event lexicon: verb patterns, event nouns and light verbs, indexed by lemma.

The entries live in ``data/lexicon`` (see its README); this module only reads
and indexes them, so look-up costs one dict access per token.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import parse_tsv, read_bytes, split_list
from ..errors import DataFileError
from .cameo import CameoTable


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """verbs.tsv row: a verb lemma (with particle/object/condition) that means a CAMEO code."""

    cameo: str
    verb: str
    particle: str
    objects: frozenset[str]
    targets: tuple[str, ...]
    condition: str
    plover_mode: str
    rule: str


@dataclass(frozen=True, slots=True)
class Sense:
    """senses.tsv row: a non-political sense of a trigger, dropped or recoded."""

    objects: frozenset[str]
    context: str
    cameo: str  # "" drops the event
    rule: str


@dataclass(frozen=True, slots=True)
class NounEntry:
    """nouns.tsv row: an event noun ("attack", "peace talk") and its target prepositions."""

    cameo: str
    words: tuple[str, ...]
    targets: tuple[str, ...]
    plover_mode: str
    rule: str


REVERSED = "reversed"
PROVOKED = "provoked"


@dataclass(frozen=True, slots=True)
class LightFrame:
    """light_verbs.txt line with more than a lemma: where the event noun is, whose act it is.

    ``prep``: the noun is the object of this preposition ("engaged X in a firefight"), or
    the direct object when empty. ``reverse``: the act is done to the subject, by the
    noun's from/by object ("faced criticism from X", "came under fire from X").
    ``provoked``: the subject brings about others' protest or criticism of itself
    ("banned the party, sparking protests"); the protesters are the noun's from/by/among
    object, else the people of the place or of the subject's country.
    """

    prep: str
    reverse: bool
    provoked: bool = False


class Lexicon:
    """Verb and noun entries indexed by lemma, plus the CAMEO table they point into."""

    def __init__(
        self,
        verbs: dict[str, list[VerbEntry]],
        nouns: dict[str, list[NounEntry]],
        light_verbs: frozenset[str],
        cameo: CameoTable,
        version: str,
        complements: dict[str, str] | None = None,
        senses: dict[str, list[Sense]] | None = None,
        contexts: dict[str, frozenset[str]] | None = None,
        light_frames: dict[str, LightFrame] | None = None,
        aliases: dict[str, list[tuple[str, str]]] | None = None,
    ) -> None:
        self.verbs = verbs
        self.nouns = nouns
        self.light_verbs = light_verbs
        self.cameo = cameo
        self.version = version
        self.complements = complements or {}
        self.senses = senses or {}
        self.contexts = contexts or {}  # context name -> words
        # light verbs with a preposition or reversed roles (light_verbs.txt)
        self.light_frames = light_frames or {}
        # "called for a ceasefire" reads as "urged a ceasefire": lemma -> [(prep, as lemma)]
        self.aliases = aliases or {}

    @classmethod
    def load(cls, folder: Path, cameo: CameoTable) -> Lexicon:
        digest = hashlib.sha256()

        def text_of(path: Path) -> str:
            """A data file's text, read once and added to the lexicon's version digest."""
            data = read_bytes(path)
            digest.update(data)
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise DataFileError(f"{path}: cannot read ({exc})") from exc

        def table(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
            return parse_tsv(text_of(path), path, columns)

        verbs: dict[str, list[VerbEntry]] = {}
        path = folder / "verbs.tsv"
        cols = ("cameo", "verb", "particle", "object", "target", "condition", "plover_mode")
        for lineno, row in table(path, cols):
            code = _checked(row["cameo"], cameo, path, lineno)
            entry = VerbEntry(
                cameo=code,
                verb=row["verb"].lower(),
                particle=row["particle"].lower() if row["particle"] != "-" else "",
                objects=frozenset(o.lower() for o in split_list(row["object"])),
                targets=_targets(row["target"]),
                condition=row["condition"] if row["condition"] != "-" else "",
                plover_mode=row["plover_mode"] if row["plover_mode"] != "-" else "",
                rule=f"verbs.tsv:{lineno}",
            )
            verbs.setdefault(entry.verb, []).append(entry)
        nouns: dict[str, list[NounEntry]] = {}
        path = folder / "nouns.tsv"
        for lineno, row in table(path, ("cameo", "noun", "target", "plover_mode")):
            code = _checked(row["cameo"], cameo, path, lineno)
            words = tuple(row["noun"].lower().split())
            if not words:
                raise DataFileError(f"{path}:{lineno}: empty noun")
            nentry = NounEntry(
                code,
                words,
                _targets(row["target"]),
                row["plover_mode"] if row["plover_mode"] != "-" else "",
                f"nouns.tsv:{lineno}",
            )
            nouns.setdefault(words[-1], []).append(nentry)
        for entries in nouns.values():
            entries.sort(key=lambda e: -len(e.words))
        path = folder / "light_verbs.txt"
        light_words = [
            line.split("#")[0].strip().lower().split()
            for line in text_of(path).splitlines()
            if line.split("#")[0].strip()
        ]
        light = frozenset(w[0] for w in light_words if len(w) == 1)
        light_frames = {
            w[0]: LightFrame(
                prep=next((x for x in w[1:] if x not in {REVERSED, PROVOKED}), ""),
                reverse=REVERSED in w[1:] or PROVOKED in w[1:],
                provoked=PROVOKED in w[1:],
            )
            for w in light_words
            if len(w) > 1
        }
        path = folder / "aliases.tsv"
        aliases: dict[str, list[tuple[str, str]]] = {}
        for _, row in table(path, ("verb", "prep", "as")):
            aliases.setdefault(row["verb"].lower(), []).append(
                (row["prep"].lower(), row["as"].lower())
            )
        path = folder / "complements.tsv"
        complements = {
            row["lemma"].lower(): row["class"] for _, row in table(path, ("lemma", "class"))
        }
        path = folder / "senses.tsv"
        senses: dict[str, list[Sense]] = {}
        for lineno, row in table(path, ("verb", "object", "context", "cameo")):
            code = "" if row["cameo"] == "-" else _checked(row["cameo"], cameo, path, lineno)
            context = "" if row["context"] == "-" else row["context"]
            senses.setdefault(row["verb"].lower(), []).append(
                Sense(frozenset(split_list(row["object"])), context, code, f"senses.tsv:{lineno}")
            )
        path = folder / "contexts.tsv"
        context_words: dict[str, set[str]] = {}
        for _, row in table(path, ("word", "context")):
            context_words.setdefault(row["context"], set()).add(row["word"].lower())
        contexts = {k: frozenset(v) for k, v in context_words.items()}
        return cls(
            verbs,
            nouns,
            light,
            cameo,
            digest.hexdigest()[:12],
            complements,
            senses,
            contexts,
            light_frames,
            aliases,
        )


def _targets(cell: str) -> tuple[str, ...]:
    if cell in ("", "-"):
        return ()
    return tuple(t.strip().lower() for t in cell.split(",") if t.strip())


def _checked(code: str, cameo: CameoTable, path: Path, lineno: int) -> str:
    if code not in cameo:
        raise DataFileError(f"{path}:{lineno}: unknown CAMEO code {code!r}")
    return code
