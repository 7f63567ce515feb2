"""A verb written with a hyphenated prefix: "test-fired a missile", "test-launched a rocket".

The tokenizer splits the word at the hyphen and the parser hangs the prefix on the verb as a noun
modifier ("test" npadvmod, "-" punct, "fired" the verb), so the verb is looked up bare: "fired a
missile" is an attack on whoever the sentence names next (195), where a test firing demonstrates
military power (150). The verb is tried first as its prefixed lemma ("test-fire"), which has rows of its
own in ``verbs.curated.tsv``; a prefixed verb with no row falls back to the bare one. The reattach stage
first relabels the prefix as the verb's adverb (``mend_prefixes``): as a noun modifier of the verb it was
taken for the verb's subject when the subject phrase is a state ("Peru test-fired": the subject "test").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents import doccache, labels
from newsevents.coding.rules import declare

PREFIXED_VERB = declare(
    "trigger",
    "prefixed-verb",
    "a verb written with a hyphenated prefix the parser split off ('test-fired') is tried as the "
    "prefixed verb ('test-fire') before the bare one",
    "The navy test-fired a cruise missile from a submarine on Monday.",
)
# Prefixes that change what the verb tells (a test is no attack); "re-" and "co-" do not, and stay bare.
_PREFIXES = frozenset({"test"})


def _prefix_of(tok: Token) -> Token | None:
    """The hyphenated prefix of verb ``tok`` ("test" in "test - fired"), hanging on it, or None."""
    if tok.i < 2:
        return None
    tokens = doccache.tokens(tok.doc)  # (the Doc's Token objects; the hyphen compared as its hash)
    if tokens[tok.i - 1].orth != labels.HYPHEN:
        return None
    prefix = tokens[tok.i - 2]
    return prefix if prefix.lower_ in _PREFIXES and prefix.head.i == tok.i and prefix.i != tok.i else None


def mend_prefixes(doc: Doc) -> int:
    """Relabel each hyphenated prefix the parser read as its verb's noun modifier (npadvmod) as the verb's
    adverb, so that no rule takes it for a subject or a date; the number mended. Runs in the reattach
    stage (spaCy's own children: doccache's tables are built after it)."""
    mended = 0
    for tok in doccache.tokens(doc):  # (the Doc's Token objects, its parts of speech as integers)
        if tok.pos != labels.POS_VERB:
            continue
        if (prefix := _prefix_of(tok)) is not None and prefix.dep_ == "npadvmod":
            prefix.dep_ = "advmod"
            mended += 1
    return mended


def prefixed_keys(tok: Token, lemma: str) -> list[tuple[str, str]]:
    """The lookup key of ``tok`` with its hyphenated prefix ("test-fire"), or none: the prefix must be
    the word right before a hyphen right before the verb, and hang on the verb."""
    prefix = _prefix_of(tok)
    return [] if prefix is None else [(f"{prefix.lower_}-{lemma}", "verb")]
