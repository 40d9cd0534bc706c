"""TABARI/PETRARCH dictionaries as an actor base, and scoring on PETRARCH2's unit-test records."""
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire import petrarch
from eventwire.actors import load_kb
from eventwire.evaluate import Report
from eventwire.records import Article, Entity

PETR_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "petrarch2"

ACTORS = """<!-- TEST ACTOR DICTIONARY -->
<!-- a comment
# over several lines -->
ARNOR_  [ARN]   # a comment after the code
GONDOR [GON]
+MINAS_TIRITH
+ANORIEN

MORDOR  [MOR]
+BARAD-DUR
ENT
\t[ENT]
THE_SHIRE  [FRO/BIL/SAM]
BOROMIR  [---]
GOLLUM  # pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
#\t[950601-990815]  an old TABARI line, commented out
\t[HOBREB > 990816]
ZIMBABWE
\t[RHO <790606]
\t[ZBW]
THE_AU [IGOAFR]
PRINCE OF DOL AMROTH
\t[--- <950630]
\t[DOL]
"""

AGENTS = """<!-- TEST AGENTS DICTIONARY -->
!PERSON! = MAN, MEN, WOMAN
POLICE {} [ ~COP] # no plural
TROOPS {}  [~MIL]
AUTHORITY  [~GOV]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
CONGRESS [~LEG]
CONGRESS!PERSON! [~LEG]
FOREIGN_MINISTER [~GOVFRM]
MAIN_OPPOSITION_GROUP [~MOP]
HUMAN_RIGHTS_BODY  [NGO~]
NO_CODE_HERE
"""


@pytest.fixture()
def dictionaries(tmp_path):
    actors, agents = tmp_path / "test.actors.txt", tmp_path / "test.agents.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    agents.write_text(AGENTS, encoding="utf-8")
    return actors, agents


def _by_name(entries):
    return {e.name: e for e in entries}


# --- readers -------------------------------------------------------------------------


def test_read_actors_names_synonyms_and_codes(dictionaries):
    entries = _by_name(petrarch.read_actors(dictionaries[0]))
    assert set(entries) == {"ARNOR", "GONDOR", "MORDOR", "ENT", "THE SHIRE", "BOROMIR", "GOLLUM", "ZIMBABWE",
                            "THE AU", "PRINCE OF DOL AMROTH"}
    assert [t.code for t in entries["ARNOR"].codes] == ["ARN"]  # trailing _ dropped, comment cut
    assert entries["GONDOR"].synonyms == ["MINAS TIRITH", "ANORIEN"]  # underscores are blanks
    assert entries["MORDOR"].synonyms == ["BARAD-DUR"]
    assert entries["ENT"].codes == [petrarch.CodeTerm("ENT")]  # the code on its own line
    assert entries["THE SHIRE"].codes[0].code == "FRO/BIL/SAM"
    assert entries["BOROMIR"].codes[0].is_null


def test_read_actors_date_restrictions(dictionaries):
    gollum = _by_name(petrarch.read_actors(dictionaries[0]))["GOLLUM"]
    assert gollum.synonyms == ["SMEAGOL"]
    assert [(t.code, t.start, t.end) for t in gollum.codes] == [
        ("HOB", None, date(1995, 5, 31)),  # "<950601": before that day
        ("HOBGOV", date(1995, 6, 1), date(1999, 8, 14)),  # "d1-d2": from d1 up to the day before d2
        ("HOBREB", date(1999, 8, 16), None),  # ">990816": on or after
    ]
    assert gollum.code_on(date(1995, 5, 31)) == "HOB"
    assert gollum.code_on(date(1995, 6, 1)) == "HOBGOV"
    assert gollum.code_on(date(2001, 1, 1)) == "HOBREB"
    zimbabwe = _by_name(petrarch.read_actors(dictionaries[0]))["ZIMBABWE"]
    assert zimbabwe.code_on(date(1978, 12, 23)) == "RHO" and zimbabwe.code_on(date(2001, 1, 1)) == "ZBW"
    prince = _by_name(petrarch.read_actors(dictionaries[0]))["PRINCE OF DOL AMROTH"]
    assert prince.code_on(date(1995, 1, 1)) is None and prince.code_on(date(1999, 8, 9)) == "DOL"


