"""Direct quotes and who said them, in Indonesian (and English) news prose.

Indonesian news attributes quotes with a small set of speech verbs placed after the quote
(`"...," kata X`, `ujar`, `ucap`, `tutur`, `ungkap`, `jelas`, `tegas`, `cetus`, `tulis`, `demikian penjelasan X`),
before it (`X mengatakan: "..."`) or with `menurut X`. A verb with `-nya` (`katanya`, `lanjutnya`, `cetusnya`) or a
pronoun/`tersebut` phrase points back to an earlier speaker, so quotes are read per article, in order.
English takes the same places (`"...," said X`, `"...," team spokesperson X said`, `X, president of Y, told
Reuters: "..."`, `according to X, "..."`). A quote in passing is whose sentence it is (`X said in a statement that the
plan "..."`, `X called it a "..."`, `X described the scene. "..."`); a common noun after it (`," the spokesperson
said`) is the last speaker only where the article called them so, and a `she said` of whom a `he said` meant names
nobody. In both, the person an attribution names wins over its neighbours: the body of the office before the name
(`kata Kepala Dinas X Y Budiman`) or the place after it (`kata Direktur X di Kairo Y`), the one a description set off
by commas names (`X, president of Y, said`), the one a clause after the name is about (`kata X seusai bertemu Y`).
An English article is read with English's names (`When I got word ...`, `Although Ford had ...` open no name).
No library does this for Indonesian, hence these rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from warta.lang.entities import Mention, find_entities, gazetteer, is_common_word, is_root_word, name_key
from warta.lang.sentences import split_sentences

MIN_WORDS = 4  # shorter quoted spans are scare quotes ("waktu yang tepat"), not statements
MAX_CHARS = 1500

_CURLY = re.compile(r"“([^”“]*)(?:”|’’)")  # (AP closes some with two apostrophes)
_STRAIGHT = re.compile('"')
MIN_CHARS = 8
_NEXT_QUOTE = 80  # characters at most between an attributed quote and a bare one in its paragraph, which goes on
# ... or its attribution alone, one sentence (`"...," Pat Doe, chief executive of X, a Y company, told the BBC. "...`)
_ATTRIBUTION = re.compile(r"(?:[^.!?\"“”]|\.(?=\S|\s+[a-z])){1,200}[.:]\s*")  # (`the U.S. attorney for ...`)
_VERBS = (
    r"kata|ujar|ucap|tutur|ungkap|jelas|tegas|cetus|tulis|lanjut|imbuh|tambah|sebut|terang|papar|pungkas|"
    r"beber|sambung|timpal|jawab|harap|cuit|kicau|tukas|tandas|kilah|seloroh|sindir|tutup|tanya|sambut|kenang|urai|"
    r"cerita|kisah|keluh|sergah|pinta|teriak|"
    r"mengatakan|menyatakan|mengungkapkan|menjelaskan|menegaskan|menuturkan|menambahkan|menyebut|menulis|"
    r"melanjutkan(?=\s*[,:])|"
    r"berkata|said|says|told|added|adds|wrote|writes|continued|explained|explains|declared|stated|claimed|claims|noted|"
    r"notes|insisted|argued|recalled|recalls|comments|commented|warned|"
    r"replied|shouted|(?-i:read)|remarked|recounted|reported|announced|asserted|admitted|responded|observed|"
    r"tweeted|quipped|acknowledged|asked|agreed"
)
# after the quote: `," kata juru bicara X pada Rabu.` / `, lanjutnya` / `menurut X` (the period of an initial or an
# honorific does not end the name: `kata William M. Balch`, `ungkap Dr. Damar`, `kata Dr. dr. Ana`, `Capt. Budi`)
_AFTER = re.compile(
    rf"^[\s,.;:]*(?:(?P<verb>{_VERBS})(?P<nya>nya)?\b|(?P<menurut>menurut|according to)\b)\s*"
    r"(?P<who>(?:[^.;:\"“”]|(?-i:(?:(?<=\b[A-Z])|(?<=\bDr)|(?<=\bdr)|(?<=\bdrg)|(?<=\bdrh)|(?<=\bDrs)|(?<=\bIr)|"
    r"(?<=\bProf)|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bHj)|(?<=\bSt)|(?<=\bCapt)|(?<=\bRep)|(?<=\bSen)|(?<=\bGov)|"
    r"(?<=\bGen))\.(?=\s[A-Z]|\sdrg?\.?\s)|"
    r"(?<=\b[A-Z])\.(?=[A-Z]\.)))*)",
    re.IGNORECASE,
)
# verbs that take a quoted object: `Putin memuji "penguatan kerja sama ..."` (only before the quote)
_OBJECT_VERBS = (
    r"memuji|mengecam|mengkritik|menilai|mengklaim|menyerukan|menuduh|menyebutkan|bertanya|menanyakan|"
    r"berjanji|mengingatkan|menyinggung|praised|called"
)
# from a verb of saying to the quote: `mengatakan: "` / `mengatakan bahwa "` / `told the BBC: "`
_SAYS_TO_QUOTE = (r"(?:\s+(?:kepada|to)\s+[^:\"“”]{1,60}?|(?<=told)\s+(?:the\s+)?[\w.]+(?:\s[A-Z][\w.]*){0,3})?"
                  r"(?:\s+(?:in|via|dalam|melalui)\s+[^:\"“”,]{0,30}?(?:statement|release|email|interview|letter|"
                  r"pernyataan|keterangan|rilis|wawancara|surat)(?:\s+(?:on|from|pada)\s+[A-Z]\w+)?)?"
                  r"(?:\s+bahwa|\s+that)?\s*[:,]?\s*$")  # (`said in a statement on Monday: "`)
# before the quote: `X mengatakan: "` / `X mengatakan bahwa "` / `kata X: "` / `X memuji "`
_BEFORE = re.compile(
    rf"(?P<who>[^.;:\"“”,]{{2,120}}?)(?:,\s(?:a|an|the)\s[^.;:\"“”]{{2,120}}?,)?\s+(?:{_VERBS}|{_OBJECT_VERBS})"
    + _SAYS_TO_QUOTE,
    re.IGNORECASE,
)
# a name that opens its clause, maybe a description set off by a comma, then the verb: `Pat Doe, president of the
# Union (TU) told Reuters: "`, `his aunt, Mary Roe, said: "` (the name says it, not a body the description names;
# a dot only inside a word: `the U.K.'s ...`)
_NAME_APPOSED = re.compile(
    r"(?P<who>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,5})(?:,\s(?P<description>(?:[^.;:\"“”]|\.(?!\s)){1,140}?))?,?"
    rf"\s+(?:{_VERBS}){_SAYS_TO_QUOTE}"
)
# where such a name may open its clause: the text's start, a sentence's, a comma, a conjunction
_CLAUSE_START = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=[.!?][\"”]\s)|(?<=,\s)|"
    + "|".join(rf"(?<=\b{w}\s)" for w in ("and", "but", "while", "dan", "namun", "sementara")) + r")[A-Z]"
)
# `According to X, "` / `Menurut X, "`
_ACCORDING_BEFORE = re.compile(r"\b(?:menurut|according to)\s+(?P<who>[^,.;:\"“”]{2,80}),\s*$", re.IGNORECASE)
# where an attribution's name ends; lower-case only (`Wakil Menteri Dalam Negeri Libya ...` goes on)
_CUT = re.compile(
    r",|\s(?:pada|kepada|dalam|di|saat|ketika|seperti|sebagaimana|dikutip|dilansir|usai|seusai|setelah|sesudah|sebelum|"
    r"sembari|melalui|lewat|didampingi|ditemui|dijumpai|dihubungi|dikonfirmasi|kala|tatkala|selaku|via|tentang|soal|"
    r"mengenai|on|in|at|to|during|after|while|about)\s"
    r"|\s(?!menteri\b)(?:meng|meny|mem|men)[a-z]{3,}\b"  # a verb after the name: `tutur Elza mengungkapkan ...`
)
# where an attribution's name ends, commas aside (an office's name may hold some: `Pusat Data, Informasi, dan ...`)
_CUT_WORD = re.compile(_CUT.pattern.removeprefix(",|"))
# the rest of such an office's name and its holder: capitalised words, brackets, commas and `dan`
_OFFICE_TAIL = re.compile(r"(?:(?:[A-Z(][\w.'’()-]*|dan)[\s,]*)+")
# the words of a document, not a person, after a quote (`," demikian bunyi petitum lain dari perkara ...`)
_DOCUMENT = re.compile(
    r"^[\s,.;:]*(?:demikian|begitu)?\s*(?:bunyi|isi)\s+(?:\w+\s+)?(?:petitum|petisi|amar|putusan|pasal|dakwaan)\b",
    re.IGNORECASE,
)
# a name, then a relative clause about its bearer (`Stormzy yang mengalahkan Ed Sheeran`)
_NAMED_THEN_WHO = re.compile(r"\s*(.+?)\s+yang\s")
# `demikian`/`begitu` and a noun of saying before a name after a quote (`," demikian penjelasan Dwimawan.`, `," begitu
# kata pelatih Liverpool, Jurgen Klopp`), or the name alone (`," demikian Kaka kepada FourFourTwo`); not a document
# (`demikian pernyataan tersebut`, `demikian dikutip Reuters dari ...`)
_THUS = re.compile(
    r"^[\s,.;:]*(?:demikian|begitu)\s+(?:(?:penjelasan|keterangan|pernyataan|penuturan|ungkapan|kata|ujar|ucap|tutur|"
    r"ungkap|canda)\s+(?:resmi\s+)?(?=(?:[a-z]\w*\s){0,3}[A-Z])|(?=[A-Z]))"
)
_ACCOUNT = re.compile(r"\b(?:akun|account)\b", re.IGNORECASE)
_HANDLE = re.compile(r"@\w+")
# an account a paragraph introduces as someone (`Akun bernama @X ...`, `pendukung klub dengan akun @X ...`), whose post
# may follow; not a named person's (`Dea menyampaikan terima kasih lewat akun @dearizkita`: she speaks)
_INTRODUCED_ACCOUNT = re.compile(
    r"(?:^|[.!?]\s+|\b(?:dengan|pemilik|warganet|netizen)\s+)akun\s+(?:(?:bernama|Twitter|Instagram|TikTok)\s+)*(@\w+)",
    re.IGNORECASE,
)
# a post named after its quote: `" begitu cuitan pemilik akun @X.`, `" bunyi unggahan akun Instagram Y.`
_POSTED_BY = re.compile(
    r"^[\s,.;:]*(?:demikian|begitu)?\s*(?:bunyi\s+)?(?:cuitan|kicauan|unggahan|postingan)\s+(?P<who>[^.;:\"“”]{1,60})",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"^(?:dia|ia|beliau|mereka|pihaknya|dirinya|he|she|they|(?:\w+\s)?(?:tersebut|itu|ini))$", re.IGNORECASE
)
# a description of someone named before: `pemain yang kini memperkuat Persib Bandung itu`, `mantan pelatih Bali
# United ini` (a lower-case noun opens it; a relative clause or a demonstrative closes it)
_DESCRIPTION = re.compile(r"^[a-z]\w*\s(?:.*\s)?(?:yang\s.*|itu|ini|tersebut)$")
# ... or an office with a demonstrative: `tutup Presiden UEFA tersebut` (its holder, named before)
_OFFICE_DESCRIBED = re.compile(r"^(?P<title>[A-Z]\w*)(?:\s[^\s,]+){0,3}\s(?:itu|ini|tersebut)$")


def _described_before(phrase: str) -> bool:
    """Does the phrase describe someone named before (`pelatih berusia 44 tahun itu`, `Presiden UEFA tersebut`)?"""
    office = _OFFICE_DESCRIBED.match(phrase)
    return bool(_DESCRIPTION.match(phrase) or office and office.group("title").lower() in gazetteer().titles
                and not _is_person(phrase))


# one member of a group named before (`kata sang personel Backstreet Boys`): the group is not the speaker
_MEMBER_OF = re.compile(r"(?:sang\s|si\s)?(?:personel|anggota|member of|one of)\s", re.IGNORECASE)
# a pronoun says the quote that follows: `Afterwards he said: "`, `Lalu dia mengatakan, "` (who: the lead-in or the
# last speaker, not a capitalised adverb before the pronoun)
_PRONOUN_SAYS = re.compile(rf"\b(?:he|she|they|dia|ia|beliau|mereka)\s+(?:further\s+|also\s+|juga\s+)?"
                           rf"(?:{_VERBS}|urged)\b[^\"“”.]*$", re.IGNORECASE)
# a pronoun and a verb of saying right after a quote
_PRONOUN_AFTER = re.compile(
    rf"^[\s,.;:]*(?P<pronoun>he|she|they|dia|ia|beliau|mereka)\s+(?:juga\s+)?(?:{_VERBS}|melanjutkan|menuliskan)\b",
    re.IGNORECASE,
)
# ... that opens the next quote (`". He stressed, "...`, `” Mereka menambahkan, “...`): the pronoun is whoever said
# this one, whom its lead-in may name (`Coldplay juga menulis, “...”`)
_PRONOUN_NEXT = re.compile(_PRONOUN_AFTER.pattern + r"[,:]?\s*[\"“]", re.IGNORECASE)
# a speaker the article leaves unnamed: `kata sumber yang enggan disebut namanya`, `ujar seorang warga`, `said a
# company spokesperson` (not a document: `said a report from X` is X's)
_UNNAMED = re.compile(
    r"\s*(?:sumber|seorang|salah (?:satu|seorang)|beberapa|sejumlah|lain(?:nya)?|yang lain|a source|sources|one|"
    r"(?-i:(?:a|an|two|three|several|some|many)(?=\s[a-z])(?!\s(?:report|statement|release|letter)\b)))\b",
    re.IGNORECASE,
)
# someone unnamed right after a quote, with or without a verb
_SOMEONE = re.compile(r"^[\s,.;:]*(?:(?:said|says|told|added)\s)?(?:an?|one)\s(?:[\w-]+\s){0,3}(?:source|official|"
                      r"spokes(?:man|woman|person)|witness|resident|insider|reporter|analyst|expert|user|officer)\b")
_OPENS_QUOTE = re.compile(r"\s*[,:]?\s*[\"“]")
# an Indonesian active verb (`menepis`, `berharap`; not `mesti`, nor a word that looks like one: `bersama`, `menurut`)
ACTIVE_VERB = (r"(?!(?:bersama|beserta|berbagai|beberapa|berdasarkan|menurut|mengenai|menjelang|melalui|menuju|meski|"
               r"memang|melainkan)\b)(?:me(?:m|n|ng|ny|l|r|w|y)|ber)[a-z]{3,}")
# verbs of saying written after the speaker's name (`Kuswara menjelaskan`, `Thorne Lay ... said`)
SAYING = (r"mengatakan|menjelaskan|menegaskan|menambahkan|menuturkan|mengungkapkan|menyatakan|berkata|"
          r"melanjutkan(?=\s*[,:])|"  # (`Noel melanjutkan, "...`; not `Rovio melanjutkan rencana ...`)
          r"said|says|added|adds|wrote|writes|continued|explained|explains|declared|stated|claimed|noted|notes|told|"
          r"insisted|replied|recalled|recalls|comments|warned")
# a speaker named by a common noun after the quote (`," the spokesperson said`, `," said the actor`): the speaker found
# otherwise only when the article put that noun by their name, else someone it does not name (see `_described`)
_THE_NOUN = re.compile(
    rf"^[\s,.;:]*(?:(?:[Tt]he\s(?P<noun>[a-z][\w-]*(?:\s[a-z][\w-]*){{0,2}})\s+"
    rf"(?:{SAYING}|tweeted|asked|acknowledged|read|concluded)\b)"
    rf"|(?:{SAYING}|says|read|concluded)\s+the\s(?P<noun_after>[a-z][\w-]*)(?:\s[a-z][\w-]*)*[\s,.;:]*$)"
)
# a document or a body speaks for an organisation, never for a person (`the statement read`, `the company said`)
_NOT_ONE = frozenset("statement letter report release complaint description website post paper study filing lawsuit "
                     "indictment document memo email message note ruling order decision company firm agency ministry "
                     "department office government court team group organization association union committee "
                     "council".split())
# the name and the verb after the quote, in that order, maybe with a description between: `," Kuswara
# menjelaskan.`, `," Thorne Lay, professor of earth sciences at the University of California, said.`; lower-case
# words of a role may come before the name or inside it (`," team spokesperson Anna Moser said`, `," US Navy
# spokesman Capt John Doe said`), but not a conjunction or a clause that leads to someone else (`, sementara Menteri X
# mengatakan, "...`, `," asserting that pastor X ...`)
_NAME_THEN_VERB = re.compile(
    r"^[\s,.;:]*(?P<who>(?:(?!(?:that|bahwa|and|but|while|whereas|sementara|dan|namun|tetapi)\b|\w+ing\b)"
    r"[a-z0-9][\w-]*\s(?:(?:and|dan)\s)?){0,3}[A-Z][\w.'’-]*(?:\s(?:[A-Z][\w.'’-]*|(?!and\s[A-Z])[a-z][\w-]*(?=(?:\s[a-z][\w-]*){0,3}"
    r"\s[A-Z]))){0,8})"
    rf"(?:\s*,(?!\s*(?:he|she|they|it|we|I)\s)[^\"“”;]{{1,160}}?)?\s+(?:[a-z]+ly\s)?(?:{SAYING}|menulis|tweeted|asked|asks|acknowledged|agreed|"
    r"quipped|laughed|tells|responded|argued)\b"
)
# an appositive name after the role: `Media Officer Persib, Irfan Suryadireja kepada ...`, `..., Kuswara S. Taryono,`;
# a rank, a title and three names fit (`..., Kombes Raden Budi Hartono Saputro di ...`), so does a physician's
# lower-case title (`..., drg. Ani Rahma, ...`) and an accented capital (`..., Óscar Acuña, who ...`)
_APPOSITIVE = re.compile(
    r"\s*,\s*((?:(?:dr|drg|drh)\.?\s)?[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|(?:dr|drg|drh)\.?(?=\s))){0,5})"
    r"\s*(?:,|$|(?=\s(?:kepada|di|pada|dalam|saat|ketika|usai|seusai|setelah|dikutip|dilansir|seperti|melalui|lewat|"
    r"yang|to|in|on|at|who)\s))"
)


# whether the article read is English, whose capitalised openers and common words are no names (`When I got word
# ...`, `Although Ford had ...`): set by `find_quotes` for the rules below it
_ENGLISH: ContextVar[bool] = ContextVar("english", default=False)


def _entities(text: str) -> list[Mention]:
    """The names in a text, read as the article's language."""
    return find_entities(text, english=_ENGLISH.get())


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """A direct quote in one article: the quoted words and the speaker (None when unknown)."""

    paragraph: int
    text: str
    speaker: str | None


