"""One act told again by a speaker: "Russian missiles struck the grid on Monday. ... Moscow said it was
striking military targets", "Militiamen killed hundreds at roadblocks. The Red Cross said militiamen were
killing civilians". News leads with the act and then reports what the parties or witnesses say of it; the
reported clause names the same act, not a second one (corpus/README.md: one gold event per real event).

Read by selection's merging (coding/selection.py), which folds two drafts into one record when this says
the later retells the earlier. Two acts a verb each tells in the narrative stay two ("halted the talks and
imposed sanctions"); what keeps reported acts apart otherwise (another date of their own, "a second
attack", a time clause) is checked by the caller first.
"""

from __future__ import annotations

from newsevents import doccache
from newsevents.coding.attackers_again import attackers_step
from newsevents.coding.claimed_attack import claimed_step
from newsevents.coding.echoes import echo_step
from newsevents.coding.first_time import first_time_step
from newsevents.coding.grouped import group_step
from newsevents.coding.intent_again import intent_step
from newsevents.coding.lexicon import lexicon
from newsevents.coding.one_pledge import pledge_step
from newsevents.coding.periods import period_step
from newsevents.coding.person_retold import person_step
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.series_of import series_step
from newsevents.coding.signed_again import signed_step
from newsevents.coding.subject_noun import subject_noun_step
from newsevents.coding.syntax import is_passive
from newsevents.coding.threat_again import threat_step
from newsevents.coding.told_twice import told_twice_step
from newsevents.coding.unnamed_doers import unnamed_doers_step

RETOLD = declare(
    "select",
    "retold",
    "an act a speaker reports ('X said it had ...', 'Y said troops were ...') after the same act of the "
    "same pair and root was told as the report's own narrative is that act told again, one record",
    "Peruvian jets bombed two camps in Ecuador on Monday. Lima said its jets had struck rebel camps.",
)
# Readings of an earlier draft that tell an act as having happened (an intention or a hypothetical act
# is no act a later report could retell).
_TOLD = frozenset({"asserted", "reported"})
# Date rules (when.py) that read a date the text states at the act itself, not one carried over from the
# story's lead or the dateline.
_STATED_DATES = frozenset({"date:own-clause", "date:offset", "date:enclosing-clause"})


def step(a: Draft, b: Draft) -> str | None:
    """RETOLD when the later of two drafts is a reported act (a speaker's clause) of the same CAMEO root,
    the same source country and the same target country (either way round for a symmetric act) as the
    earlier, which was told as having happened in an earlier sentence; else None."""
    earlier, later = (a, b) if a.token.i < b.token.i else (b, a)
    if later.modality != "reported" or earlier.modality not in _TOLD or _named_again(later):
        return None
    if earlier.code != later.code or earlier.sent.start == later.sent.start:
        return None
    if _STATED_DATES.intersection(later.steps):
        return None  # a date of its own tells another day's act ("said it had shelled the town on Monday")
    if "unattributed" in later.facts or is_passive(later.token):
        return None  # a passive tells what befell its subject: a toll of its own ("three were killed")
    if _codes(earlier) == _codes(later) and _names(earlier) == _names(later):
        return None  # (one source and target, names too: selection's own restatement rule folds them)
    pair_e = _pair(earlier)
    pair_l = _pair(later)
    if None in pair_e or None in pair_l:
        return None
    return RETOLD if pair_e == pair_l else None


def _named_again(d: Draft) -> bool:
    """Whether ``d`` names its act by a noun, or tells of one ("the strikes killed six"): a restatement
    selection's own rule folds and names (coding/selection.py, ``RESTATEMENT``)."""
    subjects = lexicon().event_subjects
    return d.trigger.noun or any(
        c.dep_ == "nsubj" and c.lemma_.casefold() in subjects for c in doccache.children(d.token)
    )


def _codes(d: Draft) -> tuple[str | None, str | None]:
    """The source's and the target's actor codes (role included)."""
    return d.source.code, d.target.code if d.target is not None else None


def _names(d: Draft) -> tuple[str | None, str | None]:
    """The source's and the target's names: a minister and the capital she speaks for ("Beckett called
    on Tehran ... She said London wanted them back") share a code, not a name."""
    return d.source.name, d.target.name if d.target is not None else None


def _pair(d: Draft) -> tuple[str | None, str | None]:
    """The source's and the target's country (a target the text leaves implicit counts: a reported act
    seldom names its target again)."""
    target = d.aimed
    return d.source.country, target.country if target is not None else None


def folded_step(a: Draft, b: Draft) -> str | None:
    """The rule by which two drafts are one event told as two records, or None: one act on a group
    (coding/grouped.py), one act a speaker retells (``step``), one act a noun names again
    (coding/echoes.py), one act dated by a period and a day within it (coding/periods.py), one attack
    told again by its unnamed doers (coding/attackers_again.py), one agreement told again by its
    signers (coding/signed_again.py), one act told again as a record broken (coding/first_time.py), one
    act on a named person told again by an agentless passive (coding/person_retold.py), one act named by
    its verb's subject noun (coding/subject_noun.py), one act placed in a run of its kind
    (coding/series_of.py), acts promised together in one breath (coding/one_pledge.py), a threat told
    again in vaguer words (coding/threat_again.py), an act told again as an intention
    (coding/intent_again.py), one act of unnamed doers joined in one subject (coding/unnamed_doers.py),
    an attack told again by the group that claims it (coding/claimed_attack.py) or an act told twice in
    one sentence, by a glossing participle or an assault's deed (coding/told_twice.py)."""
    return (
        group_step(a, b)
        or step(a, b)
        or echo_step(a, b)
        or period_step(a, b)
        or attackers_step(a, b)
        or signed_step(a, b)
        or first_time_step(a, b)
        or person_step(a, b)
        or subject_noun_step(a, b)
        or series_step(a, b)
        or pledge_step(a, b)
        or threat_step(a, b)
        or intent_step(a, b)
        or unnamed_doers_step(a, b)
        or claimed_step(a, b)
        or told_twice_step(a, b)
    )
