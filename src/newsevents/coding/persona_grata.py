"""Parse mending: "declared X persona non grata" read as a clause whose verb is "persona".

The small English model does not know the Latin phrase: in "Moscow declared two Estonian diplomats persona
non grata" it makes "persona" a clausal complement of "declared", the diplomats its subject and "grata"
its object, so "declared" has no object and the expulsion rows (``ne.declare.*``: an envoy or diplomat
declared persona non grata) find none; the date and the participle clause after the phrase ("on Friday,
accusing him of ...") hang from "persona" too. The envoys are put back as the verb's direct object, the
phrase as its object predicate (``oprd``, as the model reads "declared him dead"), and the phrase's other
words (date, clauses, punctuation) back on the verb, before any coding stage reads the tree. The passive
("were declared persona non grata") parses well and is left alone. Run by ``coding/reattach.py``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsevents.coding.rules import declare

PERSONA_GRATA = declare(
    "target",
    "persona-non-grata-object",
    "the envoys of 'declared X persona non grata', read as the subject of a clause whose verb is "
    "'persona', are the declaring verb's object",
    "Moscow declared two Estonian diplomats persona non grata on Friday.",
)
# The words of the phrase after "persona", in order.
_TAIL = ("non", "grata")
# Labels by which the envoys hang from "persona": its subject, or a modifier when the phrase is read as
# one noun ("the ambassador persona").
_ENVOY_DEPS = frozenset({"nsubj", "compound"})
# Labels by which "persona" hangs from a declaring verb it should be the object predicate of.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "dobj"})


def mend_persona_grata(personas: Iterable[Token]) -> int:
    """Give each active "declared X persona non grata" its object back; the number of phrases mended.
    ``personas``: the article's words "persona"."""
    mended = 0
    for persona in personas:
        envoy = _envoy(persona)
        if envoy is None:
            continue
        verb = persona.head
        tail = {persona.i + 1, persona.i + 2}
        for child in list(persona.children):
            if child.i != envoy.i and child.i not in tail and child.i > persona.i:
                child.head = verb  # (the date, a participle clause, a comma: the verb's words)
        envoy.head, envoy.dep_ = verb, "dobj"
        persona.dep_ = "oprd"
        mended += 1
    return mended


def _envoy(persona: Token) -> Token | None:
    """The noun before "persona" the parser hung on it, when "persona non grata" follows as a clause or
    object of an active "declare"; else None."""
    doc = persona.doc
    if persona.i + 2 >= len(doc) or tuple(doc[persona.i + k].lower_ for k in (1, 2)) != _TAIL:
        return None
    verb = persona.head
    if persona.dep_ not in _CLAUSE_DEPS or verb.i == persona.i or verb.lemma_.casefold() != "declare":
        return None
    if any(c.dep_ == "dobj" and c.i < persona.i for c in verb.children):
        return None  # (the verb has its object already)
    found = [c for c in persona.children if c.dep_ in _ENVOY_DEPS and verb.i < c.i < persona.i]
    return found[0] if found else None
