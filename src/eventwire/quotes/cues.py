"""The cue lexicon (data/quotes/cues.tsv): words that signal an attribution.

Each row names a lemma, its kind and where its content is found:

- kind ``verb`` (statements), ``belief`` (thinking, knowing, hoping), ``raising``
  ("X seems/appears to Y": no source, the subject and the infinitive are the content),
  ``noun`` ("her remarks", "the statement", "a call for X") or ``document`` (a
  report, poll or survey that is a source: "in a new poll, X leads").
- content ``clause``: only a clausal complement or an adjacent quotation;
  ``object``: also the direct object, infinitive or predicate ("accused X of Y");
- preps: prepositions whose object is the content ("call for X", "talk about X").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import read_tsv, split_list
from ..errors import DataFileError

KINDS = frozenset({"verb", "belief", "raising", "noun", "document"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon row."""

    lemma: str
    kind: str
    takes_object: bool
    preps: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue lexicon, by lemma; verbs and nouns are looked up separately."""

    verbs: dict[str, Cue] = field(default_factory=dict)
    nouns: dict[str, Cue] = field(default_factory=dict)
    documents: frozenset[str] = frozenset()

    @property
    def beliefs(self) -> frozenset[str]:
        return frozenset(c.lemma for c in self.verbs.values() if c.kind == "belief")

    def verb(self, lemma: str) -> Cue | None:
        return self.verbs.get(lemma)

    def noun(self, lemma: str) -> Cue | None:
        return self.nouns.get(lemma)

    @classmethod
    def load(cls, path: Path) -> Cues:
        verbs: dict[str, Cue] = {}
        nouns: dict[str, Cue] = {}
        documents: set[str] = set()
        for lineno, row in read_tsv(path, ("cue", "kind", "content")):
            lemma, kind = row["cue"].lower(), row["kind"]
            if kind not in KINDS:
                raise DataFileError(f"{path}:{lineno}: unknown cue kind {kind!r}")
            cue = Cue(
                lemma,
                kind,
                row["content"] == "object",
                frozenset(split_list(row.get("preps", ""))),
            )
            if kind == "document":
                documents.add(lemma)
            elif kind == "noun":
                nouns[lemma] = cue
            else:
                verbs[lemma] = cue
        return cls(verbs, nouns, frozenset(documents))
