"""The per-article step: ``Article -> ArticleResult``, a pure function over read-only resources.

``Pipeline.load()`` loads the resources once (spaCy pipeline, actor dictionary, patterns, codebook,
gazetteer); ``Pipeline.analyze()`` then codes any number of articles, in spaCy batches. It reads no store,
no clock and no network, so the same object runs in the CLI, in worker processes and on Spark executors.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

# Importing the stage modules registers their spaCy factories.
import newsevents.actors.stage
import newsevents.coding.arguments
import newsevents.coding.confidence
import newsevents.coding.modality
import newsevents.coding.mutual
import newsevents.coding.reattach
import newsevents.coding.selection
import newsevents.coding.triggers
import newsevents.coding.victims
import newsevents.when
import newsevents.where  # noqa: F401
from newsevents import nlp
from newsevents.actors.resolve import DocActors
from newsevents.annotations import set_doc_text
from newsevents.coding.lexicon import lexicon
from newsevents.config import Settings
from newsevents.records import Actor, Article, ArticleResult, Event, Place, Quote, Rejection
from newsevents.when import parse_published

_QUOTE = re.compile(r"[\"“]([^\"”]{12,}?)[\"”]")

# The coding stages, in order: each reads what the ones before it wrote on the Doc (newsevents.annotations).
STAGES = (
    "newsevents_reattach",
    "newsevents_actors",
    "newsevents_dates",
    "newsevents_places",
    "newsevents_triggers",
    "newsevents_modality",
    "newsevents_arguments",
    "newsevents_mutual",
    "newsevents_victims",
    "newsevents_selection",
    "newsevents_confidence",
)


@spacy.registry.tokenizers("newsevents.empty_tokenizer.v1")
def _empty_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer without rules: a placeholder until ``build_stages`` puts the parser's in its place."""
    return lambda nlp: Tokenizer(nlp.vocab)


_NO_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "newsevents.empty_tokenizer.v1"}}}


def build_stages(language: Language, settings: Settings) -> Language:
    """The coding stages as a spaCy pipeline over ``language``'s vocabulary, configured by ``settings``.

    A user adds, removes or replaces a stage on the result with spaCy's own ``add_pipe``,
    ``remove_pipe`` and ``replace_pipe``; a replacement writes the same ``Doc`` attribute."""
    # The stages take parsed Docs; building the English tokenizer a second time (its thousands of special
    # cases) cost a tenth of a second at every start, so they get an empty one and then share the parser's.
    stages = spacy.blank("en", vocab=language.vocab, config=_NO_TOKENIZER)
    stages.tokenizer = language.tokenizer
    patterns: dict[str, object] = {"pattern_files": list(settings.pattern_files or ())}
    configs: dict[str, dict[str, object]] = {
        "newsevents_actors": {"actor_files": list(settings.actor_files or ())},
        "newsevents_triggers": patterns,
        "newsevents_modality": patterns,
        "newsevents_arguments": patterns,
        "newsevents_selection": patterns,
    }
    for name in STAGES:
        stages.add_pipe(name, config=configs.get(name, {}))
    return stages


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Loaded resources plus the functions that use them: ``nlp`` parses, ``stages`` code."""

    settings: Settings
    nlp: Language
    stages: Language

    @classmethod
    def load(
        cls,
        model: str | None = None,
        actor_files: Sequence[str] = (),
        pattern_files: Sequence[str] = (),
        settings: Settings | None = None,
    ) -> Pipeline:
        """Load every resource once. ``model`` names the spaCy pipeline; ``actor_files`` and
        ``pattern_files`` add a user's own dictionary entries and patterns to the packaged ones."""
        settings = (settings or Settings()).replace(
            model=model, actor_files=tuple(actor_files) or None, pattern_files=tuple(pattern_files) or None
        )
        language = nlp.load(settings.model)
        return cls(settings, language, build_stages(language, settings))

    @property
    def stage_names(self) -> list[str]:
        """The coding stages in the order they run."""
        return list(self.stages.pipe_names)

    def analyze_article(self, article: Article) -> ArticleResult:
        """Code one article (pure: the same article always gives the same result)."""
        return next(self.analyze([article]))  # type: ignore[return-value]

    def analyze(
        self, items: Iterable[Article | Rejection], batch_size: int | None = None
    ) -> Iterator[ArticleResult | Rejection]:
        """Code articles in spaCy batches, in input order. Rejections pass through untouched."""
        size = batch_size or self.settings.batch_size
        batch: list[Article | Rejection] = []
        for item in items:
            batch.append(item)
            if len(batch) >= size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Article | Rejection]) -> Iterator[ArticleResult | Rejection]:
        todo = [item for item in batch if isinstance(item, Article) and _codable(item) is None]
        docs = iter(self._parse(todo))
        for item in batch:
            if isinstance(item, Rejection):
                yield item
                continue
            reason = _codable(item)
            if reason is not None:
                yield ArticleResult(article=item, rejection=reason)
                continue
            doc = next(docs)
            if isinstance(doc, Exception):
                yield ArticleResult(article=item, rejection=_failed(item, "parse-error", doc))
                continue
            try:
                result = self.code_doc(item, doc)
            except Exception as exc:  # one article's failure must not end the batch (issue 12)
                result = ArticleResult(article=item, rejection=_failed(item, "coder-error", exc))
            _release(doc)
            yield result

    def _parse(self, articles: list[Article]) -> list[Doc | Exception]:
        """Parse ``articles`` as one spaCy batch; if the batch fails, one by one, so that only the article
        that fails is lost (its exception takes its place)."""
        try:
            texts = (a.text for a in articles)
            return list(nlp.parse_indexed(self.nlp, texts, batch_size=len(articles) or 1))
        except Exception:
            docs: list[Doc | Exception] = []
            for article in articles:
                try:
                    docs.append(self.nlp(article.text))
                except Exception as exc:
                    docs.append(exc)
            return docs

    def code(self, article: Article, doc: Doc) -> Doc:
        """Run the coding stages on ``article``'s parsed ``doc``; the annotations stay on the Doc."""
        doc._.ne_article = article.id
        doc._.ne_published = parse_published(article.published)
        doc._.ne_title = article.title  # (an official text's issuer may be named only there: page_issuer.py)
        set_doc_text(doc, article.text)  # the parser keeps the text as it is (tests/test_nlp.py)
        return self.stages(doc)

    def code_doc(self, article: Article, doc: Doc) -> ArticleResult:
        """Code ``article`` from its already parsed ``doc`` (``self.nlp(article.text)``)."""
        doc = self.code(article, doc)
        actors: DocActors = doc._.ne_actors
        events: list[Event] = [e for e in doc._.ne_events if e.confidence >= self.settings.min_confidence]
        # Roles in the article's actor list are read on its publication day, or, undated, on the first
        # day its events give (the day its story is set), never on the machine's clock.
        story_day = doc._.ne_published or next(
            (parse_published(e.date) for e in events if e.date_precision == "day"), None
        )
        return ArticleResult(
            article=article,
            events=tuple(events),
            quotes=tuple(_quotes(doc, article.text, actors, story_day)),
            actors=tuple(_unique_actors(actors.actor_mentions(story_day))),
            places=tuple(_unique_places(e.location for e in events)),
        )


