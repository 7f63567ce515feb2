"""The ``newsevents`` command: a thin layer over the package's functions.

Exit codes: 0 when anything was processed, 1 when nothing could be, 2 for usage errors.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from newsevents import csvcells
from newsevents.errors import NewsEventsError
from newsevents.records import Article, Event, Rejection

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
        help="TOML file with a [newsevents] table of settings (model, actor_files, "
        "pattern_files, batch_size, min_confidence); options given here win.",
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


def _pipeline_options(
    config: Path | None, model: str | None, actors: list[Path] | None, patterns: list[Path] | None
) -> dict[str, Any]:
    """Keyword arguments of ``Pipeline.load`` from the command line and an optional config file."""
    actor_files = [str(p) for p in actors or ()]
    pattern_files = [str(p) for p in patterns or ()]
    if config is None:
        return {"model": model, "actor_files": actor_files, "pattern_files": pattern_files}
    from newsevents.config import load_settings

    settings = load_settings(
        config, model=model, actor_files=actor_files or None, pattern_files=pattern_files or None
    )
    return {"settings": settings}


def _checked(items: Iterator[Article | Rejection]) -> Iterator[Article | Rejection]:
    """Start the reader now, so that a usage error (a bad --published) surfaces before any work."""
    first = next(items, None)
    return itertools.chain([] if first is None else [first], items)


def _with_progress(items: Iterable[Article | Rejection], label: str) -> Iterator[Article | Rejection]:
    """A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, logs)."""
    if not sys.stderr.isatty():
        yield from items
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
        for item in items:
            yield item
            progress.advance(task)


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
) -> None:
    """Code the events of the articles at PATHS and print them (nothing is stored)."""
    from newsevents import ingest
    from newsevents.ingest.dedup import deduplicate
    from newsevents.pipeline import Pipeline

    try:
        items = deduplicate(
            _checked(ingest.read(paths, published=published, fetch=fetch, settings=_fetching(allow_private)))
        )
        pipe = Pipeline.load(**_pipeline_options(config, model, actors, patterns))
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    coded = reached = read = 0  # reached: articles that got to the coder (kept or rejected there)
    events: list[Event] = []
    explained: list[str] = []
    log = _rejection_log(rejections)
    for result in pipe.analyze(_with_progress(items, "analyzing")):
        read += 1
        if isinstance(result, Rejection):
            log(result)
            continue
        reached += 1
        if result.rejection is not None:
            log(result.rejection)
        coded += result.rejection is None
        events.extend(result.events)
        if explain:
            from newsevents.explain import explain_article

            explained.append(explain_article(pipe, result.article))
    if explain:
        typer.echo("\n".join(explained))
    else:
        _print_events(events, format)
    _summarise(log, read, coded, "coded")
    if reached == 0:
        raise typer.Exit(1)


def _print_events(events: Sequence[Event], fmt: EventFormat) -> None:
    out = sys.stdout
    if fmt is EventFormat.jsonl:
        for e in events:
            out.write(json.dumps(e.to_json(), ensure_ascii=False) + "\n")
    elif fmt is EventFormat.json:
        json.dump([e.to_json() for e in events], out, ensure_ascii=False, indent=2)
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
        json.dump([a.to_json() for a in articles], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for a in articles:
            sys.stdout.write(json.dumps(a.to_json(), ensure_ascii=False) + "\n")
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
    workers: Annotated[int, typer.Option("--workers", min=1, help="Analysis processes (one writer).")] = 1,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    actors: ActorsOpt = None,
    patterns: PatternsOpt = None,
    fetch: FetchOpt = False,
    allow_private: PrivateOpt = False,
    rejections: RejectionsOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Analyse the articles at PATHS and store articles, events, mentions, actors, places and quotes.

    Re-running changes nothing for articles already stored (same id or same text); after a crash, running
    the same command again finishes the job.
    """
    from newsevents import ingest as readers
    from newsevents.ingest.dedup import deduplicate
    from newsevents.pipeline import Pipeline
    from newsevents.store import ingest_items, summary

    try:
        items = deduplicate(
            _checked(readers.read(paths, published=published, fetch=fetch, settings=_fetching(allow_private)))
        )
        # Each worker process loads its own pipeline with these settings.
        factory = functools.partial(Pipeline.load, **_pipeline_options(config, model, actors, patterns))
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    log = _rejection_log(rejections)
    reported = (item if isinstance(item, Article) else log(item) for item in items)
    try:
        stats = ingest_items(
            _with_progress(reported, "ingesting"), db, workers=workers, analyzer=factory, on_rejection=log
        )
        counts = summary(db)
    except NewsEventsError as exc:
        raise _fail(str(exc)) from exc
    finally:
        log.close()
    typer.echo(
        f"read {stats.read}, added {stats.added}, already stored {stats.skipped}, "
        f"{log.summary()}; {stats.mentions} event mentions, {stats.new_events} new events "
        f"in {stats.seconds:.1f} s"
    )
    typer.echo(f"{db}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if stats.read and not stats.added and not stats.skipped:
        raise typer.Exit(1)


def _filters(
    actor: str | None,
    country: str | None,
    dyad: list[str] | None,
    role: str | None,
    code: str | None,
    root: str | None,
    quad: int | None,
    since: str | None,
    until: str | None,
    place: str | None,
    article: str | None,
    source: str | None,
) -> dict[str, Any]:
    if dyad is not None and len(dyad) != 2:
        raise _fail("--dyad takes two country codes: --dyad USA PRK", 2)
    raw = {
        "actor": actor,
        "country": country,
        "dyad": tuple(dyad) if dyad else None,
        "role": role,
        "code": code,
        "root": root,
        "quad": quad,
        "since": since,
        "until": until,
        "place": place,
        "article": article,
        "source": source,
    }
    return {k: v for k, v in raw.items() if v is not None}


ActorF = Annotated[str | None, typer.Option("--actor", help="Actor name or text contains this.")]
CountryF = Annotated[str | None, typer.Option("--country", help="Either actor's country (ISO3).")]
DyadF = Annotated[
    list[str] | None, typer.Option("--dyad", help="Two countries, either direction: --dyad USA --dyad PRK.")
]
RoleF = Annotated[str | None, typer.Option("--role", help="Either actor's role (GOV, MIL, ELI, ...).")]
CodeF = Annotated[str | None, typer.Option("--code", help="CAMEO code or prefix (042, 04).")]
RootF = Annotated[str | None, typer.Option("--root", help="CAMEO root (01-20).")]
QuadF = Annotated[int | None, typer.Option("--quad", min=1, max=4, help="QuadClass 1-4.")]
SinceF = Annotated[str | None, typer.Option("--since", help="Events on or after this date.")]
UntilF = Annotated[str | None, typer.Option("--until", help="Events on or before this date.")]
PlaceF = Annotated[str | None, typer.Option("--place", help="Place name contains this.")]
ArticleF = Annotated[str | None, typer.Option("--article", help="Events mentioned in this article.")]
SourceF = Annotated[str | None, typer.Option("--source", help="Events reported by this outlet.")]


@app.command()
def events(
    db: DbOpt = DEFAULT_DB,
    actor: ActorF = None,
    country: CountryF = None,
    dyad: DyadF = None,
    role: RoleF = None,
    code: CodeF = None,
    root: RootF = None,
    quad: QuadF = None,
    since: SinceF = None,
    until: UntilF = None,
    place: PlaceF = None,
    article: ArticleF = None,
    source: SourceF = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="At most this many events.")] = None,
    format: Annotated[QueryFormat, typer.Option("--format", "-f", help="Output format.")] = QueryFormat.table,
) -> None:
    """Query the stored (deduplicated) events."""
    from newsevents.store import query_events

    filters = _filters(actor, country, dyad, role, code, root, quad, since, until, place, article, source)
    try:
        frame = query_events(db, limit=limit, **filters) if limit else query_events(db, **filters)
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    _print_frame(frame, format, TABLE_COLUMNS)


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


