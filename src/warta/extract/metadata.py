"""Article metadata read from the page text itself: title, bylines, publication stamp, dateline, wire.

Indonesian outlets print these in a few house styles (`Kompas.com - 14/09/2023, 10:49 WIB`, `Rahman
Asmardika , Jurnalis-Kamis, 14 September 2023 |12:13 WIB`, `Rita Uli Hutapea - detikNews`, `Penulis:
...`, `MOSKWA, KOMPAS.com -`, `Jakarta (ANTARA) -`, a `REUTERS` sign-off). HTML metadata extractors
need markup, so these are rules over the labelled lines of boilerplate.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from warta.extract.boilerplate import Kind, Line, is_caption
from warta.extract.dateline import DOMAINISH, WIRE_RE, Head, Site, lede_head, wire_name
from warta.extract.outlets import Outlet, find_signatures, outlet_for_site, registry
from warta.extract.urls import slug_tokens
from warta.lang.dates import parse_published
from warta.lang.entities import HEADLINE_LOWER

_WORD = re.compile(r"[^\W_]+")
_NAME_END = re.compile(r"\s+[-–|]\s+|\s*\|\s*|\s{2,}")
_NAME_SEP = re.compile(r"\s*(?:,|\bdan\b|&|/)\s*")
_TOKEN = re.compile(r"[^\W_]+(?:[.,][^\W_]+)*")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_TRAIL = re.compile(r"[\"'”’?!)]*")
_STAMP_NOISE = re.compile(r"\d+|WIB|WITA|WIT")
_LEDE_BELOW = 2  # body lines below the first one where a lede may still start
_STAMP_BELOW = 5  # lines below the body where a publication stamp may still stand
_SOURCE_LABEL = re.compile(r"\W*(?:sumber|source)\b", re.IGNORECASE)

# ---------------------------------------------------------------- wires
_CREDIT = re.compile(
    rf"\b(?:dikutip|mengutip|dilansir|melansir|dilaporkan|diberitakan|sumber|source|via|menurut laporan|"
    rf"disadur|disarikan|dari laporan)\s*:?\s+(?:dari\s+)?(?:(?:kantor\s+berita|laman|situs|media|"
    rf"berita|lkbn|resmi|kantor|dan)\s+){{0,3}}(?P<w>(?:{WIRE_RE}))\b(?:\s*(?:dan|,|&|/)\s*"
    rf"(?P<w2>{WIRE_RE})\b)?",
    re.IGNORECASE,
)
_CREDIT_TRIGGERS = ("utip", "lansir", "lapor", "berita", "sumber", "source", "via", "sadur", "sari")
_WIRE_LINE = re.compile(rf"^\W*(?:sumber\s*:?\s*)?(?:(?:{WIRE_RE})\b\W*)+$", re.IGNORECASE)
_WIRE_STAMP = re.compile(rf"\W*(?:{WIRE_RE})\s*[•|,\-–]\s*\d", re.IGNORECASE)
_WIRE_TOKEN = re.compile(rf"\b(?:{WIRE_RE})\b", re.IGNORECASE)


def _add(out: list[str], name: str | None) -> None:
    if name and name not in out:
        out.append(name)


# ---------------------------------------------------------------- bylines
_LABEL = re.compile(
    r"^\W{0,3}(?P<label>penulis|reporter|pewarta|oleh|by|rep|laporan wartawan(?:\s+[\w.]+){0,3}?|"
    r"kontributor|wartawan|tim redaksi|editor|penyunting|redaktur|ed)\b\s*[:|,.\-–]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_AUTHOR_LABELS = {"penulis", "reporter", "pewarta", "oleh", "by", "rep", "kontributor", "wartawan",
                  "tim redaksi"}  # fmt: skip
_JURNALIS = re.compile(r"^(?P<name>[^,|]{3,60}?)\s*,\s*Jurnalis\b", re.IGNORECASE)
_NAME_DASH_SIG = re.compile(r"^(?P<name>[^-–|]{3,60}?)\s+[-–|]\s+(?P<sig>\S+)\s*$")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|bin|binti|van|de|der|al|el|da|di)$")


_NOT_NAME = re.compile(
    r"\b(?:Redaksi|Editor|Penulis|Reporter|Berita|News|Foto|Baca|Advertisement|Artikel|Terkait|Tags?|Topik|"
    r"Terkini|Terpopuler|Populer|Lainnya|Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Home|Video)\b",
    re.IGNORECASE,
)


def _is_name(text: str) -> bool:
    text = text.strip().rstrip(",")
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 50 or any(c.isdigit() for c in text):
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    return not _NOT_NAME.search(text)


def _names(rest: str) -> list[str]:
    """Names in the rest of a byline: `A, B dan C`, cut at a date, a dash or a bar."""
    rest = _NAME_END.split(rest)[0]
    out = []
    for piece in _NAME_SEP.split(rest):
        piece = " ".join(w for w in piece.split() if not DOMAINISH.search(w) and w not in registry().by_signature)
        piece = piece.strip(" .:")
        if piece and _is_name(piece) and not wire_name(piece):
            out.append(piece)
    return out


# ---------------------------------------------------------------- title
def _title_from(line: str, slug: list[str]) -> tuple[str, float]:
    """The part of a line that matches the URL slug (cut after the slug's last word) and the match."""
    if not slug:
        return line, 0.0
    matched, pos_end = 0, None
    missing = set(slug)
    words = list(_TOKEN.finditer(line))
    for m in words:
        tok = _NOT_ALNUM.sub("", m.group(0).lower())
        if tok in missing:
            missing.discard(tok)
            matched += 1
            pos_end = m.end()
            if not missing:
                break  # every slug word seen: the headline ends here
    if not words or pos_end is None:
        return line, 0.0
    score = matched / max(len(slug), 1)
    cut = line[:pos_end]
    rest = line[pos_end:]
    # cut only when running prose follows (a caption glued to the headline), not more headline words
    long_words = [w for w in _WORD.findall(rest) if len(w) > 3]
    prose_after = len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) <= 0.5 * len(long_words)
    if prose_after and score >= 0.8:
        trail = _TRAIL.match(rest).group(0)  # type: ignore[union-attr]
        return (cut + trail).strip(), score
    return line, score


