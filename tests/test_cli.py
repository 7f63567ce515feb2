"""The `newsevents` command: analyze, extract and evaluate, their formats, bad input and exit codes.

Most calls run in-process over the session's pipeline (``cli`` in conftest.py); one runs the installed
script as a subprocess, end to end, for standard input, stderr and the exit status of a real process.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from newsevents.cli import CSV_COLUMNS
from newsevents.evaluate import evaluate as score

MEETING = "US President Donald Trump met North Korea's leader Kim Jong Un in Panmunjom on Sunday.\n"
VISIT = "Chinese President Xi Jinping visited Pyongyang on Thursday.\n"
PUBLISHED = "2019-07-02"
CliCall = Callable[..., Result]  # the `cli` fixture of conftest.py


def _jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _find(events: list[dict[str, Any]], **want: Any) -> list[dict[str, Any]]:
    """Events whose dotted fields ("source.name") equal ``want``."""
    def get(e: dict[str, Any], dotted: str) -> Any:
        for key in dotted.split("__"):
            e = e.get(key) if isinstance(e, dict) else None  # type: ignore[assignment]
        return e
    return [e for e in events if all(get(e, k) == v for k, v in want.items())]


# --- analyze on the seed (issue 2, item 6) ---------------------------------------------------------------

def test_seed_meeting_at_panmunjom(seed_events: list[dict[str, Any]]) -> None:
    found = _find(seed_events, root="04", source__country="USA", target__country="PRK", date="2019-06-30",
                  date_precision="day", source__role="GOV")
    assert found, "no 04 USA->PRK event dated 2019-06-30 with source role GOV"
    assert all(e["source"]["name"] == "Donald Trump" for e in found)


@pytest.mark.parametrize(("name", "date"), [
    ("Bill Clinton", "2009-08"), ("Jimmy Carter", "1994-06"), ("Jimmy Carter", "2010-08"),
])
def test_seed_visits_of_former_presidents(seed_events: list[dict[str, Any]], name: str, date: str) -> None:
    found = _find(seed_events, root="04", source__name=name, date=date)
    assert len(found) == 1, f"expected one 04 event of {name} dated {date}, got {len(found)}"
    (event,) = found
    assert (event["source"]["country"], event["source"]["role"]) == ("USA", "ELI")
    assert event["source"]["code"] == "USAELI"
    assert event["date_precision"] == "month"
    assert event["target"]["country"] == "PRK"


def test_seed_item_6_scores_against_the_gold(seed_events: list[dict[str, Any]], shared: Path) -> None:
    gold = _jsonl((shared / "corpus/seed/panmunjom-2019.gold.jsonl").read_text(encoding="utf-8"))
    visits = [g for g in gold if g["roots"] == ["04"] and g["required"]]
    assert len(visits) == 5
    result = score(visits, seed_events)
    assert result.strict.recall == 1.0, result.misses


def test_seed_dates_never_come_from_the_clock(seed_events: list[dict[str, Any]]) -> None:
    # The seed carries no publication date: only dates with a year in the text may appear (2020 at most).
    assert all(e["date"] is None or e["date"][:4] <= "2020" for e in seed_events)


def test_evidence_offsets_point_into_the_article_text(cli: CliCall, seed_path: Path,
                                                      seed_events: list[dict[str, Any]]) -> None:
    (article,) = _jsonl(cli("extract", str(seed_path)).stdout)
    for e in seed_events:
        ev = e["evidence"]
        assert article["text"][ev["start"]:ev["end"]] == ev["sentence"]
        assert ev["trigger"] in ev["sentence"]


# --- formats ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def two_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("two")
    (folder / "meeting.txt").write_text(MEETING, encoding="utf-8")
    (folder / "visit.txt").write_text(VISIT, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def two_jsonl(cli: CliCall, two_articles: Path) -> list[dict[str, Any]]:
    result = cli("analyze", str(two_articles), "--published", PUBLISHED, "--format", "jsonl")
    assert result.exit_code == 0 and result.stderr == ""
    events = _jsonl(result.stdout)
    assert {e["article_id"] for e in events} == {"meeting", "visit"}
    return events


def test_directory_ids_and_published(two_jsonl: list[dict[str, Any]]) -> None:
    assert _find(two_jsonl, article_id="meeting", root="04", date="2019-06-30")
    assert _find(two_jsonl, article_id="visit", root="04", date="2019-06-27", source__country="CHN")


def test_json_format_is_the_same_events(cli: CliCall, two_articles: Path,
                                        two_jsonl: list[dict[str, Any]]) -> None:
    result = cli("analyze", str(two_articles), "--published", PUBLISHED, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == two_jsonl


def test_csv_format(cli: CliCall, two_articles: Path, two_jsonl: list[dict[str, Any]]) -> None:
    result = cli("analyze", str(two_articles), "--published", PUBLISHED, "-f", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in two_jsonl]
    assert [r["source_code"] for r in rows] == [e["source"]["code"] for e in two_jsonl]
    assert [r["date"] for r in rows] == [e["date"] or "" for e in two_jsonl]
    assert [r["steps"] for r in rows] == [" ".join(e["evidence"]["steps"]) for e in two_jsonl]


def test_table_format(cli: CliCall, two_articles: Path, two_jsonl: list[dict[str, Any]]) -> None:
    result = cli("analyze", str(two_articles), "--published", PUBLISHED)  # table is the default
    assert result.exit_code == 0
    assert f"{len(two_jsonl)} events" in result.stdout
    for code in ("USAGOV", "CHNGOV", "2019-06-30", "meeting", "visit"):
        assert code in result.stdout


def test_stdin(cli: CliCall) -> None:
    result = cli("analyze", "-", "--published", PUBLISHED, "--format", "jsonl", input=MEETING)
    assert result.exit_code == 0
    events = _jsonl(result.stdout)
    assert events and {e["article_id"] for e in events} == {"stdin"}
    assert _find(events, root="04", date="2019-06-30", source__country="USA", target__country="PRK")


def test_without_published_relative_dates_stay_empty(cli: CliCall) -> None:
    result = cli("analyze", "-", "--format", "jsonl", input=MEETING)
    assert result.exit_code == 0
    events = _jsonl(result.stdout)
    assert events and all(e["date"] is None for e in events)


def test_jsonl_input_uses_its_ids_and_dates(cli: CliCall, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "kim-trump", "text": MEETING, "published": "2019-07-01"}) + "\n"
                    + json.dumps({"id": "xi", "text": VISIT, "published": "2019-06-21"}) + "\n",
                    encoding="utf-8")
    events = _jsonl(cli("analyze", str(path), "--published", "2000-01-01", "-f", "jsonl").stdout)
    assert _find(events, article_id="kim-trump", date="2019-06-30")
    assert _find(events, article_id="xi", date="2019-06-20")


# --- bad input (issue 2, item 7) -------------------------------------------------------------------------

def _unreadable(folder: Path) -> Path:
    """A file the current user cannot read. chmod 000 does not stop root, so as root use a symlink loop,
    which no user can open."""
    path = folder / "unreadable.txt"
    if os.geteuid() == 0:
        path.symlink_to(path.name)
    else:
        path.write_text(MEETING, encoding="utf-8")
        path.chmod(0)
    return path


BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (lambda d: d / "missing.txt", "missing"),
    "unreadable": (_unreadable, "unreadable"),
    "binary": (lambda d: _bytes(d / "binary.txt", b"\x00\x01\x02PK\x03\x04\x00\xff\xfe\x00" * 20), "binary"),
    "empty": (lambda d: _bytes(d / "empty.txt", b""), "empty"),
    "latin1": (lambda d: _bytes(d / "latin1.txt", "Café talks in Genève.\n".encode("latin-1")), "encoding"),
}


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind", list(BAD_INPUTS))
def test_bad_input_is_reported_and_the_rest_processed(cli: CliCall, tmp_path: Path, kind: str) -> None:
    make, reason = BAD_INPUTS[kind]
    bad = make(tmp_path)
    good = _bytes(tmp_path / "good.txt", MEETING.encode())
    result = cli("analyze", str(bad), str(good), "--published", PUBLISHED, "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr  # the rejection, then the run's summary
    assert str(bad) in lines[0] and reason in lines[0]
    assert lines[1].startswith("newsevents: read 2, coded 1, rejected 1 (") and reason in lines[1]
    assert {e["article_id"] for e in _jsonl(result.stdout)} == {"good"}


def test_nothing_processed_exits_1(cli: CliCall, tmp_path: Path) -> None:
    bad = [str(make(tmp_path)) for make, _ in BAD_INPUTS.values()]
    result = cli("analyze", *bad, "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stdout == ""
    *lines, last = result.stderr.splitlines()
    assert len(lines) == len(bad)
    for path, line in zip(bad, lines, strict=True):
        assert path in line
    assert last.startswith(f"newsevents: read {len(bad)}, coded 0, rejected {len(bad)} (")


def test_extract_nothing_processed_exits_1(cli: CliCall, tmp_path: Path) -> None:
    result = cli("extract", str(tmp_path / "missing.txt"), str(_bytes(tmp_path / "e.txt", b"")))
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 3  # two rejections and the summary


def test_real_process_stdin_bad_files_and_exit_status(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("newsevents")
    assert script.is_file(), f"the newsevents script is not installed next to {sys.executable}"
    bad = {reason: make(tmp_path) for make, reason in BAD_INPUTS.values()}
    good = _bytes(tmp_path / "good.txt", MEETING.encode())
    args = [str(script), "analyze", *map(str, bad.values()), str(good), "-", "--published", PUBLISHED,
            "--format", "jsonl"]
    proc = subprocess.run(args, input=VISIT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    *lines, last = proc.stderr.splitlines()
    # One line per bad input and the summary, nothing else (no progress bar: stderr is not a terminal).
    assert len(lines) == len(bad), proc.stderr
    assert last.startswith("newsevents: read ") and f"rejected {len(bad)} (" in last
    for reason, path in bad.items():
        (line,) = [x for x in lines if str(path) in x]
        assert reason in line
    events = _jsonl(proc.stdout)
    assert {e["article_id"] for e in events} == {"good", "stdin"}
    assert _find(events, article_id="stdin", source__country="CHN", target__country="PRK", date="2019-06-27")


# --- usage errors exit 2 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["analyze"],
    ["analyze", "x.txt", "--published", "yesterday"],
    ["analyze", "x.txt", "--published", "2019-13-45"],
    ["analyze", "x.txt", "--frobnicate"],
    ["analyze", "x.txt", "--format", "xml"],
    ["analyze", "x.txt", "--model", "en_core_web_nonexistent_xyz"],
    ["extract"],
    ["extract", "x.txt", "--published", "someday"],
    ["evaluate", "gold.jsonl"],
    ["evaluate", "gold.jsonl", "pred.jsonl", "--format", "xml"],
    ["frobnicate"],
], ids=lambda a: " ".join(a))
def test_usage_errors_exit_2(cli: CliCall, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            args: list[str]) -> None:
    # The named files exist, so that only the usage can be at fault.
    (tmp_path / "x.txt").write_text(MEETING, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli(*args)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stderr.strip(), "a usage error must say what is wrong on stderr"
    assert result.stdout == ""


@pytest.mark.parametrize(("value", "option"), [("yesterday", "--published"), ("2019-13-45", "--published")])
def test_bad_published_names_the_option(cli: CliCall, seed_path: Path, value: str, option: str) -> None:
    result = cli("analyze", str(seed_path), "--published", value)
    assert result.exit_code == 2 and option in result.stderr and value in result.stderr


def test_bad_model_names_the_model(cli: CliCall, seed_path: Path) -> None:
    result = cli("analyze", str(seed_path), "--model", "en_core_web_nonexistent_xyz")
    assert result.exit_code == 2 and "en_core_web_nonexistent_xyz" in result.stderr


# --- extract ---------------------------------------------------------------------------------------------

def test_extract_seed_matches_expected(cli: CliCall, seed_path: Path, shared: Path) -> None:
    expected = json.loads((shared / "corpus/seed/panmunjom-2019.expected.json").read_text(encoding="utf-8"))
    result = cli("extract", str(seed_path))
    assert result.exit_code == 0 and result.stderr == ""
    (article,) = _jsonl(result.stdout)
    assert {"id", "url", "title", "published", "source", "language", "authors", "translator",
            "photo_credits", "captions", "text"} <= set(article)
    assert article["id"] == expected["article_id"]
    assert article["published"] == expected["published"]
    assert article["translator"] == expected["translator"]
    assert article["captions"] == [expected["photo"]["caption"]]
    assert article["photo_credits"] == [expected["photo"]["credit"]]
    assert article["language"] == "en"
    text = article["text"]
    assert text.startswith(expected["body_starts_with"])
    assert text.rstrip().endswith(expected["body_ends_with"])
    for boilerplate in expected["boilerplate_removed"]:
        assert boilerplate not in text
    assert expected["photo"]["caption"] not in text


def test_extract_json_format(cli: CliCall, seed_path: Path) -> None:
    as_json = json.loads(cli("extract", str(seed_path), "--format", "json").stdout)
    as_jsonl = _jsonl(cli("extract", str(seed_path)).stdout)
    assert as_json == as_jsonl and len(as_json) == 1


# --- evaluate --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_pred(tmp_path_factory: pytest.TempPathFactory, seed_events: list[dict[str, Any]]) -> Path:
    path = tmp_path_factory.mktemp("pred") / "seed.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in seed_events), encoding="utf-8")
    return path


def test_evaluate_text(cli: CliCall, shared: Path, seed_pred: Path) -> None:
    gold = shared / "corpus/seed/panmunjom-2019.gold.jsonl"
    result = cli("evaluate", str(gold), str(seed_pred))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    for mode in ("strict", "date-blind"):
        (line,) = [x for x in lines if x.startswith(mode + " ")]
        for part in ("P=", "R=", "F1="):
            assert part in line
    assert "per root" in result.stdout
    assert "missed required gold events" in result.stdout


def test_evaluate_json(cli: CliCall, shared: Path, seed_pred: Path,
                       seed_events: list[dict[str, Any]]) -> None:
    gold_path = shared / "corpus/seed/panmunjom-2019.gold.jsonl"
    result = cli("evaluate", str(gold_path), str(seed_pred), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    expected = score(_jsonl(gold_path.read_text(encoding="utf-8")), seed_events).to_json()
    assert data == expected
    assert 0 <= data["strict"]["f1"] <= data["date_blind"]["f1"] <= 1
    assert data["strict"]["predictions"] == len(seed_events)


def test_evaluate_no_misses(cli: CliCall, shared: Path, seed_pred: Path) -> None:
    result = cli("evaluate", str(shared / "corpus/seed/panmunjom-2019.gold.jsonl"), str(seed_pred),
                 "--no-misses")
    assert result.exit_code == 0 and "missed required" not in result.stdout


def test_evaluate_unreadable_gold(cli: CliCall, tmp_path: Path, seed_pred: Path) -> None:
    result = cli("evaluate", str(tmp_path / "nope.jsonl"), str(seed_pred))
    assert result.exit_code == 2 and "nope.jsonl" in result.stderr


# --- help ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("command", "options"), [
    ("analyze", ["--format", "--published", "--model", "table", "jsonl", "csv"]),
    ("extract", ["--format", "--published"]),
    ("evaluate", ["--format", "--misses"]),
])
def test_help_mentions_the_options(cli: CliCall, command: str, options: list[str]) -> None:
    result = cli(command, "--help")
    assert result.exit_code == 0
    for option in options:
        assert option in result.stdout, option


def test_top_level_help_lists_the_commands(cli: CliCall) -> None:
    result = cli("--help")
    assert result.exit_code == 0
    for command in ("analyze", "extract", "evaluate"):
        assert command in result.stdout


def test_version(cli: CliCall) -> None:
    from importlib.metadata import version

    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"newsevents {version('newsevents')}"
