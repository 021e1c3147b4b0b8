"""Quote finding on hand-written paragraphs: speech verbs before and after, katanya/lanjutnya."""

from __future__ import annotations

import pytest

from warta.lang.quotes import find_quotes, speaker_name


def test_speaker_after_the_quote_and_anaphora() -> None:
    quotes = find_quotes([
        '"Kami akan memperbaiki jembatan itu dalam dua minggu ke depan," kata Kepala Dinas PU Ahmad Fauzi, Senin.',
        '"Anggarannya sudah tersedia dari dana darurat provinsi," lanjutnya.',
    ])
    assert [q.speaker for q in quotes] == ["Ahmad Fauzi", "Ahmad Fauzi"]
    assert quotes[0].text.startswith("Kami akan memperbaiki")


def test_speaker_before_the_quote() -> None:
    quotes = find_quotes(['Sementara itu, juru bicara Rina Wati mengatakan: "Pelaku sudah kami tangkap semalam."'])
    assert quotes[0].speaker == "Rina Wati"


def test_a_name_set_off_by_commas_after_its_office_is_whom_ujarnya_means() -> None:
    """`Hakim tunggal ..., Kusno, menggugurkan praperadilan yang diajukan Setya Novanto`: the judge speaks next."""
    quotes = find_quotes([
        "Hakim tunggal Pengadilan Negeri Jakarta Selatan, Kusno, menggugurkan praperadilan yang diajukan Setya "
        "Novanto, Kamis.",
        '"Menetapkan permohonan praperadilan yang diajukan pemohon dinyatakan gugur," ujarnya.',
    ])
    assert [q.speaker for q in quotes] == ["Kusno"]


def test_new_person_between_quotes_takes_over_katanya() -> None:
    quotes = find_quotes([
        '"Semua warga sudah dievakuasi ke tempat aman," ujar Camat Budi Hartono.',
        "Sementara itu, Gubernur Siti Aminah meninjau lokasi pengungsian pada sore hari.",
        '"Bantuan logistik akan datang besok pagi dari ibu kota provinsi," katanya.',
    ])
    assert [q.speaker for q in quotes] == ["Budi Hartono", "Siti Aminah"]


def test_scare_quotes_are_not_quotes() -> None:
    assert find_quotes(['Ia menyebut hasil itu "cukup jelas" bagi semua pihak.']) == []


def test_speaker_name_prefers_people_then_organisations() -> None:
    assert speaker_name("kantor berita Korea Utara KCNA") == "KCNA"
    assert speaker_name("dia") is None


def test_short_name_that_is_a_dictionary_word_is_a_speaker() -> None:
    # "Kim" is also an Indonesian word; the article's full name "Kim Jong Un" makes it a name here
    quotes = find_quotes([
        "Pemimpin Korea Utara Kim Jong Un tiba dengan kereta khusus.",
        'Usai makan malam, Kim mengatakan kepada tuan rumah: "Kami akan terus mendukung sahabat kami di mana pun."',
    ])
    assert [q.speaker for q in quotes] == ["Kim"]
    assert speaker_name("Kim") is None  # without the article's full name it stays a common word


def test_verb_with_a_quoted_object_names_the_speaker() -> None:
    quotes = find_quotes(['Sementara Gubernur Siti Aminah memuji "kerja keras seluruh relawan di lapangan", kemarin.'])
    assert [q.speaker for q in quotes] == ["Siti Aminah"]


def test_katanya_after_a_paragraph_refers_to_its_person_not_a_league_it_names() -> None:
    paragraphs = [
        "Media officer Persib, Irfan Suryadiredja, mengatakan pelatih tidak hadir dalam latihan.",
        "Irfan juga belum bisa memastikan apakah pelatih akan mendampingi tim di lanjutan Gojek Traveloka Liga 1.",
        '"Yang pasti kita ingin memastikan program latihan tetap berjalan seperti biasa," ucapnya.',
    ]
    assert [q.speaker for q in find_quotes(paragraphs)] == ["Irfan"]


def test_an_organisation_does_not_say_saya() -> None:
    paragraphs = [
        '"Saya tidak pernah bertemu dia di luar rapat resmi," kata Komisi Pemberantasan Korupsi.',
        '"Kami akan memeriksa semua saksi pekan depan," kata Komisi Pemberantasan Korupsi.',
        '"Saya tidak pernah bertemu dia di luar rapat resmi," kata Aris Budiman.',
    ]
    assert [q.speaker for q in find_quotes(paragraphs)] == [None, "Komisi Pemberantasan Korupsi", "Aris Budiman"]


@pytest.mark.parametrize(("para", "speaker"), [
    # the holder's name after the role, before "kepada ..." or with an initial
    ('"Bukan Djanur yang ingin mundur," ujar Media Officer Persib, Irfan Suryadireja kepada Bola.net, Selasa.',
     "Irfan Suryadireja"),
    ('"Ketiga pemain ini memperkuat tim," ucap Komisaris PT Persib Bandung Bermartabat, Kuswara S. Taryono, Kamis.',
     "Kuswara S. Taryono"),
    ('"Mereka sudah positif untuk bergabung dengan tim," Kuswara menjelaskan.', "Kuswara"),  # name, then verb
    ('"Kami harus menambah pertandingan melawan tim kuat," ujar pelatih Timnas U-19, Indra Sjafri.', "Indra Sjafri"),
])
def test_who_speaks_after_the_quote(para: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes([para])] == [speaker]


def test_a_description_of_the_last_speaker_is_not_the_club_it_names() -> None:
    paras = ['"Indonesia harus bermain dengan taktik yang kuat," kata Sergio van Dijk.',
             '"Mungkin mereka bisa mendapat hasil bagus," tambah pemain yang kini memperkuat Persib Bandung itu.']
    assert [q.speaker for q in find_quotes(paras)] == ["Sergio van Dijk", "Sergio van Dijk"]


def test_katanya_after_a_paragraph_that_still_reports_someone_is_not_a_person_it_names() -> None:
    paras = ["Pesawat milik Perkasa Flight School itu, menurut dia, diawaki oleh Kapten Victor Chachon.",
             '"Tidak ada korban jiwa, kedua awak pesawat hanya mengalami luka," katanya.']
    assert [q.speaker for q in find_quotes(paras)] != ["Victor Chachon"]


def test_a_short_scare_quote_does_not_open_a_long_one() -> None:
    para = ('Jan Egeland called the rich nations "stingy" by making small contributions. He later said the aid was '
            '"very generous and quick to arrive in the region".')
    assert [q.text for q in find_quotes([para])] == ["very generous and quick to arrive in the region"]


def test_english_speaker_with_a_description_before_said() -> None:
    para = ('"Two hours after the earthquake, the wave is spreading out from the Bay of Bengal," Thorne Lay, professor '
            "of earth sciences at the University of California, Santa Cruz said.")
    assert [q.speaker for q in find_quotes([para])] == ["Thorne Lay"]


def test_katanya_refers_to_whom_the_quotes_own_lead_in_names() -> None:
    paragraphs = [
        "Departemen Pemilu Singapura tidak menjelaskan alasan penolakan empat kandidat lainnya.",
        "Halimah berjanji, kelak kalau memerintah, dia akan memberikan pelayanan terbaik. “Saya berjanji untuk "
        "melayani masyarakat Singapura dan itu tidak berubah,” ujarnya.",
        "Mengenai sosok Ipda Zasmi, Baso mengatakan, almarhum adalah sosok yang baik. “Konflik terkait dengan "
        "tugasnya tidak ada masalah selama enam bulan,” terangnya.",
        "Panglima TNI Jenderal Gatot Nurmantyo hendak memenuhi undangan itu. “Iya diundang langsung oleh Pemerintah "
        "Amerika Serikat terkait acara itu,” tegasnya.",
    ]
    speakers = [q.speaker for q in find_quotes(paragraphs)]
    assert speakers[0] == "Halimah"  # not the department of the paragraph before
    assert speakers[1] == "Baso"  # the one who says it, not the one it is about
    assert speakers[2] is not None and "Nurmantyo" in speakers[2]  # the person the paragraph opens with, not TNI


