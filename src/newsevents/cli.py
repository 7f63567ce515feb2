"""The ``newsevents`` command: a thin layer over the package's functions.

Exit codes: 0 when anything was processed, 1 when nothing could be, 2 for usage errors.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import io
import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from newsevents import csvcells
from newsevents.cli_options import with_filters
from newsevents.errors import ConfigError, NewsEventsError
from newsevents.filters import EVENT_SORTS, FILTERS
from newsevents.quote_filters import QUOTE_FILTERS
from newsevents.records import Article, Event, Rejection

T = TypeVar("T")

app = typer.Typer(
    name="newsevents",
    help="Turn news articles into event data: CAMEO/PLOVER events with actors, dates, places and evidence.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"newsevents {version('newsevents')}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn news articles into event data: CAMEO/PLOVER events with actors, dates, places and evidence."""


class EventFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


class ArticleFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files (.txt, .html, .jsonl, feeds, .warc[.gz], .urls), directories (read recursively) or - for "
        "standard input.",
        show_default=False,
    ),
]
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published", help="Reference date (YYYY-MM-DD) for articles that carry no publication date."
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option("--model", help="spaCy pipeline to load (default: the pinned en_core_web_sm re-upload)."),
]
ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors", help="Extra actor dictionary (JSONL, like actors/data/actors.jsonl); repeatable."
    ),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="TOML file with a [newsevents] table of settings (model, actor_files, pattern_files, "
        "batch_size, min_confidence, workers, near_duplicates, duplicate_threshold, published, fetch, "
        "allow_private). NEWSEVENTS_<NAME> environment variables override the file; options given "
        "here override both.",
    ),
]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=0,
        help="Analysis processes (default: the workers setting; 0 = one per core this process may use). "
        "The output is the same whatever the number.",
    ),
]
FetchOpt = Annotated[
    bool,
    typer.Option("--fetch", help="Fetch the pages that feed entries link to (URL lists are always fetched)."),
]
PrivateOpt = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Let URL lists and feeds fetch from loopback, private and link-local addresses "
        "(refused by default, so a list or a redirect cannot reach inside your network).",
    ),
]
RevisionsOpt = Annotated[
    bool | None,
    typer.Option(
        "--revisions/--no-revisions",
        help="An article read again under a stored id with another text is a new version of it: its old "
        "events are retracted and the new text coded (default: off, a stored id is skipped; setting "
        "'revisions').",
        show_default=False,
    ),
]
RejectionsOpt = Annotated[
    Path | None,
    typer.Option(
        "--rejections",
        help="Write every rejected input to this file as JSON lines (stderr shows the first 20 of each "
        "reason and a summary).",
    ),
]
PatternsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--patterns", help="Extra event patterns (TSV, like coding/data/verbs.curated.tsv); repeatable."
    ),
]


def _fetching(allow_private: bool) -> Any:
    """The fetch settings of a command (``FetchSettings``; imported late, httpx is slow to import)."""
    from newsevents.ingest.fetch import FetchSettings

    return FetchSettings(allow_private=allow_private)


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"newsevents: error: {message}", err=True)
    return typer.Exit(code)


def _rejection_log(path: Path | None) -> Any:
    """The run's ``RejectionLog``, echoing to stderr."""
    from newsevents.rejections import RejectionLog

    try:
        return RejectionLog(lambda line: typer.echo(line, err=True), path)
    except OSError as exc:
        raise _fail(f"--rejections: cannot write {path}: {exc.strerror or exc}", 2) from exc


def _summarise(log: Any, read: int, kept: int, verb: str) -> None:
    """The last stderr line of a run that rejected something: what was read, kept and rejected."""
    log.close()
    if log.total:
        typer.echo(f"newsevents: read {read}, {verb} {kept}, {log.summary()}", err=True)


def _settings(
    config: Path | None,
    *,
    model: str | None = None,
    actors: list[Path] | None = None,
    patterns: list[Path] | None = None,
    published: str | None = None,
    fetch: bool = False,
    allow_private: bool = False,
    revisions: bool | None = None,
) -> Any:
    """The run's ``Settings``: defaults < the --config file < NEWSEVENTS_* variables < these options.

    A flag that was not given (False; None for a --x/--no-x pair) keeps what the file or the environment
    says."""
    from newsevents.config import load_settings

    return load_settings(
        config,
        model=model,
        actor_files=[str(p) for p in actors] if actors else None,
        pattern_files=[str(p) for p in patterns] if patterns else None,
        published=published,
        fetch=fetch or None,
        allow_private=allow_private or None,
        revisions=revisions,
    )


