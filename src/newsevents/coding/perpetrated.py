"""Acts of force told as what a party commits: "accused the army of COMMITTING massacres", "rebels
committed atrocities in the villages". "Commit" is an intent verb for what a party commits itself to
("committed to withdrawing", "committed troops to the mission"), but an act of force that is its direct
object is done, not promised: without this rule the massacre is read as intended and recoded as a threat
(13x) by the commit-er, which the text never says.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.rules import declare

__all__ = ["PERPETRATED_ACT", "perpetrated"]

PERPETRATED_ACT = declare(
    "modality",
    "perpetrated-act",
    "an act of force that is the direct object of 'commit' or 'perpetrate' is done, not intended",
    "Kenya accused Somalia of committing massacres in the border villages.",
)
# Verbs whose direct object is an act the subject carries out.
_PERPETRATING = frozenset({"commit", "perpetrate"})


def perpetrated(tok: Token, gov: Token, code: str) -> bool:
    """Whether governor ``gov`` of the event noun ``tok`` coded ``code`` only says the act was carried out
    ("COMMITTED genocide"), so that it makes the act no intention."""
    return (
        code.startswith(FORCE_ROOTS)
        and tok.dep_ == "dobj"
        and tok.head.i == gov.i
        and gov.lemma_.casefold() in _PERPETRATING
    )