# ---------------------------------------------------------------- the reader


@dataclass(slots=True)
class TextMeta:
    title: str | None = None
    authors: list[str] | None = None
    published: datetime | None = None
    published_has_time: bool = False
    dateline: str | None = None
    wire: list[str] | None = None
    outlet: tuple[str, str | None] | None = None  # (name, domain) of the outlet the page names as itself


def read_metadata(lines: list[Line], url: str | None, wire_outlet: bool, site: Site = ()) -> TextMeta:
    """Metadata from labelled lines; `wire_outlet` when the page belongs to a news agency, `site` the
    names in its URL's host."""
    meta = TextMeta()
    at = [pos for pos, ln in enumerate(lines) if ln.body]
    body = [lines[pos] for pos in at]
    # the lede: the first body line that is text (HTML main text keeps headings and captions as body)
    first_body = next((pos for pos in at if lines[pos].kind is not Kind.SHORT), at[0]) if at else len(lines)
    last_body = at[-1] if at else len(lines)
    meta.published, meta.published_has_time = _published(lines, last_body)
    meta.authors = _authors(lines, last_body)
    meta.title = _title(lines, first_body, url, set(meta.authors))
    head = _dateline(lines, first_body, site)
    meta.dateline, wires = (head.place, list(head.wires)) if head else (None, [])
    meta.wire = _wires(lines, body, first_body, last_body, wires, wire_outlet)
    if url is None:  # with a URL the outlet is the URL's
        meta.outlet = _own_outlet(lines, body, head.outlets if head else [])
    return meta


def _published(lines: list[Line], last_body: int) -> tuple[datetime | None, bool]:
    """The first stamp above the body (or just below it), one with a time first; stamps further down
    belong to related-article lists."""
    best: tuple[datetime, bool] | None = None
    for pos, ln in enumerate(lines):
        if pos > last_body + _STAMP_BELOW:
            break
        if ln.body or len(ln.core) > 140 or is_caption(ln.core):
            continue
        got = parse_published(ln.core)
        if got is None:
            continue
        residue = _STAMP_NOISE.sub(" ", ln.core)
        if len(_WORD.findall(residue)) > 9:
            continue
        if got[1]:
            return got
        best = best or got
    return best if best else (None, False)


