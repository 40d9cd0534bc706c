"""Casualty and arrest counts come from the event's own clause."""


def _sizes(code, text, etype):
    return [e["size"] for e in code(text) if e["event"] == [etype]]


def test_killing_participle_counts_dead(code):
    sizes = _sizes(code, "U.S. jets bombed a camp in Syria, killing some 25 of the group's fighters.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 25


def test_wounded_and_killed_in_one_clause(code):
    sizes = _sizes(code, "A suicide bomber attacked a market in Kabul, killing 12 people and wounding 30 others.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 12 and sizes[0]["injured"] == 30


def test_arrest_count(code):
    sizes = _sizes(code, "Police in Kenya arrested 40 protesters in Nairobi on Tuesday.", "COERCE")
    assert sizes and sizes[0]["arrested"] == 40


def test_number_words(code):
    sizes = _sizes(code, "Gunmen attacked a police station in Nigeria, killing seven officers.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 7


def test_count_of_another_clause_is_not_taken(code):
    sizes = _sizes(code, "Iraqi troops attacked the town, which had 5000 residents.", "ASSAULT")
    assert sizes and sizes[0]["dead"] is None


def test_dates_are_not_counts(code):
    sizes = _sizes(code, "Israeli jets bombed Gaza on 12 May, killing three people.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 3


def test_an_abbreviated_month_before_a_day_is_no_count(code):
    # "Sept. 8": the month's abbreviation keeps its full stop as part of the word
    sizes = _sizes(code, "Turkish police arrested the journalist on Oct. 9 in Ankara.", "COERCE")
    assert sizes and sizes[0]["arrested"] == 1


def test_a_clause_is_walked_only_when_a_number_lies_under_its_predicate():
    # the check reads the doc's columns: it must never miss a number word of the subtree
    import json
    from pathlib import Path

    from eventwire.counts import _NUMBER_WORDS, _number_under, _own_kind, count_casualties
    from eventwire.nlp import load_nlp
    from eventwire.records import Size

    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    texts.append("Guards detained a dozen students after rioters wounded eleven officers.")
    without = 0
    for doc in load_nlp().pipe(texts):
        for tok in doc:
            if not _number_under(tok):
                assert not any(t.like_num or t.lower_ in _NUMBER_WORDS for t in tok.subtree)
                # with no number, only a named victim of the predicate's own kill/arrest word is counted,
                # or, for a deed noun, the toll its relative clause or its verb tells (walked on its own check)
                size = count_casualties(tok)
                assert size == Size() or _own_kind(tok) is not None or tok.pos_ in {"NOUN", "PROPN"}, (tok.text, size)
                without += 1
    assert without > 0
    doc = load_nlp()("Guards detained a dozen students after rioters wounded eleven officers.")
    assert _number_under(doc[1]) and count_casualties(doc[1]).arrested == 12


def test_the_doers_of_a_deed_are_no_count_of_its_victims(code):
    # the subject of a verb with an object of its own does the deed
    sizes = _sizes(code, "About 40 masked gunmen killed a border guard near Kandahar on Sunday.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 1, sizes  # the guard, not the 40 gunmen
    sizes = _sizes(code, "At least 40 people were killed when gunmen attacked a bus near Kandahar.", "ASSAULT")
    assert any(s["dead"] == 40 for s in sizes), sizes


def test_the_dead_a_deed_leaves_behind_are_counted(code):
    # "dead" is said of the people on "leaving", not on the noun; the parse may also make "people dead"
    # a clause of its own, or "dozens wounded" a deed by the dozens
    for text, dead, injured in [
            ("Troops fired on a crowd in Khartoum, leaving five people dead.", 5, None),
            ("Rebels attacked a village in Ituri on Sunday, leaving at least 30 people dead.", 30, None),
            ("Troops fired on a crowd in Khartoum, leaving 20 Sudanese protesters dead.", 20, None),
            ("Troops fired on a crowd in Khartoum, leaving five people dead and 30 injured.", 5, 30)]:
        sizes = _sizes(code, text, "ASSAULT")
        assert sizes and sizes[0]["dead"] == dead and sizes[0]["injured"] == injured, (text, sizes)


def test_the_wounded_left_behind_are_not_a_deed_of_their_own(code):
    events = code("Rebels attacked a village in Ituri on Sunday, leaving at least 30 people dead and dozens wounded.")
    assert [e["event"] for e in events] == [["ASSAULT"]], events
    assert events[0]["actor"][0]["entity_text"] == "Rebels", events


def test_coordinated_victims_add_up(code):
    for text, dead in [("Syrian artillery pounded the town of Azaz on Tuesday, killing two farmers and two civilians.", 4),
                       ("The militants killed two soldiers and a police officer in Marawi.", 3)]:
        sizes = _sizes(code, text, "ASSAULT")
        assert sizes and sizes[0]["dead"] == dead, (text, sizes)
    # victims told apart by their country are each side's own count
    sizes = _sizes(code, "The bomb killed 13 U.S. soldiers and at least 60 Afghan civilians in Kabul.", "ASSAULT")
    assert sizes and sizes[0]["dead"] in {13, 60}, sizes


def test_victims_of_one_country_told_in_two_phrases_add_up(code):
    # the same demonym on both phrases, and a name in apposition to the first, make one count
    sizes = _sizes(code, "A Chilean army colonel, Pedro Rojas, and four Chilean conscripts were killed in the "
                         "ambush near Arica on Monday.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 5, sizes
    # a named leader beside a foreign people may be of another country: each keeps its own count
    sizes = _sizes(code, "Soldiers killed the prime minister and ten Belgian peacekeepers in Kigali.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 10, sizes


def test_one_named_victim_counts_as_one(code):
    assert _sizes(code, "Police arrested the opposition leader in Yerevan on Sunday.", "COERCE")[0]["arrested"] == 1
    assert _sizes(code, "Police detained him and two other lawmakers on Sunday.", "COERCE")[0]["arrested"] == 3
    assert _sizes(code, "Gunmen shot the mayor dead at his home in Guerrero.", "ASSAULT")[0]["dead"] == 1
    # a town taken, or victims "along with" others never counted, give no count
    assert all(s["arrested"] is None for s in _sizes(code, "Rebels captured Goma on Tuesday.", "COERCE"))
    sizes = _sizes(code, "Soldiers detained the president along with dozens of lawmakers on Monday.", "COERCE")
    assert sizes and sizes[0]["arrested"] is None, sizes


def test_a_second_count_after_a_passive_is_its_own_kind(code):
    sizes = _sizes(code, "At least eight people were killed and 16 wounded in Culiacan, the minister said.", "ASSAULT")
    assert sizes and (sizes[0]["dead"], sizes[0]["injured"]) == (8, 16), sizes


def test_shot_dead_counts_the_dead(code):
    sizes = _sizes(code, "Police shot dead at least 22 protesters in Nairobi on Tuesday.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 22, sizes


def test_a_number_of_days_or_kilometres_is_no_count(code):
    # "three days after ...", "60 km from ...": a number that measures a time or a distance counts no one
    text = ("Kenyan police arrested a journalist near Eldoret, 60 km from the border, "
            "three days after a grenade attack killed at least 14 people in the town.")
    sizes = _sizes(code, text, "COERCE")
    assert sizes and sizes[0]["arrested"] == 1
    assert all(s["dead"] != 3 for e in code(text) for s in [e["size"]])


def test_a_deed_noun_takes_the_toll_its_verb_tells(code):
    # the noun's toll is told by the verb it is the subject of, or by its relative clause
    sizes = _sizes(code, "Heavy fighting erupted between Ethiopia and Eritrea on Friday, killing at least 31 people.",
                   "ASSAULT")
    assert sizes and all(s["dead"] == 31 for s in sizes)


def test_the_state_left_after_the_victims_counts_however_it_is_parsed():
    # the parser may hang "wounded" on "clashes", not on "left": it still says what the clashes left
    from eventwire.counts import count_casualties
    from eventwire.nlp import load_nlp

    doc = load_nlp()("Kenyan troops came under fire in clashes that left 17 soldiers wounded near the Somali border.")
    clashes = next(t for t in doc if t.lower_ == "clashes")
    assert count_casualties(clashes, {clashes.i}).injured == 17


def test_a_deed_told_in_a_fight_takes_the_fights_toll(code):
    # the clashes name no side and are no record; the firing told "in" them took their toll
    sizes = _sizes(code, "Chilean police fired rubber bullets at students in clashes that left 45 people injured.",
                   "ASSAULT")
    assert sizes and sizes[0]["injured"] == 45


def test_members_killed_are_a_count_and_a_hyphenated_size_is_not(code):
    # "four members" are people; "a 15-member council" measures the council
    sizes = _sizes(code, "Mexican troops killed four members of a drug cartel in Sinaloa on Monday.", "ASSAULT")
    assert sizes and sizes[0]["dead"] == 4
    from eventwire.counts import _measures_a_unit
    from eventwire.nlp import load_nlp

    doc = load_nlp()("the 15-member council")
    assert _measures_a_unit(doc[1])


def test_the_toll_of_an_earlier_deed_is_not_taken():
    # the toll in the "after" clause is the fire's, not the resignation's, even when the parse makes
    # "killed" a mere modifier of "fire" and no predicate of its own
    from eventwire.counts import count_casualties
    from eventwire.nlp import load_nlp

    doc = load_nlp()("The prime minister announced the resignation of his government on Friday, four days "
                     "after a huge fire at a fuel depot killed at least 75 people.")
    announced = next(t for t in doc if t.lower_ == "announced")
    assert count_casualties(announced, {announced.i}).dead is None


def test_a_fight_takes_the_toll_of_the_kill_word_it_is_told_in():
    # "were killed in a clash": the clash's toll, even when the kill word is a record of its own
    from eventwire.counts import count_casualties
    from eventwire.nlp import load_nlp

    doc = load_nlp()("At least 14 Ethiopian soldiers were killed in a clash with Eritrean troops on Sunday.")
    clash, killed = (next(t for t in doc if t.lower_ == w) for w in ("clash", "killed"))
    assert count_casualties(clash, {clash.i, killed.i}).dead == 14


def test_each_side_of_an_exchange_takes_the_toll_of_its_participle(code):
    # the exchange is split into one record per side before "killing" folds into it
    sizes = _sizes(code, "Ethiopian and Eritrean troops exchanged artillery fire along the border on Tuesday, "
                         "killing at least five soldiers.", "ASSAULT")
    assert len(sizes) == 2 and all(s["dead"] == 5 for s in sizes), sizes


def test_a_share_of_the_victims_is_no_toll(code):
    # "dozens" has no number; the one foreign worker is only a part of them
    from eventwire.counts import count_casualties
    from eventwire.nlp import load_nlp

    doc = load_nlp()("Rebels stormed the town late on Wednesday, killing dozens of people, including at least one "
                     "foreign worker.")
    killing = next(t for t in doc if t.lower_ == "killing")
    assert count_casualties(killing, {killing.i}).dead is None


def test_a_phrasal_kill_verb_counts_the_dead_but_its_noun_alone_counts_no_one(code):
    # "gun down" kills (casualty_cues.tsv lists the verb with its particle); "guns" seized are weapons
    assert _sizes(code, "Militiamen gunned down 14 Congolese villagers near Beni on Sunday.", "ASSAULT")[0]["dead"] == 14
    assert all(s["dead"] is None for s in _sizes(code, "Nigerian soldiers seized 40 guns from the rebels.", "COERCE"))


def test_those_held_in_custody_count_as_arrested_only_in_a_coercion(code):
    # custody_verbs.txt: "holding X and N other ..." counts X and the N others in a COERCE event
    sizes = _sizes(code, "Nepalese police were holding Gagan Thapa and four other student leaders at a camp in Kathmandu.", "COERCE")
    assert sizes and sizes[0]["arrested"] == 5, sizes
    # "held talks with 12 envoys" keeps no one
    sizes = _sizes(code, "The Nepalese prime minister held talks with 12 envoys in Kathmandu.", "CONSULT")
    assert sizes and sizes[0]["arrested"] is None, sizes


def test_a_named_person_and_n_other_people_of_a_kind_add_up(code):
    # "other" puts the named man in the same lot, though the rest carry a word ("Sikh") he does not
    sizes = _sizes(code, "Police arrested Jarnail Singh, the leader of the All India Sikh Students Federation, and "
                         "three other Sikh leaders on Friday.", "COERCE")
    assert sizes and sizes[0]["arrested"] == 4, sizes
    sizes = _sizes(code, "Soldiers detained Ahmed Bilal and three other Sunni clerics in Basra on Friday.", "COERCE")
    assert sizes and sizes[0]["arrested"] == 4, sizes
