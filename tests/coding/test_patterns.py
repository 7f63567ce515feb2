"""The event pattern dictionary (issue 3, item 2): packaged data, loader checks, user extra files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest
from converter_helpers import load_converter

from newsevents.coding.codebook import load_codebook
from newsevents.coding.patterns import Pattern, PatternSet, load_patterns
from newsevents.errors import DataFileError

DATA = Path(__file__).resolve().parents[2] / "src" / "newsevents" / "coding" / "data"
VERBS_HEADER = "id\tcode\tlemma\tpos\tobject\tprep\tsubject\tnote"


@pytest.fixture(scope="module")
def patterns() -> PatternSet:
    return load_patterns()


def best(
    ps: PatternSet,
    lemma: str,
    pos: str,
    obj: Iterable[str] = (),
    prep: str | None = None,
    prep_words: Iterable[str] = (),
) -> Pattern | None:
    """The first (most specific) pattern whose constraints a simple clause satisfies.

    A stand-in for the coder: an object word matches when the clause's object holds it or a member
    of its synset; a prepositional phrase must have the pattern's preposition and words.
    """
    obj_set, prep_set = set(obj), set(prep_words)

    def holds(words: tuple[str, ...], present: set[str]) -> bool:
        return all(ps.expand(w) & present for w in words)

    for pattern in ps.by_lemma(lemma, pos):
        if pattern.subject or not holds(pattern.object, obj_set):
            continue
        if pattern.prep is not None and (pattern.prep != prep or not holds(pattern.prep_words, prep_set)):
            continue
        return pattern
    return None


def test_every_code_is_in_the_codebook(patterns: PatternSet) -> None:
    codes = set(load_codebook()) | {"---"}
    assert {p.code for p in patterns} <= codes
    for line in (DATA / "intent.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        code, twin, _ = line.split("\t")
        assert code in codes and twin in codes, line


@pytest.mark.parametrize(("name", "prefix"), [("verbs.converted.tsv", "ph."), ("verbs.curated.tsv", "ne.")])
def test_ids_are_unique_and_prefixed(name: str, prefix: str) -> None:
    # the prefix tells a row's file: converted rows are ph., hand-written ones ne.
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert lines[0] == VERBS_HEADER
    ids = [line.split("\t", 1)[0] for line in lines[1:] if not line.startswith("#")]  # (a block's comment)
    assert len(ids) == len(set(ids))
    assert all(i.startswith(prefix) for i in ids)


def test_curated_rows_replace_converted_rows_with_their_constraints(patterns: PatternSet) -> None:
    # Phoenix codes "meet for talks" as an intention (036); the curated ne.meet.4 says a meeting took place
    ids = {p.id for p in patterns.by_lemma("meet", "verb")}
    assert "ne.meet.4" in ids and "ph.meet.5" not in ids
    found = best(patterns, "meet", "verb", (), "for", ("talk",))
    assert found is not None and (found.id, found.code) == ("ne.meet.4", "040")


@pytest.mark.parametrize("pos", ["verb", "noun"])
@pytest.mark.parametrize("root", [f"{n:02d}" for n in range(1, 21)])
def test_every_root_has_patterns(patterns: PatternSet, root: str, pos: str) -> None:
    assert any(p.code.startswith(root) and p.pos == pos for p in patterns)


@pytest.mark.parametrize(
    ("lemma", "pos", "obj", "prep", "prep_words", "expected"),
    [
        ("visit", "verb", (), None, (), "042"),
        ("impose", "verb", ("sanction",), "on", (), "163"),
        ("slap", "verb", ("sanction",), None, (), "163"),
        ("sign", "verb", ("agreement",), None, (), "057"),
        ("sign", "verb", ("truce",), None, (), "0871"),
        ("arrest", "verb", (), None, (), "173"),
        ("detain", "verb", (), None, (), "173"),
        ("host", "verb", (), None, (), "043"),
        ("mediate", "verb", (), None, (), "045"),
        ("negotiate", "verb", (), None, (), "046"),
        ("veto", "verb", (), None, (), "129"),
        ("lift", "verb", ("sanction",), None, (), "085"),
        ("lodge", "verb", ("protest",), None, (), "114"),
        ("launch", "verb", ("airstrike",), None, (), "195"),
        ("launch", "verb", ("offensive",), None, (), "190"),
        ("release", "verb", ("prisoner",), None, (), "0841"),
        ("release", "verb", ("statement",), None, (), "010"),
        ("accuse", "verb", (), "of", ("espionage",), "1125"),
        ("invasion", "noun", (), "of", (), "192"),
        ("strike", "noun", ("air",), None, (), "195"),
        ("sanction", "noun", (), "on", (), "163"),
        ("dissatisfaction", "noun", (), "with", (), "110"),
        ("talk", "noun", (), None, (), "046"),
    ],
)
def test_specific_constructions(
    patterns: PatternSet,
    lemma: str,
    pos: str,
    obj: tuple[str, ...],
    prep: str | None,
    prep_words: tuple[str, ...],
    expected: str,
) -> None:
    found = best(patterns, lemma, pos, obj, prep, prep_words)
    assert found is not None and found.code == expected, found


def test_hold_talks_is_a_consultation(patterns: PatternSet) -> None:
    found = best(patterns, "hold", "verb", ("talk",), "with")
    assert found is not None and found.code.startswith("04")


def test_a_bare_noun_strike_is_not_an_event(patterns: PatternSet) -> None:
    # labour strike or air strike: only a modifier says which
    assert best(patterns, "strike", "noun") is None


def test_phrasal_verbs(patterns: PatternSet) -> None:
    assert "crack down" in patterns.lemmas("verb")
    found = best(patterns, "crack down", "verb")
    assert found is not None and found.code == "175"


@pytest.mark.parametrize(
    ("code", "twin"),
    [("085", "0354"), ("042", "036"), ("046", "036"), ("0871", "0356"), ("163", "1312"), ("195", "1384")],
)
def test_intent_twins(patterns: PatternSet, code: str, twin: str) -> None:
    assert patterns.intent_code(code) == twin


def test_intent_of_the_ease_sanctions_code(patterns: PatternSet) -> None:
    lifted = best(patterns, "lift", "verb", ("sanction",))
    assert lifted is not None and patterns.intent_code(lifted.code) == "0354"


def test_no_intent_for_statements(patterns: PatternSet) -> None:
    assert patterns.intent_code("010") is None
    assert patterns.intent_code("036") is None


def test_patterns_are_sorted_most_specific_first(patterns: PatternSet) -> None:
    for lemma in ("hold", "sign", "impose", "launch"):
        found = patterns.by_lemma(lemma, "verb")
        assert len(found) > 1
        assert [p.specificity for p in found] == sorted((p.specificity for p in found), reverse=True)


def test_specificity_counts_constraints() -> None:
    bare = Pattern("ne.x.1", "042", "x", "verb", (), None, (), (), "")
    prep = Pattern("ne.x.2", "042", "x", "verb", (), "on", (), (), "")
    full = Pattern("ne.x.3", "042", "x", "verb", ("a",), "on", ("b",), (), "")
    assert bare.specificity < prep.specificity < full.specificity


def test_synsets(patterns: PatternSet) -> None:
    assert "truce" in patterns.synset("CEASEFIRE")
    assert patterns.synset("&CEASEFIRE") == patterns.expand("&CEASEFIRE")
    assert "armed force" in patterns.synset("MILITARY")  # a multiword phrase stays one string
    assert patterns.expand("visit") == frozenset({"visit"})
    with pytest.raises(KeyError, match="NOSUCH"):
        patterns.synset("NOSUCH")


def test_lemmas_are_lowercase_spacy_lemmas(patterns: PatternSet) -> None:
    words = {w for p in patterns for w in p.object + p.prep_words if not w.startswith("&")}
    assert {"sanction", "talk", "force"} <= words
    assert not {"sanctions", "talks", "forces", "the", "a", "an"} & words


def test_the_packaged_set_is_cached() -> None:
    # Load time is measured by tools/convert_phoenix_verbs.py and bench/, not gated by a timed test.
    from newsevents.coding import patterns as module

    module._packaged.cache_clear()
    module._packaged_builder.cache_clear()
    first = load_patterns()
    assert load_patterns() is first
    assert len(first) > 5_000


# ------------------------------------------------------------------------------------- user files


def write(tmp_path: Path, name: str, *rows: str, header: str = VERBS_HEADER) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("rows", "line", "message"),
    [
        (["ne.t.1\t999\ttest\tverb\t\t\t\tx"], 2, "'999' is not in the CAMEO codebook"),
        (["ne.t.1\t042\ttest\tadverb\t\t\t\tx"], 2, "pos 'adverb'"),
        (["ne.t.1\t042\ttest\tverb\t\t\t\tx", "ne.t.1\t043\ttest\tverb\tx\t\t\tx"], 3, "duplicate id"),
        (["ne.t.1\t042\ttest\tverb\t&NOSUCH\t\t\tx"], 2, "unknown synset &NOSUCH"),
        (["ne.t.1\t042\ttest\tverb\t\t\tx"], 2, "expected 8"),
        (["ne.t.1\t042\tTest\tverb\t\t\t\tx"], 2, "bad lemma"),
        (["ne.t.1\t042\ttest\tverb\tSanctions\t\t\tx"], 2, "object word 'Sanctions'"),
        (["ne.t.1\t042\ttest\tverb\t\ton:\t\tx"], 2, "bad prep"),
        (["bad id\t042\ttest\tverb\t\t\t\tx"], 2, "bad id"),
        (["ne.t.1\t042\ttest\tverb\t\t\t\tx", "ne.t.2\t043\ttest\tverb\t\t\t\ty"], 3, "same trigger"),
    ],
)
def test_malformed_rows_are_rejected_with_file_and_line(
    tmp_path: Path, rows: list[str], line: int, message: str
) -> None:
    path = write(tmp_path, "mine.tsv", *rows)
    with pytest.raises(DataFileError, match=message) as info:
        load_patterns(extra=[path])
    assert f"{path}:{line}" in str(info.value)


def test_unknown_header_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.tsv", "a\tb", header="what\never")
    with pytest.raises(DataFileError, match=":1: unknown header"):
        load_patterns(extra=[path])


def test_bad_intent_rows_are_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "intent.tsv", "085\t042\tnot an intent code", header="code\tintent_code\tnote")
    with pytest.raises(DataFileError, match=f"{path}:2: intent_code 042"):
        load_patterns(extra=[path])


def test_extra_files_add_override_and_shadow(tmp_path: Path, patterns: PatternSet) -> None:
    synsets = write(tmp_path, "syn.tsv", "GADGET\tdrone swarm", header="name\tphrase")
    verbs = write(
        tmp_path,
        "mine.tsv",
        "user.unleash.1\t195\tunleash\tverb\t&GADGET\t\t\tnew trigger",
        "ne.visit.1\t043\tvisit\tverb\t\t\t\tcorrected by id",
        "user.arrest.1\t---\tarrest\tverb\t\t\t\tshadows the packaged bare arrest",
    )
    intent = write(tmp_path, "intent.tsv", "042\t030\tmine", header="code\tintent_code\tnote")
    mine = load_patterns(extra=[synsets, verbs, intent])
    assert mine is not patterns
    unleash = best(mine, "unleash", "verb", ("drone swarm",))
    assert unleash is not None and unleash.code == "195"
    visit = best(mine, "visit", "verb")
    assert visit is not None and (visit.id, visit.code) == ("ne.visit.1", "043")
    arrest = best(mine, "arrest", "verb")
    assert arrest is not None and arrest.code == "---"
    assert mine.intent_code("042") == "030"
    assert len(mine) == len(patterns) + 1  # one added; the corrected and shadowing rows replace others
    # the packaged set is untouched
    assert best(patterns, "visit", "verb").code == "042"  # type: ignore[union-attr]


def test_unreadable_extra_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        load_patterns(extra=[tmp_path / "missing.tsv"])


# ------------------------------------------------------------------------------------- converter


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_converter()


class FakeLemmatizer:
    """Lowercase and strip a plural -s: enough to test the pattern grammar without loading spaCy."""

    def noun(self, phrase: str) -> tuple[str, ...]:
        words = phrase.lower().split()
        return tuple(w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words)

    def verb(self, word: str) -> str:
        return word.lower()


@pytest.fixture(scope="module")
def converter(tool: ModuleType):  # type: ignore[no-untyped-def]
    return tool.Converter({"CEASEFIRE": ["TRUCE"], "MILITARY": ["TROOPS"]}, FakeLemmatizer())


@pytest.mark.parametrize(
    ("text", "particle", "obj", "prep", "prep_words", "subject"),
    [
        ("* {AIR RAID} (AGAINST)", "", ("air", "raid"), "against", (), ()),
        ("* OFF (FOR)", "off", (), "for", (), ()),
        ("* DOWN RIOT", "down", ("riot",), "", (), ()),
        ("* (IN ^) (WITH +)", "", (), "with", (), ()),
        ("* SUMMIT (IN ^) (ON {PEACE TALKS})", "", ("summit",), "on", ("peace", "talk"), ()),
        ("&MILITARY * (TO BORDER)", "", (), "to", ("border",), ("&MILITARY",)),
        ("* TROOP TOWARD +", "", ("troop",), "toward", (), ()),
        ("* &CEASEFIRE", "", ("&CEASEFIRE",), "", (), ()),
        ("* IN", "in", (), "", (), ()),
        ("* (ASIDE RIFT)", "aside", ("rift",), "", (), ()),
    ],
)
def test_converter_pattern_grammar(
    converter, text: str, particle: str, obj: tuple, prep: str, prep_words: tuple, subject: tuple
) -> None:  # type: ignore[no-untyped-def]
    got = converter.parse(text)
    assert (got.particle, got.object, got.prep, got.prep_words, got.subject) == (
        particle,
        obj,
        prep,
        prep_words,
        subject,
    )


@pytest.mark.parametrize("text", ["WILL NOT * (TOWARDS +)", "* &NOSUCH", "* (ALERT STATUS)", "* A * B"])
def test_converter_drops_what_a_parse_cannot_check(tool: ModuleType, converter, text: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(tool.Dropped):
        converter.parse(text)


@pytest.mark.parametrize(
    ("raw", "expected"), [("042", ("042", "")), ("042:043", ("042", "043")), ("---", ("---", ""))]
)
def test_converter_codes(tool: ModuleType, raw: str, expected: tuple[str, str]) -> None:
    assert tool.normalise_code(raw, frozenset(load_codebook())) == expected


@pytest.mark.parametrize("raw", [":173", "999"])
def test_converter_drops_reverse_and_unknown_codes(tool: ModuleType, raw: str) -> None:
    with pytest.raises(tool.Dropped):
        tool.normalise_code(raw, frozenset(load_codebook()))


@pytest.mark.parametrize(
    ("verb", "lemma", "particle", "prep", "obj"),
    [
        ("+SET_UP", "set", "up", "", ()),
        ("+ASK_FOR", "ask", "", "for", ()),
        ("+TAKE_NOTE", "take", "", "", ("note",)),
    ],
)
def test_converter_multiword_verbs(
    tool: ModuleType, converter, verb: str, lemma: str, particle: str, prep: str, obj: tuple
) -> None:  # type: ignore[no-untyped-def]
    got_lemma, got = converter.verb(tool.Verb(verb, None, ""))
    assert (got_lemma, got.particle, got.prep, got.object) == (lemma, particle, prep, obj)
