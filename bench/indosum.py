"""IndoSum development folds: single-document briefs of 3 sentences beside LEAD-3, same run, same scorer.

Each article is a one-article Story; warta's summary is capped at 3 sentences (`make_brief(length=3)`).
"Baca juga" lines are left in the input. LEAD-3 runs twice: on warta's sentences (fragments and "Baca juga"
dropped, datelines trimmed) and on a plain split of the paragraphs (the published baseline's setting).
rouge-score F1, lower-cased word tokens, no stemming, rougeL. Published figures are on the test folds with
another scorer (README): listed for orientation only, with the README's LEAD-3 on these dev folds.

    .venv/bin/python bench/indosum.py [--json] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import time

from _summ import SHARED, print_table, rouge, scorer

from warta.brief import make_brief
from warta.brief.align import article_sentences
from warta.lang.sentences import split_sentences
from warta.model import Article, Story

DATA = SHARED / "benchmarks" / "indosum-dev" / "dev_union.jsonl"
PUBLISHED = {
    "LEAD-3 dev folds, rouge-score (published)": (0.6585, 0.5918, 0.6294),
    "NeuralSum test folds (published)": (0.6796, 0.6165, 0.6724),
    "ORACLE test folds (published)": (0.7927, 0.7252, 0.7882),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    args = ap.parse_args()
    sc = scorer()
    rows: dict[str, dict[str, float]] = {"warta": {}, "LEAD-3 (warta's sentences)": {}, "LEAD-3 (plain split)": {}}
    n = 0
    elapsed = 0.0
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            if args.limit is not None and n >= args.limit:
                break
            rec = json.loads(line)
            art = Article(id=rec["id"], source=rec["id"], paragraphs=rec["paragraphs"], outlet=rec["source"],
                          language="id")
            t0 = time.perf_counter()
            brief = make_brief(Story(rec["id"], [art]), length=3)
            elapsed += time.perf_counter() - t0
            plain = [s for p in rec["paragraphs"] for s in split_sentences(p)]
            systems = {"warta": " ".join(c.text for c in brief.summary),
                       "LEAD-3 (warta's sentences)": " ".join(article_sentences(art)[:3]),
                       "LEAD-3 (plain split)": " ".join(plain[:3])}
            for name, text in systems.items():
                for k, v in rouge(sc, text, [rec["summary"]]).items():
                    rows[name][k] = rows[name].get(k, 0.0) + v
            n += 1
    for r in rows.values():
        for k in r:
            r[k] /= max(1, n)
    rows["warta"]["ms_per_article"] = elapsed * 1000 / max(1, n)
    for name, (r1, r2, rl) in PUBLISHED.items():
        rows[name] = {"rouge1": r1, "rouge2": r2, "rougeL": rl}
    print_table(rows, args.json, [f"{n} articles; rouge-score F1, word tokens, no stemming."])


if __name__ == "__main__":
    main()
