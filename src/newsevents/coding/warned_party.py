"""A warning addressed to a party about that party's own act: "warned Iran to stop arming the militia",
"cautioned Kyiv to halt the shelling".

The modality stage makes an act embedded under a threat verb its threat twin (13x), which is right when the
speaker does the act ("threatened to cut aid"), and the argument stage gives a subjectless infinitive the
governing verb's object as its doer (object control, as in "urged X to"). Together they made the warned
party the one threatening, and the embedded draft, standing for its verb, hid the warning itself. The
embedded act here is what the speaker wants of the warned party, not an act or a threat of that party: its
draft is dropped, so that the warning verb is coded with the speaker as source and the warned party as
target (the pcomm probe set: commentaries retelling warnings between governments)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding import syntax
from newsevents.coding.lexicon import kind_of
from newsevents.coding.modality import THREAT_TWIN
from newsevents.coding.records import Draft
from newsevents.coding.roles import OBJECT_CONTROL
from newsevents.coding.rules import declare

WARNED_CONTENT = declare(
    "code",
    "warned-content",
    "an act the speaker warns another party to do or stop is that party's, not a threat by it",
    "Washington warned Tehran to stop arming the militia.",
)


def warned_content(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` (one sentence's) without the threat twins of acts a coded warning asks of its object."""
    positions = {d.token.i for d in drafts}
    return [d for d in drafts if not _asked_of_object(d, positions)]


def _asked_of_object(draft: Draft, positions: set[int]) -> bool:
    """Whether ``draft`` is a threat twin whose doer is the object of a threat verb that is itself a
    trigger of the sentence: the warning then stands coded on its own."""
    if THREAT_TWIN not in draft.steps or OBJECT_CONTROL not in draft.steps:
        return False
    return any(_coded_warning(g, positions) for g in syntax.governors(draft.token))


def _coded_warning(verb: Token, positions: set[int]) -> bool:
    return verb.i in positions and kind_of(verb) == "threat"
