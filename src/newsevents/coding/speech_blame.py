"""Blame a reported clause carries with no word of blame, read for ``judgement._reported``: a trail of
evidence or fire led to a party (``pointed_blame``), a named party's provocation answered
(``answered_provocation``), a vote's verdict (``vote_verdict``), a named party said to have started a
fight (``started_blame``), one said likely to be behind an act (``likely_blame``), one said involved in an
attack (``involved_blame``); a price foretold for another's act, a threat (``consequence_threat``); a named
other party said to do a deed of blame, harbouring or interfering (``reported_deed``); and a blame word
told as a passive participle, which the copula reading misses (``blamed_passive``). One entry, so the full
judgement module calls a single function; each rule is its own module with its own words."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.answered_provocation import answered_provocation
from newsevents.coding.blamed_passive import blamed_passive
from newsevents.coding.consequence_threat import consequence_threat
from newsevents.coding.involved_blame import involved_blame
from newsevents.coding.lexicon import Lexicon
from newsevents.coding.likely_blame import likely_blame
from newsevents.coding.pointed_blame import pointed_blame
from newsevents.coding.records import Trigger
from newsevents.coding.reported_deed import reported_deed
from newsevents.coding.started_blame import started_blame
from newsevents.coding.vote_verdict import vote_verdict


def speech_blame(tok: Token, clause: Token, words: Lexicon) -> Trigger | None:
    """The accusation or criticism the reporting verb ``tok`` makes by its reported ``clause``, if any."""
    return (
        pointed_blame(tok, clause)
        or answered_provocation(tok, clause)
        or vote_verdict(tok, clause)
        or started_blame(tok, clause)
        or likely_blame(tok, clause)
        or involved_blame(tok, clause)
        or blamed_passive(tok, clause, words)
        or consequence_threat(tok, clause)
        or reported_deed(tok, clause)
    )