def test_a_paragraph_opening_with_ia_introduces_nobody_new() -> None:
    quotes = find_quotes([
        "“Saya harap tidak ada perubahan,” kata Deddy Mizwar di Bandung.",
        "Ia berharap, Rakernas ke-3 PAN bisa memutuskan dukungan kepada dirinya untuk ikut dalam Pilgub Jabar.",
        "“Mudah-mudahan bisa mengambil keputusan yang baik, apapun keputusannya,” ujarnya.",
    ])
    assert [q.speaker for q in quotes] == ["Deddy Mizwar", "Deddy Mizwar"]  # not PAN, named in the paragraph between


def test_a_lead_in_speaker_is_read_with_the_titles_before_it() -> None:
    quotes = find_quotes(["Wakil Ketua Dokter Kepresidenan Abdul Muthalib mengatakan, proses vaksinasi dilakukan "
                          "seperti penyuntikan biasa. \"Setelah itu prosedur biasa baru disuntik,\" ujar dia."])
    assert [q.speaker for q in quotes] == ["Abdul Muthalib"]  # not "Kepresidenan Abdul Muthalib"


def test_a_role_alone_is_the_speaker_and_capitalised_dalam_goes_on() -> None:
    quotes = find_quotes([
        "Menpora pun berharap momentum positif Timnas Indonesia ini bisa dilanjutkan ke laga terakhir.",
        "“Jangan pernah berpuas atas kemenangan yang diraih saat ini,” ujar Menpora kepada wartawan.",
        "“Kami bekerja erat dengan mitra kami untuk menyelidiki jaringan itu,” kata Wakil Menteri Dalam Negeri "
        "Abdelsalam Ashour.",
    ])
    assert [q.speaker for q in quotes] == ["Menpora", "Abdelsalam Ashour"]  # not Timnas Indonesia, not the title


def test_an_unnamed_source_is_nobody_named_before() -> None:
    quotes = find_quotes([
        "Kepolisian Inggris menangkap tiga pria di selatan Manchester pada Selasa malam.",
        '"Dia sudah lama ingin membalas dendam atas kematian temannya," kata sumber yang enggan disebut namanya.',
        '"Kami tengah memeriksa rekaman kamera di sekitar rumahnya," ujar salah seorang sumber dari kepolisian.',
    ])
    assert [q.speaker for q in quotes] == [None, None]  # not Manchester, not Kepolisian Inggris


def test_a_paragraph_with_only_a_scare_quote_still_introduces_the_speaker() -> None:
    quotes = find_quotes([
        "Badai menghantam pesisir Queensland antara Bowen dan Pantai Airlie pada Selasa sore.",
        'Angin mereda, tetapi Biro Meteorologi masih memperingatkan hujan "sangat deras" di pesisir utara.',
        '"Hujan ini sangat mungkin berujung pada luapan sungai pekan ini," kata lembaga tersebut.',
    ])
    assert [q.speaker for q in quotes] == ["Biro Meteorologi"]  # not Pantai Airlie, a beach


def test_a_paragraph_that_opens_with_the_last_speaker_keeps_them_speaking() -> None:
    quotes = find_quotes([
        "Wali Kota Rudy mengaku sangat dekat dengan mendiang Didi Kempot dan keluarganya.",
        '"Beliau orang yang sangat rendah hati dan dekat dengan warga," katanya.',
        'Belum lama ini Rudy bekerja sama dengan Didi Kempot merilis lagu berjudul "Ojo Mudik" untuk perantau.',
        '"Saya kemarin sore juga masih bertelepon dengan beliau soal rekaman," katanya.',
    ])
    assert [q.speaker for q in quotes] == ["Rudy", "Rudy"]  # the song's title does not make Didi Kempot speak


def test_a_pronoun_saying_the_quote_is_the_person_before_it() -> None:
    quotes = find_quotes([
        "Michael Rasmussen kept the yellow jersey after the stage in the Pyrenees.",
        'Rasmussen did better than some expected. Afterwards he said: "I thought I had a fair chance today."',
    ])
    assert [q.speaker for q in quotes] == ["Rasmussen"]  # the sentence before the pronoun, not "Afterwards"


def test_the_name_a_verb_of_saying_follows_is_the_subject() -> None:
    quotes = find_quotes([
        "Astana Team announced today that Alexander Vinokourov failed a blood test after the time trial.",
        '"Vino has tested positive, and the team is leaving the Tour immediately," the statement read.',
        "Kapolda Jawa Barat Anton Charliyan mengatakan, penyelidik mengajukan 22 pertanyaan kepada Rizieq.",
        "Di sisi lain, Rizieq berkata akan bersikap kooperatif kepada kepolisian terkait perkara tersebut.",
        '"Kalau memang dibutuhkan, saya siap untuk datang lagi ke sini," tuturnya.',
    ])
    assert [q.speaker for q in quotes] == ["Astana Team", "Rizieq"]


def test_the_person_named_after_a_role_speaks_not_the_body_in_the_role() -> None:
    quotes = find_quotes([
        '"Kasusnya masih kami selidiki," kata Kepala Bidang Humas Polda Jawa Tengah, Kombes Raden Budi Hartono Saputro'
        " di Semarang, Kamis (25/1/2018).",
        '"Barang bukti sudah kami sita dari rumah tersangka," kata Kanit I Ditnarkoba Polda Bengkulu, AKP Agus Wibowo'
        " kepada wartawan.",
        '"Dia tidak pernah meminta izin kepada manajemen," ujar agen Peter Butler, Edy Susanto saat dihubungi.',
    ])
    # not Polda Jawa Tengah (the rank, a noble title and three names ran past the appositive's reach), not the
    # unit read as a person, not the client the agent speaks for
    assert [q.speaker for q in quotes] == ["Budi Hartono Saputro", "Agus Wibowo", "Edy Susanto"]


def test_a_name_before_the_comma_is_the_speaker_and_the_role_after_it_is_not() -> None:
    quotes = find_quotes([
        '"Kondisinya sudah membaik sejak kemarin sore," kata Erwin, manajer Sheila Andini, Minggu (14/5).',
        '"Seratus narapidana memenuhi syarat tahun ini," ujar Syarpani, Kasubag Publikasi Humas Ditjen Pemasyarakatan'
        ", dalam keterangan tertulis.",
        '"Kami sudah menyiapkan dua ribu personel," kata Kompol Yoga Hadi Setiawan, Kapolsek Dukuh Pakis.',
    ])
    assert [q.speaker for q in quotes] == ["Erwin", "Syarpani", "Yoga Hadi Setiawan"]


def test_the_name_before_a_relative_clause_speaks() -> None:
    quotes = find_quotes([
        '"Ibu saya dan seluruh keluarga saya, kita berhasil!" kata Stormzy yang mengalahkan Ed Sheeran, Liam Gallagher'
        ", dan Loyle Carner.",
        '"Saya masih di luar negeri dan mama di Belitung," kata Fifi yang juga kuasa hukum Ahok ini.',
    ])
    assert [q.speaker for q in quotes] == ["Stormzy", "Fifi"]


def test_a_middle_initial_does_not_end_the_speakers_name() -> None:
    quotes = find_quotes([
        '"Warna laut itu seakan tak berujung," kata William M. Balch, peneliti dari sebuah laboratorium di Maine.',
        '"Kami mewaspadai semua kelompok," kata Kapolri Jenderal Polisi M. Tito Karnavian.',
    ])
    assert [q.speaker for q in quotes] == ["William M. Balch", "Tito Karnavian"]  # not "William", not "Polisi ..."


def test_katanya_goes_back_to_whom_the_paragraph_cites_or_has_speak() -> None:
    quotes = find_quotes([
        "Jelang pernikahan putri Presiden Joko Widodo, Gibran Rakabuming Raka membocorkan persiapan acara itu. "
        "Menurut Gibran, sejauh ini persiapan berjalan sesuai rencana.",
        '"Sejauh ini lancar-lancar saja, hanya pengamanannya lebih ketat," katanya.',
        "Merespons kontroversi itu, menurut The Guardian, Macklemore berkata kepada sebuah radio bahwa ia akan tampil.",
        '"Saya mendapat banyak cuitan dari pria yang marah di Australia," katanya.',
    ])
    assert [q.speaker for q in quotes] == ["Gibran", "Macklemore"]  # not the president, not the newspaper


