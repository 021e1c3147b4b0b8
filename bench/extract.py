"""Plain-text extraction on the devset: body-line P/R/F1 and metadata accuracy, warta vs baselines.

Each devset file is fed as a scraper would give it: Document(text=file content, url=manifest url), no
manifest outlet/published/title; the `plain files` row drops the URL too, as `warta extract some/*.txt` reads
files (its outlet is then judged by a domain it cannot know). A gold body line counts as kept when some output
paragraph equals it after whitespace normalisation; `neutral` lines are ignored. Baselines (trafilatura, jusText
with its Indonesian stoplist) get the same text as HTML with one <p> per line.

    .venv/bin/python bench/extract.py [--json] [--per-outlet] [--errors]
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from warta.extract import extract_documents
from warta.extract.boilerplate import normalise, strip_inline_links
from warta.extract.outlets import registrable_domain
from warta.model import Document

DEVSET = Path(__file__).resolve().parents[1].parent / "shared" / "devset"
SPEED_REPEATS = 5
META_FIELDS = ("outlet", "published", "title", "authors", "dateline", "wire")


def _jsonl(path: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in rows}


def load() -> tuple[dict[str, dict], dict[str, dict], dict[str, str]]:
    manifest = _jsonl(DEVSET / "manifest.jsonl")
    lines = _jsonl(DEVSET / "lines.jsonl")
    texts = {i: (DEVSET / "articles" / f"{i}.txt").read_text(encoding="utf-8") for i in manifest}
    return manifest, lines, texts


def line_counts(text: str, gold: dict, kept: list[str]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) over non-blank lines."""
    kept_set = {normalise(p) for p in kept}
    raw = text.split("\n")
    body = {_as_kept(raw[i - 1]) for i in gold["body"]}
    neutral = {_as_kept(raw[i - 1]) for i in gold["neutral"]}
    tp = len(body & kept_set)
    fn = len(body - kept_set)
    fp = len(kept_set - body - neutral)
    return tp, fp, fn


def _as_kept(line: str) -> str:
    """An annotated line as the extract stage keeps a body line: normalised, without the related-article links
    inside it (`(Baca: ...)`)."""
    return normalise(strip_inline_links(line))


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"line_precision": p, "line_recall": r, "line_f1": f}


def meta_correct(field: str, art, gold: dict, man: dict) -> bool:  # type: ignore[no-untyped-def]
    """Whether one metadata field of an Article matches the annotation."""
    if field == "outlet":
        return art.domain == man["outlet"] or (registrable_domain(man["url"]) == art.domain)
    if field == "published":
        got = art.published.date().isoformat() if art.published else None
        if gold["published"]:  # a stamp visible in the text: the date must match
            return got == gold["published"][:10]
        # no stamp in the text: nothing, or the date the manifest derived (URL date) is right
        return got is None or got == man.get("published")
    if field == "title":
        return normalise(art.title or "") == normalise(gold["title"] or "")
    if field == "authors":
        return [normalise(a).lower() for a in art.authors] == [normalise(a).lower() for a in gold["authors"]]
    if field == "dateline":
        return (art.dateline or "").lower() == (gold["dateline"] or "").lower()
    if field == "wire":
        return sorted(art.wire) == sorted(gold["wire"])
    raise ValueError(field)


def run_warta(manifest, lines, texts, errors: bool = False, plain: bool = False) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    """warta's row; `plain`: the files without their URLs, as `warta extract some/*.txt` reads them (no domain to
    name the outlet, no date or slug in a URL: what the text alone gives)."""
    docs = [Document(id=i, source=f"{i}.txt", text=texts[i], url=None if plain else manifest[i]["url"])
            for i in manifest]
    problems: list[str] = []
    arts = {a.id: a for a in extract_documents(docs, lambda e: problems.append(str(e)))}
    for p in problems:
        print(f"  error: {p}", file=sys.stderr)
    # throughput once warm (models and tables loaded), in CPU seconds of this process: per core
    t0 = time.process_time()
    for rep in range(0 if plain else SPEED_REPEATS):
        batch = [Document(id=f"{d.id}#{rep}", source=d.source, text=d.text, url=d.url) for d in docs]
        sum(1 for _ in extract_documents(batch, lambda e: None))
    elapsed = (time.process_time() - t0) / SPEED_REPEATS
    per_outlet: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    meta_hits: dict[str, int] = defaultdict(int)
    total = [0, 0, 0]
    for i, man in manifest.items():
        art = arts.get(i)
        kept = art.paragraphs if art else []
        c = line_counts(texts[i], lines[i], kept)
        for k in range(3):
            total[k] += c[k]
            per_outlet[man["outlet"]][k] += c[k]
        for f in META_FIELDS:
            ok = art is not None and meta_correct(f, art, lines[i], man)
            meta_hits[f] += ok
            if errors and not ok:
                got = getattr(art, f if f != "outlet" else "domain", None) if art else None
                print(f"  meta {f:9s} {i}: got {got!r} want {lines[i].get(f, man['outlet'])!r}", file=sys.stderr)
        if errors and (c[1] or c[2]):
            _show_line_errors(i, texts[i], lines[i], kept)
    row = prf(*total)
    for f in META_FIELDS:
        row[f"{f}_acc"] = meta_hits[f] / len(manifest)
    if not plain:
        row["articles_per_s"] = len(docs) / elapsed
    outlets = {o: prf(*c) for o, c in per_outlet.items()}
    return row, outlets