# is a word one of the words of the full person names the article writes? (`Kim`, of `Kim Jong Un`; see `_NameWords`)
Known = Callable[[str], bool]
_NO_NAMES: Known = frozenset().__contains__


def speaker_name(phrase: str, known: Known = _NO_NAMES, after_verb: bool = False) -> str | None:
    """The name in an attribution phrase: `juru bicara Departemen Luar Negeri AS Matthew Miller` -> Matthew Miller.

    People first, then organisations (`kantor berita Korea Utara KCNA` -> KCNA), then other names; a
    phrase with only places keeps its words (`militer Korea Selatan`). `known`: whether a word is one of the words
    of the full person names the article writes (asked only when needed), so a short form that is also a dictionary
    word (`Kim`) still names someone. `after_verb`: the phrase follows a verb of saying (`_lone_name`).
    """
    phrase = phrase.strip(" ,.")
    if not phrase or _ANAPHOR.match(phrase) or _described_before(phrase):
        return None
    account = _ACCOUNT.search(phrase)
    if account and (handle := _HANDLE.search(phrase, account.end())):
        return handle.group()  # `cuit pemilik akun @A6ridwan`
    # a possessor is not the speaker (`Ford's now-deceased father told Starner that "...`: the father)
    mentions = [m for m in _names_inside(phrase) if not phrase.startswith(("'s", "’s"), m.end - 1)]
    if len(mentions) == 1 and _MEMBER_OF.match(phrase):
        return None
    platforms = gazetteer().platforms
    if len(mentions) > 1 and any(m.name in platforms for m in mentions):  # `Di Twitter Kim menulis`: Kim writes
        mentions = [m for m in mentions if m.name not in platforms] or mentions
    if mentions and mentions[-1].type != "organization" and account and _usable(mentions[-1]):
        return mentions[-1].name  # the account's name, not its platform: `akun Instagram Marapi Singgalang`
    if after_verb and _holder_last(phrase, mentions):
        return mentions[-1].name  # the holder the office ends with (`kata Kepala Dinas X Jakarta Pusat Budiman`)
    for kinds in (("person",), ("organization",), ("other",)):
        found = [m for m in mentions if m.type in kinds and (_usable(m) or known(m.name) or m.name == phrase
                                                              and _lone_name(phrase, after_verb))]
        if found:
            return found[-1].name
    if mentions and 2 <= len(phrase.split()) <= 6 or not mentions and phrase.lower() in gazetteer().titles:
        return phrase  # the role is all the text says of the speaker (`ujar Menpora`)
    first, _, rest = phrase.partition(" ")
    if not mentions and first.isupper() and 2 <= len(first) <= 4 and first.lower() in gazetteer().titles \
            and (not rest or rest[:1].islower()):
        return first  # initials that read as a title but name no one after them: a name (`kata RM lebih lanjut`)
    return None


