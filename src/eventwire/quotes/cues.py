"""The reporting-cue list (data/quotes/cues.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..datafiles import read_tsv


@dataclass(frozen=True, slots=True)
class Cues:
    verbs: frozenset[str]
    beliefs: frozenset[str]
    object_content: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path) -> Cues:
        verbs: set[str] = set()
        beliefs: set[str] = set()
        objects: set[str] = set()
        for _, row in read_tsv(path, ("cue", "kind", "content")):
            cue = row["cue"].lower()
            (beliefs if row["kind"] == "belief" else verbs).add(cue)
            if row["content"] == "object":
                objects.add(cue)
        return cls(frozenset(verbs), frozenset(beliefs), frozenset(objects))
