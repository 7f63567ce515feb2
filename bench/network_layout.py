"""Time and quality of the network page's layout (``newsevents.web.layout``) by graph size.

    .venv/bin/python bench/network_layout.py [--repeat 3]

Graphs are synthetic and seeded: ``hub`` pairs drawn with a power law over the nodes (a few countries in
most pairs, like real dyads) and ``random`` pairs drawn uniformly. Prints per graph the canvas size, the
median time of ``layout.network`` (and of a cached call), the edges drawn, those left out (past
``max_edges`` or unroutable), and the least clearance between a drawn edge and a node it does not join
(pixels; ``CLEARANCE`` wanted).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from newsevents.web import layout

SIZES = ((6, 8), (15, 30), (25, 60), (40, 120), (40, 300))


def graph(kind: str, n: int, m: int, seed: int) -> list[dict[str, object]]:
    rnd = random.Random(seed)
    names = [f"C{i:02d}" for i in range(n)]
    weights = [1 / (i + 1) ** 1.2 for i in range(n)] if kind == "hub" else [1.0] * n
    edges: dict[tuple[str, str], int] = {}
    while len(edges) < m:
        a, b = rnd.choices(names, weights, k=2)
        if a != b:
            edges[(a, b)] = rnd.randint(1, 20)
    return [{"source": a, "target": b, "count": c, "quad1": c, "quad2": 0, "quad3": 0, "quad4": 0}
            for (a, b), c in edges.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    heads = (("nodes", 6), ("pairs", 6), ("canvas", 8), ("ms", 9), ("drawn", 7), ("left out", 9),
             ("clear px", 9))
    print(f"{'graph':<8}" + "".join(f"{h:>{w}}" for h, w in heads) + f"{'cached ms':>10}")
    for kind in ("hub", "random"):
        for n, m in SIZES:
            pairs = graph(kind, n, m, seed=n * 1000 + m)
            times = []
            for _ in range(args.repeat):
                layout._network.cache_clear()  # the first layout of a page, not a cached one
                start = time.perf_counter()
                net = layout.network(pairs)
                times.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            layout.network(pairs)
            cached = (time.perf_counter() - start) * 1000
            clear = min((e.clearance for e in net.edges), default=float("nan"))
            print(f"{kind:<8}{n:>6}{m:>6}{net.width:>8}{statistics.median(times):>9.0f}{len(net.edges):>7}"
                  f"{net.hidden:>9}{clear:>9.1f}{cached:>10.2f}")


if __name__ == "__main__":
    main()
