"""Name finding on hand-written sentences: titles stripped, gazetteer names, parenthesised aliases, offices
split from their holders, companies, and story-level merging of short names."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from warta.lang.entities import canonicalize, find_entities, name_key
from warta.model import Article, Entity, Story


def _names(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_entities(text)}


def test_titles_are_stripped_and_places_split_off() -> None:
    got = _names("Presiden Rusia Vladimir Putin bertemu Menteri Pertahanan Sergei Shoigu di Moskwa.")
    assert got["Vladimir Putin"] == "person" and got["Sergei Shoigu"] == "person"
    assert got["Rusia"] == "place" and got["Moskwa"] == "place"


def test_parenthesised_alias_is_linked() -> None:
    ms = find_entities("Bupati itu melapor ke Badan Nasional Penanggulangan Bencana (BNPB) dan Korea Utara (Korut).")
    korut = next(m for m in ms if m.name == "Korut")
    assert korut.canonical == "Korea Utara"
    assert any(m.canonical == "Badan Nasional Penanggulangan Bencana" for m in ms)


def test_acronym_must_fit_the_name_before_it() -> None:
    ms = find_entities("Ketua Ikatan Dokter Indonesia (IDI) hadir di sana.")
    assert next(m for m in ms if m.name == "IDI").alias_of != "Indonesia"


def test_rank_inside_an_organisation_starts_a_person() -> None:
    got = _names("Hal itu disampaikan Kabid Humas Polda Sulsel Kombes E Zulpan kepada wartawan.")
    assert got.get("Zulpan") == "person" and "Polda Sulsel" in got


def test_organisation_and_trailing_person_are_two_names() -> None:
    got = _names("Hal itu disampaikan juru bicara Kementerian Luar Negeri Budi Santoso kepada wartawan.")
    assert "Budi Santoso" in got and got["Budi Santoso"] == "person"


def test_sentence_initial_common_word_is_not_a_name() -> None:
    got = _names("Undangan Joko diterima panitia di Bandung.")
    assert "Undangan Joko" not in got and "Bandung" in got


def test_canonical_forms_and_keys() -> None:
    assert canonicalize("Korut dan AS bertemu di Moskow") == "Korea Utara dan Amerika Serikat bertemu di Moskwa"
    assert name_key("Kim Jong-un") == name_key("Kim Jong Un")


def test_place_name_ending_in_a_stopword_stays_whole_and_dan_splits_organisations() -> None:
    assert "Koto Baru" in _names("Pendaki masuk lewat Koto Baru kemarin.")
    assert "Kepolisian Daerah Jawa Tengah" in _names("Kepolisian Daerah Jawa Tengah menyelidiki jatuhnya pesawat.")
    got = _names("Gempa merusak Hotel Maleo dan Kantor Gubernur Sulawesi Barat di Mamuju.")
    assert "Hotel Maleo" in got and not any(" dan " in n for n in got)


def _story_entities(*texts: str) -> list[Entity]:
    """The brief's entities for a story of one article per text, each from another outlet."""
    from warta.brief import make_brief

    arts = [Article(id=f"a{i}", source=f"a{i}", paragraphs=[t], outlet=f"Outlet {i}", language="id")
            for i, t in enumerate(texts)]
    return make_brief(Story("s", arts)).entities


def _entities(*texts: str) -> dict[str, str]:
    return {e.name: e.type for e in _story_entities(*texts)}


def test_story_entities_need_evidence_beyond_capitals() -> None:
    got = _entities(
        "Update: Gunung Marapi erupsi lagi. Pendaki tertahan di Batu Palano sejak sore. Sistem Elektronik mati.",
        "Update: Gunung Marapi kembali erupsi. Tim SAR menjemput pendaki di Batu Palano. Sistem Elektronik pos mati.",
    )
    assert got.get("Batu Palano") == "place"  # after "di": a place, not a person
    assert "Update" not in got  # capitalised only at sentence starts
    assert "Sistem Elektronik" not in got  # dictionary words in capitals


def test_word_order_variants_are_one_person() -> None:
    got = _entities("Mantan PM Jepang Shinzo Abe ditembak di Nara. Abe dibawa ke rumah sakit.",
                    "Abe Shinzo ditembak saat berkampanye di Nara, kata polisi.")
    assert "Shinzo Abe" in got and "Abe Shinzo" not in got and "Abe" not in got


def test_office_and_its_holder_are_split() -> None:
    got = _names("Rapat dipimpin Kepala Badan Riset Daerah Sutrisno Wiradikarta kemarin.")
    assert got.get("Sutrisno Wiradikarta") == "person" and got.get("Badan Riset Daerah") == "organization"
    # after a known office the holder's first name may be a dictionary word
    got = _names("Laporan diserahkan Kepala Bappenas Bambang Wiradikarta kepada DPR.")
    assert got.get("Bambang Wiradikarta") == "person" and "Bappenas" in got


def test_capitalised_verb_in_a_headline_ends_the_name() -> None:
    got = _names("Gubernur Ani Lestari Meresmikan Jembatan Gantung di Sleman")
    assert got.get("Ani Lestari") == "person" and not any("Meresmikan" in n for n in got)
    assert _names("Andi Dermawan Membantah Tuduhan Itu").get("Andi Dermawan") == "person"


def test_company_cues_make_an_organisation() -> None:
    got = _names("Saham PT Maju Sentosa Abadi Tbk naik, sementara Rajawali Games merugi.")
    assert got.get("PT Maju Sentosa Abadi Tbk") == "organization" and got.get("Rajawali Games") == "organization"
    assert "Abadi Tbk" not in got


def _aliases(*texts: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in _story_entities(*texts)}


def test_well_known_short_names_merge_with_the_full_name() -> None:
    got = _aliases("Presiden Jokowi meninjau tanggul di Demak bersama Kepala Badan Pertanahan Nasional Rudi Hartawan.",
                   "Presiden Joko Widodo menyebut tanggul di Demak akan diperbaiki. Rudi Hartawan ikut hadir.")
    assert "Jokowi" in got["Joko Widodo"] and "Jokowi" not in got
    assert "Rudi Hartawan" in got and not any("Nasional" in a for a in got.get("Badan Pertanahan Nasional", []))


def test_single_name_joins_only_the_one_person_holding_it() -> None:
    got = _aliases("Menteri Wiranto Sasmito tiba di Bandung. Sasmito lalu menemui warga di Bandung.",
                   "Kedatangan Menteri Wiranto Sasmito disambut warga Bandung. Sasmito berjanji membantu.")
    assert "Sasmito" in got["Wiranto Sasmito"] and "Sasmito" not in got


def test_role_words_before_an_office_compass_places_and_titled_acronyms() -> None:
    got = _names("Kata Kepala Satuan Reserse Umum Polres Wonosari Kombes Andri Wibisana di sana.")
    assert got.get("Polres Wonosari") == "organization" and got.get("Andri Wibisana") == "person"
    assert not any(n.startswith("Umum") for n in got)
    assert _names("Bupati Lembata Selatan meninjau pasar.").get("Lembata Selatan") == "place"
    assert _names("Hal itu disampaikan Ketua DPW kemarin.").get("DPW") == "organization"  # an acronym, not a person


def test_results_codes_venues_and_common_acronyms() -> None:
    got = _story_entities(
        "Marcus / Kevin (INA) menang atas Inoue / Kaneko (JPN) di Tokyo Metropolitan Gymnasium. Polisi tiba di TKP.",
        "Ganda putra Indonesia mengalahkan pasangan Jepang di Metropolitan Gymnasium. Polisi memasang garis di TKP.",
    )
    by_name = {e.name: e for e in got}
    assert "JPN" in by_name["Jepang"].aliases and "INA" in by_name["Indonesia"].aliases  # codes are the countries
    assert any(e.type == "place" and "Gymnasium" in e.name for e in got)  # a venue, not a person
    assert not any("TKP" in (e.name, *e.aliases) for e in got)  # "tempat kejadian perkara" names nobody


def test_regional_office_names_its_region_then_its_holder() -> None:
    got = _names("Hal itu dikatakan Bupati Lamongan Fadeli, sementara Wali Kota Bogor Bima Arya hadir.")
    assert got.get("Lamongan") == "place" and got.get("Fadeli") == "person"  # was one person, "Lamongan Fadeli"
    assert got.get("Bima Arya") == "person"  # a region's name (Kota Bima) is read as one only after such an office
    assert _names("Gubernur Ani Lestari tiba.").get("Ani Lestari") == "person"  # no region: the run is the holder


def test_town_is_not_a_short_form_of_its_club() -> None:
    got = _aliases("Kiper Persela Lamongan meninggal. Bupati Lamongan Fadeli melayat.",
                   "Persela Lamongan berduka. Warga Lamongan dan Bupati Lamongan Fadeli datang.")
    assert "Lamongan" not in got.get("Persela Lamongan", []) and "Lamongan" in got


def test_a_given_name_is_the_persons_though_a_longer_run_holds_it_too() -> None:
    """`Kahiyang` is Kahiyang Ayu, though a formal run also holds it (`Kahiyang Ayu binti Joko Widodo`); a particle
    a title cut from its name ends no name (`Muhammad Afif Bobby Nasution bin` | `Ir Erwin Nasution`)."""
    got = _aliases("Saya nikahkan putri saya Kahiyang Ayu binti Joko Widodo dengan Muhammad Afif Bobby Nasution bin "
                   "Ir Erwin Nasution.", "Kahiyang Ayu resmi menikah dengan Muhammad Afif Bobby Nasution di Solo.",
                   "Kahiyang dan Bobby lalu menyapa para tamu di Graha Saba Buana.")
    assert "Kahiyang" in got["Kahiyang Ayu"] and "Bobby" in got["Muhammad Afif Bobby Nasution"]
    assert not any(name.endswith(" bin") for name in got)


def test_a_short_name_cut_from_a_persons_name_is_theirs() -> None:
    """`Rudy` of FX Hadi Rudyatmo, `Enggar` of Enggartiasto Lukita: the one person with a name word that starts with
    it; not when two people's do."""
    got = _aliases("Wali Kota Solo FX Hadi Rudyatmo menjenguk jenazah. Rudy mengatakan ia sangat kehilangan.",
                   "Menurut Rudy, almarhum sakit jantung, kata Hadi Rudyatmo kepada wartawan.")
    assert "Rudy" in got["Hadi Rudyatmo"] and "Rudy" not in got
    got = _aliases("Menteri Budiman Sudjatmiko bertemu Budianto Halim. Budi mengatakan pertemuan itu lancar.",
                   "Kata Budiman Sudjatmiko dan Budianto Halim, Budi datang terlambat.")
    assert not any("Budi" in aliases for aliases in got.values())
    got = _aliases("Wali Kota Hadi Rudyatmo bertemu Camat Susilo Rudyatmo. Rudy mengatakan pertemuan itu lancar.",
                   "Kata Hadi Rudyatmo dan Susilo Rudyatmo, Rudy datang terlambat.")  # one word, two people
    assert not any("Rudy" in aliases for aliases in got.values())


