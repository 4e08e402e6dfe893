import pytest
from hypothesis import given, strategies as st

from eventwire.nlp import load_pipeline, phrase_of, split_sentences


def texts(s):
    return [x.text for x in split_sentences(s)]


def test_splits_on_sentence_ends_and_keeps_offsets():
    text = "Troops entered the town. Residents fled! Was anyone hurt? Nobody knows."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Troops entered the town.", "Residents fled!", "Was anyone hurt?", "Nobody knows."]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_a_monitoring_source_line_is_a_sentence_of_its_own():
    assert texts("Radio Mogadishu, in Somali, 0900 gmt 5 Dec 25 A car bomb hit a checkpoint.") == [
        "Radio Mogadishu, in Somali, 0900 gmt 5 Dec 25", "A car bomb hit a checkpoint."]
    assert texts("Al-Manar TV, Beirut, in Arabic 1130 GMT 5 December 2025 Two drones struck.") == [
        "Al-Manar TV, Beirut, in Arabic 1130 GMT 5 December 2025", "Two drones struck."]
    assert texts("rfi, paris, in french 0700 gmt 3 mar 24 troops left the town.") == [
        "rfi, paris, in french 0700 gmt 3 mar 24", "troops left the town."]
    assert texts("IRNA news agency website, Tehran, in English 5 Dec 25 Police arrested two.") \
        == ["IRNA news agency website, Tehran, in English 5 Dec 25", "Police arrested two."]
    # A time in a sentence is no source line.
    assert texts("The blast came at 0900 GMT on Monday. Nine died.") == [
        "The blast came at 0900 GMT on Monday.", "Nine died."]
    for text in ("Heavy fighting broke out at 0300 GMT 5 Dec 2026 around the army base.",
                 "At 2100 GMT 3 rockets 20 minutes apart hit the town, police said.",
                 "By 0800 GMT 15 December 250 people had been evacuated from the area.",
                 "Speaking to reporters, in English, on 5 Dec 2025 the envoy said talks failed."):
        assert texts(text) == [text]
    assert texts("Polls close at 1800 GMT 4 May and counting starts at once.") == [
        "Polls close at 1800 GMT 4 May and counting starts at once."]


def test_abbreviations_initials_and_acronyms_do_not_split():
    assert texts("Gen. Smith met the U.S. envoy on Nov. 3 in Washington. Then he left.") == [
        "Gen. Smith met the U.S. envoy on Nov. 3 in Washington.", "Then he left."]
    assert texts("John F. Kennedy spoke. Crowds cheered.") == [
        "John F. Kennedy spoke.", "Crowds cheered."]


def test_an_acronym_or_clock_time_ends_a_sentence_before_a_word_that_opens_one():
    assert texts("Aid was cut, according to the U.N. The talks resume today.") == [
        "Aid was cut, according to the U.N.", "The talks resume today."]
    assert texts("She moved back to the U.S. In May she found work.") == [
        "She moved back to the U.S.", "In May she found work."]
    assert texts("The market shuts at 6 p.m. Police patrol it at night.") == [
        "The market shuts at 6 p.m.", "Police patrol it at night."]
    assert texts("They sold tents, stoves, lamps, etc. Most were bought by families.") == [
        "They sold tents, stoves, lamps, etc.", "Most were bought by families."]
    # A name part, a weekday or a time zone after them is the same sentence.
    assert texts("The U.S. Army and the U.N. Security Council met at 4 p.m. Tuesday. It ended.") \
        == ["The U.S. Army and the U.N. Security Council met at 4 p.m. Tuesday.", "It ended."]
    assert texts("Voting closed at 8 p.m. EST in most states. Counting began.") == [
        "Voting closed at 8 p.m. EST in most states.", "Counting began."]
    assert texts("THE CURFEW STARTS AT 9 P.M. SHOPS MUST CLOSE BY THEN.") == [
        "THE CURFEW STARTS AT 9 P.M.", "SHOPS MUST CLOSE BY THEN."]


def test_an_acronym_ends_a_sentence_before_a_country_that_owns_something():
    assert texts("Thousands have fled, according to the U.N. Kenya's foreign minister met "
                 "the envoy on Monday.") == [
        "Thousands have fled, according to the U.N.",
        "Kenya's foreign minister met the envoy on Monday."]
    # a country as a name's part, and possessives that are no country's, go on
    assert len(texts("He met the U.N. Yemen envoy in Muscat.")) == 1
    assert len(texts("The U.S. Army's 82nd Airborne deployed.")) == 1
    assert len(texts("Staff at the U.N. Security Council's offices left.")) == 1


