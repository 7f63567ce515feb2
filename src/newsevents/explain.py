"""``newsevents analyze --explain``: per sentence, the patterns that fired and those that nearly did, so
that users who edit the dictionaries can see why an event exists or does not."""

from __future__ import annotations

from newsevents.pipeline import Pipeline
from newsevents.records import Article


def explain_article(pipe: Pipeline, article: Article) -> str:
    """A plain-text report on ``article``: each sentence, its triggers, the pattern that fired (or the
    candidates whose object/preposition/subject words were missing), and the events kept."""
    doc = pipe.nlp(article.text)
    result = pipe.code_doc(article, doc)
    by_sentence: dict[int, list[str]] = {}
    for e in result.events:
        target = e.target.code if e.target else "-"
        by_sentence.setdefault(e.evidence.start, []).append(
            f"    event {e.cameo} {e.source.code} -> {target} {e.modality} {e.date or ''} "
            f"(rule {e.evidence.rule}, trigger {e.evidence.trigger!r}, confidence {e.confidence})"
        )
    lines = [f"== article {article.id}"]
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        lines.append(f"  [{sent.start_char}:{sent.end_char}] {sent.text.strip()}")
        for match, others in pipe.coder.matches(sent):
            fired = match.pattern if match.pattern not in others else None
            if fired is not None:
                lines.append(f"    fired {fired.id} ({fired.code}) on {match.trigger.text!r}")
            near = others[:3]
            for p in near:
                need = " ".join(
                    filter(
                        None,
                        [
                            f"object={' '.join(p.object)}" if p.object else "",
                            f"prep={':'.join([p.prep, ' '.join(p.prep_words)] if p.prep_words else [p.prep])}"
                            if p.prep
                            else "",
                            f"subject={' '.join(p.subject)}" if p.subject else "",
                        ],
                    )
                )
                lines.append(
                    f"    near  {p.id} ({p.code}) on {match.trigger.text!r}: needs {need or 'nothing'}"
                )
        lines.extend(by_sentence.get(sent.start_char, []))
    return "\n".join(lines)
