"""Hand-made stores for the web tests: a few articles with known events, and a hostile article.

Every event is built like the coder builds it (``records.Event`` with evidence offsets into the
article text), then stored through the store's own ``ingest_results``, so the tests read what a real
store holds. The sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from newsevents.records import (
    Actor,
    Article,
    ArticleResult,
    Event,
    Evidence,
    Place,
    Plover,
    Quote,
    make_event_id,
)
from newsevents.store import Database, ingest_results

ACTORS = {
    "Trump": Actor("Trump", "Donald Trump", "USA", "GOV", "USAGOV"),
    "Kim": Actor("Kim", "Kim Jong Un", "PRK", "GOV", "PRKGOV"),
    "Moon": Actor("Moon", "Moon Jae-in", "KOR", "GOV", "KORGOV"),
    "Army": Actor("the army", "South Korea", "KOR", "MIL", "KORMIL"),
}
PLACES = {
    "Panmunjom": Place("Panmunjom", "KOR", None, 37.956, 126.677, 1839726),
    "Hanoi": Place("Hanoi", "VNM", None, 21.0245, 105.8412, 1581130),
}
# verb -> (CAMEO, root, QuadClass, Goldstein, PLOVER)
VERBS = {
    "met": ("040", "04", 1, 1.0, "CONSULT"),
    "praised": ("051", "05", 1, 3.4, "SUPPORT"),
    "aided": ("070", "07", 2, 7.0, "AID"),
    "criticized": ("111", "11", 3, -2.0, "ACCUSE"),
    "shelled": ("190", "19", 4, -10.0, "ASSAULT"),
}

# The construction steps some events carry (written by hand: the tests do not depend on the coder's rules);
# the other events have none, like events stored before steps were recorded.
STEPS = {
    "Trump met Kim in Panmunjom on Sunday.": ("source:subject", "place:locative", "date:own-clause"),
    "The army shelled Kim's positions, officials said.": ("target:possessor", "modality:reported"),
}
# A step with markup (the coder never writes one, a store might hold one): the pages must escape it.
HOSTILE_STEP = "code:<b>bold</b>"

HOSTILE_TITLE = '<script>window.__pwned = "title";</script>Hostile <b>headline</b>'
HOSTILE_TEXT = (
    '<script>window.__pwned = "text";</script>Trump criticized Kim in Hanoi on 2019-02-28.\n\n'
    '<img src="http://203.0.113.9/x.png" onerror="window.__pwned = 1"> The leaders left early.'
)


def _event(
    article_id: str,
    text: str,
    sentence: str,
    a: str,
    verb: str,
    b: str,
    date: str | None,
    place: str | None,
    steps: tuple[str, ...] = (),
) -> Event:
    start = text.index(sentence)
    cameo, root, quad, goldstein, plover = VERBS[verb]
    trigger_at = start + sentence.index(verb)
    return Event(
        event_id=make_event_id(
            article_id, start, trigger_at, trigger_at + len(verb), cameo, ACTORS[a].code, ACTORS[b].code
        ),
        article_id=article_id,
        date=date,
        date_precision="day" if date else None,
        source=ACTORS[a],
        target=ACTORS[b],
        cameo=cameo,
        root=root,
        quad_class=quad,
        goldstein=goldstein,
        plover=Plover(plover, None, None),
        modality="asserted",
        location=PLACES[place] if place else None,
        evidence=Evidence(sentence, start, start + len(sentence), verb, f"test.{verb}", steps=steps),
        confidence=0.9,
    )


# (article id, outlet, published, [(sentence, a, verb, b, date, place)])
STORIES = [
    (
        "w1",
        "Daily One",
        "2019-06-30",
        [
            ("Trump met Kim in Panmunjom on Sunday.", "Trump", "met", "Kim", "2019-06-30", "Panmunjom"),
            ("Moon praised Trump for the visit.", "Moon", "praised", "Trump", "2019-06-30", None),
        ],
    ),
    (
        "w2",
        "Evening Two",
        "2019-07-15",
        [
            ("Kim criticized Moon over the drills.", "Kim", "criticized", "Moon", "2019-07-14", None),
            (
                "The army shelled Kim's positions, officials said.",
                "Army",
                "shelled",
                "Kim",
                "2019-07-15",
                None,
            ),
        ],
    ),
    (
        "w3",
        "Daily One",
        "2019-08-02",
        [
            ("Trump aided Moon with supplies in August.", "Trump", "aided", "Moon", "2019-08-01", None),
            ("Kim met Trump again at some point.", "Kim", "met", "Trump", None, None),
        ],
    ),
]

# Direct speech in some stories (article id -> (speaker, words, verb)), written for these tests; one opens
# like a spreadsheet formula, which a CSV download must neutralise.
QUOTES = {
    "w1": (("Moon", "the talks will go on next month", "said"),),
    "w2": (("Kim", "=1+1 is not an offer", "told"), ("Trump", "we are patient", "said")),
}

# Events in the store: STORIES' six (the undated one takes its article's date) and the hostile one.
EXPECTED_EVENTS = 7


def results() -> list[ArticleResult]:
    """The hand-made results of ``STORIES`` plus the hostile article."""
    out = []
    for article_id, outlet, published, sentences in STORIES:
        text = "Intro line for " + article_id + ".\n\n" + " ".join(s[0] for s in sentences) + "\n\nEnd."
        article = Article(
            id=article_id,
            text=text,
            title=f"Story {article_id}",
            published=published,
            source=outlet,
            url=f"https://example.org/{article_id}",
            language="en",
        )
        events = tuple(_event(article_id, text, *s, steps=STEPS.get(s[0], ())) for s in sentences)
        seen = {e.source.code: e.source for e in events} | {
            e.target.code: e.target for e in events if e.target
        }
        places = tuple({e.location.name: e.location for e in events if e.location}.values())
        quotes = tuple(
            Quote(ACTORS[who], words, 0, len(words), verb) for who, words, verb in QUOTES.get(article_id, ())
        )
        out.append(ArticleResult(article, events, quotes, tuple(seen.values()), places))
    out.append(hostile())
    return out


def hostile() -> ArticleResult:
    """An article whose title and text carry markup and script: it must show as plain text."""
    article = Article(
        id="hostile",
        text=HOSTILE_TEXT,
        title=HOSTILE_TITLE,
        published="2019-02-28",
        source="<i>Bad</i> Outlet",
        url="javascript:alert(1)",
        language="en",
    )
    event = _event(
        "hostile",
        HOSTILE_TEXT,
        "Trump criticized Kim in Hanoi on 2019-02-28.",
        "Trump",
        "criticized",
        "Kim",
        "2019-02-28",
        "Hanoi",
        steps=("source:subject", HOSTILE_STEP),
    )
    return ArticleResult(article, (event,), (), (ACTORS["Trump"], ACTORS["Kim"]), (PLACES["Hanoi"],))


def build_store(path: Path, extra: list[ArticleResult] | None = None) -> Path:
    """A store at ``path`` holding ``results()`` (and ``extra``)."""
    database = Database(path)
    try:
        ingest_results([*results(), *(extra or [])], database)
    finally:
        database.close()  # DuckDB allows no read-only opening in this process while a writer is open
    return path
