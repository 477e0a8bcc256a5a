"""spaCy set-up: the pipeline is built once per process and stays inside the coders."""

from .load import load_pipeline, make_doc, parse, parse_articles

__all__ = ["load_pipeline", "make_doc", "parse", "parse_articles"]
