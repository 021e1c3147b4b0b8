"""Extraction speed, single process: plain-text articles/s and HTML pages/s, warta vs plain trafilatura.

Plain text: `warta.extract.extract_documents` on the devset articles plus the example, in passes of the
whole set (so cross-article template detection sees a realistic batch) until about 2,000 articles.
HTML: the 181 ScrapingHub AEB pages through warta's full extract stage, through `html_to_text` alone,
and through plain `trafilatura.extract` (defaults), each timed on the same pages in this process.
Usage: .venv/bin/python bench/speed.py [--json] [--articles N] [--pages N]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
AEB_HTML = SHARED / "benchmarks" / "scrapinghub-aeb" / "html"


def text_documents() -> list:
    from warta.model import Document

    paths = sorted((SHARED / "devset" / "articles").glob("*.txt")) + sorted(
        (ROOT / "examples" / "putin-kim-invitation").glob("*.txt"))
    return [Document(id=p.stem, source=str(p), text=p.read_text(encoding="utf-8", errors="replace")) for p in paths]


def html_pages(limit: int | None) -> list[str]:
    paths = sorted(AEB_HTML.glob("*.html.gz"))[:limit]
    return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in paths]


def text_rate(target: int) -> float | None:
    """Plain-text articles per second through the full extract stage."""
    try:
        from warta.extract import extract_documents

        docs = text_documents()
        list(extract_documents(docs[:8], lambda err: None))  # warm-up: registries, regexes
    except Exception as exc:  # noqa: BLE001 - the extract stage may still be a placeholder
        print(f"note: plain-text extraction unavailable ({type(exc).__name__})", file=sys.stderr)
        return None
    if not docs:
        return None
    done, start = 0, time.perf_counter()
    while done < target:
        done += sum(1 for _ in extract_documents(docs, lambda err: None))
    return done / (time.perf_counter() - start)


def page_rates(systems: dict[str, Callable[[str], object]], pages: list[str]) -> dict[str, float]:
    """Pages per second of each system, timed page by page in turn so that load from other processes
    falls on every system alike; a page that fails still counts (the time was spent)."""
    spent = dict.fromkeys(systems, 0.0)
    for extract in systems.values():  # warm-up
        with contextlib.suppress(Exception):
            extract(pages[0])
    for page in pages:
        for name, extract in systems.items():
            start = time.perf_counter()
            with contextlib.suppress(Exception):  # a refused page is part of the workload
                extract(page)
            spent[name] += time.perf_counter() - start
    return {name: len(pages) / seconds for name, seconds in spent.items() if seconds > 0}


def html_systems() -> dict[str, Callable[[str], object]]:
    out: dict[str, Callable[[str], object]] = {}
    try:
        from warta.extract import extract_document
        from warta.model import Document

        out["warta"] = lambda html: extract_document(Document(id="p", source="p", html=html))
    except ImportError:
        pass
    try:
        from warta.extract.html import html_to_text

        out["warta html_to_text"] = html_to_text
    except ImportError:
        pass
    try:
        import trafilatura

        out["trafilatura"] = trafilatura.extract
    except ImportError:
        pass
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print {system: {metric: value}}")
    parser.add_argument("--articles", type=int, default=2000, help="plain-text articles to time (about)")
    parser.add_argument("--pages", type=int, default=None, help="only the first N AEB pages")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {"warta": {}}
    rate = text_rate(args.articles)
    if rate is not None:
        results["warta"]["text_articles_per_s"] = rate
    pages = html_pages(args.pages) if AEB_HTML.exists() else []
    if pages:
        for name, value in page_rates(html_systems(), pages).items():
            results.setdefault(name, {})["html_pages_per_s"] = value
    base = results.get("trafilatura", {}).get("html_pages_per_s")
    for row in results.values():
        if base and "html_pages_per_s" in row:
            row["html_speed_vs_trafilatura"] = row["html_pages_per_s"] / base
    if args.json:
        print(json.dumps(results, indent=2))
        return
    metrics = ["text_articles_per_s", "html_pages_per_s", "html_speed_vs_trafilatura"]
    print(f"single process; {len(pages)} AEB pages\n")
    print("| system | " + " | ".join(metrics) + " |")
    print("|---" * (len(metrics) + 1) + "|")
    for name, row in results.items():
        cells = [f"{row[m]:.2f}" if m in row else "" for m in metrics]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
