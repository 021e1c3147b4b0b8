"""The brief on the bundled example: coverage, citations, only-in facts, quotes, entities."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from warta.brief import make_brief, supports
from warta.brief.align import article_sentences, index_for, negated
from warta.brief.claims import RESTATES, clarity
from warta.brief.entities import story_entities
from warta.brief.quotes import story_quotes
from warta.brief.trim import trim_dateline, trim_opener
from warta.lang.tokens import words
from warta.model import Article, Story


def _story(example_dir: Path, gold: dict) -> Story:
    articles = []
    for name, ann in gold["articles"].items():
        lines = (example_dir / name).read_text(encoding="utf-8").split("\n")
        published = datetime.fromisoformat(ann["published"]) if ann["published"] else None
        articles.append(
            Article(
                id=name.removesuffix(".txt"), source=name, paragraphs=[lines[i - 1] for i in ann["body"]],
                outlet=ann["outlet"], title=ann["title"], published=published,
                published_has_time=published is not None, language="id",
            )
        )
    return Story("putin-kim", articles)


@pytest.fixture(scope="module")
def story(example_dir: Path, gold: dict) -> Story:
    return _story(example_dir, gold)


@pytest.fixture(scope="module")
def brief(story: Story):
    return make_brief(story)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def test_summary_covers_every_key_fact(brief, gold) -> None:
    text = " ".join(c.text for c in brief.summary).lower()
    missing = [f["fact"] for f in gold["story"]["key_facts"] if not any(k in text for k in f["any_of"])]
    assert not missing
    assert 3 <= len(brief.summary) <= 5
    assert sum(len(c.text.split()) for c in brief.summary) <= 120


def test_summary_sentences_are_trimmed_source_sentences(brief, story) -> None:
    for claim in brief.summary:
        assert not re.match(r"^[A-Z .]+,\s*\S+\s*[-–]", claim.text)  # no dateline prefix
        homes = [a.id for a in story.articles if any(_norm(claim.text) == _norm(s) for s in article_sentences(a))]
        assert homes, claim.text


def test_every_citation_is_verified_and_complete(brief, story) -> None:
    by_id = {a.id: a for a in story.articles}
    for claim in brief.summary + brief.agreed + brief.only_in:
        # ONLY articles that say it ...
        assert all(supports(claim.text, by_id[i], story) for i in claim.sources), claim
        # ... and ALL of them, including every article that has the sentence verbatim
        for a in story.articles:
            verbatim = _norm(claim.text) in _norm(a.text)
            if verbatim or supports(claim.text, a, story):
                assert a.id in claim.sources, (a.id, claim.text)
        assert claim.outlets == list(dict.fromkeys(by_id[i].outlet for i in claim.sources))


def test_lead_claim_is_reported_by_all_four(brief, story) -> None:
    lead = brief.summary[0]
    assert "undangan" in lead.text.lower()
    assert set(lead.sources) == {a.id for a in story.articles}
    assert lead.text in [c.text for c in brief.agreed]


def test_a_sentence_of_other_content_is_not_supported(story) -> None:
    kompas = story.articles[0]
    assert not supports("Gempa bermagnitudo 6,2 mengguncang Majene pada dini hari.", kompas, story)


def test_no_agreed_claim_restates_another(brief, story) -> None:
    ix = index_for(story)
    unit = {u.text: i for i, u in enumerate(ix.units)}
    shown = [unit[c.text] for c in brief.agreed]
    assert len(shown) >= 3
    assert all(ix.sim[a, b] < RESTATES for i, a in enumerate(shown) for b in shown[i + 1 :])


@pytest.mark.parametrize(
    ("outlet", "words"),
    [("Tempo.co", ["Peskov"]), ("detikNews", ["Antonov"]), ("Okezone", ["Easley"])],
)
def test_one_outlet_facts_are_in_only_in(brief, outlet, words) -> None:
    hits = [c for c in brief.only_in if all(w in c.text for w in words)]
    assert hits and all(c.outlets == [outlet] and len(c.sources) == 1 for c in hits)


def test_only_in_never_lists_agreed_news(brief) -> None:
    agreed = {c.text for c in brief.agreed}
    assert all(c.text not in agreed and len(c.outlets) == 1 for c in brief.only_in)
    assert len(brief.only_in) <= 8
    assert all(len(c.outlets) >= 2 for c in brief.agreed)


def test_gold_quotes_have_their_speaker(brief, gold) -> None:
    for want in gold["story"]["quotes"]:
        found = [q for q in brief.quotes if want["text_contains"] in q.text]
        assert found, want
        assert found[0].speaker in want["speaker_any_of"], (found[0].speaker, want)
    kcna = next(q for q in brief.quotes if "dengan senang hati" in q.text)
    assert len(kcna.sources) == 4  # merged across outlets, detik prints it without quote marks


@pytest.mark.parametrize(("words", "speaker"), [
    ("tentara dan rakyat Rusia", "Kim Jong Un"),  # `Kim mengatakan kepada Putin: "..."`
    ("persahabatan antara negara-negara kita", "Vladimir Putin"),  # `Putin memuji "..."`
])
def test_detik_quotes_keep_their_speakers(brief, words, speaker) -> None:
    assert next(q for q in brief.quotes if words in q.text).speaker == speaker


def test_gold_aliases_are_merged(brief, story, gold) -> None:
    text = "\n".join(a.text for a in story.articles)
    for group in gold["story"]["entity_aliases"]:
        present = [f for f in group if re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text)]
        owners = {e.name for e in brief.entities for f in present if f == e.name or f in e.aliases}
        assert len(owners) == 1, (group, owners)
    kim = next(e for e in brief.entities if e.name == "Kim Jong Un")
    assert kim.type == "person" and len(kim.sources) == 4
    assert next(e for e in brief.entities if e.name == "Korea Utara").type == "place"


def test_headline_is_a_source_title(brief, story) -> None:
    assert brief.headline in {a.title for a in story.articles if a.title}


def test_brief_is_deterministic(story) -> None:
    copy = Story(story.id, [Article(**{f: getattr(a, f) for f in a.__slots__}) for a in story.articles])
    one, two = make_brief(story), make_brief(copy)
    assert [(c.text, c.sources) for c in one.summary] == [(c.text, c.sources) for c in two.summary]
    assert one.quotes == two.quotes and one.entities == two.entities


def test_length_caps_summary_sentences(story) -> None:
    assert len(make_brief(story, length=2).summary) == 2


def test_near_copy_is_not_another_witness(story) -> None:
    kompas = story.articles[0]
    copy = Article(id="copy", source="copy", paragraphs=list(kompas.paragraphs), outlet="Portal Salin",
                   near_copy_of=kompas.id, language="id")
    brief = make_brief(Story("with-copy", [*story.articles, copy]))
    rockets = next(c for c in brief.only_in if "rudal balistik" in c.text)
    assert set(rockets.sources) == {kompas.id, "copy"} and rockets.outlets == ["Kompas.com"]


def one_paragraph(i: str, outlet: str, text: str, language: str = "id", **meta: object) -> Article:
    """An article of one hand-written paragraph."""
    return Article(id=i, source=i, paragraphs=[text], outlet=outlet, language=language, **meta)  # type: ignore[arg-type]


def test_english_story() -> None:
    def art(i: str, outlet: str, text: str) -> Article:
        return one_paragraph(i, outlet, text, language="en")

    story = Story("en", [
        art("a", "Wire A", "LONDON - A fire at a warehouse in Leeds killed three workers on Monday, police said. "
            "The blaze started in the early morning. Firefighters needed six hours to bring it under control."),
        art("b", "Paper B", "Three workers died when a fire swept through a Leeds warehouse on Monday, according "
            "to police. The owner said the building had passed an inspection last year."),
    ])
    brief = make_brief(story)
    assert set(brief.summary[0].sources) == {"a", "b"}
    assert brief.summary[0].text.startswith("A fire")
    assert any("inspection" in c.text and c.sources == ["b"] for c in brief.only_in)


def test_a_bare_quotation_is_left_to_the_quotes() -> None:
    """An outlet's quotation alone, its speaker named before it, is no claim an editor can place: it is a quote."""
    story = Story("final", [
        one_paragraph("a", "Harian A", "Kiper Juventus Gianluigi Buffon mengakui Real Madrid layak juara Liga "
                      "Champions. Buffon menyebut timnya kehilangan arah di babak kedua. \"Kami tak memanfaatkan "
                      "keuntungan yang ada di lapangan. Sungguh mengecewakan.\""),
        one_paragraph("b", "Harian B", "Real Madrid juara Liga Champions setelah mengalahkan Juventus 4-1 di Cardiff. "
                      "Cristiano Ronaldo mencetak dua gol pada laga final itu."),
    ])  # fmt: skip
    brief = make_brief(story)
    assert brief.only_in and not any(c.text.startswith('"') for c in brief.only_in)
    assert any(q.text.startswith("Kami tak memanfaatkan") for q in brief.quotes)