def _holder_last(phrase: str, mentions: list[Mention]) -> bool:
    """Does an office end with its holder, a lone name the entity reader does not know as a person, right after the
    body or place it names, maybe after a role (`Kepala Unit X Polsek Y Surabaya Budiman`, `State Department spokesman
    P. J. Crowley`; not `Kementerian Luar Negeri Kosovo` nor `AC/DC yang disertai foto Young`)?"""
    if len(mentions) < 2 or mentions[-1].type != "other" or not _usable(mentions[-1]) \
            or not phrase.endswith(mentions[-1].name):
        return False
    between = phrase[mentions[-2].end - 1 : mentions[-1].start - 1]  # (`_names_inside` reads the phrase after a space)
    words = phrase[: mentions[-1].start - 1].lower().split()
    g = gazetteer()
    return all(w.isupper() or not w.isalpha() or w in g.titles or w in g.roles for w in between.split()) \
        and any(w in g.titles or w in g.roles for w in words)


def _a_body(phrase: str) -> bool:
    """Does the phrase name only bodies and places (`Kementerian Pariwisata`, `Bareskrim Mabes Polri`)?"""
    names = _names_inside(phrase)
    return bool(names) and all(m.type in ("organization", "place") for m in names)


def _a_name(phrase: str) -> bool:
    """Is the phrase a name as the entity reader finds it, not a bare role (`Kepala Pusat Data`)?"""
    return any(e.name == phrase for e in _names_inside(phrase))


def _lone_name(word: str, after_verb: bool) -> bool:
    """A capitalised word that is the whole attribution names someone unless it is an office or a generic speaker
    (`kata Polisi`): the stemmer makes some names common words (`ujar Rohan`: `roh`), and right after a verb of saying
    a dictionary word is a name too (`ucap Taufik`, `kata Indah`), though not in an appositive (`Pusat Data,
    Informasi, dan ...`)."""
    low = word.lower()
    g = gazetteer()
    return " " not in word and word.isalpha() and low not in g.titles and low not in g.roles \
        and low not in _GENERIC_SPEAKERS and (after_verb or not is_root_word(word))


_GENERIC_SPEAKERS = frozenset("polisi pemerintah warga kami kita mereka pihak redaksi panitia".split())


def _usable(m: Mention) -> bool:
    """Single words that are common words ("Gereja"), numerals ("II") or shouted site names are no speakers."""
    if m.canonical:
        return True
    if re.search(r"\d|nya$", m.name):
        return False
    if " " in m.name:
        return True
    return not (is_common_word(m.name) or re.fullmatch(r"[IVXLC]+", m.name) or m.name.isupper() and len(m.name) > 6)


# the words a quoted phrase runs on with, up to the verb of saying after a comma and maybe the speaker's name (`"...
# the little deal" announced in October, said X`, `"...bothered" Ford's family, Starner said`, `"..." pada Oktober
# lalu, kata X`)
_RUNS_ON = re.compile(
    r"\s[^.;:\"“”,]{1,80},\s(?=(?:[A-Z][\w.'’-]*\s){0,3}(?:said|says|told|added|kata|ujar|ucap|tutur)\b)"
)


def _attribution(para: str, end: int) -> str:
    """The text after a quote from where its attribution may start: past the words the quoted phrase runs on with, when
    the quote ends inside its sentence (no mark before the closing one)."""
    on = _RUNS_ON.match(para, end) if para[end - 2 : end - 1].isalnum() else None
    return para[on.end() :] if on else para[end:]