def test_read_actors_skips_a_bad_date(tmp_path, caplog):
    path = tmp_path / "bad.actors"
    path.write_text("ARNOR [ARN]\n\t[ARNGOV 19951340-19960101]\nGONDOR [GON]\n", encoding="utf-8")
    entries = _by_name(petrarch.read_actors(path))
    assert entries["ARNOR"].codes == [petrarch.CodeTerm("ARN")] and "GONDOR" in entries
    assert "bad date" in caplog.text


def test_petr_dates():
    assert petrarch.petr_date("19950601") == date(1995, 6, 1)
    assert petrarch.petr_date("950601") == date(1995, 6, 1)
    assert petrarch.petr_date("010101") == date(2001, 1, 1)  # YY <= 30 is 20YY
    with pytest.raises(petrarch.DictionaryError):
        petrarch.petr_date("1995-06-01")


def test_read_agents(dictionaries, caplog):
    agents = {a.phrase: a for a in petrarch.read_agents(dictionaries[1])}
    assert agents["POLICE"].forms == ("POLICE",) and agents["POLICE"].code == "COP"
    assert agents["AUTHORITY"].forms == ("AUTHORITY", "AUTHORITIES")
    assert agents["CONGRESS"].forms == ("CONGRESS", "CONGRESSES")
    assert agents["ATTORNEY GENERAL"].forms == ("ATTORNEY GENERAL", "ATTORNEYS GENERAL")
    assert agents["FOREIGN MINISTER"].forms == ("FOREIGN MINISTER", "FOREIGN MINISTERS")
    assert agents["CONGRESSMAN"].forms == ("CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN")
    body = agents["HUMAN RIGHTS BODY"]
    assert body.code == "NGO" and body.prefix
    assert not agents["POLICE"].prefix
    assert "NO CODE HERE" not in agents and "without a [code]" in caplog.text


# --- codes ---------------------------------------------------------------------------


@pytest.mark.parametrize("code, expected", [
    ("ARNGOV", ("ARN", "GOV")),
    ("ARNGOVFRM", ("ARN", "GOV")),
    ("ARN", ("ARN", None)),
    ("GONGMO", ("GONGMO", None)),  # GMO is not a sector: the code stays whole
    ("IGOCOPITP", ("IGO", "COP")),
    ("IMGMOSALQ", ("IMGMOSALQ", None)),
    ("---GOV", ("---", "GOV")),
    ("pse", ("PSE", None)),
])
def test_split_code(code, expected):
    assert petrarch.split_code(code) == expected


def test_compose_and_normalise_codes():
    assert petrarch.compose_code("ARN", "GOV") == "ARNGOV"
    assert petrarch.compose_code(None, "GOV") == "---GOV"
    assert petrarch.normalise_code("ARNGOVFRM") == "ARNGOV"
    assert petrarch.normalise_code('"INJURY TOLL"') == '"INJURY TOLL"'
    assert petrarch.actor_part("GONGMO") == "GON"
    assert petrarch.agent_sector("GOVMED") == "GOV" and petrarch.agent_sector("MOP") == "MOP"


def test_name_variants():
    assert {"ARNOR", "Arnor"} <= set(petrarch.name_variants("ARNOR"))
    assert "Minas Tirith" in petrarch.name_variants("MINAS TIRITH")
    assert "Prince of Dol Amroth" in petrarch.name_variants("PRINCE OF DOL AMROTH")
    assert "Barad-dur" in petrarch.name_variants("BARAD-DUR")
    assert {"the Shire", "the AU", "The AU"} <= set(petrarch.name_variants("THE SHIRE") + petrarch.name_variants("THE AU"))