@app.command()
def export(
    format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="gdelt (GDELT 2.0 Events TSV), "
            "mentions (GDELT 2.0 Mentions TSV), parquet (hive-"
            "partitioned by year and month), csv or jsonl.",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file (a directory for parquet).")],
    db: DbOpt = DEFAULT_DB,
    actor: ActorF = None,
    country: CountryF = None,
    dyad: DyadF = None,
    role: RoleF = None,
    code: CodeF = None,
    root: RootF = None,
    quad: QuadF = None,
    since: SinceF = None,
    until: UntilF = None,
    place: PlaceF = None,
    article: ArticleF = None,
    source: SourceF = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing output.")] = False,
) -> None:
    """Export stored events (same filters as `events`)."""
    from newsevents.store import export as export_events

    filters = _filters(actor, country, dyad, role, code, root, quad, since, until, place, article, source)
    try:
        rows = export_events(db, format.value, out, overwrite=overwrite, **filters)
    except NewsEventsError as exc:
        raise _fail(str(exc), 2) from exc
    typer.echo(f"wrote {rows} rows to {out}", err=True)


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
) -> None:
    """Serve the web explorer and the JSON API (read-only) over the store."""
    from newsevents.web import serve as run_server
    from newsevents.web.app import DEFAULT_THREADS

    try:
        run_server(
            str(db),
            host=host,
            port=port,
            allowed_hosts=tuple(allowed_hosts or ()),
            workers=workers,
            threads=threads or DEFAULT_THREADS,
        )
    except NewsEventsError as exc:
        raise _fail(str(exc)) from exc


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


if __name__ == "__main__":
    main()