def _show_line_errors(i: str, text: str, gold: dict, kept: list[str]) -> None:
    kept_set = {normalise(p) for p in kept}
    print(f"== {i}", file=sys.stderr)
    for n, raw in enumerate(text.split("\n"), 1):
        t = _as_kept(raw)
        if not t:
            continue
        is_body, is_kept = n in gold["body"], t in kept_set
        if is_body != is_kept and n not in gold["neutral"]:
            print(f"  {'MISS' if is_body else 'LEAK'} {n:3d} {t[:110]}", file=sys.stderr)


def _as_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    return f"<html><head><title></title></head><body><article>{paras}</article></body></html>"


def _baseline(name: str, fn: Callable[[str], list[str]], manifest, lines, texts) -> dict | None:  # type: ignore[no-untyped-def]
    total = [0, 0, 0]
    t0 = time.process_time()
    for i in manifest:
        try:
            kept = fn(texts[i])
        except Exception:  # noqa: BLE001 - a baseline failing on one page counts as keeping nothing
            kept = []
        c = line_counts(texts[i], lines[i], kept)
        for k in range(3):
            total[k] += c[k]
    row = prf(*total)
    row["articles_per_s"] = len(manifest) / (time.process_time() - t0)
    return row


def baselines(manifest, lines, texts) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    out: dict[str, dict] = {}
    try:
        import trafilatura

        def traf(text: str) -> list[str]:
            got = trafilatura.extract(_as_html(text), include_comments=False)
            return (got or "").split("\n")

        out["trafilatura"] = _baseline("trafilatura", traf, manifest, lines, texts)
    except ImportError:
        print("trafilatura not installed: baseline skipped", file=sys.stderr)
    try:
        import justext

        stop = justext.get_stoplist("Indonesian")

        def jt(text: str) -> list[str]:
            return [p.text for p in justext.justext(_as_html(text), stop) if not p.is_boilerplate]

        out["justext"] = _baseline("justext", jt, manifest, lines, texts)
    except ImportError:
        print("justext not installed: baseline skipped", file=sys.stderr)
    return out


def _table(rows: dict[str, dict]) -> str:
    cols: list[str] = []
    for r in rows.values():
        cols += [c for c in r if c not in cols]
    out = ["| system | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for name, r in rows.items():
        cells = [f"{r[c]:.3f}" if c in r and c != "articles_per_s" else (f"{r[c]:.0f}" if c in r else "-")
                 for c in cols]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--per-outlet", action="store_true", help="also print line P/R/F1 per outlet")
    ap.add_argument("--errors", action="store_true", help="print every wrong line and field to stderr")
    ap.add_argument("--no-baselines", action="store_true")
    args = ap.parse_args()
    if not (DEVSET / "manifest.jsonl").exists():
        sys.exit(f"devset not found at {DEVSET}")
    manifest, lines, texts = load()
    warta_row, outlets = run_warta(manifest, lines, texts, errors=args.errors)
    rows = {"warta": warta_row, "warta, plain files (no URL)": run_warta(manifest, lines, texts, plain=True)[0]}
    if not args.no_baselines:
        rows.update(baselines(manifest, lines, texts))
    if args.json:
        print(json.dumps(rows if not args.per_outlet else {**rows, **{f"warta:{o}": r for o, r in outlets.items()}}))
        return
    print(_table(rows))
    if args.per_outlet:
        print()
        print(_table({f"warta: {o}": r for o, r in sorted(outlets.items())}))


if __name__ == "__main__":
    main()
