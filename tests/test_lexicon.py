"""The event lexicon's data files are consistent with each other."""
from eventwire.data_files import data_path, read_tsv
from eventwire.lexicon import PLOVER_TYPES, load_lexicon


def test_every_type_has_verbs_and_nouns():
    lex = load_lexicon()
    for etype in PLOVER_TYPES:
        pos = {p for (_, p), rows in lex.triggers.items() for r in rows if r.type == etype}
        assert "VERB" in pos, etype


def test_quad_codes_follow_plover():
    quad = load_lexicon().quad
    assert quad["AGREE"] == 1 and quad["AID"] == 2 and quad["ACCUSE"] == 3 and quad["ASSAULT"] == 4


def test_trigger_cameo_codes_map_to_the_same_type():
    cameo = {r["cameo"]: r["type"] for r in read_tsv(data_path("lexicon", "cameo_plover.tsv"))}
    mismatches = []
    for rows in load_lexicon().triggers.values():
        for t in rows:
            if t.cameo and t.cameo in cameo and cameo[t.cameo] and cameo[t.cameo] != t.type:
                mismatches.append((t.lemma, t.pos, t.cameo, cameo[t.cameo], t.type))
    # deliberate departures are allowed only where the trigger row says why
    assert len(mismatches) <= 25, mismatches


def test_modes_are_declared_for_their_type():
    declared = {(r["type"], r["mode"]) for r in read_tsv(data_path("lexicon", "modes.tsv"))}
    for rows in load_lexicon().triggers.values():
        for t in rows:
            assert not t.mode or (t.type, t.mode) in declared, (t.lemma, t.type, t.mode)


def test_trigger_rows_are_complete_and_keys_unique():
    """Every row has all ten columns and a known type; (lemma, pos, particle, object) appears once."""
    from collections import Counter

    path = data_path("lexicon", "triggers.tsv")
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8") if l.strip() and not l.lstrip().startswith("#")]
    width = len(lines[0].split("\t"))
    rows = [l.split("\t") for l in lines[1:]]
    assert all(len(r) == width for r in rows), [r[:5] for r in rows if len(r) != width]
    assert all(r[4] in PLOVER_TYPES for r in rows), [r[:5] for r in rows if r[4] not in PLOVER_TYPES]
    keys = Counter(tuple(c.strip().lower() for c in r[:4]) for r in rows)
    assert not [k for k, n in keys.items() if n > 1]


def test_intent_rows_use_known_readings_and_consistent_cameo_codes():
    cameo = {r["cameo"]: r["type"] for r in read_tsv(data_path("lexicon", "cameo_plover.tsv"))}
    for r in read_tsv(data_path("lexicon", "intents.tsv")):
        assert r["polarity"] in {"future", "hypothetical", "negated", "obligation", "joint", "ultimatum", "gathering",
                                 "preparation", "mission", "disowning"}, r
        assert r["intent_type"] in PLOVER_TYPES, r
        if r["cameo"] in cameo and cameo[r["cameo"]]:
            assert cameo[r["cameo"]] == r["intent_type"], r
    assert load_lexicon().intents[("joint", "MOBILIZE")][0] == "COOPERATE"
    assert load_lexicon().intents[("ultimatum", "*")] == ("THREATEN", "139")
    assert load_lexicon().intents[("gathering", "REQUEST")] == ("PROTEST", "141")
    assert "gather" in load_lexicon().gathering_verbs
    assert load_lexicon().intents[("preparation", "ASSAULT")] == ("MOBILIZE", "150")
    assert load_lexicon().intents[("mission", "MOBILIZE")] == ("AGREE", "0334")
    assert {"request", "mandate", "monitor"} <= load_lexicon().mission_words
    assert load_lexicon().intent_conditions[("future", "PROTEST")] == "outward"
    assert load_lexicon().intents[("disowning", "DISOWNING")] == ("REJECT", "120")
    assert "nothing" in load_lexicon().disowning_words


def test_request_nouns_are_loaded_as_lemmas():
    nouns = load_lexicon().request_nouns
    assert {"appeal", "demand", "invitation", "ultimatum"} <= nouns
    assert all(n == n.lower() and " " not in n and not n.endswith("s") for n in nouns)


def test_invitation_nouns_are_loaded_and_are_request_nouns():
    nouns = load_lexicon().invitation_nouns
    assert "invitation" in nouns and nouns <= load_lexicon().request_nouns