def test_particles_join_names_and_clubs_part_from_their_players() -> None:
    got = _names("Pemain Barcelona Andres Iniesta membawa timnya ke semifinal Copa del Rey.")
    assert got.get("Copa del Rey") and got.get("Andres Iniesta") == "person"
    assert got.get("Barcelona") == "organization"


def test_a_person_named_without_a_first_or_last_name_is_the_same_person() -> None:
    got = _aliases("Wali Kota Tegal Siti Masitha Soeparno ditangkap KPK. Siti Masitha lalu dibawa ke Jakarta.",
                   "Legenda Juventus Alessandro Del Piero memuji Bernardeschi. Menurut Del Piero, ia berbakat.")
    assert "Siti Masitha" in got["Siti Masitha Soeparno"] and "Siti Masitha" not in got
    assert "Del Piero" in got["Alessandro Del Piero"] and "Del Piero" not in got
    got = _aliases("Harvey Moeis divonis 20 tahun penjara.\n4. Pengacara Harvey Moeis Kaget dan Kecewa",
                   "Hakim menjatuhkan vonis kepada Harvey Moeis di Jakarta.")
    assert "Harvey Moeis Kaget" not in got.get("Harvey Moeis", [])  # a headline's word, not a longer name


def test_after_a_rank_the_name_comes_at_once() -> None:
    got = _names("Direktur Reskrimsus Polda Metro Jaya Komisaris Besar Polisi Wahyu Hadiningrat mengatakan itu.")
    assert got.get("Wahyu Hadiningrat") == "person"  # "Wahyu" is a dictionary word, not a role word
    assert _names("Kata Menteri Pertahanan Sergei Shoigu.").get("Sergei Shoigu") == "person"  # offices keep the rule
    assert "Perhubungan Laut" not in _names("Kata Direktur Jenderal Perhubungan Laut Agus Purnomo.")
    got = _names("Kasubag Humas Polres Bogor Ajun Komisaris Rina Puspita Dewi mengatakan, pelaku masih dicari.")
    assert got.get("Polres Bogor") == "organization" and got.get("Rina Puspita Dewi") == "person"  # the rank spelt out


def test_storms_operations_and_products_are_no_people() -> None:
    got = _names("Kerusakan akibat Topan Debbie parah. Ia kembali dari Operasi Tinombala. Layar Galaxy Note merah.")
    assert got.get("Topan Debbie") == "other" and got.get("Operasi Tinombala") == "other"
    assert got.get("Galaxy Note") == "other"


def test_english_names_particles_and_possessives() -> None:
    got = _names("The Tour de France closed the streets of London's centre, and I'm told Bank of England agreed.")
    assert "Tour de France" in got and "France" not in got  # a known name after "de" is part of the longer one
    assert got.get("London") == "place" and "I'm" not in got and "Bank of England" in got


def test_an_english_story_shows_known_names_as_its_outlets_write_them() -> None:
    arts = [Article(f"e{i}", "e.txt", [text], outlet=f"Outlet {i}", language="en") for i, text in enumerate([
        "France and Spain agreed on Monday to share border patrols, officials in Paris said.",
        "Officials from France and Spain met in Paris on Monday to agree on border patrols.",
    ])]
    from warta.brief import make_brief

    names = {e.name for e in make_brief(Story("en", arts)).entities}
    assert "France" in names and "Prancis" not in names  # the gazetteer's Indonesian name is not what they wrote


def test_a_nickname_given_after_a_name_is_its_alias() -> None:
    got = {m.name: m.alias_of for m in find_entities(
        "Ia dekat dengan ayahnya, Ranto Edi Gudel, semasa seniman yang akrab disapa Mbah Ranto itu hidup.")}
    assert got.get("Mbah Ranto") == "Ranto Edi Gudel"
    got = {m.name: m.alias_of for m in find_entities("Kata Menteri Semuel Pangerapan, pria yang biasa disapa Semmy.")}
    assert got.get("Semmy") == "Semuel Pangerapan"
    assert {m.name: m.alias_of for m in find_entities("Ranto Edi Gudel bertemu Mbah Ranto.")}["Mbah Ranto"] is None


@pytest.mark.parametrize(
    ("text", "nickname", "name"),
    [
        ("Penyanyi Dionisius Prasetyo atau yang dikenal dengan sebutan Didi Kempot dimakamkan hari ini.",
         "Didi Kempot", "Dionisius Prasetyo"),
        ("Liliyana atau yang akrab disapa Butet, mengaku tampil lebih baik.", "Butet", "Liliyana"),
        ("Jojo, sapaan akrab Jonatan, mampu mengatasi perlawanan sang kompatriot.", "Jojo", "Jonatan"),
    ],
)
def test_a_nickname_known_as_or_given_before_a_name_is_its_alias(text: str, nickname: str, name: str) -> None:
    """`dikenal dengan sebutan` names a person too; `X, sapaan akrab Y` gives the nickname first; and a cue only
    people get makes a person of a one-word name the rules leave untyped (`Liliyana`, `Jojo`)."""
    got = {m.name: (m.type, m.alias_of) for m in find_entities(text)}
    assert got[nickname] == ("person", name) and got[name] == ("person", None)
    got = {m.name: m.alias_of for m in find_entities("Golden Raspberry Awards yang juga dikenal dengan Razzies.")}
    assert got.get("Razzies") is None  # `dikenal` of a body: no person's nickname


def test_a_country_before_a_name_is_split_from_it() -> None:
    got = _names("Kata Wakil Menteri Dalam Negeri Libya Abdelsalam Ashour kepada wartawan.")
    assert got.get("Libya") == "place" and got.get("Abdelsalam Ashour") == "person" and "Negeri" not in got
    got = _names("Oldman berperan sebagai Perdana Menteri Inggris Raya Winston Churchill dalam film itu.")
    assert got.get("Winston Churchill") == "person" and "Raya Winston Churchill" not in got
    assert _names("Kapendam Kolonel Inf Muhammad Aidi dan Letkol Czi Agus Santoso hadir.") == {
        "Muhammad Aidi": "person", "Agus Santoso": "person"}  # the branch of service is part of the rank
    assert _names("Isco ingin bertahan di Santiago Bernabeu.").get("Santiago Bernabeu") == "place"
    got = _names("Perdana Menteri Queensland Annastacia Palaszczuk meninjau Pantai Airlie.")
    assert got == {"Queensland": "place", "Annastacia Palaszczuk": "person", "Pantai Airlie": "place"}


def test_a_party_board_is_an_organisation_and_its_deputy_chair_a_title() -> None:
    got = _names("Wakil Ketua Umum DPP Hanura, Sudewo mengatakan, partai akan melapor ke polisi.")
    assert got.get("DPP Hanura") == "organization" and "Sudewo" in got
    assert not any(name.startswith("Umum") for name in got)


def test_english_teams_bodies_and_streets_are_no_people() -> None:
    got = _names("He rode for the Astana Team, was fined by the Union Cycliste Internationale and met fans at "
                 "Greenwich Millennium Village near Oxford Street.")
    assert got == {"Astana Team": "organization", "Union Cycliste Internationale": "organization",
                   "Greenwich Millennium Village": "place", "Oxford Street": "place"}


def test_a_title_with_english_function_words_is_no_person() -> None:
    got = _names("Nominasi film terbaik jatuh pada Call Me By Your Name dan Three Billboards Outside Ebbing.")
    assert got.get("Call Me By Your Name") == "other" and got.get("Three Billboards Outside Ebbing") == "other"
    assert _names("Gubernur bertemu pimpinan Bank of America di Jakarta.").get("Bank of America") == "organization"


def test_a_lone_name_that_speaks_is_a_person() -> None:
    got = _entities(
        "Wakil Ketua Umum DPP Hanura, Sudewo mengatakan, partai akan melaporkan dugaan penggelapan ke polisi.",
        "Sudewo menjelaskan, laporan itu dibuat bersama kuasa hukum partai pada Senin pagi di Jakarta.",
    )
    assert got.get("Sudewo") == "person"


def test_said_is_a_given_name_and_unions_and_fronts_are_organisations() -> None:
    got = _names("Presiden Konfederasi Serikat Buruh Indonesia Said Iqbal dan Ketua Umum Front Pembela Islam "
                 "Rizieq Shihab bertemu. Menurut Said Didu, pertemuan itu wajar.")
    assert got.get("Said Iqbal") == got.get("Said Didu") == got.get("Rizieq Shihab") == "person"
    assert got.get("Front Pembela Islam") == "organization" and "Buruh" not in got


def test_the_english_for_a_people_names_their_country() -> None:
    got = {m.name: m.canonical for m in find_entities("The French rider beat the Dutch team, a British official said.")}
    assert got == {"French": "Prancis", "Dutch": "Belanda", "British": "Inggris"}
    got = _names("Victims of the Indian Ocean tsunami near the Bay of Bengal got help from the Red Cross.")
    assert got == {"Victims": "other", "Indian Ocean": "place", "Bay of Bengal": "place", "Red Cross": "organization"}


def test_a_middle_initial_starts_a_person_after_an_organisation() -> None:
    got = _names("Hal itu dikatakan Sekretaris Kementerian Pemuda dan Olahraga Gatot S. Dewa Broto kepada wartawan.")
    assert got == {"Kementerian Pemuda dan Olahraga": "organization", "Gatot S. Dewa Broto": "person"}


def test_english_club_names_are_bodies_and_a_rapper_is_a_title() -> None:
    got = _names("Brighton menang atas Wigan Athletic, lalu Blackburn Rovers kalah. Rapper Eminem menonton.")
    assert got.get("Wigan Athletic") == "organization" and got.get("Blackburn Rovers") == "organization"
    assert got.get("Eminem") == "person" and "Rapper Eminem" not in got


def test_a_short_name_several_people_share() -> None:
    got = _aliases("Presenter Raffi Andika mengunjungi makam sahabatnya. Raffi datang bersama asistennya.",
                   '"Dia bilang, maafin Raffi baru sempat ke sini," kata ibunda almarhum. Raffi lalu berdoa.')
    assert "Raffi" in got.get("Raffi Andika", [])  # the given name of one, not of a quote's "Maafin Raffi"
    got = _aliases("Aktor David Connolly dirawat di Florida. Putranya, Beau Connolly, dan adiknya Patrick Connolly "
                   "menemaninya. Connolly kritis sejak Sabtu. Connolly dikenal lewat serial keluarga.")
    assert "Connolly" in got.get("David Connolly", [])  # a family name: the subject, named first
    got = _aliases("Hadir Ketua Panitia Ignatius Jonan dan Kardinal Ignatius Suharyo Hardjoatmodjo. Ignatius datang "
                   "lebih dulu. Ignatius kemudian menyapa umat.")
    assert not any("Ignatius" in v for v in got.values())  # the given name of two people: whose, the text says not


