"""Named mentions and their merging into one identity per entity inside an article."""
from datetime import date

from eventwire.actors import load_kb
from eventwire.mentions import cluster, find_mentions, initials, skeleton


def _identities(text, on=None):
    mentions = find_mentions(text, load_kb(), on)
    return {i.identifier: i for i in cluster(mentions)}, mentions


def _forms(identity):
    return [m.text for m in identity.mentions]


def test_transliterations_surname_and_title_are_one_person():
    ids, _ = _identities("General Qassem Soleimani flew to Beirut. Qasem Soleimani met allies there. "
                         "Soleimani later left, and General Soleimani was not seen again.")
    forms = _forms(ids["Qasem Soleimani"])
    assert forms == ["Qassem Soleimani", "Qasem Soleimani", "Soleimani", "General Soleimani"]
    assert ids["Qasem Soleimani"].code == "IRN"


def test_unknown_titled_person_collects_surname_mentions():
    ids, _ = _identities("Colonel Tariq Mansour led the raid. Mansour, a veteran officer, said it went well. "
                         "Colonel Mansour then withdrew.")
    assert _forms(ids["Tariq Mansour"]) == ["Tariq Mansour", "Mansour", "Mansour"]
    assert ids["Tariq Mansour"].code is None and ids["Tariq Mansour"].sector == "MIL"


def test_different_people_sharing_a_first_name_stay_apart():
    ids, _ = _identities("Minister Omar Haddad met Minister Omar Khalil in the capital.")
    assert "Omar Haddad" in ids and "Omar Khalil" in ids


def test_acronym_and_long_form_merge_in_either_order():
    ids, _ = _identities("The IRGC fired missiles. The Islamic Revolutionary Guard Corps said more would follow.")
    assert _forms(ids["Islamic Revolutionary Guard Corps"]) == ["IRGC", "Islamic Revolutionary Guard Corps"]


def test_acronym_defined_in_parentheses_needs_no_matching_initials():
    ids, _ = _identities("The National Liberation Front (FLN) called a strike. The FLN said it would last a week.")
    assert _forms(ids["National Liberation Front"]) == ["National Liberation Front", "FLN", "FLN"]


def test_a_country_its_demonym_and_capital_are_one_identity():
    ids, _ = _identities("Iran warned that Tehran would answer. Iranian officials said so.")
    assert _forms(ids["Iran"]) == ["Iran", "Tehran", "Iranian"]
    assert ids["Iran"].sector is None


def test_unmerged_all_caps_word_is_not_an_entity():
    ids, _ = _identities("BAGHDAD, Jan 3 (Wire) - Police said three people died.")
    assert "BAGHDAD" not in ids


def test_mention_offsets_point_at_the_name():
    text = "Yesterday President Donald Trump spoke."
    _, mentions = _identities(text)
    trump = next(m for m in mentions if m.identity and m.identity.identifier == "Donald Trump")
    assert text[trump.start : trump.end] == "Donald Trump"
    assert trump.title is not None and trump.title.role == "president"


def test_skeleton_ignores_vowels_doubling_and_k_q():
    assert skeleton("Qassem") == skeleton("Qasem") == skeleton("Kasem")
    assert skeleton("Soleimani") == skeleton("Suleimani")
    assert skeleton("Haddad") != skeleton("Khalil")


def test_initials_skip_function_words():
    assert initials("Popular Mobilization Forces") == "PMF"
    assert initials("Islamic State of Iraq and the Levant") == "ISIL"


def test_hyphenated_given_name_stays_whole_and_family_name_refers_back():
    ids, mentions = _identities("South Korean President Moon Jae-in met Kim Jong-un at Panmunjom. Moon said the "
                                "U.S.-led talks would go on.", date(2018, 4, 27))
    assert _forms(ids["Moon Jae-in"]) == ["Moon Jae-in", "Moon"]
    assert ids["Moon Jae-in"].code == "KOR"
    assert "U.S." in [m.text for m in mentions]  # a modifier suffix is still cut off


def test_regnal_name_and_given_name_before_bin_are_one_person():
    ids, _ = _identities("Prince Hamzah bin Hussein, a half-brother of King Abdullah II, was detained. "
                         "Hamzah, whose name is also spelt Hamza, denied it. Hassan Khalil, an aide, "
                         "said King Abdullah had not spoken.", date(2021, 4, 5))
    assert _forms(ids["Hamzah bin Hussein"]) == ["Hamzah bin Hussein", "Hamzah", "Hamza"]
    assert _forms(ids["Abdullah II"]) == ["King Abdullah II", "Abdullah"]
    assert not any(m.text == "Hassan" for m in ids["Hamzah bin Hussein"].mentions)


def test_office_printed_as_a_title_names_the_organisation_and_the_person():
    ids, _ = _identities("U.N. Secretary-General Ban Ki-moon praised the deal.", date(2016, 9, 27))
    assert _forms(ids["United Nations"]) == ["U.N."]
    assert ids["Ban Ki-moon"].code == "UNO"
    assert ids["Ban Ki-moon"].mentions[0].title.role == "secretary-general"
