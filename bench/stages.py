"""Where the coding time goes: CPU seconds of each coding stage against the bare spaCy parse, same texts.

    python bench/stages.py [--repeat R]

The texts are ``bench/throughput.py``'s (every unique text once). The texts are parsed once; each run then
codes copies of the parsed Docs stage by stage (``Pipeline.stages``), timing each stage's CPU time, and
what ``Pipeline.code_doc`` does after them (the article's quotes and actor list) as ``wrap``. The date
cache is cleared before each run, so that no run reads the dates another resolved. Prints, per stage, the
best run's CPU seconds, their share of the spaCy parse and of the coding: the table that says which stage to
make cheaper (``bench/throughput.py`` gives the ratio itself).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from spacy.tokens import Doc

from newsevents import datewords, heap
from newsevents.annotations import set_doc_text
from newsevents.nlp import parse
from newsevents.pipeline import Pipeline, _quotes, _release, _unique_actors
from newsevents.records import Article
from newsevents.when import parse_published

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import corpus  # noqa: E402  (the same texts as the throughput bench)

WRAP = "wrap (quotes, actor list)"


def _code(pipe: Pipeline, articles: list[Article], docs: list[Doc]) -> dict[str, float]:
    """CPU seconds per stage for coding ``docs`` once."""
    spent: dict[str, float] = {}
    for article, doc in zip(articles, docs, strict=True):
        doc._.ne_article = article.id
        doc._.ne_published = parse_published(article.published)
        set_doc_text(doc, article.text)
        for name, stage in pipe.stages.pipeline:
            start = time.process_time()
            doc = stage(doc)
            spent[name] = spent.get(name, 0.0) + time.process_time() - start
        start = time.process_time()
        actors = doc._.ne_actors
        events = [e for e in doc._.ne_events if e.confidence >= pipe.settings.min_confidence]
        day = doc._.ne_published or next(
            (parse_published(e.date) for e in events if e.date_precision == "day"), None
        )
        list(_quotes(doc, article.text, actors, day))
        list(_unique_actors(actors.actor_mentions(day)))
        spent[WRAP] = spent.get(WRAP, 0.0) + time.process_time() - start
        _release(doc)  # (as analyze does: no coded Doc left for a garbage collection inside a timed stage)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs; the best of each stage is reported")
    args = parser.parse_args()
    articles = corpus(None)
    with heap.loading():  # (as `analyze` loads it, runner.load_pipeline: the loaded heap frozen)
        pipe = Pipeline.load()
    heap.coding()  # (as runner.load_pipeline: the young generation collected less often)
    list(pipe.analyze(articles[:5]))  # warm what loads on first use
    parse_s = []
    for _ in range(args.repeat):
        start = time.process_time()
        docs = list(parse(pipe.nlp, (a.text for a in articles), batch_size=pipe.settings.batch_size))
        parse_s.append(time.process_time() - start)
    blobs = [d.to_bytes(exclude=["user_data"]) for d in docs]
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        datewords.resolve.cache_clear()
        copies = [Doc(pipe.nlp.vocab).from_bytes(b) for b in blobs]
        for name, seconds in _code(pipe, articles, copies).items():
            best[name] = min(best.get(name, seconds), seconds)
    bare, coding = min(parse_s), sum(best.values())
    print(f"{len(articles)} texts; spaCy parse {bare:.2f} s CPU (best of {args.repeat})\n")
    print(f"{'stage':28} {'CPU s':>7} {'of spaCy':>9} {'of coding':>10}")
    for name, seconds in best.items():
        print(f"{name:28} {seconds:7.3f} {seconds / bare:9.1%} {seconds / coding:10.1%}")
    print(f"{'all coding':28} {coding:7.3f} {coding / bare:9.1%} {1:10.1%}")
    print(f"\nratio spaCy / (spaCy + coding), CPU: {bare / (bare + coding):.3f}")


if __name__ == "__main__":
    main()