def _authors(lines: list[Line], last_body: int) -> list[str]:
    out: list[str] = []

    def add(names: list[str]) -> None:
        for n in names:
            if n not in out:
                out.append(n)

    for pos, ln in enumerate(lines):
        if ln.body:
            continue
        text = ln.core
        m = _LABEL.match(text)
        if m and len(text) <= 120:
            label = m.group("label").lower().split()[0]
            label = "tim redaksi" if label == "tim" else label
            rest = m.group("rest").strip(" :|-–")
            if label in _AUTHOR_LABELS or label == "laporan":
                if rest:
                    add(_names(rest))
                elif label in _AUTHOR_LABELS:
                    # names on the line(s) just before a bare label (Kompas) or just after it
                    prev = _name_lines_before(lines, pos)
                    nxt = lines[pos + 1] if pos + 1 < len(lines) else None
                    if prev:
                        add(prev)
                    elif nxt and not nxt.body and _is_name(nxt.core):
                        add(_names(nxt.core))
            elif rest:  # "Editor: X": a bare name right before or after it is the author
                before = _name_lines_before(lines, pos)
                if before:
                    add(before)
                elif pos + 1 < len(lines) and pos > last_body and _is_name(lines[pos + 1].core):
                    add(_names(lines[pos + 1].core))
            continue
        jm = _JURNALIS.match(text)
        if jm and _is_name(jm.group("name")):
            add([jm.group("name").strip()])
            continue
        dm = _NAME_DASH_SIG.match(text)
        if dm and _is_name(dm.group("name")) and (dm.group("sig") in registry().by_signature
                                                  or DOMAINISH.search(dm.group("sig"))):
            add([dm.group("name").strip()])
            continue
        # an all-caps reporter sign-off right after the body ("DEWI NURITA")
        if pos == last_body + 1 and text.isupper() and len(text.split()) >= 2 and _is_name(text) \
                and not _WIRE_LINE.match(text):
            add([text])
    return out


def _name_lines_before(lines: list[Line], pos: int) -> list[str]:
    names: list[str] = []
    j = pos - 1
    while j >= 0 and not lines[j].body and _is_name(lines[j].core) and len(names) < 4:
        if _LABEL.match(lines[j].core):
            break
        names[:0] = _names(lines[j].core) or [lines[j].core.strip().rstrip(",")]
        j -= 1
    return names


_DATE_PREFIX = re.compile(r"^date\s+\d{4}-\d\d-\d\d\s+")


def _is_dateline_line(text: str) -> bool:
    """A bare dateline on its own line: `Jakarta, CNN Indonesia —`, `Detikkasus.com | Majene-Sulbar`."""
    head = lede_head(text, (), whole_line=True) if len(text) <= 60 else None
    return head is not None and bool(head.outlets or text.endswith(("-", "–", "—", "|")))


def _title(lines: list[Line], first_body: int, url: str | None, authors: set[str]) -> str | None:
    """The headline as printed: the header line that spells the URL slug best (below the lede only when
    it spells nearly all of it), else without a URL the first headline-like header line."""
    slug = slug_tokens(url)
    best: tuple[float, str] | None = None
    for pos, ln in enumerate(lines):
        if ln.body or (pos > first_body and not slug):
            continue
        text = _DATE_PREFIX.sub("", ln.core)
        words = text.split()
        if ln.kind is Kind.META or not 3 <= len(words) <= 40 or len(text) > 300:
            continue
        if text in authors or is_caption(text) or text.rstrip().endswith(":") or text.islower():
            continue
        if _LABEL.match(text) or "<" in text or _is_dateline_line(text) or _site_chrome(text, words) \
                or len(_GLUED.findall(text)) >= 2 or _CREDIT_DOMAIN.search(text) or "©" in text:
            continue  # also a menu whose items lost their spaces (`Tentang KamiPedoman Media Siber...`), a photo credit
        cand, score = _title_from(text, slug)
        plain = ln.own in (Kind.SHORT, Kind.PROSE, Kind.SENTENCE)
        if not slug:
            if plain and len(words) >= 4 and not text.endswith("."):
                return _headline_part(cand)
            continue
        needed = 0.5 if pos < first_body and plain else 0.8
        if score >= needed and (best is None or score > best[0]):
            best = (score, cand)
    return best[1] if best else None


_GLUED = re.compile(r"[a-z][A-Z]")  # two words run together (`KamiPedoman`); twice in a line: a menu
_CREDIT_DOMAIN = re.compile(r"/\s*[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org)\b")  # `.../korlantas.polri.go.id`: a credit
# the words a title-case headline leaves in lower case, and those that may follow its last name word
_TITLE_LOWER = HEADLINE_LOWER | {"usai", "jadi", "ini", "itu"}


def _headline_part(text: str) -> str:
    """A headline in title case with a photo caption run on after it on the same line (`Diguncang Gempa Magnitude 6,2
    Kantor Gubernur Sulbar Rusak Berat Gempa menyebabkan tanah longsor di ... (ANTARA/M Faisal Hanapi`): the headline,
    up to the capital that opens the caption's sentence. Only when the line carries a photo credit, four title-case
    words or more come first and five words or more follow."""
    if not _PHOTO_CREDIT.search(text):
        return text
    words = text.split()
    first = next((k for k, w in enumerate(words) if w[:1].islower() and w not in _TITLE_LOWER), None)
    if first is None or first < 5 or len(words) - first < 5:
        return text
    return " ".join(words[: first - 1])


_PHOTO_CREDIT = re.compile(r"\((?:ANTARA|Antara|FOTO|Foto|Dok)\b|\bFoto\s*:")  # the caption's credit: `(ANTARA/M ...`


