"""Whether the only time a clause gives is a length of time, which places it nowhere in time.

"a truce brokered by Qatar after four days of talks", "the pilot freed by the rebels after three years in
captivity": the recogniser marks "four days" and "three years" as dates, so the participle phrase read
as a dated clause (backstory, coding/roles.py) and its "by" agent was never its source. A date entity made
only of numbers, quantity words and units of time ("more than five years") is a duration.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache

# Units of time (lemmas) a duration counts.
_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})
# Words that may count the units ("more than five", "a few", "several").
_COUNTING = frozenset(
    {"a", "an", "one", "few", "several", "some", "about", "nearly", "almost", "more", "than", "over"}
)


def only_durations(clause: Token) -> bool:
    """Whether every date or time word in ``clause``'s subtree belongs to a duration ("four days"), and
    there is at least one: such a clause gives no date."""
    runs: list[list[Token]] = []
    for t in doccache.subtree(clause):
        if not (t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "npadvmod" and t.pos_ == "NOUN")):
            continue
        if runs and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return bool(runs) and all(_duration(run) for run in runs)


def _duration(words: list[Token]) -> bool:
    """Whether a run of date words only counts units of time ("more than five years", "four days")."""
    units = [t for t in words if t.lemma_.casefold() in _UNITS]
    return bool(units) and all(t in units or t.tag_ == "CD" or t.lower_ in _COUNTING for t in words)
