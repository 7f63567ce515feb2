"""Walks over spaCy's dependency parse that several stages share: clauses, governors, objects,
prepositions. Pure functions of tokens; no word lists (those are in ``coding/data/words.toml``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents import doccache, labels
from newsevents.coding import participles
from newsevents.coding.asides import aside, fronted_scene
from newsevents.coding.carried import carried_preps
from newsevents.coding.clausebreak import across_break
from newsevents.coding.datelined import undatelined
from newsevents.coding.drawn import drawn_from
from newsevents.coding.fronted import fronted_subject
from newsevents.coding.journey_part import journey_part
from newsevents.coding.lexicon import lexicon
from newsevents.coding.own_subject import shares_object
from newsevents.coding.pair_talks import pair_talks
from newsevents.coding.pronoun_object import pronoun_antecedent
from newsevents.coding.split_subject import joined_subjects
from newsevents.coding.time_limit import granted_spans

# Children whose words count as the trigger's object when a pattern asks for object words.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "xcomp", "dative", "acomp"})
# Tags of a proper noun, and the plural endings of a common noun the tagger took for one (longest first:
# "gunmen" -> "gunman", "militias" -> "militia", "rebels" -> "rebel")
NAME_TAGS: frozenset[str] = frozenset({"NNP", "NNPS"})
_PLURAL_ENDINGS = (("men", "man"), ("ies", "y"), ("s", ""))
# Relative pronouns: they stand for the noun their clause hangs on.
RELATIVE_WORDS = frozenset({"which", "that", "who", "whom", "whose"})
# Prepositions that deny what their phrase names: "talks WITHOUT a truce deal" are not about a truce.
_PRIVATIVE = frozenset({"without"})
# Prepositions of a phrase of place inside a verb's object: where the thing is, not what it is.
_PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "around"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "capital", "area"})
# Prepositions that set an event noun beside the clause's act, not under it: "AFTER a call with Lula"
# (the call is an act of its own, see coding/clause_party.py), unlike "agreed TO talks with Quito".
_SETTING = frozenset({"after", "before", "during", "in", "following", "amid"})
# Clauses inside a phrase: their words say something about the phrase, they are not part of it.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})
# (the same labels, and those below, as the integers a token keeps: newsevents.labels)
_CLAUSES = labels.labels(CLAUSE_DEPS)
_OBJECT_DEPS = labels.labels(OBJECT_DEPS)
_AUXILIARIES = labels.labels(("aux", "auxpass"))
_PREPS = labels.labels(("prep", "agent", "dative"))
_OBJECTS = labels.labels(("dobj", "nsubjpass", "attr"))
_EMBEDDING, _GOVERNED = labels.labels(("xcomp", "ccomp")), labels.labels(("dobj", "pobj"))  # (``governors``)


def trigger_keys(tok: Token) -> list[tuple[str, str]]:
    """Pattern lookup keys of a token: phrasal verb first ("set up"), then the verb; nouns as nouns."""
    lemma = verb_lemma(tok)
    if _nominal_gerund(tok):  # ("Fighting between X and Y erupted": the parser's verb is the noun)
        return [(tok.lower_, "noun"), (lemma, "verb")]
    if tok.pos == labels.POS_VERB or (tok.pos == labels.POS_AUX and tok.dep not in _AUXILIARIES):
        keys = [(f"{lemma} {c.lower_}", "verb") for c in doccache.children(tok) if c.dep == labels.PRT]
        return [*keys, (lemma, "verb")]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep != labels.COMPOUND:
        return [(lemma, "noun")]
    return []


def verb_lemma(tok: Token) -> str:
    """The token's lemma, with a past form the lemmatiser cuts wrong ("raped": rap, "unbanned": unbanne)
    put right from the forms in ``data/participles.tsv``."""
    if tok.tag_ in ("VBD", "VBN"):
        fixed = participles.irregular().get(tok.lower_)
        if fixed is not None:
            return fixed
    return tok.lemma_.casefold()


def _nominal_gerund(tok: Token) -> bool:
    """A gerund that is a clause's subject and has no subject or object of its own names an act as a
    noun would: the parser tags a sentence's first "Fighting between troops and rebels ..." a verb."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in doccache.children(tok))
    )


def span_of(tok: Token) -> Span:
    """The contiguous span covered by ``tok``'s subtree."""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


