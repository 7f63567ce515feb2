"""Command-line options generated from the store's filter declarations (``store.filters.FILTERS``).

``with_filters(FILTERS)`` gives a Typer command one ``--NAME`` option per declared filter (same name,
help and bounds as the Python API's keyword and the HTTP API's query parameter) and hands the command the
set ones as a ``filters`` dict, ready for ``Store.events(**filters)``; a filter added to the declaration
appears in every command that takes filters, with nothing to repeat here.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer

from newsevents.filters import Filter

Command = TypeVar("Command", bound=Callable[..., Any])

PANEL = "Filters"


def option_of(spec: Filter) -> tuple[Any, Any]:
    """(annotation, default) of the Typer option for ``spec``."""
    name = f"--{spec.name}"
    if spec.kind == "flag":
        return Annotated[bool, typer.Option(name, help=spec.help, rich_help_panel=PANEL)], False
    if spec.kind == "integer":
        option = typer.Option(name, help=spec.help, min=spec.minimum, max=spec.maximum, rich_help_panel=PANEL)
        return Annotated[int | None, option], None
    if spec.kind == "pair":
        help = f"{spec.help} Give it as USA,PRK or twice: --{spec.name} USA --{spec.name} PRK."
        return Annotated[list[str] | None, typer.Option(name, help=help, rich_help_panel=PANEL)], None
    return Annotated[str | None, typer.Option(name, help=spec.help, rich_help_panel=PANEL)], None


def with_filters(filters: tuple[Filter, ...]) -> Callable[[Command], Command]:
    """A decorator: the command gets one option per filter in ``filters`` and receives the ones given
    (not ``None``, not ``False``) as its keyword argument ``filters``."""

    def decorate(command: Command) -> Command:
        signature = inspect.signature(command)
        hints = typing.get_type_hints(command, include_extras=True)  # the command's own, evaluated
        kept = [
            p.replace(annotation=hints.get(p.name, p.annotation))
            for p in signature.parameters.values()
            if p.name != "filters"
        ]
        added = []
        annotations = {k: v for k, v in hints.items() if k != "filters"}
        for spec in filters:
            annotation, default = option_of(spec)
            added.append(
                inspect.Parameter(
                    spec.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
                )
            )
            annotations[spec.name] = annotation

        @functools.wraps(command)
        def wrapper(**kwargs: Any) -> Any:
            given = {s.name: kwargs.pop(s.name) for s in filters}
            return command(
                **kwargs, filters={k: v for k, v in given.items() if v is not None and v is not False}
            )

        params = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in kept] + added
        wrapper.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
        wrapper.__annotations__ = annotations
        return wrapper  # type: ignore[return-value]

    return decorate


__all__ = ["PANEL", "option_of", "with_filters"]