def test_a_sentence_announcing_what_follows_is_no_news() -> None:
    """`Berikut ... merangkum ...:` introduces a list; it states nothing an outlet alone reports."""
    story = Story("vaksin", [
        Article(id="a", source="a", outlet="Harian A", language="id", paragraphs=[
            "Presiden menerima suntikan vaksin pertama di Istana Merdeka pada Rabu pagi.",
            "Berikut redaksi merangkum sejumlah hal dari vaksinasi perdana yang disiarkan dari Istana itu:",
            "Presiden lebih dulu menjalani pemeriksaan tekanan darah oleh dokter kepresidenan."]),
        one_paragraph("b", "Harian B", "Presiden menerima suntikan vaksin pertama di Istana Merdeka, Rabu pagi. "
                      "Menteri Kesehatan ikut divaksin setelah Presiden bersama sejumlah tokoh agama."),
    ])  # fmt: skip
    only = [c.text for c in make_brief(story).only_in]
    assert any("tekanan darah" in t for t in only) and not any(t.rstrip().endswith(":") for t in only)


def test_summary_dates_the_happening() -> None:
    def art(i: str, outlet: str, text: str) -> Article:
        return one_paragraph(i, outlet, text, published=datetime(2024, 1, 5, 9, 0), published_has_time=True)

    story = Story("banjir", [
        art("a", "Harian A", "Banjir besar merendam ratusan rumah warga di Kecamatan Sukamaju. "
            "Warga mengungsi ke balai desa sejak sore."),
        art("b", "Harian B", "Banjir besar merendam ratusan rumah warga di Kecamatan Sukamaju pada Kamis (4/1/2024). "
            "Bupati meninjau lokasi banjir bersama camat setempat."),
    ])
    brief = make_brief(story)
    dated = [c for c in brief.summary if "4/1/2024" in c.text]
    assert dated and all(supports(dated[0].text, a, story) for a in story.articles if a.id in dated[0].sources)


def test_a_denial_is_supported_only_by_a_denial() -> None:
    """Shared words are not agreement when one outlet denies what another asserts ("not only" denies nothing)."""
    denial = "Djadjang Nurdjaman tidak mundur dari jabatannya sebagai pelatih Persib Bandung."
    story = Story("pelatih", [
        one_paragraph("a", "Harian A", denial),
        one_paragraph("b", "Harian B", "Djadjang Nurdjaman menyatakan mundur dari jabatannya sebagai pelatih Persib."),
        one_paragraph("c", "Harian C", "Pelatih Persib Bandung Djadjang Nurdjaman tidak mundur dari jabatannya."),
        one_paragraph("d", "Harian D", "Djadjang tidak hanya melatih Persib Bandung, ia juga membina pemain."),
    ])
    a, b, c, d = story.articles
    assert supports(denial, a, story) and supports(denial, c, story) and not supports(denial, b, story)
    assert negated(words(d.paragraphs[0])) == frozenset() and negated(words("tak akan pernah mundur")) == {"mundur"}
    claim = next(x for x in make_brief(story).summary + make_brief(story).agreed if "tidak mundur" in x.text)
    assert "b" not in claim.sources