# Nouns of a journey: "on a visit to Chile" says where the actor was, not whom the act concerns.
_JOURNEYS = frozenset({"visit", "trip", "tour", "stopover", "journey", "way"})
# Prepositions whose phrase on the verb is no part of its object: a description ("as") and a time
# ("declared martial law AFTER enemy shelling" names the event the act follows, not its counterpart).
_NOT_OBJECT = frozenset({"as", "after", "before", "since", "following", "amid", "during", "until"})


def object_phrase_tokens(tok: Token) -> list[Token]:
    """Proper nouns and nouns inside the trigger's object phrases (direct object, prepositional objects),
    outside relative clauses, in text order."""
    roots = [c for c in doccache.children(tok) if c.dep_ in ("dobj", "dative")]
    # ("condemned the strike AS an aggression against Iraq", "ON a visit to Chile": a description of the
    # object or the speaker's journey, whose countries are no party to the act)
    roots.extend(
        p
        for prep in (c for c in doccache.children(tok) if c.dep_ == "prep" and c.lower_ not in _NOT_OBJECT)
        for p in doccache.children(prep)
        if p.dep == labels.POBJ and p.lemma_.casefold() not in _JOURNEYS
        if not aside(prep) and not fronted_scene(prep)
    )
    found: list[Token] = []
    stack = list(roots)
    while stack:
        t = stack.pop()
        if t.pos_ in ("PROPN", "NOUN", "ADJ"):
            found.append(t)
        # Participles stay in ("abuses committed by the militia"); relative clauses and asides (a mover's
        # origin, a requester: "crossed the border from Belarus", "at the request of X") do not.
        stack.extend(
            c for c in doccache.children(t) if (c.dep not in _CLAUSES or c.dep == labels.ACL) and not aside(c)
        )
    return sorted(found, key=lambda t: t.i)


def shared_object_verbs(tok: Token) -> list[Token]:
    """``tok`` and, with no object, the coordinated verbs it shares one with (``coding/own_subject.py``)."""
    if any(c.dep == labels.DOBJ or c.dep == labels.NSUBJPASS for c in doccache.children(tok)):
        return [tok]
    return [tok, *(c for c in doccache.children(tok) if shares_object(c))]


def phrase_lemmas(tok: Token, places: bool = True) -> set[str]:
    """Lemmas of ``tok``'s phrase, leaving out clauses inside it ("a motion that seeks to end the
    embargo" is not about an embargo), and with ``places`` false its phrases of place ("seized a car
    plant IN THE CITY of X" seized a plant, not a city)."""
    out, stack, kids = set(), [tok], doccache.children_table(tok.doc)  # (the table: no call per word)
    skipped = _PRIVATIVE if places else _PRIVATIVE | _PLACE_PREPS
    while stack:
        t = stack.pop()
        if not _anti_prefixed(t):
            out.add(t.lemma_.casefold())
        stack.extend(
            c
            for c in kids[t.i]
            if c.dep not in _CLAUSES and not (c.dep == labels.PREP and c.lower_ in skipped and _placed(c))
        )
    return out


def _placed(prep: Token) -> bool:
    """Whether ``prep``, one of the prepositions skipped, leaves its phrase out: a privative always, one
    of place when its objects are places (a named place or a noun of place, "in the mining TOWN of
    X"; "$1 million IN aid" stays)."""
    if prep.lower_ in _PRIVATIVE:
        return True
    objects = [c for c in doccache.children(prep) if c.dep == labels.POBJ]
    return bool(objects) and all(o.ent_type_ in _PLACE_ENTITIES or o.lemma_ in _PLACE_NOUNS for o in objects)


def _anti_prefixed(tok: Token) -> bool:
    """A word after "anti-" names what a thing is against, not the thing: "anti-aircraft missiles" and
    "anti-tank weapons" are sent as arms, not as aircraft or tanks."""
    words = doccache.tokens(tok.doc)  # (the Doc's Token objects, the words compared as their hashes)
    return tok.i >= 2 and words[tok.i - 1].orth == labels.HYPHEN and words[tok.i - 2].lower == labels.ANTI


