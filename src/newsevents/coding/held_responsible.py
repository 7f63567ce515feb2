"""Parse repair: "Oslo HOLDS Moscow responsible for the attack", "will hold Hamas accountable".

After a present-tense or infinitive "hold" the small English model reads the party and the adjective as a
clause of their own ("Moscow" the subject of "responsible", "responsible" the verb's clausal complement),
so the verb has no object and no complement: the row "hold ... responsible" (an accusation, 112) needs
both and nothing is coded. The past tense ("held Russia responsible") is read right, object and
predicate complement. When the clause is only the adjective of blame (``_BLAME``) with its subject, no
verb, auxiliary or copula of its own, its subject is put back as the verb's object and the adjective as
the verb's complement.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsevents import labels
from newsevents.coding.rules import declare

HELD_RESPONSIBLE = declare(
    "trigger",
    "held-responsible",
    "'holds X responsible' read as a clause ('X' the subject of 'responsible') is the verb's object and "
    "complement: an accusation",
    "Oslo holds Moscow fully responsible for the attack on the pipeline.",
)
# Adjectives of blame a party is held to be ("responsible", "accountable", "liable"), lower case.
_BLAME = frozenset({"responsible", "accountable", "liable"})
_BLAME_IDS = labels.labels(_BLAME)  # (as ``Token.lower`` gives them)
# The verb that holds a party to blame, as a lemma.
_HOLD = "hold"
# Dependents that make the adjective a clause of its own ("holds that Moscow is responsible").
_CLAUSE_DEPS = frozenset({"aux", "auxpass", "cop", "mark", "expl"})


def held_responsible(doc: Doc, words: Iterable[Token] | None = None) -> int:
    """Mend each "hold X responsible" read as a clausal complement into the verb's object and predicate
    complement; the number mended."""
    mended = 0
    for word in doc if words is None else words:
        if word.lower not in _BLAME_IDS or word.dep_ != "ccomp":
            continue  # (by the word's integer first: most candidates are no adjective of blame)
        verb = word.head
        if verb.lemma_.casefold() != _HOLD:
            continue
        children = list(word.children)  # (spaCy's own: doccache's tables are built after this stage)
        subject = next((c for c in children if c.dep_ == "nsubj" and verb.i < c.i < word.i), None)
        if subject is None or any(c.dep_ in _CLAUSE_DEPS for c in children):
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue
        subject.head, subject.dep_ = verb, "dobj"
        word.dep_ = "oprd"
        mended += 1
    return mended