_SEPARATOR = re.compile(r"\s[-–—|]\s")
CHROME_WORDS = 6  # a page's section label and site name (`Video - ANTARA News bogor`) is no longer than this


def _site_chrome(text: str, words: list[str]) -> bool:
    """A page's own label, not a headline: a few words split by a dash or a bar, one side an outlet's name
    (`Video - ANTARA News bogor`, `Berita Terkini | Kompas.com`)."""
    return len(words) <= CHROME_WORDS and _SEPARATOR.search(text) is not None \
        and next(find_signatures(text), None) is not None


def _dateline(lines: list[Line], first_body: int, site: Site) -> Head | None:
    """The lede's head (place, outlet, wires), or a bare dateline line's just above it."""
    if first_body >= len(lines):
        return None
    head = lede_head(lines[first_body].core, site)
    if head is None or not (head.places or head.wires):
        # a bare dateline line just above the lede ("Jakarta -", "Detikkasus.com | Majene-Sulbar")
        prev = lines[first_body - 1] if first_body > 0 else None
        if prev and not prev.body and len(prev.core) <= 60:
            alt = lede_head(prev.core, site, whole_line=True)
            if alt and alt.places and (alt.outlets or re.search(r"[-–—|]\s*\S*$", prev.core)):
                head = alt
    if head is None:  # a caption kept above the lede (HTML main text): an unmistakable lede just below
        below = [ln for ln in lines[first_body + 1 : first_body + 1 + _LEDE_BELOW] if ln.body]
        head = next((h for ln in below if (h := lede_head(ln.core, site)) is not None
                     and (h.outlets or h.wires or any(p.isupper() for p in h.places))), None)
    return head


def _wires(
    lines: list[Line], body: list[Line], first_body: int, last_body: int, found: list[str], wire_outlet: bool
) -> list[str]:
    out = list(found)
    if wire_outlet:
        _add(out, "Antara" if not out else None)
    for ln in body:
        if not any(t in ln.lower for t in _CREDIT_TRIGGERS):
            continue
        for m in _CREDIT.finditer(ln.core):
            _add(out, wire_name(m.group("w")))
            if m.group("w2"):
                _add(out, wire_name(m.group("w2")))
    for pos, ln in enumerate(lines):
        if ln.body:
            continue
        # "Sumber: AFP", "Antara • 05 Mei 2020 11:58", a "• ANTARA" credit or a "REUTERS" sign-off
        credit = ln.kind is Kind.META and (_SOURCE_LABEL.match(ln.core) or _WIRE_STAMP.match(ln.core))
        alone = (pos < first_body or pos in (last_body + 1, last_body + 2)) and len(ln.core) < 40 \
            and _WIRE_LINE.match(ln.core)
        if credit or alone:
            for m in _WIRE_TOKEN.finditer(ln.core):
                _add(out, wire_name(m.group(0)))
    return out


_CREDIT_BEFORE = re.compile(r"(?:dikutip|mengutip|dilansir|melansir|dari|sumber|via|menurut)\W*\s*$",
                            re.IGNORECASE)


def _own_outlet(lines: list[Line], body: list[Line], lede_sites: list[str]) -> tuple[str, str | None] | None:
    """(name, domain) of the outlet a page names as itself: a registry signature in the lede prefix, the site
    its dateline head names (`TRANSKEPRI.COM.JAKARTA-`), a signature in its chrome, then in the lede again with
    wires. A wire in the chrome is a credit (`Sumber: PMJ News Antara`, `ANTARA FOTO/...`), not the page's
    outlet, unless it is the page's own label (`Video - ANTARA News bogor`)."""
    lede = [outlet for _pos, outlet in find_signatures(body[0].core[:80])] if body else []  # read once
    own = next((outlet for outlet in lede if not outlet.wire), None)
    if own is not None:
        return own.name, own.domain
    if lede_sites:
        return outlet_for_site(lede_sites[0])
    for ln in lines:  # a byline or stamp naming the outlet ("Rita Uli Hutapea - detikNews")
        if ln.kind is Kind.META:
            for pos, outlet in find_signatures(ln.core):
                if not outlet.wire and not _CREDIT_BEFORE.search(ln.core[:pos]):
                    return outlet.name, outlet.domain
    counts: dict[Outlet, int] = {}
    for ln in lines:
        if ln.body:
            continue
        for pos, outlet in find_signatures(ln.core):
            if (not outlet.wire or _site_chrome(ln.core, ln.core.split())) and not _CREDIT_BEFORE.search(ln.core[:pos]):
                counts[outlet] = counts.get(outlet, 0) + 1
    if counts:
        best = max(counts, key=lambda k: counts[k])
        return best.name, best.domain
    return (lede[0].name, lede[0].domain) if lede else None