def test_a_known_persons_short_name_may_say_saya() -> None:
    quotes = find_quotes(['"Kalau saya katakan anda PKI, anda bisa tuntut saya kan," tambah JK.'])
    assert [q.speaker for q in quotes] == ["JK"]  # its capitals do not make it a body


def test_an_account_speaks_not_its_platform() -> None:
    quotes = find_quotes([
        '"Ibu dan bayinya sudah dievakuasi ke rumah sakit terdekat," tulis akun Twitter TMC Polda Metro Jaya.',
        '"Senang bisa bertemu kalian besok di Seoul," tulis aktor itu melalui akun Twitter-nya.',
    ])
    assert [q.speaker for q in quotes][0] == "TMC Polda Metro Jaya"
    assert quotes[1].speaker != "Twitter"


def test_a_body_the_paragraph_only_mentions_does_not_go_on_speaking() -> None:
    quotes = find_quotes([
        "Lebih lanjut, Robert berharap persoalan pajak Google ini bisa selesai secepatnya.",
        '"Kami di pajak ini tidak mau ribut karena ini urusannya dunia juga," ujarnya.',
    ])
    assert quotes[0].speaker != "Google"


def test_katanya_skips_a_body_that_only_acts_in_the_paragraph_before() -> None:
    """A team that attacks is no speaker: `katanya` goes back to the coach, not to `Persipura`."""
    quotes = find_quotes([
        '" Kami bersyukur dengan kemenangan hari ini, " kata pelatih Persib Djadjang Nurdjaman seusai laga.',
        "Akibatnya Persipura banyak melancarkan serangan dari sektor kiri penyerangannya.",
        '" Memang, itu juga kami pikirkan. Boaz adalah pemain yang bagus dan berbahaya, " katanya.',
    ])
    assert [q.speaker for q in quotes] == ["Djadjang Nurdjaman", "Djadjang Nurdjaman"]


def test_katanya_goes_back_to_whom_reported_speech_is_attributed_not_whom_it_names() -> None:
    paras = [
        "Jenazah pelukis Slamet Raharjo akan dimakamkan di Magelang, kata Bupati Sleman Sri Purnomo saat melayat di "
        "rumah duka, tempat Slamet Raharjo meninggal dunia pada Senin pagi.",
        '"Dari rumah duka jenazah dibawa ke masjid dulu, setelah itu langsung ke Magelang," katanya.',
        "Bupati mengatakan bahwa warga Sleman kehilangan seniman yang rendah hati dengan wafatnya Slamet Raharjo.",
        '"Beliau tidak pernah menolak diundang ke acara kampung, sekecil apa pun acaranya," katanya.',
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Sri Purnomo", "Sri Purnomo"]


def test_the_holder_of_an_office_whose_name_holds_commas_speaks() -> None:
    para = ('"Sebanyak 1.200 warga mengungsi ke balai desa," kata Kepala Pusat Data, Informasi, dan Komunikasi '
            "Kebencanaan BNPB Raditya Jati dalam siaran pers.")
    assert [q.speaker for q in find_quotes([para])] == ["Raditya Jati"]


def test_a_documents_words_have_no_speaker() -> None:
    paras = [
        "Kuasa hukum perusahaan, Budi Santoso, menolak berkomentar soal putusan itu.",
        '"Menyatakan termohon pailit dengan segala akibat hukumnya," demikian bunyi petitum perkara tersebut.',
    ]
    assert [q.speaker for q in find_quotes(paras)] == [None]


def test_the_channel_a_speaker_uses_is_not_the_speaker() -> None:
    paras = ["Aktris Marsha Timothy meraih penghargaan aktris terbaik di Festival Film Sitges, Spanyol.",
             '"Saya sangat bangga menerima penghargaan ini bersama seluruh kru film," tulis Marsha melalui akun '
             "Instagram miliknya, Minggu (15/10)."]
    assert [q.speaker for q in find_quotes(paras)] == ["Marsha"]


def test_an_honorifics_period_does_not_end_the_speakers_name() -> None:
    paras = ['"Banyak pasien mengira bahan katun saja sudah cukup untuk mencegah infeksi," kata Dr. Shieva Ghofrany.']
    assert [q.speaker for q in find_quotes(paras)] == ["Shieva Ghofrany"]


def test_an_office_alone_speaks_as_the_person_the_article_named_with_it() -> None:
    paras = [
        "Presiden Joko Widodo meresmikan jalan tol Bakauheni-Terbanggi Besar di Lampung Selatan, Jumat (8/3).",
        '"Dua atau tiga bulan lalu saya masih mendengar ada pembebasan lahan yang belum selesai," kata Presiden.',
    ]
    assert [q.speaker for q in find_quotes(paras)] == ["Joko Widodo"]


@pytest.mark.parametrize("verb", ["sambung", "timpal", "jawab", "beber"])
def test_more_verbs_of_saying_after_the_quote(verb: str) -> None:
    paras = ['"Persiapan tim sudah matang, tinggal menunggu hari pertandingan saja," kata Budi Santoso.',
             f'"Kami tidak akan meremehkan lawan di laga nanti," {verb} Sumardji kepada wartawan.']
    assert [q.speaker for q in find_quotes(paras)] == ["Budi Santoso", "Sumardji"]


def test_a_second_quote_in_the_paragraph_goes_on_with_its_speaker() -> None:
    para = ('"Hasil rukyatul hilal di seluruh Indonesia akan dimusyawarahkan dalam sidang isbat," terang Amin di '
            'Jakarta, Minggu (20/8). "Ada tujuh puluh lokasi pengamatan hilal yang tersebar di seluruh Indonesia," '
            "sambungnya.")
    assert [q.speaker for q in find_quotes([para])] == ["Amin", "Amin"]


def test_a_tweet_is_its_accounts_and_another_tweet_is_nobodys_named() -> None:
    quotes = find_quotes([
        '"Nonton cuplikannya malah bikin geli, beda jauh sama bukunya," cuit pemilik akun @pembaca_dilan.',
        '"Logat Sundanya hilang entah ke mana di film ini," cuit lainnya.',
    ])
    assert [q.speaker for q in quotes] == ["@pembaca_dilan", None]


def test_katanya_after_an_unnamed_source_is_not_the_last_named_speaker() -> None:
    quotes = find_quotes([
        '"Militer dan polisi menyerang balik para penyerang itu," kata Panglima Min Aung Hlaing dalam pernyataannya.',
        "Menurut salah seorang warga di Maungdaw, suara letusan senjata terdengar sepanjang malam.",
        '"Kami tidak berani keluar rumah sampai pagi," ujarnya.',
    ])
    assert [q.speaker for q in quotes] == ["Min Aung Hlaing", None]


def test_whom_the_speaker_talks_about_does_not_speak() -> None:
    quotes = find_quotes(['"Dia seperti bayi kecil yang sangat pendiam," kata Levine tentang Dusty Rose, putrinya.'])
    assert quotes[0].speaker == "Levine"


def test_a_member_of_a_group_is_not_the_group() -> None:
    quotes = find_quotes(['"Saya bisa jadi suamimu kelak," kata sang personel Backstreet Boys, menurut penuturannya.'])
    assert quotes[0].speaker is None


def test_a_lone_name_the_stemmer_reads_as_a_word_still_speaks() -> None:
    """`Rohan` stems to the root `roh`; as the whole attribution it is a name."""
    quotes = find_quotes(['"Dana nasabah aman dan akan kami kembalikan seluruhnya," ujar Rohan.'])
    assert quotes[0].speaker == "Rohan"


def test_harap_is_a_verb_of_saying() -> None:
    quotes = find_quotes([
        '"Saksi itu sudah mengembalikan uangnya kepada negara," kata pengacaranya, Ali Rahman.',
        '"Kita berharap saksi yang lain melakukan hal yang sama," harap juru bicara KPK Febri Diansyah.',
    ])
    assert [q.speaker for q in quotes] == ["Ali Rahman", "Febri Diansyah"]


def test_english_attributions_with_an_appositive_an_audience_or_a_pronoun() -> None:
    quotes = find_quotes([
        'Sean McCormack, a spokesman for the State Department, said "we support the demand for their safe return."',
        'Marie Fatayi-Williams told the BBC: "My son was a good man who loved this city very much."',
        '"The jury obviously had a great deal of difficulty coming to a decision," he said.',
    ])
    assert [q.speaker for q in quotes] == ["Sean McCormack", "Marie Fatayi-Williams", "Marie Fatayi-Williams"]


def test_a_bare_quote_right_after_an_attributed_one_goes_on_with_its_speaker() -> None:
    quotes = find_quotes([
        '"You have betrayed this country that gave you every chance," said judge Astill. "You will serve a long '
        'sentence for what you planned."',
    ])
    assert [q.speaker for q in quotes] == ["Astill", "Astill"]


def test_a_description_that_goes_on_speaking_is_the_last_speaker_not_a_name_in_it() -> None:
    quotes = find_quotes([
        '"Persahabatan kedua negara diharapkan lebih meningkat di masa depan," ujar Mangindaan usai pertemuan.',
        "Mantan Menteri Perhubungan era Presiden Susilo Bambang Yudhoyono itu, mengatakan persoalan di kawasan "
        "harus diselesaikan dengan saling menghormati.",
        '"Saya juga singgung batas ZEE kedua negara dalam pertemuan itu," katanya.',
    ])
    assert [q.speaker for q in quotes] == ["Mangindaan", "Mangindaan"]


def test_the_attribution_ends_at_a_verb_and_a_dictionary_word_may_be_a_name() -> None:
    quotes = find_quotes([
        '"Saya bertanggung jawab memberikan keterangan yang benar di bawah sumpah," tutur Elza mengungkapkan isi '
        "jawaban atas somasi Akbar.",
        '"Saya dengar keluarganya sudah lama dikirim ke Suriah oleh ayahnya," ucap Taufik saat berbincang.',
    ])
    assert [q.speaker for q in quotes] == ["Elza", "Taufik"]


def test_the_platform_a_speaker_writes_on_is_not_the_speaker() -> None:
    quotes = find_quotes(['Di Twitter Kim Kardashian menulis, "Yang termanis! Bayi terbaik! Kami sangat bahagia."'])
    assert quotes[0].speaker == "Kim Kardashian"


def test_a_post_named_after_its_quote_is_its_accounts() -> None:
    quotes = find_quotes([
        "Ada juga yang menyinggung Keenan Pearce, mantan kekasih Raisa.",
        '“Raisa sudah mau menikah bulan September, bayangkan perasaan mantannya,” begitu cuitan pemilik akun '
        "@ggppaneey.",
    ])
    assert [q.speaker for q in quotes] == ["@ggppaneey"]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"Jalur itu akan kami buka lagi pekan depan," kata Rudi Hartono seusai bertemu Menteri Perhubungan Budi '
     "Santoso.", "Rudi Hartono"),
    ('"Warga sudah kami minta menjauh dari tebing," tutur Rudi Hartono didampingi Kapolsek Dewi Lestari di lokasi.',
     "Rudi Hartono"),
    ('"Kami akan mengajukan banding pekan ini," ujar Hendra selaku kuasa hukum PT Sinar Jaya di Jakarta.', "Hendra"),
])
def test_the_attribution_ends_before_a_clause_about_someone_else(paragraph: str, speaker: str) -> None:
    """`kata X seusai bertemu Y`, `tutur X didampingi Y`, `ujar X selaku kuasa hukum Y`: X speaks, not Y."""
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


