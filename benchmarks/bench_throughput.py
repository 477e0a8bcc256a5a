"""End-to-end coding throughput as a ratio to spaCy parsing alone, on the same texts.

    .venv/bin/python benchmarks/bench_throughput.py [--limit N] [--corpus DIR]

Both passes run in this process on the same articles (PolNeAR train texts by default),
so the ratio is meaningful on a shared machine where absolute times are noise.
A ratio of 1.0 means coding costs nothing beyond the parse.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from eventwire import Pipeline, Settings, article_from_text
from eventwire.nlp import make_doc

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "gold" / "polnear" / "train" / "text"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))[: args.limit]
    articles = [article_from_text(f.read_text(encoding="utf-8"), f.stem) for f in files]
    words = sum(len(a.text.split()) for a in articles)
    pipeline = Pipeline(Settings.from_env())
    nlp = pipeline.nlp
    # spaCy alone: the same Language (with the actor ruler), the same sentence presetting
    parse_times, code_times = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        for _doc in nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=32):
            pass
        parse_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        n_events = n_quotes = 0
        for result in pipeline.code_many(articles):
            n_events += len(result.events)  # type: ignore[union-attr]
            n_quotes += len(result.quotes)  # type: ignore[union-attr]
        code_times.append(time.perf_counter() - t)
    parse, code = min(parse_times), min(code_times)
    plain = min(_plain_spacy(pipeline, articles) for _ in range(args.repeat))
    report = {
        "articles": len(articles),
        "words": words,
        "events": n_events,
        "quotes": n_quotes,
        "parse_articles_per_s": round(len(articles) / parse, 2),
        "end_to_end_articles_per_s": round(len(articles) / code, 2),
        "ratio_end_to_end_to_parse": round(parse / code, 3),
        "ratio_end_to_end_to_plain_model": round(plain / code, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(report, indent=2))


def _plain_spacy(pipeline: Pipeline, articles: list) -> float:  # type: ignore[type-arg]
    """The model without eventwire's ruler: the baseline a user would compare against."""
    import spacy

    nlp = spacy.load(pipeline.settings.model)
    t = time.perf_counter()
    for _doc in nlp.pipe((a.text for a in articles), batch_size=32):
        pass
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