def test_subject_rows_load_sectors_and_nouns_beside_the_lemmas_other_rows():
    rows = [r for r in load_lexicon().candidates("train", "VERB") if r.subjects]
    assert rows and all("REB" in r.subjects for r in rows)
    quit_rows = load_lexicon().candidates("quit", "VERB")
    assert any(not r.subjects and r.mode == "resign" for r in quit_rows)
    assert any("troop" in r.subjects and r.mode == "withdraw" for r in quit_rows)
    assert "peacekeeping troop" in next(r.subjects for r in load_lexicon().candidates("arrive", "VERB") if r.subjects)


def test_subject_trigger_rows_are_complete_and_keys_unique():
    from collections import Counter

    cameo = {r["cameo"]: r["type"] for r in read_tsv(data_path("lexicon", "cameo_plover.tsv"))}
    declared = {(r["type"], r["mode"]) for r in read_tsv(data_path("lexicon", "modes.tsv"))}
    rows = list(read_tsv(data_path("lexicon", "subject_triggers.tsv")))
    assert rows and all(r["subject"] and r["type"] in PLOVER_TYPES for r in rows)
    assert all(cameo.get(r["cameo"]) == r["type"] for r in rows), [r["lemma"] for r in rows if cameo.get(r["cameo"]) != r["type"]]
    assert all(not r["mode"] or (r["type"], r["mode"]) in declared for r in rows)
    keys = Counter(tuple(r[c].lower() for c in ("lemma", "pos", "particle", "object", "subject")) for r in rows)
    assert not [k for k, n in keys.items() if n > 1]


def test_a_cue_is_never_ruled_out_where_its_pattern_matches():
    """links.py skips a cue's pattern when `may_occur_in` says its words are absent: never wrongly."""
    from eventwire.lexicon import load_cues

    for cue in load_cues():
        sentence = "Officials spoke " + "\n ".join(w.upper() if i % 2 else w.title() for i, w in enumerate(cue.words.split())) + " the talks."
        assert cue.pattern.search(sentence), cue.words
        assert cue.may_occur_in(sentence.lower()), cue.words
        assert not cue.may_occur_in("nothing here"), cue.words


def test_the_cues_that_may_occur_are_those_whose_words_are_all_present():
    """links.py asks once per sentence which cues may occur: the same cues, in the same order (longest
    first), as testing each cue's `may_occur_in` one by one."""
    from eventwire.lexicon import cues_that_may_occur, load_cues

    sentences = ["the army struck back in retaliation for the raid, days after the talks",
                 "the talks went on after the afternoon session", "nothing here", ""]
    sentences += [cue.words + " and more" for cue in load_cues()]
    for lowered in sentences:
        assert cues_that_may_occur(lowered) == [c for c in load_cues() if c.may_occur_in(lowered)], lowered
    assert "in retaliation for" in [c.words for c in cues_that_may_occur("struck in retaliation for the raid")]


def test_verbs_of_ordering_are_read_from_the_data():
    from eventwire.lexicon import load_lexicon

    assert {"order", "command"} <= load_lexicon().order_verbs


def test_modality_is_found_by_the_written_form_when_the_lemma_is_wrong():
    from eventwire.lexicon import load_lexicon

    lex = load_lexicon()
    assert lex.modality_of("hop", "hopes") == "future"  # spaCy lemmatizes "hopes" as "hop"
    assert lex.modality_of("plan", "plans") == "future"
    assert lex.modality_of("hop", "hops") is None


def test_a_truce_broken_by_two_sides_is_broken_against_each_other(code):
    # reciprocal.txt may name a CAMEO code: 196, violating a ceasefire, binds the sides that break it
    from conftest import tuples

    found = tuples(code("Both Armenia and Azerbaijan violated the ceasefire in Nagorno-Karabakh overnight."))
    assert ("ASSAULT", "ARM", "AZE") in found and ("ASSAULT", "AZE", "ARM") in found, found
    # a law two sides break is no pact between them
    found = tuples(code("Both Armenia and Azerbaijan violated the arms embargo, monitors said."))
    assert ("REJECT", "ARM", "AZE") not in found, found


def test_running_people_over_is_an_attack_but_running_over_a_budget_or_a_mine_is_not(code):
    # triggers.tsv "run over": a vehicle driven over people (CAMEO 180); a mine run over goes off by itself
    from conftest import tuples

    found = tuples(code("Settlers ran two shepherds over with a jeep near Nablus on Tuesday, witnesses said."))
    assert any(t[0] == "ASSAULT" for t in found), found
    for text in ["The new airport ran over budget by $2 billion, auditors said.",
                 "An army truck ran over a landmine near Kandahar on Tuesday."]:
        assert not any(t[0] == "ASSAULT" and t[1] for t in tuples(code(text))), text
