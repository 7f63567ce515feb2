"""A state's adjective after "ethnic", or before a noun such as "minority", names a people, not the state:
"ethnic Albanian parties" in a story from Skopje are Macedonian parties, "ethnic Russians in Latvia" and
"Latvia's Russian minority" are Latvia's people (the nouns: ``kin-nouns`` in ``actors/data/words.tsv``).
So does a language compound: "the Swedish-speaking islands" are Finland's, "Dutch speakers" in Belgium are
Belgium's people; the language is no party to the story.

``phrases.ethnic_group`` gives such a phrase the country of its context; the context itself must not be
read from the same words. A mention after "ethnic" is therefore no evidence of the kin state as a party of
the story: it does not place nearby agents ("the rebels" after "ethnic Albanian guerrillas" are not
Albania's), and it does not count towards the country the article is most about.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import doccache, labels
from newsevents.actors.words import packaged_words

_ETHNIC = labels.label("ethnic")
_SPEAKING = labels.label("speaking")
_MEMO = "newsevents.ethnic_kin"  # (Doc.user_data: mention start -> the answer)


def ethnic_kin(doc: Doc, start: int) -> bool:
    """Whether the country mention starting at token ``start`` is qualified by "ethnic" ("ethnic Serb
    villages") or describes a minority ("the Albanian minority"): it names a people, not its kin state."""
    # Every phrase read asks it of the mentions of its sentence or article again (four times per mention
    # on news text): answered once per mention, from the parse, which no stage changes after reattach.
    memo = doccache.memo(doc, _MEMO)
    found: bool | None = memo.get(start)
    if found is None:
        found = memo[start] = _ethnic_kin(doc, start)
    return found


def _ethnic_kin(doc: Doc, start: int) -> bool:
    if start > 0 and doccache.token(doc, start - 1).lower == _ETHNIC:
        return True
    word = doccache.token(doc, start)
    if word.head.lower == _SPEAKING and word.head.i > start:
        return True  # "Swedish-speaking", parsed as the language modifying the participle
    return word.dep_ == "amod" and word.head.lemma_.casefold() in packaged_words().kin_nouns