# --- the knowledge base ----------------------------------------------------------------


def test_kb_replace_knows_only_the_dictionaries(dictionaries):
    kb = petrarch.kb_with_dictionaries(*dictionaries, replace=True)
    assert kb.lookup("Arnor").code == "ARN"
    assert kb.lookup("Minas Tirith").code == "GON"
    assert kb.lookup("the Shire").code == "FRO"  # FRO/BIL/SAM: the first actor
    assert kb.lookup("The AU").code == "IGOAFR"
    assert kb.lookup("Boromir") is None  # null code: known to PETRARCH, uncoded here
    assert kb.lookup("Iran") is None
    assert kb.agent_sector("police") == "COP" and kb.agent_sector("troops") == "MIL"
    assert kb.agent_sector("foreign ministers") == "GOV"
    assert kb.agent_sector("officials") is None  # not in their agents, and ours are not kept
    kept = petrarch.kb_with_dictionaries(*dictionaries, replace=True, keep_base_agents=True)
    assert kept.agent_sector("officials") == load_kb().agent_sector("officials")


def test_kb_dated_actor(dictionaries):
    kb = petrarch.kb_with_dictionaries(*dictionaries, replace=True)
    assert (kb.lookup("Smeagol", date(1997, 1, 1)).code, kb.lookup("Smeagol", date(1997, 1, 1)).sector) == ("HOB", "GOV")
    assert kb.lookup("Gollum", date(2001, 1, 1)).sector == "REB"
    assert kb.lookup("Zimbabwe", date(1978, 1, 1)).code == "RHO"
    assert kb.lookup("Zimbabwe", date(2001, 1, 1)).code == "ZBW"


def test_kb_extend_keeps_the_base_and_leaves_the_cache_alone(dictionaries):
    base = load_kb()
    names_before = len(base.names)
    kb = petrarch.kb_with_dictionaries(*dictionaries)
    assert kb is not base
    assert kb.lookup("Arnor").code == "ARN" and kb.lookup("Iran").code == "IRN"
    assert base.lookup("Arnor") is None and len(base.names) == names_before


def test_add_names_keeps_known_entries():
    from eventwire.actors import ActorKB, KBEntry

    kb = ActorKB()
    assert kb.add_names([("Arnor", KBEntry("ARN", None, "Arnor", "country"))]) == 1
    assert kb.add_names([("Arnor", KBEntry("XXX", None, "Arnor", "country"))]) == 0
    assert kb.lookup("Arnor").code == "ARN"
    assert kb.add_agents([("troops", "MIL"), ("troops", "GOV")]) == 1 and kb.agent_sector("Troops") == "MIL"


def test_extractor_codes_a_dictionary_actor(dictionaries):
    from eventwire.pipeline import Extractor

    extractor = Extractor(kb=petrarch.kb_with_dictionaries(*dictionaries, replace=True))
    result = extractor.extract(Article(id="a", text="Arnor troops attacked Gondor on Monday.", published=date(1995, 1, 2)))
    assault = [e for e in result.events if e.event == "ASSAULT"]
    assert assault, [(e.event, e.actor) for e in result.events]
    assert [(a.code, a.sector) for a in assault[0].actor] == [("ARN", "MIL")]
    assert [r.code for r in assault[0].recipient] == ["GON"]


def test_extractor_with_the_real_validation_actors():
    if not PETR_DIR.is_dir():
        pytest.skip(f"{PETR_DIR} not beside the repository")
    from eventwire.pipeline import Extractor

    kb = petrarch.kb_with_dictionaries(PETR_DIR / "PETR.Validate.actors.txt", PETR_DIR / "PETR.Validate.agents.txt",
                                       replace=True)
    result = Extractor(kb=kb).extract(Article(id="a", text="Arnor troops attacked Gondor on Monday.",
                                              published=date(1995, 1, 2)))
    codes = {(a.code, r.code) for e in result.events for a in e.actor for r in e.recipient}
    assert ("ARN", "GON") in codes


