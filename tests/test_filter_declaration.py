"""Each filter is declared once (issue 11, point 3): the CLI's options, the Python API's keywords and the
HTTP API's query parameters all come from ``filters.FILTERS`` (and ``quote_filters.QUOTE_FILTERS``)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.cli_options import PANEL, with_filters
from newsevents.errors import ConfigError
from newsevents.filters import FILTER_NAMES, FILTERS, EventFilters, declare, declared, make_filters
from newsevents.quote_filters import QUOTE_FILTERS
from newsevents.store.quotes import make_quote_filters
from newsevents.web import params


def _command(name: str) -> Any:
    group: Any = typer.main.get_command(app)  # typer's own click-like classes
    return group.commands[name]


def _filter_options(name: str) -> dict[str, str]:
    """The options a command shows under the Filters panel: name -> help."""
    command = _command(name)
    return {
        p.name: p.help or ""
        for p in command.params
        if p.param_type_name == "option" and getattr(p, "rich_help_panel", None) == PANEL and p.name
    }


@pytest.mark.parametrize(
    ("command", "declared_filters"), [("events", FILTERS), ("export", FILTERS), ("quotes", QUOTE_FILTERS)]
)
def test_cli_options_are_the_declared_filters(command: str, declared_filters: Any) -> None:
    options = _filter_options(command)
    assert list(options) == [f.name for f in declared_filters]
    for spec in declared_filters:
        assert options[spec.name].startswith(spec.help)


def test_python_api_takes_the_declared_filters() -> None:
    names = {f.name for f in dataclasses.fields(EventFilters)} - {"limit"}
    assert names == set(FILTER_NAMES)
    for spec in FILTERS:  # every declared name is a keyword of Store.events/query_events
        make_filters(**{spec.name: None})
    with pytest.raises(ConfigError, match="unknown event filter"):
        make_filters(colour="red")
    with pytest.raises(ConfigError, match="quotes are not events"):
        make_quote_filters(quad=1)


def test_http_parameters_are_the_declared_filters() -> None:
    assert [(p.name, p.help) for p in params.EVENT_FILTERS] == [(f.name, f.help) for f in FILTERS]
    assert [(p.name, p.help) for p in params.QUOTE_LIST[: len(QUOTE_FILTERS)]] == [
        (f.name, f.help) for f in QUOTE_FILTERS
    ]
    for spec_list in (params.EVENT_LIST, params.EVENT_CSV, params.ACTOR_LIST, params.TIMELINE, params.DYADS):
        assert [p.name for p in spec_list][: len(FILTERS)] == list(FILTER_NAMES)


def test_a_newly_declared_filter_reaches_cli_python_and_http() -> None:
    """The mechanism, not today's list: a filter declared in a new dataclass becomes an option, a
    keyword with its SQL, and a query parameter, with nothing written for it anywhere else."""

    def mood(values: Any, alias: str) -> str | None:
        return f"{alias}.tone < 0" if values.gloomy else None

    @dataclasses.dataclass(frozen=True)
    class Extra:
        gloomy: bool = declare("flag", "Only events of articles with negative tone.", mood)

    specs = declared(Extra)
    assert [(s.name, s.kind, s.clause(Extra(gloomy=True), "x")) for s in specs] == [
        ("gloomy", "flag", "x.tone < 0")
    ]
    assert params.from_filter(specs[0]).openapi()["schema"] == {"type": "boolean"}

    seen: list[dict[str, Any]] = []
    demo = typer.Typer()

    @demo.command()
    @with_filters(specs)
    def show(n: int = 1, *, filters: dict[str, Any]) -> None:
        seen.append({"n": n, **filters})

    result = CliRunner().invoke(demo, ["--n", "2", "--gloomy"])
    assert result.exit_code == 0, result.output
    assert seen == [{"n": 2, "gloomy": True}]