def test_a_speaker_with_a_body_glued_on_is_the_person_the_story_names() -> None:
    said = ('"Elektabilitas partai baru masih di bawah satu persen menurut survei kami," kata Peneliti LSI Rully Akbar '
            "di Jakarta.")
    a = one_paragraph("a", "Harian A", said)
    b = Article("b", "x", ["Rully Akbar menyebut survei digelar pada 7 hingga 14 Januari di 34 provinsi.",
                           "Menurut Rully Akbar, partai baru sulit menembus ambang batas."], outlet="Harian B")
    assert [q.speaker for q in make_brief(Story("survei", [a, b])).quotes] == ["Rully Akbar"]


def test_a_quotes_today_is_the_day_the_sentence_writes_out() -> None:
    said = '"Hari ini pelatih tidak hadir dalam latihan bersama tim," ujar Irfan kepada wartawan, Selasa (6/6).'
    story = Story("latihan", [one_paragraph("a", "Harian A", said, published=datetime(2017, 6, 7, 16, 0))])
    assert [e.date for e in make_brief(story).timeline] == ["2017-06-06"]


def test_a_quotes_tomorrow_is_a_plan_not_a_happening() -> None:
    text = ('Timnas U-22 menang 3-0 atas Mongolia di Bangkok, Rabu (19/7/2017). "Kami harus menang lagi besok melawan '
            'tuan rumah," kata pelatih Luis Milla kepada wartawan.')
    story = Story("timnas", [one_paragraph("a", "Harian A", text, published=datetime(2017, 7, 21, 8, 0))])
    assert [e.date for e in make_brief(story).timeline] == ["2017-07-19"]


def test_the_day_a_text_was_quoted_is_no_happening() -> None:
    text = ("Pengadilan Niaga Semarang menyatakan perusahaan tekstil itu pailit pada Senin (21/10/2024). "
            '"Menyatakan termohon pailit dengan segala akibat hukumnya," bunyi putusan itu, dikutip Kamis '
            "(24/10/2024). Dilansir portalberita.com dari kantor berita, Jumat (25/10), ribuan buruh menunggu "
            "kepastian gaji.")
    story = Story("pailit", [one_paragraph("a", "Harian A", text, published=datetime(2024, 10, 25, 9, 0))])
    assert [e.date for e in make_brief(story).timeline] == ["2024-10-21"]


def test_sharing_names_is_not_saying_the_same() -> None:
    """A citation needs a fact word in common, not only the long name of who did something."""
    visit = "Wakil Duta Besar Amerika Serikat Erin Elizabeth McKee, Senin (23/10), mendatangi Kementerian Luar Negeri."
    rest = " Panglima TNI Gatot Nurmantyo batal terbang ke Washington pada Sabtu malam. Menlu meminta penjelasan."
    story = Story("dubes", [
        one_paragraph("a", "Harian A", visit + rest),
        one_paragraph("b", "Harian B", "Sebelumnya, Wakil Duta Besar Amerika Serikat Erin Elizabeth McKee telah "
                      "memastikan Gatot bisa masuk." + rest),
        one_paragraph("c", "Harian C", "Wakil Duta Besar Amerika Serikat Erin Elizabeth McKee mendatangi "
                      "Kementerian Luar Negeri pada Senin (23/10)." + rest),
        one_paragraph("d", "Harian D", "Panglima TNI Gatot Nurmantyo ditolak masuk Amerika Serikat." + rest),
    ])
    a, b, c, _ = story.articles
    assert supports(visit, a, story) and supports(visit, c, story) and not supports(visit, b, story)
    cited = [x for x in make_brief(story).summary if "mendatangi" in x.text]
    assert cited and "b" not in cited[0].sources


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("MOSKWA, KOMPAS.com - Presiden Rusia Vladimir Putin menerima", "Presiden Rusia Vladimir Putin menerima"),
        ("TEMPO.CO, Jakarta - Pemimpin Korea Utara Kim Jong Un", "Pemimpin Korea Utara Kim Jong Un"),
        ("Jakarta - Polisi menangkap dua orang pelaku", "Polisi menangkap dua orang pelaku"),
        ("JAKARTA, KOMPAS.com – Polisi menangkap dua orang", "Polisi menangkap dua orang"),
        ("JAKARTA (ANTARA) - Polisi menangkap dua orang", "Polisi menangkap dua orang"),
        ("JAKARTA (Pos Kota) –Wakil Duta Besar AS mendatangi Kemenlu", "Wakil Duta Besar AS mendatangi Kemenlu"),
        ("JAKARTA (Pos Kota) -Dirjen Amerika Eropa belum tahu alasannya", "Dirjen Amerika Eropa belum tahu alasannya"),
        ("Laga Persib (kiri) -Persija berakhir imbang", "Laga Persib (kiri) -Persija berakhir imbang"),
        ("Kim Jong Un –Putin bertemu di sana kemarin", "Kim Jong Un –Putin bertemu di sana kemarin"),
        ("Kim Jong Un - Putin bertemu di sana kemarin", "Kim Jong Un - Putin bertemu di sana kemarin"),
        ("TRIBUN-MEDAN.COM – Beginilah nasib puluhan pendaki", "Beginilah nasib puluhan pendaki"),
        ("BANDUNG, iNewsPemalang.id - Tabrakan maut terjadi pagi tadi", "Tabrakan maut terjadi pagi tadi"),
        ("jfid – Gunung Marapi meletus pada Minggu sore", "Gunung Marapi meletus pada Minggu sore"),
        ("dan – Gunung itu meletus lagi kemarin sore", "dan – Gunung itu meletus lagi kemarin sore"),
        ("Jenazah akan dimakamkan di Ngawi. (det/wis)", "Jenazah akan dimakamkan di Ngawi."),
        ("Tim asal Kota Soto itu naik ke peringkat 10. (top / pra)", "Tim asal Kota Soto itu naik ke peringkat 10."),
        ("Yusof Ishak menjabat tahun 1965 - 1970. (* / win)", "Yusof Ishak menjabat tahun 1965 - 1970."),
        ("Foto itu diunggah pada Senin (14/8/2017). (embun)", "Foto itu diunggah pada Senin (14/8/2017)."),
        ("Ia tertawa lepas di depan wartawan (Hahaha)", "Ia tertawa lepas di depan wartawan (Hahaha)"),
        ("KABARKITA.COMPolisi menangkap dua orang pelaku", "Polisi menangkap dua orang pelaku"),
        ("SKOR.idJonatan Christie keluar sebagai juara tunggal", "Jonatan Christie keluar sebagai juara tunggal"),
        ("WHO.INT menyebut kasus naik", "WHO.INT menyebut kasus naik"),
        ("Skor akhir laga itu 2-1 (babak pertama 1/0)", "Skor akhir laga itu 2-1 (babak pertama 1/0)"),
    ],
)
def test_trim_dateline(raw: str, want: str) -> None:
    assert trim_dateline(raw) == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Seperti diketahui, ledakan terjadi pada pukul 10.28 Wita.", "Ledakan terjadi pada pukul 10.28 Wita."),
        ("Kabar terbaru, Mantan PM Jepang Shinzo Abe meninggal dunia.", "Mantan PM Jepang Shinzo Abe meninggal dunia."),
        ("Sementara itu, “kami belum tahu jumlah korbannya,” kata Kapolres.", "“kami belum tahu jumlah korbannya,” "
         "kata Kapolres."),
        ("Sebelumnya, gempa mengguncang wilayah Majene pada Jumat dini hari.",  # the marker dates it: kept
         "Sebelumnya, gempa mengguncang wilayah Majene pada Jumat dini hari."),
        ("Seperti diberitakan sebelumnya, OSO dilaporkan ke Bareskrim pada Senin.", "OSO dilaporkan ke Bareskrim pada "
         "Senin."),
        ("Namun, ia menolak.", "Namun, ia menolak."),  # too little would remain
    ],
)
def test_trim_opener(raw: str, want: str) -> None:
    assert trim_opener(raw) == want


