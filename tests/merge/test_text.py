"""The words of two reports: content words, names and numbers, headline similarity."""

from __future__ import annotations

from eventwire.merge.text import caseless, cosine, inner_names, jaccard, names, said_places, words


def test_words_drop_case_accents_punctuation_and_stop_words():
    assert words("The fire in Düzce, officials SAID.") == frozenset({"fire", "duzce",
                                                                     "officials"})


def test_names_are_capitalised_words_and_numbers_not_the_calendar():
    assert names("A 6.1-magnitude quake hit Aceh on Tuesday, killing 24.",
                 "Quake kills 24 in Aceh") == frozenset({"6 1", "aceh", "24", "quake"})


def test_a_possessive_names_what_its_name_names():
    # "Palin's church" and "Sarah Palin" share a name; so do "the Joneses'" style endings
    assert names("Palin's Church Damaged In Suspicious Fire") & names(
        "The church attended by Governor Sarah Palin was set alight.") == {"palin"}
    assert names("Fire at Jones' warehouse", "Kenya’s police said") == frozenset(
        {"fire", "jones", "kenya"})
    assert names("O'Brien's shop was robbed") == frozenset({"o brien"})
    assert "it" not in names("It's the third blast this week")


def test_jaccard_is_shared_over_all_and_zero_for_nothing():
    assert jaccard(frozenset("ab"), frozenset("bc")) == 1 / 3
    assert jaccard(frozenset(), frozenset("a")) == 0.0


def test_headlines_of_one_happening_are_closer_than_of_another_kind():
    a = "Fire guts historic church in Alaska town"
    same = "Arson suspected in blaze that destroyed Alaska church"
    other = "Parliament passes budget after long debate"
    assert cosine(a, a) == 1.0
    assert cosine(a, same) > cosine(a, other) + 0.2
    assert cosine(a, "") == 0.0


def test_vectors_are_used_as_their_float16_rounding():
    import numpy as np

    from eventwire.merge.text import rounded, vectors

    t = "Floodwater swept through three villages north of the capital overnight."
    v = vectors([t])[t]
    assert v.dtype == np.float32
    assert np.array_equal(v, v.astype(np.float16).astype(np.float32))
    assert np.array_equal(rounded(v), v)


def _counted(monkeypatch):
    """merge.text with no vector kept, and the shared encoder counting what it is asked:
    (the module, the texts asked, the encoder's own encode)."""
    from eventwire.events import encoder
    from eventwire.merge import text

    monkeypatch.setattr(text, "_VECTORS", {})
    enc = encoder.load_encoder()
    asked: list[str] = []
    real = enc.encode
    monkeypatch.setattr(enc, "encode", lambda ts: asked.extend(ts) or real(ts), raising=False)
    return text, asked, real


def test_prime_takes_what_a_store_holds_and_encodes_only_the_rest(monkeypatch):
    import numpy as np

    text, asked, real = _counted(monkeypatch)
    held = "Rescuers pulled two miners alive from the collapsed shaft."
    new = "Rescuers pulled survivors from a collapsed mine on Tuesday."
    unit = np.zeros(512, np.float32)
    unit[0] = 1.0
    lookups: list[list[str]] = []

    def stored(ts):
        lookups.append(ts)
        return {held: unit} if held in ts else {}

    text.prime([held, new, ""], stored)
    assert asked == [new] and lookups == [sorted([held, new])]
    assert np.array_equal(text.vectors([held])[held], unit)     # kept: not asked again
    text.prime([held, new], stored)
    assert len(lookups) == 1


def test_prime_takes_offered_vectors_after_the_store_and_rounds_them_alike(monkeypatch):
    import numpy as np

    text, asked, real = _counted(monkeypatch)
    held, given, new = ("Gunmen killed four guards at a checkpoint.",
                        "Four guards were shot dead at a checkpoint.",
                        "Flooding cut the road to the border town.")
    raw = np.asarray(real([held, given]))
    try:
        text.offer(zip([held, given], text.packed(raw), strict=True))
        text.prime([held, given, new], lambda ts: {held: text.rounded(raw[0] * 0 + 1)}
                   if held in ts else {})
    finally:
        text.offer(())
    assert asked == [new]                                   # the offered one not encoded
    assert np.array_equal(text._VECTORS[given], text.rounded(raw[1]))
    assert np.array_equal(text._VECTORS[held], text.rounded(raw[0] * 0 + 1))   # store first
    assert not text._OFFERED


def test_phrases_are_runs_of_capitalised_words_and_their_words():
    from eventwire.merge.text import phrases

    said = phrases("Aircraft struck a camp outside Jilib on Tuesday, in North Kivu, the army said.")
    assert {"jilib", "north kivu", "north", "kivu", "aircraft"} <= said
    assert "tuesday" not in said and "the" not in said       # the calendar, stop words
    assert phrases("troops shelled the town again on monday night.") == frozenset()
    assert "ar raqqah" in phrases("Outside Ar Raqqah Province, jets struck.")   # part of a run


def test_inner_names_leave_out_each_sentences_first_word():
    assert inner_names("Gunmen abducted Musa Adeyemi.", "Police said 12 died.") == {
        "musa", "adeyemi", "12"}
    assert inner_names("Gunmen.") == frozenset()


def test_a_text_in_lower_case_is_caseless():
    assert caseless("armed men kidnapped an engineer in kaduna.", "")
    assert not caseless("armed men kidnapped an engineer in kaduna.", "Kaduna kidnapping")


def test_the_places_a_sentence_names_by_its_words():
    cases = {
        "Another strike hit a clinic in Wetlet, a village 20 km away.": {"wetlet"},
        "That evening the air force also bombed Gonde township.": {"gonde"},
        "A bomb hit the school in nearby Amba Mariam.": {"amba mariam"},
        "Gunmen raided a farm near the town of Gashena.": {"gashena"},
        "Gunmen opened fire outside Kano State's assembly.": set(),       # a possessive
        "Gunmen opened fire in Kano State on Friday.": {"kano"},          # its unit left off
        "Rebels attacked in Syria's Idlib province.": set(),
        "Nine died in Tuesday's attack in December.": set(),              # the calendar
        "Gunmen fired near the Central Market.": set(),                   # a landmark
        "Fighting in the Ain Zara district resumed.": set(),
        "the strike in wetlet killed nine.": set(),                       # lower case
        "STRIKE IN WETLET KILLS NINE": set(),                             # capitals
        "Police said the toll had risen.": set(),
    }
    for sentence, names in cases.items():
        assert said_places(sentence) == names, sentence
