"""Story grouping at stream scale: is the cost of one add flat from 10k to 1M articles indexed?

A synthetic stream is built from real text: the devset and example articles go through the extract stage,
their sentences are pooled, and each synthetic article is 5-12 random sentences of the pool with a time
spread evenly over one year (so 1M articles is about 2,700 a day, every day), and one of 40 outlets in turn.

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
- `peak_rss_mb`: peak resident memory of the process (resource.getrusage), taken before the baseline runs.

Baseline in the same run (machines are noisy: compare the ratios): `linear scan`, a naive streaming
clusterer with warta's features and body TF-IDF vectors (same IDF, same `dot` on the same sparse dicts)
but no inverted index: each article is compared with every story open in the 7-day window and joins the
most similar at body cosine >= 0.5, else opens a story. It is filled the same way (pre-computed vectors,
each a story of its own) and timed at the same checkpoints, with fewer adds (`--baseline-batch`, and
its `articles_per_s` over the first `--baseline-first` articles) since one add scans thousands of
stories; `--baseline-max` stops it earlier. `speedup@N` = baseline cost / warta cost at N.

    .venv/bin/python bench/stories_scale.py [--max N] [--batch B] [--baseline-max N] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from stories import extract_all, load_devset, load_example  # noqa: E402

from warta.lang.sentences import split_sentences  # noqa: E402
from warta.model import Article  # noqa: E402
from warta.stories import StoryIndex, dot  # noqa: E402
from warta.stories.features import Features, to_days  # noqa: E402
from warta.stories.index import WINDOW_DAYS, Vector  # noqa: E402

START = datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=7)))
OUTLETS = 40  # synthetic articles take turns among this many outlets, as a real stream's do
POOL_FEATURES = 4000  # distinct pre-computed articles recycled by the cheap fill
JOIN_COSINE = 0.5  # the baseline joins its most similar open story at this body cosine


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
        return Article(f"syn{k}", "synthetic", paragraphs, title=picked[0][:120], published=when,
                       outlet=f"outlet {k % OUTLETS}")  # fmt: skip


class LinearScan:
    """The baseline: warta's features, IDF and body vectors, and a linear scan of the open stories."""

    def __init__(self) -> None:
        self.index = StoryIndex(keep_articles=False)  # features, IDF and vectors only
        self.open: dict[str, tuple[Vector, float, float]] = {}  # story -> (centroid, norm2, latest time)

    def _expire(self, now: float) -> None:
        while self.open:  # least recently joined first: stories are moved to the end when joined
            sid = next(iter(self.open))
            if self.open[sid][2] >= now - WINDOW_DAYS:
                return
            del self.open[sid]

    def add(self, article: Article) -> str:
        feats = self.index.featurize(article)
        self.index.observe(feats)
        body = self.index.vectors(feats)["body"]
        now = feats.time if feats.time is not None else 0.0
        self._expire(now)
        best, best_cos = article.id, JOIN_COSINE
        for sid, (cen, norm2, _) in self.open.items():
            cos = dot(body, cen) / math.sqrt(norm2) if norm2 > 0.0 else 0.0
            if cos >= best_cos:
                best, best_cos = sid, cos
        if best == article.id:
            self.open[best] = (dict(body), 1.0 if body else 0.0, now)
            return best
        cen, norm2, _ = self.open.pop(best)
        norm2 += 2 * dot(body, cen) + (1.0 if body else 0.0)
        for t, w in body.items():
            cen[t] = cen.get(t, 0.0) + w
        self.open[best] = (cen, norm2, now)
        return best

    def restore(self, sid: str, feats: Features, body: Vector) -> None:
        """The cheap fill: counted into the IDF, filed as a story of its own, no scan."""
        self.index.observe(feats)
        self._expire(feats.time or 0.0)
        self.open[sid] = (dict(body), 1.0 if body else 0.0, feats.time or 0.0)


def _ms(n: int) -> str:
    return f"cpu_ms_per_article@{n // 1000}k"


def _measure(
    stream: Stream,
    add: Callable[[Article], object],
    make_fill: Callable[[], Callable[[Article, int], None]],
    checkpoints: list[int],
    first: int,
    batch: int,
) -> tuple[dict[str, float], int, int]:
    """articles/s over the first `first` full adds; then, at each checkpoint, the index filled up to it
    through the cheap path (`make_fill()`, built after the warm-up, takes an article and its number) and
    `batch` full adds timed. Returns the results, the articles indexed and how many went the cheap way."""
    warm = [stream.next() for _ in range(first)]
    t0 = time.process_time()
    for art in warm:
        add(art)
    results: dict[str, float] = {"articles_per_s": first / (time.process_time() - t0)}
    fill = make_fill()
    indexed, filled = first, 0
    for n in checkpoints:
        while indexed < n:
            fill(stream.next(), indexed)
            indexed += 1
            filled += 1
        arts = [stream.next() for _ in range(batch)]
        t0 = time.process_time()
        for art in arts:
            add(art)
        results[_ms(n)] = (time.process_time() - t0) * 1000 / len(arts)
        indexed += len(arts)
    costs = [results[_ms(n)] for n in checkpoints]
    results["cost_ratio_last_first"] = costs[-1] / costs[0]
    if len(costs) > 2:
        results["cost_ratio_last_second"] = costs[-1] / costs[1]
    return results, indexed, filled


