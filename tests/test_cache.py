"""The compiled-resource cache (issue 11): keys, atomic files, corrupt files rebuilt, the same answers
with and without it, and ``newsevents cache build|info|clear``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsevents import cache
from newsevents.actors import compiled
from newsevents.actors.dictionary import ActorDictionary
from newsevents.actors.mentions import MentionFinder
from newsevents.pipeline import Pipeline
from newsevents.records import Place
from newsevents.where import Gazetteer, load_gazetteer

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(directory))
    return directory


def _builder(payload: bytes, calls: list[int]):  # type: ignore[no-untyped-def]
    def build() -> bytes:
        calls.append(1)
        return payload

    return build


def test_built_once_then_read(cache_dir: Path) -> None:
    calls: list[int] = []
    assert cache.load_or_build("thing", "k1", _builder(b"abc" * 1000, calls)) == b"abc" * 1000
    assert cache.load_or_build("thing", "k1", _builder(b"other", calls)) == b"abc" * 1000
    assert calls == [1]
    assert [f.name for f in cache.files()] == ["thing"]
    assert not list(cache_dir.glob(".*")), "no temporary file is left behind"


def test_two_builders_at_once_leave_one_whole_file(cache_dir: Path) -> None:
    import threading

    both = threading.Barrier(2)
    payload = bytes(range(256)) * 4000

    def build() -> bytes:
        both.wait(timeout=60)  # both have missed the file and build it at the same time
        return payload

    results: list[bytes] = []
    threads = [
        threading.Thread(target=lambda: results.append(cache.load_or_build("thing", "k1", build)))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert results == [payload, payload]
    assert [(f.name, f.valid) for f in cache.files()] == [("thing", True)]
    assert not list(cache_dir.glob(".*")), "no temporary file is left behind"


@pytest.mark.parametrize("damage", ["flip", "flip-payload", "truncate", "empty", "garbage"])
def test_corrupt_or_partial_file_is_rebuilt(cache_dir: Path, damage: str) -> None:
    calls: list[int] = []
    cache.load_or_build("thing", "k1", _builder(b"payload" * 100, calls))
    (path,) = cache_dir.glob("thing-*.bin")
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[-10] ^= 0xFF
    elif damage == "flip-payload":
        data[350] ^= 0x01  # one bit in the middle of the payload: only the checksum sees it
    elif damage == "truncate":
        data = data[:-5]
    elif damage == "empty":
        data = bytearray()
    else:
        data = bytearray(b"not a cache file at all, but long enough to hold a header" * 3)
    path.write_bytes(bytes(data))
    assert [f.valid for f in cache.files()] == [False]
    assert cache.load_or_build("thing", "k1", _builder(b"payload" * 100, calls)) == b"payload" * 100
    assert calls == [1, 1]
    assert [f.valid for f in cache.files()] == [True]


@pytest.mark.parametrize("damage", ["none", "flip-payload", "truncate", "append"])
def test_file_resource_is_a_checked_file_read_in_place(cache_dir: Path, damage: str) -> None:
    calls: list[int] = []
    payload = bytes(range(256)) * 9000  # over two of the chunks a file is checked in
    first = cache.load_or_build_file("thing", "k1", _builder(payload, calls))
    assert isinstance(first, Path) and first.read_bytes()[: len(payload)] == payload
    data = bytearray(first.read_bytes())
    if damage == "flip-payload":
        data[len(payload) // 2] ^= 0x10
    elif damage == "truncate":
        data = data[: len(payload) // 3]
    elif damage == "append":
        data += b"more"
    first.write_bytes(bytes(data))
    again = cache.load_or_build_file("thing", "k1", _builder(payload, calls))
    assert again == first and again.read_bytes()[: len(payload)] == payload
    assert calls == ([1] if damage == "none" else [1, 1])
    assert [f.valid for f in cache.files()] == [True]


def test_file_resource_without_a_writable_directory_is_its_payload(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert cache.load_or_build_file("thing", "k1", lambda: b"xyz") == b"xyz"


def test_gazetteer_file_is_opened_in_place(cache_dir: Path) -> None:
    import sqlite3

    from newsevents import placeindex

    lima = Place(name="Lima", country="PER", admin1=None, lat=-12.0, lon=-77.0, geonames_id=1)
    image = placeindex.dump({"lima": [_Cand(lima, 9, 3)]}, {"PER": lima})
    path = cache.load_or_build_file("places", "k1", lambda: image)
    assert isinstance(path, Path) and path.stat().st_size > len(image)  # the trailer follows the image
    for source in (path, image):
        index = placeindex.PlaceIndex(source, _Cand)
        assert index.get("lima") == (_Cand(lima, 9, 3),) and index.get("cusco") is None
        assert index.countries == {"PER": lima}
        index.close()
    torn = path.with_name("torn.bin")
    torn.write_bytes(image[: len(image) // 2])  # a file SQLite would size by its length, not its header
    with pytest.raises(sqlite3.DatabaseError):
        placeindex.PlaceIndex(torn, _Cand)


@dataclass(frozen=True)
class _Cand:
    place: Place
    population: int
    rank: int


def test_unwritable_directory_builds_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    calls: list[int] = []
    assert cache.load_or_build("thing", "k1", _builder(b"x", calls)) == b"x"
    assert cache.load_or_build("thing", "k1", _builder(b"x", calls)) == b"x"
    assert calls == [1, 1]


def test_key_follows_user_actor_file(tmp_path: Path) -> None:
    user = tmp_path / "mine.jsonl"
    user.write_text('{"id": "x", "kind": "person", "name": "Ona Velt", "country": "FRA"}\n')
    first = cache.resource_key("actor-phrases", files=[user])
    assert cache.resource_key("actor-phrases", files=[user]) == first
    user.write_text('{"id": "x", "kind": "person", "name": "Ona Veltmann", "country": "FRA"}\n')
    assert cache.resource_key("actor-phrases", files=[user]) != first
    assert cache.resource_key("actor-phrases") != first
    assert cache.resource_key("actor-phrases", ["spacy==0"]) != cache.resource_key("actor-phrases")


def test_edited_actor_file_is_compiled_again(cache_dir: Path, tmp_path: Path, pipeline: Pipeline) -> None:
    user = tmp_path / "mine.jsonl"
    doc = pipeline.nlp("Ona Velt and Brannock Tesh met in Lyon.")

    def found() -> list[str]:
        dictionary = ActorDictionary.load(extra=[user])
        finder = MentionFinder(dictionary, None, compiled.phrases(dictionary, [user]))
        return [m.entry.id for m in finder.find(doc) if m.entry is not None and m.entry.id.startswith("t-")]

    user.write_text('{"id": "t-ona", "kind": "person", "name": "Ona Velt", "country": "FRA"}\n')
    assert found() == ["t-ona"]
    user.write_text('{"id": "t-bt", "kind": "person", "name": "Brannock Tesh", "country": "FRA"}\n')
    assert found() == ["t-bt"]
    assert len(list(cache_dir.glob("actor-phrases-*.bin"))) == 2


def test_compiled_gazetteer_answers_as_the_built_one() -> None:
    built, compiled_one = Gazetteer(), load_gazetteer()
    names = ["Paris", "Georgia", "Alaska", "Washington", "the Gaza Strip", "Springfield", "Victoria",
             "Cape Town's", "Panmunjom", "New York", "Palma", "San Jose", "Zzyzx Nowhere", ""]
    for name in names:
        for countries in ((), ("USA",), ("MOZ", "CRI")):
            assert compiled_one.lookup(name, countries) == built.lookup(name, countries), name
            assert compiled_one.lookup_near(name, countries) == built.lookup_near(name, countries), name
    for iso3 in ("FRA", "PRK", "USA", "XKX"):
        assert compiled_one.country(iso3) == built.country(iso3)


def test_gazetteer_pickles_as_a_reference() -> None:
    import pickle

    assert pickle.loads(pickle.dumps(load_gazetteer())) is load_gazetteer()


def _analyze(text_file: Path, cache_path: Path) -> str:
    env = {**os.environ, cache.CACHE_ENV: str(cache_path), "PYTHONPATH": str(SRC)}
    code = "import sys; from newsevents.cli import main; sys.exit(main())"
    run = subprocess.run(
        [sys.executable, "-c", code, "analyze", str(text_file), "--format", "jsonl"],
        env=env, capture_output=True, text=True, check=True, timeout=900,
    )
    return run.stdout


def test_same_events_cold_warm_and_in_process(tmp_path: Path, pipeline: Pipeline) -> None:
    text = (
        "BRUSSELS - Belgian police arrested two protesters outside the parliament in Brussels on Monday. "
        "The foreign minister of Chile met President Emmanuel Macron in Paris and promised aid to Haiti. "
        "Rebels shelled the town of Goma on Friday, the army of Congo said."
    )
    article = tmp_path / "one.txt"
    article.write_text(text)
    cold = _analyze(article, tmp_path / "fresh")
    warm = _analyze(article, tmp_path / "fresh")
    assert cold == warm
    events = [json.loads(line) for line in cold.splitlines()]
    assert events, "the invented article gives events"
    from newsevents import read

    (result,) = list(pipeline.analyze(read([article])))
    assert [e.to_dict() for e in result.events] == events


def test_cli_cache_info_build_clear(cli, cache_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert "cache directory" in cli("cache", "info").output
    cache.load_or_build("thing", "k1", lambda: b"abc")
    info = cli("cache", "info")
    assert info.exit_code == 0 and "thing" in info.output and "ok" in info.output
    (path,) = cache_dir.glob("thing-*.bin")
    path.write_bytes(path.read_bytes()[:-1])
    assert "CORRUPT" in cli("cache", "info").output
    cleared = cli("cache", "clear")
    assert cleared.exit_code == 0 and "removed 1" in cleared.output
    assert cache.files() == []


def test_cli_cache_build_with_a_bad_actor_file_fails_clearly(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    result = cli("cache", "build", "--actors", str(bad))
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.output


def test_cached_patterns_are_the_read_ones(cache_dir: Path) -> None:
    from newsevents.coding.compiled import packaged_patterns
    from newsevents.coding.patterns import load_patterns

    packaged_patterns.cache_clear()
    try:
        packaged_patterns()  # built into this test's empty cache directory
        packaged_patterns.cache_clear()
        cached = packaged_patterns()  # read back from the file
    finally:
        packaged_patterns.cache_clear()
    assert [f.name for f in cache.files()] == ["patterns"]
    read = load_patterns()
    assert list(cached) == list(read) and len(cached) == len(read)
    for pos in ("verb", "noun"):
        assert cached.lemmas(pos) == read.lemmas(pos)
        assert all(cached.by_lemma(lemma, pos) == read.by_lemma(lemma, pos) for lemma in read.lemmas(pos))
    assert all(cached.synset(name) == phrases for name, phrases in read._synsets.items())
    assert all(cached.intent_code(code) == read.intent_code(code) for code in read._intent)


def test_cached_tone_lexicon_is_vaders(cache_dir: Path) -> None:
    from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

    from newsevents.tone import _lexicon, score

    _lexicon.cache_clear()
    try:
        _lexicon()  # built into this test's empty cache directory
        _lexicon.cache_clear()
        lexicon, negations = _lexicon()  # read back from the file
    finally:
        _lexicon.cache_clear()
    assert [f.name for f in cache.files()] == ["tone-lexicon"]
    vader = {word.casefold(): float(value) for word, value in SentimentIntensityAnalyzer().lexicon.items()}
    assert list(lexicon.items()) == list(vader.items())
    assert negations == frozenset(w.casefold() for w in NEGATE) | {"n't"}
    assert score("The talks were not a failure, the envoys said happily.").words == 10
