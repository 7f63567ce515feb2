"""Acts told beside the acts they are about, which neither give way to those acts nor make them give
way: a party's admission of a harm (``admissions``: "admitted its troops fired", 015) and an inquiry
body's finding (``inquiry_finding``: "investigators concluded that a Ruritanian submarine sank the
ferry", 090). Both sit on a verb the modality table reads as a report, whose bare form is no event; each
rule is its own module with its own words, and the trigger stage calls this one entry."""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.coding.admissions import admission_triggers
from newsevents.coding.inquiry_finding import inquiry_findings
from newsevents.coding.records import Trigger


def beside_triggers(sent: Span, found: list[Trigger]) -> list[Trigger]:
    """The admissions and the inquiries' findings of ``sent`` (``found``: its triggers after selection)."""
    return admission_triggers(sent, found) + inquiry_findings(sent, found)
