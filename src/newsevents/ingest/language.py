"""Language identification with lingua (its models ship inside the wheel, no download).

The detector is built once and restricted to common news languages: lingua's cost grows with the number of
candidate languages, and an article in a language outside the set still comes out as *some* non-English
code, which is all the pipeline needs to decide whether to code it.
"""

from __future__ import annotations

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
    return found.iso_code_639_1.name.lower()


__all__ = ["NEWS_LANGUAGES", "detect_language", "detector"]
