"""The coder's word lists, read once from ``coding/data/words.toml`` and checked.

Each list is a frozen set (or, where its order matters, a tuple) named after its key in the file; the file
says what each is for. Dependency labels are grammar and stay in the code that uses them.
"""

from __future__ import annotations

import csv
import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

from newsevents.errors import DataFileError

_FILE = "coding/data/words.toml"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of ``coding/data/words.toml``."""

    target_prepositions: tuple[str, ...]
    noun_target_prepositions: tuple[str, ...]
    place_prepositions: frozenset[str]
    scene_prepositions: frozenset[str]
    scene_marks: frozenset[str]
    conditions: frozenset[str]
    sequel_adverbs: frozenset[str]
    deontic_modals: frozenset[str]
    obligation_states: frozenset[str]
    blamed_passives: frozenset[str]
    blamed_complements: frozenset[str]
    demand_reports: frozenset[str]
    obligation_verbs: frozenset[str]
    negations: frozenset[str]
    commitment_verbs: frozenset[str]
    self_directed_nouns: frozenset[str]
    duration_nouns: frozenset[str]
    event_nouns: frozenset[str]
    decision_nouns: frozenset[str]
    intent_nouns: frozenset[str]
    ground_force_nouns: frozenset[str]
    deployed_ship_nouns: frozenset[str]
    event_subjects: frozenset[str]
    fight_nouns: frozenset[str]
    quote_verbs: tuple[str, ...]
    breach_nouns: frozenset[str]
    truce_nouns: frozenset[str]
    accord_nouns: frozenset[str]
    state_roles: frozenset[str]
    state_source_roles: frozenset[str]
    non_state_armed_roles: frozenset[str]
    judgement_verbs: frozenset[str]
    judgement_copulas: frozenset[str]
    negative_judgements: frozenset[str]
    positive_judgements: frozenset[str]
    validity_words: frozenset[str]
    particle_adverbs: frozenset[str]
    carrier_nouns: frozenset[str]
    protective_purposes: frozenset[str]
    monitoring_purposes: frozenset[str]
    relief_purposes: frozenset[str]
    praising_purposes: frozenset[str]
    relief_workers: frozenset[str]
    consequence_verbs: frozenset[str]
    speech_participles: frozenset[str]
    reported_participles: frozenset[str]
    person_nouns: frozenset[str]
    option_nouns: frozenset[str]
    option_verbs: frozenset[str]
    unexcluded_verbs: frozenset[str]
    refusal_predicates: frozenset[str]
    continuation_verbs: frozenset[str]
    neutral_judgements: frozenset[str]
    comment_verbs: frozenset[str]
    apology_words: frozenset[str]
    involvement_words: frozenset[str]
    message_nouns: frozenset[str]
    message_verbs: frozenset[str]
    message_signers: frozenset[str]
    message_refusals: frozenset[str]
    speaker_verbs: frozenset[str]
    alternative_words: frozenset[str]
    drawing_verbs: frozenset[str]
    eased_measures: frozenset[str]
    economic_measures: frozenset[str]
    freed_verbs: frozenset[str]
    custody_nouns: frozenset[str]
    hosted_post_nouns: frozenset[str]
    crew_nouns: frozenset[str]
    vessel_nouns: frozenset[str]
    swap_nouns: frozenset[str]
    swapped_nouns: frozenset[str]
    swap_custody_verbs: frozenset[str]
    doer_of_nouns: frozenset[str]
    patient_of_nouns: frozenset[str]
    ordering_verbs: frozenset[str]
    failure_verbs: frozenset[str]
    wrongdoing_verbs: frozenset[str]
    compliance_verbs: frozenset[str]
    own_side_nouns: frozenset[str]
    refusal_modals: frozenset[str]
    reported_refusal_modals: frozenset[str]
    relative_statements: frozenset[str]
    home_content_roots: frozenset[str]
    measure_content_roots: frozenset[str]


_ORDERED = frozenset({"target_prepositions", "noun_target_prepositions", "quote_verbs"})


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged word lists (read once per process)."""
    text = resources.files("newsevents").joinpath(_FILE).read_text(encoding="utf-8")
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{_FILE}: {exc}") from exc
    fields = Lexicon.__dataclass_fields__
    unknown = sorted(set(table) - set(fields))
    missing = sorted(set(fields) - set(table))
    if unknown or missing:
        raise DataFileError(f"{_FILE}: unknown lists {unknown}, missing lists {missing}")
    values: dict[str, object] = {}
    for name, words in table.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise DataFileError(f"{_FILE}: {name} must be a list of strings")
        values[name] = tuple(words) if name in _ORDERED else frozenset(words)
    return Lexicon(**values)  # type: ignore[arg-type]


MODALITY_KINDS = frozenset(
    {
        "intent",
        "threat",
        "hypothetical",
        "negate",
        "fail",
        "intent-aux",
        "hypothetical-aux",
        "report",
        "light",
        "aspect",
    }
)


@functools.lru_cache(maxsize=1)
def modality_kinds() -> dict[str, str]:
    """``data/modality.tsv``: lemma -> the kind of clause it makes (intent, threat, report, light ...)."""
    text = resources.files("newsevents").joinpath("data/modality.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for number, row in enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), 2):
        lemma, kind = row.get("lemma"), row.get("kind")
        if not lemma or kind not in MODALITY_KINDS:
            raise DataFileError(f"data/modality.tsv:{number}: bad row {row!r}")
        table[lemma] = kind
    return table


@functools.lru_cache(maxsize=1)
def verb_models() -> dict[str, str]:
    """``coding/data/verb_classes.tsv``: verb lemma -> the model verb whose object and preposition
    patterns it shares when none of its own fits ("dispatched troops" is coded as "sent troops")."""
    name = "coding/data/verb_classes.tsv"
    text = resources.files("newsevents").joinpath(name).read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for number, row in enumerate(csv.DictReader(text.splitlines(), delimiter="\t"), 2):
        lemma, model = row.get("lemma"), row.get("model")
        if not lemma or not model or lemma == model or lemma in table or not row.get("note"):
            raise DataFileError(f"{name}:{number}: bad row {row!r}")
        table[lemma] = model
    return table


def kind_of(tok: Token) -> str | None:
    """The modality kind of a token's lemma (``None`` for most words)."""
    table = modality_kinds()
    if not _KIND_MEMO or _KIND_MEMO[0][0] is not table:  # (another table: the memo answers for it no more)
        _KIND_MEMO[:] = [(table, {})]
    # The stages ask for every word of a sentence, several times: by the lemma's hash, the kind is read
    # without making the lemma's string each time.
    memo = _KIND_MEMO[0][1]
    found = memo.get(tok.lemma, _UNSEEN)
    if found is _UNSEEN:
        found = memo[tok.lemma] = table.get(tok.lemma_.casefold())
    return found


# Kinds of governing verb that tell a party's own intention, a threat or a guess: what such a verb governs
# is meant, not done ("vowed to meet", "warned it could halt the flights"). Read by scheduled.py,
# unmeant_modal.py and modality.py, so that the three agree on what keeps an act's intent.
MEANING_KINDS: frozenset[str] = frozenset({"intent", "threat", "hypothetical"})

_UNSEEN = "\x00"  # no kind is this
# [(the modality table, lemma hash -> kind)]: one table at a time, kept so that its id is never another's
_KIND_MEMO: list[tuple[dict[str, str], dict[int, str | None]]] = []
