"""Shared helpers of the summary benches (briefs, multiling, indosum): scorer, baselines, table.

ROUGE is `rouge-score` with a plain tokenizer (lower-cased `\\w+` words, no stemming: Porter stemming is
English-only and would favour the English benchmark). Baselines are sumy's LexRank and TextRank run
offline: sumy's own Tokenizer needs NLTK data, so the document is built with `ObjectDocumentModel` from the
same sentences warta sees and a word tokenizer object of ours.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = ROOT.parent / "shared"

from warta.lang.tokens import stopwords  # noqa: E402

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
_WORD = re.compile(r"\w+", re.UNICODE)


class WordTokenizer:
    """Lower-cased words: the tokenizer for rouge-score (`tokenize`) and sumy (`to_words`)."""

    def tokenize(self, text: str) -> list[str]:
        return _WORD.findall(text.lower())

    def to_words(self, text: str) -> list[str]:
        return self.tokenize(text)

    def to_sentences(self, text: str) -> list[str]:  # sumy's protocol; documents come pre-split
        return [text]


def scorer():  # type: ignore[no-untyped-def]
    """A rouge-score scorer with the plain word tokenizer and no stemming."""
    from rouge_score.rouge_scorer import RougeScorer

    return RougeScorer(list(ROUGE_TYPES), use_stemmer=False, tokenizer=WordTokenizer())


def rouge(sc, summary: str, references: list[str], measure: str = "fmeasure") -> dict[str, float]:  # type: ignore[no-untyped-def]
    """ROUGE per type (`fmeasure`, `recall` or `precision`), averaged over the references."""
    out = dict.fromkeys(ROUGE_TYPES, 0.0)
    for ref in references:
        scores = sc.score(ref, summary)
        for t in ROUGE_TYPES:
            out[t] += getattr(scores[t], measure) / len(references)
    return out


def truncate_words(text: str, n: int) -> str:
    """The first n whitespace words of a text (official MultiLing/DUC-style length limit)."""
    return " ".join(text.split()[:n])


def repeated_words(sentences: list[str]) -> float:
    """Share of a summary's content words (lower-cased, stopwords left out) that an earlier sentence of it already
    wrote: how much it says twice (0 = nothing repeated; the complement of the unique n-gram ratio of Xiao &
    Carenini 2020, on unigrams, counted across sentences only: one sentence may repeat a word)."""
    seen: set[str] = set()
    total = again = 0
    for sentence in sentences:
        found = {w for w in _WORD.findall(sentence.lower()) if w not in stopwords()}
        total += len(found)
        again += len(found & seen)
        seen |= found
    return again / max(1, total)


def take_budget(ranked: Iterable[str], max_sentences: int | None, max_words: int | None) -> list[str]:
    """Sentences in rank order within a sentence count and a word budget (same rule for every system)."""
    out: list[str] = []
    words = 0
    for s in ranked:
        if max_sentences is not None and len(out) >= max_sentences:
            break
        n = len(s.split())
        if max_words is not None and out and (words >= max_words or words + n > max_words * 1.2):
            continue
        out.append(s)
        words += n
    return out


def _sumy_ranked(kind: str, sentences: list[str]) -> list[str]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    tok = WordTokenizer()
    doc = ObjectDocumentModel([Paragraph([Sentence(s, tok) for s in sentences])])
    summarizer = LexRankSummarizer() if kind == "LexRank" else TextRankSummarizer()
    summarizer.stop_words = stopwords()
    # LexRank's scores are computed once (sumy's __call__ computes the same ones but returns only the top)
    ratings = _lexrank_ratings(summarizer, doc) if kind == "LexRank" else summarizer.rate_sentences(doc)
    ranked = doc.sentences
    order = sorted(range(len(ranked)), key=lambda i: (-ratings[ranked[i]], i))
    return [str(ranked[i]) for i in order]


def _lexrank_ratings(summarizer, doc) -> dict:  # type: ignore[no-untyped-def]
    """LexRank scores per sentence: the steps of sumy's __call__, which keeps them to itself."""
    import numpy as np

    sentences_words = [summarizer._to_words_set(s) for s in doc.sentences]
    tf = summarizer._compute_tf(sentences_words)
    idf = summarizer._compute_idf(sentences_words)
    matrix = summarizer._create_matrix(sentences_words, summarizer.threshold, tf, idf)
    scores = summarizer.power_method(matrix, summarizer.epsilon)
    return {s: float(v) for s, v in zip(doc.sentences, np.asarray(scores).ravel(), strict=True)}


def baselines() -> dict[str, Callable[[list[str]], list[str]]]:
    """Ranking functions over a story's sentences (in document order): Lead, LexRank, TextRank."""
    return {
        "Lead": lambda sents: list(sents),
        "LexRank": lambda sents: _sumy_ranked("LexRank", sents),
        "TextRank": lambda sents: _sumy_ranked("TextRank", sents),
    }


def print_table(rows: dict[str, dict[str, float]], as_json: bool, notes: list[str] = ()) -> None:  # type: ignore[assignment]
    """Markdown table (one row per system) or `{"system": {"metric": number}}` JSON."""
    if as_json:
        print(json.dumps(rows, indent=1))
        return
    metrics = list(dict.fromkeys(m for r in rows.values() for m in r))
    print("| system | " + " | ".join(metrics) + " |")
    print("|---|" + "---|" * len(metrics))
    for name, r in rows.items():
        cells = [("" if m not in r else f"{r[m]:.4f}" if isinstance(r[m], float) else str(r[m])) for m in metrics]
        print(f"| {name} | " + " | ".join(cells) + " |")
    for note in notes:
        print(f"\n{note}")