def test_a_claim_is_shown_without_the_marker_that_tied_it_to_its_neighbour() -> None:
    story = Story("bom", [
        one_paragraph("a", "Harian A", "Bom meledak di depan gerbang gereja katedral pada Minggu pagi. Sementara itu, "
                      "polisi menyatakan bahwa pelaku bom bunuh diri berjumlah dua orang."),
        one_paragraph("b", "Harian B", "Bom meledak di depan gerbang gereja katedral, Minggu pagi. Jemaat yang "
                      "sedang mengikuti misa berlarian keluar dari gereja."),
    ])  # fmt: skip
    brief = make_brief(story)
    shown = next(c for c in brief.summary + brief.agreed if "pelaku bom bunuh diri" in c.text)
    assert shown.text.startswith("Polisi") and shown.sources == ["a"] and supports(shown.text, story.articles[0], story)


def test_clarity_marks_fragments() -> None:
    plain = clarity("Gunung Marapi di Sumatera Barat meletus pada Minggu sore.")
    assert clarity('Kami akan terus mencari para pendaki," ujar Kepala Basarnas.') < plain  # a quote's tail
    assert clarity("untuk meletakkan senjata mereka dan pulang ke keluarga.") < plain  # cut from its sentence
    assert clarity('"Kami akan terus mencari para pendaki," ujar Kepala Basarnas.') > clarity(
        'Kami akan terus mencari para pendaki," ujar Kepala Basarnas.')
    assert clarity("Beginilah nasib puluhan pendaki yang terjebak di Gunung Marapi.") < plain  # points ahead
    assert clarity("Atau setidaknya begitulah deskripsi yang muncul dalam karya populer.") < plain  # leans back
    assert clarity("Sebaliknya, kereta dari arah Padalarang melaju dengan tujuan akhir Cicalengka.") < plain
    assert clarity("Hanya saja baru terjadi fenomena alam yang bisa dibilang ajaib di sana.") < plain  # "however"
    assert clarity("Sebab, aturan itu disebut bertentangan dengan undang-undang yang lebih tinggi.") < plain
    assert clarity("Belum lagi, dari segi harga sepatu ini jauh lebih mahal dari versi sebelumnya.") < plain
    assert clarity("Ya, kecuali embel-embel nama tambahan yang menempel pada produk tersebut.") < plain
    assert clarity("Menurut Martinus, Sudewo dan tim kuasa hukumnya hanya duduk-duduk di ruang SPK.") < plain
    assert clarity("Febri menyebut pemeriksaan ini seharusnya dijadikan ruang klarifikasi oleh saksi.") < plain
    assert clarity("Antara lain, Menteri Kesehatan, Kapolri dan Panglima TNI yang ikut hadir.") < plain  # a list's tail
    assert clarity("Hari ini, Kamis (24/2/2022), pasukan Rusia menyerang Ukraina dari utara.") == plain  # no antecedent
    assert clarity("Sebelum disuntik, ia terlebih dahulu dicek tekanan darah dan suhu tubuhnya.") < plain  # who is ia?
    assert clarity("Sebelum disuntik, Presiden terlebih dahulu dicek tekanan darah dan suhu tubuhnya.") == plain
    assert clarity("Karena dia memutuskan menerima undangan Panitia Khusus Angket DPR.") < plain  # the reason for what?
    assert clarity("Karena hujan deras sejak pagi, jalan menuju lokasi ditutup sementara.") == plain


def test_sentence_that_leans_back_follows_its_antecedent() -> None:
    art = Article(id="a", source="a", outlet="Harian A", language="id", paragraphs=[
        "Gunung Marapi di Sumatera Barat meletus pada Minggu sore dan menyemburkan abu setinggi tiga kilometer. "
        "Hal itu membuat 75 pendaki terjebak di sekitar puncak gunung. "
        "Tim gabungan mengevakuasi 49 pendaki pada Minggu malam dengan selamat. "
        "Cuaca buruk menghambat pencarian sebelas pendaki lainnya hingga Senin."])
    texts = [c.text for c in make_brief(Story("s", [art]), length=2).summary]
    assert texts[0].startswith("Gunung Marapi") and texts[1].startswith("Hal itu")


