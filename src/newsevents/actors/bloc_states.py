"""A group of states named by its region, not by a code: "Gulf states recalled their envoys", "African
countries walked out of the talks", "Western governments condemned the arrest".

The bloc rule (phrase rule ``bloc-group``) read an agent with a bloc adjective ("European leaders",
"Western diplomats") as a government of no single country, but with no name such an actor cannot be an
event's source (coding/sources.can_act: an unnamed official of nobody acts for nobody), so a walkout or a
condemnation by a region's governments was dropped; and a region's states or countries, with no agent
role at all, were no actor. A region's governments, states, countries, nations, powers, capitals, leaders
or allies (``bloc-state-nouns``, with an adjective of ``bloc-regions``) are a named group of states: a
non-state party (``"*"`` as a source, none as a target, as corpus/README.md codes an organisation of
states) that can act. Other bloc agents ("Western diplomats", "foreign envoys") keep the unnamed reading:
a diplomat's comment speaks for no one state and no bloc either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents import doccache
from newsevents.actors.backed_side import backed_side
from newsevents.actors.bloc_body import bloc_body
from newsevents.actors.bloc_host import bloc_host
from newsevents.actors.included import included_agents, included_members
from newsevents.actors.words import packaged_words
from newsevents.records import Actor

if TYPE_CHECKING:
    from newsevents.actors.phrases import Phrase

__all__ = ["bloc_group"]

_WORDS = packaged_words()
_STATES_ROLE = "GOV"  # (a group of states acts through its governments)
# Where a group of states stands as the one who acts: a subject, or the agent after "by"/"from" ("drew
# praise from Western governments"). As an object ("accused Western countries of ...") it is left to the
# coder's other readings of the target: a target of no state is any target to the gold anyway.
_AGENT_PREPS = frozenset({"by", "from"})
_SOME = frozenset({"some", "several", "many"})  # (determiners of an indefinite group: "several Gulf states")


def bloc_group(p: Phrase) -> list[Actor] | None:
    """An agent qualified by a bloc, not a state, is of no single country: "European leaders", "Western
    diplomats", "foreign envoys" -> GOV with no country (never the country named next to them); a region's
    states or governments ("Gulf states", "African countries") are a named group of states that acts."""
    if (members := included_agents(p)) is not None:  # ("thirty states, including A and B, recalled ...")
        return members
    if p.countries or p.named:
        return None
    lemma = p.head.lemma_.casefold()
    titles = p.actors.resolver.dictionary
    bloc = [
        t
        for t in doccache.children(p.head)
        if t.dep_ in ("amod", "compound")
        and t.lower_ in _WORDS.bloc_adjectives
        and not backed_side(p.head.doc, t.i)  # ("pro-European demonstrators": a side backed, no bloc)
        # "the foreign minister" is a state's: the adjective belongs to the title.
        and titles.title_role(f"{t.lower_} {lemma}") is None
        and titles.agent_role(f"{t.lower_} {lemma}") is None
    ]
    region = [t for t in bloc if t.lower_ in _WORDS.bloc_regions]
    if region and lemma in _WORDS.bloc_state_nouns and _acting_group(p):
        members = included_members(p.actors, p.head, p.day)  # ("Gulf states, including A and B")
        name = " ".join(t.text for t in sorted({*region, p.head}, key=lambda t: t.i))
        host = bloc_host(p.actors, p.head, [t.lower_ for t in region])  # (a summit in a member state)
        return members or [Actor(p.text, name, host, _STATES_ROLE, f"{host or ''}{_STATES_ROLE}")]
    if not p.role:
        return None
    if not bloc and (body := bloc_body(p)) is not None:  # ("leaders of the regional bloc": bloc_body.py)
        return [body]
    if not bloc and lemma not in _WORDS.stateless_nouns:  # ("donors": no bloc word, no state either)
        return None
    host = bloc_host(p.actors, p.head, [t.lower_ for t in region]) if region else None  # ("Nordic ministers")
    found = [Actor(p.text, None, host, p.role[:3], f"{host or ''}{p.role}")]
    return included_members(p.actors, p.head, p.day) or found


def _acting_group(p: Phrase) -> bool:
    """Whether the phrase is an indefinite plural group of states in an agent's place: "Gulf states
    recalled ...", "praise from Western governments". A definite or counted one ("the Gulf states", "the
    three European powers", "the first Arab states") takes up states the text names, read by other rules."""
    head = p.head
    counted = [t for t in doccache.children(head) if t.dep_ in ("det", "nummod") and t.lower_ not in _SOME]
    if head.tag_ != "NNS" or counted:
        return False
    if head.dep_ == "nsubj":
        return True
    return head.dep_ == "pobj" and head.head.lower_ in _AGENT_PREPS
