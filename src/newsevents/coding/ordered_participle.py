"""Parse repair of ``coding/reattach``: the participle of an order's small clause read as an adjective or a
noun ("a court ordered the assets FROZEN", "the president ordered the embassy SHUT").

"ordered X held / detained / closed" is coded as the orderer's act on X (``coding/received.ordered_done``)
when the parser reads the small clause as it should: the participle a verb, X its subject. The tagger
reads some participles as adjectives ("frozen") or nouns ("shut"), and the parser then hangs them on the
ordering verb as a complement with X as the verb's own object, so no verb names the act. A word after the
object of an ordering verb (``lexicon().ordering_verbs``) that is the participle of a verb with a pattern
(``coding/participles``) is made that participle, with the object as its subject.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import doccache, labels
from newsevents.coding import participles, resources
from newsevents.coding.lexicon import lexicon
from newsevents.coding.rules import declare

ORDERED_PARTICIPLE = declare(
    "trigger",
    "ordered-participle",
    "the participle that completes an order's small clause, tagged as an adjective or a noun ('ordered "
    "the assets frozen'), is the verb of the act ordered, the object its subject",
    "A Kenyan court ordered the accounts of the firm frozen.",
)

# How the parser hangs the misread participle on the ordering verb.
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp", "advcl", "dep"})

# How the parser hangs the small clause's subject on the misread participle, when not on the verb.
_SUBJECT_DEPS = frozenset({"nsubj", "compound"})
# (as ``Token.pos`` and ``Token.dep`` give them: every word of the Doc is tested, without a string made)
_WORD_POS_IDS = labels.labels(("ADJ", "NOUN"))
_COMPLEMENT_DEP_IDS = labels.labels(_COMPLEMENT_DEPS)


def ordered_participles(doc: Doc) -> int:
    """Mend each participle of an order's small clause read as an adjective or a noun; the number mended."""
    mended = 0
    orders = lexicon().ordering_verbs
    for word in doccache.tokens(doc):  # (the Doc's own Tokens, not a new one per word)
        if word.pos not in _WORD_POS_IDS or word.dep not in _COMPLEMENT_DEP_IDS:
            continue
        verb = word.head
        if verb.i >= word.i or verb.pos_ != "VERB" or verb.lemma_.casefold() not in orders:
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i < word.i), None)
        # (or read as the subject or the first half of a compound: "the embassy shut" as one noun)
        thing = thing or next((c for c in word.children if c.dep_ in _SUBJECT_DEPS and c.i < word.i), None)
        if thing is None or any(c.dep_ == "det" for c in word.children):
            continue
        lemma = participles.verb_of(word.text, resources.pattern_verbs())
        if lemma is None:
            continue
        word.pos_, word.tag_, word.lemma_, word.dep_ = "VERB", "VBN", lemma, "ccomp"
        thing.head, thing.dep_ = word, "nsubj"
        mended += 1
    return mended