def _after(text: str, known: Known, ended: str = "") -> tuple[bool, str | None] | None:
    """Attribution right after a quote: (anaphoric, speaker) or None when there is none. `ended`: the mark that ends
    the quote's sentence, if any: a name and a verb that open another quote then are not its attribution (`." Smith
    agreed: "...`), nor is the answer to a question (`?" Doe responded that ...`)."""
    if _DOCUMENT.match(text):
        return False, None  # a document's words (`demikian bunyi petitum ...`): nobody said them
    if (posted := _POSTED_BY.match(text)) and (name := speaker_name(posted.group("who"), known)):
        return False, name  # `" begitu cuitan pemilik akun @ggppaneey.`
    if _SOMEONE.match(text):
        return False, None  # `," an unnamed source close to the command, who ...`
    if thus := _THUS.match(text):
        text = " kata " + text[thus.end() :]  # `," demikian penjelasan Dwimawan.`: as `kata Dwimawan` reads
    m = _AFTER.match(text)
    if not m and _PRONOUN_AFTER.match(text):
        return True, None  # `," he said.`, `,” ia melanjutkan.`: whoever spoke before
    if not m:
        named = _NAME_THEN_VERB.match(text)
        if named and ((ended or "." in text[: named.start("who")]) and _OPENS_QUOTE.match(text, named.end())
                      or ended == "?" and text.startswith(" that ", named.end())):
            return None  # `." Smith agreed: "...`: the next quote's lead-in, not this one's attribution
        if named and _UNNAMED.match(named.group("who")):
            return False, None  # `," a source close to the team said`
        return (False, name) if named and (name := speaker_name(named.group("who"), known)) else None
    who = m.group("who")
    if m.group("nya"):
        return True, None
    if _UNNAMED.match(who):
        return False, None  # someone new the article does not name: nobody said before
    if _described_before(who.strip(" ,.")):
        return True, None  # `kata pelatih berusia 44 tahun itu`: whom it describes, whatever verb it holds
    cut = _CUT.search(" " + who + " ")
    phrase = (" " + who + " ")[: cut.start()] if cut else who
    if (named := _NAMED_THEN_WHO.match(phrase)) and _name_first(named.group(1)):  # `kata Stormzy yang mengalahkan ...`
        phrase = named.group(1)
    # an appositive name right after a comma: "menurut kantor berita pemerintah Korut, KCNA, dikutip ..."
    rest = who[len(phrase.strip()) :]
    app = _APPOSITIVE.match(rest)
    while app and _a_body(app.group(1)) and (following := _APPOSITIVE.match(rest, app.end(1))):
        app = following  # the office's body, then its holder: `kata Kepala Bidang X, BMKG, Daryono, ...`
    name = speaker_name(phrase, known, after_verb=True)
    # the role's holder, named after it (alone: a company's legal name would swallow what follows it), unless
    # the speaker's name comes first (`kata Erwin, manajer Sheila Andini`); a person named in the role phrase gives
    # way only to a person (`kata agen Peter Butler, Edy Susanto`)
    holder = speaker_name(app.group(1), known) if app and not _name_first(phrase) else None
    if app and holder and (not (name and _is_person(name)) or _is_person(app.group(1))):
        name = holder
    elif name and not holder and not (_a_name(name) and _is_person(name)):
        name = _holder_after_commas(who, known) or name  # a role cut at a comma of its own name
    if cut and not holder and not (name and _is_person(name)) and not _name_first(phrase):
        # a role cut at the place of its office (`kata Dirjen PBB di Jenewa Budi Santoso`)
        name = _holder_after_place((" " + who)[cut.start() :].strip()) or name
    if name is None and (account := _ACCOUNT.search(who)) and (handle := _HANDLE.search(who, account.end())):
        name = handle.group()  # `tulis netizen pada akun @A6ridwan`: the account, past the cut at `pada`
    return (name is None), name


def _holder_after_commas(who: str, known: Known) -> str | None:
    """The person at the end of an office whose name holds commas (`kata Kepala Pusat Data, Informasi, dan
    Komunikasi Kebencanaan BNPB Raditya Jati dalam ...`): after its first comma only capitalised words, brackets,
    commas and `dan` up to the person, so a clause about someone else (`, yang juga adik Budi`) is not read; the
    person may be a lone name after the last comma (`Kepala Biro Humas, Data, dan Informasi X, Mastuki, Kamis`)."""
    cut = _CUT_WORD.search(" " + who + " ")
    phrase = _WEEKDAY.sub("", (" " + who + " ")[: cut.start()] if cut else who)
    head, _, rest = phrase.partition(",")
    if not rest or not _OFFICE_TAIL.fullmatch(rest.strip()) or len(head.split()) == 1 and _name_first(head):
        return None  # (a lone name before the comma speaks: `kata Erie, Manajer Sheila Marcia`)
    last = phrase.rsplit(",", 1)[-1].strip()
    if _lone_name(last, True) and [m.type for m in _names_inside(last)] == ["other"]:
        return last
    name = speaker_name(phrase, known)
    return name if name and name[:1].isupper() and _is_person(name) else None  # not `dan Keamanan Siber Bima Laga`


def _holder_after_place(rest: str) -> str | None:
    """The person right after the place an office's name ends with (`di Jenewa Michael Moller`), or None."""
    if not rest.startswith(("di ", "in ")):
        return None
    cut = _CUT.search(" " + rest[3:] + " ")
    phrase = (" " + rest[3:] + " ")[: cut.start()] if cut else rest[3:]
    names = _names_inside(phrase.strip())
    place_then_person = [m.type for m in names] == ["place", "person"] and names[0].start <= 1  # (read after a space)
    return names[1].name if place_then_person and phrase.strip().endswith(names[1].name) else None


_WEEKDAY = re.compile(r",\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b.*$")


def _name_first(phrase: str) -> bool:
    """Is the phrase before an appositive the speaker's name: a name and nothing else (`Erwin`, not `CTO Line`), maybe
    after a rank (`Kompol Yoga Hadi Setiawan`)?"""
    words = phrase.split()
    if words and words[0].lower() in gazetteer().ranks:
        words = words[1:]
    mentions = _names_inside(phrase.strip())
    return (len(mentions) == 1 and mentions[0].name == " ".join(words) and mentions[0].type in ("person", "other")
            and not any(len(w) > 1 and w.isupper() for w in words))


def _may_be_person(m: Mention) -> bool:
    """A person, a lone name or a known person's short name (`JK`, which its capitals make a body)."""
    return m.type in ("person", "other") or name_key(m.name) in gazetteer().people


def _is_person(name: str) -> bool:
    return any(m.type == "person" for m in _names_inside(name))


def _names_inside(phrase: str) -> list[Mention]:
    """The names of a phrase cut from inside a sentence: its first word is not capitalised by position."""
    return _entities(" " + phrase)


def _referent(before: str, known: Known) -> str | None:
    """Whom the pronoun of `Rasmussen did better than expected. Afterwards he said: "` refers to: the first
    name of the sentence before the pronoun's, when it is a person or a lone name (no place, no body), outside
    its quotes (`"We ...," Ana Roe said. However, she added that "`: not `We`), and opening it, maybe after a phrase
    and a comma (not `She defended the lack of any authority from Haitian officials`); or the name opening the
    pronoun's own sentence (`Doe was arrested for a call in which he said he'd put a "`)."""
    sentences = split_sentences(before.strip())
    own = next((e for e in _entities(sentences[-1]) if e.start == 0), None) if sentences else None
    if own and (own.type == "person" or own.type == "other" and known(own.name)):
        return own.name
    if len(sentences) < 2:
        return None
    told = _QUOTED.sub(" ", sentences[-2])
    first = next((e for e in _entities(told) if e.type in ("person", "other") and _usable(e)), None)
    return first.name if first and not _LOWER_WORD.search(told[: first.start].rsplit(",", 1)[-1]) else None


_LOWER_WORD = re.compile(r"\b[a-z]")


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")


def _before(text: str, known: Known) -> str | None:
    """The speaker a quote's lead-in names right before it, or None."""
    if _PRONOUN_SAYS.search(text):
        return None
    tail = text[-200:]
    if according := _ACCORDING_BEFORE.search(tail):
        return speaker_name(according.group("who"), known)
    for start in _CLAUSE_START.finditer(tail):
        apposed = _NAME_APPOSED.match(tail, start.start())
        if not apposed or not tail.startswith(",", apposed.end("who")):
            continue  # (no comma after the name: `_BEFORE` reads it)
        description = apposed.group("description")
        if _titled_name(apposed.group("who")) and not (description and _names_last(description)):
            return speaker_name(apposed.group("who"), known)
    m = _BEFORE.search(tail)
    if not m:
        return None
    who = m.group("who").strip()
    first = who.split(" ", 1)[0]
    if is_root_word(first) and _described_before(first.lower() + who[len(first) :]):
        return None  # a description capitalised as it opens the sentence (`Pemuda kelahiran 1996 itu melanjutkan, "`)
    return speaker_name(who, known)


def _names_last(description: str) -> bool:
    """Is the last part of a description all capitalised words, a name that may be the speaker's (`Dalam suratnya
    kepada Sekjen PBB, Ana Roe, Ja menulis`)?"""
    last = description.rsplit(",", 1)[-1].split()
    return all(w[:1].isupper() for w in last)


def _titled_name(phrase: str) -> bool:
    """Is the phrase one person's name with nothing but titles before it (`Prime Minister Jan Doe`, `Kompol Budi`;
    not `Kepada Jokowi`, `Ketua KPK Agus`)?"""
    mentions = _names_inside(phrase)
    if len(mentions) != 1 or not (mentions[0].type == "person" or mentions[0].type == "other" and _usable(mentions[0])):
        return False
    g = gazetteer()
    head = phrase[: mentions[0].start - 1].lower().split()  # (`_names_inside` reads the phrase after a space)
    return all(w in g.titles or w in g.ranks for w in head)