def test_a_lone_name_quoted_after_the_quote_is_a_person() -> None:
    ents = {e.name: e.type for e in _story_entities(
        '"Jangan pernah menyerah," kata Drake saat menerima piala. Drake lalu menyapa para penggemarnya di panggung.',
        '"Kami bangga," ujar Sumarsono di Balai Kota. Sumarsono memberi hadiah kepada polisi itu.')}
    assert ents.get("Drake") == "person" and ents.get("Sumarsono") == "person"


def test_a_body_glued_to_a_person_the_story_quotes_is_that_person() -> None:
    got = _aliases("Komisi Yudisial (KY) menilai seleksi itu tak elok. Juru bicara KY Farid Wajdi menyebut prosesnya.",
                   '"Jangan korbankan kualitas," kata Farid. "Kami menghimbau agar prosesnya terbuka," ujar Farid.')
    assert "Farid" in got.get("Farid Wajdi", []) and "Farid" not in got.get("Komisi Yudisial", [])


def test_initials_with_an_age_are_a_person() -> None:
    ents = {e.name: e.type for e in _story_entities(
        "Polisi menangkap ARM (25) di rumahnya di Bekasi pada Senin malam.",
        "Tersangka ARM (25) mengaku menjual barang curian itu kepada seorang penadah.")}
    assert ents.get("ARM") == "person"  # not a body's acronym


def test_an_acronym_closes_a_body_before_its_holders_name() -> None:
    got = _names("Hal itu dikatakan Ketua Komisi II DPR Zainudin Amali di Jakarta.")
    assert got.get("Komisi II DPR") == "organization" and got.get("Zainudin Amali") == "person"
    assert "Badan SAR Nasional" in _names("Kepala Badan SAR Nasional Marsekal Madya Henri Alfiandi tiba.")


def test_habib_is_an_honorific_and_paman_sam_the_united_states() -> None:
    got = _names("Polisi memeriksa Habib Rizieq di Jakarta, sementara Negeri Paman Sam menolak visa itu.")
    assert got.get("Rizieq") == "person" and "Habib Rizieq" not in got
    assert got.get("Negeri Paman Sam") == "place"


def test_an_air_base_is_a_place() -> None:
    got = _names("Pangkalan Udara Jarrah direbut tentara Suriah. Pesawat mendarat di Lanud Halim Perdanakusuma.")
    assert got.get("Pangkalan Udara Jarrah") == "place" and got.get("Lanud Halim Perdanakusuma") == "place"


def test_a_given_name_that_is_a_dictionary_word_opens_the_name() -> None:
    assert "Muhammad Hanif Dhakiri" in _names("Muhammad Hanif Dhakiri mengatakan pelatihan kerja itu diperluas.")
    assert _names("Penyanyi Selena Gomez memberikan pidato yang emosional.").get("Selena Gomez") == "person"
    assert "Jaksa Agung" not in " ".join(_names("Kata Jaksa Agung Prasetyo di Jakarta."))  # 'Agung' is a title's
    # a ministry's word of two roots (ke-tenaga kerja-an) is a role word, not the first name
    assert "Muhammad Hanif Dhakiri" in _names("Kata Menteri Ketenagakerjaan Muhammad Hanif Dhakiri di Jakarta.")


def test_a_name_with_an_age_is_a_person() -> None:
    ents = {e.name: e.type for e in _story_entities(
        "Korban meninggal adalah M Ali (82), warga Kelurahan Cipinang Melayu, Jakarta Timur.",
        "Ali (82) meninggal karena kedinginan setelah rumahnya terendam banjir semalaman.")}
    assert ents.get("Ali") == "person"


def test_jordan_is_a_name_and_suv_a_thing() -> None:
    got = _names("Ganda campuran Praveen Jordan menang. Mobil SUV itu dipamerkan oleh Capt Hasudungan Tambunan.")
    assert got.get("Praveen Jordan") == "person" and got.get("SUV") != "organization"
    assert got.get("Hasudungan Tambunan") == "person"  # `Capt` is a rank


def test_a_law_is_no_person() -> None:
    got = _names("Pelaku dijerat Undang-Undang Nomor 35 Tahun 2014 tentang Perlindungan Anak.")
    assert got.get("Undang-Undang Nomor") == "other"
    got = _names("Aturan itu tertuang dalam Permenhub Nomor 26 kata Kapolda Irjen Polisi Condro Kirono.")
    assert got.get("Permenhub Nomor") == "other" and got.get("Condro Kirono") == "person"


def test_a_platform_is_a_body_before_an_account_holders_name() -> None:
    got = _names("Video itu diunggah di kanal YouTube Sekretariat Presiden dan di akun Instagram Kevin Systrom.")
    assert got.get("YouTube") == "organization" and got.get("Instagram") == "organization"
    assert got.get("Kevin Systrom") == "person"


def test_a_region_alone_after_a_regional_office_is_a_place() -> None:
    got = _names("Hal itu disampaikan Kapolres Ponorogo (AKBP Suryo Sudarmaji) kepada wartawan.")
    assert got.get("Ponorogo") == "place" and got.get("Suryo Sudarmaji") == "person"
    got = _names("Kata Kapolsek Cipondoh Kompol Budi Santoso kepada wartawan.")  # a district, then the rank
    assert got.get("Cipondoh") == "place" and got.get("Budi Santoso") == "person"
    got = _names("Kata Kapolsek Metro Tebet Kompol Budi Santoso kepada wartawan.")  # Jakarta's `Metro` areas
    assert got.get("Metro Tebet") == "place" and "Tebet" not in got


def test_nicknames_of_known_politicians_and_polresta() -> None:
    got = _aliases("Ketua DPR Bambang Soesatyo meminta pansus bekerja cepat di Jakarta.",
                   "Bamsoet mengatakan rekomendasi pansus segera keluar pekan depan.")
    assert "Bamsoet" in got.get("Bambang Soesatyo", [])
    assert _names("Kasus itu ditangani Polresta Sidoarjo sejak Senin.").get("Polresta Sidoarjo") == "organization"


def test_a_person_after_a_region_named_with_its_head_is_split_off() -> None:
    got = _names("Kata Wakil Gubernur Provinsi Jawa Barat Deddy Mizwar di Bandung.")
    assert got.get("Provinsi Jawa Barat") == "place" and got.get("Deddy Mizwar") == "person"
    assert got.get("Kabupaten Bandung Barat") == "place" or "Kabupaten Bandung Barat" in _names(
        "Hujan deras melanda Kabupaten Bandung Barat kemarin.")  # a compass point is the region's, not a name


def test_from_a_person_is_no_place() -> None:
    ents = {e.name: e.type for e in _story_entities(
        "Para pelaku belajar merakit bom dari Leonardus Siregar lewat aplikasi pesan. "
        "Leonardus Siregar kini masih buron di luar negeri.",
        "Pendaki turun dari Koto Baru menuju posko. Tim SAR menjemput mereka di Koto Baru.")}
    assert ents.get("Leonardus Siregar") == "person" and ents.get("Koto Baru") == "place"


def test_more_clubs_and_racing_teams_are_bodies() -> None:
    got = _names("Ryan Mason pernah membela Hull City, sementara Marc Marquez membalap untuk Repsol Honda.")
    assert got.get("Hull City") == "organization" and got.get("Repsol Honda") == "organization"
    assert _names("Radamel Falcao kembali ke AS Monaco.").get("AS Monaco") == "organization"  # AS: not the USA


def test_a_ministrys_name_with_dan_is_all_role_words() -> None:
    got = _names("Hadir Menteri Pemuda dan Olahraga Imam Nahrawi dan Menteri Kelautan dan Perikanan Susi Pudjiastuti.")
    assert got.get("Imam Nahrawi") == "person" and got.get("Susi Pudjiastuti") == "person"
    assert not any(name.startswith("dan ") for name in got)


def test_a_temple_is_a_place_and_militant_groups_are_bodies() -> None:
    got = _names("Konser digelar di Candi Prambanan, jauh dari wilayah yang dikuasai Al Qaeda dan Taliban.")
    assert got.get("Candi Prambanan") == "place"
    assert got.get("Al Qaeda") == "organization" and got.get("Taliban") == "organization"


def test_mass_organisations_and_their_acronyms() -> None:
    got = _names("Kuasa hukum FPI Rizieq Shihab menemui pengurus PBNU dan Muhammadiyah di Jakarta.")
    assert got.get("FPI") == "organization" and got.get("Rizieq Shihab") == "person"
    assert got.get("PBNU") == "organization" and got.get("Muhammadiyah") == "organization"


def test_a_common_acronym_before_a_name_is_no_part_of_it() -> None:
    got = _names("Terdakwa kasus e-KTP Setya Novanto dirawat di ruang ICU RSUD Kardinah sejak Senin.")
    assert got.get("Setya Novanto") == "person" and got.get("RSUD Kardinah") == "organization"


def test_oso_is_a_person_and_labs_are_bodies() -> None:
    ents = {e.name: e.type for e in _story_entities(
        "Ketua Umum Partai Hanura Oesman Sapta Odang dilaporkan ke polisi oleh kadernya sendiri.",
        "OSO membantah tuduhan itu, sementara riset Kaspersky Lab tak berkaitan dengan kasus OSO.")}
    assert ents.get("Oesman Sapta Odang") == "person"
    assert _names("Menurut riset Kaspersky Lab, kebocoran itu besar.").get("Kaspersky Lab") == "organization"


def test_a_city_whose_name_stems_to_a_word_still_ends_a_body_before_its_holder() -> None:
    """`Bekasi` stems like a prefixed word (`be-` + `kasi`) but is no dictionary word: the region closes the body's
    name, and its holder is a person (`Kota Bekasi Junaedi` was one place)."""
    text = "Ketua DPRD Kota Bekasi Tri Adhiyanto mengatakan proyek itu berjalan."
    found = {(m.name, m.type) for m in find_entities(text)}
    assert ("Tri Adhiyanto", "person") in found


def test_regencies_are_places_and_a_regency_name_that_speaks_is_a_person() -> None:
    """Regencies by their Kemendagri names: two words anywhere (`Polewali Mandar` was a person), one word after a
    place cue (`di Cianjur`); a one-word name that is also a person's (`Bima`) is no place when it speaks."""
    ents = _entities(
        "Gempa juga dirasakan warga di Cianjur, Mamuju Tengah dan Polewali Mandar, kata petugas.",
        "Petugas BPBD di Cianjur dan Polewali Mandar masih mendata kerusakan rumah warga.",
        "Kepala Unit Reserse Mobil Inspektur Polisi Satu Bima Sakti mengatakan pelaku ditangkap. Menurut Bima, pelaku "
        "berkomplot dengan kakaknya. Bima mengatakan polisi menyiapkan dua pasal.",
    )
    assert ents.get("Polewali Mandar") == ents.get("Cianjur") == "place"
    assert ents.get("Bima") != "place"


