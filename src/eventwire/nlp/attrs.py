"""Set token attributes on a parsed Doc, all or nothing."""

from __future__ import annotations

import logging
from typing import cast

from spacy.tokens import Doc
from thinc.types import Ints2d

log = logging.getLogger(__name__)


def assign(
    doc: Doc, attrs: list[int | str], changes: list[tuple[int, list[str]]], what: str
) -> Doc:
    """Give the tokens at the indices of ``changes`` the string values for ``attrs``
    (spaCy attribute ids, e.g. TAG, POS, LEMMA). A doc spaCy refuses to take back keeps its
    attributes as they were, and the refusal is logged under ``what``."""
    if not changes:
        return doc
    arr = doc.to_array(attrs)
    original = arr.copy()
    strings = doc.vocab.strings
    for i, values in changes:
        ids = [strings.add(v) for v in values]
        arr[i] = ids if arr.ndim > 1 else ids[0]  # (one attribute: a flat array)
    try:
        doc.from_array(attrs, cast(Ints2d, arr))
    except Exception:
        log.debug("%s not applied", what, exc_info=True)
        doc.from_array(attrs, cast(Ints2d, original))
    return doc