def object_lemmas(tok: Token, noun: bool) -> set[str]:
    """The words a pattern's object constraint is tested against: a noun's modifiers, a verb's objects."""
    lemmas: set[str] = set()
    if noun:
        for child in doccache.children(tok):
            if child.dep_ in ("compound", "amod", "nmod", "prep"):
                lemmas.update(phrase_lemmas(child))
        lemmas.add(tok.lemma_.casefold())
        return lemmas
    for verb in shared_object_verbs(tok):
        for child in doccache.children(verb):
            if child.dep == labels.XCOMP or _infinitive_clause(child):
                # "threatened to halt the talks", "allowed jets to cross its airspace": the embedded verb
                # and its own objects, not the clauses hanging from them ("talks to cut warheads").
                lemmas.add(child.lemma_.casefold())
                lemmas.update(object_lemmas(child, False) if child.pos_ in ("VERB", "AUX") else set())
                lemmas.update(phrase_lemmas(child) if child.pos_ not in ("VERB", "AUX") else set())
            elif child.dep in _OBJECT_DEPS:
                lemmas.update(phrase_lemmas(child, places=child.dep != labels.DOBJ))
            elif child.dep == labels.CCOMP and _verbless_complement(child):
                # "took two engineers hostage", "let the inspectors in": the parser reads the object and
                # its complement (a bare noun, a particle) as a verbless clause; its words are the object's.
                lemmas.update(phrase_lemmas(child))
        if not any(c.dep == labels.DOBJ for c in doccache.children(verb)):
            # "gave the rebels 72 hours": the parser takes the second object for an adverbial noun.
            adverbial = (c for c in doccache.children(verb) if c.dep == labels.NPADVMOD and c.pos_ == "NOUN")
            lemmas.update(c.lemma_.casefold() for c in adverbial)
            lemmas.update(_compound_read_as_clause(verb))
        # "gave the officers who seized power one week (to ...)": the span the parser hung on the object's
        # relative clause (coding/time_limit.py)
        lemmas.update(granted_spans(verb))
    from newsevents.coding.received import ordered_patient  # ("ordered the assets frozen": freezes them)

    gap = gap_object(tok) or ordered_patient(tok) or pronoun_antecedent(tok)  # ("lifted IT": the curfew)
    if gap is not None:
        lemmas.update(phrase_lemmas(gap))
    return lemmas


def _verbless_complement(clause: Token) -> bool:
    """A clausal complement headed by a particle ("let them IN") or a bare noun ("took them HOSTAGE"); a
    noun with a determiner is a predicate of its own ("declared him THE WINNER") and stays out."""
    if clause.pos_ == "ADP":
        return True
    return clause.pos_ == "NOUN" and not any(c.dep == labels.DET for c in doccache.children(clause))


def _compound_read_as_clause(verb: Token) -> set[str]:
    """Words of an object the tagger split into a subject and a verb: in "imposed asset FREEZES on X" the
    plural noun is read as a present-tense verb (the clause "asset freezes"), whose subject ends in a bare
    singular noun right before it; the clause's words are the object's."""
    out: set[str] = set()
    for clause in (c for c in doccache.children(verb) if c.dep == labels.CCOMP and c.tag_ == "VBZ"):
        before = clause.doc[clause.i - 1]
        subjects = [c for c in doccache.children(clause) if c.dep == labels.NSUBJ]
        bare = before.tag_ == "NN" and not any(c.dep == labels.DET for c in doccache.children(before))
        if bare and any(before in doccache.subtree(s) for s in subjects):
            out.add(clause.lemma_.casefold())
            out.update(w for s in subjects for w in phrase_lemmas(s))
    return out