def test_a_region_and_its_administrative_name_are_one_entity() -> None:
    """`Kota Pekanbaru` is `Pekanbaru` and `Provinsi Riau` is `Riau`; `Kabupaten Bandung` is not `Bandung`, which
    names the city too."""
    aliases = _aliases(
        "Ratusan tahanan kabur dari Rutan Sialang Bungkuk, Kota Pekanbaru, Provinsi Riau, Jumat malam.",
        "Tahanan yang kabur dari rutan di Pekanbaru, Riau, sebagian sudah ditangkap kembali.",
        "Polisi di Pekanbaru memburu tahanan kabur; sebagian lari ke Kabupaten Bandung dan Bandung.",
        "Kapolda Riau meminta tahanan yang kabur dari Pekanbaru menyerahkan diri.",
    )
    assert "Kota Pekanbaru" in aliases.get("Pekanbaru", []) and "Provinsi Riau" in aliases.get("Riau", [])
    assert "Bandung" not in aliases.get("Kabupaten Bandung", [])
    assert "Kabupaten Bandung" not in aliases.get("Bandung", [])


def test_a_middle_initial_that_is_also_a_title_stays_in_the_name() -> None:
    """`H` (Haji) between two names is a middle initial: `Yasonna H Laoly` was `HAM Yasonna` and `Laoly`."""
    found = _names("Menteri Hukum dan HAM Yasonna H Laoly mengatakan hal itu. Hadir pula Grup H Liga Champions.")
    assert found.get("Yasonna H Laoly") == "person" and "Laoly" not in found


def test_a_regional_office_and_a_detention_centre_are_bodies() -> None:
    found = _names("\" Saya tak dengar, \" kata Kepala Kanwil Kemenkumham Riau Ferdinand Siagian di Rutan Salemba.")
    assert found.get("Ferdinand Siagian") == "person" and found.get("Rutan Salemba") == "organization"
    assert "person" not in {t for n, t in found.items() if n.startswith(("Kanwil", "Rutan"))}


def test_a_street_and_a_locality_in_a_regency_are_places() -> None:
    """`jalan Ice Skating` is a street and `SPN Labuan Panimba, Kabupaten Donggala` a locality, not people."""
    ents = _entities(
        "Jenazah disemayamkan di rumah duka, jalan Ice Skating, Arcamanik, kata Brigjen Abdul Rahman Baso.",
        "Ia ditemukan tewas di samping masjid Sekolah Polisi Negara (SPN) Labuan Panimba, Kabupaten Donggala.",
        "Korban ditemukan di Sekolah Polisi Negara (SPN) Labuan Panimba, Kabupaten Donggala, dan disemayamkan "
        "di jalan Ice Skating.",
    )
    assert ents.get("Ice Skating") == ents.get("Labuan Panimba") == "place"


def test_a_company_with_and_without_its_legal_form_is_one_body() -> None:
    """`PT Adhi Karya` is `Adhi Karya` (a company, however its short name was typed); `PT Timah` is not `Timah`."""
    ents = {e.name: (e.type, e.aliases) for e in _story_entities(
        "Pembiayaan depo LRT digarap PT Adhi Karya Tbk bersama PT Bank Mandiri (Persero) Tbk.",
        "Adhi Karya menyebut kredit dari Bank Mandiri mencapai Rp 5 triliun untuk depo LRT.",
        "Kredit itu disepakati Bank Mandiri dengan Adhi Karya di Jakarta, Jumat.",
    )}  # fmt: skip
    adhi = next(v for k, v in ents.items() if "Adhi Karya" in k)
    mandiri = next(v for k, v in ents.items() if "Bank Mandiri" in k)
    assert adhi[0] == mandiri[0] == "organization"
    assert sum("Adhi Karya" in k for k in ents) == sum("Bank Mandiri" in k for k in ents) == 1
    ents = {e.name: e.aliases for e in _story_entities(  # the short name itself never written
        "Perusahaan tekstil PT Sri Rejeki Isman Tbk dinyatakan pailit oleh Pengadilan Niaga Semarang.",
        "Dalam putusan itu, PT Sri Rejeki Isman dinyatakan lalai memenuhi kewajiban pembayarannya.",
    )}  # fmt: skip
    assert sum("Sri Rejeki Isman" in k for k in ents) == 1


def test_names_spelt_with_f_or_p_and_old_or_new_spelling_are_one_person() -> None:
    """One officer is written `Zulfan Lubis` and `Zulpan Lubis`, one regent `Djoko Soetrisno` and `Joko Sutrisno`."""
    ents = {e.name: e.aliases for e in _story_entities(
        "Kabid Humas Polda Riau AKBP Zulfan Lubis membenarkan ledakan itu, Senin.",
        "Ledakan terjadi pukul 08.00 WIB, kata Kabid Humas Polda Riau AKBP Zulpan Lubis.",
        "Bupati Djoko Soetrisno meninjau lokasi bersama Zulfan Lubis, Senin sore.",
        "Bupati Joko Sutrisno menyebut dua warga terluka.",
    )}  # fmt: skip
    assert len([k for k in ents if k.startswith("Zul")]) == 1
    assert len([k for k in ents if k.endswith("trisno")]) == 1


def test_a_word_opening_a_sentence_before_a_named_person_is_not_part_of_the_name() -> None:
    """`Gol Lionel Messi, ...` is a goal by Lionel Messi when the story names Lionel Messi elsewhere."""
    ents = {e.name: e.aliases for e in _story_entities(
        "Gol Lionel Messi dan Paco Alcacer memastikan kemenangan Barcelona atas Alaves.",
        "Barcelona menang 3-1 berkat gol Lionel Messi, kata pelatih Luis Enrique.",
    )}  # fmt: skip
    assert "Lionel Messi" in ents and not any(n.startswith("Gol") for n in [*ents, *ents["Lionel Messi"]])


def test_football_leagues_are_bodies_under_one_name() -> None:
    """`La Liga` is no person named La; `Premier League` and `Liga Inggris` are one league."""
    ents = {e.name: (e.type, e.aliases) for e in _story_entities(
        "Barcelona memimpin klasemen La Liga, sedangkan Chelsea memimpin Premier League.",
        "Chelsea memuncaki Liga Inggris dan Barcelona berada di puncak La Liga.",
    )}  # fmt: skip
    assert ents["La Liga"][0] == "organization"
    assert {"Premier League", "Liga Inggris"} <= {*ents.get("Liga Primer Inggris", ("", []))[1]}


def test_a_company_named_with_its_legal_form_is_split_from_its_director() -> None:
    """`Direktur Utama Adhi Karya Budi Harto` is the company, then its director, when the story also writes `PT Adhi
    Karya Tbk` and calls him `Budi`."""
    ents = {e.name: e.type for e in _story_entities(
        "Pembiayaan depo digarap PT Adhi Karya Tbk. Direktur Utama Adhi Karya Budi Harto mengakui dana itu cair.",
        "Dana dari bank bakal diraih sebelum akhir tahun, kata Budi. KAI dan Adhi Karya menjadi mitra proyek.",
    )}  # fmt: skip
    assert ents.get("Budi Harto") == "person" and not any(n.endswith("Karya Budi Harto") for n in ents)


def test_a_stopword_that_ends_a_name_in_running_text_is_the_names() -> None:
    """`Ada` of `Markus Tanu Ada` is his family name when the sentence goes on after it; a title-case headline's
    `Akan` before `ke` is not, nor is a compass point split from a body's name (`Polda Jawa Tengah`)."""
    assert _names("Menurut Markus Tanu Ada, warga sudah mengungsi sejak pagi.") == {"Markus Tanu Ada": "person"}
    assert "Markus Tanu Ada" in _names("Pastor Markus Tanu Ada mengatakan misa tetap digelar.")
    assert "Joko Widodo" in _names("Joko Widodo Akan ke Surabaya Pekan Depan")
    got = _names("Tiga anggota ditangkap tim Direktorat Reserse Narkoba Polda Jawa Tengah saat berpesta.")
    assert got == {"Direktorat Reserse Narkoba Polda Jawa Tengah": "organization"}
    got = _names("Delegasi disambut Sekjen Partai Buruh Vietnam Tran Van Hai di Hanoi.")
    assert got.get("Tran Van Hai") == "person" and got.get("Partai Buruh Vietnam") == "organization"


def test_no_name_starts_inside_a_word_and_a_possessive_ends_one() -> None:
    """`eBay` holds no place `Bay`; `USGS's Mike Blanpied` is a body, then its man; `King's Cross` is no king's."""
    got = _names("Gifts came through eBay and iTunes, said the USGS's Mike Blanpied.")
    assert got == {"Gifts": "other", "USGS": "organization", "Mike Blanpied": "person"}
    assert _names("He was filmed at King's Cross on Thursday.") == {"Cross": "other"}
    assert _names("Mereka bertemu diJakarta, lalu menjual skor 3DMark lewat eBay.") == {"Jakarta": "place"}


def test_english_bodies_and_waters_by_their_last_word() -> None:
    got = _names("The Royal Navy said the West Midlands Police and the Defence Ministry warned ships in the Persian "
                 "Gulf, where the Pacific Warning Center saw no wave.")
    assert got == {"Royal Navy": "organization", "West Midlands Police": "organization", "Persian Gulf": "place",
                   "Defence Ministry": "organization", "Pacific Warning Center": "organization"}


def test_a_body_named_by_the_first_words_of_its_name_is_the_one_with_them() -> None:
    """`Departemen Luar Negeri` of a story that names `Departemen Luar Negeri AS` is that department, `PT Liga` is
    `PT Liga Indonesia Baru`; a hospital named without its city stays apart when the story names two branches."""
    got = _aliases("Juru bicara Departemen Luar Negeri Matthew Miller menyebut kerja sama itu meresahkan.",
                   "Departemen Luar Negeri AS menyatakan akan menjatuhkan sanksi bila diperlukan.")
    assert "Departemen Luar Negeri" in got["Departemen Luar Negeri AS"]
    got = _aliases("Operator kompetisi PT Liga Indonesia Baru menjatuhkan sanksi kepada klub itu.",
                   "Direktur PT Liga menyebut keputusan itu sudah final dan tidak bisa diganggu gugat.")
    assert "PT Liga" in got["PT Liga Indonesia Baru"]
    got = _aliases("Hal itu disampaikan Kabid Humas Polda Jabar Kombes Gatot Repli Handoko kepada wartawan.",
                   "Kabid Humas Polda Jawa Barat Kombes Gatot Repli Handoko menyebut pemeriksaan masih berlangsung.")
    assert sum("Polda" in name for name in got) == 1  # the province written short or in full
    got = _aliases("Korban dibawa ke RS Bhayangkara Surabaya pada Kamis malam, sementara satu korban ke RS Bhayangkara "
                   "Kediri.", "Dokter di RS Bhayangkara menyebut kondisi korban stabil.")
    assert not any("RS Bhayangkara" in aliases for aliases in got.values())