# --- unit-test records and scoring ---------------------------------------------------------

RECORDS = """<Validation>
<Environment><Include>valid DEMO ERROR</Include></Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties
with Gondor.
</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950103" id="DEMO-01" category="DEMO" sentence="true">
<EventCoding sourcecode="DAGGOV" targetcode="GON" eventcode="032"></EventCoding>
<EventCoding sourcecode="---GOV" targetcode="---" eventcode="023"></EventCoding>
<Text>Dagolath's prime minister left for Minas Tirith.</Text>
</Sentence>
<Config option="require_dyad" value="true"></Config>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="false">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Not implemented.</Text>
</Sentence>
<Sentence date="19950101" id="X-1" category="AGENTS" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Not included.</Text>
</Sentence>
<Sentence date = "20080801" id ="ERROR-01"  category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>An error test.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_load_unit_records(tmp_path):
    path = tmp_path / "records.xml"
    path.write_text(RECORDS, encoding="utf-8")
    records = petrarch.load_unit_records(path)
    assert [r.uid for r in records] == ["DEMO-00", "DEMO-01", "DEMO-00#2", "X-1", "ERROR-01"]
    first = records[0]
    assert first.text == "Arnor is about to restore full diplomatic ties with Gondor."
    assert first.date == date(1995, 1, 1) and first.require_dyad and first.skip is None
    assert first.codings == [petrarch.GoldCoding("ARN", "GON", "064")]
    assert not records[1].require_dyad and len(records[1].codings) == 2
    assert [r.skip for r in records[2:]] == ['sentence="false"', "category not in <Include>", "error test"]
    assert records[3].noevents and records[4].error == "dateline"


def _ent(code, sector=None):
    return Entity(code or "x", code, code, sector, 0, 1)


def _result(*events):
    return SimpleNamespace(events=[SimpleNamespace(cameo=c, polarity=p, actor=a, recipient=r) for c, p, a, r in events])


def test_units_compose_codes_and_follow_require_dyad(tmp_path):
    path = tmp_path / "records.xml"
    path.write_text(RECORDS, encoding="utf-8")
    demo0, demo1 = petrarch.load_unit_records(path)[:2]
    assert petrarch.gold_units(demo0) == {("06", "064", "ARN", "GON")}
    assert petrarch.gold_units(demo1, "root") == {("03", "DAGGOV", "GON"), ("02", "---GOV", "---")}
    assert petrarch.gold_units(demo1, "root", "actor") == {("03", "DAG", "GON"), ("02", "---", "---")}
    ours = _result(("064", "asserted", [_ent("ARN")], [_ent("GON")]),
                   ("190", "asserted", [_ent("ARN", "MIL")], []),  # one-sided: dropped under require_dyad
                   ("050", "future", [_ent("ARN")], [_ent("GON")]))  # not asserted: not counted
    assert petrarch.predicted_units(ours, demo0) == ({("06", "064", "ARN", "GON")}, 1)
    assert petrarch.predicted_units(ours, demo1, "root")[0] == {("06", "ARN", "GON"), ("19", "ARNMIL", "---")}
    report = petrarch.score_results([demo0], [ours])
    assert (report.units, report.exact_units, report.overall.tp, report.overall.fp) == (1, 1, 1, 0)


def test_scorer_on_the_first_real_records():
    if not PETR_DIR.is_dir():
        pytest.skip(f"{PETR_DIR} not beside the repository")
    from eventwire.pipeline import Extractor

    records = [r for r in petrarch.load_unit_records(PETR_DIR / "PETR.UnitTest.records.xml") if not r.skip][:10]
    kb = petrarch.kb_with_dictionaries(PETR_DIR / "PETR.Validate.actors.txt", PETR_DIR / "PETR.Validate.agents.txt",
                                       replace=True)
    report = petrarch.score_petrarch(Extractor(kb=kb), records)
    assert isinstance(report, Report)
    assert report.units == 10
    assert set(report.extra["variants"]) >= {"full / compound", "root / compound", "root / actor"}


# --- verbs dictionaries -----------------------------------------------------------------

VERBS = """<!-- a small verbs dictionary written for these tests -->
&PARTS_
+AGAINST
+ON

