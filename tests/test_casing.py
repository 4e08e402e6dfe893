"""Case restoration: offsets never move, caseless lines are found line by line, the table's
words, names and neighbours give the case back, and events carry the user's words."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from eventwire.casing import (
    CasingTable, Truecaser, caseless_lines, change_case, line_style, load_table, name_words,
    sentence_case, user_words, word_key,
)
from eventwire.nlp import split_sentences
from eventwire.records import (
    Actor, DocumentRef, Event, Evidence, Mention, Place, document_id,
)
from eventwire.taxonomy import event_type

from fakes import FakeDetector, fake_pipeline, make_document

# Sentences written for these tests (names of places, groups, months, acronyms, pronouns).
MIXED = [
    "Gunmen killed five people at a market in northern Nigeria on Tuesday, police said.",
    "The Islamic State group claimed the attack in a statement on Telegram.",
    "A suicide bomber struck a mosque in Kabul during Friday prayers, the Taliban said.",
    "Protesters marched through New York and Los Angeles in May.",
    "The UN Security Council will meet on Thursday, diplomats told us.",
    "Troops of the African Union retook the town from al-Shabaab fighters.",
    "NATO said the US military would send more troops to Poland.",
    "Floods in Pakistan have killed at least 40 people since March, the government said.",
    "Police arrested two men in Manchester after a stabbing on Oxford Road.",
    "I saw the smoke from my window, a resident of Beirut told Reuters.",
    "The Red Cross said the hospital in Gaza City had no fuel left.",
    "Boko Haram fighters raided a village in Borno State overnight.",
]


def _table(**kw) -> CasingTable:
    parts = {"words": {}, "names": {}, "after": {}, "before": {}, "after_name": {},
             "before_name": {}, "lower": {}} | kw
    return CasingTable(parts["words"], parts["names"], parts["after"], parts["before"],
                       name_words(parts["names"]), parts["after_name"], parts["before_name"],
                       parts["lower"])


# --------------------------------------------------------------------------- offsets


@given(st.text(), st.sampled_from([str.upper, str.lower]))
def test_change_case_never_changes_the_length(text, change):
    changed = change_case(text, change)
    assert len(changed) == len(text)
    assert all(c == o or c == change(o) for c, o in zip(changed, text, strict=True))


_WORDY = st.lists(st.one_of(
    st.sampled_from(["POLICE", "said", "KABUL", "ß", "İSTANBUL", "u.s.", "ﬁre", ".", ", ", " ",
                     "\n", "\n\n", "ǅ", "the", "NEW YORK", "may", "i"]),
    st.text(max_size=6)), max_size=30).map("".join)


@settings(deadline=None)             # the first example loads the casing table
@given(_WORDY)
def test_restoring_case_keeps_length_and_letters(text):
    for variant in (text, change_case(text, str.upper), change_case(text, str.lower)):
        restored = Truecaser().restore(variant)
        assert len(restored) == len(variant)
        assert all(r == c or r in (c.upper(), c.lower())
                   for r, c in zip(restored, variant, strict=True))


def test_letters_whose_other_case_is_longer_stay_as_they_are():
    text = "DIE STRASSE IN DER GROSSEN STADT WAR VOLL, ß UND ŉ BLIEBEN."
    restored = Truecaser().restore(text)
    assert len(restored) == len(text) and "ß" in restored and "ŉ" in restored


# --------------------------------------------------------------------------- which lines


def test_line_styles():
    assert line_style("GUNMEN KILLED FIVE PEOPLE IN A MARKET") == "upper"
    assert line_style("gunmen killed five people in a market") == "lower"
    assert line_style("Gunmen killed five people in Kano, police said.") == "mixed"
    assert line_style("Air Strike Hits Hospital In Idlib") == "mixed"   # title case is cased
    assert line_style("i think the un will act, said one man in the crowd") == "lower"
    assert line_style("KABUL") is None                                   # too short to tell


def test_an_upper_case_headline_over_ordinary_text_is_the_only_line_restored():
    text = "TALIBAN SEIZE DISTRICT CENTRE IN NORTH\n" + MIXED[2] + "\n" + MIXED[0]
    assert list(caseless_lines(text)) == [(0, text.index("\n"))]
    restored = Truecaser().restore(text)
    assert restored.startswith("Taliban seize district centre in north\n")
    assert restored[text.index("\n"):] == text[text.index("\n"):]


def test_short_lines_take_the_style_of_the_whole_text():
    text = "KABUL\n" + " ".join(MIXED).upper()
    assert Truecaser().restore(text).startswith("Kabul\n")
    mixed = "KABUL\n" + " ".join(MIXED)
    assert Truecaser().restore(mixed) == mixed


def test_a_long_sentence_without_names_is_not_lower_case():
    line = ("The fire started in the kitchen of a small restaurant late in the evening and spread "
            "quickly through the roof of the building next door before the crews could reach "
            "it, and nobody was hurt in the end.")
    assert line_style(line) == "mixed"
    assert line_style(line.lower()) == "lower"


def test_hard_wrapped_lines_of_a_mixed_paragraph_are_left_alone():
    text = ("Police in Kano said the fire started in a kitchen\n"
            "and spread through the roof of the building next door before\n"
            "the crews could reach it, and nobody was hurt in the end.\n\n"
            "gunmen killed five people in a market on tuesday, police said.")
    assert [text[a:b] for a, b in caseless_lines(text)] == [text.split("\n\n")[1]]


def test_mixed_case_text_is_returned_as_it_is():
    text = "\n\n".join(MIXED)
    assert Truecaser().restore(text) is text


# --------------------------------------------------------------------------- the table


def test_words_names_and_neighbours_from_a_table():
    table = _table(words={"kabul": "Kabul", "us": "US", "i": "I"},
                   names={"new york": "New York"}, after={"told us": "us"},
                   before={"us from": "us"})
    caser = Truecaser(table)
    assert caser.restore("we met in new york and kabul, the us envoy told us.") == (
        "We met in New York and Kabul, the US envoy told us.")
    assert caser.restore("he took us from the us base. i stayed") == (
        "He took us from the US base. I stayed")


def test_sentence_starts_get_a_capital_but_not_after_abbreviations():
    caser = Truecaser(_table(words={"smith": "Smith"}))
    assert caser.restore("the gen. smith left. then rain fell! why? no one knows") == (
        "The gen. Smith left. Then rain fell! Why? No one knows")


def test_the_ends_of_contractions_and_possessives_stay_lower_case():
    caser = Truecaser(_table(words={"i": "I", "m": "M", "t": "T", "kabul": "Kabul"}))
    assert caser.restore("I'M SURE KABUL'S MAYOR DIDN'T GO") == "I'm sure Kabul's mayor didn't go"
    assert caser.restore("i’m sure the m23 rebels left") == "I’m sure the M23 rebels left"
    assert Truecaser(_table(words={"o": "O", "brien": "Brien"})).restore(
        "MR O'BRIEN'S CAR WAS HIT") == "Mr O'Brien's car was hit"


def test_a_names_words_must_be_adjacent():
    caser = Truecaser(_table(names={"new york": "New York"}))
    assert caser.restore("a new, york and new york are not one name") == (
        "A new, york and New York are not one name")


def test_words_next_to_a_name_take_the_case_the_table_gives_them_there():
    caser = Truecaser(_table(words={"sheridan": "Sheridan", "tinubu": "Tinubu", "modi": "Modi"},
                             after_name={"street": "Street"},
                             before_name={"president": "President", "prime": "Prime",
                                          "minister": "Minister"}))
    assert caser.restore("TRAFFIC WAS CLOSED ON SHERIDAN STREET, THE PRESIDENT SAID") == (
        "Traffic was closed on Sheridan Street, the president said")
    # before a name, right to left: one capital brings the next
    assert caser.restore("he met prime minister modi and president tinubu") == (
        "He met Prime Minister Modi and President Tinubu")
    # a capital from a sentence start is not a name's; nor is a word across punctuation
    assert caser.restore("STREET VENDORS LEFT. SHERIDAN, STREET BY STREET, EMPTIED") == (
        "Street vendors left. Sheridan, street by street, emptied")
    assert caser.restore("THE MINISTER OF THE PRESIDENT SAID") == (
        "The minister of the president said")


def test_a_word_known_neither_way_is_taken_for_a_name():
    known = {w: w for w in "the envoy met in and said after his were homestead on".split()}
    caser = Truecaser(_table(words={"kabul": "Kabul"}, lower=known))
    assert caser.restore("THE ENVOY MET OKONJO IN KABUL AND SAID") == (
        "The envoy met Okonjo in Kabul and said")
    # unknown words with an English ending, plurals of known words and short words stay
    assert caser.restore("the envoy regrouped after his homesteads were razed on tv") == (
        "The envoy regrouped after his homesteads were razed on tv")
    # without a list of known words, unknown words stay lower case
    assert Truecaser(_table()).restore("THE ENVOY MET OKONJO") == "The envoy met okonjo"


@pytest.mark.parametrize(("caps", "expected"), [
    # acronyms the table lacks: no vowel, or an opening no word of the table has
    ("POLICE SAID HRW AND THE NSCDC MET IN KANO ON TUESDAY",
     "Police said HRW and the NSCDC met in Kano on Tuesday"),
    ("THE KCNA REPORT WAS READ BY THE BNSS CHIEF AND FCT POLICE",
     "The KCNA report was read by the BNSS chief and FCT police"),
    ("GUNMEN KILLED FIVE IN YELEWATA, SAID SPOKESMAN LDF AND NPF",
     "Gunmen killed five in Yelewata, said spokesman LDF and NPF"),
    # the limit: an acronym spelt like a name is written as one
    ("THE SADC SUMMIT OPENED IN GABORONE", "The Sadc summit opened in Gaborone"),
    # names the table lacks stay names, short ones and long ones
    ("THE ENVOY MET OKONJO AND NDLOVU AND MBAYE IN KANO",
     "The envoy met Okonjo and Ndlovu and Mbaye in Kano"),
    ("GNASSINGBE AND TSHABALALA SPOKE TO UBAH AT THE RALLY",
     "Gnassingbe and Tshabalala spoke to Ubah at the rally"),
])
def test_an_unknown_word_in_capitals_that_reads_as_an_acronym_keeps_its_capitals(caps, expected):
    assert Truecaser().restore(caps) == expected


@pytest.mark.parametrize(("caps", "expected"), [
    ("LEADERS OF THE SOUTHERN AFRICAN DEVELOPMENT COMMUNITY (SADC) MET. THE SADC SUMMIT ENDED.",
     "Leaders of the Southern African development community (SADC) met. The SADC summit ended."),
    # letters inside words, skipped small words, a word the vocabulary holds in lower case
    ("THE INTERGOVERNMENTAL AUTHORITY ON DEVELOPMENT (IGAD) MET IN NAIROBI",
     "The intergovernmental authority on development (IGAD) met in Nairobi"),
    ("THE OFFICE FOR THE COORDINATION OF HUMANITARIAN AFFAIRS (OCHA) SAID OCHA TRUCKS LEFT",
     "The office for the coordination of humanitarian affairs (OCHA) said OCHA trucks left"),
    ("THE ASIA-PACIFIC ECONOMIC COOPERATION (APEC) FORUM OPENED. APEC LEADERS MET.",
     "The Asia-Pacific economic cooperation (APEC) forum opened. APEC leaders met."),
    # names and places in brackets are no acronyms
    ("POLICE SAID A GUNMAN (OKONJO) FLED TO KANO (NIGERIA) ON TUESDAY",
     "Police said a gunman (Okonjo) fled to Kano (Nigeria) on Tuesday"),
    ("THE SPOKESMAN (MBAYE) SAID THE ATTACK (AFP) KILLED FIVE",
     "The spokesman (Mbaye) said the attack (AFP) killed five"),
    # a defined acronym that is an English word stays the word
    ("THE WORLD HEALTH ORGANIZATION (WHO) SAID THE MAN WHO DIED WAS 40",
     "The World Health Organization (who) said the man who died was 40"),
])
def test_an_acronym_the_text_defines_keeps_its_capitals(caps, expected):
    assert Truecaser().restore(caps) == expected


def test_an_unknown_word_in_lower_case_is_never_made_an_acronym():
    # nothing in a lower-cased line says which words were acronyms
    assert Truecaser().restore("police said hrw and the nscdc met okonjo in kano") == (
        "Police said Hrw and the Nscdc met Okonjo in Kano")


def test_word_keys_drop_diacritics_only_when_the_length_stays():
    assert word_key("BOGOTÁ") == "bogota"
    # letters that do not decompose are folded as the gazetteer folds them
    assert word_key("REYHANLI") == word_key("Reyhanlı") == word_key("reyhanli")
    assert word_key("ŁÓDŹ") == "lodz" and word_key("STRASSE") == "strasse"
    # "İ" lower-cases to two characters; dropping the dot would shorten the key: it is kept.
    assert word_key("İSTANBUL") == "İSTANBUL".lower() != "istanbul"


def test_the_bundled_table_restores_written_sentences():
    """On sentences written for this test, nearly every word gets its case back from ALL CAPS
    and from lower case (a few ambiguous words may not)."""
    caser = Truecaser()
    text = " ".join(MIXED)
    for change in (str.upper, str.lower):
        restored = caser.restore(change_case(text, change)).split()
        right = sum(a == b for a, b in zip(restored, text.split(), strict=True))
        assert right / len(restored) >= 0.95, [
            (a, b) for a, b in zip(restored, text.split(), strict=True) if a != b]


@pytest.mark.parametrize(("caseless", "expected"), [
    ("THE US MILITARY SAID IT WOULD SEND TROOPS", "The US military said it would send troops"),
    ("the islamic state claimed the attack in kabul", "The Islamic State claimed the attack in Kabul"),
    ("BOKO HARAM FIGHTERS RAIDED A VILLAGE IN BORNO", "Boko Haram fighters raided a village in Borno"),
    ("floods hit the democratic republic of the congo", "Floods hit the Democratic Republic of the Congo"),
])
def test_names_acronyms_and_places_from_the_bundled_table(caseless, expected):
    assert Truecaser().restore(caseless) == expected


# Written for these tests: small towns, acronyms of weapons, offices before names, and hard
# negatives (common words that are also names somewhere: "northern district", "as tall",
# "mobile"). DEV was checked while the table's sources were chosen; ASIDE was written with it
# and run only once the choice was made.
HARD_DEV = [
    "Taliban fighters attacked a police post in Sangin district overnight, officials said.",
    "An IED hit a patrol near Birao, the UN mission said in a statement.",
    "Residents of the city's northern district said the power was cut at night.",
    "Rebels fired an RPG at a convoy on the road to Kidal on Sunday.",
    "The mobile clinic reached the eastern province after a day on the road.",
    "Thousands marched down Main Street in Reading to the town hall.",
    "Prime Minister Narendra Modi visited Jammu after the attack.",
    "NATO said a UAV crashed near the border with Belarus.",
    "The mission said at least 12 people were killed as tall buildings collapsed.",
    "President Bola Tinubu ordered troops to Zamfara State after the raid.",
]
HARD_ASIDE = [
    "Gunmen on motorbikes killed nine villagers near Djibo, the army said on Tuesday.",
    "Police used tear gas on students in the western district of the capital.",
    "A VBIED exploded at a checkpoint outside Afgooye, wounding four soldiers.",
    "The UN envoy told us the talks in Geneva had stalled again.",
    "Fighting spread to the central region as government forces moved north.",
    "Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara.",
    "Heavy rain flooded low-lying parts of Beira and Dondo, the mayor said.",
    "Militants stormed a school in Borno State and abducted dozens of pupils.",
    "An official at the interior ministry said the curfew would be lifted in May.",
    "Hurricane winds tore roofs off homes along the coast of Florida.",
]


@pytest.mark.parametrize("sentences", [HARD_DEV, HARD_ASIDE], ids=["dev", "aside"])
def test_small_towns_acronyms_and_offices_come_back_and_common_words_stay(sentences):
    caser = Truecaser()
    text = " ".join(sentences)
    for change in (str.upper, str.lower):
        restored = caser.restore(change_case(text, change)).split()
        wrong = [(a, b) for a, b in zip(restored, text.split(), strict=True) if a != b]
        assert len(wrong) / len(restored) <= 0.03, wrong


@pytest.mark.parametrize(("caseless", "expected"), [
    ("THE CITY'S NORTHERN DISTRICT", "The city's northern district"),
    ("IN THE EASTERN PROVINCE AS TALL AS SAID", "In the eastern province as tall as said"),
    ("A MOBILE CLINIC IN SANGIN", "A mobile clinic in Sangin"),
    ("IEDS AND AN RPG NEAR REYHANLI", "IEDs and an RPG near Reyhanli"),
])
def test_the_bundled_table_on_hard_cases(caseless, expected):
    assert Truecaser().restore(caseless) == expected


# Written for these tests: places and people whose lower case the English model's vocabulary
# holds only as a name's ("Bangalore" gives it "bangalore"), and common words that are also
# names (hard negatives: "may", "will", "bill", "rich", "mobile", "reading", "nice").
NAMES_THE_VOCABULARY_HOLDS = [
    "Hundreds of software workers protested in Bangalore on Friday over unpaid wages.",
    "Floods in Anhui province forced thousands from their homes, state media said.",
    "Police in Allegheny County said two officers were hurt during the protest.",
    "Farmers blocked a highway near Ludhiana to demand higher crop prices.",
    "A bomb exploded outside a bank in Quetta, killing three guards.",
    "Striking nurses marched to the parliament in Wellington on Tuesday.",
    "Residents of Hebron said soldiers raided several homes before dawn.",
    "The governor of Sindh ordered an inquiry into the shooting in Hyderabad.",
    "Miners in Potosi clashed with police over a new mining law.",
    "Angela Merkel met Emmanuel Macron in Strasbourg to discuss the crisis.",
    "Activists in Chittagong said the factory fire killed eleven workers.",
    "Police fired tear gas at demonstrators in Kisumu after the vote.",
    "The mayor of Medellin said gang violence had fallen this year.",
    "Fighting broke out near Donetsk as shells hit a market, officials said.",
    "Protesters gathered outside the embassy in Jakarta waving flags.",
    "Two journalists were detained in Minsk after covering the rally.",
    "A landslide buried several houses in Sumatra after days of rain.",
    "Gunmen kidnapped a priest in Enugu on Sunday, police said.",
    "Teachers in Oaxaca blocked roads to protest the education reform.",
    "The clashes in Tripoli left dozens dead, a hospital official said.",
    "Villagers near Tillaberi said jihadists had stolen their cattle.",
    "Students at the university in Dhaka demanded the minister resign.",
    "Officials in Tigray said aid convoys had not arrived for weeks.",
]
WORDS_THAT_ARE_NAMES = [
    "Officials said the strike may spread to other ports next week.",
    "The union said it will bill the city for the overtime its members worked.",
    "Both rich and poor neighbourhoods lost power after the storm.",
    "A mobile phone video showed police beating a man on the ground.",
    "After reading the statement, the spokesman said the curfew would stay.",
    "Lawmakers passed the bill despite protests outside the assembly.",
    "The army said it may withdraw troops if the ceasefire holds.",
    "Voters showed the will to change the government, the opposition said.",
    "The oil-rich region has seen attacks on pipelines for years.",
    "A mobile court sentenced the men to two years in prison.",
    "Rescue teams were still reading the damage reports from the coast.",
]


@pytest.mark.parametrize("change", [str.upper, str.lower])
@pytest.mark.parametrize("sentences", [NAMES_THE_VOCABULARY_HOLDS, WORDS_THAT_ARE_NAMES],
                         ids=["names", "words"])
def test_names_known_to_the_vocabulary_come_back_and_words_that_are_names_stay(
        sentences, change):
    text = " ".join(sentences)
    assert Truecaser().restore(change_case(text, change)) == text


def test_a_name_is_not_known_in_lower_case_for_its_lower_case_in_the_vocabulary():
    assert Truecaser().restore("IT WORKERS PROTESTED IN BANGALORE.").endswith(" Bangalore.")


@pytest.mark.xfail(reason="the corpus writes Nice, the city, more often than nice", strict=True)
@pytest.mark.parametrize("text", [
    "It was a nice day until the shooting started, one witness said.",
    "Nobody thought the talks would be nice, a diplomat said.",
])
def test_nice_as_a_word_stays_lower_case(text):
    assert Truecaser().restore(text.upper()) == text


def test_the_table_is_loaded_once():
    assert load_table() is load_table()


# --------------------------------------------------------------------------- user's words


def test_events_read_from_restored_text_carry_the_users_words():
    user = "GUNMEN STRUCK KABUL ON MONDAY."
    restored = Truecaser().restore(user)
    ref_user = DocumentRef(document_id(user), None, "TITLE", None)
    ref_restored = DocumentRef(ref_user.id, None, "Title", None)
    span = (14, 19)
    event = Event("ew-1", event_type("ATTACK"), Evidence(restored, (0, len(user))), ref_restored,
                  actor1=Actor("Gunmen", restored[:6], (0, 6)),
                  location=Place("Kabul", restored[span[0]:span[1]], span),
                  mentions=(Mention(ref_restored, Evidence(restored, (0, len(user)))),))
    back = user_words(event, restored, user, ref_user)
    assert back.evidence.sentence == user and back.location.text == "KABUL"
    assert back.location.name == "Kabul" and back.actor1.name == "Gunmen"
    assert back.actor1.text == "GUNMEN" and back.document == ref_user
    assert back.mentions[0].document == ref_user and back.mentions[0].evidence.sentence == user


def test_a_text_from_elsewhere_is_left_alone():
    user, restored = "POLICE SAID", "Police said"
    ref = DocumentRef("d", None, None, None)
    actor = Actor("Police", "Police", (100, 106))          # not at that span of the text
    assert user_words(actor, restored, user, ref) == actor


def test_the_pipeline_reads_restored_text_and_reports_the_users():
    upper = change_case("Warplanes struck Ariha on Monday.\n\nThe town lies south of Idlib.",
                        str.upper)
    pipe = fake_pipeline(detector=FakeDetector())
    pipe._detector.is_candidate = lambda text: "struck" in text
    doc = make_document(upper, published=date(2019, 5, 14))
    [result] = pipe.process([doc])
    assert result.document is doc
    [event] = result.events
    assert event.evidence.sentence == "WARPLANES STRUCK ARIHA ON MONDAY."
    assert event.location.text == "ARIHA" and event.location.name == "Ariha"
    assert pipe.nlp.seen == ["Warplanes struck Ariha on Monday."]
    assert event.document == doc.ref


def test_case_restoration_can_be_turned_off():
    pipe = fake_pipeline()
    pipe._restore_case = False
    assert pipe.cased_text("GUNMEN STRUCK KABUL ON MONDAY") == "GUNMEN STRUCK KABUL ON MONDAY"


# --------------------------------------------------------------------------- sentences


def test_sentences_split_the_same_in_any_case():
    text = " ".join(MIXED)
    expected = [(s.start, s.end) for s in split_sentences(text)]
    for change in (str.upper, str.lower):
        changed = change_case(text, change)
        assert [(s.start, s.end) for s in split_sentences(changed)] == expected
        restored = Truecaser().restore(changed)
        assert [(s.start, s.end) for s in split_sentences(restored)] == expected


# --------------------------------------------------------------------------- linear time


@pytest.mark.parametrize("unit", ["A. ", "NEW ", "NEW YORK ", "the us ", "X\n", "U.S. ", "ß "])
def test_restoring_case_takes_time_linear_in_the_text(unit):
    from test_linear_time import MAX_RATIO, _ratio
    caser = Truecaser()
    assert _ratio(caser.restore, lambda n: unit * (n // len(unit)), 20_000) < MAX_RATIO


def test_a_capitalised_word_known_only_capitalised_or_unknown_is_a_name():
    from eventwire.casing import CasingTable, unknown_name
    table = CasingTable(words={"kyiv": "Kyiv", "march": "March"}, names={}, after={},
                        before={}, name_words={}, lower={"march": "march", "spoke": "spoke"})
    assert unknown_name("Kyiv", table)
    assert unknown_name("Zorblat", table)               # not in the table at all
    assert not unknown_name("March", table)             # also a lower-case word
    assert not unknown_name("Spoke", table)
    assert not unknown_name("NATO", table)              # not a capitalised word


# Written for these tests: "may" and "march" as verbs and a noun (hard negatives) and as months.
MONTH_WORD_CASES = [
    ("police said the attackers may strike again.", "Police said the attackers may strike again."),
    ("the ministry may close schools, and students may march to parliament.",
     "The ministry may close schools, and students may march to parliament."),
    ("the vote was moved from 3 may to 14th march.", "The vote was moved from 3 May to 14th March."),
    ("floods since march have killed 40; by mid-may the toll may rise.",
     "Floods since March have killed 40; by mid-May the toll may rise."),
    ("talks may resume on may 2, or early in march 2026.",
     "Talks may resume on May 2, or early in March 2026."),
    ("the 5th of may was quiet.", "The 5th of May was quiet."),
]


@pytest.mark.parametrize(("caseless", "expected"), MONTH_WORD_CASES)
def test_month_names_that_are_words_get_a_capital_only_where_a_date_stands(caseless, expected):
    caser = Truecaser()
    for change in (str.lower, str.upper):
        assert caser.restore(change_case(caseless, change)) == expected


def test_a_modal_may_in_caseless_text_is_not_read_as_a_month():
    from eventwire.dates.recognize import recognize

    for text in ("gunmen killed five villagers, and police said they may strike again.",
                 "GUNMEN KILLED FIVE VILLAGERS, AND POLICE SAID THEY MAY STRIKE AGAIN."):
        assert recognize(Truecaser().restore(text)) == []
    found = recognize(Truecaser().restore("the curfew may end in may, officials said."))
    assert [c.text for c in found] == ["May"]


@pytest.mark.parametrize(("caseless", "expected"), [
    ("us urges restraint after clashes.", "US urges restraint after clashes."),
    ("talks stall; us envoy leaves.", "Talks stall; US envoy leaves."),
    ("the envoy told us the talks had stalled.", "The envoy told us the talks had stalled."),
    ("they shot at us. us troops later left.", "They shot at us. US troops later left."),
])
def test_us_opening_a_sentence_or_a_clause_is_the_country(caseless, expected):
    caser = Truecaser()
    for change in (str.lower, str.upper):
        assert caser.restore(change_case(caseless, change)) == expected


def test_sentence_case_lowers_caseless_lines_and_opens_sentences_with_a_capital():
    upper = "HOMBRES ARMADOS ATACARON UN PUESTO EL MARTES. «NADIE LO VIO», DIJO UN VECINO."
    lower = "des manifestants ont marché samedi à lyon. la police les a dispersés."
    mixed = "Des manifestants ont marché samedi à Lyon. La police les a dispersés."
    text = "\n\n".join([upper, mixed, lower])
    cased = sentence_case(text)
    assert len(cased) == len(text) and cased.lower() == text.lower()
    assert cased.split("\n\n") == [
        "Hombres armados atacaron un puesto el martes. «Nadie lo vio», dijo un vecino.",
        mixed, "Des manifestants ont marché samedi à lyon. La police les a dispersés."]
    assert sentence_case(mixed) is mixed