def test_a_description_cut_at_kala_points_back_to_the_last_speaker() -> None:
    quotes = find_quotes([
        '"Lagu ini saya tulis untuk ibu saya sendiri," kata penyanyi Rina Wati.',
        "\"Prosesnya memakan waktu hampir dua tahun,\" tutur pelantun 'Senja' ini kala ditemui di Jakarta.",
    ])
    assert [q.speaker for q in quotes] == ["Rina Wati", "Rina Wati"]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"We will not comment until the second sample is known," team spokesperson Anna Moser said.', "Anna Moser"),
    ('"Three flights were diverted to the northern airport," US Navy spokesman Capt John Doe said yesterday.',
     "John Doe"),
    ('"The riders were told to stay in their hotel," a source close to the team said.', None),
])
def test_a_lower_case_role_before_the_name_after_the_quote(paragraph: str, speaker: str | None) -> None:
    """The role's words before the name (`team spokesperson`) do not hide it; an unnamed source stays unnamed."""
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


def test_a_clause_after_a_quote_that_leads_to_another_speaker_is_no_attribution() -> None:
    quotes = find_quotes([
        "Kanselir Anna Roe menyebut rencana itu “sebuah langkah mundur bagi kawasan”, sementara Menteri Luar "
        "Negeri Budi Santoso mengatakan, “Kami tetap membuka pintu dialog.”"
    ])
    assert [q.speaker for q in quotes] == ["Anna Roe", "Budi Santoso"]  # (the first: whom its sentence is about)


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"The water reached the second floor in minutes," recounted Maria Lopez, a nurse at the clinic.', "Maria Lopez"),
    ('"The bridge was closed before dawn," reported the Daily Planet on Monday.', "Daily Planet"),
])
def test_more_english_verbs_of_saying_after_the_quote(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


def test_a_pronoun_opening_the_next_quote_leaves_this_one_to_its_lead_in() -> None:
    """`X juga menulis, “...” Mereka menambahkan, “...”`: both are X's, not the last speaker's; a pronoun that
    attributes the quote it follows (`,” ia menambahkan.`) still means the last speaker."""
    first = '"Tiket habis dalam satu jam saja," kata promotor Dedi Kurnia.'
    quotes = find_quotes([first, "Grup Nada Senja juga menulis, “Terima kasih Jakarta atas malam yang luar biasa.” "
                                 "Mereka menambahkan, “Sampai jumpa lagi tahun depan di kota ini.”"])
    assert [q.speaker for q in quotes] == ["Dedi Kurnia", "Grup Nada Senja", "Grup Nada Senja"]
    quotes = find_quotes([first, "“Terima kasih Jakarta atas malam yang luar biasa,” ia menambahkan."])
    assert [q.speaker for q in quotes] == ["Dedi Kurnia", "Dedi Kurnia"]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('Jan Novak, president of the Alpine Cycling Union (ACU) told Reuters: "We will review every sample again."',
     "Jan Novak"),
    ('In a call to the BBC, the ambassador to Chile, Maria Lopez, said: "Our embassy is open day and night."',
     "Maria Lopez"),
    ('Tom Baker, a former engineer for the National Rail Board said that "the signals had failed twice that week."',
     "Tom Baker"),
    # near misses: the name before the verb is the speaker, not the one in the description or after a preposition
    ('Dalam suratnya kepada Sekjen PBB, Ana Roe, Budi Santoso menulis, "Kami meminta sidang darurat pekan ini."',
     "Budi Santoso"),
    ('Bersama Jokowi, Prabowo Subianto mengatakan, "Kami sepakat menjaga persatuan bangsa."', "Prabowo Subianto"),
])
def test_a_name_before_its_description_and_verb_says_the_quote(paragraph: str, speaker: str) -> None:
    """`Jan Novak, president of the ACU told Reuters: "`: the person, not the body the description names."""
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


@pytest.mark.parametrize(("lead", "speaker"), [("According to Maria Lopez", "Maria Lopez"),
                                               ("According to the report", None)])
