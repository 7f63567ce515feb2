"""Stage ``newsevents_victims``: victims of a cross-border attack placed by nobody. "Indian firing killed
four civilians in <a village the gazetteer does not know>, Pakistan's army said": the victims' phrase
names no country, so the actor stage gives them the country the sentence names for the attacker, and the
attack reads as India's against its own people. When the sentence also names another country, the
victims are that side's: their party is left open here, for the selection stage to place on the foreign
party (rule target:force-counterpart) as it does for an attack that names no target. An attack at home
("Myanmar troops killed 20 villagers") names no other country and keeps its target; so does an attack by
armed men whom only the sentence places ("gunmen killed 170 people in Mumbai"). Acts of force told by
the side that came under them ("the town came under shelling") are turned round here too
(``coding.under_fire``), and acts of force done in breach of a truce recoded (``coding.breached``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsevents import doccache
from newsevents.actors.resolve import DocActors
from newsevents.annotations import annotation  # (also declares the Doc attributes)
from newsevents.coding.breached import in_breach
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.dateline_victims import DATELINE_VICTIMS, dateline_abroad
from newsevents.coding.foreign_public import consequence_victims, repressed_abroad, unrepressed
from newsevents.coding.group_victims import group_victims
from newsevents.coding.hosted_posts import hosted_posts
from newsevents.coding.lexicon import lexicon
from newsevents.coding.own_ground import own_ground
from newsevents.coding.own_patients import own_patients
from newsevents.coding.records import Draft
from newsevents.coding.rules import declare
from newsevents.coding.told_weapon import without_told_weapons
from newsevents.coding.under_fire import under_fire

UNPLACED_VICTIMS = declare(
    "target",
    "unplaced-victims",
    "victims of an attack whose phrase names no country are not the attacker's own people when the "
    "sentence names another country: their party is left to the attack's counterpart",
    "Indian shelling killed four civilians near the border, Pakistan's army said.",
)
# Dependencies of the victims' phrase on the act (killed THEM, THEY were killed, fired ON THEM).
_VICTIM_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})
# Roles of armed groups: a target so read is a fought party, not victims (its country is the
# foreign-counterpart rule's, coding/own_country.py).
_ARMED_GROUPS = frozenset({"REB", "UAF", "INS", "SEP", "RAD", "CRM"})
# Named-entity labels that give a phrase a party of its own ("Pakistani soldiers", "Sialkot's people").
_PARTY_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def unplaced_victims(drafts: tuple[Draft, ...], actors: DocActors) -> tuple[Draft, ...]:
    """``drafts`` with the victims of cross-border attacks that their phrase does not place set free."""
    return tuple(_freed(d, actors) for d in drafts)


def _freed(draft: Draft, actors: DocActors) -> Draft:
    target, source = draft.target, draft.source
    force = draft.code.startswith(FORCE_ROOTS) or repressed_abroad(draft)  # (coding/foreign_public.py)
    if target is None or not force or not source.country:
        return draft
    # (only a state's forces cross a border as the state: gunmen placed by the sentence are not)
    if source.role is not None and source.role not in lexicon().state_roles:
        return draft
    if target.country != source.country or not target.text or target.role in _ARMED_GROUPS:
        return draft
    phrase = _victims_phrase(draft.token, target.text)
    if phrase is None or _names_party(phrase):
        return draft
    if not _other_country(draft.sent, draft.token, source.country, actors):
        abroad = dateline_abroad(draft, source.country, actors)
        return draft if abroad is None else unrepressed(draft.step(DATELINE_VICTIMS, target=abroad))
    return unrepressed(draft.step(UNPLACED_VICTIMS, target=None))


def _victims_phrase(verb: Token, text: str) -> list[Token] | None:
    """The noun and the words before it of the victims' phrase of ``verb`` whose text is ``text``, else
    None."""
    heads = [c for c in doccache.children(verb) if c.dep_ in _VICTIM_DEPS]
    heads += [p for c in doccache.children(verb) if c.dep_ == "prep" for p in doccache.children(c)]
    heads += consequence_victims(verb)  # ("shelled the islet, killing a fisherman")
    for head in heads:
        tokens = list(doccache.subtree(head))
        if text in doccache.text(head.doc, tokens[0].i, tokens[-1].i + 1):
            # (the words before the noun: "in Zorbat district" after it is where, not whose)
            return [t for t in tokens if t.i <= head.i]
    return None


def _names_party(tokens: list[Token]) -> bool:
    """Whether the phrase names a party of its own: a country, a group or an owner ("its posts")."""
    return any(t.ent_type_ in _PARTY_LABELS or t.dep_ == "poss" for t in tokens)


def _other_country(sent: Span, verb: Token, country: str, actors: DocActors) -> bool:
    """Whether ``sent`` names a country other than ``country`` by its name or adjective outside what
    ``verb`` governs after it (a person's nationality is no side: "a UN envoy from Jordan said troops
    shot villagers"; other victims named with them are their own: "killed the mayor and three Kenyan
    traders")."""
    clause = range(verb.i, verb.right_edge.i + 1)  # (the verb and what it governs after it)
    return any(
        m.kind == "country"
        and m.iso3
        and m.iso3 != country
        and sent.start <= m.start < sent.end
        and m.start not in clause
        for m in actors.mentions
    )


class VictimsStage:
    """Frees the victims of cross-border attacks from the attacker's country (see the module)."""

    def __call__(self, doc: Doc) -> Doc:
        found, actors = annotation(doc, "ne_drafts"), annotation(doc, "ne_actors")  # (no Underscore per read)
        if found:
            drafts = in_breach(under_fire(tuple(found), actors))
            drafts = without_told_weapons(own_ground(unplaced_victims(drafts, actors)))
            drafts = hosted_posts(group_victims(drafts, actors), actors)
            doc._.ne_drafts = own_patients(drafts, actors)
        return doc


@Language.factory("newsevents_victims")
def make_victims_stage(nlp: Language, name: str) -> VictimsStage:
    """The unplaced-victims stage."""
    return VictimsStage()