def _checked(items: Iterator[Article | Rejection]) -> Iterator[Article | Rejection]:
    """Start the reader now, so that a usage error (a bad --published) surfaces before any work."""
    first = next(items, None)
    return itertools.chain([] if first is None else [first], items)


def _with_progress(items: Iterable[T], label: str) -> Iterator[T]:
    """A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, logs)."""
    if not sys.stderr.isatty():
        yield from items
        return
    with _progress_bar(label) as show:
        for done, item in enumerate(items, 1):
            yield item
            show(done)


@contextlib.contextmanager
def _progress_bar(label: str) -> Iterator[Callable[[int], object]]:
    """``show(n)``: n articles done, on a rich progress bar on stderr when it is a terminal; a no-op
    otherwise (pipes, CI, logs)."""
    if not sys.stderr.isatty():
        yield lambda n: None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        transient=True,
        console=_stderr_console(),
    ) as progress:
        task = progress.add_task(label, total=None)
        yield lambda n: progress.update(task, completed=n)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@app.command()
def analyze(
    paths: PathsArg,
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="Output format.")] = EventFormat.table,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    patterns: PatternsOpt = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain", help="Show, per sentence, the patterns that fired and those that nearly did."
        ),
    ] = False,
    fetch: FetchOpt = False,
    allow_private: PrivateOpt = False,
    rejections: RejectionsOpt = None,
    config: ConfigOpt = None,
    workers: WorkersOpt = None,
) -> None:
    """Code the events of the articles at PATHS and print them (nothing is stored)."""
    from newsevents.runner import run

    try:
        settings = _settings(
            config, model=model, actors=actors, patterns=patterns, published=published, fetch=fetch,
            allow_private=allow_private,
        )
        explainer = _explainer(settings) if explain else None
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    log = _rejection_log(rejections)
    try:
        # --explain needs the pipeline here, so it codes in this process.
        results = run(
            paths, settings, workers=1 if explainer else workers, analyzer=explainer, on_rejection=log
        )
        coded, reached, read, events, explained = _collect(_with_progress(results, "analyzing"), explainer)
    except NewsEventsError as exc:
        log.close()
        raise _fail(str(exc), 2 if isinstance(exc, ConfigError) else 1) from exc
    if explainer:
        typer.echo("\n".join(explained))
    else:
        _print_events(events, format)
    _summarise(log, read, coded, "coded")
    if reached == 0:
        raise typer.Exit(1)


def _explainer(settings: Any) -> Any:
    """For --explain: the loaded pipeline, as the zero-argument factory ``run`` takes."""
    from newsevents.runner import load_pipeline

    pipe = load_pipeline(settings)
    return lambda: pipe


def _collect(
    results: Iterable[Any], explainer: Any
) -> tuple[int, int, int, list[Event], list[str]]:
    """(coded, reached the coder, read, events, --explain reports) of ``run``'s results."""
    coded = reached = read = 0  # reached: articles that got to the coder (kept or rejected there)
    events: list[Event] = []
    explained: list[str] = []
    for result in results:
        read += 1
        if isinstance(result, Rejection):
            continue
        reached += 1
        coded += result.rejection is None
        events.extend(result.events)
        if explainer is not None:
            from newsevents.explain import explain_article

            explained.append(explain_article(explainer(), result.article))
    return coded, reached, read, events, explained


