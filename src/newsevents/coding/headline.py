"""Passives of a headline, which drops its "was"/"were": "Three guards killed in raid on convoy",
"Blogger detained at airport". The parser reads the participle either as the verb of its subject, in
the active ("journalist" the detainer), or as a modifier of the noun that stands as the root ("soldiers
[killed in ambush]"), so the act is coded backwards or not at all. On the article's first line, when it
is a headline (no closing full stop, no finite verb), both are mended into the full passive they stand
for: the noun becomes the participle's passive subject, so every later stage reads "were killed".
It reads the tree through spaCy itself, as the other mending rules do (``doccache`` is built after).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.annotations import doc_text

# Longest first line read as a headline (as dateline.py allows before a dateline).
_MAX_HEADLINE = 160
# Tags of a finite verb: a line with one is a sentence, not a headline's reduced passive.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Acts done to people, whose bare past form in a headline is the passive even when tagged as a past
# tense ("Activist detained at airport"); other verbs may be active ("Protesters marched in Cairo").
_DONE_TO_PEOPLE = frozenset(
    "arrest detain jail imprison kill wound injure kidnap abduct seize capture execute deport expel free "
    "release sentence convict charge".split()
)
# Dependents that make a participle active or already passive.
_NOT_BARE = frozenset({"aux", "auxpass", "nsubjpass", "dobj", "dative", "ccomp"})


def headline_passive(doc: Doc) -> int:
    """Mend the reduced passive of ``doc``'s headline, if any; the number mended (0 or 1)."""
    line = _headline(doc)
    if line is None:
        return 0
    root = line.root
    if (root.tag_ == "VBN" or _done_to_people(root)) and _bare(root):
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return 0
        subject.dep_ = "nsubjpass"
        return 1
    if root.pos_ not in ("NOUN", "PROPN"):
        return 0
    part = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > root.i), None)
    if part is None or not _bare(part):
        return 0
    # (the order keeps one root: the participle takes the root's place before the noun hangs from it)
    head_dep = root.dep_
    part.head = part
    part.dep_ = head_dep
    root.head = part
    root.dep_ = "nsubjpass"
    return 1


def _headline(doc: Doc) -> Span | None:
    """The first sentence of ``doc`` when it is a headline: the whole first line, followed by more text,
    without a closing full stop or a finite verb."""
    text = doc_text(doc)
    line = text.split("\n", 1)[0].strip()
    if not line or len(line) > _MAX_HEADLINE or line[-1] in ".!?\"'" or "\n" not in text:
        return None
    sent = next(iter(doc.sents), None)
    if sent is None or sent.text.strip() != line:
        return None
    if any(t.tag_ in _FINITE and not (t.i == sent.root.i and _done_to_people(t)) for t in sent):
        return None
    return sent


def _done_to_people(verb: Token) -> bool:
    """A past tense of an act done to people ("detained"), read as the passive participle it stands for."""
    return verb.tag_ == "VBD" and verb.lemma_.casefold() in _DONE_TO_PEOPLE


def _bare(part: Token) -> bool:
    """A participle with neither auxiliary nor object: the headline's passive, "killed in ambush"."""
    return not any(c.dep_ in _NOT_BARE for c in part.children)
