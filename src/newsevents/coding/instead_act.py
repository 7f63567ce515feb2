"""The act done instead of a negated one: "Berlin did not condemn the raid, calling instead for restraint".

A participle after a main verb mostly elaborates that verb's event ("..., killing four") and gives way to
it (scene.background_clause). When the main verb is negated and the participle says it was done instead
("instead", "rather": ``alternative_words`` of the lexicon), the main verb tells no event and the
participle is the act that took place: it does not give way to the act that did not.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.lexicon import lexicon


def instead_act(clause: Token) -> bool:
    """Whether ``clause``, a participle on a verb, is told as done instead of its negated head verb."""
    words = lexicon().alternative_words
    if not any(c.dep_ == "advmod" and c.lower_ in words for c in doccache.children(clause)):
        return False
    head = clause.head
    return head.i != clause.i and any(c.dep_ == "neg" for c in doccache.children(head))
