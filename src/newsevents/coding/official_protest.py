"""A state's protest is an official complaint, not a demonstration.

"Norway protested and said Canberra was breaking the law", "Washington protested to Beijing": the verb
"protest" is coded 140/141 (demonstrate, protest against) by the patterns, which fits crowds and parties,
but a government that protests to or about another state lodges a formal complaint (CAMEO 114), as the
corpus codes it (root 11). The rule reads the parties' types, not words: a source in an official role
(``data/official_protest.toml``) and the verb "protest" itself, whoever the target. Opposition members,
protesters and other sources, and a rally or march a government holds, stay as they are. Run on the drafts
by ``coding/co_speakers.py``, which then aims governments protesting side by side at the third party.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from newsevents.coding.records import Draft
from newsevents.coding.resources import packaged_table
from newsevents.coding.rules import declare
from newsevents.records import Actor

OFFICIAL_PROTEST = declare(
    "code",
    "official-protest",
    "a government protesting to or about another state complains officially (114), it does not demonstrate "
    "(140, 141)",
    "Oslo protested to Canberra over the treatment of the rescued sailors.",
)


@dataclass(frozen=True, slots=True)
class OfficialProtest:
    """``coding/data/official_protest.toml``: who protests officially, and the codes the rule changes."""

    official_roles: frozenset[str]
    protest_verbs: frozenset[str]
    protest_codes: frozenset[str]
    complaint_code: str


@functools.lru_cache(maxsize=1)
def official_protest_table() -> OfficialProtest:
    """The packaged table (read once per process)."""
    return packaged_table("coding/data/official_protest.toml", _table)


def _table(table: dict[str, Any]) -> OfficialProtest:
    return OfficialProtest(
        official_roles=frozenset(table["official_roles"]),
        protest_verbs=frozenset(table["protest_verbs"]),
        protest_codes=frozenset(table["protest_codes"]),
        complaint_code=str(table["complaint_code"]),
    )


def official_protest(code: str, source: Actor) -> str | None:
    """The complaint code when ``source`` is a state's government protesting, else None. The target is
    not asked for: it is often placed later by the sentence around ("Norway protested and said Canberra
    ..."), and a government's protest about its own affairs is still a complaint, not dissent."""
    table = official_protest_table()
    if code not in table.protest_codes or source.country is None:
        return None
    return table.complaint_code if (source.role or "") in table.official_roles else None


def officially(draft: Draft) -> Draft:
    """``draft`` recoded as a formal complaint when it is a government's verb of protest."""
    if draft.token.lemma_.casefold() not in official_protest_table().protest_verbs:
        return draft
    complaint = official_protest(draft.code, draft.source)
    return draft if complaint is None else draft.step(OFFICIAL_PROTEST, code=complaint)
