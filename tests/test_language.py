"""Document language with py3langid: Indonesian (Malay counts as Indonesian), English, others, too short."""

from __future__ import annotations

from warta.lang.language import detect_language


def test_indonesian_and_malay_are_id() -> None:
    assert detect_language("Presiden Rusia Vladimir Putin menerima undangan Kim Jong Un untuk mengunjungi "
                           "Korea Utara, menurut kantor berita pemerintah.") == "id"
    assert detect_language("Kerajaan Malaysia akan meneruskan usaha untuk membantu rakyat yang terjejas "
                           "akibat banjir di negeri Kelantan dan Terengganu.") == "id"


def test_other_languages_and_short_text() -> None:
    assert detect_language("The president accepted the invitation to visit North Korea at a suitable time.") == "en"
    assert detect_language("Der Präsident hat die Einladung angenommen und wird bald nach Nordkorea reisen.") == "de"
    assert detect_language("halo") is None
    assert detect_language("") is None
