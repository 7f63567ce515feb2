"""An act told again as an intention: "Freedonia and Sylvania agreed on Monday to reopen their embassies.
... The two governments will restore flights next month", "The prosecutor opened an inquiry into the
killings. She said her office would conduct the inquiry without fear." News leads with what was agreed
or done and later quotes the parties on what they will do under it; the intention of the same kind
between the same two countries on the same day carries out the act told before, not a second event
(corpus/README.md: one gold event per real event). The speaker's own wording gives the later draft its
own source (a minister, an airline), so selection's restatement rule (one source code) kept it apart.

Read by selection's merging through ``retold.folded_step``: the later draft folds into the earlier when
it is an intention (modality "intended") in another sentence, the earlier told as done (asserted), both
of one CAMEO root, from one source country to one target country (named, or the one the text leaves
implicit), and on no different day. A passive intention ("the envoy will be summoned") tells what befalls
its subject, often a step of its own after an accusation, and stays apart.
"""

from __future__ import annotations

from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.syntax import is_passive
from newsevents.coding.threat_again import one_pair

INTENT_AGAIN = declare(
    "select",
    "intent-again",
    "an intention ('will restore flights', 'would conduct the inquiry') told after an act of the same "
    "root by the same source country to the same target country on the same day is that act told "
    "again: one record",
    "Freedonia agreed to restore flights to Sylvania. Its airline said it would resume flights there.",
)
# The reading of an earlier draft that tells an act as done in the story's own voice: a reported act or
# an intention told before is no act a later intention restates (a mediator agreeing to mediate after a
# party said it was ready for talks is a second event).
_TOLD = "asserted"


def intent_step(a: Draft, b: Draft) -> str | None:
    """INTENT_AGAIN when the later of two drafts is an active intention and the earlier an act told as
    done, in different sentences, of one CAMEO root, from one source country to one target country, on
    no different day; else None."""
    earlier, later = (a, b) if a.token.i < b.token.i else (b, a)
    if later.modality != "intended" or earlier.modality != _TOLD:
        return None
    if earlier.code[:2] != later.code[:2] or earlier.sent.start == later.sent.start:
        return None
    if earlier.when is not None and later.when is not None and earlier.when != later.when:
        return None
    if is_passive(later.token):
        return None
    return INTENT_AGAIN if one_pair(earlier, later) else None
