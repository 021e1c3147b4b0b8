"""Plain-text boilerplate removal for Indonesian news pages: which lines are the article's own prose.

Nothing off the shelf does this: trafilatura, jusText and goose3 decide on markup (link density, tag
structure) and leak most navigation, captions and "Baca juga" links once only text is left (see
bench/extract.py). So each line gets features that survive the loss of markup - length, terminal
punctuation, stopword density, title-casing, known boilerplate phrases (related links, ads, share and
login prompts, subscription promos, captions and photo credits, navigation, bylines, timestamps,
markdown images), repetition - and then the main prose block is chosen: the contiguous run of prose
lines between metadata lines (bylines, stamps, credits, sign-offs) that carries the most prose.
Lines that recur across several articles of one outlet are marked as template by the caller
(templates.py) and count as boilerplate here, whatever they say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from warta.extract.dateline import WIRES, Site, lede_head
from warta.extract.urls import slug_overlap
from warta.lang.dates import parse_published
from warta.lang.tokens import stopwords

MAX_LINE_CHARS = 20_000


class Kind(Enum):
    PROSE = "prose"  # a sentence-like line of running text
    SENTENCE = "sentence"  # a short line that still ends like a sentence
    FRAGMENT = "fragment"  # running text cut mid-sentence: body only when prose follows
    LIST = "list"  # a bullet or numbered item
    SHORT = "short"  # headings, titles, names, menu items: not prose
    JUNK = "junk"  # known boilerplate: ads, links, captions, prompts, templates
    META = "meta"  # bylines, stamps, credits, sign-offs: they bound the article body


@dataclass(slots=True)
class Line:
    index: int  # 0-based index in text.split("\n")
    text: str  # whitespace-normalised line as written
    core: str  # the text without a spam prefix repeated on most lines
    kind: Kind = Kind.SHORT
    own: Kind = Kind.SHORT  # the kind from the line's own features, before context rules
    body: bool = False
    words: list[str] = field(default_factory=list)  # word tokens of `core`
    lower: str = ""  # `core` in lower case
    n_stop: int = 0  # stopwords among the space-separated tokens of `lower` (set by label_lines)


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def normalise(text: str) -> str:
    """Whitespace-normalised text (what paragraphs and annotations are compared on)."""
    return " ".join(text.split())


# A related-article link inside a body line: `... pendaftaran PSE. (Baca: Kabar Baik untuk Gamer ...)`, `[Baca juga:
# ...]`; the line is the article's, the link is not.
_INLINE_LINK = re.compile(
    r"\s*[(\[]\s*(?:baca|lihat|simak|tonton)(?:\s+(?:juga|pula|selengkapnya))?\s*:[^()\[\]]{3,200}[)\]]",
    re.IGNORECASE,
)


def strip_inline_links(text: str) -> str:
    """A body line without the related-article links inside it (`(Baca: ...)`), as it is when it has none."""
    if "(" not in text and "[" not in text:
        return text  # a substring test first: most lines hold no bracket
    return _INLINE_LINK.sub("", text).strip()


# Labels of related-article links and lists.
_RELATED = (
    r"(?:artikel|berita|topik|konten|video)\s+(?:terkait|lainnya|terkini|terpopuler|pilihan|menarik)"
    r"|related|read more|read also|see also|also read|you may also like|don'?t miss|most read"
    r"|pilihan editor|rekomendasi (?:untuk )?(?:anda|kamu|editor)|terkini lainnya|berita lainnya"
)
# Boilerplate at the start of a line of any length (matched at the line start only).
_JUNK_START = re.compile(
    r"\W{0,3}(?:"
    r"(?:baca|lihat|simak|cek|tonton)\s+(?:juga|pula|selengkapnya|berita|artikel|video|informasi)\b"
    rf"|(?:{_RELATED})\b"
    r"|halaman\s+\d+\s+(?:dari|of)\s+\d+|page\s+\d+\s+of\s+\d+"
    r"|(?:foto|photo|ilustrasi|gambar|video|sumber foto|image)\s*[:|/])",
    re.IGNORECASE,
)
# A bare header over a list of related-article links ("Artikel Terkait", "Baca juga:", "DON'T MISS").
_RELATED_HEADER = re.compile(
    rf"\W{{0,3}}(?:baca juga|{_RELATED})(?:\s+(?:posts?|articles?|stories|in [\w ]{{1,30}}))?\W*", re.IGNORECASE
)
# "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019": the credit under an embedded post.
_EMBED_CREDIT = re.compile(r"[—–-]\s*[^()\n]{2,60}\(@\w{1,30}\)")
# Boilerplate anywhere in a line: (trigger words, trigger characters, pattern). A rule is searched only in
# lines holding one of its words (lower case, as _WORD cuts them) or characters: most lines hold none, and
# one big alternation searched in every line cost a fifth of the extraction time.
_ANYWHERE_RULES = (
    ("scroll advertisement advertisements slot-iklan ads", "",
     r"scroll to (?:continue|resume)|advertisement|slot-iklan|close ads|hide ads|ads by\b"),
    ("", "![", r"!\[[^\]]*\]\([^)]*\)"),  # markdown image
    ("", "<", r"</?(?:i|b|em|strong|span|a|p|div|img)\b[^>]*>"),  # leftover tags: title repeats in page chrome
    ("telegram whatsapp wa", "t.me/",
     r"\b(?:grup|group|channel|saluran|kanal)\s+(?:telegram|whatsapp|wa)\b|\bt\.me/|whatsapp channel"),
    ("google", "", r"\bgoogle news\b.*\b(?:ikuti|follow|gabung)|\b(?:ikuti|follow|gabung)\b.*\bgoogle news\b"),
    ("silakan silahkan klik kunjungi download unduh", "",
     r"\b(?:silakan|silahkan|klik|kunjungi|download|unduh)\b.{0,60}\b(?:whatsapp|link|tautan|aplikasi|app)\b"
     r".{0,80}(?:berita|informasi|update|kata kunci|nomor)"),
    # a call to click through to a site: "Info lebih lengkap klik : osc.medcom.id", "klik di sini: bit.ly/x"
    ("klik", "",
     r"\bklik\s*(?:di\s*sini|disini|link|tautan)?\s*[:>]?\s*(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b"),
    ("dapatkan ikuti simak", "",
     r"\b(?:dapatkan|ikuti|simak)\s+(?:update|informasi|berita)\b.{0,60}\b(?:setiap hari|terbaru|terkini|"
     r"pilihan|lainnya)\b.{0,40}\b(?:di|dari|melalui|via)\b"),
    ("copyright rights cipta", "© (c)",
     r"(?:^|\s)(?:©|\(c\))\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\bhak cipta\b"),
    ("iklan gabung langganan berlangganan", "",
     r"\b(?:baca berita tanpa iklan|gabung \w+\+|berlangganan sekarang|langganan sekarang)\b"),
    ("font login masuk lengkapi komentar", "",
     r"\b(?:ukuran font|font size|login untuk|masuk untuk|lengkapi profil|komentar ditutup)\b"),
    ("generated otomatis", "",
     r"\b(?:automatically generated|diterjemahkan secara otomatis|terjemahan otomatis)\b"),
    ("komentar berkomentarlah", "",
     r"\b(?:tulis komentar|kolom komentar|berkomentarlah|komentar sepenuhnya|laporkan komentar)\b"),
    ("saksikan tonton simak", "",
     r"\b(?:saksikan|tonton|simak)\s+(?:juga\s+)?(?:video|live streaming|siaran)\b.{0,40}(?::|\bdi\s+bawah\b)"),
    ("antara foto photo", "", r"\b(?:antara\s+foto|foto\s*/|photo\s*/)"),
)
_BY_WORD: dict[str, list[re.Pattern[str]]] = {}
_BY_CHARS: list[tuple[str, re.Pattern[str]]] = []
for _words, _chars, _pattern in _ANYWHERE_RULES:
    _compiled = re.compile(_pattern, re.IGNORECASE)
    for _w in _words.split():
        _BY_WORD.setdefault(_w, []).append(_compiled)
    _BY_CHARS.extend((_c, _compiled) for _c in _chars.split())
_TRIGGERS = frozenset(_BY_WORD)


def _is_junk(core: str, words: list[str]) -> bool:
    if _JUNK_START.match(core) or _EMBED_CREDIT.match(core):
        return True
    for word in _TRIGGERS.intersection(" ".join(words).lower().split()):
        if any(rx.search(core) for rx in _BY_WORD[word]):
            return True
    return any(c in core and rx.search(core) for c, rx in _BY_CHARS)


# Boilerplate when the whole line is short: menus, prompts, labels.
_JUNK_SHORT = re.compile(  # matched at the line start
    r"\W{0,3}(?:advertisement|iklan|ads|sponsored|promoted|konten sponsor|scroll|share|bagikan|"
    r"bagikan artikel(?: ini)?(?: melalui)?|komentar|comments?|login|masuk|daftar|register|sign in|"
    r"follow|ikuti kami|oke|ok|close|tutup|selengkapnya|selanjutnya|sebelumnya|next|prev(?:ious)?|"
    r"more|lainnya|home|beranda|indeks|index|tag|tags|topik|trending|terpopuler|populer|terkini|"
    r"terbaru|editor'?s? picks?|recent posts|top stories|kirim|salin|copy link|tweet|whatsapp|"
    r"facebook|twitter|telegram|line|linkedin|email|print|cetak|a|aa|a a a)\W*$"
    r"|\W{0,3}(?:selanjutnya|berikutnya|sebelumnya|next|baca juga)\s*:"
    r"|(?:\d+\s+){1,}(?:selanjutnya|next|berikutnya|»|>)\W*$"
    r"|\d+\s+(?:comments?|komentar|views?|dilihat|shares?)\W*$"
    r"|\([^()/]{2,60}\)$",
    re.IGNORECASE,
)
_JUNK_SHORT_PHRASES = ("find us on", "follow us", "ikuti kami", "temukan kami")

# Metadata lines: bylines, stamps, credits, sign-offs. They delimit the article body.
_META = re.compile(  # matched at the line start
    r"\W{0,3}(?:penulis|reporter|pewarta|editor|penyunting|redaktur|kontributor|oleh|by|rep|red|"
    r"tim redaksi|sumber|source|laporan wartawan|wartawan|jurnalis|foto|fotografer|videografer|"
    r"ed|editing|penerjemah|diterbitkan|dipublikasikan|diperbarui|updated|published|posted)\b\s*"
    r"(?:[:|,\-–—]|$)"
    r"|\W{0,3}(?:penulis|reporter|pewarta|editor|sumber|source|tim redaksi)\W*$"
    r"|\(?\s*[a-z]{1,5}(?:\s*/\s*[a-z*]{1,5})+\s*\)?\W*$"  # sign-off initials: (aik/aik), (lir/imk)
    r"|\(\s*[A-Za-z]{1,5}\s*\)$"
    r"|\W{0,3}\w[\w .'’]{1,60}\s*[-–|]\s*\w+\.(?:com|co\.id|id)\s*$",  # "Name - Outlet.com"
    re.IGNORECASE,
)
# "Oleh Budi Santoso", "Reporter Dewi": a label then a capitalised name, on a short line only ("Oleh karena
# itu, ..." and "Sumber daya ..." open sentences).
_META_NAMED = re.compile(
    r"\W{0,3}(?:penulis|reporter|pewarta|editor|penyunting|redaktur|kontributor|oleh|by|rep|red|wartawan|"
    r"jurnalis|fotografer|videografer|laporan wartawan)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
_META_BYLINE = re.compile(r",\s*jurnalis\s*[-–]|\s[-–]\s*detik\w*\s*$", re.IGNORECASE)


def _is_short_junk(core: str, lower: str) -> bool:
    return bool(_JUNK_SHORT.match(core)) or any(p in lower for p in _JUNK_SHORT_PHRASES)


def _is_meta(core: str, lower: str, n: int) -> bool:
    if _META.match(core) or (n <= 6 and _META_NAMED.match(core)):
        return True
    return ("jurnalis" in lower or "detik" in lower) and bool(_META_BYLINE.search(core))


_BULLET = re.compile(r"^(?:[•·▪●◦\-–*]\s*|\(?\d{1,3}[.)]\s*|\(?[a-z][.)]\s+)")
_SENTENCE_END = re.compile(r"\.[\"'”’)]*$")
_NUMBERED = re.compile(r"^\(?\d{1,3}[.)]\s*\S")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”’]$")
_TERMINAL_TAIL = 8  # characters at a line's end that can hold its terminal punctuation
# Captions and credits end a line; the bracketed forms are matched from the line's last `(` (their
# content has no brackets), the `Foto: ...` form within its last _FOTO_TAIL characters: a few regex steps
# instead of a scan of every line.
_CAPTION_PAREN = re.compile(
    r"\(\s*(?:foto|photo|dok|ist|istimewa|sumber|antara|reuters|afp|ap|getty|shutterstock|x|ig|"
    r"instagram|twitter|youtube|tangkapan layar|screenshot)\b[^()]{0,120}\)\W*$"
    r"|\((?=[^()]*[A-Za-z]{4})[^()]*[A-Za-z][^()]*/[^()]*[A-Za-z][^()]*\)\W*$",
    re.IGNORECASE,
)
_CAPTION_FOTO = re.compile(r"\b(?:foto|photo)\s*[:/]\s*[^.]{0,80}$", re.IGNORECASE)
_FOTO_TAIL = 100
_STAMP_WORDS = frozenset(
    "wib wita wit senin selasa rabu kamis jumat jum'at sabtu minggu januari februari maret april mei juni juli "
    "agustus september oktober november desember jan feb mar apr jun jul agu agt sep sept okt nov des date "
    "updated diperbarui dipublikasikan published pukul t".split()
)
_INNER_STOP = re.compile(r"[a-z0-9)\"”][.!?]\s+[\"“]?[A-Z]")
_CREDIT_END = re.compile(
    r"\([^()]*\b(?:foto|photo|dok|file photo|pool photo|via (?:ap|afp|reuters|antara))\b[^()]*\)\W*$", re.IGNORECASE
)
_DATEISH_PAREN = re.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)\W*$")


def ends_sentence(text: str) -> bool:
    """Whether a line ends like a sentence or a clause (`.`, `?`, `:`, a closing quote); only its tail is
    searched."""
    return bool(_TERMINAL.search(text, max(0, len(text) - _TERMINAL_TAIL)))


def spam_prefix(lines: list[str]) -> str | None:
    """A token that starts most lines of a text (mirror sites stamp every paragraph), else None."""
    firsts = [parts[0] for parts in (ln.split(None, 2) for ln in lines) if len(parts) > 1]
    if len(firsts) < 4:
        return None
    best = max(set(firsts), key=firsts.count)
    if firsts.count(best) >= 0.6 * len(firsts) and (best.isupper() or any(c.isdigit() for c in best)):
        return best
    return None


def is_caption(text: str) -> bool:
    """A photo caption or credit: ends in `(Foto: ...)`, `(ANTARA/...)`, `(Name/Outlet)`, `Foto: ...`.
    Long multi-sentence lines are body paragraphs that end in a credit, not captions."""
    start = text.rfind("(")
    if start >= 0:
        if _DATEISH_PAREN.match(text, start):
            return False
        if _CREDIT_END.match(text, start):
            return True
    if text.count(" ") > 45:
        return False
    if start >= 0 and _CAPTION_PAREN.match(text, start):
        return True
    return (":" in text or "/" in text) and bool(_CAPTION_FOTO.search(text, max(0, len(text) - _FOTO_TAIL)))


def classify(ln: Line, use_stopwords: bool, *, tiny_junk: bool = True) -> Kind:
    """Kind of one non-blank line from its own features only (`ln.n_stop` set; `tiny_junk`: a line of
    one or two letters is junk, a length rule for raw page text)."""
    core, words, lower = ln.core, ln.words, ln.lower
    if _is_junk(core, words):
        return Kind.JUNK
    n = len(words)
    if tiny_junk and n <= 2 and sum(map(len, words)) < 3:
        return Kind.JUNK
    if n == 0:  # figures only (`2019`, `10.30`) are kept from HTML; rules and dividers are not
        return Kind.SHORT if any(map(str.isalnum, core)) else Kind.JUNK
    if n <= 8 and _is_short_junk(core, lower):
        return Kind.JUNK
    if n <= 14 and _is_meta(core, lower, n):
        return Kind.META
    if n <= 12 and _is_stamp(core, words):
        return Kind.META
    if is_caption(core):
        return Kind.JUNK
    terminal = ends_sentence(core) or (n >= 8 and bool(_INNER_STOP.search(core)))
    sw_ratio = ln.n_stop / n
    initials = "".join([w[0] for w in words if len(w) > 3])  # of the longer words
    caps = sum(map(str.isupper, initials)) / len(initials) if initials else 0.0
    numbered = bool(_NUMBERED.match(core))
    bullet = bool(_BULLET.match(core))
    headline_case = (caps > 0.75 and sw_ratio < 0.2) or (caps > 0.85 and sw_ratio < 0.4)
    if n < 30 and headline_case and not numbered and not core.endswith((".", ":", ",")) and (n >= 4 or not bullet):
        return Kind.SHORT  # title-case headline or link (a bulleted one too; numbered items are lists)
    if bullet and n <= 40:
        return Kind.LIST
    prose_words = not use_stopwords or sw_ratio >= 0.05
    if prose_words and ((n >= 6 and terminal) or n >= 16):
        return Kind.PROSE
    if terminal and n >= 2 and (core[-1] != ":" or n >= 3):
        return Kind.SENTENCE
    # running text broken mid-sentence (a line ending in a comma, a lower-case fragment)
    if n >= 5 and (core.endswith(",") or (n >= 8 and caps <= 0.5 and (sw_ratio >= 0.1 or not use_stopwords))):
        return Kind.FRAGMENT
    return Kind.SHORT


def _is_stamp(core: str, words: list[str]) -> bool:
    """A publication stamp line: a full date (and maybe a time) with only a few other words, none of
    them function words (`... meninggal pada Rabu (11/9/2019) pukul 18.05 WIB.` is a sentence)."""
    rest = [w for w in (w.lower() for w in words) if w not in _STAMP_WORDS]
    if len(rest) > 6 or not parse_published(core):
        return False
    sw = stopwords()
    return not any(w in sw for w in rest if w not in ("by", "oleh") and w not in WIRES)  # "Antara • 05 Mei"


def build_lines(text: str) -> list[Line]:
    """Non-blank lines, whitespace-normalised, with a repeated spam prefix set aside in `core`."""
    raw = text.split("\n")
    prefix = spam_prefix(raw)
    out: list[Line] = []
    for i, r in enumerate(raw):
        t = normalise(r[:MAX_LINE_CHARS])
        if not t:
            continue
        core = (t[len(prefix) :].lstrip() if prefix and t.startswith(prefix + " ") else t) or t
        out.append(Line(i, t, core, words=_WORD.findall(core), lower=core.lower()))
    return out


def label_lines(
    lines: list[Line],
    template: set[str] | None = None,
    site: Site = (),
    slug: list[str] | None = None,
    *,
    from_html: bool = False,
) -> None:
    """Set `kind` and `body` on every line. `template`: keys (see `line_key`) of outlet templates;
    `site`: the names in the URL's host (the outlet's name in a lede is not a place); `slug`: the URL's
    headline words (a line that spells them is the title, not body).

    `from_html`: the text is an HTML extractor's main text, whose markup rules already chose the article
    block. Then only the phrase rules apply (related links, ads, prompts, captions, credits, bylines,
    stamps, title repeats, templates): the length rules and the main-block choice, made for raw page
    text, cost real headings, list items and short paragraphs there (measured on bench/aeb.py)."""
    sw = stopwords()
    for ln in lines:
        ln.n_stop = sum(map(sw.__contains__, ln.lower.split()))
    n_words = sum(len(ln.words) for ln in lines)
    use_sw = n_words > 0 and sum(ln.n_stop for ln in lines) / n_words >= 0.05
    seen: dict[str, int] = {}
    for pos, ln in enumerate(lines):
        key = line_key(ln.core)
        ln.own = ln.kind = classify(ln, use_sw, tiny_junk=not from_html)
        if (template and key in template) or (slug and _is_title(ln.core, slug)):
            ln.kind = Kind.JUNK
        # an earlier copy of a line repeated nearby (title repeats, alt texts, duplicated captions); an
        # HTML extractor has dropped those already, and what it repeats is the article's (table rows)
        if not from_html and key in seen and pos - seen[key] <= 4:
            lines[seen[key]].kind = Kind.JUNK
            if ln.kind not in (Kind.PROSE, Kind.SENTENCE):
                ln.kind = Kind.JUNK
        seen[key] = pos
    _context_rules(lines)
    if from_html:
        for ln in lines:
            ln.body = ln.kind not in (Kind.JUNK, Kind.META)
    else:
        _mark_body(lines, site)


def _is_title(text: str, slug: list[str]) -> bool:
    """A headline: spells the URL slug, about as long, and does not end like a sentence."""
    if len(slug) < 4 or text.endswith((".", ":", ",")) or len(text.split()) > 1.5 * len(slug) + 4:
        return False
    return slug_overlap(text, slug) >= 0.8


def line_key(text: str) -> str:
    """What makes two lines "the same line" for repetition and template statistics."""
    return text.lower()


def _context_rules(lines: list[Line]) -> None:
    """Rules that look at neighbours: link titles after a bare `Baca juga:` or a related-articles header,
    caption headers, lists."""
    for pos, ln in enumerate(lines):
        if ln.kind is Kind.JUNK and len(ln.core) < 40 and _RELATED_HEADER.fullmatch(ln.core):
            j = pos + 1
            while j < len(lines) and lines[j].kind in (Kind.SHORT, Kind.FRAGMENT) and len(lines[j].core) < 200:
                lines[j].kind = Kind.JUNK
                j += 1
    for pos, ln in enumerate(lines):
        nxt = lines[pos + 1] if pos + 1 < len(lines) else None
        bare_label = ln.kind is Kind.JUNK and ln.core.rstrip().endswith(":") and len(ln.core) < 40
        link_like = nxt is not None and len(nxt.core) < 200 and (
            nxt.kind in (Kind.SHORT, Kind.FRAGMENT)
            or (nxt.kind in (Kind.SENTENCE, Kind.PROSE) and not _SENTENCE_END.search(nxt.core))
        )
        if bare_label and link_like:
            nxt.kind = Kind.JUNK  # "Baca Juga:" followed by the linked title (not by the story's next sentence)
        if ln.kind is Kind.SHORT and nxt and nxt.kind is Kind.JUNK and is_caption(nxt.core):
            ln.kind = Kind.JUNK  # photo title above its caption
    # short items right after a line that announces a list ("... berikut:") are list items
    for pos, ln in enumerate(lines):
        if ln.kind in (Kind.PROSE, Kind.SENTENCE) and ln.core.endswith(":"):
            j = pos + 1
            while j < len(lines) and lines[j].kind is Kind.SHORT and len(lines[j].core) < 120:
                lines[j].kind = Kind.LIST
                j += 1


_BREAK_RUN = 6  # this many non-prose lines in a row end a block
_LEDE_WINDOW = 6  # a dateline lede this close to a block's start is where the article starts
# Another block of prose beside the best one (an article split by an embed credit or a mid-page stamp)
# is kept when it is this large, absolutely and relative to the best block.
_SECOND_BLOCK_SHARE = 0.3
_SECOND_BLOCK_CHARS = 300
_TEXTUAL = (Kind.PROSE, Kind.SENTENCE, Kind.LIST, Kind.FRAGMENT)


def _blocks(lines: list[Line]) -> list[tuple[int, int, int]]:
    """Runs of text lines between metadata lines (or long non-prose runs): (start, end, prose chars)."""
    blocks: list[tuple[int, int, int]] = []
    start, prose_chars, run = None, 0, 0
    for pos, ln in enumerate(lines):
        if ln.kind is Kind.META:
            if start is not None:
                blocks.append((start, pos - run, prose_chars))
            start, prose_chars, run = None, 0, 0
            continue
        if ln.kind is Kind.PROSE or (ln.kind is Kind.SENTENCE and start is None):
            if start is None:
                start = pos
            prose_chars += len(ln.core) if ln.kind is Kind.PROSE else 0
            run = 0
        elif start is not None:
            if ln.kind in _TEXTUAL:
                run = 0
            else:
                run += 1
                if run >= _BREAK_RUN:
                    blocks.append((start, pos - run + 1, prose_chars))
                    start, prose_chars, run = None, 0, 0
    if start is not None:
        blocks.append((start, len(lines) - run, prose_chars))
    return blocks


def _lede(lines: list[Line], start: int, end: int, site: Site) -> int:
    """Index of a dateline lede near the block start (captions and decks above it are not body)."""
    seen = 0
    for pos in range(start, end):
        ln = lines[pos]
        if ln.kind is Kind.SHORT and pos + 1 < end and len(ln.core) <= 40 and ln.core.endswith(("-", "–", "—")):
            bare = lede_head(ln.core, site, whole_line=True)  # "Jakarta -" on its own line
            if bare is not None and bare.places:
                return pos + 1
        if ln.kind not in (Kind.PROSE, Kind.SENTENCE):
            continue
        head = lede_head(ln.core, site)
        # below other prose, only an unmistakable lede counts ("Presiden Jokowi - ..." is running text)
        if head is not None and (seen == 0 or head.outlets or head.wires or any(p.isupper() for p in head.places)):
            return pos
        seen += 1
        if seen >= _LEDE_WINDOW:
            break
    return start


def _mark_body(lines: list[Line], site: Site) -> None:
    """Choose the main prose block and mark its prose, sentence and list lines as body."""
    blocks = _blocks(lines)
    if not blocks:
        return
    best = max(blocks, key=lambda b: b[2])
    keep = [b for b in blocks if b is best or (b[2] >= _SECOND_BLOCK_SHARE * best[2] and b[2] >= _SECOND_BLOCK_CHARS)]
    for s, e, _ in keep:
        s = _lede(lines, s, e, site) if (s, e) == best[:2] else s
        for pos in range(s, e):
            ln = lines[pos]
            if ln.kind is Kind.FRAGMENT:
                nxt = next((x for x in lines[pos + 1 : e] if x.kind is not Kind.JUNK), None)
                ln.body = nxt is not None and nxt.kind in (Kind.PROSE, Kind.SENTENCE, Kind.FRAGMENT)
            else:
                ln.body = ln.kind in (Kind.PROSE, Kind.SENTENCE, Kind.LIST)
    _truncated_tail(lines)


def _truncated_tail(lines: list[Line]) -> None:
    """A text cut off mid-article (excerpts, page limits): its last line continues the body even when
    cut short (`Diketa`), right after a body line - or after a sub-heading that follows one when it reads
    as running text - but a lone upper-case word is a cut-off label (`ADVERTISEME`)."""
    last = lines[-1]
    if last.kind not in (Kind.SHORT, Kind.FRAGMENT) or len(lines) < 3 or (last.core.isupper() and
                                                                           " " not in last.core):
        return
    running = 3 * sum(1 for w in last.words if w[0].islower()) >= len(last.words) > 0
    last.body = lines[-2].body or (running and lines[-2].kind is Kind.SHORT and lines[-3].body)