def _pool(stream: Stream, index: StoryIndex, checkpoints: list[int]) -> list[Features]:
    """Distinct pre-computed articles the cheap fill recycles."""
    return [index.featurize(stream.next()) for _ in range(min(POOL_FEATURES, max(checkpoints)))]


def run_warta(args: argparse.Namespace, checkpoints: list[int]) -> tuple[dict[str, float], str]:
    stream = Stream(max(checkpoints) + args.batch * len(checkpoints))
    index = StoryIndex(keep_articles=False)

    def make_fill() -> Callable[[Article, int], None]:  # pre-computed features, each its own story
        pool = _pool(stream, index, checkpoints)
        return lambda art, k: index.restore(
            replace(pool[k % len(pool)], id=art.id, time=to_days(art.published)), "r-" + art.id
        )

    # the full path over the first 10k articles (or up to the first checkpoint)
    results, indexed, filled = _measure(
        stream, index.add, make_fill, checkpoints, min(10_000, checkpoints[0]), args.batch
    )
    results["open_stories_at_end"] = float(len(index.open_stories()))
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    note = (
        f"synthetic stream: {len(stream.sentences)} real sentences reshuffled, one year, {indexed:,} articles "
        f"indexed ({filled:,} through the cheap restore path); checkpoints "
        f"{', '.join(f'{n:,}' for n in checkpoints)}; {args.batch} full adds timed at each; one core"
    )
    return results, note


def run_baseline(args: argparse.Namespace, checkpoints: list[int]) -> tuple[dict[str, float], str]:
    """The linear scan on the same stream (same seed), filled and timed like warta with fewer adds."""
    stream = Stream(max(checkpoints) + args.batch * len(checkpoints))  # the same articles at the same times
    base = LinearScan()
    points = [n for n in checkpoints if n <= args.baseline_max]
    first = min(args.baseline_first, checkpoints[0])

    def make_fill() -> Callable[[Article, int], None]:
        pool = _pool(stream, base.index, checkpoints)
        bodies = [base.index.vectors(f)["body"] for f in pool]

        def fill(art: Article, k: int) -> None:
            k %= len(pool)
            base.restore(art.id, replace(pool[k], id=art.id, time=to_days(art.published)), bodies[k])

        return fill

    results, _, _ = _measure(stream, base.add, make_fill, points, first, args.baseline_batch)
    results["open_stories_at_end"] = float(len(base.open))
    stopped = f", stopped at {points[-1]:,} (--baseline-max)" if len(points) < len(checkpoints) else ""
    note = (
        f"baseline (linear scan): articles_per_s over the first {first:,} articles, {args.baseline_batch} adds "
        f"timed at each checkpoint{stopped}"
    )
    return results, note


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max", type=int, default=1_000_000, help="largest index size measured (default 1M)")
    ap.add_argument("--batch", type=int, default=2000, help="full adds timed at each checkpoint")
    ap.add_argument("--baseline-max", type=int, default=1_000_000, help="largest size the baseline is run to")
    ap.add_argument("--baseline-batch", type=int, default=200, help="baseline adds timed at each checkpoint")
    ap.add_argument("--baseline-first", type=int, default=2000, help="articles in the baseline's articles_per_s")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    checkpoints = [n for n in (10_000, 100_000, 1_000_000) if n <= args.max] or [args.max]
    warta, note = run_warta(args, checkpoints)
    base, base_note = run_baseline(args, checkpoints)
    speedup = {f"speedup@{n // 1000}k": base[_ms(n)] / warta[_ms(n)] for n in checkpoints if _ms(n) in base}
    if args.json:
        print(json.dumps({"warta": warta, "linear scan": base, "warta_vs_baseline": speedup}, indent=1))
        return
    print(f"{note}\n{base_note}")
    cols = list(warta)
    print("| system | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for name, row in (("warta", warta), ("linear scan (baseline)", base)):
        print(f"| {name} | " + " | ".join(f"{row[c]:.3f}" if c in row else "-" for c in cols) + " |")
    print("warta vs baseline (baseline cost / warta cost): " + ", ".join(f"{k} {v:.1f}x" for k, v in speedup.items()))


if __name__ == "__main__":
    main()