def gap_object(verb: Token) -> Token | None:
    """The noun a relative or participle clause takes as its object without saying it: "the accord
    [Lima signed]", "the truce [which both sides signed]", "the deal, [signed in Doha by the envoys]"."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    objects = [c for c in doccache.children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if objects:
        return verb.head if all(o.lower_ in RELATIVE_WORDS for o in objects) else None
    if verb.dep == labels.ACL:
        # only with its agent: "the deal, signed in Doha BY both envoys" ("the statement, released on
        # Monday, said ..." tells nothing done to the statement by anyone named)
        agent = any(c.dep == labels.AGENT for c in doccache.children(verb))
        return verb.head if verb.tag_ == "VBN" and agent else None
    subject = next((c for c in doccache.children(verb) if c.dep == labels.NSUBJ), None)
    return verb.head if subject is not None and subject.lower_ not in RELATIVE_WORDS else None


def _infinitive_clause(tok: Token) -> bool:
    """A clausal complement in the infinitive with its own subject ("allowed jets to cross"), which the
    parser labels ccomp."""
    return tok.dep == labels.CCOMP and doccache.infinitive_to(tok)


def subject_lemmas(tok: Token) -> set[str]:
    """Words of the trigger's subject; a coordinated verb without one shares its first conjunct's
    ("peacekeepers landed and took control of the port")."""
    for _ in range(4):
        subjects = [c for c in doccache.children(tok) if c.dep == labels.NSUBJ or c.dep == labels.NSUBJPASS]
        if tok.dep == labels.RELCL and all(c.tag_ in _RELATIVES for c in subjects):
            # "students WHO had occupied the building": the relative pronoun stands for its noun
            return {t.lemma_.casefold() for t in doccache.subtree(tok.head) if t.i < tok.i}
        if subjects or tok.dep != labels.CONJ or tok.head.i == tok.i:
            return {w for c in _doers(tok, subjects) for t in doccache.subtree(c) for w in subject_words(t)}
        tok = tok.head
    return set()


def subject_words(t: Token) -> tuple[str, ...]:
    """The token's lemma and, for a capitalised plural the tagger took for a name because of where it
    stands (the first word after a dateline: "KABUL (Wire) - Rebels swept into ..." keeps "rebels" as
    its lemma), its singular as well, so that a pattern's subject word ("rebel") finds it. A word of a
    named entity ("the Philippines", "United States") is a name and stays as it is."""
    lemma = t.lemma_.casefold()
    if t.tag_ not in NAME_TAGS or t.ent_type_ or not t.text.istitle() or lemma != t.lower_:
        return (lemma,)
    singular = next((lemma[: -len(end)] + new for end, new in _PLURAL_ENDINGS if lemma.endswith(end)), None)
    return (lemma,) if singular is None else (lemma, singular)


def _doers(verb: Token, subjects: list[Token]) -> list[Token]:
    """Who does the act: a passive's 'by' agent, not its subject, which is what is acted on ("the
    gunman was seized by police"); a passive without an agent keeps its subject."""
    agents = [p for c in doccache.children(verb) if c.dep == labels.AGENT for p in doccache.children(c)]
    return agents if agents and any(c.dep == labels.NSUBJPASS for c in subjects) else subjects


# Tags of relative pronouns ("who", "which", "that").
_RELATIVES = frozenset({"WP", "WDT"})


def preps(tok: Token, deep: bool = False) -> list[Token]:
    """Prepositions on the trigger and on its object ("imposed tariffs on Canada"); ``deep`` also those
    on the objects of those prepositions."""
    answers = doccache.memo(tok.doc, _PREPS_MEMO)  # (the patterns, the roles and the place of a trigger ask)
    found: tuple[Token, ...] | None = answers.get((tok.i, deep))
    if found is None:
        found = answers[(tok.i, deep)] = tuple(_preps(tok, deep))
    return list(found)


_PREPS_MEMO = "newsevents.syntax.preps"


def _particle_with_object(tok: Token) -> bool:
    """A word the parser took for a verb's particle though it governs an object, so a preposition: "forces
    put ON special alert" (a particle has no object of its own)."""
    return tok.dep == labels.PRT and any(c.dep == labels.POBJ for c in doccache.children(tok))


def _preps(tok: Token, deep: bool) -> list[Token]:
    out = [c for c in doccache.children(tok) if c.dep in _PREPS or _particle_with_object(c)]
    if tok.pos_ == "NOUN":
        out.extend((*drawn_from(tok), *carried_preps(tok)))  # ("drew criticism from X", "made a plea for Y")
    verbs = shared_object_verbs(tok) if tok.pos_ == "VERB" else [tok]
    for obj in (c for v in verbs for c in doccache.children(v) if c.dep in _OBJECTS):
        out.extend(c for c in doccache.children(obj) if c.dep == labels.PREP)
        if deep:
            for pobj in (c for p in doccache.children(obj) if p.dep_ == "prep" for c in doccache.children(p)):
                out.extend(c for c in doccache.children(pobj) if c.dep == labels.PREP)
    if deep:
        for prep in list(out):
            for pobj in (c for c in doccache.children(prep) if c.dep == labels.POBJ):
                out.extend(c for c in doccache.children(pobj) if c.dep == labels.PREP)
    return out


def shared_heads(tok: Token) -> list[Token]:
    """Verbs whose auxiliaries and negation a coordinated verb shares ("could freeze or seize")."""
    out = []
    while tok.dep == labels.CONJ and tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
    return out


