"""Main-text extraction from HTML on the ScrapingHub article-extraction-benchmark (181 pages).

Scored exactly as published (scrapinghub/article-extraction-benchmark, evaluate.py): `\\w+` tokens,
word 4-gram shingles, per-page TP/FP/FN as multisets normalised by their sum; precision is the mean over
pages with a prediction, recall the mean over pages with a gold body, F1 = 2PR/(P+R).

Rows: `warta` (the full extract stage: HTML main text, then the phrase rules of the Indonesian line
filters: related links, ads, captions, credits, bylines, templates),
`warta html_to_text` (main text before those filters), plain `trafilatura.extract` with its defaults,
then the published figures. Usage: .venv/bin/python bench/aeb.py [--json] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AEB = ROOT.parent / "shared" / "benchmarks" / "scrapinghub-aeb"
PUBLISHED = {
    "rs-trafilatura": 0.970, "trafilatura 2.0.0": 0.958, "newspaper4k": 0.949, "news-please": 0.948,
    "readability-lxml": 0.922, "jusText": 0.804, "html-text": 0.665,
}
_TOKEN = re.compile(r"\w+")

Extractor = Callable[[str, str | None], str]


def load_pages(limit: int | None = None) -> list[tuple[str, str, str, str]]:
    """(id, url, html, gold body) for every page, in id order."""
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        html = gzip.decompress((AEB / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        pages.append((key, truth[key].get("url"), html, truth[key].get("articleBody") or ""))
    return pages


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_scores(gold: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(hit: float, miss: float, other: float) -> float:
    if miss == other == 0:
        return 1.0
    return 0.0 if hit == miss == 0 else hit / (hit + miss)


def score(triples: list[tuple[float, float, float]]) -> dict[str, float]:
    precision = statistics.mean(_ratio(tp, fp, fn) for tp, fp, fn in triples if tp + fp > 0)
    recall = statistics.mean(_ratio(tp, fn, fp) for tp, fp, fn in triples if tp + fn > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def evaluate(extract: Extractor, pages: list[tuple[str, str, str, str]]) -> dict[str, float]:
    triples = []
    for _key, url, html, gold in pages:
        try:
            pred = extract(html, url)
        except Exception:  # noqa: BLE001 - a failed page scores as an empty prediction
            pred = ""
        triples.append(page_scores(gold, pred or ""))
    return score(triples)


def systems() -> dict[str, Extractor]:
    """The systems compared, each (html, url) -> main text: warta's whole extract stage, its HTML step
    alone (trafilatura plus page metadata, before the Indonesian line rules) and plain trafilatura."""
    import trafilatura

    from warta.extract import extract_document
    from warta.extract.html import html_to_text
    from warta.model import Document

    def full(html: str, url: str | None) -> str:
        doc = Document(id="aeb", source="aeb", html=html, url=url)
        return "\n".join(extract_document(doc, languages=None).paragraphs)  # pages in a dozen languages

    return {
        "warta": full,
        "warta html_to_text": lambda html, url: html_to_text(html, url).text,
        "trafilatura": lambda html, url: trafilatura.extract(html, url=url) or "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print {system: {metric: value}}")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = parser.parse_args()
    pages = load_pages(args.limit)
    results = {name: evaluate(fn, pages) for name, fn in systems().items()}
    results.update({f"{name} (published)": {"f1": f1} for name, f1 in PUBLISHED.items()})
    if args.json:
        print(json.dumps(results, indent=2))
        return
    metrics = ["f1", "precision", "recall"]
    print(f"AEB: {len(pages)} pages\n")
    print("| system | " + " | ".join(metrics) + " |")
    print("|---" * (len(metrics) + 1) + "|")
    for name, row in results.items():
        print(f"| {name} | " + " | ".join(f"{row[m]:.3f}" if m in row else "" for m in metrics) + " |")


if __name__ == "__main__":
    main()