def test_according_to_before_the_quote(lead: str, speaker: str | None) -> None:
    quotes = find_quotes([f'The crew were held for two weeks. {lead}, "the boats were inside Iraqi waters all along."'])
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"Api berasal dari korsleting listrik di lantai dua," kata Kepala Suku Dinas Pemadam Kebakaran Jakarta Pusat '
     "Hardiswan saat dikonfirmasi.", "Hardiswan"),
    # near misses: a body with its country speaks; a name after a clause about a photo is not the writer
    ('"Kami menyesalkan penangkapan itu," kata Kementerian Luar Negeri Kosovo dalam pernyataannya.',
     "Kementerian Luar Negeri"),
    ('"Kami kehilangan seorang sahabat dan gitaris hebat," tulis AC/DC yang disertai foto Young saat masih muda.',
     "DC"),
])
def test_an_office_ends_with_its_holder_after_the_body_it_names(paragraph: str, speaker: str) -> None:
    """`kata Kepala Suku Dinas ... Jakarta Pusat Hardiswan`: the holder, not the office's body (the neighbour)."""
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"Sikat gigi dua kali sehari saja tidak cukup," ujar spesialis gigi dari RS Harapan, drg. Sinta Dewi, di '
     "Jakarta.", "Sinta Dewi"),
    ('"The sailors are being treated well," said Iran\'s Foreign Ministry spokesman, Ali Rezaei who also added that '
     "talks would go on.", "Ali Rezaei"),
])
def test_an_appositive_holder_with_a_physicians_title_or_a_relative_clause(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


def test_a_pronoun_after_an_adverb_still_says_the_quote() -> None:
    """`He further said that "`: whom the sentence before names; without a verb of saying the pronoun says nothing."""
    lead = "Spokesman Tom Baker defended the policy on Monday."
    assert [q.speaker for q in find_quotes([f'{lead} He further said that "every complaint is investigated at once."'])
            ] == ["Tom Baker"]
    assert [q.speaker for q in find_quotes([f'{lead} He further hoped that "every complaint is investigated at once."'])
            ] == [None]


def test_the_pronoun_refers_to_a_name_outside_the_quote_before_it() -> None:
    """`"We ...," X said. However, he added that "`: X, not the `We` that opens the quote."""
    quotes = find_quotes([
        '"We think the wreck lies north of the ridge, so the divers will start there," Marc-Andre Dubois, the head of '
        'the French agency BEA, said. However, he added that "the sea is too rough this week."'
    ])
    assert [q.speaker for q in quotes] == ["Marc-Andre Dubois", "Marc-Andre Dubois"]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"Gempa itu tidak berpotensi tsunami," ujar Kepala Bidang Humas, BMKG, Rina Wati, dalam keterangan tertulis.',
     "Rina Wati"),
    ('"Pelaku sudah kami amankan sejak semalam," kata Kasubdit II Ditreskrimum Polda Jabar, Kombes Andi Wijaya '
     "melalui pesan singkat.", "Andi Wijaya"),
    # near miss: a body set off by commas with no holder after it leaves the office as the speaker
    ('"Gempa itu tidak berpotensi tsunami," ujar Kepala Bidang Humas, BMKG, dalam keterangan tertulis.',
     "Kepala Bidang Humas"),
])
def test_the_holder_after_the_offices_body_set_off_by_commas(paragraph: str, speaker: str) -> None:
    """`ujar Kepala Bidang X, BMKG, Rina Wati, ...`: the holder after the body, not the body (the neighbour)."""
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"Angka pernikahan anak masih tinggi," ungkap Dr. dr. Rina Wati, Sp. OG, dalam siaran pers.', "Rina Wati"),
    ('"Awak kapal belum digaji tiga bulan," kata Presiden Serikat Pelaut Capt. Budi Santoso di Jakarta.',
     "Budi Santoso"),
    # near miss: a sentence that ends at the name is not read on into the next one's title
    ('"Kapal itu berangkat pukul enam," kata nakhoda Budi Santoso. Capt. Andi Wijaya membenarkan hal itu.',
     "Budi Santoso"),
])
def test_the_period_of_a_title_does_not_end_the_attribution(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes([paragraph])][:1] == [speaker]


def test_an_account_named_past_the_cut_of_the_attribution() -> None:
    """`tulis warganet pada akun @X`: the account, though the name's cut at `pada` leaves only `warganet`; a named
    writer keeps the name (`ujar Budi Santoso melalui akun Twitter @budisan`)."""
    assert [q.speaker for q in find_quotes(['"Rokok elektrik itu tetap rokok, Mbak," tulis warganet pada akun '
                                            "@rina_wati."])] == ["@rina_wati"]
    assert [q.speaker for q in find_quotes(['"Selamat ulang tahun kotaku tercinta, semoga makin maju," ujar Budi '
                                            "Santoso melalui akun Twitter @budisan."])] == ["Budi Santoso"]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"Video itu bukan rombongan Presiden," kata Deputi Bidang Protokol, Pers dan Media Sekretariat Presiden Andi '
     "Wijaya seperti dikutip dari Antara.", "Andi Wijaya"),
    # near miss: a clause about someone else after the comma names no holder
    ('"Video itu bukan rombongan Presiden," kata Deputi Bidang Protokol, yang juga kakak Andi Wijaya, kepada '
     "wartawan.", "Bidang Protokol"),
])
def test_an_office_named_with_commas_whose_head_reads_as_a_name(paragraph: str, speaker: str) -> None:
    """`kata Deputi Bidang Protokol, Pers dan Media ... Andi Wijaya`: the holder, though the office's head before
    the comma reads as a name (`Bidang Protokol`) that is not a person's."""
    assert [q.speaker for q in find_quotes([paragraph])] == [speaker]


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in find_quotes(paragraphs)]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"We will not raise the fare this winter," Halvorsen tweeted on Sunday.', "Halvorsen"),
    ('"That was never part of the bargain," Halvorsen acknowledged.', "Halvorsen"),
    ('"We will not raise the fare this winter," said U.S. Attorney Dana Whitfield.', "U.S. Attorney Dana Whitfield"),
    ('"The plan still needs money," Port Authority engineer and board member Dana Whitfield said.', "Dana Whitfield"),
    ('"We will not raise the fare this winter," said Rep. Dana Whitfield (D-OR), the chair.', "Dana Whitfield"),
    ('"We never checked the cells that night," Halvorsen allegedly told a supervisor.', "Halvorsen"),
    # near misses: a capitalised `Read` opens the next sentence, it attributes nothing; whoever answers a question
    # did not ask it
    ('"The Orbit Nine is the fastest phone we have tested this year." Read our full review.', None),
    ('"What happens if the rockets are late again?" Halvorsen responded that the date would hold.', None),
])
def test_more_english_attributions_after_the_quote(paragraph: str, speaker: str | None) -> None:
    assert _speakers([paragraph]) == [speaker]


def test_a_common_noun_after_the_quote_is_the_last_speaker_only_when_the_article_called_them_so() -> None:
    """`," said the actor` after `Pat Doe, the actor, ...`: Pat Doe; `the spokesperson said` of someone the article
    never called so, a group (`the doctors`) or a document (`the statement`): nobody named."""
    opened = ["Pat Doe, the actor, spoke to reporters after the show.",
              '"I never thought the play would run for a year," Pat Doe said.']
    assert _speakers([*opened, '"It changed how I see the stage," said the actor.']) == ["Pat Doe"] * 2
    assert _speakers([*opened, '"The theatre will close for repairs next month," the spokesperson said.']) \
        == ["Pat Doe", None]
    assert _speakers([*opened, '"We ask the city to keep the theatre open," the doctors stated.']) == ["Pat Doe", None]
    assert _speakers([*opened, '"The theatre will close for repairs next month," the statement read.']) \
        == ["Pat Doe", None]


def test_someone_unnamed_after_the_quote_is_not_the_last_speaker() -> None:
    paragraphs = ['"We expect the talks to end on Friday," Dana Whitfield said.',
                  '"The deal is already done," an unnamed source close to the talks, who asked not to be named.',
                  '"We are still far apart," said a ministry spokesperson when contacted by phone.']
    assert _speakers(paragraphs) == ["Dana Whitfield", None, None]
    assert _speakers(paragraphs[:1] + ['"The deal is already done," said Dana Whitfield.']) == ["Dana Whitfield"] * 2