def test_a_city_named_bare_and_with_its_unit_is_one_place() -> None:
    """`Bandung` is a regency and a city; beside `Kota Bandung` and no `Kabupaten Bandung`, it is the city."""
    got = _aliases("Banjir merendam ratusan rumah di Kota Bandung sejak Senin malam.",
                   "Hujan deras mengguyur Bandung dan sekitarnya hingga Selasa pagi.")
    assert "Kota Bandung" in got.get("Bandung", []) or "Bandung" in got.get("Kota Bandung", [])


def test_a_building_where_something_happens_is_a_place() -> None:
    got = _entities("Pertemuan itu digelar di Hotel Sultan, Jakarta, pada Senin malam.",
                    "Para tamu lalu berangkat ke Stasiun Gambir sebelum tengah malam.",
                    "Pihak Hotel Sultan belum memberikan keterangan soal pertemuan itu di Hotel Sultan.")
    assert got["Hotel Sultan"] == got["Stasiun Gambir"] == "place"


def test_a_currency_is_no_place() -> None:
    assert _names("Nilainya mencapai US$ 2 juta, sementara harga minyak di AS naik ke US$70 per barel.") == {
        "Nilainya": "other", "AS": "place"}


def test_a_bodys_name_goes_on_after_of() -> None:
    """No name starts right after a link word, and a place after `The Bank of` is the bank's: `Ministry of Foreign
    Affairs` and `Bank of England` are one body each; `Tim Baret dan Rangong Rescue` does not end in `dan`."""
    got = {m.name: m.type for m in find_entities("The Bank of England and the Ministry of Foreign Affairs said.",
                                                 english=True)}
    assert got == {"Bank of England": "organization", "Ministry of Foreign Affairs": "organization"}
    assert not any(m.name.endswith(" dan") for m in find_entities("Tim Baret dan Rangong Rescue tiba di lokasi."))


def test_the_department_in_an_office_is_not_part_of_its_holders_name() -> None:
    got = _names("Secretary of State Hillary Clinton met Secretary of Defense Robert Gates.")
    assert got == {"Hillary Clinton": "person", "Robert Gates": "person"}
    assert _names("He wrote to the Secretary of Defence, Robert Gates, on Friday.") == {"Robert Gates": "person"}


def test_an_english_army_rank_is_a_title() -> None:
    assert _names("Army Spc. Lynn Carter was sentenced on Friday.") == {"Army": "other", "Lynn Carter": "person"}


def _english_entities(*texts: str) -> dict[str, tuple[str, list[str]]]:
    from warta.brief import make_brief

    arts = [Article(f"e{i}", "e.txt", [t], outlet=f"Outlet {i}", language="en") for i, t in enumerate(texts)]
    return {e.name: (e.type, e.aliases) for e in make_brief(Story("en", arts)).entities}


def test_an_english_story_names_a_country_not_its_people() -> None:
    """"American" and "Japanese" name the United States and Japan; the country's own name comes first."""
    got = _english_entities(
        "American donors gave more after Japanese officials pledged aid. Japan said it would send ships.",
        "The American public gave generously, and Japanese firms matched gifts, the ministry said in Japan.",
    )
    assert got.get("United States") == ("place", ["American"]) and got.get("Japan") == ("place", ["Japanese"])
    assert "American" not in got and "Japanese" not in got


def test_a_lone_head_word_is_no_name_and_an_administration_is_not_its_president() -> None:
    """`City` and `Ministry` alone are fragments of longer names; `Bush` is the president, not another name of the
    `Bush Administration`."""
    got = _english_entities(
        "The Bush Administration raised its pledge. Bush said on Monday that more would come. The Ministry agreed.",
        "Critics of the Bush Administration welcomed it. The City and the Ministry said little, Bush said more.",
    )
    assert got.get("Bush Administration") == ("organization", []) and got.get("Bush") == ("person", [])
    assert "City" not in got and "Ministry" not in got


def test_a_body_before_its_spokesman_is_no_person() -> None:
    """`said Rabobank spokesman Erik Bosman`: the bank's man speaks, not a person named Rabobank."""
    got = _english_entities(
        "\"He broke the rules,\" said Rabobank spokesman Erik Bosman. Rabobank withdrew the rider on Wednesday.",
        "The rider was sent home by Rabobank, the team said.",
    )
    assert got.get("Rabobank", ("other", []))[0] != "person"


def test_a_bodys_number_is_part_of_its_name() -> None:
    """`Densus 88`, `Liga 1`: the number names the body (and `Densus` alone is the same unit); a day before its
    month, a count or an age is no part of a name."""
    got = _names("Anggota Densus 88 menangkap dua orang, sementara Persija kembali ke Liga 1 pada 12 Mei.")
    assert got.get("Densus 88") == "organization" and got.get("Liga 1") == "organization"
    got = _names("Mahasiswa Universitas 17 Agustus dan Budi Santoso 45 tahun itu datang Kamis 3 Mei.")
    assert "Budi Santoso" in got and not any(any(c.isdigit() for c in n) for n in got)
    ents = {e.name: e.aliases for e in _story_entities(
        "Densus 88 menangkap terduga teroris di Bandung. Polisi menyebut Densus menyita bahan peledak.",
        "Petugas dari Densus 88 menggeledah rumah terduga teroris di Bandung.",
    )}  # fmt: skip
    assert ents.get("Densus 88") == ["Densus"]


def test_a_name_before_a_facility_or_after_at_is_a_place_and_one_spoken_of_no_speaker() -> None:
    """`Abu Zubair prison`, `at Abu Zubair`: a place named like a person; `said Frontline had obtained`: the name opens
    what was said, it does not speak."""
    got = _english_entities(
        "Guards at Abu Zubair were charged. The Abu Zubair prison will close, officials said.",
        "Inmates at Abu Zubair were moved on Monday, the army said. The producer said Frontline had obtained photos.",
        "Photos from Abu Zubair were shown. A lawyer said Frontline had the files, and Frontline aired them.",
    )
    assert got.get("Abu Zubair", ("", []))[0] == "place" and got.get("Frontline", ("other", []))[0] != "person"


def test_a_name_inside_an_address_is_a_place() -> None:
    """`di Jalan Anggrek, HR Rasuna, Kota Padang`: a part of an address, between a street and its city."""
    ents = _entities(
        "Ledakan terjadi di depan toko di Jalan Anggrek, HR Rasuna, Kota Padang, Minggu pagi.",
        "Toko di Jalan Anggrek, HR Rasuna, Kota Padang, itu rusak parah akibat ledakan.",
    )
    assert ents.get("HR Rasuna") == "place"


def test_an_english_phrase_of_common_words_is_no_person() -> None:
    """`Ocean Warming`: English words, which Sastrawi's Indonesian dictionary does not know, so the English list tells
    them; a name is still a person's (`Maria Lopez`), a phrase of them after `in` still a place (`Red Rock`), and one
    before a bracketed acronym still takes it as an alias (`Sea Level Rise (SLR)`)."""
    got = _english_entities(
        "Delegates debated Ocean Warming on Monday, and Maria Lopez said floods hit homes in Red Rock.",
        "Maria Lopez told reporters that Ocean Warming was on the agenda. Rain fell in Red Rock.",
        "Scientists of the Sea Level Rise (SLR) panel met Maria Lopez. The SLR panel will report in May.",
    )
    assert got["Ocean Warming"] == ("other", []) and got["Maria Lopez"] == ("person", ["Lopez"])
    assert got["Red Rock"] == ("place", []) and got["Sea Level Rise"][1] == ["SLR"]
    text = "The delegates debated Ocean Warming on Monday."
    assert {m.name: m.type for m in find_entities(text, english=True)} == {"Ocean Warming": "other"}


def test_an_english_phrase_in_indonesian_text_is_no_person() -> None:
    """Indonesian text borrows English names of things (`BWF World Tour Super 1000`, `Jakarta Fashion Week`): two
    words both English, or three and more mostly common words, are no person; one English word beside a given name
    is (`Tiger Woods`). Spelt out before its acronym, such a phrase is the acronym's name."""
    names = _names("Turnamen BWF World Tour Super 1000 itu digelar saat Fashion Week, kata Tiger Woods dan Vanessa "
                   "Angel kepada wartawan.")
    assert names["World Tour Super"] == names["Fashion Week"] == "other"
    assert names["Tiger Woods"] == names["Vanessa Angel"] == "person"
    ents = _entities(
        "Komunitas Cancer Buster Community (CBC) menggelar acara di Jakarta pada Minggu pagi.",
        "Ketua CBC mengatakan acara itu diikuti ratusan penyintas kanker dari berbagai daerah.",
    )
    assert ents.get("Cancer Buster Community") == "organization" and "CBC" not in ents


def test_the_shipped_english_words_are_what_wordfreq_gives(tmp_path: Path) -> None:
    """`warta/data/english_words.txt` is derived from wordfreq (`python -m warta.lang.english`): common words, not
    names, which are written alike in other languages."""
    pytest.importorskip("wordfreq")
    from warta.lang.english import FILE, build, is_english_word

    build(tmp_path / FILE)
    shipped = files("warta").joinpath("data", FILE).read_text(encoding="utf-8")
    assert (tmp_path / FILE).read_text(encoding="utf-8") == shipped
    assert all(map(is_english_word, ["Change", "olympics", "STAGE"]))
    assert not any(map(is_english_word, ["John", "Paris", "Hotel"]))


def test_ibu_inside_a_bodys_name_is_the_names_and_a_stopword_ending_a_sentence_too() -> None:
    """`RS Kasih Ibu` (a mother's love): `Ibu` after a common word in a body's name is no title of the name after it,
    and a capitalised stopword that ends a name at a sentence's end is the name's, as before a comma."""
    got = _names("Kepala Humas RS Kasih Ibu Rina Wulandari mengatakan pasien itu membaik.")
    assert got.get("RS Kasih Ibu") == "organization" and got.get("Rina Wulandari") == "person"
    got = _names("Pasien itu lalu dirujuk ke RS Kasih Ibu. Keluarganya menunggu.")
    assert got.get("RS Kasih Ibu") == "organization"
    ents = {e.name: e.aliases for e in _story_entities(
        "Korban dibawa ke RS Kasih Ibu. Dokter jaga menanganinya sejak pagi.",
        "Juru bicara RS Kasih Ibu Rina Wulandari mengatakan korban dirawat di RS Kasih Ibu, Solo, sejak Senin.",
    )}  # fmt: skip
    assert "RS Kasih Ibu" in ents and "RS Kasih" not in ents


