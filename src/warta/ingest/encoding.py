"""Bytes -> text: BOMs, UTF-8, declared charsets, then detection (charset-normalizer).

One rule is warta's own: when the detector's best guess is some Latin-script single-byte code page
and Windows-1252 decodes the bytes cleanly, Windows-1252 wins. Indonesian is written in Latin script
and cp1252 is what Windows editors in Indonesia save, while the detector, working on short texts with
a few curly quotes, often names cp1250 or cp775 and turns `“` into another letter.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"MZ", b"BZh",
                 b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"OggS", b"ID3", b"\x00\x00\x01\x00", b"RIFF")
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b")
_LATIN_RANGES = ("Basic Latin", "Latin-1 Supplement", "Latin Extended", "General Punctuation",
                 "Currency Symbols", "Letterlike Symbols", "Spacing Modifier Letters")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_NEWLINES = re.compile(r"\r\n?")


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def looks_binary(head: bytes) -> bool:
    """True for bytes that are no text in any encoding warta reads (images, archives, executables)."""
    if bom_encoding(head):
        return False
    if head.startswith(_BINARY_MAGIC):
        return True
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls / len(head) > 0.02


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few KB, if Python knows it."""
    match = _HTML_CHARSET.search(data[:4096])
    return known_charset(match.group(1).decode("ascii")) if match else None


def known_charset(name: str | None) -> str | None:
    """Python's name for a declared charset, None when absent or unknown (declarations are hostile too)."""
    try:
        info = codecs.lookup(name.strip()) if name and name.strip() else None
    except LookupError:
        return None
    return info.name if info is not None and getattr(info, "_is_text_encoding", True) else None


def decode(data: bytes, declared: str | None = None) -> str:
    """Text of `data`: BOM, else UTF-8, else the declared charset, else detected; newlines normalised."""
    return normalise(_decode(data, declared))


def normalise(text: str) -> str:
    """CRLF and CR to LF, NUL removed: what every later stage assumes."""
    return _NEWLINES.sub("\n", text).replace("\x00", "")


def _decode(data: bytes, declared: str | None) -> str:
    bom = bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = known_charset(declared)
    if declared and declared not in ("utf-8", "ascii"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(data[:1_000_000]).best()
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    if best is None or best.encoding.startswith(("utf_16", "utf_32")) or (
            cp1252 is not None and _latin_only(best.alphabets)):  # BOM-less UTF-16 is caught as binary
        return cp1252 if cp1252 is not None else data.decode("utf-8", errors="replace")
    return data.decode(best.encoding, errors="replace")


def _latin_only(alphabets: list[str]) -> bool:
    return all(a.startswith(_LATIN_RANGES) or a == "Control character" for a in alphabets)