@pytest.mark.parametrize(
    ("text", "orphan"),
    [
        ("Pasangan Indonesia tersebut akan menghadapi ganda putra Malaysia di final.", True),
        ("Eks kapten Timnas Indonesia ini menyebut anak asuhnya tampil penuh motivasi.", True),
        ("Sehingga menurutnya satu poin di Bandung adalah hasil terbaik.", True),
        ("Karena dia memutuskan menerima undangan Panitia Khusus Angket KPK.", True),
        ("Atau setidaknya begitulah deskripsi yang muncul dalam karya-karya populer.", True),
        ("Dalam perkara tersebut, pihak pemohon adalah PT Indo Bharat Rayon.", False),  # a fronted phrase
        ("Presiden Joko Widodo mengatakan hal itu di Istana Merdeka.", False),  # a verb before the demonstrative
        ("Hari ini Presiden meresmikan jalan tol di Semarang.", False),  # a time, not a referent
        ("Karena hujan deras sejak pagi, jalan menuju lokasi ditutup.", False),  # the reason is given
        ("Meskipun inflasi tahun ini terjaga, bank sentral menahan suku bunga.", False),  # a time inside, then a clause
    ],
)
def test_a_sentence_whose_subject_is_the_one_before_it(text: str, orphan: bool) -> None:
    from warta.brief.claims import refers_back

    assert refers_back(text) is orphan


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Meski demikian, bank sentral akan merespons lewat kebijakan makroprudensial.", True),
        ("Meskipun inflasi terjaga, bank sentral menegaskan ruang pelonggaran sempit.", False),  # a whole sentence
        ("Kendati kalah di kandang, tim tamu tetap lolos ke babak berikutnya.", False),
        ("Menurut Agus, hal ini dipengaruhi rencana kenaikan suku bunga di Amerika Serikat.", True),
        ("Menurut Agus, harga cabai naik karena pasokan dari Jawa Tengah berkurang.", False),
        ("Salah satunya polisi menemukan sepeda motor curian di rumah tersangka.", True),
        ("Salah satu korban dibawa ke rumah sakit terdekat.", False),
    ],
)
def test_a_sentence_that_needs_the_one_before_it(text: str, leans: bool) -> None:
    from warta.brief.claims import leans_back

    assert leans_back(text) is leans


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Sesaat sebelum bom meledak, Uskup Agung Makassar sempat memimpin misa di gereja Katolik tersebut.", True),
        ("Kepala Humas Polda mengatakan pesawat latih jenis Viper itu dilaporkan jatuh sekitar pukul 08.30.", True),
        ("Polisi menangkap pelaku pencurian motor, dan pelaku tersebut kini ditahan di Polres.", False),  # named first
        ("Saat itu, jalan tol lancar dan cuaca cerah.", False),  # a time
        ("Gelaran misa, menurut dia, diadakan dengan protokol kesehatan sehingga jamaah tidak banyak.", True),  # who?
        ("Setelah itu, tim SAR melanjutkan pencarian ke arah puncak.", False),  # a function word
        ("Presiden Joko Widodo mengatakan hal itu di Istana Merdeka.", False),  # `hal itu` opens or is said
    ],
)
def test_a_sentence_that_points_at_a_thing_named_before(text: str, points: bool) -> None:
    from warta.brief.claims import points_back

    assert points_back(text) is points


def test_devset_a_sentence_pointing_back_follows_what_it_points_at(devset: Path) -> None:
    """`Akibat tabrakan kereta api tersebut, ...` is shown right after the sentence that tells of the collision, not
    after a quotation about the timetable."""
    from warta import extract, read

    paths = sorted((devset / "articles").glob("d03_*.txt"))
    summary = [c.text for c in make_brief(Story("d03", list(extract(read(paths))))).summary]
    at = next(k for k, s in enumerate(summary) if s.startswith("Akibat tabrakan kereta api tersebut"))
    assert at > 0 and "Tabrakan" in summary[at - 1], summary


def test_a_relative_day_is_resolved_against_its_articles_publication() -> None:
    """`Hari ini` and `kemarin sore` get the day they stand for, from the publication of the article shown; a text
    that writes its day out (`besok, Rabu (13/9/17)`) needs none."""
    from warta.brief.claims import relative_day

    published = datetime(2017, 9, 14, 9, 30)
    assert relative_day("Hari ini, Halimah Yacob akan dilantik sebagai Presiden Singapura.", published).date \
        == "2017-09-14"
    found = relative_day("Ipda Zasmi ditemukan tewas di samping masjid sekolah polisi, kemarin sore.", published)
    assert found is not None and (found.words, found.date) == ("kemarin", "2017-09-13")
    assert relative_day("Rencananya besok, Rabu (13/9/17), Halimah Yacob akan dilantik.", published) is None
    # said or written before it was published: the day it counts from is not the publication's
    assert relative_day("Anshor mengatakan, dirinya baru tahu saat berada di Bandara Soekarno - Hatta, kemarin.",
                        published) is None
    assert relative_day("Nana mengatakan putranya mengabarkan kepada ibunya akan pulang ke Bandung hari ini.",
                        published) is None
    assert relative_day("Hari ini, Halimah Yacob akan dilantik sebagai Presiden Singapura.", None) is None
    story = Story("s", [
        one_paragraph("a", "Harian A", "Hari ini, Halimah Yacob akan dilantik sebagai Presiden Singapura di Istana.",
                      published=published),
        one_paragraph("b", "Portal B", "Halimah Yacob akan dilantik sebagai Presiden Singapura di Istana, Kamis.",
                      published=published),
    ])
    shown = [c for c in make_brief(story).summary if c.text.startswith("Hari ini")]
    assert all(c.when is not None and c.when.date == "2017-09-14" for c in shown)


def test_shared_pairs_are_what_several_outlets_write() -> None:
    from warta.brief.align import SentenceIndex
    from warta.brief.summary import shared_pairs

    arts = [Article(id=i, source=i, outlet=o, language="id", paragraphs=[t]) for i, o, t in [
        ("a", "Harian A", "Sebanyak 41 orang tewas dalam kebakaran Lapas Tangerang pada Rabu dini hari."),
        ("b", "Portal B", "Kebakaran Lapas Tangerang menewaskan 41 orang narapidana pada Rabu."),
        ("c", "Harian A", "Sebanyak 41 orang tewas, kata petugas pemadam kebakaran kota itu."),
    ]]
    ix = SentenceIndex(Story("s", arts))
    held, value = shared_pairs(ix, np.arange(len(ix.units)))
    assert held.shape == (3, len(value)) and set(value) == {2.0}  # "41 orang", "lapas tangerang", ...
    assert held[0].sum() >= 3 and held[2].sum() == 1  # c shares "41 orang" with b; "orang tewas" only with a