&GOODS
+GRAIN
+WHEAT FLOUR
+&MORE

&MORE
+RICE

--- HIT  [190] ---
HIT {HITS HITTING}
+BEAT_UP [180]
WIRE_+TAP
- * &PARTS TARGETS [193]   # particle synset, then an object
- * CONVOY [---]           # a null code: no event
- SAID * [010]             # a word before the verb: not supported
- * % [195]                # a compound actor: not supported
- * BIG RED TARGETS [195]  # two object words: not supported
- * FLAGS [903]            # a test code: not CAMEO

--- SEND [---] ---
SEND
- * &GOODS [071]
- * + FOR_TALKS [036]
- *_BACK [1010]
"""


@pytest.fixture
def verbs_file(tmp_path):
    path = tmp_path / "test.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return path


def test_read_verbs_synsets_blocks_and_patterns(verbs_file):
    verbs = petrarch.read_verbs(verbs_file)
    assert verbs.synsets["&PARTS"] == ["AGAINST", "ON"]
    hit, send = verbs.blocks
    assert (hit.name, hit.code, send.code) == ("HIT", "190", "---")
    assert [(v.verb, v.code, v.forms) for v in hit.verbs] == [
        ("HIT", "190", ("HITS", "HITTING")), ("+BEAT_UP", "180", ()), ("WIRE_+TAP", "190", ())]
    assert hit.patterns[0] == petrarch.VerbPattern("* &PARTS TARGETS", "193", hit.patterns[0].line)
    assert hit.patterns[1].code == "---"
    assert [p.words for p in send.patterns] == ["* &GOODS", "* + FOR_TALKS", "*_BACK"]


def test_synset_words_expand_nested_synsets_and_drop_phrases(verbs_file):
    synsets = petrarch.read_verbs(verbs_file).synsets
    assert petrarch.synset_words("&GOODS", synsets) == ["grain", "rice"]
    with pytest.raises(petrarch.Unsupported):
        petrarch.synset_words("&NOPE", synsets)


@pytest.mark.parametrize("words, expected", [
    ("* TARGETS", ("", "targets|target")),
    ("*_OUT", ("out", "")),
    ("* FOR_ASYLUM", ("for", "asylum")),
    ("+ * $ WITH", ("with", "")),  # target and source markers are ignored
    ("* MISSION TO", ("to", "mission")),
    ("* DOWN FROM", ("down from", "")),
    ("* &PARTS TARGETS", ("against|on", "targets|target")),
])
def test_pattern_condition(verbs_file, words, expected):
    synsets = petrarch.read_verbs(verbs_file).synsets
    assert petrarch.pattern_condition(words, synsets) == expected


@pytest.mark.parametrize("words", ["SAID * TO", "* % WITH", "* ^ TALKS", "* BIG RED TARGETS", "+ *", "NO PLACE", "* &NOPE"])
def test_pattern_condition_unsupported(verbs_file, words):
    with pytest.raises(petrarch.Unsupported):
        petrarch.pattern_condition(words, petrarch.read_verbs(verbs_file).synsets)


def test_code_type_by_code_then_root():
    types = petrarch._cameo_types()
    assert petrarch.code_type("193", types)[0] == "ASSAULT"
    assert petrarch.code_type("1010", types)[0] == "REQUEST"  # not CAMEO: root 10
    assert petrarch.code_type("075A", types)[0] == "AID"  # root 07
    assert petrarch.code_type("013:012", types) == ("", "")  # first half; statements are no PLOVER event
    with pytest.raises(petrarch.Unsupported):
        petrarch.code_type("903", types)


def test_verb_rows(verbs_file):
    found = petrarch.verb_rows(petrarch.read_verbs(verbs_file))
    rows = {(r.lemma, r.particle, "|".join(sorted(r.objects))): (r.type, r.cameo) for r in found.rows}
    assert rows[("hit", "", "")] == ("ASSAULT", "190")
    assert rows[("hit", "against|on", "target|targets")] == ("ASSAULT", "193")
    assert rows[("hit", "", "convoy")] == ("", None)  # null code: a row that codes nothing
    assert rows[("beat", "up", "")] == ("ASSAULT", "180")
    assert rows[("beat", "up", "convoy")] == ("", None)  # the block's patterns hold for all its verbs
    assert rows[("send", "", "")] == ("", None)
    assert rows[("send", "", "grain|rice")][1] == "071"
    assert rows[("send", "for", "talk|talks")] == ("AGREE", "036")
    assert rows[("send", "back", "")] == ("REQUEST", "1010")
    assert found.lemmas == {"hit", "beat", "send"}  # not "tap": WIRE_+TAP has a word before the verb
    assert found.skipped == {
        "patterns with words before the verb": 1, "patterns with %, ^ or other special tokens": 1,
        "patterns with more than a particle and one object word": 1,
        "codes that are not CAMEO (nor is their root)": 1, "multi-word verbs with words before the verb": 1,
        "patterns with a particle for a multi-word verb that has one": 1}  # BEAT_UP with "* &PARTS TARGETS"
    assert "left out:" in petrarch.skipped_note(found)


def test_lexicon_with_verbs_replaces_our_verb_rows_only(verbs_file):
    from eventwire.lexicon import load_lexicon

    base = load_lexicon()
    assert base.candidates("send", "VERB")  # eventwire's own rows ("send troops")
    lex, found = petrarch.lexicon_with_verbs(verbs_file)
    assert set(lex.candidates("send", "VERB")) == {r for r in found.rows if r.lemma == "send"}
    assert lex.candidates("attack", "VERB") == base.candidates("attack", "VERB")
    assert lex.candidates("hit", "NOUN") == base.candidates("hit", "NOUN")
    assert "hitting" in lex.surface_forms
    assert base is load_lexicon() and all(t.type for rows in base.triggers.values() for t in rows)


def test_extractor_codes_with_the_verbs_dictionary(dictionaries, verbs_file):
    from eventwire.pipeline import Extractor

    lex, _ = petrarch.lexicon_with_verbs(verbs_file)
    extractor = Extractor(kb=petrarch.kb_with_dictionaries(*dictionaries, replace=True), lex=lex)

    def codes(text):
        result = extractor.extract(Article(id="a", text=text, published=date(1995, 1, 2)))
        return [(e.cameo, e.event) for e in result.events if e.polarity == "asserted"]

    assert codes("Arnor troops hit Gondor on Monday.") == [("190", "ASSAULT")]
    assert codes("Arnor sent rice to Gondor on Monday.") == [("071", "AID")]
    assert codes("Arnor hit the convoy on Monday.") == []  # the null pattern wins over the verb's code


def test_cli_extract_with_verbs(dictionaries, verbs_file, tmp_path, capsys):
    from eventwire import cli

    text = tmp_path / "a.txt"
    text.write_text("Arnor sent rice to Gondor on Monday.", encoding="utf-8")
    actors, agents = dictionaries
    assert cli.main(["extract", str(text), "--published", "1995-01-02", "--actors", str(actors), "--agents", str(agents),
                     "--replace-actors", "--verbs", str(verbs_file)]) in (0, None)
    out = capsys.readouterr()
    assert '"cameo": "071"' in out.out
    assert "verbs dictionary:" in out.err and "left out:" in out.err
    with pytest.raises(SystemExit):
        cli.main(["extract", str(text), "--verbs", str(tmp_path / "missing.verbs")])
