"""Story grouping at stream scale: is the cost of one add flat from 10k to 1M articles indexed?

A synthetic stream is built from real text: the devset and example articles go through the extract stage,
their sentences are pooled, and each synthetic article is 5-12 random sentences of the pool with a time
spread evenly over one year (so 1M articles is about 2,700 a day, every day).

Measured on one core:
All times are CPU time of this process (time.process_time), so other work on the machine does not
inflate them.
- `articles_per_s`: the full path (`StoryIndex.add`: features, near-copy check, candidates, decision)
  over the first 10,000 articles, stemmer caches cold.
- `cpu_ms_per_article@N`: mean cost of a batch of full adds when N articles are already indexed. Between
  checkpoints the index is filled through `StoryIndex.restore` on pre-computed features (each a story of
  its own, no decision, no text processing): the cheap path, so reaching 1M takes minutes, not an hour.
  The state it leaves (window, postings, open stories, IDF) is what a full run would hold, with more
  open stories per day than grouping would leave, so it errs on the slow side.
- `cost_ratio_last_first`: cost at the largest checkpoint / at 10k (target <= 1.5). At 1M a year,
  10k articles are 3.7 days: the 7-day window is not yet full, so 10k is the cheapest point;
  `cost_ratio_last_second` (1M / 100k) compares two full windows, i.e. the effect of index size alone.
- `peak_rss_mb`: peak resident memory of the process (resource.getrusage).

    .venv/bin/python bench/stories_scale.py [--max N] [--batch B] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from stories import extract_all, load_devset, load_example  # noqa: E402

from warta.lang.sentences import split_sentences  # noqa: E402
from warta.model import Article  # noqa: E402
from warta.stories import StoryIndex  # noqa: E402
from warta.stories.features import to_days  # noqa: E402

START = datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=7)))
POOL_FEATURES = 4000  # distinct pre-computed articles recycled by the cheap fill


class Stream:
    """Synthetic articles from shuffled real sentences, in time order over one year."""

    def __init__(self, total: int, seed: int = 7) -> None:
        docs, _, _ = load_devset()
        articles, _ = extract_all(docs + load_example())
        self.sentences = [s for a in articles for p in a.paragraphs for s in split_sentences(p) if len(s) > 30]
        self.rng = random.Random(seed)
        self.step = 365.0 / total  # days between articles
        self.n = 0

    def next(self) -> Article:
        k = self.n
        self.n += 1
        picked = self.rng.sample(self.sentences, self.rng.randint(5, 12))
        paragraphs = [" ".join(picked[i : i + 2]) for i in range(1, len(picked), 2)]
        when = START + timedelta(days=k * self.step, minutes=self.rng.randint(0, 30))
        return Article(f"syn{k}", "synthetic", paragraphs, title=picked[0][:120], published=when)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max", type=int, default=1_000_000, help="largest index size measured (default 1M)")
    ap.add_argument("--batch", type=int, default=2000, help="full adds timed at each checkpoint")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    checkpoints = [n for n in (10_000, 100_000, 1_000_000) if n <= args.max] or [args.max]
    stream = Stream(max(checkpoints) + args.batch * len(checkpoints))
    index = StoryIndex(keep_articles=False)

    # the full path over the first 10k articles (or up to the first checkpoint)
    first = min(10_000, checkpoints[0])
    warm = [stream.next() for _ in range(first)]
    t0 = time.process_time()
    for art in warm:
        index.add(art)
    full_rate = first / (time.process_time() - t0)

    pool = [index.featurize(stream.next()) for _ in range(min(POOL_FEATURES, max(checkpoints)))]
    indexed, filled_by_restore = first, 0
    results: dict[str, float] = {"articles_per_s": full_rate}
    for n in checkpoints:
        while indexed < n:  # cheap fill: pre-computed features, each its own story
            art = stream.next()
            feats = replace(pool[indexed % len(pool)], id=art.id, time=to_days(art.published))
            index.restore(feats, "r-" + art.id)
            indexed += 1
            filled_by_restore += 1
        batch = [stream.next() for _ in range(args.batch)]
        t0 = time.process_time()
        for art in batch:
            index.add(art)
        results[f"cpu_ms_per_article@{n // 1000}k"] = (time.process_time() - t0) * 1000 / len(batch)
        indexed += len(batch)
    costs = [results[f"cpu_ms_per_article@{n // 1000}k"] for n in checkpoints]
    results["cost_ratio_last_first"] = costs[-1] / costs[0]
    if len(costs) > 2:
        results["cost_ratio_last_second"] = costs[-1] / costs[1]
    results["open_stories_at_end"] = float(len(index.open_stories()))
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        print(json.dumps({"warta": results}, indent=1))
        return
    print(
        f"synthetic stream: {len(stream.sentences)} real sentences reshuffled, one year, {indexed:,} articles "
        f"indexed ({filled_by_restore:,} through the cheap restore path); checkpoints "
        f"{', '.join(f'{n:,}' for n in checkpoints)}; {args.batch} full adds timed at each; one core"
    )
    cols = list(results)
    print("| system | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    print("| warta | " + " | ".join(f"{results[c]:.3f}" for c in cols) + " |")


if __name__ == "__main__":
    main()
