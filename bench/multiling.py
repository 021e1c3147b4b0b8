"""MultiLing 2011 (English, 10 WikiNews topics x 10 articles): warta beside the ten official systems.

warta reads each topic as one Story (English, 250-word budget). Baselines in the same process: Lead
(first sentences of the earliest article), LexRank, TextRank (sumy) at the same budget, and the official
peer summaries (peers/ID*/M00x) rescored with the same scorer; the official figures from the benchmark's
README follow as (published). All summaries are cut to 250 words; rouge-score with lower-cased word tokens,
no stemming, averaged over the 3 human references (F1, which the official figures match, and recall).

    .venv/bin/python bench/multiling.py [--json]
"""

from __future__ import annotations

import argparse
import json
import re

from _summ import SHARED, baselines, print_table, rouge, scorer, take_budget, truncate_words

from warta.brief.align import SentenceIndex, article_sentences
from warta.brief.claims import group_claims
from warta.brief.summary import summarize
from warta.model import Article, Story

DATA = SHARED / "benchmarks" / "multiling2011"
WORDS = 250
PUBLISHED = {  # official ROUGE F-scores (README of the benchmark; the rescored peers' F1 match them)
    "ID10 topline (published)": (0.521, 0.250),
    "ID2 (published)": (0.461, 0.169),
    "ID3 (published)": (0.454, 0.182),
    "ID9 centroid baseline (published)": (0.379, 0.109),
}


def to_story(topic: dict) -> Story:
    arts = []
    for i, doc in enumerate(topic["docs"]):
        lines = [ln.strip() for ln in doc.split("\n") if ln.strip()]
        title = re.sub(r"^\d{4}/\d\d/\d\d\s+", "", lines[0]) if lines else None
        body = [ln for ln in lines[1:] if len(ln.split()) > 6]  # drop the date line and headings
        arts.append(Article(id=f"{topic['topic']}-{i}", source=topic["topic"], paragraphs=body, title=title,
                            outlet=f"doc{i}", language="en"))
    return Story(topic["topic"], arts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    sc = scorer()
    topics = [json.loads(x) for x in (DATA / "english_clusters.jsonl").read_text(encoding="utf-8").splitlines()]
    rows: dict[str, dict[str, float]] = {}

    def add(name: str, text: str, refs: list[str]) -> None:
        text = truncate_words(text, WORDS)
        rec = rouge(sc, text, refs, "recall")
        f1 = rouge(sc, text, refs)
        r = rows.setdefault(name, dict.fromkeys(["rouge1_f", "rouge2_f", "rouge1_recall", "rouge2_recall"], 0.0))
        r["rouge1_recall"] += rec["rouge1"] / len(topics)
        r["rouge2_recall"] += rec["rouge2"] / len(topics)
        r["rouge1_f"] += f1["rouge1"] / len(topics)
        r["rouge2_f"] += f1["rouge2"] / len(topics)

    for topic in topics:
        refs = topic["references"]
        story = to_story(topic)
        ix = SentenceIndex(story)
        add("warta", " ".join(c.text for c in summarize(ix, group_claims(ix), None, WORDS)), refs)
        sents = [s for a in story.articles for s in article_sentences(a)]
        for name, rank in baselines().items():
            try:
                add(name, " ".join(take_budget(rank(sents), None, WORDS)), refs)
            except Exception as err:  # a baseline that cannot run must not stop the bench
                print(f"{name} unavailable on {topic['topic']}: {err}")
        for peer in sorted((DATA / "peers").iterdir(), key=lambda p: int(p.name[2:])):
            f = peer / topic["topic"]
            if f.exists():
                add(f"{peer.name} (rescored)", f.read_text(encoding="utf-8", errors="replace"), refs)
    for name, (r1, r2) in PUBLISHED.items():
        rows[name] = {"rouge1_f": r1, "rouge2_f": r2}
    print_table(rows, args.json, [f"rouge-score, word tokens, no stemming, summaries cut to {WORDS} words, "
                                  f"mean over 3 references and {len(topics)} topics."])


if __name__ == "__main__":
    main()
