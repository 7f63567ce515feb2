"""A toll told with a crackdown is that crackdown's: "Police fired tear gas and live rounds at the
marchers, and two people were killed" is one act of violent repression (CAMEO 175) and its dead, not a
second attack by the dateline's country.

``agentless.unnamed_tolls`` drops an act of force whose maker the text leaves unnamed when its sentence
tells an act of force (roots 18-20) whose maker it names. A named crackdown tells the same: the corpus
codes the police's fire and the deaths it caused as the one repression event, made by the police (as
``casualties.py`` reads "were killed when troops broke up the march"). So a named act of violent
repression counts among the acts whose toll an unnamed killing in the same sentence is; the exceptions of
``unnamed_tolls`` stand (an attack told with its own toll, victims of another country).

The same holds across sentences (``toll_maker.named_tolls``): a toll told after a named crackdown takes
that crackdown's maker, or is folded into it. And where the toll's maker and victims are both only the
dateline's guess ("NAIROBI - Malawian police fired tear gas at marchers in Lilongwe. Three people were
killed": the arguments stage read Kenyans killed by Kenya), the victims' country says nothing, so the
named act of force or repression of the sentence just before is the one the toll follows.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import doccache
from newsevents.coding.codebook import FORCE_ROOTS
from newsevents.coding.records import Draft

__all__ = ["dateline_victims", "just_before", "tolling_act"]

# CAMEO's violent repression ("fired tear gas at protesters", "opened fire on the crowd").
_REPRESSION = "175"
# The step of a source guessed from the dateline (agentless.DATELINE_PLACE, which imports this module).
_DATELINE_SOURCE = "source:unattributed-dateline"


def tolling_act(d: Draft) -> bool:
    """Whether ``d`` is an act whose maker the text names and whose toll an unnamed killing of its
    sentence can be: an act of force, or of violent repression."""
    return d.code.startswith((*FORCE_ROOTS, _REPRESSION)) and "unattributed" not in d.facts


def dateline_victims(toll: Draft) -> bool:
    """Whether an unnamed killing's maker and victims are both only the dateline's guess: its source came
    from the dateline (``source:unattributed-dateline``) and its victims, whose words name no country,
    took the same country ("NAIROBI - Malawian police fired on marchers. Three people were killed": not
    Kenyans killed by Kenya)."""
    target = toll.target
    if _DATELINE_SOURCE not in toll.steps or target is None or target.country != toll.source.country:
        return False
    return not any(t.ent_type_ in ("NORP", "GPE") for t in _phrase(toll))


def just_before(d: Draft, toll: Draft) -> bool:
    """Whether ``d`` is told in the toll's own sentence or the one just before it."""
    return doccache.window_start(toll.token, 2) <= d.token.i


def _phrase(toll: Draft) -> list[Token]:
    """The words of the toll's victims: its passive subjects (a conjunct's, "were shot and killed")."""
    tok = toll.token
    return [
        t
        for v in (tok, tok.head)
        for c in doccache.children(v)
        if c.dep_ == "nsubjpass"
        for t in doccache.subtree(c)
    ]