def test_an_international_body_is_a_body_and_a_lieutenant_a_title() -> None:
    text = "Amnesty International said Lieutenant Felix Carman had been questioned by the police on Monday."
    found = {m.name: m.type for m in find_entities(text, True)}
    assert found.get("Amnesty International") == "organization" and found.get("Felix Carman") == "person"


def test_a_body_opened_by_a_two_word_head_keeps_its_first_word() -> None:
    """`Rumah Sakit` opens a hospital's name: `Rumah` is no role word before a name (`Sakit Kasih`)."""
    text = "Didi Kempot meninggal di Rumah Sakit Kasih Ibu, Solo, Jawa Tengah."
    found = {m.name: m.type for m in find_entities(text)}
    assert found.get("Rumah Sakit Kasih Ibu") == "organization"
    assert {m.name for m in find_entities("Korban dilarikan ke Rumah Sakit Fatmawati, Jakarta Selatan.")} \
        >= {"Rumah Sakit Fatmawati", "Jakarta Selatan"}
    # two names after a two-word head are the body's, not a person after it
    assert [(m.name, m.type) for m in find_entities("Ia dirawat di Rumah Sakit Cipto Mangunkusumo sejak Senin.")] \
        == [("Rumah Sakit Cipto Mangunkusumo", "organization")]


def test_a_body_and_its_shortened_head_are_one_entity() -> None:
    story = Story("rs", [
        Article("a", "a", ["Didi Kempot meninggal di Rumah Sakit Kasih Ibu, Solo, pada Selasa pagi."],
                outlet="Harian A"),
        Article("b", "b", ["Jenazah Didi Kempot disemayamkan sebentar di RS Kasih Ibu sebelum dibawa ke Ngawi."],
                outlet="Harian B"),
    ])  # fmt: skip
    from warta.brief import make_brief

    bodies = [e for e in make_brief(story).entities if "Kasih Ibu" in e.name]
    assert len(bodies) == 1 and {bodies[0].name, *bodies[0].aliases} == {"Rumah Sakit Kasih Ibu", "RS Kasih Ibu"}


def test_a_body_with_an_acronym_in_its_name_is_one_with_the_name_spelt_out() -> None:
    from warta.brief import make_brief

    story = Story("lapas", [
        Article("a", "a", ["Kebakaran melanda Lapas Tangerang, kata pejabat Kementerian Hukum dan HAM di Jakarta."],
                outlet="Harian A"),
        Article("b", "b", ["Kementerian Hukum dan Hak Asasi Manusia menyatakan kebakaran Lapas Tangerang menewaskan "
                           "41 narapidana."], outlet="Harian B"),
    ])  # fmt: skip
    bodies = [e for e in make_brief(story).entities if e.name.startswith("Kementerian Hukum")]
    assert len(bodies) == 1 and set(bodies[0].aliases) >= {"Kementerian Hukum dan Hak Asasi Manusia"} \
        or bodies[0].name == "Kementerian Hukum dan Hak Asasi Manusia"


def test_english_military_ranks_are_titles() -> None:
    found = {m.name for m in find_entities("Colonel Keir-Kevin Curry said the prison would close within months.", True)}
    assert "Keir-Kevin Curry" in found and not any(n.startswith("Colonel") for n in found)


def test_a_title_is_no_person_or_place() -> None:
    """A name alone between quote marks or named by `berjudul` is a work's title or a label (`Ojo Mudik`, a song;
    `Rudy Habibie`, a film; `Kampung Teh`, a theme)."""
    got = _names('Aktor " Rudy Habibie " itu merilis lagu berjudul Ojo Mudik bersama Didi Kempot di "Kampung Teh".')
    assert got["Rudy Habibie"] == got["Ojo Mudik"] == got["Kampung Teh"] == "other"
    assert got["Didi Kempot"] == "person"


def test_an_acronym_the_story_defines_means_what_it_says_there() -> None:
    """The gazetteer's PBB is the United Nations; an article that writes `Partai Bulan Bintang (PBB)` means the party,
    also where it writes PBB alone. Initials after `berinisial` are a person's, not the Supreme Court (MA)."""
    text = ("Ketua Umum Partai Bulan Bintang (PBB) Yusril Ihza Mahendra mendaftar ke KPU di Jakarta. PBB belum lolos "
            "verifikasi faktual. Polisi menangkap pria berinisial MA di Bekasi pada Selasa malam.")
    ents = {e.name: e for e in _story_entities(text, text)}
    assert "PBB" in ents["Partai Bulan Bintang"].aliases
    assert "Perserikatan Bangsa-Bangsa" not in ents and "Mahkamah Agung" not in ents


def test_a_given_name_the_stemmer_cuts_to_a_short_root_still_opens_a_name() -> None:
    """`Diego` stems to `ego` and `Dimas` to `mas` (one short affix): names, not common words opening a sentence;
    `Keberadaan` (ke-ber-ada-an) is a word."""
    assert _names("Diego Costa dicoret dari skuad Chelsea.").get("Diego Costa") == "person"
    assert "Dimas Anggara" in _names("Dimas Anggara hadir di acara itu.")
    assert "Casemiro" in _names("Keberadaan Casemiro membuat lini tengah lebih kuat.")
    assert _names("Di sebelahnya duduk Ketum PAN Zulkifli Hasan.").get("Zulkifli Hasan") == "person"


def test_a_body_between_a_title_and_its_man_is_cut_off_when_both_are_named_alone() -> None:
    text = ("CEO Visio Incubator Hendriko Firman meresmikan program itu di Padang. Visio Incubator didirikan pada 2016 "
            "untuk membina perusahaan rintisan. Hendriko mengatakan kelas dibuka bulan depan. Sejauh ini Visio "
            "Incubator sudah membina sepuluh tim, kata Hendriko.")
    got = _entities(text, text)
    assert got.get("Hendriko Firman") == "person" and "Visio Incubator Hendriko Firman" not in got


def test_english_words_spelt_alike_are_two_names() -> None:
    text = ("Air France Flight 447 disappeared over the Atlantic. Rescuers found no debris of Flight 447 on Monday. "
            "Fight 447 was carrying 228 people, Air France said.")
    got = {e.name: e.aliases for e in _story_entities(text, text)}
    assert not any("Fight" in aliases for aliases in got.values())


def test_english_place_words_end_place_names() -> None:
    got = {m.name: m.type for m in find_entities("The quake struck the Maule Region and La Cruz Hill on Saturday.",
                                                  english=True)}
    assert got == {"Maule Region": "place", "La Cruz Hill": "place"}


def test_a_known_place_or_body_inside_a_longer_name_stays_in_it() -> None:
    assert _names("Bali United menang 2-0 atas Persib di Gianyar.").get("Bali United") == "organization"
    assert "Borneo FC" in _names("Gol tunggal itu membawa Borneo FC ke puncak klasemen.")
    got = _names("PS TNI menang atas Persija, kata manajer PT PBB di Bandung.")
    assert "TNI" not in got and "PBB" not in got
    known = {m.name: m.canonical for m in find_entities("Komisaris PT. PBB Glenn Sugita meminta maaf.")}
    assert known.get("PBB") is None  # the company's acronym after `PT.`, not the United Nations


def test_a_currency_names_no_country() -> None:
    assert "AS" not in _names("Nilai kontrak itu mencapai 200 juta dolar AS, kata juru bicara perusahaan.")
    assert "US" not in _names("Harganya US$ 5 juta per unit di Jakarta.")
    assert _names("Presiden AS Donald Trump datang ke Jakarta.").get("AS") == "place"


def test_a_title_between_two_names_is_a_middle_name() -> None:
    assert _names("Menteri Agama Lukman Hakim Saifuddin hadir di Mekkah.").get("Lukman Hakim Saifuddin") == "person"
    assert _names("Hakim Kusno menggugurkan praperadilan itu.").get("Kusno") == "person"


def test_an_english_word_that_opens_a_sentence_is_no_part_of_a_name() -> None:
    got = {m.name for m in find_entities("After Ahmadinejad announced the release, the sailors flew home.",
                                         english=True)}
    assert got == {"Ahmadinejad"}
    assert {m.name for m in find_entities("United Nations officials said so.", english=True)} == {"United Nations"}


def test_an_english_story_names_the_country_of_people_in_the_plural() -> None:
    text = "Iranians protested outside the embassy. Iran said the sailors were in its waters, Iranian officials said."
    got = {e.name: e.aliases for e in _story_entities(text, text)}
    assert "Iranians" in got.get("Iran", []) and "Iranians" not in got


def test_a_body_glued_to_a_person_named_alone_is_cut_off_without_the_body_named_alone() -> None:
    text = ("Ketua Pansus Angket KPK Agun Gunanjar memimpin rapat. Agun mengatakan rapat dilanjutkan besok. "
            '"Kami akan memanggil saksi lagi pekan depan," kata Agun di gedung DPR.')
    got = _entities(text, text)
    assert got.get("Agun Gunanjar") == "person" and "Pansus Angket KPK Agun Gunanjar" not in got


def test_well_known_companies_are_bodies_and_split_from_their_men() -> None:
    got = _names("Direktur Utama Pertamina Elia Massa Manik bertemu bos Samsung di Jakarta.")
    assert got.get("Pertamina") == "organization" and got.get("Samsung") == "organization"
    assert got.get("Elia Massa Manik") == "person"


def test_a_nickname_of_syllables_from_two_names_is_that_person() -> None:
    text = ("Pelatih Persib Djadjang Nurdjaman memimpin latihan. Timnya siap bertanding, kata Djanur kepada wartawan. "
            "Asisten pelatih Herry Kiswanto hadir. Lawan kali ini berat, menurut Herkis.")
    got = {e.name: e.aliases for e in _story_entities(text, text)}
    assert "Djanur" in got["Djadjang Nurdjaman"] and "Herkis" in got["Herry Kiswanto"]


def test_a_company_after_a_title_keeps_its_form_and_gives_up_its_holder() -> None:
    got = _names("Komisaris PT Sinar Bahari Lestari Rudi Hartanto diperiksa penyidik.")
    assert got.get("PT Sinar Bahari Lestari") == "organization" and got.get("Rudi Hartanto") == "person"
    got = _names("Direktur PT Cahaya Lestari Tbk Wiranto Halim hadir, juga Direktur Utama PT SKM Tumijan.")
    assert got.get("PT Cahaya Lestari Tbk") == "organization" and got.get("Wiranto Halim") == "person"
    assert got.get("PT SKM") == "organization" and got.get("Tumijan") == "person"
    got = _names("Komisaris PT Sinar Bahari Lestari Rudi S. Hartanto diperiksa penyidik.")
    assert got.get("PT Sinar Bahari Lestari") == "organization" and got.get("Rudi S. Hartanto") == "person"
    # near misses: a company's last words that are dictionary words are its own; without a title, all words are
    got = _names("Komisaris PT Sinar Bahari Lestari diperiksa penyidik.")
    assert got == {"PT Sinar Bahari Lestari": "organization"}
    assert "PT Mega Tirta Wiranto Halim" in _names("Saham PT Mega Tirta Wiranto Halim naik tajam.")