@pytest.mark.parametrize(("one", "two"), [("Persib", "Persiba"), ("Persikab", "Persikabo")])  # in the gazetteer, not
def test_two_clubs_a_letter_apart_and_a_body_glued_to_a_name_stay_apart(one: str, two: str) -> None:
    story = Story("persib", [
        one_paragraph("a", "Harian A", f"{one} menjamu {two} pada Minggu. {one} menang 2-0 "
                      f"atas {two}. Media Officer {one} Irfan Suryadiredja mengatakan tim siap."),
        one_paragraph("b", "Harian B", f"{one} mengalahkan {two} di Bandung. Irfan Suryadiredja memastikan "
                      f"pelatih hadir dalam latihan {one}. Menurut Irfan Suryadiredja, tim siap."),
    ])
    names = {e.name: [e.name, *e.aliases] for e in make_brief(story).entities}
    clubs = [forms for forms in names.values() if one in forms or two in forms]
    assert len(clubs) == 2 and not any(one in forms and two in forms for forms in clubs)
    assert "Irfan Suryadiredja" in names and not any(n.startswith(f"{one} Irfan") for n in names)


def test_a_story_too_short_for_claims_still_has_a_headline() -> None:
    brief = make_brief(Story("pendek", [one_paragraph("a", "Harian A", "Tidak lengkap sama sekali")]))
    assert brief.summary == [] and brief.headline == "Tidak lengkap sama sekali"


