"""Errors raised by eventwire. Translated to messages only at the CLI/API edge."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input item is unreadable: binary, empty, badly encoded, malformed or too large."""


class DataFileError(EventwireError):
    """A bundled or user data file (dictionary, lexicon) is malformed."""


class ModelError(EventwireError):
    """The spaCy pipeline named in the settings cannot be loaded."""


class GoldFormatError(EventwireError):
    """A gold-standard file for evaluation is malformed or of an unknown kind."""


class StoreError(EventwireError):
    """The event store cannot be opened, upgraded, read or written."""