def clause_chain(tok: Token) -> list[Token]:
    """``tok`` and the verbs it is coordinated with or controlled by ("landed and then tried to drive":
    drive, tried, landed)."""
    out = [tok]
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


def governors(tok: Token) -> list[Token]:
    """Verbs that embed the clause of ``tok``: "agreed [to trade]", "said [that they would trade]"."""
    out: list[Token] = []
    cur = tok
    for _ in range(4):
        while cur.dep == labels.CONJ and cur.head.i != cur.i:
            cur = cur.head
        if (dep := cur.dep) == labels.CCOMP and across_break(cur):
            break  # ("Greece arrested them; Ankara demanded ...": a clause of its own, not the content)
        if dep in _EMBEDDING or (dep == labels.ADVCL and doccache.infinitive_to(cur)):
            cur = cur.head
            out.append(cur)
        elif dep in _GOVERNED and cur.head.pos_ in ("VERB", "ADP") and not setting_act(cur):
            # a nominal event as the object of a governing verb: "agreed to a truce"
            cur = cur.head if cur.head.pos_ == "VERB" else cur.head.head
            out.append(cur)
        else:
            break
    return out


def with_counterpart(tok: Token) -> bool:
    """Whether noun ``tok`` names a counterpart in a "with" phrase ("talks WITH Hanoi")."""
    preps = (c for c in doccache.children(tok) if c.dep == labels.PREP and c.lower_ == "with")
    return any(c.dep == labels.POBJ for prep in preps for c in doccache.children(prep))


def setting_act(tok: Token) -> bool:
    """Whether ``tok`` is a noun naming its counterpart ("AFTER a call with Lula"), a journey ("a visit to X",
    or at its part: journey_part.py) or a pair's talks (pair_talks.py) set beside its clause's act."""
    setting = tok.dep == labels.POBJ and tok.head.lower_ in _SETTING
    told = tok.dep == labels.POBJ and journey_to(tok) and (setting or journey_part(tok) is not None)
    return told or (setting and with_counterpart(tok)) or pair_talks(tok) is not None


def journey_to(tok: Token) -> bool:
    """Whether noun ``tok`` is a journey with its destination ("DURING a visit TO Nairobi"): the visit is
    an act of its own beside the clause's, as a call with its counterpart is."""
    if tok.lemma_.casefold() not in _JOURNEYS:
        return False
    preps = (c for c in doccache.children(tok) if c.dep == labels.PREP and c.lower_ == "to")
    return any(c.dep == labels.POBJ for prep in preps for c in doccache.children(prep))


def contentless_objects(tok: Token) -> list[Token]:
    """The direct objects of verb ``tok`` when it reports no clause: "held a news conference" is about its
    object alone, "told a news conference THAT ..." about what it reports. An object that is a stretch of
    time stands for its "of" phrase ("declared three days OF MOURNING")."""
    children = doccache.children(tok)
    if any(c.dep == labels.CCOMP for c in children):
        return []
    objects = [c for c in children if c.dep == labels.DOBJ]
    durations = [o for o in objects if o.lemma_.casefold() in lexicon().duration_nouns]
    preps = [p for o in durations for p in doccache.children(o) if p.lower == labels.OF]
    return objects + [c for p in preps for c in doccache.children(p) if c.dep == labels.POBJ]


def subjects(tok: Token) -> list[Token]:
    found = [c for c in doccache.children(tok) if c.dep == labels.NSUBJ] or fronted_subject(tok)
    return undatelined(tok, joined_subjects(found))  # ("NEW YORK, May 1 - X pressed": X, not NEW YORK)


def is_passive(tok: Token) -> bool:
    return not labels.PASSIVE.isdisjoint([c.dep for c in doccache.children(tok)])


# Dashes that end a dateline ("YEREVAN, Sept 27 (Wire) - Heavy fighting ..."): the word after one opens
# the report's first sentence, capitalised as a first word is.
_DATELINE_DASHES = frozenset({"-", "--", "\u2014", "\u2013"})


def lead_word(tok: Token) -> bool:
    """Whether ``tok`` is capitalised only as the first word of its sentence or of the text after a
    dateline's dash."""
    return tok.is_sent_start or (tok.i > tok.sent.start and tok.nbor(-1).text in _DATELINE_DASHES)
