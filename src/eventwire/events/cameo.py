"""The CAMEO code table (names, Goldstein values, quad classes, PLOVER types)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..datafiles import read_tsv
from ..errors import DataFileError


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str


class CameoTable:
    """Look-up of CAMEO codes read from ``data/cameo/codes.tsv``."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self._codes = codes

    @classmethod
    def load(cls, path: Path) -> CameoTable:
        codes: dict[str, CameoCode] = {}
        cols = ("code", "root", "name", "goldstein", "quad_class", "plover", "plover_mode")
        for lineno, row in read_tsv(path, cols):
            try:
                codes[row["code"]] = CameoCode(
                    row["code"],
                    row["root"],
                    row["name"],
                    float(row["goldstein"]),
                    int(row["quad_class"]),
                    row["plover"],
                    row["plover_mode"],
                )
            except ValueError as exc:
                raise DataFileError(f"{path}:{lineno}: {exc}") from None
        return cls(codes)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __getitem__(self, code: str) -> CameoCode:
        return self._codes[code]

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> list[str]:
        return list(self._codes)