def test_a_company_acronym_may_leave_out_its_legal_form() -> None:
    ms = find_entities("Kontrak itu dimenangi PT Sinar Jaya Abadi (SJA) dan PT Mitra Laut (PTML) tahun lalu.")
    aliases = {m.name: m.alias_of for m in ms}
    assert aliases["SJA"] == "PT Sinar Jaya Abadi" and aliases["PTML"] == "PT Mitra Laut"
    other = find_entities("Kontrak itu dimenangi PT Sinar Jaya Abadi (BKN) tahun lalu.")
    assert next(m for m in other if m.name == "BKN").alias_of is None


def test_acronyms_and_short_words_of_common_nouns_are_no_entities() -> None:
    got = _entities("Penyidik KPU menerbitkan Sprindik baru setelah RUU itu disahkan, kata Ketua KPU Arief Budiman.",
                    "Sprindik baru terbit setelah RUU disahkan DPR, kata Arief Budiman dari KPU.")
    assert "Sprindik" not in got and "RUU" not in got
    assert "KPU" in got or "Komisi Pemilihan Umum" in got  # a body's acronym stays


def test_a_lone_body_head_is_the_one_body_it_opens() -> None:
    got = _aliases("Satgas Pangan menyita beras oplosan di gudang itu. Menurut Satgas, beras itu dijual mahal.",
                   "Beras oplosan disita Satgas Pangan. Satgas masih memeriksa pemilik gudang tersebut.")
    assert "Satgas" in got["Satgas Pangan"] and "Satgas" not in got
    # near misses: two bodies it opens (which one?), and `Timnas`, the home side beside its rival
    got = _aliases("Satgas Pangan dan Satgas Pungli bekerja sama. Menurut Satgas, beras itu dijual mahal.",
                   "Satgas Pangan dan Satgas Pungli memeriksa gudang. Satgas masih memeriksa pemiliknya.")
    assert "Satgas" not in got.get("Satgas Pangan", []) and "Satgas" not in got.get("Satgas Pungli", [])
    got = _aliases("Timnas kalah dari Timnas Thailand di Bangkok. Pelatih Timnas kecewa dengan hasil itu.",
                   "Timnas Thailand mengalahkan Timnas di Bangkok. Timnas kini berada di posisi ketiga.")
    assert "Timnas" not in got.get("Timnas Thailand", [])


def test_a_name_holding_a_body_head_is_no_person() -> None:
    assert _names("Massa berkumpul di depan Markas Polda kemarin sore.").get("Markas Polda") == "organization"
    assert _names("Kasus itu ditangani Reskrim Polres sejak pekan lalu.").get("Reskrim Polres") == "organization"
    assert _names("Massa berkumpul di depan rumah Marcus Polden kemarin sore.").get("Marcus Polden") == "person"


def test_after_a_title_a_body_ending_in_its_tail_word_gives_up_its_holder() -> None:
    got = _names("Hal itu disampaikan CEO Maju Ventures Nicko Halim di Jakarta.")
    assert got.get("Maju Ventures") == "organization" and got.get("Nicko Halim") == "person"
    # near misses: what follows is dictionary words, or English, or the tail word also opens names (`Bank`)
    for rest in ("Berita Harian", "Capital Markets"):
        got = _names(f"Hal itu disampaikan CEO Maju Ventures {rest} di Jakarta.")
        assert "Maju Ventures" not in got and rest not in got
    assert "Permata Budi Halim" not in _names("kata Direktur Retail Bank Permata Budi Halim di Jakarta.")


def test_police_ranks_of_three_words_are_titles() -> None:
    got = _names("Kanit Reskrim Inspektur Polisi Satu Darmanto Wijaya mengatakan pelaku sudah ditahan.")
    assert got.get("Darmanto Wijaya") == "person" and not any("Satu" in n for n in got)
    assert _names("Sherif Bill Carter menutup jalan itu.").get("Bill Carter") == "person"


def test_after_a_title_a_unit_head_alone_gives_up_its_holder() -> None:
    got = _names("Hal itu disampaikan Wakil Ketua Pansus Hendrik Lumbantoruan di Senayan.")
    assert got.get("Hendrik Lumbantoruan") == "person" and "Pansus Hendrik Lumbantoruan" not in got
    # near misses: what follows the head is the body's own (dictionary words, a known name)
    for rest in ("Hak Angket", "Pelindo Jakarta"):
        got = _names(f"Hal itu disampaikan Wakil Ketua Pansus {rest} di Senayan.")
        assert not any(t == "person" for t in got.values())


def test_persero_without_brackets_is_a_legal_form_too() -> None:
    ents = {e.name: e.aliases for e in _story_entities(
        "Solar di pulau itu dipasok PT Pertamina Persero sejak pagi, kata camat Budi Halim.",
        "Pasokan dari Pertamina belum cukup, kata Budi Halim. Pertamina menambah dua kapal.",
    )}  # fmt: skip
    assert "PT Pertamina Persero" in ents.get("Pertamina", []) and "PT Pertamina Persero" not in ents
    # near miss: a dictionary word is no short name of the company (`timah`, tin)
    ents = {e.name: e.aliases for e in _story_entities(
        "Bijih itu dijual ke PT Timah Persero sejak pagi, kata camat Budi Halim.",
        "Harga Timah naik lagi, kata Budi Halim. Timah dari desa itu dikirim ke Bangka.",
    )}  # fmt: skip
    assert not any("Timah" in aliases for aliases in ents.values())


def test_an_english_name_is_a_person_only_with_a_sign_of_one() -> None:
    got = _english_entities(
        "The Harbour Lantern Parade opened on Friday. Kestra Volwin said the lanterns were late.",
        "Crowds came to the Harbour Lantern Parade, where the drummer Oskar Velmont played as Tom Harbel watched."
        " Oskar Velmont and Tom Harbel left at ten.",
        "The Harbour Lantern Parade ends tonight; Velmont Gardens stay open. Kestra Volwin and Velmont Gardens agree.")
    assert got["Harbour Lantern Parade"][0] == "other"  # no cue: nobody
    assert got["Velmont Gardens"][0] != "person"
    assert got["Kestra Volwin"][0] == "person"  # a speech verb
    assert got["Oskar Velmont"][0] == "person"  # a lower-case role before the name
    assert got["Tom Harbel"][0] == "person"  # a given name


def test_an_english_surname_alone_shows_a_person_but_a_word_does_not() -> None:
    got = _english_entities(
        "Brenna Quillfeather opened the fair beside the Orbix Glow stand, and Quillfeather left early.",
        "Brenna Quillfeather came to the fair. The Orbix Glow sold out, and the Glow was praised.")
    assert got["Brenna Quillfeather"][0] == "person"
    assert got["Orbix Glow"][0] != "person"


def test_an_english_word_cut_from_a_body_is_no_short_name_of_it() -> None:
    got = _english_entities(
        "The World Glass Awards were held in Leeds. The World cheered. Brinkwell Holdings paid for them.",
        "The World Glass Awards went on. Brinkwell Holdings and Brinkwell gave the prizes.")
    assert "World" not in got["World Glass Awards"][1]
    assert "Brinkwell" in got["Brinkwell Holdings"][1]  # its first word, no English word: its short name


def test_accented_capitals_and_lower_case_particles_open_names() -> None:
    got = {m.name for m in find_entities("Óscar Acuña scored, said de Boer, and al-Humaidi agreed.", english=True)}
    assert {"Óscar Acuña", "de Boer", "al-Humaidi"} <= got
    got = {m.name for m in find_entities("Menteri Yusran al-Humaidi ikut, lalu Ahmad bin Abdullah datang.")}
    assert {"Yusran al-Humaidi", "Ahmad bin Abdullah"} <= got
    # a particle after a place's lower-case word is the place's (`col de ...`), not a name's
    got = {m.name for m in find_entities("The riders climbed the steep col de Verlaque at noon.", english=True)}
    assert "de Verlaque" not in got and "Verlaque" in got


def test_an_english_person_shown_by_a_dotted_title_kin_a_paper_a_post_or_a_ruler() -> None:
    got = _english_entities(
        "After a long debate about the budget on Monday, the assembly mourned Hon. Tavi Orumbe and stood in silence."
        " Loren Haskel's wife thanked them all; the Gravo Tide's hull was repaired at the yard in the spring."
        " According to Darla Fenwick of the Ledger, Wenbo Plaza opened its doors to the public in the evening."
        " Taxes rose sharply under Ravik Dolmar. The firm welcomed Yusra Kettel, long a member, as its new chief"
        " executive.",
        "Tavi Orumbe served two terms in the assembly before the flood of that year. Loren Haskel spoke at length of"
        " Gravo Tide, and Darla Fenwick wrote a long piece about Wenbo Plaza. Ravik Dolmar ruled the province for many"
        " years. Yusra Kettel starts in May at the head office of the firm.")
    for name in ("Tavi Orumbe", "Loren Haskel", "Darla Fenwick", "Ravik Dolmar", "Yusra Kettel"):
        assert got[name][0] == "person", name
    assert got["Gravo Tide"][0] != "person"  # a possessive of a thing's part
    assert got["Wenbo Plaza"][0] != "person"


def test_an_english_name_listed_with_a_person_is_one_too() -> None:
    got = _english_entities(
        "Brenna Quillfeather and Tovan Rask both played well in the final, and Quillfeather scored twice. Orbix Glow"
        " and Selma Drift were sold out in every shop of the town by the evening.",
        "Tovan Rask came late to the ground on the morning of the final. Selma Drift was on every shelf of the town;"
        " Orbix Glow too.")
    assert got["Tovan Rask"][0] == "person"  # beside a shown person (her surname alone)
    assert got["Selma Drift"][0] != "person"  # beside a thing


def test_an_english_given_name_opening_a_sentence_with_his_or_her_after_it() -> None:
    got = _english_entities(
        "Pell Arvane is unhappy with the deal his partner made, insiders said on Monday. \"Pell is upset because his"
        " name is in it,\" one of them said.",
        "Pell Arvane signed the contract in May after a long wait. Kerrow Bay was calm on the morning of the race. He"
        " fished near Kerrow Bay with his boat for most of the day.")
    assert got["Pell Arvane"][0] == "person"
    assert got["Kerrow Bay"][0] != "person"  # a lone name, but not opening the sentence