class _NameWords:
    """`Known` for one article: is a word one of the words of its multi-word person names (`Kim Jong Un` -> Kim, Jong,
    Un)? Each name's words are written in its paragraph, so only the paragraphs that hold the word are read for names,
    each once (a quote asks about a word or two, if any: reading every paragraph for them was a third of the time
    quotes took)."""

    def __init__(self, paragraphs: list[str]) -> None:
        self.paragraphs = paragraphs
        self.read: dict[int, frozenset[str]] = {}  # paragraph -> the words of its person names

    def __call__(self, word: str) -> bool:
        for i, para in enumerate(self.paragraphs):
            if word not in para:
                continue
            found = self.read.get(i)
            if found is None:
                found = self.read[i] = frozenset(
                    w for e in _entities(para) if e.type == "person" and " " in e.name for w in e.name.split()
                )
            if word in found:
                return True
        return False


def _quoted(para: str) -> list[tuple[int, int]]:
    """Spans of the quotations in a paragraph, marks included. Straight marks pair in order (1st with 2nd, 3rd
    with 4th): searching for a span from any mark took the closing mark of a short scare quote (`"stingy"`) as
    the opening of a long one."""
    spans = [(m.start(), m.end()) for m in _CURLY.finditer(para)]
    marks = [m.start() for m in _STRAIGHT.finditer(para)]
    spans += [(a, b + 1) for a, b in zip(marks[::2], marks[1::2], strict=False)]
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if (not out or a >= out[-1][1]) and MIN_CHARS <= b - a - 2 <= MAX_CHARS:
            out.append((a, b))
    return out


def find_quotes(paragraphs: list[str], english: bool = False) -> list[QuoteMention]:
    """Direct quotes of one article with their speakers; `katanya`/`lanjutnya` reuse the last speaker. `english`: the
    article is English."""
    token = _ENGLISH.set(english)
    try:
        return _find_quotes(paragraphs)
    finally:
        _ENGLISH.reset(token)


def _find_quotes(paragraphs: list[str]) -> list[QuoteMention]:
    out: list[QuoteMention] = []
    last: str | None = None  # most recent speaker in this article
    last_para = -1
    plain_para = -1  # latest paragraph without a quote: it may introduce the next speaker
    quote_para = -1  # latest paragraph with one
    known = _NameWords(paragraphs)  # read when first asked: most quotes do without
    pronouns: dict[str, str] = {}  # speaker -> the `he`/`she` that referred to them
    spoken: set[str] = set()  # the article's speakers so far
    for pi, para in enumerate(paragraphs):
        quoted = False
        prev_end = 0  # where the paragraph's last quote ended
        said_after = False  # ... and whether an attribution after it named its speaker
        for start, end in _quoted(para) if '"' in para or "“" in para else ():  # most paragraphs quote nobody
            quote = para[start + 1 : end - (2 if para.startswith("’’", end - 2) else 1)].strip(" ,.")
            if len(quote.split()) < MIN_WORDS:
                continue  # a scare quote (`hujan " intens, "`): the paragraph may still introduce a speaker
            before = para[:start]
            if _NAMED_AS.search(before):
                continue  # a title, a theme or a placard's words (`konser bertajuk "..."`): nobody says them
            quoted = True
            mark = para[:end].rstrip("\"”’ ")[-1:]
            after = _after(_attribution(para, end), known, ended=mark if mark in ".!?" else "")
            the = _THE_NOUN.match(para[end:]) if after in (None, (True, None)) else None
            speaker = _before(before, known) if after is None or _PRONOUN_NEXT.match(para[end:]) else after[1]
            titled = _title_like(quote)  # (not said: `"SHINee World V in Jakarta"`, `"One Sings, the Other Doesn't"`)
            if speaker is None and after is None and last and last_para == pi and len(quote.split()) > MIN_WORDS \
                    and not titled and (start - prev_end <= _NEXT_QUOTE or said_after and _ATTRIBUTION.fullmatch(
                        para, prev_end, start)) and not _REPORTED.search(para, prev_end, start):
                # `"...," said judge Astill. "..."`: the quote after an attributed one goes on (not one that someone
                # else, unnamed, leads in: `"...," Starner said. ... Ford's father told Starner that "...`)
                speaker = last
            if speaker is None and after is None and before.strip() and not titled:
                speaker = _sentence_speaker(before, lambda name: name in spoken or known(name)) \
                    or _office_holder(before, paragraphs, known)
            described = _DESCRIBED_SAYING.match(before) is not None
            anaphoric = after[0] if after is not None else not before.strip() or described \
                or _PRONOUN_SAYS.search(before)
            if speaker is None and anaphoric:
                # "katanya", "kata media tersebut", a bare quote paragraph: whom the paragraph's own lead-in is
                # about (`Halimah berjanji, ... "...," ujarnya`), else the one who spoke last, unless a paragraph
                # since then introduced someone new
                lead_in = _lead_in(before, known) if before.strip() and not described \
                    and not _GOES_ON.search(before) else None
                since = paragraphs[plain_para] if plain_para > last_para else ""
                unnamed = bool(since) and _CITES_UNNAMED.search(since) is not None  # `Menurut seorang warga, ...`
                subject = _subject(since, known, last) if since and not unnamed and not _GOES_ON.search(since) else None
                if subject and last and _CONTINUES.match(para, end) and not _acts_in(subject, since) \
                        and not _sayer(since, known):
                    subject = None  # `lanjutnya` after a paragraph that names others but has none act: who spoke
                if since and subject is None and not unnamed and (office := _OFFICE_OPENS.match(since)) \
                        and office.group(1).split()[0].lower() in gazetteer().titles:
                    # `Panglima TNI membuka Rapat ...`: the office's holder, named before (`Panglima TNI Jenderal X`)
                    subject = _holder(office.group(1), paragraphs[:plain_para], known)
                if since and last is None and _GOES_ON.search(since):
                    subject = _goes_on_from(paragraphs, plain_para, max(last_para, quote_para), known)
                speaker = (after is None and _referent(before, known)) or lead_in or subject \
                    or (None if unnamed else last)
                if speaker == subject and last and subject != last and _WE.search(quote) \
                        and _speaks_for(last, since, paragraphs[: last_para + 1]):
                    speaker = last  # `X melaporkan ... ke Polsek Y.`, then `"... telah kami amankan," katanya`: Y's
                if last and last_para == pi and after is not None and not _SAYS_IN.search(para, prev_end, start):
                    speaker = last  # `..., terang Amin. "...," sambungnya`: whom this paragraph quoted goes on
            if speaker is not None and not _can_say(speaker, quote):
                speaker = None  # better no speaker than a place or a body saying "saya"
            if the and speaker and not _described(the.group("noun") or the.group("noun_after"), speaker,
                                                  [*paragraphs[:pi], before]):
                speaker = None  # `," the spokesperson said`: not whom the article never called so
            pronoun = _PRONOUN_AFTER.match(para[end:]) if speaker else None
            sex = pronoun.group("pronoun").lower() if pronoun else ""
            if sex in _SEXED and pronouns.setdefault(speaker, sex) != sex:
                speaker = None  # `," she said` of whom a `he said` meant: not the last speaker
            if speaker is not None and is_office(speaker):  # `kata Presiden`: whom it named so
                speaker = _holder(speaker, [*paragraphs[:pi], before], known) \
                    or _holder(speaker, paragraphs[pi:][::-1], known) or speaker
            out.append(QuoteMention(pi, quote, speaker))
            if speaker:
                spoken.add(speaker)
            prev_end = end
            said_after = bool(after and after[1])
            if speaker or after == (False, None) or the:  # an unnamed source speaks on
                last, last_para = speaker, pi
        if not quoted and not _CREDIT.match(para):
            plain_para = pi
        else:
            quote_para = pi
    return out


_SEXED = frozenset(("he", "she"))


def _acts_in(name: str, paragraph: str) -> bool:
    """Does a word of the name do something in the paragraph, maybe after an adverb (`Boy menyampaikan ...`, `Farhat
    malah melemparkan ...`; not `... berupa 180 Sapi Limosin`)?"""
    return any(_ACTS.match(paragraph, m.end()) or m.group(1) and _ACTS.match(paragraph, m.start(1))
               for word in name.split() for m in re.finditer(rf"\b{re.escape(word)}(\s[a-z]+)?\b", paragraph))


