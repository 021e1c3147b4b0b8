"""Language of a document with py3langid (offline, ~12k sentences/s).

Decided once per document on its whole text, not per sentence: about one Indonesian sentence in ten
comes out as Malay, so "ms" counts as "id".
"""

from __future__ import annotations

import re

import py3langid

_MIN_LETTERS = 20  # below this, a guess is noise
_MAX_CHARS = 1500  # the start of a document decides; bounds the cost on huge inputs
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_ALIASES = {"ms": "id"}
_WORDS = re.compile(r"[a-z]+")
# Function words of Indonesian/Malay prose: when they make up this much of a text, py3langid (the slow
# part, ~1 ms a document) would only confirm it.
_ID_FUNCTION = frozenset(
    "yang dan di dengan untuk dari pada ini itu dalam tidak akan ke telah juga oleh bahwa sebagai adalah "
    "karena atau sudah saat mereka kata setelah tersebut".split()
)
_ID_SHARE = 0.10


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text ("id" for Indonesian or Malay), None when too short to tell."""
    sample = text[:_MAX_CHARS]
    words = _WORDS.findall(sample.lower())
    # 20 words are 20 letters: the common case needs no letter count
    if len(words) >= 20 and sum(map(_ID_FUNCTION.__contains__, words)) >= _ID_SHARE * len(words):
        return "id"
    if len(_LETTERS.findall(sample)) < _MIN_LETTERS:
        return None
    lang, _score = py3langid.classify(sample)
    return _ALIASES.get(lang, lang)
