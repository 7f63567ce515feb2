"""Throughput of `analyze` against the bare spaCy pipeline on the same texts, in the same run.

    python bench/throughput.py [--articles N] [--repeat R]

The corpus is N articles drawn (cyclically) from the seed article, the PLOVER development sentences and
the bundled examples, so the figure reflects real news prose. Prints articles/s and words/s for both,
the ratio newsevents/spaCy (1.0 = no overhead) and the share of time spent after the parse.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from pathlib import Path

from newsevents.ingest import read
from newsevents.nlp import parse
from newsevents.pipeline import Pipeline
from newsevents.records import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpus(n: int) -> list[Article]:
    sources = [
        SHARED / "corpus/seed/panmunjom-2019.txt",
        SHARED / "corpus/plover-gsr-dev/articles.jsonl",
        ROOT / "examples",
    ]
    base = [a for a in read(sources) if isinstance(a, Article)]
    # Group the one-sentence PLOVER records into article-sized texts (~8 sentences), as news is.
    short = [a for a in base if len(a.text) < 400]
    long = [a for a in base if len(a.text) >= 400]
    grouped = [
        Article(id=f"plover-{i}", text="\n\n".join(x.text for x in short[i : i + 8]), published="2000-01-01")
        for i in range(0, len(short), 8)
    ]
    pool = long + grouped
    return [
        Article(id=f"a{i}-{a.id}", text=a.text, published=a.published)
        for i, a in zip(range(n), itertools.cycle(pool))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the best is reported")
    args = parser.parse_args()
    articles = corpus(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    pipe = Pipeline.load()
    pipe.analyze(articles[:5])  # warm caches (gazetteer, dateparser)
    list(pipe.analyze(articles[:5]))
    spacy_s, full_s = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        for _doc in parse(pipe.nlp, (a.text for a in articles), batch_size=pipe.settings.batch_size):
            pass
        spacy_s.append(time.perf_counter() - t)
        t = time.perf_counter()
        events = sum(len(r.events) for r in pipe.analyze(articles) if hasattr(r, "events"))
        full_s.append(time.perf_counter() - t)
    bare, full = min(spacy_s), min(full_s)
    result = {
        "articles": len(articles),
        "words": words,
        "events": events,
        "spacy_articles_per_s": round(len(articles) / bare, 1),
        "spacy_words_per_s": round(words / bare),
        "newsevents_articles_per_s": round(len(articles) / full, 1),
        "newsevents_words_per_s": round(words / full),
        "ratio": round(bare / full, 3),
        "overhead_after_parse": round((full - bare) / bare, 3),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