def test_words_that_abbreviate_a_state_or_number_only_do_so_in_that_use():
    assert texts("She was born in Salem, Ore. She moved east.") == [
        "She was born in Salem, Ore. She moved east."]
    assert texts("Two guards fell ill. Doctors were called.") == [
        "Two guards fell ill.", "Doctors were called."]
    assert texts("They met after Easter Mass. Then they left.") == [
        "They met after Easter Mass.", "Then they left."]
    assert texts("Route No. 9 was shut. Most voters said no. The bill failed.") == [
        "Route No. 9 was shut.", "Most voters said no.", "The bill failed."]


def test_a_capital_after_a_number_or_slash_is_not_an_initial():
    assert texts("Heat reached 50C. Schools closed.") == ["Heat reached 50C.", "Schools closed."]
    assert texts("Winds hit 150 km/H. Roads were shut.") == [
        "Winds hit 150 km/H.", "Roads were shut."]
    assert texts("Spc. Ana Ruiz and Pfc. Tom Lee spoke.") == [
        "Spc. Ana Ruiz and Pfc. Tom Lee spoke."]


def test_paragraph_breaks_always_end_a_sentence():
    assert texts("A headline without a stop\n\nThe body starts here. It goes on") == [
        "A headline without a stop", "The body starts here.", "It goes on"]


def test_quotes_close_the_sentence_they_end():
    assert texts('"We will stay," he said. "We have nowhere to go." Others left.') == [
        '"We will stay," he said.', '"We have nowhere to go."', "Others left."]


@given(st.lists(st.sampled_from(["Rebels attacked.", "Mr. Lee spoke", "U.S.", "\n\n", " ",
                                 "Officials said 3.5 million fled?", "x"]), max_size=12))
def test_offsets_always_index_the_text(parts):
    text = " ".join(parts)
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text


def test_model_loads_once_per_process():
    assert load_pipeline() is load_pipeline()
    assert "ner" in load_pipeline().pipe_names


def test_a_paragraph_without_capitals_splits_at_end_marks():
    assert texts("troops entered the town. residents fled! was gen. smith hurt? nobody knows") == [
        "troops entered the town.", "residents fled!", "was gen. smith hurt?", "nobody knows"]
    # With a capital in the paragraph, a lower-case word after a period does not open a sentence.
    assert texts("He saw approx. ten men. They fled.") == ["He saw approx. ten men.", "They fled."]
    assert texts("The vote was 3 to 2. yes, it passed") == ["The vote was 3 to 2. yes, it passed"]


