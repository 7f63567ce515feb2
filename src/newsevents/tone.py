"""Document and sentence tone on GDELT's AvgTone scale, scored with the VADER lexicon.

GDELT defines a document's tone as *positive score minus negative score*, each the percentage of the
document's words that carry positive or negative emotional connotation. The result lies in -100..+100 and
is usually between -10 and +10 for news. We keep that definition and swap GDELT's proprietary word lists
for the lexicon that ships inside ``vaderSentiment`` (7,500 scored words and emoticons, MIT licence):

* a word counts as **positive** when its VADER valence is > 0 and as **negative** when it is < 0;
* a word within three words after a negation ("not", "never", "n't", ... VADER's own ``NEGATE`` list)
  counts with the opposite polarity, which is VADER's own negation window;
* ``tone = 100 * (positive_words - negative_words) / all_words``.

Each scored word counts once whatever its intensity, exactly as GDELT counts words, so tone values are
comparable with GDELT's ``AvgTone`` and ``MentionDocTone`` in magnitude and sign (not digit for digit:
the word lists differ). An empty text has tone 0.
"""

from __future__ import annotations

import functools
import marshal
import re
from dataclasses import dataclass

# Words: letters with inner apostrophes or hyphens ("don't", "well-known"); numbers count as words too,
# as they do in GDELT's word count.
_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:[.,]\d+)*")
_NEGATION_WINDOW = 3


@dataclass(frozen=True, slots=True)
class Tone:
    """The tone of one text: ``tone`` = ``positive`` - ``negative`` (percentages of ``words``)."""

    tone: float
    positive: float
    negative: float
    words: int


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, float], frozenset[str]]:
    """VADER's word valences and negation words, loaded once (read-only), through the resource cache
    (``newsevents.cache``): VADER reads and parses its text files in about 10 ms, marshal data loads in
    one."""
    from newsevents import cache

    key = cache.resource_key("tone-lexicon", [cache.library_version("vaderSentiment")], ("tone.py",))
    lexicon, negations = marshal.loads(cache.load_or_build("tone-lexicon", key, _read_lexicon))
    return lexicon, frozenset(negations)


def _read_lexicon() -> bytes:
    """VADER's lexicon as marshal data: (casefolded word -> valence, sorted negation words)."""
    from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

    lexicon = {word.casefold(): float(value) for word, value in SentimentIntensityAnalyzer().lexicon.items()}
    negations = frozenset(w.casefold() for w in NEGATE) | {"n't"}
    return marshal.dumps((lexicon, sorted(negations)))


def score(text: str) -> Tone:
    """Score ``text`` on GDELT's tone scale (see the module docstring for the definition)."""
    lexicon, negations = _lexicon()
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(text)]
    if not words:
        return Tone(0.0, 0.0, 0.0, 0)
    positive = negative = 0
    negated_until = -1
    for i, word in enumerate(words):
        if word in negations or word.endswith("n't"):
            negated_until = i + _NEGATION_WINDOW
            continue
        valence = lexicon.get(word)
        if not valence:
            continue
        if i <= negated_until:
            valence = -valence
        if valence > 0:
            positive += 1
        else:
            negative += 1
    pos = 100.0 * positive / len(words)
    neg = 100.0 * negative / len(words)
    return Tone(round(pos - neg, 4), round(pos, 4), round(neg, 4), len(words))


def tone(text: str) -> float:
    """Just the tone number of ``text`` (-100..+100, typically -10..+10)."""
    return score(text).tone


__all__ = ["Tone", "score", "tone"]
