"""The reporting-cue list (data/quotes/cues.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..datafiles import read_tsv


@dataclass(frozen=True, slots=True)
class Cues:
    verbs: frozenset[str]
    beliefs: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> Cues:
        verbs: set[str] = set()
        beliefs: set[str] = set()
        for _, row in read_tsv(path, ("cue", "kind")):
            (beliefs if row["kind"] == "belief" else verbs).add(row["cue"].lower())
        return cls(frozenset(verbs), frozenset(beliefs))
