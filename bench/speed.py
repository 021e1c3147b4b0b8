"""Extraction speed per core (CPU seconds of this process): plain-text articles/s and HTML pages/s,
warta vs plain trafilatura.

Plain text: `warta.extract.extract_documents` on the devset articles plus the example, in passes of the
whole set (so cross-article template detection sees a realistic batch) until about 2,000 articles;
trafilatura gets the same texts as HTML with one <p> per line (as in bench/extract.py).
HTML: the 181 ScrapingHub AEB pages through warta's full extract stage, through `html_to_text` alone,
and through plain `trafilatura.extract` (defaults), each timed on the same pages in this process.
CPU time, not wall time, so that other processes on the machine do not count against a system.
Usage: .venv/bin/python bench/speed.py [--json] [--articles N] [--pages N]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import html
import json
import time
from collections.abc import Callable
from pathlib import Path

from aeb import systems as aeb_systems  # bench/ is on sys.path when run as a script

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


def _as_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    return f"<html><head><title></title></head><body><article>{paras}</article></body></html>"


ROUNDS = 3


def _per_cpu_second(run: Callable[[], int], target: int) -> float:
    """Items per CPU second of `run` (which returns how many it did), repeated until `target` items, in
    ROUNDS rounds of which the fastest counts (as timeit does: other processes on the machine only ever
    slow a round down)."""
    best = 0.0
    for _ in range(ROUNDS):
        done, start = 0, time.process_time()
        while done < target / ROUNDS:
            done += run()
        best = max(best, done / (time.process_time() - start))
    return best


def text_rates(target: int) -> dict[str, float]:
    """Plain-text articles per CPU second through warta's full extract stage and through trafilatura."""
    from warta.extract import extract_documents

    out: dict[str, float] = {}
    docs = text_documents()
    if not docs:
        return out
    # warm-up pass over the whole set: the one-time loads (outlet registry, language model, URL suffix
    # list, regexes) are not per-article work
    list(extract_documents(docs, lambda err: None))
    out["warta"] = _per_cpu_second(lambda: sum(1 for _ in extract_documents(docs, lambda err: None)), target)
    try:
        import trafilatura
    except ImportError:
        return out
    pages = [_as_html(d.text) for d in docs]

    def traf() -> int:
        for page in pages:
            trafilatura.extract(page, include_comments=False)
        return len(pages)

    out["trafilatura"] = _per_cpu_second(traf, min(target, 3 * len(pages)))
    return out


def page_rates(systems: dict[str, Callable[[str], object]], pages: list[str]) -> dict[str, float]:
    """Pages per CPU second of each system, timed page by page in turn so that cache and memory effects
    fall on every system alike; a page that fails still counts (the time was spent)."""
    spent = dict.fromkeys(systems, 0.0)
    clock = time.process_time
    for extract in systems.values():  # warm-up
        with contextlib.suppress(Exception):
            extract(pages[0])
    for page in pages:
        for name, extract in systems.items():
            start = clock()
            with contextlib.suppress(Exception):  # a refused page is part of the workload
                extract(page)
            spent[name] += clock() - start
    return {name: len(pages) / seconds for name, seconds in spent.items() if seconds > 0}


def html_systems() -> dict[str, Callable[[str], object]]:
    """The AEB bench's systems, timed on the page alone."""
    return {name: (lambda page, f=extract: f(page, None)) for name, extract in aeb_systems().items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print {system: {metric: value}}")
    parser.add_argument("--articles", type=int, default=2000, help="plain-text articles to time (about)")
    parser.add_argument("--pages", type=int, default=None, help="only the first N AEB pages")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {"warta": {}}
    for name, value in text_rates(args.articles).items():
        results.setdefault(name, {})["text_articles_per_s"] = value
    pages = html_pages(args.pages) if AEB_HTML.exists() else []
    if pages:
        for name, value in page_rates(html_systems(), pages).items():
            results.setdefault(name, {})["html_pages_per_s"] = value
    for kind in ("text_articles", "html_pages"):
        base = results.get("trafilatura", {}).get(f"{kind}_per_s")
        for row in results.values():
            if base and f"{kind}_per_s" in row:
                row[f"{kind.split('_')[0]}_speed_vs_trafilatura"] = row[f"{kind}_per_s"] / base
    if args.json:
        print(json.dumps(results, indent=2))
        return
    metrics = ["text_articles_per_s", "text_speed_vs_trafilatura", "html_pages_per_s", "html_speed_vs_trafilatura"]
    print(f"per core (CPU time of one process); {len(pages)} AEB pages\n")
    print("| system | " + " | ".join(metrics) + " |")
    print("|---" * (len(metrics) + 1) + "|")
    for name, row in results.items():
        cells = [f"{row[m]:.2f}" if m in row else "" for m in metrics]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
