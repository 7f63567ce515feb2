"""Language identification with lingua (its models ship inside the wheel, no download).

The detector is built once and restricted to common news languages: lingua's cost grows with the number of
candidate languages, and an article in a language outside the set still comes out as *some* non-English
code, which is all the pipeline needs to decide whether to code it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

NEWS_LANGUAGES: tuple[Language, ...] = (
    Language.ENGLISH,
    Language.FRENCH,
    Language.GERMAN,
    Language.SPANISH,
    Language.PORTUGUESE,
    Language.ITALIAN,
    Language.DUTCH,
    Language.RUSSIAN,
    Language.UKRAINIAN,
    Language.POLISH,
    Language.TURKISH,
    Language.ARABIC,
    Language.PERSIAN,
    Language.HEBREW,
    Language.HINDI,
    Language.URDU,
    Language.BENGALI,
    Language.CHINESE,
    Language.JAPANESE,
    Language.KOREAN,
    Language.INDONESIAN,
    Language.VIETNAMESE,
    Language.SWAHILI,
)
# Detection looks at the start of the text only: a few hundred words decide the language as well as the
# whole article does, at a fraction of the cost on long pages.
_SAMPLE_CHARS = 2000
# Below this many letters the guess is noise; the article keeps the language its source declared, if any.
_MIN_LETTERS = 20
# On a sentence or two the trigram models are swayed by names: "Mexico and Bolivia signed a trade pact in
# La Paz" reads as Spanish (0.96), and a one-line item about Latin America was rejected as not English.
# On a sample this short, English function words that no other news language writes the same way decide
# for English ("of", "over", "will" are Dutch or German words too, "a" French, so they do not count).
_SHORT_LETTERS = 300
_ENGLISH_ONLY = frozenset(
    {"the", "and", "with", "from", "by", "has", "have", "were", "said", "their", "which", "against", "its",
     "this", "that", "been", "would", "after", "who", "into"}
)  # fmt: skip
# One such word per this many words at least (a quoted English title in a foreign sentence is not enough).
_ENGLISH_SHARE = 0.08
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    """The shared, read-only detector (built on first use)."""
    # Low-accuracy mode uses trigram models only: loading takes about half a second instead of eight, and on
    # article-length text it decides as well as the full models (it is weaker only on a few words).
    return LanguageDetectorBuilder.from_languages(*NEWS_LANGUAGES).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code (``"en"``) of the text's language, or None when the text is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return None
    found = detector().detect_language_of(sample)
    if found is None:
        return None
    code = found.iso_code_639_1.name.lower()
    if code != "en" and sum(ch.isalpha() for ch in sample) < _SHORT_LETTERS and _english_words(sample):
        return "en"
    return code


def _english_words(sample: str) -> bool:
    words = list(_WORD.finditer(sample))
    # (capitalised inside a sentence, "The" is part of a name or title: «The Wall» in a Spanish sentence)
    hits = sum(
        w[0].casefold() in _ENGLISH_ONLY
        and (w[0].islower() or sample[: w.start()].rstrip()[-1:] in ("", ".", "!", "?", "-", "\u2014"))
        for w in words
    )
    return hits > 0 and hits >= _ENGLISH_SHARE * len(words)


__all__ = ["NEWS_LANGUAGES", "detect_language", "detector"]
