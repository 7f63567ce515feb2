"""Posts of an international body attacked where they stand: their host country is the target.

"Ruritanian mortar rounds struck a UN depot at <a town of Borduria> on Sunday": the object names the
body that runs the post (the UN: no state), so the attack reads as aimed at nobody. An international
body's base, camp or compound has no country of its own; the attack falls on the ground of the state that
hosts it, which is the party a careful coder names (the corpus codes shells on a UN base at a town of a
country as aimed at that country). The host is the country the post's own phrase places it in ("at X",
"in X"), else the country of the act's place. A post the text places nowhere keeps its body, and so does
a post named with a state of its own ("the Saudi hospital in Nyala": actors/hosted.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.lexicon import lexicon
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.records import Actor

__all__ = ["HOSTED_POST", "hosted_posts"]

HOSTED_POST = declare(
    "target",
    "hosted-post",
    "an act of force on a post of an international body (a UN base, camp or compound) targets the "
    "country the post stands in",
    "Ruritanian mortar rounds struck a UN depot at Bunia on Sunday.",
)
# Dependencies of the struck post's phrase on the act (struck IT, IT was hit, fired ON/INTO it).
_POST_DEPS = frozenset({"dobj", "nsubjpass"})


def hosted_posts(drafts: tuple[Draft, ...], actors: DocActors) -> tuple[Draft, ...]:
    """``drafts`` with acts of force on an international body's posts aimed at the posts' host."""
    return tuple(_hosted(d, actors) for d in drafts)


def _hosted(draft: Draft, actors: DocActors) -> Draft:
    target = draft.target
    if target is None or target.country is not None or not draft.code.startswith(FORCE_ROOTS):
        return draft
    if not target.code or not target.code.startswith("IGO"):
        return draft  # (a group or a person with no country is no post)
    post = _post_head(draft.token, target.text)
    if post is None:
        return draft
    host = actors.placed_country(post) or (draft.place.country if draft.place is not None else None)
    if host is None:
        return draft
    actor = Actor(text=target.text, name=actors.country_name(host), country=host, role=None, code=host)
    return draft.step(HOSTED_POST, target=actor)


def _post_head(verb: Token, text: str) -> Token | None:
    """The head noun of the phrase of ``verb`` whose text is ``text``, when it names a post."""
    heads = [c for c in doccache.children(verb) if c.dep_ in _POST_DEPS]
    heads += [p for c in doccache.children(verb) if c.dep_ == "prep" for p in doccache.children(c)]
    posts = lexicon().hosted_post_nouns
    for head in heads:
        if head.lemma_.casefold() not in posts:
            continue
        tokens = list(doccache.subtree(head))
        if text in doccache.text(head.doc, tokens[0].i, tokens[-1].i + 1):
            return head
    return None
