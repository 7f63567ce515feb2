"""The agent or title role of a head word ("police" -> COP, "foreign minister" -> GOV), read once per token
of a document (issue 10, throughput).

``ActorResolver.agent_role`` is asked about the same token many times per article (by each phrase read,
the armed modifiers, the descriptions and the conjuncts) and the answer depends only on the parse. The
memo is a dict in ``Doc.user_data`` (token index -> role), one per ``AgentRoles``: it holds no Token, so
it makes no cycle, and ``Pipeline._run`` clears it with the rest of the Doc's ``user_data``. Most tokens
are no agent: a word that no agent or title phrase ends with (and no agent's word) is None at once.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from newsevents import doccache, labels
from newsevents.actors.words import packaged_words

__all__ = ["AgentRoles"]

_WORDS = packaged_words()
_KEY = "newsevents.agentrole"
_SERIAL = itertools.count()  # (each AgentRoles its own memo, whatever tables it reads)
# The role of a party, which "opposition" on its phrase makes OPP, as Phoenix codes "opposition party":
# "the opposition Democratic Party" (the row read is "democratic party", PTY). Members of parliament keep
# LEG ("an opposition deputy" is a lawmaker: tools/curated_agents.tsv).
_OPPOSABLE = frozenset({"PTY"})
_OFFICE = "office"
_JUDICIAL = "JUD"
_MAX_ENDS = 200_000  # (word pairs kept by ``AgentRoles._end_kind``: a few MB at most)
_NEITHER, _ENDS, _HEAD = 0, 1, 2  # (what ``AgentRoles._end_kind`` says of a head word)


class AgentRoles:
    """The roles of the agent and title tables (lower-case lemma phrases -> role code)."""

    def __init__(self, titles: dict[str, str], agents: dict[str, str]) -> None:
        self._titles = titles
        self._agents = agents
        # The last word of every phrase: a head's lemma must end one (or its own word be an agent's).
        self._last = frozenset(p.rsplit(" ", 1)[-1] for p in (*titles, *agents))
        self._key = f"{_KEY}.{next(_SERIAL)}"
        self._ends: dict[tuple[int, int], int] = {}  # (lemma hash, lower-case hash) -> ``_end_kind``

    def role(self, token: Token) -> str | None:
        """Role of a generic agent or title headed by ``token``, from the Doc's memo when read before."""
        memo: dict[int, str | None] | None = token.doc.user_data.get(self._key)
        if memo is None:
            memo = token.doc.user_data[self._key] = {}
        i = token.i
        if i in memo:
            return memo[i]
        found = memo[i] = _in_opposition(token, self._read(token)) or self._shared_noun_role(token)
        return found

    def _shared_noun_role(self, token: Token) -> str | None:
        """The role of the agent noun a bare capitalised word shares with its conjunct: the parser reads
        "Kyrgyz and Uzbek border guards" as "Kyrgyz" and "Uzbek border guards", and both are guards
        (MIL); the conjunct must itself be modified by a capitalised word ("Uzbek")."""
        kids = doccache.children(token)
        if not kids or not token.text[:1].isupper() or any(c.dep_ not in ("cc", "conj") for c in kids):
            return None
        conj = next((c for c in kids if c.dep == labels.CONJ), None)
        if conj is None or conj.pos_ != "NOUN":
            return None
        named = (m for m in doccache.children(conj) if m.i < conj.i and m.dep_ in ("amod", "compound"))
        return self.role(conj) if any(m.text[:1].isupper() for m in named) else None

    def _read(self, token: Token) -> str | None:
        kind = self._end_kind(token)
        if kind != _ENDS:
            # (no phrase of either table ends with the head: the cheap test first; "the head of the navy":
            # no row ends with "head", the body named with it gives the role)
            return self._owner_role(token) if kind == _HEAD else None
        lemma = token.lemma_.casefold()
        compound = next((c for c in doccache.children(token) if c.dep == labels.COMPOUND), None)
        if compound is not None and f"{compound.lemma_.casefold()} {lemma}" in _WORDS.not_agents:
            return None  # "a task force" is no armed force
        span = doccache.tokens(token.doc)[max(token.i - 2, 0) : token.i]
        lemmas = [t.lemma_.casefold() for t in span]
        # The modifiers as written too: the lemmatiser makes "rights" "right", so "rights groups" and
        # "human rights activists" would find no row under their lemmas.
        written = [t.lower_ for t in span]
        for left in (2, 1):
            if token.i - left < 0:
                continue
            for before in (lemmas, written) if written != lemmas else (lemmas,):
                # (a hyphenated title is one word: "attorney - general" is the row "attorney-general", not
                # the rank "general")
                phrase = " ".join([*before[len(before) - left :], lemma]).replace(" - ", "-")
                role = self._titles.get(phrase) or self._agents.get(phrase)
                if role:
                    return role
        if lemma in _WORDS.speaker_nouns or lemma in _WORDS.body_heads:
            body = self._body_role(token) or self._owner_role(token)
            if body:
                return body
        if lemma in _WORDS.member_bodies:
            members = self._members_role(token)
            if members:
                return members
        if lemma == _OFFICE and _prosecution_office(token):
            return _JUDICIAL  # ("the attorney general's office": too long a phrase for the rows above)
        return self._titles.get(lemma) or self._agents.get(lemma) or self._agents.get(token.lower_)

    def _owner_role(self, token: Token) -> str | None:
        """The role of the body a speaker or head noun belongs to by a possessive or an "of": "the army's
        spokesman" -> MIL, "the chief of police" -> COP, "the head of the main opposition party" -> OPP.
        A person or a country there has no agent role, and the noun's own row stands ("Putin's spokesman",
        "the head of the delegation of Chile")."""
        for child in doccache.children(token):
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of" and child.i > token.i):
                owner = child if child.dep == labels.POSS else next(
                    (o for o in doccache.children(child) if o.dep == labels.POBJ), None
                )
                role = self.role(owner) if owner is not None else None
                if role:
                    return role
        return None

    def _members_role(self, token: Token) -> str | None:
        """The role of the members a body is named by: "the Congress of Trade Unions" is a union centre
        (LAB), not a legislature, whatever "congress" alone is; a person or a country after "of" has no
        role, and the noun's own row stands ("the Congress of Peru")."""
        for prep in doccache.children(token):
            if prep.dep == labels.PREP and prep.lower_ == "of" and prep.i > token.i:
                member = next((o for o in doccache.children(prep) if o.dep == labels.POBJ), None)
                role = self.role(member) if member is not None else None
                if role:
                    return role
        return None

    def _end_kind(self, token: Token) -> int:
        """Whether a phrase of either table may end with ``token`` (its lemma's last word ends one, or its
        own word is an agent's: ``_ENDS``), else whether it is a head noun of a body (``_HEAD``), else
        ``_NEITHER``. Read by the word's two hashes (a string's hash is the same in any vocabulary), once per
        pair a process meets: most words asked about are neither, and their strings need not be made for
        each new token."""
        key = (token.lemma, token.lower)
        found = self._ends.get(key)
        if found is None:
            if len(self._ends) >= _MAX_ENDS:
                self._ends.clear()
            lemma = token.lemma_.casefold()
            if lemma.rsplit(" ", 1)[-1] in self._last or token.lower_ in self._agents:
                found = _ENDS
            else:
                found = _HEAD if lemma in _WORDS.body_heads else _NEITHER
            self._ends[key] = found
        return found

    def _body_role(self, token: Token) -> str | None:
        """The agent role of the body a speaker noun speaks for: "an army spokesman" -> MIL (the modifier
        just before the noun, one or two words, must hang from it), "a spokesman for the police" -> COP."""
        prev = token.i - 1
        if prev < 0 or token.doc[prev].head.i != token.i or token.doc[prev].dep_ not in ("compound", "amod"):
            # "a spokesman for the army": the body is the object of "for"
            preps = (c for c in doccache.children(token) if c.dep == labels.PREP and c.lower_ == "for")
            body = next((o for p in preps for o in doccache.children(p) if o.dep == labels.POBJ), None)
            return self._agents.get(body.lemma_.casefold()) if body is not None else None
        words = [t.lemma_.casefold() for t in token.doc[max(prev - 1, 0) : token.i]]
        for left in (2, 1):
            role = self._agents.get(" ".join(words[-left:])) if len(words) >= left else None
            if role:
                return role
        return None


def _prosecution_office(office: Token) -> bool:
    """Whether ``office`` is the office of a title whose office is a prosecution service (``prosecution-
    owners``: "the attorney general's office"), judicial though the title alone keeps the cabinet post's
    GOV it has in some states."""
    possessor = next((c for c in doccache.children(office) if c.dep_ == "poss"), None)
    if possessor is None or possessor.pos_ == "PRON":
        return False
    lemma = possessor.lemma_.casefold()
    kids = doccache.children(possessor)
    compounds = [f"{c.lemma_.casefold()} {lemma}" for c in kids if c.dep_ == "compound"]
    return any(n in _WORDS.prosecution_owners for n in (lemma, *compounds))


def _in_opposition(token: Token, role: str | None) -> str | None:
    """``role``, or OPP for a party with "opposition" among the head's own modifiers."""
    if role not in _OPPOSABLE:
        return role
    opposed = any(
        c.lower_ == "opposition" and c.dep_ in ("amod", "compound", "nmod") and c.i < token.i
        for c in doccache.children(token)
    )
    return "OPP" if opposed else role