def test_a_name_and_verb_after_a_finished_quote_that_open_the_next_one_are_not_its_attribution() -> None:
    paragraph = ('"It is a different craft," Ana Roe said. "You write for the character, not for yourself." Ben Cole '
                 'agreed: "You have to leave your own life out of the song."')
    assert _speakers([paragraph]) == ["Ana Roe", "Ana Roe", "Ben Cole"]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('Dana Whitfield said in a statement that the new line "would cut waiting times by half".', "Dana Whitfield"),
    ('Dana Whitfield called the new campaign a "bold and overdue effort to clean the river".', "Dana Whitfield"),
    ('Dana Whitfield, the mayor, described the scene. "Water reached the second floor of the town hall."',
     "Dana Whitfield"),
    ('Dana Whitfield, the mayor, agreed: "Water reached the second floor of the town hall."', "Dana Whitfield"),
    # near misses: someone else speaks in the sentence; a word that opens the sentence and names no one known; a
    # sentence before a bare quote that does not introduce it; a title in quote marks
    ('Dana Whitfield said the minister called the plan "a waste of public money and time".', None),
    ('Staff reported the children were "in a very poor state after the trip".', None),
    ('Dana Whitfield visited the scene. "Water reached the second floor of the town hall."', None),
    ('Dana Whitfield said the festival opens with "The Long Road Home Tonight".', None),
])
def test_the_subject_of_the_sentence_says_what_it_quotes_in_passing(paragraph: str, speaker: str | None) -> None:
    assert _speakers([paragraph]) == [speaker]


def test_she_is_not_whom_he_meant() -> None:
    paragraphs = ['"We lost the first set badly," Sam Okoro said.', '"The second went better," he said.',
                  '"I was proud of all of them," she said.']
    assert _speakers(paragraphs) == ["Sam Okoro", "Sam Okoro", None]
    assert _speakers(paragraphs[:2] + ['"I was proud of all of them," he said.']) == ["Sam Okoro"] * 3


def test_the_pronoun_refers_to_the_name_that_opens_a_sentence_or_its_lead_in() -> None:
    """`She claimed, "..."` after `Ana Roe, the group's spokeswoman, insisted ...`: Ana Roe, not the adjective of
    `Dutch officials` in the sentence right before."""
    paragraph = ("The volunteers are held near the capital. Ana Roe, the group's spokeswoman, insisted they acted in "
                 "good faith. She defended the lack of any permit from Dutch officials. She claimed, \"We had "
                 "permission from the regional office to take the children.\"")
    assert _speakers([paragraph]) == ["Ana Roe"]
    near_miss = ("The volunteers are held near the capital. She defended the lack of any permit from Dutch officials. "
                 "She claimed, \"We had permission from the regional office to take the children.\"")
    assert _speakers([near_miss]) == [None]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('"Korupsi merusak kepercayaan publik," kata Direktur WHO di Kairo Ahmad Rizal.', "Ahmad Rizal"),
    # near miss: a name before the place is the speaker, not whom the place is about
    ('"Korupsi merusak kepercayaan publik," tutur Ahmad di hadapan Menlu Mesir Hassan Karim usai rapat.', "Ahmad"),
    ('"Kami hanya berhubungan sebagai mitra," ujar Kepala Biro Hubungan Masyarakat, Data, dan Informasi Kemenkes, '
     "Sutrisno, Kamis (3/5).", "Sutrisno"),
    # near miss: a lone name before the comma speaks, the office after it is someone else's
    ('"Dia sudah bisa pulang hari ini," kata Dedi, Manajer Rina Lestari, Senin (2/4).', "Dedi"),
])
def test_the_holder_after_the_place_or_the_last_comma_of_an_office(paragraph: str, speaker: str) -> None:
    assert _speakers([paragraph]) == [speaker]


def test_a_description_after_a_long_fronted_phrase_refers_to_the_last_speaker() -> None:
    paragraphs = [
        '"Koleksi itu kini dipamerkan di museum kami," kata pemilik Museum Sekar, Johan Wirawan, di Denpasar.',
        "Dalam surat elektronik yang diterima redaksi di Denpasar itu, Direktur Utama PT Sekar Abadi itu menjelaskan, "
        "karya itu bermula dari kisah Ratu Kalinyamat.",
        '"Sang seniman mengumpulkan ribuan lembar koran bekas untuk karyanya," katanya.',
    ]
    assert _speakers(paragraphs) == ["Johan Wirawan", "Johan Wirawan"]


@pytest.mark.parametrize(("opening", "speaker"), [
    ("Di sisi lain, Indra mengakui para pemainnya terpukul. Air mata masih terlihat di wajah Egy Pratama.", "Indra"),
    # near miss: the paragraph opens with someone else, who then speaks
    ("Di sisi lain, Egy Pratama mengakui para pemain terpukul. Air mata masih terlihat di wajah Indra.", "Egy Pratama"),
])
def test_a_paragraph_opened_by_the_last_speaker_keeps_them_though_a_word(opening: str, speaker: str) -> None:
    """`Indra` (a dictionary word too) spoke as `kata Indra`; a paragraph that opens with him keeps him for the
    `kata pelatih berusia 54 tahun itu` after it, not the player it names."""
    paragraphs = [
        'Pelatih Indra Wijaya memuji timnya. "Saya terharu melihat perjuangan mereka sampai akhir laga," kata Indra.',
        opening,
        '"Mereka bersedih semua, besok kami hibur supaya bisa bangkit lagi," beber pelatih berusia 54 tahun itu.',
    ]
    assert _speakers(paragraphs) == ["Indra", speaker]


def test_a_bare_quote_after_an_account_introduced_as_someone_is_the_accounts() -> None:
    intro = "Pendukung klub dengan akun @garudamerah membela sang gelandang."
    quote = '"Dia tidak pernah mengeluh dan selalu bermain sepenuh hati untuk tim ini. Salut!"'
    assert _speakers([intro, quote]) == ["@garudamerah"]
    # a named person posting through an account speaks as herself
    own = "Atas kemenangan itu, Dewi Lestari menyampaikan terima kasih lewat akun @dewilestari."
    assert _speakers([own, '"Terima kasih atas semua dukungan untuk kami selama ini," ujarnya.']) == ["Dewi Lestari"]


def test_katanya_after_the_last_speaker_says_something_under_a_short_name_is_theirs() -> None:
    paragraphs = [
        '"Masih ada dua pelaku lagi yang kami buru," ujar Kombes Pol Awan Setiadi.',
        "Kedua pelaku yang ditangkap adalah Rahmat Sitorus dan Edwin Simanjuntak. Awan menyebut salah satunya "
        "adalah pemimpin kelompok.",
        '"RS (Rahmat Sitorus) jadi pimpinannya yang merencanakan perampokan itu," katanya.',
    ]
    assert _speakers(paragraphs) == ["Awan Setiadi", "Awan Setiadi"]


def test_words_a_quoted_phrase_runs_on_with_come_before_its_attribution() -> None:
    """`"..." announced in March, said X`: `announced in March` belongs to the quoted phrase; X says it."""
    para = ('"The minister wants room for a wider agreement with Japan, wider than the small one" announced in March, '
            "said Clara Fischer, a trade analyst at the Hamburg Institute.")
    assert _speakers([para]) == ["Clara Fischer"]
    # a quote closed after its own comma is attributed where it closes: no one further on says it
    closed = '"The minister wants room for a wider agreement with Japan," announced in March, the plan said.'
    assert _speakers([closed]) == [None]


def test_the_office_in_passing_is_the_one_person_the_article_names_with_it() -> None:
    lead = "Governor Helen Marsh visited the flooded district on Monday."
    quote = 'The governor said on Friday that the bridge "will be rebuilt before the rains come back again."'
    assert _speakers([lead, quote]) == ["Helen Marsh"]
    # two governors: the article does not say which
    both = "Governor Helen Marsh met Governor Paul Okafor on Monday."
    assert _speakers([both, quote]) == [None]


def test_a_kami_quote_after_someone_reports_to_the_speakers_body_is_the_speakers() -> None:
    """The spokesman of Polres Tanjung Batu spoke; a farmer then reports to that station; `kami amankan` is the
    police's, not the farmer's."""
    paragraphs = [
        '"Pelaku kami tangkap di rumahnya," kata Kepala Satuan Reskrim Polres Tanjung Batu AKP Hendra Siregar.',
        "Petani bernama Joko Susilo kemudian melaporkan pencurian itu ke Polres Tanjung Batu. Polisi pun bergerak.",
        '"Sepeda motor korban juga telah kami amankan sebagai barang bukti," katanya.',
    ]
    assert _speakers(paragraphs)[-1] == "Hendra Siregar"
    # without `kami` the paragraph's subject speaks
    mine = '"Sepeda motor saya sudah dua hari hilang dari kandang," katanya.'
    assert _speakers([*paragraphs[:2], mine])[-1] == "Joko Susilo"


