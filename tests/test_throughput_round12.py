"""The shortcuts of the twelfth round's throughput work give what the work they skip would give (issue 10,
throughput): a clause in a sentence without dates has no date of its own nor one to share, a direct
question is looked for up to the end of the sentence of the first word read, a code's semantics row is
kept per code, and the dictionary's mentions are matched from the words' hashes. The texts are invented."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from newsevents import doccache
from newsevents.coding import semantics, unasserted
from newsevents.pipeline import Pipeline
from newsevents.records import Article
from newsevents.when import OWN_CLAUSE, DocDates

QUESTIONS = (
    "Will Quito expel the envoy? The minister said on Monday that it would. Troops shelled the town and "
    "stormed the base on Sunday. Why did Lima recall its ambassador? Nobody knows"
)


def _coded(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.code(Article(id="s", text=text, published="2024-03-06"), pipeline.nlp(text))


def _asks(tok: Token) -> bool:
    """The direct-question test as it was: every word after ``tok`` read up to a sentence end."""
    doc = tok.doc
    for i in range(tok.i + 1, len(doc)):
        t = doc[i]
        if t.text in (".", "!", "?"):
            return t.text == "?"
        if t.is_sent_end:
            return False
    return False


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_a_direct_question_is_found_as_the_full_scan_finds_it(pipeline: Pipeline, order: str) -> None:
    doc = pipeline.nlp(QUESTIONS)
    tokens = list(doc) if order == "forward" else list(reversed(doc))  # (the memo filled either way)
    found = {t.i: unasserted._direct_question(t) for t in tokens}
    assert found == {t.i: _asks(t) for t in doc}
    assert found[[t.i for t in doc if t.text == "expel"][0]]
    assert not found[[t.i for t in doc if t.text == "shelled"][0]]
    assert found[[t.i for t in doc if t.text == "recall"][0]]


def test_a_clause_of_an_undated_sentence_has_no_date_of_its_own(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _coded(pipeline, QUESTIONS)
    dates: DocDates = doc._.ne_dates
    dated = {t.i for e in dates.ents for t in doccache.sent_tokens(e.sent)}
    asked: list[int] = []
    shift = DocDates._shift

    def counted(self: DocDates, tok: Token):  # type: ignore[no-untyped-def]
        asked.append(tok.i)
        return shift(self, tok)

    monkeypatch.setattr(DocDates, "_shift", counted)
    undated = [t for t in doc if t.i not in dated]
    assert undated
    assert all(dates._own(t, [], set()) == ([], OWN_CLAUSE) for t in undated)
    assert asked == []  # (nothing was looked for: no offset, no conjunct's date)


def test_a_conjunct_still_shares_the_date_of_its_dated_sentence(pipeline: Pipeline) -> None:
    doc = _coded(pipeline, QUESTIONS)
    dates: DocDates = doc._.ne_dates
    shelled, stormed = ([t for t in doc if t.text == word][0] for word in ("shelled", "stormed"))
    sent = doccache.sent(shelled)
    ents = [e for e in dates.ents if sent.start <= e.start < sent.end]
    assert ents
    whens, _ = dates._own(shelled, ents, {shelled.i, stormed.i})
    assert [w.date for w in whens] == ["2024-03-03"]  # (the Sunday before the report)


def test_a_codes_row_is_the_row_of_its_longest_prefix() -> None:
    table = semantics.load_semantics()
    for code in [*table, "0431", "1831", "190", "01"]:
        row = next(table[code[:cut]] for cut in range(min(len(code), 4), 1, -1) if code[:cut] in table)
        assert semantics.lookup(code) is row
        assert semantics.lookup(code) is row  # (asked again: from the memo)
    for _ in range(2):
        with pytest.raises(KeyError):
            semantics.lookup("99")


def test_mentions_are_the_same_with_the_words_strings_read_before(pipeline: Pipeline) -> None:
    doc = _coded(pipeline, "Peru and Chile signed a fisheries accord in Lima.")
    finder = doc._.ne_actors.resolver._finder
    first = finder.find(doc)
    finder._strings = (None, {})  # (no word's strings known: every word read from its Token)
    assert finder.find(doc) == first
    assert {m.iso3 for m in first if m.kind == "country"} >= {"PER", "CHL"}