# a verb that goes on with the last speaker's words (`," lanjutnya`, `," tambahnya`, `," pungkasnya`)
_CONTINUES = re.compile(r"[\s,.;:\"”’]*(?:lanjut|tambah|imbuh|sambung|pungkas|tutup)nya\b", re.IGNORECASE)
# someone's words reported up to a quote (`Ford's father told Starner that "...`)
_REPORTED = re.compile(rf"\s(?:{_VERBS}|{_OBJECT_VERBS})\s[^.!?\"“”]{{0,60}}\b(?:that|bahwa)\s*$")
# a credit or a link line (`Penulis : Dwi Widijatmiko`, `[ Baca juga : ... ]`): it names no one who speaks in the story
_CREDIT = re.compile(r"\W*(?:penulis|editor|reporter|pewarta|fotografer|writer|written by|by|baca(?: juga)?|simak juga|"
                     r"lihat juga)\s*:", re.IGNORECASE)
# a word that names what the quotation after it is called or what is written on something (`konser bertajuk "...`,
# `mengambil tema "...`, `spanduk bertuliskan "...`, `a paper titled "...`)
_NAMED_AS = re.compile(r"\b(?:bertajuk|berjudul|bertema(?:kan)?|tema|tajuk|judul|jargon|slogan|semboyan|mott?o|tagline|"
                       r"tagar|hashtag|bertuliskan|titled|entitled|themed)\s*:?\s*$", re.IGNORECASE)


def is_office(speaker: str) -> bool:
    """Is the speaker an office, a title and no one's name (`Presiden`, `Menko Polhukam`, `Kepala BPBD DKI`, `Jaksa
    Agung`; not `Menteri Susi`, `Kapolres AKBP Budi Santoso`)?"""
    g = gazetteer()
    words = speaker.split()
    return speaker.lower() in g.titles or _titled_start(words) and len(words) > 1 \
        and words[-2].lower() not in g.ranks and not any(m.type == "person" and " " in m.name or m.type == "other"
                                                         and m.name != words[0] for m in _names_inside(speaker))


_WE = re.compile(r"\bkami\b", re.IGNORECASE)
_REPORTS_TO = re.compile(r"\b(?:melapor|lapor|mengadu)\w*\b[^.]{0,60}\b(?:ke|kepada)\s+")


def _speaks_for(speaker: str, paragraph: str, earlier: list[str]) -> bool:
    """Does a paragraph have its subject report to the body the article named the speaker's office with (`Kepala Unit
    Reskrim Polsek Sukolilo Iptu Pujianto`, then `X melaporkan peristiwa ini ke Polsek Sukolilo`)? A quote of `kami`
    after it is that body's, so its spokesman's, not the paragraph's subject's."""
    if not _REPORTS_TO.search(paragraph):
        return False
    for text in earlier:
        at = text.find(speaker)
        while at >= 0:
            office = text[max(0, at - 100) : at]
            if any(e.type == "organization" and re.search(_REPORTS_TO.pattern + re.escape(e.name), paragraph)
                   for e in _names_inside(office)):
                return True
            at = text.find(speaker, at + 1)
    return False


def _described(noun: str, speaker: str, earlier: list[str]) -> bool:
    """Did the article write this common noun by the speaker's name (`Pat Doe, the actor`, then `," said the actor`)?
    A group (`the doctors`) or a source is never one named person, a document or a body (`the statement`) only an
    organisation."""
    head = noun.split()[-1]
    if head in _NOT_ONE:
        return any(m.type == "organization" for m in _names_inside(speaker))
    if head == "source" or head.endswith("s") and not head.endswith("ss"):
        return False
    near = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    for text in earlier:
        at = text.find(speaker)
        while at >= 0:
            if not text.startswith(("'s", "’s"), at + len(speaker)) \
                    and near.search(text, max(0, at - 80), at + len(speaker) + 80):  # (not `Pat Doe's source`)
                return True
            at = text.find(speaker, at + 1)
    return False


# a sentence whose subject says or describes what it quotes in passing (`Pat Doe said in a statement that the plan
# "...`, `Pat Doe called it a "...`), or that introduces the quote after it (`Pat Doe agreed: "`, `Pat Doe described
# the scene. "`): its name, maybe set off by a description, then the verb
_SUBJECT_VERB = (r"(?:And\s|But\s|Yet\s)?(?P<who>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4})(?:,[^,\"“”]{1,80},)?"
                 r"\s(?:(?:also|later|then|further|again|juga|pun|kemudian|lalu)\s)?")
_IN_PASSING = re.compile(_SUBJECT_VERB + rf"(?:{_VERBS}|{_OBJECT_VERBS}|described|tweeted|urged|agreed|"
                         r"issued\s+a\s+statement)\b")
# a phrase fronted before such a subject, which may be a body (`In a reflection of the confusion, the Electoral
# Commission, which regulates campaign finances, issued a statement warning that "...`)
_FRONTED = re.compile(r"[^,\"“”]{1,60},\s(?:the\s)?")
_DESCRIBES = re.compile(_SUBJECT_VERB + r"(?:described|explained|recalled|recounted|remembered|reflected|elaborated|"
                        r"menceritakan|mengisahkan|menggambarkan|mengenang|mengungkapkan|menjelaskan|menyampaikan)\b")
# a verb of saying or a source (`according to`); a second in the sentence may be another speaker's (`Pat Doe said the
# minister called it "...`)
_OTHER_SPEAKS = re.compile(rf"\s(?:{_VERBS}|{_OBJECT_VERBS}|described|tweeted|urged)\b|\b(?:according to|menurut)\b",
                           re.IGNORECASE)


def _sentence_speaker(before: str, known: Known) -> str | None:
    """The person a quote's sentence opens with, when that person says or describes what it quotes in passing, or
    when the sentence before a bare quote introduces it (ends with a colon, or tells how they described it); else
    None."""
    tail = before.rstrip()
    if not tail or _QUOTED_MARK.search(tail[-300:]):
        return None
    sentences = split_sentences(tail[-300:])
    if len(sentences) < 2 and len(tail) > 300:
        return None
    sentence = sentences[-1]
    verb = _DESCRIBES if sentence[-1] in ".!?" else _IN_PASSING  # (a colon introduces it too)
    fronted = _FRONTED.match(sentence)
    said = verb.match(sentence) or fronted and verb.match(sentence, fronted.end())
    if not said or len(_OTHER_SPEAKS.findall(sentence)) > 1:
        return None
    name = speaker_name(said.group("who"), known)
    if not name or " " not in name and not known(name):  # (`Staff reported the children were "...`)
        return None
    # a person, or a body that issues statements (`The European Commission said in a press release: "`)
    return name if _titled_name(said.group("who")) or _is_person(name) or _a_body(name) and " " in name else None


# an office opening the sentence of a quote in passing (`The president said on Tuesday that China "...`)
_THE_OFFICE = re.compile(rf"(?:(?:But|And|Yet)\s)?[Tt]he\s(?P<role>[a-z]+(?:\s[a-z]+)?)\s(?:(?:also|later|then)\s)?"
                         rf"(?:{_VERBS}|{_OBJECT_VERBS})\b")


def _office_holder(before: str, paragraphs: list[str], known: Known) -> str | None:
    """Who says a quote in passing in a sentence an office opens (`The president said ... that China "...`): the one
    person the article names with that office (`US President Donald Trump`, `President Trump`), else None (`Chinese
    President Xi Jinping` too: it does not say which)."""
    tail = before.rstrip()[-300:]
    if not tail or _QUOTED_MARK.search(tail):
        return None
    sentence = split_sentences(tail)[-1]
    said = _THE_OFFICE.match(sentence)
    if not said or said.group("role") not in gazetteer().titles or len(_OTHER_SPEAKS.findall(sentence)) > 1:
        return None
    pattern = _named_with(said.group("role").title())
    holders = {name for text in paragraphs for m in pattern.finditer(text)
               if (name := speaker_name(m.group(1), known)) and _is_person(name)}
    full = max(holders, key=len, default=None)
    return full if full and all(h.split()[-1] == full.split()[-1] for h in holders) else None


def _title_like(quote: str) -> bool:
    """Are most of a quote's words capitalised, as in a title (`The Marvelous Misadventures of Flapjack`)?"""
    words = quote.split()
    return sum(w[:1].isupper() for w in words) > 0.6 * len(words)


_QUOTED_MARK = re.compile("[\"“”]")


def _holder(role: str, earlier: list[str], known: Known) -> str | None:
    """The person the article last named with this office (`Presiden Joko Widodo ...`, then `" ...," kata Presiden`),
    or None."""
    pattern = _named_with(role)
    for text in reversed(earlier):
        for m in reversed(list(pattern.finditer(text))):
            name = speaker_name(m.group(1), known)
            if name and _is_person(name):
                return name
            if name and " " in role and " " not in name and _lone_name(name, True) and not _a_body(name):
                return name  # a lone name right after an office of two words or more (`Menko Polhukam Wiranto`)
    return None


