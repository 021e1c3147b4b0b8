"""Sentence splitting for Indonesian news prose.

No off-the-shelf splitter handles Indonesian abbreviations (`Jl.`, `No.`, `Dr. H.`, `M.Si.`, `dr.`; English ranks,
offices and months too: `Army Spc. Charles Graner`, `Marketing Dept. Head`, `a scheduled Dec. 15 tariff`),
decimal commas and dotted thousands (`2.000`), times (`10.28 WIB`), initials (`B. J. Habibie`), quotes
that end with a speech tag (`"...," kata dia.`) and sentences a scraper glued together (`setempat.Melalui`),
so this is a small rule-based splitter. A quotation of several sentences stays whole (`"Saya kecewa. Saya
bersahabat dengan dia," katanya.`) when it closes later in the paragraph: cut inside, its second half would be
shown with a stray closing mark and no speaker.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    """
    a.l adm agt apr ags bpk bu capt cq dll dkk dr drs dra dsb dst esq etc h hj ibu ir jl jln jend prof.dr
    kol kec kab kapt kel kompol letjen mayjen brigjen marsda marsekal laksda laksma mr mrs ms
    no nos nov okt des jan feb mar mei jun jul sep sept prof pol polri pt purn rp sdr sdri st
    tbk tn ny vs yth u.s u.k s.h s.e s.t s.pd s.sos s.ag m.si m.h m.m m.t m.pd m.kom ph.d iptu ipda
    aiptu aipda bripka brigadir bharada akp akbp kombes irjen komjen mgr msgr pdt plt plh drg tgl hlm
    aug oct dec dept
    """.split()
)
# English ranks and offices before a name, capitalised only: `gen.` or `sen.` ends an Indonesian sentence (`gen`, a
# gene; `sen`, a cent)
_NAME_TITLES = frozenset(
    """Spc Pvt Cpl Sgt Lt Maj Col Gen Gov Sen Rep Rev Jr Sr Cmdr Mt Ft""".split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then a
# character that can open a sentence. (`[.!?][.!?]*`, not `[.!?]+`: a pattern that opens with a character class
# lets the regex engine skip straight to those characters.)
_BOUNDARY = re.compile(r"([.!?][.!?]*)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9À-Ý])")
_DOTTED = re.compile(r"[A-Z]|(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}")
_LINES = re.compile(r"\s*\n\s*")
MAX_QUOTED = 600  # characters a quotation may hold a sentence open (an unclosed mark must not swallow a text)


def _is_abbreviation(before: str) -> bool:
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    word = word.lstrip("(\"'“‘")
    if not word:
        return False
    low = word.lower().rstrip(".")
    if low in _ABBREVIATIONS or word.rstrip(".") in _NAME_TITLES:
        return True
    # single capital initials ("B. J. Habibie") and dotted forms ("S.H", "M.Si")
    return _DOTTED.fullmatch(word) is not None


# Two sentences glued by a scraper that lost the space (`... pukul 17.03 waktu setempat.Melalui konferensi pers
# ...`): a plain lower-case word, a period, a capitalised word; not a domain (`Semartara.News`) or a dotted code
# (`PN.Niaga.Smg`), whose first part holds a period or whose second is a top-level domain.
_GLUED = re.compile(r"(?<![\w.])[A-Za-z]*[a-z]{3}\.(?=(?!(?:News|Com|Net|Org|Info|Id|Co)\b)[A-Z][a-z]{2,}[\s,])")
_DOT_CAPITAL = re.compile(r"\.[A-Z][a-z]")  # what `_GLUED` needs: opening with a literal, a quick scan of every text


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph (or a whole text; newlines are always boundaries)."""
    out: list[str] = []
    blocks = _LINES.split(text) if "\n" in text else [text]  # most paragraphs are one line
    if _DOT_CAPITAL.search(text) and _GLUED.search(text):
        blocks = [part for block in blocks for part in _unglue(block)]
    for block in blocks:
        block = block.strip()
        if not block:
            continue
        start = 0
        last_straight, last_curly = block.rfind('"'), block.rfind("”")  # a quotation can close up to here
        quoted = last_straight >= 0 or "“" in block  # else no sentence of it opens a quotation
        for m in _BOUNDARY.finditer(block):
            if m.group(1) == "." and not m.group(2) and _is_abbreviation(block[start : m.start()]):
                continue
            if quoted and _inside_quote(block[start : m.end(2)], m.end() <= last_straight, m.end() <= last_curly):
                continue
            end = m.end(2)
            piece = block[start:end].strip()
            if piece:
                out.append(piece)
            start = m.end()
        tail = block[start:].strip()
        if tail:
            out.append(tail)
    return out


def _unglue(block: str) -> list[str]:
    """A block cut after each glued sentence end (`_GLUED`)."""
    cuts = [m.end() for m in _GLUED.finditer(block)]
    return [block[a:b] for a, b in zip([0, *cuts], [*cuts, len(block)], strict=True)]


def _inside_quote(piece: str, straight_later: bool, curly_later: bool) -> bool:
    """The sentence so far opens a quotation that a later mark of the paragraph closes (and it is not yet
    too long to hold). Outlets mix their marks (`" Saya tidak memaksa Uma. ... mempercayai saya, ” ujarnya.`):
    a straight mark may close a curly one and the other way round."""
    if len(piece) > MAX_QUOTED or not ('"' in piece or "“" in piece):
        return False
    if piece.count("“") > piece.count("”"):
        return curly_later or straight_later
    return piece.count('"') % 2 == 1 and (straight_later or curly_later)
