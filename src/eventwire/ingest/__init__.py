"""Readers that turn files, corpora and HTML into Articles (text kept exactly as read)."""

from .layout import article_from_text
from .readers import read_items

__all__ = ["article_from_text", "read_items"]