@lru_cache(maxsize=256)
def _named_with(role: str) -> re.Pattern[str]:
    """An office followed by capitalised words (its holder's name, perhaps after more of the office's)."""
    return re.compile(rf"\b{re.escape(role)}\s+((?:[A-Z][\w'’.-]*\s?){{1,8}})")


# a paragraph that still reports the last speaker (`..., menurut dia, diawaki oleh Kapten Victor Chachon`, `Ia
# berharap, Rakernas PAN ...`) introduces nobody: the names in it are what that speaker talks about
_GOES_ON = re.compile(r"\b(?:menurut (?:dia|beliau)|menurutnya|(?:kata|ujar|ucap|tutur|jelas|lanjut|imbuh|tambah|"
                      r"terang|sebut|ungkap|tegas)nya)\b|^\W*(?:ia|dia|beliau|he|she)\b", re.IGNORECASE)
# a paragraph that reports someone it does not name (`Menurut salah seorang warga di Maungdaw, ...`): a `katanya`
# after it is theirs, not the last named speaker's
_CITES_UNNAMED = re.compile(
    r"\b(?:menurut|kata|ujar|tutur|according to)\s+"
    r"(?:salah (?:satu|seorang)|seorang|sejumlah|beberapa|sumber|a source)\b"
    rf"|^\W*(?:salah (?:satu|seorang)|seorang|sejumlah|beberapa)\s[^,.\"“”]{{1,60}}\s(?:{SAYING})\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:saya|aku|gue|gua)\b", re.IGNORECASE)


def _can_say(speaker: str, quote: str) -> bool:
    """A place never speaks, and a quote in the first person singular (`saya`) is a person's, not an
    organisation's (`Departemen Pemilu Singapura`, `Komisi Pemberantasan Korupsi`)."""
    names = _entities(speaker)
    if not names or any(map(_may_be_person, names)):
        return True  # (a person glued to a place: `Jakarta Prasetyo Edi Marsudi`)
    return names[0].type != "place" and not (names[0].type == "organization" and _FIRST_PERSON.search(quote))


# in a quote's lead-in, who says it: the name right before a verb of saying (`Baso mengatakan`, `Halimah (63),
# menambahkan`, `hakim Kusno juga mengatakan`)
_SAYS_IN = re.compile(
    r"(?P<who>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})(?:\s*\([^()]{1,40}\))?,?(?:\s(?:juga|pun|lantas|lalu|kemudian|"
    rf"sempat|kembali|sendiri))?\s(?:{SAYING}|menyebut(?:kan)?|mengaku|berjanji|menilai|mengingatkan|memastikan)\b"
    r"|\b(?:[Mm]enurut|[Aa]ccording to|Kata)\s(?P<after>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})"
)


def _goes_on_from(paragraphs: list[str], plain: int, told: int, known: Known) -> str | None:
    """Whom plain paragraphs that go on reporting someone (`Sebab menurutnya, ...`, `Dia menambahkan, ...`) report:
    the one the first of them, after the last quote, has say something (`CEO Modalku Reynold Wijaya menuturkan
    ...`), else None."""
    first = plain
    while first - 1 > told and _GOES_ON.search(paragraphs[first]):
        first -= 1
    who = _sayer(paragraphs[first], known, according=False) if first < plain else None
    return who if who and _is_person(who) else None


def _sayer(text: str, known: Known, according: bool = True) -> str | None:
    """The name at a text's last verb of saying (`Baso mengatakan`, `menurut Baso` unless not `according`), or
    None."""
    says = list(_SAYS_IN.finditer(text))
    if not says or not according and says[-1].group("after"):
        return None
    group = "who" if says[-1].group("who") else "after"
    at = says[-1].span(group)
    # the name as the whole text reads it (titles before it stripped: `Wakil Ketua Dokter Kepresidenan Abdul
    # Muthalib`), else as the phrase alone reads it
    named = [e for e in _entities(text) if at[0] <= e.start < e.end <= at[1] and e.type != "place"]
    return (_office(text, named[-1]) or named[-1].name) if named else speaker_name(says[-1].group(group), known)


_CLAUSE_MARK = re.compile(r"[,.;:\"“”()]")


def _office(text: str, m: Mention) -> str | None:
    """The office a body's name ends, from its clause's first word, a title (`Kepala BPBD DKI mengatakan`): its holder
    speaks, not the body (`is_office`); None for a person."""
    start = next((c.end() for c in reversed(list(_CLAUSE_MARK.finditer(text, 0, m.start)))), 0)
    words = text[start : m.start].split()
    if not words or not _titled_start(words) or m.type not in ("organization", "place"):
        return None
    return " ".join([*words, m.name, *text[m.end : _CAPITALISED.match(text, m.end).end()].split()])  # (`... DKI`)


_CAPITALISED = re.compile(r"(?:\s[A-Z][\w-]*)*")


def _titled_start(words: list[str]) -> bool:
    """Does a title open these words (`Kepala`, `Juru bicara`)?"""
    titles = gazetteer().titles
    return words[0].lower() in titles or " ".join(words[:2]).lower() in titles


def _lead_in(before: str, known: Known) -> str | None:
    """The speaker a quote's own lead-in names (`Halimah berjanji, ... "...," ujarnya`): the name at its last
    verb of saying (`Baso mengatakan`, `menurut Baso`), else the person its paragraph opens with (`Panglima TNI
    Jenderal Gatot Nurmantyo hendak ...`), else None (the article's last speaker or subject decides)."""
    if who := _sayer(before, known):
        return who
    sentences = split_sentences(before.strip())
    for sentence in reversed(sentences):  # `Ana Roe, the group's spokeswoman, insisted ...`
        if (said := _IN_PASSING.match(sentence)) and (name := speaker_name(said.group("who"), known)) \
                and _is_person(name):
            return name
    opener = _opener(sentences[0], known)
    if opener or len(sentences) < 2:
        return opener
    return _opener(sentences[-1], known, acting=True)  # `Elise Matthesen found him. "...," she wrote`


# an active verb right after a name (`Leslie juga sempat menyinggung`, `Simmons teed up`; not `Budi ditangkap`)
_ACTS = re.compile(rf"\s+(?:(?:juga|pun|sempat|kemudian|lalu|sudah|telah|masih|also|then|later)\s+)*(?:{ACTIVE_VERB}|"
                   r"[a-z]{2,}ed|found|went|gave|took|made|came|saw|wrote|began|spoke|met|sent|left|got|led|won|lost|"
                   r"kept|held|brought|thought|felt|knew|became|ran|sang|stood|sat)\b")


# a possessive and someone of the person's (`Steenburgen's son`; not `Steenburgen's career`: hers)
_KIN_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:son|daughter|wife|husband|mother|father|mom|dad|brother|sister|parents|"
                     r"family|aunt|uncle|niece|nephew|friend|partner|lawyer|attorney|agent|manager|spokesman|"
                     r"spokeswoman|spokesperson)\b")


def _opener(sentence: str, known: Known, acting: bool = False) -> str | None:
    """The person a sentence opens with, maybe after a fronted phrase when a verb of theirs follows (`Sementara pada
    2014, Leslie juga sempat menyinggung ...`, `Following a performance of "Black Water," Simmons teed up ...`);
    `acting`: only then, also with no fronted phrase."""
    sentence = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)  # not a title in quotes (`“Black Water,”`)
    for i, e in enumerate(_entities(sentence)):
        if _KIN_OF.match(sentence, e.end):
            continue  # `Steenburgen's son, filmmaker Charlie McDowell, ...`: not Steenburgen
        # a person, or the lone name it opens with that the article gives in full (`Andrew doesn't remember ...`)
        if e.type == "person" and (e.titled or " " in e.name or known(e.name)) or not i and e.type == "other" \
                and known(e.name):
            fronted = re.search(r"[,;]", sentence[: e.start]) is not None
            acts = _ACTS.match(sentence, e.end) is not None and (not fronted or sentence[: e.start].rstrip()[-1] == ",")
            return e.name if (acts or not acting) and (acts or not fronted) else None
    return None