def test_an_office_opening_a_paragraph_with_a_lone_name_is_that_persons() -> None:
    """`Ketua Bawaslu RI Abhan sebagai ...`: the lone name ending the office speaks, not the body; `kata dia` is his."""
    paragraphs = [
        "Ketua KPU Jabar Yayat sebagai ketua panitia mengatakan penghitungan suara selesai pekan depan.",
        '"Kami tidak akan menunda penghitungan meskipun ada gugatan," kata dia di Bandung, Senin.',
    ]
    assert _speakers(paragraphs) == ["Yayat"]
    # a bracketed abbreviation after the office is no holder
    abbreviation = "Direktur Pidana Umum (Pidum) pada Kejaksaan Tinggi Jabar ini belum menerima surat resmi."
    assert _speakers([abbreviation, paragraphs[1]]) != ["Pidum"]


def test_demikian_and_a_noun_of_saying_before_a_name_attribute_the_quote() -> None:
    assert _speakers(['"Arus kendaraan menuju Puncak sudah padat sejak pagi," demikian penjelasan Sutrisno.']) \
        == ["Sutrisno"]
    assert _speakers(['"Laga ditunda demi keselamatan semua penonton," demikian pernyataan resmi Persiraja.']) \
        == ["Persiraja"]
    # the statement itself, or a quoting outlet, is no speaker
    assert _speakers(['"Laga ditunda demi keselamatan semua penonton," demikian pernyataan tersebut.']) == [None]


def test_kata_x_opening_a_sentence_names_whom_ujarnya_means() -> None:
    para = ('Rencana tur itu diumumkan di Jakarta. Media melaporkan, Rina memakai kursi roda. Kata Rina, itu akibat '
            'cedera lutut. "Lutut saya sudah dua kali dioperasi tahun ini," ujarnya.')
    assert _speakers(["Penyanyi Rina Kartika akan kembali ke panggung tahun depan.", para]) == ["Rina"]


def test_a_chain_of_paragraphs_going_on_about_someone_leads_back_to_them() -> None:
    paragraphs = [
        "Aturan baru itu dinilai memberatkan pelaku industri pinjaman daring.",
        "Direktur Utama PT Dana Kita Hendra Gunawan menuturkan aturan itu kurang menguntungkan bagi perusahaan baru.",
        "Sebab menurutnya, tidak mungkin orang mengendapkan uang di rekening tanpa bunga.",
        '"Kalau tetap tujuh hari, menurut saya kurang ideal bagi industri ini," katanya.',
    ]
    assert _speakers(paragraphs) == ["Hendra Gunawan"]
    # nobody said anything at the start of the chain: no speaker
    unsaid = [paragraphs[0], "Hendra Gunawan memimpin perusahaan itu sejak 2015.", *paragraphs[2:]]
    assert _speakers(unsaid) == [None]


def test_an_office_opening_a_plain_paragraph_is_its_holder_named_before() -> None:
    paragraphs = [
        "Kapolda Riau Irjen Pol Bambang Sutejo meninjau jembatan yang ambruk bersama Gubernur Riau.",
        "Kapolda Riau membuka rapat koordinasi pengamanan arus mudik di Pekanbaru.",
        '"Semua personel harus siaga di jalur mudik sampai arus balik selesai," katanya.',
    ]
    assert _speakers(paragraphs) == ["Bambang Sutejo"]
    # an office the article never named with a holder: no one
    assert _speakers(paragraphs[1:]) == [None]


def test_a_name_opening_a_paragraph_then_its_description_and_a_verb_of_saying_speaks() -> None:
    para = "Sulastri, penjual pecel di kawasan Pasar Raya, kota Padang mengatakan pembelinya datang dari mana-mana."
    quote = '"Yang saya jual itu pecel, lontong dan gorengan setiap hari," katanya.'
    assert _speakers([para, quote]) == ["Sulastri"]
    # a dateline is no description (`Magelang, Jawa Tengah (ANTARA) - ...`)
    dateline = "Magelang, Jawa Tengah (ANTARA) - Warga mengatakan banjir sudah surut sejak pagi."
    assert _speakers([dateline, quote]) == [None]


def test_english_attributions_argued_urged_and_a_closing_of_two_apostrophes() -> None:
    argued = 'The data were thin, "so it might be that the effect is far smaller than it looks," Okafor argued.'
    assert _speakers(["Dr. Paul Okafor reviewed the study.", argued]) == ["Okafor"]
    urged = ["Omar Hassan is under fire for failing to keep his promise.",
             'The crowd laughed when he urged voters, "Look at what I promised and look at what I delivered."']
    assert _speakers(urged) == ["Omar Hassan"]
    apostrophes = ("“It was an attempt to fool the voters,’’ Maria Lind, head of the watchdog group, told the BBC. "
                   "“And it is wrong for a serious party to behave that way.”")
    assert _speakers([apostrophes]) == ["Maria Lind", "Maria Lind"]


def test_a_quote_after_its_neighbours_attribution_sentence_goes_on() -> None:
    para = ('"The storm caught everyone off guard this year," said Rosa Vidal, director of the coastal research centre '
            'at the University of Lisbon. "We expect the next one to be stronger still."')
    assert _speakers([para]) == ["Rosa Vidal", "Rosa Vidal"]
    # after a sentence about someone else, not an attribution, it does not
    other = ('"The storm caught everyone off guard this year," Rosa Vidal said. Ana Costa, who lives on the coast, '
             'had a similar story to tell: "We expect the next one to be stronger still."')
    assert _speakers([other])[1] != "Rosa Vidal"


def test_a_pronoun_in_a_sentence_opened_by_a_name_is_that_person() -> None:
    paragraphs = [
        "Peter Kowalski Jr., 51, pleaded guilty on Monday.",
        '"He regrets his words deeply and wants to move on," his lawyer Dana Ruiz said.',
        'Kowalski was arrested in May for a call in which he said he would put a "bullet through the office window."',
    ]
    assert _speakers(paragraphs) == ["Dana Ruiz", "Kowalski"]


def test_a_lone_name_after_a_body_and_a_role_is_the_speaker() -> None:
    para = '"Staff were literally in the dark for hours," said State Department spokesman P. J. Hollis.'
    assert _speakers([para]) == ["Hollis"]


def test_a_name_then_pun_and_a_verb_of_saying_takes_over_the_next_katanya() -> None:
    said = '"Semua klien saya akan ikut memakai batik di acara itu," kata penata gaya Ilse Varga.'
    quote = '"Ya, kami akan melakukannya bersama-sama," tulisnya.'
    assert _speakers([said, "Menyusul kabar itu, Bimo pun menegaskan bahwa dia ikut serta.", quote]) \
        == ["Ilse Varga", "Bimo"]
    assert _speakers([said, "Menyusul kabar itu, Bimo pun datang ke acara itu.", quote])[1] != "Bimo"


def test_verbs_of_saying_that_close_or_exclaim_attribute_the_quote() -> None:
    """`tutupnya`, `teriak X`, English `adds X` after a quote name its speaker (IndoSum, AEB)."""
    assert _speakers([
        "Kompol Purnomo mengungkapkan , operasi gabungan melibatkan Satuan Resnarkoba Polres Metro Jakbar . “ Operasi "
        "tempat hiburan malam dipimpin KBP Jhon Turman Panjaitan melibatkan 123 personil , ” tutupnya .",
    ]) == ["Purnomo"]
    assert _speakers([
        "“ Mari tunjukkan suara dan tanganmu , ” teriak Marshmello di tengah-tengah pertunjukan .",
        "“ Saya mencintai kalian , make some noise ! ” tambahnya .",
    ]) == ["Marshmello", "Marshmello"]
    quotes = find_quotes([
        "“Digistat Patient Watch helps clinicians leverage patient data to increase situational awareness,” says André "
        "Neu, Head of Platform Solutions for Ascom.",
        "“Digistat Patient Watch is an important addition to GE Healthcare’s portfolio of solutions for the Intensive "
        "Care”, adds Olivier Bosc, General Manager of Life Care Solutions Europe at GE Healthcare.",
    ], english=True)
    assert [q.speaker for q in quotes] == ["André Neu", "Olivier Bosc"]


