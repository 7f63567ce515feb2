"""The acts of courts and tribunals that the trigger stage adds after its patterns: a court's finding
against a party (coding/court_findings.py) and an inquiry a court or a body authorises
(coding/authorised_inquiry.py). One entry point, so that the trigger stage names them once."""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.coding.authorised_inquiry import authorised_inquiries
from newsevents.coding.court_findings import court_findings
from newsevents.coding.records import Trigger

__all__ = ["legal_acts"]


def legal_acts(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """``found`` (the triggers of ``sent``) with the courts' findings and authorised inquiries."""
    return authorised_inquiries(sent, court_findings(sent, found))
