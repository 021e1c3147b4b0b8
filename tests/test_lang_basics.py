"""Sentence splitting and tokens on Indonesian news text (sentences from the example articles)."""

from __future__ import annotations

from pathlib import Path

from warta.lang.sentences import split_sentences
from warta.lang.tokens import content_terms, stem, tokenize


def test_abbreviations_initials_numbers_and_times_do_not_split() -> None:
    text = (
        "Presiden ke-3 RI B. J. Habibie dimakamkan di TMP Kalibata, Jl. Raya Kalibata No. 1, pukul 14.00 WIB. "
        "Sebanyak 2.000 warga mengungsi. Gempa bermagnitudo 6,2 terjadi."
    )
    assert split_sentences(text) == [
        "Presiden ke-3 RI B. J. Habibie dimakamkan di TMP Kalibata, Jl. Raya Kalibata No. 1, pukul 14.00 WIB.",
        "Sebanyak 2.000 warga mengungsi.",
        "Gempa bermagnitudo 6,2 terjadi.",
    ]


def test_titles_of_clergy_and_acting_officials_do_not_split() -> None:
    text = ("Turut hadir Ketua KWI Mgr. Antonius Subianto Bunyamin dan Plt. Kepala Dinas Kesehatan dr. Rina. "
            "Ibadah dipimpin Pdt. Gomar Gultom.")
    assert split_sentences(text) == [
        "Turut hadir Ketua KWI Mgr. Antonius Subianto Bunyamin dan Plt. Kepala Dinas Kesehatan dr. Rina.",
        "Ibadah dipimpin Pdt. Gomar Gultom.",
    ]


def test_sentences_glued_without_a_space_are_two_but_codes_and_domains_stay_whole() -> None:
    text = ("Abe dinyatakan meninggal pada pukul 17.03 waktu setempat.Melalui konferensi pers, dokter menjelaskan "
            "penyebabnya. Putusan PN.Niaga.Smg dibacakan Prof.Dr. Budi di Jakarta, kata Semartara.News hari ini.")
    assert split_sentences(text) == [
        "Abe dinyatakan meninggal pada pukul 17.03 waktu setempat.",
        "Melalui konferensi pers, dokter menjelaskan penyebabnya.",
        "Putusan PN.Niaga.Smg dibacakan Prof.Dr. Budi di Jakarta, kata Semartara.News hari ini.",
    ]


def test_an_english_rank_before_a_name_ends_no_sentence_but_an_indonesian_word_does() -> None:
    text = "A court martial found Army Spc. Charles Graner guilty. Itu mutasi gen. Selain itu ada sen. Lalu pergi."
    assert split_sentences(text) == [
        "A court martial found Army Spc. Charles Graner guilty.", "Itu mutasi gen.", "Selain itu ada sen.",
        "Lalu pergi.",
    ]


def test_an_english_month_or_department_abbreviation_ends_no_sentence() -> None:
    text = ("Officials said a scheduled Dec. 15 tariff would be delayed. The plan, said Sales Dept. Head Rina Wati, "
            "was set last week. It ends in December. Talks resume in Oct. 2020.")
    assert split_sentences(text) == [
        "Officials said a scheduled Dec. 15 tariff would be delayed.",
        "The plan, said Sales Dept. Head Rina Wati, was set last week.", "It ends in December.",
        "Talks resume in Oct. 2020.",
    ]


def test_quote_with_speech_tag_is_one_sentence(example_dir: Path) -> None:
    line = (example_dir / "002_29c8b5c4ec59e6d1.txt").read_text(encoding="utf-8").split("\n")[5]
    assert split_sentences(line) == [line.strip()]


def test_quotation_of_several_sentences_stays_whole_when_it_closes() -> None:
    text = "“Saya kecewa. Saya bersahabat dengan dia,” kata Gatot. Ia lalu pergi. Dia berkata \"tidak. Lalu pergi."
    assert split_sentences(text) == [
        "“Saya kecewa. Saya bersahabat dengan dia,” kata Gatot.",
        "Ia lalu pergi.",
        'Dia berkata "tidak.',  # never closed: the mark does not hold the paragraph together
        "Lalu pergi.",
    ]


def test_paragraph_of_the_example_splits_into_its_sentences(example_dir: Path) -> None:
    line = (example_dir / "002_29c8b5c4ec59e6d1.txt").read_text(encoding="utf-8").split("\n")[13]
    sents = split_sentences(line)
    assert len(sents) == 3
    assert sents[1].startswith("Menteri Pertahanan Sergei Shoigu")


def test_tokens_keep_news_units_whole() -> None:
    toks = tokenize("Kim Jong-un membayar Rp13.500 pada Kamis (14/9/2023), 24 orang luka-luka, M6,2.")
    for unit in ("Jong-un", "Rp13.500", "14/9/2023", "luka-luka", "6,2"):
        assert unit in toks


def test_content_terms_drop_stopwords_and_stem() -> None:
    terms = content_terms("Putin menerima undangan tersebut dengan senang hati")
    assert "terima" in terms and "undang" in terms
    assert "tersebut" not in terms and "dengan" not in terms
    assert stem("pembicaraan") == "bicara" and stem("dilaporkan") == "lapor"


def test_a_quotation_opened_and_closed_with_different_marks_stays_whole() -> None:
    text = ('" Saya tidak memaksanya ikut. Saya hanya bilang jalannya aman, ternyata tidak. Saya salah, ” ujarnya. '
            "Polisi masih menyelidiki kecelakaan itu.")
    assert split_sentences(text) == [
        '" Saya tidak memaksanya ikut. Saya hanya bilang jalannya aman, ternyata tidak. Saya salah, ” ujarnya.',
        "Polisi masih menyelidiki kecelakaan itu.",
    ]
    curly = "“ Kami siap. Semua sudah dilatih, \" kata Budi. Latihan dimulai Senin."
    assert split_sentences(curly) == ["“ Kami siap. Semua sudah dilatih, \" kata Budi.", "Latihan dimulai Senin."]
