"""One world body told twice: "West African leaders gave the junta a week ... The Economic Community of
West African States said it would take all measures necessary". An international body has no country, so
the rules that fold a restated act by its source's country (``threat_again``, ``intent_again``) never
fold one a body restates; they ask this module instead whether two sources are the same body.

Two IGO sources are one body when their actor codes name the same body of the same region: the CAMEO
actor code of a body is ``IGO`` + region + any sector segments + the body's own three letters
(``IGOWAFWAS`` and ``IGOWAFBUSWAS`` are both ECOWAS, ``IGOUNO`` and ``IGOUNOIAE`` are the UN and its
atomic agency, two bodies). A source that has a country is never a body here.
"""

from __future__ import annotations

from newsevents.records import Actor

# The prefix of an international body's actor code and the length of its region and body segments.
_IGO = "IGO"
_SEGMENT = 3


def same_body(a: Actor, b: Actor) -> bool:
    """Whether ``a`` and ``b`` are one international body (no country; the same region and body code)."""
    if a.country is not None or b.country is not None:
        return False
    return _body(a.code) is not None and _body(a.code) == _body(b.code)


def _body(code: str | None) -> tuple[str, str] | None:
    """The region and the body of an IGO actor code, or None for a code that names no body."""
    if code is None or not code.startswith(_IGO) or len(code) < len(_IGO) + 2 * _SEGMENT:
        return None
    return code[len(_IGO) : len(_IGO) + _SEGMENT], code[-_SEGMENT:]