def test_devset_summaries_open_with_a_statement_and_tell_something(devset: Path) -> None:
    """Over the devset's 20 events: no summary opens with a quotation when it holds a plain statement, and no
    summary sentence is a teaser that only announces what an article will tell."""
    import json

    from warta import extract, read

    events: dict[str, list[Path]] = {}
    for line in (devset / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["event"]:
            events.setdefault(rec["event"], []).append(devset / "articles" / f"{rec['id']}.txt")
    teaser = re.compile(r"\b(?:membeberkan|mengungkap|berikut|inilah|begini)\s+(?:penyebab|kronologi)\b", re.I)
    for event, paths in sorted(events.items()):
        summary = [c.text for c in make_brief(Story(event, list(extract(read(paths))))).summary]
        assert summary, event
        assert not summary[0].startswith(('"', "“")) or all(s.startswith(('"', "“")) for s in summary), event
        assert not any(teaser.search(s) for s in summary), (event, summary)


def test_a_line_up_or_a_title_case_headline_is_no_claim() -> None:
    text = ("De Gea; Valencia, Lindelof, Smalling, Darmian; Pogba, Matic, Herrera; Lingard, Mkhitaryan, Lukaku. "
            "Hasil Studi: Gaji Messi Terlalu Tinggi. "
            "WD: Misaki Matsutomo/Ayaka Takahashi (JPN) vs Kim Ha-na/Kong Hee-yong (KOR) 21-18, 21-16. "
            "Real Madrid menjuarai Piala Super Eropa setelah mengalahkan Manchester United.")
    story = Story("x", [one_paragraph("a", "Harian A", text)])
    assert [u.text for u in index_for(story).units] == [
        "Real Madrid menjuarai Piala Super Eropa setelah mengalahkan Manchester United."]


def test_a_call_to_follow_the_outlet_glued_to_the_text_is_no_claim() -> None:
    text = ("Lokasi ibu kota baru berada di sebagian Kabupaten Penajam Paser Utara, Kalimantan Timur. "
            "Cek Berita dan Artikel yang lain di Google News")
    story = Story("x", [one_paragraph("a", "Harian A", text)])
    assert [u.text[:6] for u in index_for(story).units] == ["Lokasi"]
    text = ("Lokasi ibu kota baru berada di sebagian Kabupaten Penajam Paser Utara, Kalimantan Timur. "
            "( Baca : Jokowi Umumkan Ibu Kota Baru di Kalimantan Timur )")  # a related-article link as a sentence
    story = Story("x", [one_paragraph("a", "Harian A", text)])
    assert [u.text[:6] for u in index_for(story).units] == ["Lokasi"]


def test_a_place_named_after_a_club_is_not_the_club() -> None:
    story = Story("juve", [
        one_paragraph("a", "Harian A", "Juventus kalah dari Real Madrid di Juventus Stadium pada Sabtu malam."),
        one_paragraph("b", "Harian B", "Juventus tumbang di kandang sendiri, Juventus Stadium, Sabtu malam."),
    ])
    names = {e.name: e.aliases for e in make_brief(story).entities}
    assert "Juventus" not in names.get("Juventus Stadium", [])


def test_a_dateline_is_nobody_who_speaks() -> None:
    art = Article("a", "a.txt", [
        "Magelang, Jawa Tengah (ANTARA News) - Kepala Staf Angkatan Darat (KSAD) Jenderal TNI Mulyono mengatakan "
        "pasukan TNI menangani kelompok bersenjata di Papua dengan cara persuasif.",
        "\"Kita melakukan pendekatan dengan cara persuasif, jadi tidak menggunakan cara kekerasan,\" katanya usai "
        "meresmikan prasasti di Akademi Militer Magelang, Sabtu.",
    ], outlet="Antara")
    assert [q.speaker for q in story_quotes(Story("s", [art]))] == ["Mulyono"]


def test_a_short_quote_is_not_merged_into_another_speakers_longer_one() -> None:
    """`Kalau di tempat tugasnya tidak ada masalah ...` has one content term (`tugas`), which another man's quote
    also holds: two quotes, each with its speaker."""
    story = Story("s", [
        one_paragraph("a", "Harian A", '"Kalau di tempat tugasnya tidak ada masalah. Kalau soal lain, saya belum '
                      'tahu," kata Nana, ibu korban.'),
        one_paragraph("b", "Portal B", '"Konflik terkait dengan tugasnya tidak ada masalah selama enam bulan di '
                      'operasi itu," kata Kapolda Abdul Rahman Baso.'),
    ])
    assert sorted(q.speaker or "" for q in story_quotes(story)) == ["Abdul Rahman Baso", "Nana"]


def test_a_sentence_about_the_one_before_it_is_not_listed_alone() -> None:
    """`Ia diduga menggunakan senjata rakitan` is only one outlet's, but who is `ia` without the sentence before?"""
    story = Story("abe", [
        one_paragraph("a", "Harian A", "Mantan PM Jepang Shinzo Abe meninggal dunia setelah ditembak di Nara. Pelaku "
                      "penembakan ditangkap di lokasi kejadian. Ia diduga menggunakan senjata rakitan untuk aksinya."),
        one_paragraph("b", "Portal B", "Mantan PM Jepang Shinzo Abe meninggal dunia setelah ditembak saat berkampanye "
                      "di Nara. Polisi masih memeriksa motif pelaku penembakan itu."),
    ])
    only = [c.text for c in make_brief(story).only_in]
    assert only and not any(t.startswith("Ia ") for t in only)


def test_a_short_quotation_nobody_says_is_no_quote() -> None:
    """A film's title in quote marks is no speech; a long quotation with no speaker named is kept."""
    text = ('Film "Santa Perawan Maria Diangkat ke Surga" diputar di Jakarta. '
            '"Kami akan terus memutar film ini di seluruh bioskop sampai akhir bulan depan."')
    story = Story("s", [one_paragraph("a", "Harian A", text)])
    assert [q.text[:4] for q in story_quotes(story)] == ["Kami"]


def test_a_date_is_shown_by_a_sentence_that_stands_on_its_own() -> None:
    text = ("Pemerintah memutuskan memindahkan ibu kota ke Kalimantan Timur. Hal itu disampaikan Jokowi dalam "
            "konferensi pers di Istana Negara, Senin (26/8/2019). Presiden Jokowi mengumumkan lokasi ibu kota baru "
            "di Istana Negara, Senin (26/8/2019).")
    story = Story("ibu-kota", [one_paragraph("a", "Harian A", text, published=datetime(2019, 8, 26, 15, 0))])
    assert [e.text[:14] for e in make_brief(story).timeline] == ["Presiden Jokow"]  # not "Hal itu disampaikan"


@pytest.mark.parametrize(
    ("sentences", "want"),
    [
        (  # neither a sentence that leans back nor a quote leads
            ["Kemudian, Uskup Agung Jakarta dan Ketua Panitia Kunjungan Apostolik ikut menyambut di bandara.",
             "“Kami bersyukur beliau tiba dengan selamat di Jakarta,” kata Ketua Panitia.",
             "Paus Fransiskus tiba di Bandara Soekarno-Hatta pada Selasa siang dengan pesawat komersial."],
            ["Paus Frans", "Kemudian, ", "“Kami bers"],
        ),
        (  # the statement moved to the lead takes the sentence that leans on it along
            ["“Kami bersyukur beliau tiba dengan selamat di Jakarta,” kata Ketua Panitia Kunjungan Apostolik.",
             "Paus Fransiskus tiba di Bandara Soekarno-Hatta pada Selasa siang dengan pesawat komersial.",
             "Kemudian, Uskup Agung Jakarta dan Menteri Agama ikut menyambut Paus di bandara itu."],
            ["Paus Frans", "Kemudian, ", "“Kami bers"],
        ),
        (  # who said what the sentence before quoted does not lead either
            ["Demikian dikatakan Wali Kota Solo usai melayat di rumah sakit tempat sang penyanyi meninggal dunia.",
             "Jenazah penyanyi campursari itu akan dimakamkan di Ngawi pada Selasa sore."],
            ["Jenazah pe", "Demikian d"],
        ),
    ],
)
def test_a_plain_statement_leads_the_summary(sentences: list[str], want: list[str]) -> None:
    from warta.brief.claims import group_claims
    from warta.brief.summary import statement_first

    art = Article(id="a", source="a", outlet="Harian A", language="id", paragraphs=[" ".join(sentences)])
    ix = index_for(Story("s", [art]))
    assert [ix.units[g.rep].text[:10] for g in statement_first(ix, group_claims(ix))] == want


def test_a_date_is_shown_by_a_statement_before_a_quotation() -> None:
    text = ('"Kami minta semua pihak menahan diri sampai sidang selesai," kata kuasa hukum, Selasa (7/11/2017). '
            "Penyidik KPK menetapkan tersangka baru kasus korupsi KTP elektronik pada Selasa (7/11/2017) di Jakarta.")
    story = Story("ktp", [one_paragraph("a", "Harian A", text, published=datetime(2017, 11, 7, 18, 0))])
    assert [e.text[:14] for e in make_brief(story).timeline] == ["Penyidik KPK m"]


def test_a_date_is_shown_by_a_statement_even_when_a_quotation_is_better_supported() -> None:
    quote = '"Enggak terasa sama sekali," kata Jokowi sambil tertawa saat penyuntikan perdana, Rabu (13/1/2021). '
    story = Story("vaksin", [
        one_paragraph("a", "Harian A", quote + "Program vaksinasi corona resmi dimulai Rabu (13/1/2021) setelah "
                      "Presiden Jokowi disuntik vaksin Sinovac di Istana.", published=datetime(2021, 1, 13, 12, 0)),
        one_paragraph("b", "Portal B", quote + "Vaksin buatan Sinovac itu disuntikkan oleh dokter kepresidenan di "
                      "Istana Merdeka.", published=datetime(2021, 1, 13, 13, 0)),
    ])
    [entry] = make_brief(story).timeline
    assert entry.text.startswith("Program vaksinasi")


def test_a_speaker_named_with_a_title_that_is_also_a_name_is_the_person() -> None:
    """`ujar Hakim Teguh` is the judge the story names Teguh Harianto (`Hakim` is a title, and a given name too)."""
    story = Story("vonis", [
        one_paragraph("a", "Harian A", "Majelis hakim yang dipimpin Teguh Harianto memperberat vonis terdakwa "
                      "menjadi 20 tahun penjara. \"Menjatuhkan pidana penjara selama 20 tahun,\" kata Teguh Harianto."),
        one_paragraph("b", "Harian B", "Pengadilan tinggi memperberat vonis terdakwa menjadi 20 tahun penjara. "
                      "\"Menghukum uang pengganti Rp 420 miliar,\" ujar Hakim Teguh di ruang sidang."),
    ])  # fmt: skip
    speakers = {q.text[:10]: q.speaker for q in make_brief(story).quotes}
    assert speakers.get("Menghukum ") == "Teguh Harianto"


def test_a_sentence_whose_subject_is_the_one_before_is_chosen_only_after_it() -> None:
    """`Hal itu berkaitan dengan ...` is about a sentence the summary does not show: left out, though both outlets
    write it."""
    tail = "Hal itu berkaitan dengan rencana pemindahan ibu kota dari Jakarta ke Kalimantan Timur."
    story = Story("ibu-kota", [
        one_paragraph("a", "Harian A", "Presiden Joko Widodo mengumumkan lokasi ibu kota baru di Kalimantan Timur. "
                      "Gubernur DKI Jakarta Anies Baswedan tampak murung selama konferensi pers. " + tail),
        one_paragraph("b", "Portal B", "Presiden Joko Widodo mengumumkan ibu kota baru berada di Kalimantan Timur. "
                      "Sejumlah pejabat daerah ikut hadir di Istana Negara pada Senin siang. " + tail),
    ])
    texts = [c.text for c in make_brief(story, length=2).summary]
    assert len(texts) == 2 and not any(t.startswith("Hal itu") for t in texts)


def test_the_happening_is_dated_once_not_told_again_by_each_outlet() -> None:
    """Each outlet's lede restates the eruption with its date in its own words; once one is in the summary, the
    others make way for what else the outlets report."""
    def art(i: str, outlet: str, text: str) -> Article:
        return one_paragraph(i, outlet, text, published=datetime(2023, 12, 3, 20, 0), published_has_time=True)

    story = Story("marapi", [
        art("a", "Harian A", "Gunung Marapi di Sumatera Barat meletus pada Minggu (3/12/2023) sekitar pukul 14.54 WIB "
            "dengan kolom abu setinggi tiga kilometer. Sebanyak 75 pendaki tercatat naik sejak Sabtu melalui dua "
            "pintu masuk. Tim SAR gabungan mengevakuasi 49 pendaki hingga Minggu malam. Status gunung itu tetap "
            "Level II atau Waspada menurut PVMBG."),
        art("b", "Harian B", "Gunung Marapi yang terletak di Kabupaten Agam dan Tanah Datar mengalami erupsi pada "
            "Minggu, 3 Desember 2023, pukul 14.54 WIB. Tim SAR gabungan sudah mengevakuasi 49 pendaki hingga Minggu "
            "malam. Sebanyak 75 pendaki naik sejak Sabtu melalui pintu masuk Batu Palano dan Koto Baru."),
        art("c", "Harian C", "Erupsi Gunung Marapi terjadi pada Minggu (3/12/2023) sore dan menyemburkan abu "
            "vulkanik ke sejumlah nagari di sekitarnya. Status Gunung Marapi masih Level II atau Waspada, kata "
            "petugas PVMBG. Warga diminta memakai masker karena hujan abu turun hingga malam."),
    ])
    summary = make_brief(story).summary
    assert len(summary) >= 4
    assert sum("3/12/2023" in c.text or "3 Desember 2023" in c.text for c in summary) == 1


def test_a_person_named_once_and_quoted_is_listed() -> None:
    """A name written once behind a title the rules cannot read is no evident entity; being quoted makes it one.
    A quoted account (`@...`) is not listed as a person."""
    text = [
        "Kepala Seksi Operasi, Pemeliharaan, dan Pengawasan Balai Wilayah Sungai Citarum Rudi Hartawan menuturkan "
        "pintu air Katulampa akan dibuka bertahap mulai Senin pagi.",
        '"Kami minta warga di bantaran sungai waspada karena debit air masih tinggi," ujar dia.',
        'Seorang warga lewat akun @banjir_info menulis, "Air sudah masuk rumah sejak subuh."',
    ]
    story = Story("s", [Article("a", "a.txt", text, outlet="Contoh", language="id")])
    assert "Rudi Hartawan" not in [e.name for e in story_entities(index_for(story))[0]]  # one mention, no title read
    brief = make_brief(story)
    assert any(q.speaker == "Rudi Hartawan" for q in brief.quotes)
    people = [e for e in brief.entities if e.type == "person"]
    assert [e.name for e in people].count("Rudi Hartawan") == 1 and all(e.sources == ["a"] for e in people)
    assert not any(e.name.startswith("@") for e in brief.entities)


def test_a_speaker_label_drops_the_body_glued_before_the_name() -> None:
    """The entity reader glues a body to the person after it (`Kementerian ESDM Sujatmiko`, `NBA Kobe Bryant`, `Jasa
    Marga Dwimawan Heru`, where the story writes `Pihak Jasa Marga` on its own): the quote is the person's (IndoSum)."""
    def speakers(*paragraphs: str) -> list[str | None]:
        art = Article("a", "a.txt", list(paragraphs), outlet="Harian A", language="id")
        return [q.speaker for q in make_brief(Story("s", [art])).quotes]

    assert speakers(
        "Kepala Biro Komunikasi Layanan Informasi dan Kerja Sama Kementerian ESDM Sujatmiko mengatakan , ruginya "
        "berbagai investasi smelter ini berasal imbas dari anjloknya harga nikel dunia .",
        '" Harga nikel sangat rendah sehingga membuat smelter merugi , sehingga ada smelter yang terpaksa berhenti '
        'berproduksi , " ujarnya .',
    ) == ["Sujatmiko"]
    assert speakers(
        "Legenda basket NBA Kobe Bryant kembali memuji kualitas luar biasa Lionel Messi .",
        "“ Saya tetap mencintai AC Milan dan Barcelona , meski mereka tidak menggunakan citra saya , ” kata Bryant .",
    ) == ["Kobe Bryant"]
    assert speakers(
        "Menurut Kepala Humas Jasa Marga Dwimawan Heru , Senin ( 26 / 6 ) , pukul 07.00 WIB kepadatan sudah lebih dari "
        "1 Km .",
        "Pihak Jasa Marga dan kepolisian Bogor pun mengambil langkah antisipasi guna mengurai kemacetan .",
        '" Kondisi antrean di Gerbang Tol Ciawi mulai ramai . Sudah di atas 1 Km , " demikian penjelasan Dwimawan .',
    ) == ["Dwimawan Heru"]