# `menurut` and the names after it (`Menurut GM After Sales & PR YIMM M. Abidin perlu ...`)
_ACCORDING_TO = re.compile(r"\b[Mm]enurut\s+((?:[A-Z][\w.'’-]*|&)(?:\s+(?:[A-Z][\w.'’-]*|&))*)")
_STATING = rf"{SAYING}|announced|mengumumkan|menyebut(?:kan)?|mengaku|memastikan|menilai|mengeluhkan"  # (`_subject`)
_SAYS_NEXT = re.compile(rf"(?:\s?,)?(?:\s+(?:pun|juga|kemudian|lalu))?\s+(?:{_STATING})\b")
# a description of the name a paragraph opens with, then a verb of saying (`Kartini, penjual palai bada di kawasan
# Ampang, kota Padang mengatakan ...`; no brackets: not a dateline, `Magelang, Jawa Tengah (ANTARA News) - ...`)
_DESCRIBED_NEXT = re.compile(rf"\s?,\s[^.;:\"“”()]{{1,100}}?\s(?:{_STATING})\b")
_STATES = re.compile(rf"\b(?:{SAYING}|announced|warned|reported|mengumumkan|menyebut(?:kan)?|mengklaim|membantah|"
                     r"menyampaikan|memperingatkan|mengingatkan|mengimbau|meminta|melaporkan|mencatat|memastikan|"
                     r"menilai|merilis)\b")


# a paragraph opened (maybe after a fronted phrase) by a description of someone and a verb of theirs: `Lebih lanjut,
# politisi Partai Gerindra ini mengatakan ...`, `Penyerang berusia 25 tahun tersebut kemudian menepis ...`
_DESCRIBED = (rf"^\W*(?:[^,.;:\"“”]{{1,60}},\s+)?[A-Za-z][a-z]+\s(?:(?!\b(?:{SAYING})\b)[^,.;:\"“”]){{0,80}}?\s"
              rf"(?:itu|ini|tersebut),?\s+(?:(?:juga|pun|kemudian|lalu|sempat|kembali|memang)\s+)*")
_DESCRIBED_SAYS = re.compile(_DESCRIBED + rf"(?:{SAYING}|{ACTIVE_VERB})\b")
# ... right before its quote, with a verb of saying (`Pemuda kelahiran 1996 itu melanjutkan, "...`; not `Keputusan yang
# dibuat oleh Sarah ini menuai pujian dari ..., Logan Araujo. "...`)
_DESCRIBED_SAYING = re.compile(_DESCRIBED + rf"(?:{SAYING})\b")
# a paragraph opened by an office and a body, then a verb (`Panglima TNI membuka ...`)
_OFFICE_OPENS = re.compile(r"\W*([A-Z][\w-]*(?:\s[A-Z][\w-]*){1,3})\s(?=[a-z])")
# a paragraph opened by an office alone and a verb of saying (`Wali Kota mengatakan bahwa ...`)
_ROLE_SAYS = re.compile(rf"\W*([A-Z][\w-]*(?:\s[A-Z][\w-]*){{0,2}})\s(?:juga\s)?(?:{SAYING}|mengaku|menilai)\b")
# speech attributed after it, inside a paragraph (`..., kata Bupati Sleman Sri Purnomo saat melayat`)
_SAID_BY = re.compile(r",\s*(?:kata|ujar|ucap|tutur|ungkap)\s(?=[A-Z]|\w+\s[A-Z])")


_CLAUSE_BREAK = re.compile(r"[,.;–—]|\s-\s")  # where the phrase before a name starts


def _named_body(paragraph: str, name: Mention) -> bool:
    """Is the name a body's, after a lower-case word that heads one (`tim Singo Edan`, `klub Persib`)?"""
    word = paragraph[max(0, name.start - 20) : name.start].split()[-1:]
    return bool(word) and word[0].islower() and word[0].capitalize() in gazetteer().org_heads


def _apposed(paragraph: str, name: Mention) -> bool:
    """A lone name set off by commas after its office: a person (`Hakim tunggal Pengadilan Negeri Jakarta Selatan,
    Kusno, menggugurkan praperadilan ...`)."""
    before = paragraph[max(0, name.start - 90) : name.start].rstrip()
    if not before.endswith(",") or not paragraph[name.end : name.end + 3].lstrip().startswith(","):
        return False
    office = _CLAUSE_BREAK.split(before[:-1])[-1].split()[:3]  # the phrase before the comma: its first words
    titles = gazetteer().titles
    return any(w.lower() in titles for w in office)


def _ends_office(paragraph: str, name: Mention) -> bool:
    """A lone name ending the office a paragraph opens with: a person (`Ketua Bawaslu RI Abhan sebagai Majelis
    Pemeriksa mengatakan ...`; see `_holder_last`)."""
    phrase = paragraph[: name.end]
    return phrase.split()[0].lower() in gazetteer().titles and not _CLAUSE_BREAK.search(phrase) and "(" not in phrase \
        and _holder_last(phrase, _names_inside(phrase))


def _subject(paragraph: str, known: Known, last: str | None = None) -> str | None:
    """Who a following `katanya` refers to: the last speaker when the paragraph opens with them (`Rudy bekerja
    sama dengan Didi Kempot ...`) or with the office it last spoke as (`Wali Kota mengatakan ...`), else its first
    name when a verb of saying follows it (`Bimo pun menegaskan`; opening it, also after a description: `Kartini,
    penjual palai bada di kawasan Ampang, mengatakan`), else the last one it cites (`menurut X`, `..., kata X`) or
    has speak, else the first person it names (a lone `Irfan` counts when the article names him in full elsewhere,
    or when he ends the office the paragraph opens with: `Ketua Bawaslu RI Abhan`), else the organisation it opens
    with (not a body it only mentions: `persoalan pajak Google`, `dana APBD`)."""
    if last and _DESCRIBED_SAYS.match(paragraph):
        return last  # `Mantan Menteri Perhubungan era Presiden X itu, mengatakan ...`: whom it describes, who spoke
    if account := _INTRODUCED_ACCOUNT.search(paragraph):
        return account.group(1)  # `Pendukung klub dengan akun @X membela sang gelandang.`: the post is the account's
    found = _entities(paragraph)
    names = [e for e in found if _usable(e)]
    if last and last in (found[0].name if found else "", names[0].name if names else ""):  # (or a word too: `Indra`)
        return last
    if last and (role := _ROLE_SAYS.match(paragraph)) and role.group(1).lower() in gazetteer().titles:
        return last  # `Wali Kota mengatakan bahwa ...`: the office named before stands for its holder, who spoke
    if names and (_SAYS_NEXT.match(paragraph, names[0].end) or not paragraph[: names[0].start].strip()
                  and _may_be_person(names[0]) and _DESCRIBED_NEXT.match(paragraph, names[0].end)):
        # `Astana Team announced today that Alexander Vinokourov ...`: the team speaks; `Kepala BPBD DKI mengatakan`:
        # the office
        return _office(paragraph, names[0]) or names[0].name
    # the last one the paragraph reports speaking goes on (`Menurut Gibran, sejauh ini persiapan lancar.`, `menurut
    # The Guardian, Macklemore berkata kepada ...`)
    cited = [(m.start(), name) for m in _ACCORDING_TO.finditer(paragraph) if (name := speaker_name(m.group(1), known))]
    # reported speech attributed after it (`Jenazahnya dimakamkan di Ngawi, kata Wali Kota Surakarta FX Hadi
    # Rudyatmo saat melayat ...`): the one it is attributed to, not the names it reports on
    cited += [(m.start(), name) for m in _SAID_BY.finditer(paragraph) if (said := _after(paragraph[m.start():], known))
              and (name := said[1]) and _a_name(name)]
    cited += [(e.start, e.name) for e in names[1:] if _SAYS_NEXT.match(paragraph, e.end) and _may_be_person(e)]
    # and the last speaker saying something under a lone word of their name (`Awi menyebut ...` after `Kombes Pol Awi
    # Setiyono` spoke: not the suspects the sentence before names)
    cited += [(e.start, last) for e in found if last and not _usable(e) and e.name in last.split()
              and _SAYS_NEXT.match(paragraph, e.end)]
    if cited:
        return max(cited)[1]
    people = [e for e in names if (e.type == "person" or " " not in e.name and (
        known(e.name) or _apposed(paragraph, e) or _ends_office(paragraph, e))) and not _named_body(paragraph, e)]
    # a body only as the paragraph's subject, and only when it states something (`KPK menyatakan ...`; not
    # `Akibatnya Persipura banyak melancarkan serangan`, after which the coach's `katanya` goes on)
    orgs = [e for e in names[:1] if e.type == "organization" and _STATES.search(paragraph, e.end)]
    if people:
        return people[0].name
    if orgs:
        return _office(paragraph, orgs[0]) or orgs[0].name
    # no name the reader knows, but one that says something (`RM (...) mengaku tertarik ...`; not an office: `Bupati
    # Poso mengatakan`, `Menag menyebut`; nor a generic speaker: `Warga mengatakan`)
    says = [m.group("who") for m in _SAYS_IN.finditer(paragraph) if m.group("who")]
    name = _sayer(paragraph, known, according=False) if says and not _titled_start(says[-1].split()) else None
    return name if name and not _a_body(name) and not _titled_start(name.split()) \
        and name.lower() not in _GENERIC_SPEAKERS else None
