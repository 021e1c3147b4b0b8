"""Timeline: the dated happenings of a story, one entry per date, each shown by a source sentence.

Dates are read with `warta.lang.dates.find_dates`, resolved against each article's publication date
(`Rabu (13/9/2023)`, `Kamis (14/9)`, `Selasa pagi`). Dates far from the story's publication window
(birthdays, anniversaries) are background, not happenings of this story, and are left out.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from warta.brief.align import StoryIndex
from warta.lang.dates import find_dates
from warta.model import TimelineEntry

# what every date mention needs: a digit, a weekday or a relative day word (cheap test before the parser)
_MAYBE_DATE = re.compile(
    r"\d|senin|selasa|rabu|kamis|jum.?at|sabtu|minggu|ahad|kemarin|hari ini|lusa|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|yesterday|today",
    re.IGNORECASE,
)
WINDOW_BEFORE = timedelta(days=14)  # how far before the first publication a happening may lie
MAX_ENTRIES = 12


def story_timeline(ix: StoryIndex) -> list[TimelineEntry]:
    """One entry per distinct date, in date order, shown by its best-supported sentence."""
    published = [a.published.date() for a in ix.articles if a.published]
    lo = min(published) - WINDOW_BEFORE if published else date.min
    hi = max(published) + timedelta(days=1) if published else date.max
    best: dict[date, tuple[tuple[int, float, int], int]] = {}
    for i, u in enumerate(ix.units):
        if not _MAYBE_DATE.search(u.text):
            continue
        base = ix.articles[u.article].published
        for m in find_dates(u.text, base):
            if m.date is None or not lo <= m.date <= hi:
                continue
            key = (len(ix.witnesses(ix.unit_supporters(i))), -u.rel, -i)
            if m.date not in best or key > best[m.date][0]:
                best[m.date] = (key, i)
    out = []
    for day in sorted(best)[:MAX_ENTRIES]:
        i = best[day][1]
        out.append(TimelineEntry(date=day.isoformat(), text=ix.units[i].text,
                                 sources=[ix.articles[a].id for a in ix.unit_supporters(i)]))
    return out
