"""Multi-source briefs on the devset: ROUGE vs reference summaries, key facts, citation support, speed.

Each event's articles (../shared/devset/articles, outlet/date from manifest.jsonl, near copies linked as
grouping would) go through the real extract stage into one Story; `make_brief` writes its summary
(default length: about 5 sentences / 100 words). Baselines in the same process on the same clean
sentences at the same budget: Lead (first sentences of the earliest article), LexRank and TextRank (sumy).
ROUGE: rouge-score F1, plain lower-cased word tokenizer, no stemming. Citation support: share of
(summary sentence, cited article) pairs where the cited article supports the sentence (`warta.brief.supports`,
the same check the brief uses); unsupported = summary sentences no cited article supports; uncited_verbatim =
summary sentences an article they do not cite says nearly word for word (word-set Jaccard >= 0.6, an
independent check that a citation names *all* its supporters). repeated_words: the share of a summary's content
words an earlier sentence of it already wrote (what it says twice; every system).
Speed: one 10-article story (two events' articles): warta's whole brief (summary, agreement, quotes, entities,
timeline, discrepancies) and its summary path alone (alignment, claims, selection: what LexRank does), per-
sentence caches cleared every run, word-level caches such as the stemmer's warm as in a running service; vs
LexRank ranking the same sentences (scores computed once); each the best of repeated runs (the machine is
shared: the minimum is the run least disturbed, the same statistic for all).
Tuning: the summary weights were set on these events; `cross_validated` re-runs such a search with events
left out and reports ROUGE-2 on them, the figure to expect on other stories.

    .venv/bin/python bench/briefs.py [--json] [--missed]

`--missed` also lists, per event, the key facts warta's summary leaves out (the diagnostic for tuning).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections.abc import Callable
from datetime import datetime

from _summ import SHARED, baselines, print_table, repeated_words, rouge, scorer, take_budget

from warta.brief import align, make_brief, supports
from warta.brief.align import article_sentences
from warta.brief.claims import clarity, group_claims
from warta.brief.summary import DEFAULT_SENTENCES, DEFAULT_WORDS, MULTI, Weights, select, summarize
from warta.extract import extract_document
from warta.lang.entities import find_entities, name_key
from warta.model import Article, Document, Story

DEVSET = SHARED / "devset"


def load_stories() -> tuple[list[tuple[dict, Story]], int]:
    manifest = [json.loads(x) for x in (DEVSET / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    events = [json.loads(x) for x in (DEVSET / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    failed = 0
    articles: dict[str, list[Article]] = {}
    for rec in manifest:
        if not rec["event"]:
            continue
        path = DEVSET / "articles" / f"{rec['id']}.txt"
        meta = {"outlet": rec["outlet"], "published": rec["published"], "title": rec["title"]}
        doc = Document(id=rec["id"], source=str(path), text=path.read_text(encoding="utf-8"), url=rec["url"],
                       meta={k: v for k, v in meta.items() if v})
        try:
            art = extract_document(doc)
        except Exception:  # a bench reports, it does not stop: count and skip the article
            failed += 1
            continue
        art.outlet = rec["outlet"]
        art.near_copy_of = rec.get("near_duplicate_of")
        articles.setdefault(rec["event"], []).append(art)
    return [(ev, Story(ev["event"], articles.get(ev["event"], []))) for ev in events], failed


def missed(text: str, facts: list[dict]) -> list[str]:
    """The key facts none of whose keywords the text contains."""
    low = text.lower()
    return [f["fact"] for f in facts if not any(k.lower() in low for k in f["any_of"])]


def covered(text: str, facts: list[dict]) -> float:
    return 1 - len(missed(text, facts)) / len(facts)


VERBATIM = 0.6  # word-set Jaccard at which two sentences say the same thing in nearly the same words


def _word_set(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def sentence_words(story: Story) -> dict[str, list[set[str]]]:
    """Each article's sentences as word sets (once per story, for every summary sentence's check)."""
    return {a.id: [_word_set(s) for s in article_sentences(a)] for a in story.articles}


def uncited_verbatim(text: str, sentences: dict[str, list[set[str]]], sources: list[str]) -> bool:
    """Does an article the sentence does not cite hold a sentence with nearly the same words?"""
    want = _word_set(text)
    return any(len(want & got) >= VERBATIM * len(want | got)
               for art, sents in sentences.items() if art not in sources for got in sents)


def lead_order(story: Story) -> list[str]:
    arts = sorted(story.articles, key=lambda a: (a.published is None, a.published or datetime.min, a.id))
    return [s for a in arts for s in article_sentences(a)]


def _best_ms(run: Callable[[], object], times: int) -> float:
    """Best of repeated runs in ms, per-sentence caches cleared before each (word-level caches stay warm)."""
    out = []
    for _ in range(times):
        align._CACHE.clear()
        for cached in (align.analyse, find_entities, clarity, name_key):  # every per-sentence cache
            cached.cache_clear()
        t0 = time.perf_counter()
        run()
        out.append((time.perf_counter() - t0) * 1000)
    return min(out)


def speed(stories: list[Story]) -> dict[str, float]:
    """The whole brief, its summary path alone (what LexRank does: rank and pick sentences, here with
    cross-outlet alignment and verified citations) and LexRank, on the same 10 articles."""
    arts = [a for s in stories for a in s.articles][:10]
    story = Story("speed", arts)
    sents = [s for a in arts for s in article_sentences(a)]

    def summary_only() -> None:
        ix = align.index_for(story)
        summarize(ix, group_claims(ix))

    return {"brief": _best_ms(lambda: make_brief(story), 9), "summary": _best_ms(summary_only, 9),
            "lexrank": _best_ms(lambda: baselines()["LexRank"](sents), 5), "n_articles": len(arts)}


def cross_validated(  # type: ignore[no-untyped-def]
    stories: list[tuple[dict, Story]], sc, folds: int = 5, candidates: int = 40
) -> tuple[float, float]:
    """ROUGE-2 and key facts on events left out of tuning: a random search like the one that set the shipped
    weights (the shipped set among the candidates) picks its weights by ROUGE-2 on the other events of each fold."""
    rng = random.Random(0)
    grid = {"support": (0.0, 0.2, 0.4, 0.8), "soft": (0.5, 1.0, 2.0), "central": (0.0, 0.3, 0.6),
            "lead": (0.0, 0.3, 0.6, 1.0), "lead_decay": (1.0, 2.0, 4.0), "clarity": (0.0, 0.2, 0.4),
            "consensus": (0.0, 0.1, 0.25, 0.4),
            "coverage": (0.3, 0.6, 1.0), "redundancy": (0.5, 1.0, 2.0), "date": (0.0, 0.05, 0.1)}
    options = [MULTI] + [Weights(**{k: rng.choice(v) for k, v in grid.items()}) for _ in range(candidates - 1)]
    prepared = [(ev, ix, group_claims(ix)) for ev, ix in ((ev, align.SentenceIndex(s)) for ev, s in stories)]
    score, facts = [], []  # [option][event]
    for w in options:
        row, found = [], []
        for ev, ix, groups in prepared:
            text = " ".join(ix.units[g.rep].text for g in select(ix, groups, DEFAULT_SENTENCES, DEFAULT_WORDS, w))
            row.append(rouge(sc, text, [ev["reference_summary"]])["rouge2"])
            found.append(covered(text, ev["key_facts"]))
        score.append(row)
        facts.append(found)
    held_out, held_facts = [], []
    for f in range(folds):
        test = [i for i in range(len(prepared)) if i % folds == f]
        train = [i for i in range(len(prepared)) if i % folds != f]
        best = max(range(len(options)), key=lambda o: (sum(score[o][i] for i in train), -o))
        held_out += [score[best][i] for i in test]
        held_facts += [facts[best][i] for i in test]
    return sum(held_out) / len(held_out), sum(held_facts) / len(held_facts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--missed", action="store_true", help="list the key facts each event's summary misses")
    args = ap.parse_args()
    sc = scorer()
    stories, failed = load_stories()
    make_brief(Story("warm-up", stories[-1][1].articles[:1]))  # load stemmer and gazetteer outside the timing
    rows: dict[str, dict[str, float]] = {}
    totals: dict[str, dict[str, float]] = {}
    cited = supported = sentences = unsupported = verbatim = 0
    elapsed = 0.0
    for ev, story in stories:
        refs = [ev["reference_summary"]]
        t0 = time.perf_counter()
        brief = make_brief(story)
        elapsed += time.perf_counter() - t0
        by_id = {a.id: a for a in story.articles}
        words = sentence_words(story)
        for claim in brief.summary:
            ok = [supports(claim.text, by_id[i], story) for i in claim.sources]
            cited += len(ok)
            supported += sum(ok)
            sentences += 1
            unsupported += not any(ok)
            verbatim += uncited_verbatim(claim.text, words, claim.sources)
        systems = {"warta": [c.text for c in brief.summary]}
        if args.missed and (gaps := missed(" ".join(systems["warta"]), ev["key_facts"])):
            print(f"{story.id}: misses " + "; ".join(gaps))
        for name, rank in baselines().items():
            sents = lead_order(story) if name == "Lead" else [s for a in story.articles for s in article_sentences(a)]
            try:
                systems[name] = take_budget(rank(sents), DEFAULT_SENTENCES, DEFAULT_WORDS)
            except Exception as err:  # a baseline that cannot run must not stop the bench
                print(f"{name} unavailable on {story.id}: {err}")
        for name, summ in systems.items():
            text = " ".join(summ)
            r = rouge(sc, text, refs)
            t = totals.setdefault(name, {})
            measured = {**r, "key_facts": covered(text, ev["key_facts"]), "words": len(text.split()),
                        "repeated_words": repeated_words(summ)}
            for k, v in measured.items():
                t[k] = t.get(k, 0.0) + v / len(stories)
    for name, t in totals.items():
        rows[name] = dict(t)
    rows["warta"]["citation_support"] = supported / max(1, cited)
    rows["warta"]["unsupported_sentences"] = unsupported
    rows["warta"]["uncited_verbatim"] = verbatim
    rows["warta"]["ms_per_story"] = elapsed * 1000 / len(stories)
    sp = speed([s for _, s in stories])
    cv, cv_facts = cross_validated(stories, sc)
    rows["warta"]["ms_10_article_story"] = sp["brief"]
    rows["warta"]["ms_10_article_summary"] = sp["summary"]
    rows["LexRank"]["ms_10_article_story"] = rows["LexRank"]["ms_10_article_summary"] = sp["lexrank"]
    notes = [
        f"ROUGE: rouge-score F1, lower-cased word tokens, no stemming; {len(stories)} events, "
        f"{sum(len(s.articles) for _, s in stories)} articles via warta.extract ({failed} failed to extract).",
        f"Speed on one {sp['n_articles']}-article story (best of runs): warta's whole brief {sp['brief']:.1f} ms "
        f"({sp['lexrank'] / max(sp['brief'], 1e-9):.1f}x faster than LexRank), its summary path alone "
        f"{sp['summary']:.1f} ms ({sp['lexrank'] / max(sp['summary'], 1e-9):.1f}x); LexRank {sp['lexrank']:.1f} ms "
        "(ranking the same sentences once; LexRank makes no quotes, entities, timeline or discrepancies).",
        f"ROUGE-2 warta / LexRank = {rows['warta']['rouge2'] / max(rows['LexRank']['rouge2'], 1e-9):.2f}. "
        "warta's summary weights were tuned on these 20 events (random search); with the same search re-run "
        f"on 16 events and scored on the 4 left out (5 folds), ROUGE-2 = {cv:.4f} "
        f"({cv / max(rows['LexRank']['rouge2'], 1e-9):.2f}x LexRank) and key facts = {cv_facts:.3f}.",
    ]
    print_table(rows, args.json, notes)


if __name__ == "__main__":
    main()
