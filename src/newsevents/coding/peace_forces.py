"""Troops an international peacekeeping body sends: "the council voted to send 3,000 troops to X" is
peacekeeping (074), not a show of force. The mobilisation rows ("sent troops", "deployed soldiers") code
154 by their object alone, and ``coding/purpose.py`` recodes them only when a purpose clause says the
troops help; the UN and the regional bodies listed in ``coding/data/words.toml``
(``peacekeeping_bodies``) have no army of their own, so whatever force they send keeps the peace. Read
over the drafts of the argument stage (``coding/companions.py``), where the sender is known.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare

PEACEKEEPING_SENDER = declare(
    "code",
    "peacekeeping-sender",
    "troops sent or deployed by the UN or a regional body that has no army of its own keep the peace "
    "(074), not a show of force (154)",
    "The council voted on Tuesday to send 2,000 troops to Ruritania after weeks of fighting.",
)
# Codes of sending forces (CAMEO 153, 154: mobilise police, armed forces); not a show of power (150) or a
# raised alert (152), which a body's threat of intervention against a junta may be read as.
_DEPLOYMENT_CODES = frozenset({"153", "154"})
# CAMEO 074: provide military protection or peacekeeping.
_PEACEKEEPING = "074"


def peacekeeping(drafts: Iterable[Draft]) -> Iterator[Draft]:
    """``drafts`` with each deployment whose source is a peacekeeping body (``peacekeeping_bodies``)
    recoded as peacekeeping (074)."""
    bodies = lexicon().peacekeeping_bodies
    for d in drafts:
        code = d.source.code
        if d.trigger.noun or d.code not in _DEPLOYMENT_CODES or code is None or code not in bodies:
            yield d
            continue
        pattern = replace(d.trigger.pattern, code=_PEACEKEEPING, id=f"{d.trigger.pattern.id}+body")
        yield d.step(PEACEKEEPING_SENDER, code=_PEACEKEEPING, trigger=replace(d.trigger, pattern=pattern))