def _print_events(events: Sequence[Event], fmt: EventFormat) -> None:
    out = sys.stdout
    if fmt is EventFormat.jsonl:
        for e in events:
            out.write(e.to_json() + "\n")
    elif fmt is EventFormat.json:
        json.dump([e.to_dict() for e in events], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt is EventFormat.csv:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for e in events:
            writer.writerow([csvcells.cell(v) for v in _csv_row(e)])
    else:
        _print_table(events)


CSV_COLUMNS = (
    "event_id",
    "article_id",
    "date",
    "date_precision",
    "source_code",
    "source_name",
    "source_text",
    "target_code",
    "target_name",
    "target_text",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover_type",
    "modality",
    "location",
    "lat",
    "lon",
    "confidence",
    "trigger",
    "rule",
    "steps",  # Evidence.steps joined by spaces (a step never holds one)
    "sentence_start",
    "sentence_end",
    "sentence",
)


def _csv_row(e: Event) -> list[Any]:
    t = e.target
    loc = e.location
    return [
        e.event_id,
        e.article_id,
        e.date,
        e.date_precision,
        e.source.code,
        e.source.name,
        e.source.text,
        t.code if t else None,
        t.name if t else None,
        t.text if t else None,
        e.cameo,
        e.root,
        e.quad_class,
        e.goldstein,
        e.plover.type,
        e.modality,
        loc.name if loc else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        e.confidence,
        e.evidence.trigger,
        e.evidence.rule,
        " ".join(e.evidence.steps),
        e.evidence.start,
        e.evidence.end,
        e.evidence.sentence,
    ]


def _print_table(events: Sequence[Event]) -> None:
    from rich.console import Console
    from rich.table import Table

    from newsevents.coding.codebook import load_codebook

    names = load_codebook()
    table = Table(show_lines=False, title=f"{len(events)} events")
    for column in ("article", "date", "source", "event", "target", "modality", "place", "conf"):
        table.add_column(column, overflow="fold")
    for e in events:
        table.add_row(
            e.article_id,
            e.date or "",
            _actor_cell(e.source.code, e.source.name),
            f"{e.cameo} {names[e.cameo].name[:38]}",
            _actor_cell(e.target.code, e.target.name) if e.target else "",
            e.modality,
            e.location.name if e.location else "",
            f"{e.confidence:.2f}",
        )
    Console(width=max(140, Console().width)).print(table)


def _actor_cell(code: str | None, name: str | None) -> str:
    return f"{code or '?'} {name or ''}".strip()


@app.command()
def extract(
    paths: PathsArg,
    format: Annotated[
        ArticleFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ArticleFormat.jsonl,
    published: PublishedOpt = None,
    fetch: FetchOpt = False,
    allow_private: PrivateOpt = False,
    rejections: RejectionsOpt = None,
) -> None:
    """Print the article records after extraction (clean text and metadata), without coding."""
    from newsevents import ingest

    try:
        records = _checked(
            ingest.read(paths, published=published, fetch=fetch, settings=_fetching(allow_private))
        )
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    log = _rejection_log(rejections)
    seen = list(_with_progress(records, "extracting"))
    articles = [a for a in seen if isinstance(a, Article) or log(a) is None]
    _summarise(log, len(seen), len(articles), "extracted")
    if format is ArticleFormat.json:
        json.dump([a.to_dict() for a in articles], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for a in articles:
            sys.stdout.write(a.to_json() + "\n")
    if not articles:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events (JSONL, shared/corpus/README.md format).")],
    pred: Annotated[Path, typer.Argument(help="Predicted events (JSONL from `analyze --format jsonl`).")],
    format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ReportFormat.text,
    misses: Annotated[
        bool, typer.Option("--misses/--no-misses", help="List missed gold events and unmatched predictions.")
    ] = True,
) -> None:
    """Score predicted events against gold events: strict and date-blind P/R/F1, misses, per-root table."""
    from newsevents.evaluate import evaluate_files

    try:
        result = evaluate_files(gold, pred)
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    if format is ReportFormat.json:
        typer.echo(json.dumps(result.to_json(), indent=2))
        return
    buf = io.StringIO()
    for name, s in (("strict", result.strict), ("date-blind", result.date_blind)):
        buf.write(
            f"{name:<11} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
            f"(matched {s.matched_predictions}/{s.predictions} predictions, "
            f"{s.matched_required}/{s.required} required gold)\n"
        )
    buf.write("\nper root (date-blind)\n")
    buf.write(
        f"  {'roots':<10} {'gold':>5} {'found':>6} {'recall':>7} {'pred':>5} {'right':>6} {'prec':>6}\n"
    )
    for key, row in sorted(result.per_root.items()):
        rec = row["matched"] / row["gold"] if row["gold"] else float("nan")
        prec = row["correct"] / row["predicted"] if row["predicted"] else float("nan")
        buf.write(
            f"  {key:<10} {row['gold']:>5} {row['matched']:>6} {rec:>7.2f} {row['predicted']:>5} "
            f"{row['correct']:>6} {prec:>6.2f}\n"
        )
    if misses:
        buf.write(f"\nmissed required gold events (strict): {len(result.misses)}\n")
        for m in result.misses:
            buf.write(
                f"  {m['article']} {m['date']} {m['source']}->{m['target']} {'/'.join(m['roots'])}: "
                f"{m.get('note') or ''}\n"
            )
        buf.write(f"\nunmatched predictions (strict): {len(result.false_positives)}\n")
        for p in result.false_positives:
            buf.write(
                f"  {p['article']} {p['date']} {p['source']}->{p['target']} {p['cameo']}: {p['sentence']}\n"
            )
    typer.echo(buf.getvalue().rstrip("\n"))


# -- the event store ---------------------------------------------------------------------------------

DbOpt = Annotated[Path, typer.Option("--db", help="The event store (a DuckDB file).")]
DEFAULT_DB = Path("newsevents.duckdb")


class QueryFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = DEFAULT_DB,
    workers: WorkersOpt = None,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    patterns: PatternsOpt = None,
    fetch: FetchOpt = False,
    allow_private: PrivateOpt = False,
    rejections: RejectionsOpt = None,
    config: ConfigOpt = None,
    revisions: RevisionsOpt = None,
) -> None:
    """Analyse the articles at PATHS and store articles, events, mentions, actors, places and quotes.

    Re-running changes nothing for articles already stored (same id or same text); after a crash, running
    the same command again finishes the job. With --revisions, an article whose text changed since it was
    stored replaces its stored version (the article page shows its history).
    """
    from newsevents.runner import ingest as run_ingest
    from newsevents.store import summary

    try:
        settings = _settings(
            config, model=model, actors=actors, patterns=patterns, published=published, fetch=fetch,
            allow_private=allow_private, revisions=revisions,
        )
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    log = _rejection_log(rejections)
    try:
        with _progress_bar("ingesting") as show:
            stats = run_ingest(
                paths, db, settings, workers=workers, on_rejection=log, progress=lambda s: show(s.read)
            )
        counts = summary(db)
    except ConfigError as exc:
        raise _fail(str(exc), 2) from exc
    except NewsEventsError as exc:
        raise _fail(str(exc)) from exc
    finally:
        log.close()
    typer.echo(
        f"read {stats.read}, added {stats.added}"
        + (f" ({stats.revised} new versions)" if settings.revisions else "")
        + f", already stored {stats.skipped}, "
        f"{log.summary()}; {stats.mentions} event mentions, {stats.new_events} new events "
        f"in {stats.seconds:.1f} s"
    )
    typer.echo(f"{db}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if stats.read and not stats.added and not stats.skipped:
        raise typer.Exit(1)


SourcesArg = Annotated[
    list[str],
    typer.Argument(
        help="Feed URLs, .urls or .opml lists of feeds (read again every round), or folders that receive "
        "new files (any kind `ingest` reads; write a file under a dot name and rename it when complete).",
        show_default=False,
    ),
]
EveryOpt = Annotated[
    str, typer.Option("--every", help="Time between the starts of two rounds: 15m, 90s, 1h, 2d.")
]
WatchWorkersOpt = Annotated[
    int,
    typer.Option(
        "--workers", min=0, help="Analysis processes (rounds are small: one keeps the pipeline loaded)."
    ),
]
DelayOpt = Annotated[
    float, typer.Option("--delay", min=0, help="Seconds between two requests to one host (politeness).")
]
TimeoutOpt = Annotated[
    float,
    typer.Option("--timeout", min=0.1, help="Seconds per URL (connect, read, redirects and retries)."),
]


def _watch_options(every: str, *, once: bool = False, **rest: Any) -> Any:
    from newsevents.live import WatchOptions
    from newsevents.live.sources import duration

    return WatchOptions(every=duration(every), once=once, **rest)


@app.command()
def watch(
    sources: SourcesArg,
    db: DbOpt = DEFAULT_DB,
    every: EveryOpt = "15m",
    once: Annotated[bool, typer.Option("--once", help="One round, then exit.")] = False,
    updates: Annotated[
        Path | None,
        typer.Option("--updates", help="Write GDELT-style update files (export, mentions, lastupdate.txt) "
                     "for each round into this folder."),
    ] = None,
    workers: WatchWorkersOpt = 1,
    delay: DelayOpt = 1.0,
    timeout: TimeoutOpt = 60.0,
    allow_private: PrivateOpt = False,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    patterns: PatternsOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Watch feeds and folders: every round, fetch what is new (conditional GETs, robots.txt, a pause
    per host), code it and merge it into the store, deduplicated against everything stored before.

    What was seen is kept in the store with the articles, so a restart (even after kill -9) goes on
    where it stopped. SIGINT/SIGTERM stop after the articles in hand (a second one stops at once).
    """
    import threading

    from newsevents.live import watch as run_watch
    from newsevents.live.signals import stop_on_signals

    try:
        settings = _settings(config, model=model, actors=actors, patterns=patterns, published=published,
                             allow_private=allow_private)
        options = _watch_options(every, once=once, updates=str(updates) if updates else None,
                                 workers=workers, delay=delay, timeout=timeout)
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    say = functools.partial(typer.echo, err=True)
    try:
        with stop_on_signals(threading.Event(), say) as stop:
            run_watch(sources, db, settings, options, log=say, stop=stop)
    except ConfigError as exc:
        raise _fail(str(exc), 2) from exc
    except NewsEventsError as exc:
        raise _fail(str(exc)) from exc


# The filter options (--actor, --country, ...) of `events`, `export` and `quotes` are generated from the
# store's one declaration of each filter (``store.filters.FILTERS``, ``store.quotes.QUOTE_FILTERS``).
LimitOpt = Annotated[int | None, typer.Option("--limit", min=1, help="At most this many rows.")]
OffsetOpt = Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows first (paging).")]


def _sort(value: str | None) -> str | None:
    if value is not None and value not in EVENT_SORTS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(EVENT_SORTS)}")
    return value


SortOpt = Annotated[
    str | None,
    typer.Option(
        "--sort",
        callback=_sort,
        help=f"Order of the rows: {', '.join(EVENT_SORTS)} (- for descending). Default: by date, newest "
        "first with --limit.",
        show_default=False,
    ),
]


@app.command()
@with_filters(FILTERS)
def events(
    db: DbOpt = DEFAULT_DB,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
    sort: SortOpt = None,
    format: Annotated[QueryFormat, typer.Option("--format", "-f", help="Output format.")] = QueryFormat.table,
    *,
    filters: dict[str, Any],
) -> None:
    """Query the stored (deduplicated) events."""
    from newsevents.store import query_events

    try:
        frame = query_events(db, limit=limit, offset=offset, sort=sort, **filters)
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    _print_frame(frame, format, TABLE_COLUMNS)


# The columns a quote table shows on a terminal (all columns go to csv and jsonl).
QUOTE_TABLE_COLUMNS = (
    "published_date",
    "source",
    "article_id",
    "speaker_name",
    "speaker_code",
    "verb",
    "quote",
)


@app.command()
@with_filters(QUOTE_FILTERS)
def quotes(
    db: DbOpt = DEFAULT_DB,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
    format: Annotated[QueryFormat, typer.Option("--format", "-f", help="Output format.")] = QueryFormat.table,
    *,
    filters: dict[str, Any],
) -> None:
    """Query the stored quotes: who said what, in which article (newest first)."""
    from newsevents.store import query_quotes

    try:
        frame = query_quotes(db, limit=limit, offset=offset, **filters)
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    _print_frame(frame, format, QUOTE_TABLE_COLUMNS)


# The columns an event table shows on a terminal (all columns go to csv and jsonl).
TABLE_COLUMNS = (
    "id",
    "date",
    "actor1_code",
    "actor1_name",
    "cameo",
    "actor2_code",
    "actor2_name",
    "quad_class",
    "goldstein",
    "modality",
    "place_name",
    "num_mentions",
    "num_sources",
)


def _cell(value: Any, pd: Any) -> str:
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if not pd.api.types.is_scalar(value):
        return ", ".join(str(v) for v in value)  # list columns (authors, captions)
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        return value.date().isoformat()  # event dates have no time of day
    return str(value)


def _print_frame(frame: Any, fmt: QueryFormat, columns: Sequence[str] = ()) -> None:
    if fmt is QueryFormat.jsonl:
        if len(frame):
            sys.stdout.write(
                frame.to_json(orient="records", lines=True, date_format="iso").rstrip("\n") + "\n"
            )
    elif fmt is QueryFormat.csv:
        csvcells.frame(frame).to_csv(sys.stdout, index=False)
    else:
        import pandas as pd
        from rich.console import Console
        from rich.table import Table

        shown = [c for c in columns if c in frame.columns] or list(frame.columns)
        table = Table(title=f"{len(frame)} rows")
        for column in shown:
            table.add_column(str(column), overflow="fold")
        for row in frame[shown].head(500).itertuples(index=False):
            table.add_row(*(_cell(v, pd) for v in row))
        Console(width=max(160, Console().width)).print(table)
        if len(frame) > 500:
            typer.echo(f"(first 500 of {len(frame)} rows; use --format csv or jsonl for all)", err=True)


@app.command()
def sql(
    query: Annotated[
        str,
        typer.Argument(help='A SELECT statement, e.g. "SELECT root, count(*) FROM events GROUP BY root".'),
    ],
    db: DbOpt = DEFAULT_DB,
    format: Annotated[QueryFormat, typer.Option("--format", "-f", help="Output format.")] = QueryFormat.table,
    allow_files: Annotated[
        bool,
        typer.Option(
            "--allow-files",
            help="Let the query read files outside the store (read_csv, read_parquet, glob). "
            "Off by default: the query sees the store and nothing else.",
        ),
    ] = False,
) -> None:
    """Run SQL on the store through a read-only connection that cannot reach outside the store."""
    from newsevents.store import run_sql

    try:
        frame = run_sql(db, query, allow_files=allow_files)
    except NewsEventsError as exc:
        raise _fail(str(exc)) from exc
    _print_frame(frame, format)


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    mentions = "mentions"
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    quotes = "quotes"


@app.command()
@with_filters(FILTERS)
def export(
    format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="gdelt (GDELT 2.0 Events TSV), "
            "mentions (GDELT 2.0 Mentions TSV), parquet (hive-"
            "partitioned by year and month), csv, jsonl, or quotes (CSV of the quotes in the articles "
            "reporting the events).",
        ),
    ],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output file (a directory for parquet).")
    ] = None,
    db: DbOpt = DEFAULT_DB,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing output.")] = False,
    updates: Annotated[
        Path | None,
        typer.Option(
            "--updates",
            help="Instead of --out: publish GDELT 2.0-style 15-minute update files into this directory "
            "(YYYYMMDDHHMMSS.export.CSV.zip and .mentions.CSV.zip per interval, masterfilelist.txt, "
            "lastupdate.txt), only what earlier calls have not published; with --format gdelt, no filters.",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="With --updates: the URL the files are served under, for the lists' lines. Default: "
            "the one already in DIR's list, else http://127.0.0.1:8000/updates/ (`serve --updates DIR`).",
        ),
    ] = None,
    *,
    filters: dict[str, Any],
) -> None:
    """Export stored events (same filters as `events`), or publish GDELT-style update files (--updates)."""
    from newsevents.store import export as export_events

    if updates is not None:
        _publish_updates(db, updates, base_url, format, out, overwrite, filters)
        return
    if base_url is not None:
        raise _fail("--base-url goes with --updates", 2)
    if out is None:
        raise _fail("--out is required (or --updates DIR with --format gdelt)", 2)
    try:
        rows = export_events(db, format.value, out, overwrite=overwrite, **filters)
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    typer.echo(f"wrote {rows} rows to {out}", err=True)


def _publish_updates(
    db: Path,
    directory: Path,
    base_url: str | None,
    format: ExportFormat,
    out: Path | None,
    overwrite: bool,
    filters: dict[str, Any],
) -> None:
    """``export --updates``: ``store.updates.publish``, after refusing options that do not apply."""
    from newsevents.store.updates import INTERVAL, interval_start, publish

    if format is not ExportFormat.gdelt:
        raise _fail(f"--updates writes GDELT's update files: use --format gdelt, not {format.value}", 2)
    if out is not None or overwrite or filters:
        given = ["--out"] * (out is not None) + ["--overwrite"] * overwrite + [f"--{k}" for k in filters]
        raise _fail(f"--updates publishes every new event: {', '.join(given)} does not apply", 2)
    try:
        published = publish(db, directory, base_url=base_url)
    except NewsEventsError as exc:
        raise _fail(str(exc), 2 if isinstance(exc, ConfigError) else 1) from exc
    if published is None:
        current = interval_start(dt.datetime.now(dt.UTC))
        typer.echo(
            f"nothing new to publish in {directory}: an interval goes out once it is over (the current "
            f"one, from {current:%H:%M} UTC, after {current + INTERVAL:%H:%M} UTC)",
            err=True,
        )
        return
    typer.echo(
        f"published {len(published.updates)} update(s), {published.start:%Y-%m-%d %H:%M} to "
        f"{published.end:%Y-%m-%d %H:%M} UTC: {published.num_events} events, "
        f"{published.num_mentions} mentions in {directory}",
        err=True,
    )


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    allowed_hosts: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-hosts",
            help="A Host name to answer besides the listening address and the loopback names, e.g. "
            "the server's public name (repeat for several; '*' for any). Other Host headers get 400.",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", min=1, help="Server processes (each opens the store read-only); about one per core."
        ),
    ] = 1,
    threads: Annotated[
        int | None,
        typer.Option(
            "--threads",
            min=1,
            help="Requests whose queries run at once per process; the rest queue in order "
            "[default: one per core].",
        ),
    ] = None,
    updates: Annotated[
        Path | None,
        typer.Option(
            "--updates",
            help="Also serve this directory of GDELT-style update files (`export --format gdelt --updates "
            "DIR`) read-only under /updates/, e.g. /updates/lastupdate.txt; with --watch, the watcher "
            "also publishes into it after each round.",
        ),
    ] = None,
    watch: Annotated[
        list[str] | None,
        typer.Option(
            "--watch",
            help="Also watch this source (feed URL, .urls/.opml list, folder; repeatable) in the same "
            "process, as `newsevents watch` does: new events appear in the explorer without a restart.",
        ),
    ] = None,
    every: EveryOpt = "15m",
    allow_private: PrivateOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Serve the web explorer and the JSON API (read-only) over the store; with --watch, also add new
    articles from feeds and folders to it while serving (one process: the only writer)."""
    from newsevents.web import serve as run_server
    from newsevents.web.app import DEFAULT_THREADS

    if watch:
        _serve_watching(db, watch, every, host, port, allowed_hosts, threads, allow_private, config, updates)
        return
    try:
        run_server(
            str(db),
            host=host,
            port=port,
            allowed_hosts=tuple(allowed_hosts or ()),
            workers=workers,
            threads=threads or DEFAULT_THREADS,
            updates=str(updates) if updates is not None else None,
        )
    except NewsEventsError as exc:
        raise _fail(str(exc)) from exc


def _serve_watching(
    db: Path, sources: list[str], every: str, host: str, port: int, allowed_hosts: list[str] | None,
    threads: int | None, allow_private: bool, config: Path | None, updates: Path | None = None,
) -> None:
    from newsevents.live.serving import serve_watching
    from newsevents.web.app import DEFAULT_THREADS

    try:
        settings = _settings(config, allow_private=allow_private)
        options = _watch_options(every, updates=str(updates) if updates is not None else None)
        serve_watching(
            str(db), sources, settings, options, host=host, port=port,
            allowed_hosts=tuple(allowed_hosts or ()), threads=threads or DEFAULT_THREADS,
            note=functools.partial(typer.echo, err=True),
        )
    except ConfigError as exc:
        raise _fail(str(exc), 2) from exc
    except NewsEventsError as exc:
        raise _fail(str(exc)) from exc


@app.command()
def spark(
    paths: PathsArg,
    out: Annotated[
        str, typer.Option("--out", help="Folder (or Hadoop-compatible URI) of the Parquet datasets to write.")
    ],
    master: Annotated[
        str, typer.Option("--master", help="Spark master URL: local[N], spark://host:port, yarn, ...")
    ] = "local[*]",
    partitions: Annotated[
        int | None, typer.Option("--partitions", min=1, help="Coding tasks (default: twice the cores).")
    ] = None,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    patterns: PatternsOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Code PATHS on Apache Spark and merge the results into Parquet datasets under --out.

    Reads what `ingest` reads (files, folders, hdfs:// or s3a:// URIs), gives the same articles, events
    and counts, and merges into earlier output without duplicates. Load the result into a store with
    `newsevents db import OUT --db FILE`. Needs Java 17+.
    """
    from newsevents.config import load_settings

    try:
        from newsevents.spark import run
    except ImportError as exc:  # pragma: no cover - pyspark is a dependency
        raise _fail(f"the Spark job needs pyspark: {exc}") from exc
    try:
        settings = load_settings(
            config,
            model=model,
            actor_files=[str(p) for p in actors or ()] or None,
            pattern_files=[str(p) for p in patterns or ()] or None,
        )
        stats = run([str(p) for p in paths], out, master=master, settings=settings, published=published,
                    partitions=partitions)
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    typer.echo(
        f"files {stats.files}, articles added {stats.articles}, rejected {stats.rejected}; "
        f"{stats.mentions} event mentions, {stats.events} new events in {stats.seconds:.1f} s -> {out}"
    )


db_app = typer.Typer(help="Manage the store file.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(db: DbOpt = DEFAULT_DB) -> None:
    """Migrate the store's schema forward to this version of newsevents."""
    from newsevents.store import upgrade

    try:
        before, after = upgrade(db)
    except NewsEventsError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(
        f"{db}: schema version {before} -> {after}"
        if before != after
        else f"{db}: schema version {after}, up to date"
    )


@db_app.command("import")
def db_import(
    directory: Annotated[
        Path, typer.Argument(help="A directory in the bulk layout: articles/ and mentions/ of Parquet.")
    ],
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Load analysed results from Parquet (newsevents.store.layout) into the store, merged as ingest
    merges them; one transaction, and importing the same directory again changes nothing."""
    from newsevents.store.bulk import import_dir

    try:
        stats = import_dir(directory, db)
    except NewsEventsError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(
        f"{db}: {stats.added:,} articles added ({stats.skipped:,} already stored or copies), "
        f"{stats.mentions:,} mentions, {stats.new_events:,} new events, {stats.rejected:,} rejections "
        f"in {stats.seconds:.1f} s"
    )


cache_app = typer.Typer(
    help="Manage the cache of compiled resources (gazetteer, actor dictionary, phrase index) that makes "
    "start-up fast; it lives in $NEWSEVENTS_CACHE_DIR or the user cache directory.",
    no_args_is_help=True,
)
app.add_typer(cache_app, name="cache")


@cache_app.command("build")
def cache_build(actors: ActorsOpt = None) -> None:
    """Build the cached resources now (each run otherwise builds what it lacks), with --actors files too."""
    from newsevents import cache

    try:
        found = cache.build([str(p) for p in actors or ()])
    except NewsEventsError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"{cache.cache_dir()}: {len(found)} file(s), {sum(f.size for f in found) / 1e6:.1f} MB")


@cache_app.command("info")
def cache_info() -> None:
    """List the cache directory's files: resource, size, and whether its checksum holds."""
    from newsevents import cache

    typer.echo(f"cache directory: {cache.cache_dir()}")
    for f in cache.files():
        typer.echo(f"{f.path.name}\t{f.name}\t{f.size / 1e6:.1f} MB\t{'ok' if f.valid else 'CORRUPT'}")


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached resource (the next run builds what it needs again)."""
    from newsevents import cache

    typer.echo(f"{cache.cache_dir()}: removed {cache.clear()} file(s)")


@functools.cache
def _log_warnings() -> None:
    """Warnings of the library (a page fetch that failed, ...) as one stderr line each (set up once)."""
    import logging

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("newsevents: warning: %(message)s"))
    logger = logging.getLogger("newsevents")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``newsevents`` script."""
    _log_warnings()
    try:
        app(args=list(argv) if argv is not None else None, prog_name="newsevents")
    except KeyboardInterrupt:
        typer.echo("newsevents: interrupted", err=True)
        raise SystemExit(130) from None
    finally:
        from newsevents import heap

        heap.exiting()  # the interpreter's exit passes then skip the heap (a third of a second)


if __name__ == "__main__":
    main()
