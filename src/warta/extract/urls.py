"""What a news URL itself says: the headline slug, a publication date in the path, the site name."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from warta.extract.outlets import host_of, registrable_domain
from warta.lang.dates import WIB

_SLUG_SPLIT = re.compile(r"[^a-z0-9]+")
_NOT_ALNUM = _SLUG_SPLIT
_TOKEN = re.compile(r"[^\W_]+(?:[.,][^\W_]+)*")
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|$)|/((?:19|20)\d\d)([01]\d)([0-3]\d)(?=\d|/)"
)


@lru_cache(maxsize=1024)
def slug_tokens(url: str | None) -> list[str]:
    """Lower-case words of the longest word-like path segment (`/read/2021/x/putin-terima-undangan`)."""
    if not url:
        return []
    path = re.sub(r"[?#].*$", "", url).rstrip("/")
    best: list[str] = []
    for seg in path.split("/")[3:]:
        seg = re.sub(r"\.(?:html?|php|aspx?)$", "", seg.lower())
        toks = [t for t in _SLUG_SPLIT.split(seg) if t]
        if len(toks) >= 3 and sum(t.isalpha() for t in toks) >= 2 and len(toks) > len(best):
            best = toks
    return best


def slug_overlap(text: str, slug: list[str]) -> float:
    """Share of the slug's words found in a line (digits compared without separators: 6,2 ~ 62)."""
    if not slug:
        return 0.0
    words = {_SLUG_SPLIT.sub("", w.lower()) for w in _TOKEN.findall(text)}
    return sum(1 for t in slug if t in words) / len(slug)


def url_date(url: str | None) -> datetime | None:
    """A date in the URL path (`/2024/01/05/`, `/20240105...`), at midnight WIB."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        return datetime(int(y), int(mo), int(d), tzinfo=WIB)
    except ValueError:
        return None


def site_names(url: str | None) -> tuple[str, ...]:
    """The names in a URL's host, letters and digits only, without the public suffix:
    `https://zonasurabayaraya.pikiran-rakyat.com/x` -> ("zonasurabayaraya", "pikiranrakyat")."""
    host = host_of(url) if url else None
    domain = registrable_domain(url) if url else None
    if not host or not domain:
        return ()
    labels = host.removesuffix(domain).split(".")[:-1] + [domain.split(".")[0]]
    return tuple(n for n in (_NOT_ALNUM.sub("", label) for label in labels) if n)
