"""Throughput of `analyze` against the bare spaCy pipeline on the same texts, in the same run.

    python bench/throughput.py [--articles N] [--repeat R]

The corpus is unique texts, none twice (caches of the coder would flatter a cycled corpus): the tuning
half of the project's corpus (`corpus/tuning`, never `corpus/check`), the bundled examples, the seed
article and the PLOVER development sentences grouped eight to an article. By default all of them; with a
larger N the rest are variations, each an article's paragraphs followed by another article's last
paragraph, so that no text repeats. Prints articles/s and words/s for both, wall and CPU seconds, the
ratio newsevents/spaCy (1.0 = no overhead) and the share of time spent after the parse.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsevents import heap
from newsevents.ingest import read
from newsevents.nlp import parse, parse_indexed
from newsevents.pipeline import Pipeline
from newsevents.records import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpus(n: int | None) -> list[Article]:
    """``n`` articles (all the unique texts when None), no text twice."""
    sources = [
        ROOT / "corpus/tuning/articles.jsonl",
        ROOT / "examples",
        SHARED / "corpus/seed/panmunjom-2019.txt",
        SHARED / "corpus/plover-gsr-dev/articles.jsonl",
    ]
    base = [a for a in read([s for s in sources if s.exists()]) if isinstance(a, Article)]
    # Group the one-sentence PLOVER records into article-sized texts (~8 sentences), as news is.
    short = [a for a in base if len(a.text) < 400]
    long = [a for a in base if len(a.text) >= 400]
    grouped = [
        Article(id=f"plover-{i}", text="\n\n".join(x.text for x in short[i : i + 8]), published="2000-01-01")
        for i in range(0, len(short), 8)
    ]
    pool = list({a.text: a for a in long + grouped}.values())
    out = pool[: n or len(pool)]
    pairs = ((a, b) for a in pool for b in pool if a is not b)
    while n is not None and len(out) < n:
        a, b = next(pairs)
        text = a.text + "\n\n" + b.text.strip().split("\n")[-1]
        out.append(Article(id=f"{a.id}+{b.id}", text=text, published=a.published))
    assert len({a.text for a in out}) == len(out), "a text twice"
    return [Article(id=f"a{i}-{a.id}", text=a.text, published=a.published) for i, a in enumerate(out)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="default: every unique text once")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each; the best is reported")
    args = parser.parse_args()
    articles = corpus(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    with heap.loading():  # (as `analyze` loads it, runner.load_pipeline: the loaded heap frozen)
        pipe = Pipeline.load()
    heap.coding()  # (as runner.load_pipeline: the young generation collected less often)
    pipe.analyze(articles[:5])  # warm caches (gazetteer, dateparser)
    list(pipe.analyze(articles[:5]))
    spacy_s, indexed_s, full_s = [], [], []
    for _ in range(args.repeat):
        for parser_fn, times in ((parse, spacy_s), (parse_indexed, indexed_s)):
            t, c = time.perf_counter(), time.process_time()
            for _doc in parser_fn(pipe.nlp, (a.text for a in articles), batch_size=pipe.settings.batch_size):
                pass
            times.append((time.perf_counter() - t, time.process_time() - c))
        t, c = time.perf_counter(), time.process_time()
        events = sum(len(r.events) for r in pipe.analyze(articles) if hasattr(r, "events"))
        full_s.append((time.perf_counter() - t, time.process_time() - c))
    # the best run of each, by wall time; CPU time beside it says how much of the wall was waiting
    (bare, bare_cpu), (full, full_cpu) = min(spacy_s), min(full_s)
    indexed, indexed_cpu = min(indexed_s)
    result = {
        "articles": len(articles),
        "words": words,
        "events": events,
        "spacy_articles_per_s": round(len(articles) / bare, 1),
        "spacy_words_per_s": round(words / bare),
        "newsevents_articles_per_s": round(len(articles) / full, 1),
        "newsevents_words_per_s": round(words / full),
        "spacy_wall_s": round(bare, 2),
        "spacy_cpu_s": round(bare_cpu, 2),
        "newsevents_wall_s": round(full, 2),
        "newsevents_cpu_s": round(full_cpu, 2),
        "ratio": round(bare / full, 3),
        "ratio_cpu": round(bare_cpu / full_cpu, 3),
        "indexed_parse_wall_s": round(indexed, 2),
        "ratio_same_parse": round(indexed / full, 3),
        "ratio_same_parse_cpu": round(indexed_cpu / full_cpu, 3),
        "overhead_after_parse": round((full - bare) / bare, 3),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
