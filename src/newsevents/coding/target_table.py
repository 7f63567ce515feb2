"""``coding/data/target_roles.toml``: which codes read which fixed roles of their targets and sources
(read by ``roles``, ``targets``, ``topics`` and ``received``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newsevents.coding.resources import packaged_table


@dataclass(frozen=True, slots=True)
class TargetRoles:
    """``coding/data/target_roles.toml``: which codes read which fixed roles."""

    concern_prepositions: frozenset[str]
    concern_codes: tuple[str, ...]
    condition_codes: tuple[str, ...]
    topic_verbs: frozenset[str]
    from_source_roots: tuple[str, ...]
    topic_prepositions: frozenset[str]
    topic_codes: tuple[str, ...]
    receive_verbs: frozenset[str]
    receiver_codes: tuple[str, ...]
    addressee_codes: tuple[str, ...]
    addressee_verbs: frozenset[str]
    movement_words: frozenset[str]
    request_prepositions: frozenset[str]
    request_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def target_roles() -> TargetRoles:
    """The packaged table (read once per process)."""
    return packaged_table(
        "coding/data/target_roles.toml",
        lambda table: TargetRoles(
            concern_prepositions=frozenset(table["concern_prepositions"]),
            concern_codes=tuple(table["concern_codes"]),
            condition_codes=tuple(table["condition_codes"]),
            topic_verbs=frozenset(table["topic_verbs"]),
            from_source_roots=tuple(table["from_source_roots"]),
            topic_prepositions=frozenset(table["topic_prepositions"]),
            topic_codes=tuple(table["topic_codes"]),
            receive_verbs=frozenset(table["receive_verbs"]),
            receiver_codes=tuple(table["receiver_codes"]),
            addressee_codes=tuple(table["addressee_codes"]),
            addressee_verbs=frozenset(table["addressee_verbs"]),
            movement_words=frozenset(table["movement_words"]),
            request_prepositions=frozenset(table["request_prepositions"]),
            request_nouns=frozenset(table["request_nouns"]),
        ),
    )