def test_a_sentence_longer_than_the_run_on_limit_fails_its_document():
    from eventwire.errors import DocumentError
    from eventwire.foreign.sentences import split_sentences as foreign_sentences
    from eventwire.nlp import MAX_RUN_ON_CHARS, MAX_SENTENCE_CHARS

    clause = "Rebels shelled the market and "
    at_limit = (clause * (MAX_RUN_ON_CHARS // len(clause) + 1))[:MAX_RUN_ON_CHARS]
    pieces = split_sentences("Troops left. " + at_limit + "\n\nNext paragraph.")
    assert pieces[0].text == "Troops left." and pieces[-1].text == "Next paragraph."
    assert max(len(s.text) for s in pieces) <= MAX_SENTENCE_CHARS
    # many sentences at the limit are no run-on: the limit is per sentence, not per document
    assert len(split_sentences((at_limit[:-1] + ". ") * 3)) > 3
    for split in (split_sentences, lambda t: foreign_sentences(t, "es"),
                  lambda t: foreign_sentences(t, "th")):
        try:
            split("Troops left. " + at_limit + "x")
        except DocumentError as exc:
            assert exc.stage == "nlp"
            assert f"{MAX_RUN_ON_CHARS + 1:,} characters" in exc.reason
        else:
            raise AssertionError("a sentence over the limit was split")


def test_a_document_with_a_run_on_sentence_is_recorded_unparsed_and_the_batch_goes_on():
    from fakes import CountingNLP, fake_pipeline, make_document

    from eventwire.nlp import MAX_RUN_ON_CHARS
    from eventwire.records import Failure

    nlp = CountingNLP()
    run_on = "Jets struck Idlib on Monday and" + " shelled the town and" * (MAX_RUN_ON_CHARS // 20)
    good = make_document("Jets struck Idlib on Monday.")
    results = list(fake_pipeline(nlp=nlp).extract([make_document(run_on), good], batch_size=2))
    assert isinstance(results[0], Failure) and results[0].stage == "nlp"
    assert "without a sentence end" in results[0].message
    assert results[1].document == good and results[1].events
    assert nlp.seen == [good.text]                       # the run-on was never parsed


def test_entities_recognised_after_the_parse_are_the_full_parses():
    from eventwire.nlp import defers_entities, parse, recognise
    nlp = load_pipeline()
    assert defers_entities(nlp)
    texts = ["Gunmen killed four guards outside a bank in Karsova on Tuesday.",
             "The Velmar Front said its fighters took two villages near the Olt river.",
             "Nobody was hurt.",
             "Police in Port Arden arrested 30 people after the march on Friday, Ms. Idris said."]

    def ents(docs):
        return [[(e.text, e.start_char, e.label_) for e in d.ents] for d in docs]

    full = ents(parse(nlp, texts))
    assert any(full)
    docs = list(parse(nlp, texts, entities=False))
    assert not any(d.has_annotation("ENT_IOB") for d in docs)
    recognise(nlp, docs[1:2])                  # batches of another make-up, a Doc done twice
    recognise(nlp, docs)
    assert ents(docs) == full


def test_the_pipeline_multiplies_matrices_on_numpys_blas_with_the_same_annotations():
    import numpy as np

    from eventwire.nlp import MODEL_PACKAGES, UNUSED_COMPONENTS
    nlp = load_pipeline()
    layers = [layer for _, c in nlp.pipeline if hasattr(c, "model") for layer in c.model.walk()]
    assert layers and all(not layer.ops.use_blis for layer in layers)
    x, y = np.ones((3, 4), dtype=np.float32), np.full((4, 2), 2.0, dtype=np.float32)
    assert layers[0].ops.gemm(x, y).tolist() == (x @ y).tolist()
    module = next(m for m in map(_importable, MODEL_PACKAGES) if m is not None)
    plain = module.load(exclude=list(UNUSED_COMPONENTS))      # thinc's own (BLIS) products
    texts = ["Gunmen killed four guards outside a bank in Karsova on Tuesday.",
             "The Velmar Front said its fighters took two villages near the Olt river.",
             "Police in Port Arden arrested 30 people after the march on Friday, Ms. Idris said."]

    def annotations(docs):
        return [[(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in d] for d in docs]

    assert annotations(nlp.pipe(texts)) == annotations(plain.pipe(texts))


def _importable(name):
    import importlib
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def test_a_repeated_text_is_parsed_and_recognised_once_into_docs_of_its_own():
    from eventwire.nlp import parse, recognise
    nlp = load_pipeline()
    one = "Gunmen killed four guards outside a bank in Karsova on Tuesday."
    other = "Police in Port Arden arrested 30 people after the march, Ms. Idris said."
    texts = [one, other, one, "Nobody was hurt.", one, other]
    distinct = list(dict.fromkeys(texts))
    alone = dict(zip(distinct, parse(nlp, distinct), strict=True))

    def annotations(d):
        return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in d]

    full = list(parse(nlp, texts))
    assert [annotations(d) for d in full] == [annotations(alone[t]) for t in texts]
    docs = list(parse(nlp, texts, entities=False))
    assert len({id(d) for d in docs}) == len(texts)          # no Doc is shared
    docs[0][0].tag_ = "XX"                                   # the caller may change its Docs
    assert docs[2][0].tag_ != "XX"
    seen = []

    class Recognizer:                     # the real one, noting the texts it is given
        def pipe(self, batch, **kwargs):
            batch = list(batch)
            seen.extend(d.text for d in batch)
            return nlp.get_pipe("ner").pipe(batch, **kwargs)

    class Pipeline:
        pipe_names = nlp.pipe_names

        def get_pipe(self, name):
            return Recognizer()

    recognise(Pipeline(), docs)
    assert sorted(seen) == sorted(set(texts))                # each text recognised once
    assert [[(e.text, e.label_) for e in d.ents] for d in docs] == [
        [(e.text, e.label_) for e in d.ents] for d in full]


def test_text_of_is_the_docs_text_kept_once():
    from eventwire.nlp import parse, text_of

    text = "Gunmen killed 12 people in Kabul on Monday, police said."
    (doc,) = parse(load_pipeline(), [text])
    first = text_of(doc)
    assert first == doc.text == text
    assert text_of(doc) is first                 # kept, not joined from the tokens again
    assert text_of(doc.copy()) == text


def test_text_of_a_parsed_sentence_is_its_text_whatever_its_spaces_and_runs():
    # the text is kept at parsing: it must be what spaCy's tokens join to
    from eventwire.nlp import MAX_RUN_CHARS, parse, text_of

    texts = ["Gunmen  killed 12 people.", " Police said\nthree died. ", "A\t\tB  ",
             "Shelling hit " + "x" * (MAX_RUN_CHARS + 5) + "  (" * 3 + "y" * 120 + " ok",
             *["Rebels said ''\u00a0\u200b they fled\u2026"] * 2]
    docs = list(parse(load_pipeline(), texts))
    assert [text_of(d) for d in docs] == ["".join(t.text_with_ws for t in d) for d in docs] \
        == texts


def test_tokens_within_and_token_at_are_the_scans_they_replace():
    from eventwire.nlp import parse, token_at, tokens_within

    text = "Gunmen  killed 12 people (in Kabul) on Monday, police said."
    (doc,) = parse(load_pipeline(), [text])
    for start in range(-1, len(text) + 2):
        assert tokens_within(doc, start) == [t for t in doc if t.idx >= start]
        held = [t for t in doc if t.idx <= start < t.idx + len(t.text)]
        assert token_at(doc, start) == (held[0] if held else None)
        for end in range(start, len(text) + 2):
            assert tokens_within(doc, start, end) == [t for t in doc if start <= t.idx < end]


def test_the_phrase_a_word_heads_is_its_subtree_as_written():
    doc = load_pipeline()("Fighters of the Islamic State barred residents from leaving.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert phrase_of(subject) == "Fighters of the Islamic State"
    assert phrase_of(next(t for t in doc if t.dep_ == "ROOT")) == doc.text


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's semicolon joins two items of news
    ("Rebels seize border post in Tessit; army says it will retake it",
     ["Rebels seize border post in Tessit;", "army says it will retake it"]),
    ("Dock strike spreads to Mombasa; ferries halted; tourists stranded",
     ["Dock strike spreads to Mombasa;", "ferries halted;", "tourists stranded"]),
    # a sentence of the body, closed by an end mark, keeps its semicolons
    ("The road was closed; the army sent troops.", ["The road was closed; the army sent troops."]),
    # a long line is no headline
    ("Officials in the northern province said on Tuesday that the bridge would stay closed; "
     "the traders who use it every day to carry grain and cattle to the markets were told to "
     "wait",
     ["Officials in the northern province said on Tuesday that the bridge would stay closed; "
      "the traders who use it every day to carry grain and cattle to the markets were told to "
      "wait"]),
])
def test_a_headlines_semicolon_ends_a_sentence(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a roundup's item and a note open with a label: it ends a sentence of its own
    ("Mopti: gunmen burned a granary in a village north of the town on Friday.",
     ["Mopti:", "gunmen burned a granary in a village north of the town on Friday."]),
    ("Port Harcourt: Police fired tear gas at traders on Monday. Ten were held.",
     ["Port Harcourt:", "Police fired tear gas at traders on Monday.", "Ten were held."]),
    ("UPDATE: The death toll from the landslide rose to 41 on Sunday.",
     ["UPDATE:", "The death toll from the landslide rose to 41 on Sunday."]),
    ("Dar es Salaam\n\nSan Pedro Sula: a bus crashed into a ravine, killing nine.",
     ["Dar es Salaam", "San Pedro Sula:", "a bus crashed into a ravine, killing nine."]),
    # not a colon after a verb or more than three words, inside a sentence, or before a word
    # or two; not a time of day
    ('Police said: "We arrested five men at the port."',
     ['Police said: "We arrested five men at the port."']),
    ("The Minister Of State For Defence: the army will stay in the north.",
     ["The Minister Of State For Defence: the army will stay in the north."]),
    ("Troops gave one reason: the road to Gao was mined.",
     ["Troops gave one reason: the road to Gao was mined."]),
    ("Kano: Friday", ["Kano: Friday"]),
    ("At 10:30 gunmen opened fire on the market in Gao.",
     ["At 10:30 gunmen opened fire on the market in Gao."]),
])
def test_a_label_opening_a_paragraph_ends_a_sentence(text, expected):
    assert [s.text for s in split_sentences(text)] == expected