def _release(doc: Doc) -> None:
    """Drop the coding stages' annotations from a Doc nobody reads again. They refer back to it (tokens,
    the article's ``DocActors``): a reference cycle that only the garbage collector frees, so every coded
    Doc lived on until a full collection, which then walked and freed a batch of them (a tenth of a
    second, at random points of a run). Without them the Doc is freed as soon as it is dropped."""
    doc.user_data.clear()


def _failed(article: Article, reason: str, exc: Exception) -> Rejection:
    """The rejection of an article the parser or the coder failed on: a bug to report, not bad input."""
    detail = f"{type(exc).__name__}: {exc}"[:300]
    return Rejection(article.origin or article.id, reason, detail + " (please report this)", article.id)


def _codable(article: Article) -> Rejection | None:
    origin = article.origin or article.id
    if not article.text.strip():
        return Rejection(origin, "empty", "no text left to code after extraction", article.id)
    if article.language and article.language != "en":
        return Rejection(
            origin, "not-english", f"language is {article.language!r}; only English is coded", article.id
        )
    return None


def _quotes(doc: Doc, text: str, actors: DocActors, day: dt.date | None) -> Iterator[Quote]:
    """Direct quotations with their speaker: the subject of the reporting verb of the quote's sentence."""
    sents: list[Span] = []
    quote_verbs = lexicon().quote_verbs
    # The article text, not doc.text: Doc.text rebuilds the string from every token on each access.
    for m in _QUOTE.finditer(text):
        start, end = m.span(1)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        # Span.sent scans the document each time; the sentences are listed once per article instead.
        sents = sents or list(doc.sents)
        sent = sents[bisect.bisect_right([s.start for s in sents], span.start) - 1]
        speaker: Actor | None = None
        verbs = [
            t
            for t in sent
            if t.pos_ == "VERB" and t.lemma_ in quote_verbs and not (start <= t.idx < end)
        ]
        for verb in verbs:
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                speaker = actors.resolve(subj, day)
                if speaker is None:
                    speaker = Actor(text=subj.text)
                break
            if speaker is not None:
                break
        yield Quote(
            speaker=speaker, quote=m.group(1), start=start, end=end, verb=verbs[0].lemma_ if verbs else None
        )


def _unique_actors(actors: Iterable[Actor]) -> Iterator[Actor]:
    seen: set[tuple[str | None, str | None]] = set()
    for a in actors:
        key = (a.code, a.name)
        if key not in seen:
            seen.add(key)
            yield a


def _unique_places(places: Iterable[Place | None]) -> Iterator[Place]:
    seen: set[Place] = set()
    for p in places:
        if p is not None and p not in seen:
            seen.add(p)
            yield p


def analyze(
    articles: Iterable[Article | Rejection | str],
    model: str | None = None,
    actor_files: Sequence[str] = (),
    *,
    settings: Settings | None = None,
    workers: int | None = None,
) -> Iterator[ArticleResult | Rejection]:
    """Code ``articles`` (``Article`` objects or paths) with ``newsevents.run``: the same steps as
    ``newsevents analyze`` (duplicates removed, ``settings`` or ``load_settings()``, ``workers``
    processes), yielding each ``ArticleResult`` or ``Rejection`` in input order."""
    from newsevents.config import load_settings
    from newsevents.runner import run

    settings = (settings or load_settings()).replace(model=model, actor_files=tuple(actor_files) or None)
    for item in run(articles, settings, workers=workers):
        yield item if isinstance(item, Rejection) else item.result
