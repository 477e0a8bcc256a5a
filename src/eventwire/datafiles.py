"""Reading eventwire's tab-separated data files (dictionaries, lexicon, CAMEO table)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from .errors import DataFileError


def data_dir(override: Path | None = None) -> Path:
    """The folder holding actors/, lexicon/ and cameo/: the override or the bundled data."""
    if override is not None:
        return override
    return Path(str(resources.files("eventwire") / "data"))


def read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for a TSV file with a header; '#' lines are comments.

    Raises DataFileError naming the file and line when the header or a row is wrong.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read ({exc})") from exc
    return parse_tsv(text, path, columns)


def parse_tsv(
    text: str, path: Path, columns: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Like read_tsv, for text already read from ``path`` (named in errors)."""
    lines = text.splitlines()
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line and not line.startswith("#")]
    if not numbered:
        raise DataFileError(f"{path}: no header line")
    header = next(csv.reader([numbered[0][1]], delimiter="\t"))
    missing = [c for c in columns if c not in header]
    if missing:
        raise DataFileError(f"{path}: header lacks column(s) {', '.join(missing)}")
    for lineno, line in numbered[1:]:
        cells = line.split("\t")
        if len(cells) > len(header):
            raise DataFileError(f"{path}:{lineno}: {len(cells)} fields, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        yield lineno, {h: c.strip() for h, c in zip(header, cells, strict=True)}


def read_bytes(path: Path) -> bytes:
    """The bytes of a data file, or a DataFileError naming it."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read ({exc.strerror})") from None


def split_list(cell: str) -> list[str]:
    """Split a '|'-separated cell; '-' and empty mean no values."""
    if cell in ("", "-"):
        return []
    return [part.strip() for part in cell.split("|") if part.strip()]
