"""The word lists the actor resolver reads phrases with, from ``actors/data/words.tsv``.

The file has a header ``list  word`` and one word a row, tab-separated; ``#`` lines are comments. Each list
is a field of ``Words`` (``np-deps`` -> ``Words.np_deps``); every list must be present and none may hold
a word twice or a capital letter (words are compared with lower-cased text and lemmas). A bad row raises
``DataFileError`` naming the file and line.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path

from newsevents.errors import DataFileError

__all__ = ["Words", "load_words", "packaged_words"]

_HEADER = "list\tword"


@dataclass(frozen=True, slots=True)
class Words:
    """The resolver's word lists; see the comment above each list in ``words.tsv`` for its use."""

    np_deps: frozenset[str]
    np_preps: frozenset[str]
    former: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    place_adverbs: frozenset[str]
    pair_people: frozenset[str]
    pair_groups: frozenset[str]
    pair_sides: frozenset[str]
    not_agents: frozenset[str]
    country_nouns: frozenset[str]
    collectives: frozenset[str]
    office_nouns: frozenset[str]
    group_nouns: frozenset[str]
    any_group_nouns: frozenset[str]
    bloc_adjectives: frozenset[str]
    bloc_regions: frozenset[str]
    bloc_nouns: frozenset[str]
    bloc_state_nouns: frozenset[str]
    role_antecedent_nouns: frozenset[str]
    ruling_body_nouns: frozenset[str]
    home_body_nouns: frozenset[str]
    story_body_nouns: frozenset[str]
    org_referent_nouns: frozenset[str]
    name_referent_nouns: frozenset[str]
    currency_nouns: frozenset[str]
    premier_family: frozenset[str]
    monarch_family: frozenset[str]
    envoy_family: frozenset[str]
    commander_family: frozenset[str]
    leader_nouns: frozenset[str]
    leader_titles: frozenset[str]
    air_agents: frozenset[str]
    attack_agents: frozenset[str]
    group_referents: frozenset[str]
    speech_verbs: frozenset[str]
    mission_nouns: frozenset[str]
    led_bodies: frozenset[str]
    speaker_nouns: frozenset[str]
    body_heads: frozenset[str]
    member_bodies: frozenset[str]
    stateless_nouns: frozenset[str]
    specialist_nouns: frozenset[str]
    specialist_groups: frozenset[str]
    resident_specialists: frozenset[str]
    owned_bodies: frozenset[str]
    owned_forces: frozenset[str]
    border_sides: frozenset[str]
    kin_nouns: frozenset[str]
    telling_participles: frozenset[str]
    generic_body_names: frozenset[str]
    condition_nouns: frozenset[str]
    demand_verbs: frozenset[str]
    gathering_verbs: frozenset[str]
    gathering_nouns: frozenset[str]
    crowd_nouns: frozenset[str]
    armed_verbs: frozenset[str]
    opposition_standing: frozenset[str]
    prosecution_owners: frozenset[str]

    def title_family(self, lemma: str) -> frozenset[str]:
        """The title words a description headed by ``lemma`` refers back to: its family ("premier" ->
        "premier", "prime"), every leader title for a leader noun ("the strongman"), else ``{lemma}``."""
        if lemma in self.leader_nouns:
            return self.leader_titles
        for family in (self.premier_family, self.monarch_family, self.envoy_family, self.commander_family):
            if lemma in family:
                return family
        return frozenset({lemma})

    @property
    def pronouns(self) -> frozenset[str]:
        """Every pronoun that refers back to an actor."""
        return self.person_pronouns | self.group_pronouns

    @property
    def pair_nouns(self) -> frozenset[str]:
        """Every head noun of a definite pair ("the two premiers", "both delegations")."""
        return self.pair_people | self.pair_groups


def _list_names() -> tuple[str, ...]:
    return tuple(f.name.replace("_", "-") for f in fields(Words))


def load_words(path: Path | None = None) -> Words:
    """The word lists of ``path`` (default: the packaged ``actors/data/words.tsv``).

    Raises ``DataFileError`` with file and line on a malformed row, an unknown list or a repeated word,
    and with the file alone when it cannot be read or a list is missing.
    """
    if path is None:
        origin = "actors/data/words.tsv"
        text = resources.files("newsevents").joinpath("actors/data/words.tsv").read_text(encoding="utf-8")
    else:
        origin = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(f"{origin}: cannot read: {exc}") from None
    lines = text.splitlines()
    if not lines or lines[0] != _HEADER:
        raise DataFileError(f"{origin}:1: expected the header {_HEADER!r}")
    lists: dict[str, set[str]] = {name: set() for name in _list_names()}
    for number, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        name, word = _read_row(line, f"{origin}:{number}", lists)
        lists[name].add(word)
    missing = [name for name, words in lists.items() if not words]
    if missing:
        raise DataFileError(f"{origin}: no words for the list(s) {', '.join(missing)}")
    return Words(**{name.replace("-", "_"): frozenset(words) for name, words in lists.items()})


def _read_row(line: str, where: str, lists: dict[str, set[str]]) -> tuple[str, str]:
    cells = line.split("\t")
    if len(cells) != 2:
        raise DataFileError(f"{where}: expected 2 tab-separated columns (list, word), got {len(cells)}")
    name, word = cells
    if name not in lists:
        raise DataFileError(f"{where}: unknown list {name!r} (known: {', '.join(lists)})")
    if not word or word != word.strip() or word != word.casefold():
        raise DataFileError(f"{where}: bad word {word!r}: lower case, no surrounding spaces")
    if word in lists[name]:
        raise DataFileError(f"{where}: {word!r} is already in the list {name}")
    return name, word


@functools.lru_cache(maxsize=1)
def packaged_words() -> Words:
    """The packaged word lists, read once per process."""
    return load_words()