def test_an_english_brand_word_a_firm_that_speaks_or_a_thing_after_the_is_no_person() -> None:
    got = _english_entities(
        "The new GlowPods Max went on sale in the shops of the city this week. Velcorp says the Ferrin Statehouse can"
        " hold all of the buyers; Jean-Rose Mallet said so on the radio in the morning.",
        "GlowPods Max sold out in the city within a day of the launch. Crowds filled the Statehouse on the first day"
        " of the sale. Jean-Rose Mallet agreed with the plan of the city. Ferrin Statehouse was busy all week."
        " The boxes came from Velcorp and its plant in the north.")
    assert got["GlowPods Max"][0] != "person"  # a capital inside a word: a product's
    assert got["Velcorp"][0] != "person"  # one word that speaks once: firms speak too
    assert got["Ferrin Statehouse"][0] != "person"  # its last word after `the`: no surname
    assert got["Jean-Rose Mallet"][0] == "person"  # a capital after a hyphen is a name's


def test_a_body_named_once_keeps_its_row_when_a_cut_word_repeats_it() -> None:
    got = _english_entities(
        "Members of the Dorrow Valley Teachers Association marched. Teachers chanted outside the Quarry Fen Museum.")
    assert "Teachers" not in got["Dorrow Valley Teachers Association"][1]
    assert "Quarry Fen Museum" not in got  # named once, nothing repeats it


def test_an_english_nickname_after_everyone_called_him_is_the_person_before() -> None:
    got = _english_entities(
        "Arlo Benedek Finch was born in Leeds in 1950. Everyone called him Benny. Benny Finch wrote ten novels.",
        "Readers loved Benny Finch. Arlo Benedek Finch died in 2001. Benny wrote until the end.")
    assert len([n for n in got if "Finch" in n]) == 1
    got = _english_entities(
        "Arlo Benedek Finch was born in Leeds in 1950. Everyone called them Benny. Benny Finch wrote ten novels.",
        "Readers loved Benny Finch. Arlo Benedek Finch died in 2001. Benny wrote until the end.")
    assert len([n for n in got if "Finch" in n]) == 2


def test_tim_before_a_surname_is_a_person_but_a_team_otherwise() -> None:
    got = _entities(
        "Sutradara Tim Varrow mundur dari film itu. Penangkapan dilakukan Tim Kobrak 21 Polres Kota Lima.",
        "Tim Varrow tidak menjelaskan alasannya. Tim Ahli DPR menolak usulan itu, dan Tim Ahli akan rapat lagi.")
    assert got["Tim Varrow"] == "person"
    assert got.get("Tim Ahli") == "organization"
    assert got.get("Tim Kobrak") != "person"  # a numbered unit


def test_kadin_is_a_body() -> None:
    got = _entities("Ketua Kadin Jawa Tengah Budi Harjono hadir. Kadin mendukung rencana itu.",
                    "Kadin meminta pemerintah mempercepat izin.")
    assert got.get("Kamar Dagang dan Industri Indonesia") == "organization"


def _aliases_of(*texts: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.aliases) for e in _story_entities(*texts)}


def test_a_spaced_bracket_gives_an_alias_and_an_age() -> None:
    """Some texts space their brackets (IndoSum's tokenised articles): `Forum Umat Islam Bersatu ( FUIB )`,
    `MFT ( 44 )`."""
    got = _aliases_of(
        "Artis itu dilaporkan Forum Umat Islam Bersatu ( FUIB ) ke Badan Reserse Kriminal ( Bareskrim ) Polri. "
        "Ketua FUIB Rahmat Himran menyerahkan bukti ke Bareskrim.",
        "Polisi menahan tiga orang berinisial JAS ( 32 ) , MFT ( 44 ) dan SRN ( 32 ) . MFT dan SRN ditahan di "
        "Bareskrim.")
    assert got["Forum Umat Islam Bersatu"] == ("organization", ["FUIB"])
    assert "Bareskrim" in got["Badan Reserse Kriminal"][1] and "Bareskrim" not in got
    assert got["MFT"][0] == got["SRN"][0] == "person"


def test_a_terms_acronym_is_no_name() -> None:
    """A phrase of common words before its acronym is a term (`Wajib Pajak (WP)`, `Optical Image Stabilization`),
    and a common noun's acronym names nothing (`Surat Pemberitahuan (SPT)`); a body's word makes a body of the phrase
    (`International Monetary Fund (IMF)`, `Cancer Buster Community (CBC)`)."""
    got = _aliases_of(
        "Jumlah Wajib Pajak (WP) yang melapor naik. Ponsel itu punya Optical Image Stabilization (OIS). "
        "Batas Surat Pemberitahuan (SPT) Tahunan berakhir. Dana itu berasal dari International Monetary Fund (IMF).",
        "WP badan wajib lapor. Fitur OIS membuat foto tajam. WP juga mengisi SPT. IMF menyetujui pinjaman itu.")
    assert not {"Wajib Pajak", "Optical Image Stabilization", "Surat Pemberitahuan", "SPT"} & set(got)
    assert got["International Monetary Fund"] == ("organization", ["IMF"])


def test_an_acronym_before_a_persons_name_is_the_body_then_its_man() -> None:
    """`Kepala PVMBG Kasbani`, `Legenda basket NBA Kobe Bryant`, `Kepala Dinas Sosial DKI Masrokhan`: the body, then
    the person; not a person's initials (`HM Prasetyo`), a body's head (`DPP Hanura`) or a hospital named after
    someone (`RSPAD Gatot Soebroto`)."""
    got = _names("Kepala PVMBG Kasbani menjelaskan, tim ahli sudah tiba. Legenda basket NBA Kobe Bryant memuji Messi.")
    assert got["PVMBG"] == got["NBA"] == "organization" and got["Kasbani"] == got["Kobe Bryant"] == "person"
    got = _names("kata Kepala Dinas Sosial DKI Masrokhan, Rabu. Jaksa Agung HM Prasetyo hadir di RSPAD Gatot Soebroto.")
    assert got["Masrokhan"] == "person" and got["HM Prasetyo"] == "person"
    assert "Gatot Soebroto" not in got and "RSPAD Gatot Soebroto" in got
    assert "DPP Hanura" in _names("Wakil Ketua Umum DPP Hanura, Sudewo mengatakan partai akan melapor.")


def test_a_tournament_named_after_its_place_is_no_place() -> None:
    """`Malaysia Terbuka 2017`, `Auckland Classic`, `Jepang Terbuka`: an event (a body's, as cups and leagues are), not
    the country or city; a tournament glued to a player named on their own (`Australia Terbuka Tontowi`) is two."""
    got = _entities(
        "Pasangan itu gagal lolos ke perempat final Malaysia Terbuka 2017. Wozniacki menjadi runner-up Auckland "
        "Classic 2018. Tontowi Ahmad / Liliyana Natsir tampil di Australia Terbuka. Sepulang dari Australia Terbuka "
        "Tontowi beristirahat.",
        "Tontowi tampil buruk di Australia Terbuka 2017 dan Jepang Terbuka. Tontowi cedera di Jepang Terbuka.")
    assert not {"Malaysia", "Auckland", "Australia", "Jepang"} & set(got)
    assert got["Australia Terbuka"] == got["Jepang Terbuka"] == "organization"
    assert got["Tontowi Ahmad"] == "person"


def test_a_region_of_a_known_place_is_that_region() -> None:
    """A known place with a compass word after it is a region of it (`Asia Tenggara`, `Tangerang Selatan`), a feature's
    head before a known name makes one name (`Piramida Gunung Padang`, `di Kepulauan Riau`, `Semenanjung Korea`); not
    the navy's sea (`Angkatan Laut Amerika Serikat`)."""
    got = _entities(
        "Pariwisata tumbuh tertinggi di Kawasan Asia Tenggara. Film itu mengungkap Piramida Gunung Padang. "
        "Di Kepulauan Riau , Pulau Bintan jadi tujuan. Ketegangan di Semenanjung Korea naik.",
        "Warga Tangerang Selatan mengadu. Kapal Angkatan Laut Amerika Serikat tiba di Semenanjung Korea.")
    assert not {"Asia", "Padang", "Riau", "Korea", "Tangerang"} & set(got)
    assert got["Asia Tenggara"] == got["Kepulauan Riau"] == got["Semenanjung Korea"] == got["Gunung Padang"] == "place"
    assert got["Amerika Serikat"] == "place" and not any(n.startswith("Laut") for n in got)


def test_a_bodys_office_is_the_body_and_a_law_no_one() -> None:
    """`Kantor PSSI` is where PSSI sits, one entity with it; `UU ITE` and `RUU Ormas` are laws, even after a title
    (`Ketua Pansus RUU Ormas`); `Ustadz` and `Chief Executive` are titles."""
    got = _aliases_of(
        "Pemain asing itu diperiksa Komisi Disiplin di Kantor PSSI, Jakarta, pada Senin siang. Sanksi dari PSSI untuk "
        "pemain itu diumumkan pekan depan. Pelaku penghinaan itu dijerat dengan UU ITE oleh penyidik polisi. Mantan "
        "Ketua Pansus RUU Ormas itu mengatakan pembubaran harus bertahap. \" Semoga zikir kita diridhai Allah, \" "
        "kata pengurus forum itu, Ustadz Ahmad Munthoi.",
        "Puluhan suporter mendatangi Kantor PSSI di Jakarta untuk memprotes sanksi itu. Sekjen PSSI menolak bertemu "
        "para suporter tersebut. Polisi menjerat pelaku dengan UU ITE dan pasal penghinaan.")
    assert "Kantor PSSI" in got["PSSI"][1] and "Kantor PSSI" not in got
    assert not {"ITE", "RUU Ormas", "Ustadz Ahmad Munthoi"} & set(got) and got["UU ITE"][0] == "other"
    assert got["Ahmad Munthoi"][0] == "person"
    assert _names("Hong Kong Chief Executive Carrie Lam flew to Beijing.").get("Carrie Lam") == "person"


def test_an_acronym_is_no_nickname_of_syllables() -> None:
    """`NASA` is not `Na(no) Sa(tellite)` of `Tyvak Nano-Satellite Systems`, as `Djanur` is of Djadjang Nurdjaman."""
    got = _english_entities(
        "On Monday NASA said the five companies, Blue Origin, SpaceX and Tyvak Nano-Satellite Systems, were selected.",
        "The agency, NASA, added the companies. Tyvak Nano-Satellite Systems is best known for small satellites.")
    assert "NASA" in got and not any(n != "NASA" and "NASA" in aliases for n, (_, aliases) in got.items())


def test_a_hyphenated_word_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    """`Singer-guitarists Tom Johnston and Patrick Simmons ...` (AEB): a compound of common words, capitalised by its
    place; a name's parts are capitalised (`Jean-Pierre`)."""
    text = "Singer-guitarists Tom Johnston and Patrick Simmons will tour together for the first time in 25 years."
    assert [e.name for e in find_entities(text, english=True)][:2] == ["Tom Johnston", "Patrick Simmons"]