def test_a_surname_after_a_fronted_phrase_is_whom_he_said_means() -> None:
    """The band story: `Following ... “Black Water,” Simmons teed up ... “...,” he said` is Simmons's, not his
    bandmate's named first in the article (AEB)."""
    quotes = find_quotes([
        "Singer-guitarists Tom Johnston and Patrick Simmons, singer-keyboardist McDonald, and multi-instrumentalist "
        "John McFee will tour together for the first time in nearly 25 years.",
        "Following a performance of their sing-along jam “Black Water,” Simmons teed up McDonald’s cameo. “You might "
        "remember him from, well, he has his own band these days,” he said. “But you might remember him from his band, "
        "the Doobie Brothers — Mr. Michael McDonald.”",
        "“We’re truly excited about our 50th Anniversary Tour, as it’s a celebration of the band’s entire history,” "
        "Johnston said in a statement.",
    ], english=True)
    assert [q.speaker for q in quotes] == ["Simmons", "Simmons", "Johnston"]
    # and a name after a fronted phrase with a verb of hers takes over `katanya` (IndoSum)
    assert _speakers([
        "Kit Harington akan menikah dengan rekan mainnya di Game of Thrones , Rose Leslie .",
        '" Jika Anda sudah tertarik pada seseorang , menjadi sangat mudah untuk jatuh cinta , " kata Harington .',
        "Sementara pada 2014 , Leslie juga sempat menyinggung hubungannya dengan Harington kepada People . \" Kit "
        "adalah pria yang menyenangkan , lucu , dan teman baik , \" katanya .",
    ]) == ["Harington", "Leslie"]


def test_an_english_opener_is_no_name_and_the_last_sentence_can_name_who_she_is() -> None:
    """`When I got word ..., I immediately thought of Elise Matthesen.` then `“...,” she replied`: not `When` (AEB)."""
    quotes = find_quotes([
        "When I got word that a deal had finally been struck, I immediately thought of Elise Matthesen. Lacking the "
        "legal rights to Mike Ford’s work, how would she feel about all of this?",
        "“I don’t even have words, it’s such good news,” she replied in an email.",
        "Two months later, he died of natural causes. Elise Matthesen found him. “He looked a little surprised,” she "
        "wrote in an email.",
    ], english=True)
    assert [q.speaker for q in quotes] == ["Elise Matthesen", "Elise Matthesen"]


def test_a_possessor_is_not_the_speaker() -> None:
    """`Ford’s now-deceased father told Starner that “...`: the father, whom the article does not name (AEB)."""
    quotes = find_quotes([
        "“The thing with Elise bothered” Ford’s family, Starner said. “I don’t know whether they were completely "
        "estranged before that or not.” But either way, at some point, Ford’s now-deceased father told Starner that "
        "“the only way I know he’s alive is because he cashes the checks I send for his birthday.”",
    ], english=True)
    assert [q.speaker for q in quotes] == ["Starner", "Starner", None]


def test_a_description_opening_a_paragraph_goes_back_to_the_last_speaker() -> None:
    """`Penyerang berusia 25 tahun tersebut kemudian menepis ... Lionel Messi ...`, then `lanjutnya`: Neymar
    (IndoSum)."""
    assert _speakers([
        '" Ini adalah apa yang hati saya katakan . Saya selalu mendengarkan hati saya , " ungkap Neymar .',
        "Penyerang berusia 25 tahun tersebut kemudian menepis isu yang mengatakan dirinya tak bahagia di Barca , "
        "karena kalah bersaing dengan Lionel Messi sebagai bintang utama klub .",
        '" Tak jadi bintang utama di Barca ? Tidak , itu tidak mempengaruhi keputusan saya sama sekali , " lanjutnya .',
    ]) == ["Neymar", "Neymar"]


def test_lanjutnya_after_a_paragraph_that_only_names_others_is_the_last_speakers() -> None:
    """A list of things delivered (`berupa 180 Sapi Limosin`) has no one speak: `lanjutnya` goes on (IndoSum)."""
    assert _speakers([
        "“ Ini adalah satu model pengelolaan keuangan dan juga usaha yang menjanjikan di tingkat desa , ” ujar Anwar "
        "Sanusi .",
        "Lima desa yang dijadikan model tersebut adalah Desa Waleng , Semagar , Bubakan , Selorejo , dan Girimarto . "
        "Stimulan yang diberikan berupa 180 Sapi Limosin/ Simental , 18 unit kandang kapasitas 10 ekor sapi .",
        "“ Dengan adanya stimulan dari Direktorat Jenderal Pembangunan Kawasan Perdesaan ini , kami tentu berharap "
        "masyarakat dapat terus mengembangkannya , ” lanjutnya .",
    ]) == ["Anwar Sanusi", "Anwar Sanusi"]


def test_a_title_or_a_theme_in_quote_marks_is_no_quote() -> None:
    """`konser bertajuk "..."`, `mengambil tema "..."`: nobody says them (IndoSum)."""
    assert find_quotes([
        "Personel boyband BIGBANG , Taeyang , tidak sabar bertemu penggemarnya lewat gelaran konser bertajuk "
        "\" Taeyang 2017 World Tour White Night in Jakarta \" pada pekan depan .",
        "Rapim TNI tahun 2017 ini mengambil tema \" TNI Kuat , Hebat , Profesional , dan Dicintai Rakyat Siap "
        "Melaksanakan Tugas Pokok \" .",
    ]) == []


def test_an_office_with_no_holder_named_speaks_as_the_office_not_its_body() -> None:
    """The editors' case: `Kepala BPBD DKI mengatakan ...`, then `ujarnya`: the head, not the agency."""
    assert _speakers([
        "Banjir kembali merendam sejumlah wilayah Jakarta pada Rabu pagi .",
        "Kepala BPBD DKI mengatakan , genangan mulai surut di sebagian wilayah .",
        '" Kami terus memantau kondisi di lapangan bersama petugas kelurahan , " ujarnya .',
    ]) == ["Kepala BPBD DKI"]


def test_an_office_is_its_holder_named_later_in_the_article() -> None:
    """`kata Wapres`, and the article names `Wapres Jusuf Kalla` further down (IndoSum)."""
    assert _speakers([
        '" Dasar negara kami adalah Pancasila . Indonesia bukanlah negara Islam , " kata Wapres di hadapan peserta '
        "kuliah umum .",
        "Kuliah umum Wapres Jusuf Kalla dihadiri oleh pelajar Indonesia dan pelajar asing .",
    ]) == ["Jusuf Kalla"]


def test_a_body_that_speaks_in_a_statement_is_the_speaker() -> None:
    """`The Beijing Organizing Committee said in a statement on Monday: "` (MultiLing); `the Electoral Commission, which
    regulates campaign finances, issued a statement warning that “` (AEB)."""
    quotes = find_quotes([
        'The Beijing Organizing Committee said in a statement on Monday: "We strongly condemn the actions of the few '
        "activists who have attempted to sabotage the Olympic Torch Relay.\"",
        "In a reflection of the confusion, the Electoral Commission, which regulates campaign finances, issued a "
        "statement warning that “voters are entitled to transparency and integrity from campaigners in the lead-up to "
        "an election.’’",
    ], english=True)
    assert [q.speaker for q in quotes] == ["Organizing Committee", "Electoral Commission"]


def test_a_credit_line_introduces_nobody() -> None:
    """`Penulis : Dwi Widijatmiko` between the subject and the description that speaks is the writer (IndoSum)."""
    assert _speakers([
        "JUARA.net - Kata - kata presiden klub , Uli Hoeness , pada tengah pekan lalu menegaskan akan seperti apa "
        "pergerakan Bayern Muenchen di bursa transfer musim panas kali ini .",
        "Penulis : Dwi Widijatmiko",
        "Kepada Kicker , eks penyerang Muenchen pada selang 1970 - 1979 itu mengatakan : \" Anda tidak bisa membangun "
        "sebuah tim baru dengan melakukan transfer 100 juta euro . \"",
    ]) == ["Uli Hoeness"]
