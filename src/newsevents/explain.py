"""``newsevents analyze --explain``: per sentence, the patterns that fired and those that nearly did,
the triggers set aside and by which rule, and for each event the rules that shaped it after its trigger,
so that users who edit the dictionaries can see why an event exists or does not."""

from __future__ import annotations

from newsevents.coding.patterns import Pattern
from newsevents.coding.rules import describe
from newsevents.coding.triggers import TriggerFinder
from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event


def explain_article(pipe: Pipeline, article: Article) -> str:
    """A plain-text report on ``article``: each sentence, its triggers, the pattern that fired (or the
    candidates whose object/preposition/subject words were missing), triggers set aside, and the events
    kept with the named rules behind them."""
    doc = pipe.code(article, pipe.nlp(article.text))
    events = [e for e in doc._.ne_events if e.confidence >= pipe.settings.min_confidence]
    by_sentence: dict[int, list[str]] = {}
    for e in events:
        by_sentence.setdefault(e.evidence.start, []).extend(_event_lines(e))
    dropped = {t.token.i: t.dropped_by for t in doc._.ne_triggers or () if t.dropped_by}
    finder = pipe.stages.get_pipe("newsevents_triggers")
    lines = [f"== article {article.id}"]
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        lines.append(f"  [{sent.start_char}:{sent.end_char}] {sent.text.strip()}")
        if isinstance(finder, TriggerFinder):
            for tok, _pos, candidates, fired in finder.candidates(sent):
                if fired is not None:
                    lines.append(f"    fired {fired.id} ({fired.code}) on {tok.text!r}")
                    if tok.i in dropped:
                        lines.append(
                            f"    set aside {tok.text!r}: {dropped[tok.i]} ({describe(dropped[tok.i])})"
                        )
                lines.extend(
                    f"    near  {p.id} ({p.code}) on {tok.text!r}: needs {_needs(p)}"
                    for p in [p for p in candidates if p is not fired][:3]
                )
        lines.extend(by_sentence.get(sent.start_char, []))
    return "\n".join(lines)


def _event_lines(e: Event) -> list[str]:
    target = e.target.code if e.target else "-"
    lines = [
        f"    event {e.cameo} {e.source.code} -> {target} {e.modality} {e.date or ''} "
        f"(rule {e.evidence.rule}, trigger {e.evidence.trigger!r}, confidence {e.confidence})"
    ]
    lines.extend(f"      {step}: {describe(step)}" for step in e.evidence.steps)
    return lines


def _needs(p: Pattern) -> str:
    prep = ""
    if p.prep:
        prep = f"prep={':'.join([p.prep, ' '.join(p.prep_words)] if p.prep_words else [p.prep])}"
    parts = [
        f"object={' '.join(p.object)}" if p.object else "",
        prep,
        f"subject={' '.join(p.subject)}" if p.subject else "",
    ]
    return " ".join(filter(None, parts)) or "nothing"
