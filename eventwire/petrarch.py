"""TABARI/PETRARCH dictionaries as an actor base and event triggers, and PETRARCH2's unit-test records as a gold set.

Dictionary formats (PETRARCH2 docs/source/dictionaries.rst and PETRreader.py):

- Comments: `<!-- ... -->` (also over several lines), lines starting with `<!`, and anything after
  `#` (or the legacy `;`). Blank lines are skipped.
- `.actors`: a primary phrase, optionally followed by `[CODE]`; synonyms on following lines start
  with `+`; code lines start with `[` (usually indented with a tab) and may carry a date
  restriction: `[CODE <date]` before the date, `[CODE >date]` on or after it, `[CODE d1-d2]` from d1
  up to the day before d2. A code line without a date is the default. Dates are YYYYMMDD or YYMMDD
  (YY <= 30 is 20YY). Words are joined by `_` or blanks; a trailing `_` (TABARI's "no stemming")
  is dropped. `---`, `+++` and `###` are null codes; `A/B/C` names several actors.
- `.agents`: `PHRASE {plural} [~CODE]`. `~CODE` appends the code to the actor's (`ARN` + `~GOV` =
  `ARNGOV`), `CODE~` puts it before (`NGO~`). Without `{}` a regular plural is made (+S, Y->IES,
  S->+ES); `{}` means none. `!MARK! = A, B` defines a substitution set used as `X!MARK!`.
- `.verbs`: synsets, verb blocks and patterns, read into trigger rows (see "verbs" below and the
  README's section on dictionaries).

Case: PETRARCH matches upper-cased text; eventwire names are case-sensitive, so each phrase is
added as written (upper case: acronyms), capitalised word by word ("Minas Tirith", "Prince of Dol
Amroth") and capitalised in the first word only ("Hamas military command", "Barad-dur").
In .agents files a blank between words lets other words intervene; here both are consecutive.
"""
from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from .actors import ActorKB, KBEntry, PersonTerm, load_kb
from .lexicon import Lexicon, Trigger, load_lexicon, object_condition
from .evaluate import Report
from .records import Article, ArticleResult, Entity

log = logging.getLogger(__name__)

# Second 3-letter chunk of a PETRARCH code that is a sector ("ARNGOV" -> ARN, GOV). Other chunks
# ("GONGMO", "IGOEEU", "DNKMUSMED") keep the whole code as the actor code.
SECTORS = frozenset(
    "GOV MIL REB OPP PTY COP JUD BUS MED CVL LEG ELI REF IGO NGO INS SPY CRM EDU HLT HLH LAB REL HRI "
    "AGR SEP SET ENV UAF MNC".split()
)
NULL_CODES = frozenset({"---", "+++", "###"})
NULL_ACTOR = "---"

_SMALL_WORDS = frozenset("of the and for on in at to by a an de du des da la le el al van von bin ibn".split())


class DictionaryError(ValueError):
    pass


# --- codes ------------------------------------------------------------------------


def split_code(code: str) -> tuple[str, str | None]:
    """PETRARCH code -> (actor code, sector): "ARNGOV" -> ("ARN", "GOV"), "ARNGOVFRM" -> ("ARN", "GOV"),
    "GONGMO" -> ("GONGMO", None), "ARN" -> ("ARN", None), "---GOV" -> ("---", "GOV")."""
    code = code.strip().upper()
    if len(code) >= 6 and code[3:6] in SECTORS:
        return code[:3], code[3:6]
    return code, None


def compose_code(code: str | None, sector: str | None) -> str:
    """Our (code, sector) as one PETRARCH-style string: ("ARN", "GOV") -> "ARNGOV"; no code -> "---"."""
    return (code or NULL_ACTOR) + (sector or "")


def normalise_code(code: str) -> str:
    """A compound code cut to the level eventwire codes: actor code + one sector ("ARNGOVFRM" -> "ARNGOV").
    A quoted new-actor text ('"INJURY TOLL"') stays as it is."""
    if code.startswith('"'):
        return code
    return compose_code(*split_code(code))


def actor_part(code: str) -> str:
    """The 3-letter actor code alone ("ARNGOV" -> "ARN", "GONGMO" -> "GON", "---GOV" -> "---")."""
    return code if code.startswith('"') else code[:3]


def agent_sector(code: str) -> str:
    """An agent code as our sector: a known sector leads ("GOVFRM" -> "GOV"), else the code as given ("MOP")."""
    code = code.strip().upper()
    return code[:3] if code[:3] in SECTORS else code


def petr_date(value: str) -> date:
    """YYYYMMDD or YYMMDD (YY <= 30 is 20YY, else 19YY), as in PETRreader.dstr_to_ordate."""
    value = value.strip()
    if not value.isdigit() or len(value) not in (6, 8):
        raise DictionaryError(f"not a YYYYMMDD or YYMMDD date: {value!r}")
    if len(value) == 6:
        yy = int(value[:2])
        value = f"{2000 + yy if yy <= 30 else 1900 + yy}{value[2:]}"
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError as exc:
        raise DictionaryError(f"bad date {value!r}") from exc


# --- comments and lines ----------------------------------------------------------------

_XML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def _lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """(line number, content) of a dictionary file with comments removed; blank lines skipped."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    text = _XML_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)
    for n, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("<!"):
            continue
        line = re.split(r"[#;]", line, maxsplit=1)[0].rstrip()
        if line.strip():
            yield n, line


def _phrase(text: str) -> str:
    """ "MINAS_TIRITH_" -> "MINAS TIRITH"."""
    return " ".join(text.replace("_", " ").split()).upper()


# --- actors -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CodeTerm:
    """One code of an actor, valid from `start` to `end` inclusive (None: open)."""

    code: str  # as written, upper case: "ARNGOV", "FRO/BIL/SAM", "---"
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def is_null(self) -> bool:
        return self.code in NULL_CODES

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class ActorEntry:
    name: str  # primary phrase, words joined by blanks, upper case
    synonyms: list[str] = field(default_factory=list)
    codes: list[CodeTerm] = field(default_factory=list)  # in file order
    line: int = 0

    @property
    def names(self) -> list[str]:
        return [self.name, *self.synonyms]

    def code_on(self, day: date | None) -> str | None:
        """The code on a date: the first date restriction covering it, else the default, else None."""
        if day is not None:
            for term in self.codes:
                if term.dated and term.covers(day):
                    return None if term.is_null else term.code
        default = next((t for t in self.codes if not t.dated), None)
        return None if default is None or default.is_null else default.code


def _code_term(block: str, where: str) -> CodeTerm:
    """ "ARNGOV >010101", "HOB < 950601", "HOBGOV 19950601 - 19990815", "ARN" -> CodeTerm."""
    parts = block.split(None, 1)
    if not parts:
        raise DictionaryError(f"{where}: empty code []")
    code, restriction = parts[0].upper(), "".join(parts[1:]).replace(" ", "")
    if not restriction:
        return CodeTerm(code)
    try:
        if restriction[0] == "<":
            return CodeTerm(code, None, petr_date(restriction[1:]) - timedelta(days=1))
        if restriction[0] == ">":
            return CodeTerm(code, petr_date(restriction[1:]), None)
        first, sep, last = restriction.partition("-")
        if sep:
            return CodeTerm(code, petr_date(first), petr_date(last) - timedelta(days=1))
    except DictionaryError as exc:
        raise DictionaryError(f"{where}: {exc}") from exc
    raise DictionaryError(f"{where}: cannot read date restriction {restriction!r}")


_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")


def read_actors(path: str | Path) -> list[ActorEntry]:
    """Entries of a TABARI/PETRARCH .actors file. A malformed code line is logged and skipped."""
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None
    for n, line in _lines(path):
        where = f"{path}:{n}"
        stripped = line.strip()
        blocks = _CODE_BLOCK.findall(stripped)
        words = _phrase(_CODE_BLOCK.sub(" ", stripped).lstrip("+"))
        if stripped.startswith("["):
            if current is None:
                log.warning("%s: code line before any actor; skipped", where)
                continue
        elif stripped.startswith("+"):
            if current is None:
                log.warning("%s: synonym before any actor; skipped", where)
                continue
            if words:
                current.synonyms.append(words)
        else:
            if not words:
                log.warning("%s: no phrase; skipped", where)
                continue
            current = ActorEntry(words, line=n)
            entries.append(current)
        for block in blocks:
            try:
                current.codes.append(_code_term(block, where))
            except DictionaryError as exc:
                log.warning("%s; skipped", exc)
    return entries


# --- agents -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AgentEntry:
    phrase: str  # upper case, blanks between words
    forms: tuple[str, ...]  # every form to match: the phrase, its plural(s) or substitutions
    code: str  # "COP" for "[~COP]", "NGO" for "[NGO~]"
    prefix: bool = False  # True for "CODE~": the code goes before the actor's
    line: int = 0


def _plural(phrase: str) -> str:
    if phrase.endswith("Y"):
        return phrase[:-1] + "IES"
    if phrase.endswith("S"):
        return phrase + "ES"
    return phrase + "S"


def read_agents(path: str | Path) -> list[AgentEntry]:
    """Entries of a TABARI/PETRARCH .agents file. Lines without a code are logged and skipped."""
    markers: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for n, line in _lines(path):
        where = f"{path}:{n}"
        if "!" in line and "=" in line and "[" not in line:
            name, _, items = line.partition("=")
            markers[name.strip().strip("!").upper()] = [i.strip().upper() for i in items.split(",") if i.strip()]
            continue
        if "[" not in line:
            log.warning("%s: agent without a [code]; skipped", where)
            continue
        head, _, rest = line.partition("[")
        raw = rest.partition("]")[0].replace("}", "").strip().upper()  # "[~ENV}" occurs in Phoenix.agents
        prefix = raw.endswith("~") and not raw.startswith("~")
        code = raw.strip("~").strip()
        if not code:
            log.warning("%s: empty agent code; skipped", where)
            continue
        if "!" in head:
            match = re.search(r"!([^!]+)!", head)
            if match is None or match.group(1).upper() not in markers:
                log.warning("%s: undefined substitution marker; skipped", where)
                continue
            forms = tuple(_phrase(head[: match.start()] + item + head[match.end():]) for item in markers[match.group(1).upper()])
            phrase = _phrase(head.replace(match.group(0), markers[match.group(1).upper()][0]))
        elif "{" in head:
            phrase = _phrase(head[: head.find("{")])
            plural = _phrase(head[head.find("{") + 1 : head.find("}")] if "}" in head else "")
            forms = (phrase, plural) if plural else (phrase,)
        else:
            phrase = _phrase(head)
            forms = (phrase, _plural(phrase))
        if not phrase:
            log.warning("%s: agent without a phrase; skipped", where)
            continue
        entries.append(AgentEntry(phrase, tuple(dict.fromkeys(f for f in forms if f)), code, prefix, n))
    return entries


# --- into the knowledge base -------------------------------------------------------------


def _cap(word: str) -> str:
    """ "BARAD-DUR" -> "Barad-Dur", "U.S." -> "U.S.", "77" -> "77"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[:1].upper() + m.group()[1:].lower(), word)


def title_name(phrase: str) -> str:
    """ "PRINCE OF DOL AMROTH" -> "Prince of Dol Amroth"."""
    words = phrase.split()
    return " ".join(_cap(w) if i == 0 or w.lower() not in _SMALL_WORDS else w.lower() for i, w in enumerate(words))


def name_variants(phrase: str) -> list[str]:
    """How an upper-case dictionary phrase may be printed: as written, title case (with and without
    small words in lower case), first word capitalised only, and with a leading "the" in lower case."""
    words = phrase.split()
    if not words:
        return []
    title, small = " ".join(_cap(w) for w in words), title_name(phrase)
    out = [phrase, title, small, phrase[:1].upper() + phrase[1:].lower()]
    if len(words) > 1 and words[0] == "THE":  # "the Shire", "the AU", "The AU"
        rest = phrase.split(" ", 1)[1]
        out += ["the " + small.split(" ", 1)[1], "the " + title.split(" ", 1)[1], "the " + rest, "The " + rest]
    return list(dict.fromkeys(out))


def _identifier(phrase: str) -> str:
    """A readable name for an entry: title case, short all-letter words kept as acronyms ("The KU", "IMF")."""
    return " ".join(w if len(w) <= 3 and w.isalpha() and w.lower() not in _SMALL_WORDS else t
                    for w, t in zip(phrase.split(), title_name(phrase).split()))


def _kind(code: str, sector: str | None) -> str:
    if len(code) == 3 and sector is None:
        return "country"
    if len(code) == 3 and sector == "GOV":
        return "metonym"
    return "org"


def _entry(code: str, identifier: str, kind: str | None = None) -> KBEntry:
    actor, sector = split_code(code.split("/")[0])  # "FRO/BIL/SAM": one entry per name, the first actor
    return KBEntry(actor, sector, identifier, kind or _kind(actor, sector))


def actor_kb_entries(entries: Iterable[ActorEntry]) -> dict[str, KBEntry | list[PersonTerm]]:
    """Name variant -> KBEntry, or dated terms (first restriction that covers the date, then the
    default) for actors with date restrictions. Null codes are left out, and a name with no code left
    is not added. Within the dictionaries a later entry overrides an earlier one, as in PETRARCH."""
    out: dict[str, KBEntry | list[PersonTerm]] = {}
    for actor in entries:
        identifier = _identifier(actor.name)
        live = [t for t in actor.codes if not t.is_null]
        dated = [t for t in live if t.dated]
        default = next((t for t in live if not t.dated), None)
        if not live:
            continue
        if dated:
            terms = [PersonTerm(_entry(t.code, identifier, "person"), "", t.start, t.end) for t in dated]
            if default is not None:
                terms.append(PersonTerm(_entry(default.code, identifier, "person"), "", None, None))
            value: KBEntry | list[PersonTerm] = terms
        else:
            value = _entry(default.code, identifier)
        for name in actor.names:
            for variant in name_variants(name):
                out[variant] = value
    return out


def agent_kb_entries(entries: Iterable[AgentEntry]) -> dict[str, str]:
    """Agent form (lower case) -> our sector; a later entry overrides an earlier one."""
    return {form.lower(): agent_sector(agent.code) for agent in entries for form in agent.forms}


def _paths(paths: str | Path | Sequence[str | Path] | None) -> list[Path]:
    if paths is None:
        return []
    if isinstance(paths, (str, Path)):
        return [Path(paths)]
    return [Path(p) for p in paths]


def kb_with_dictionaries(actors_paths, agents_paths, replace: bool = False,
                         keep_base_agents: bool = False) -> ActorKB:
    """An ActorKB with PETRARCH .actors/.agents files (a path or a list of paths, or None) added.

    replace=False: a fresh copy of the built-in base plus the dictionaries; where both know a name
    or agent word, the built-in entry wins. replace=True: the dictionaries only (no built-in
    countries, organisations, people or agent words); keep_base_agents=True adds the built-in agent
    words after the dictionaries' own, which win where both have a word.
    The cached load_kb() base is never modified."""
    actors = [e for p in _paths(actors_paths) for e in read_actors(p)]
    agents = [e for p in _paths(agents_paths) for e in read_agents(p)]
    kb = ActorKB() if replace else load_kb.__wrapped__()  # a fresh base: the cached one stays as it is
    kb.add_agents(agent_kb_entries(agents).items())
    if replace and keep_base_agents:
        kb.add_agents(load_kb().agents.items())
    kb.add_names(actor_kb_entries(actors).items())
    return kb


# --- PETRARCH2 unit-test records ----------------------------------------------------------


@dataclass(frozen=True)
class GoldCoding:
    source: str
    target: str
    event: str


@dataclass
class UnitRecord:
    uid: str  # the record id, made unique ("AGENTS-18", "AGENTS-18#2")
    id: str
    category: str
    date: date
    text: str
    codings: list[GoldCoding]
    noevents: bool = False
    error: str | None = None  # the error an ERROR record expects ("dateline", "storydiscard", ...)
    sentence: bool = True  # sentence="false": switched off in the PETRARCH suite
    require_dyad: bool = True  # <Config option="require_dyad"> in force for this record
    new_actor_length: int = 0  # <Config option="new_actor_length">: codes quoted new-actor text
    skip: str | None = None  # why the record is not scored


def load_unit_records(path: str | Path) -> list[UnitRecord]:
    """Every <Sentence> of PETR.UnitTest.records.xml, in order, with the <Config> options in force.

    `skip` is set for error tests (category ERROR or an `error=` coding), records marked
    sentence="false" (features PETRARCH never implemented, and one known PETRARCH issue) and
    categories outside the file's <Include> list (AGENTS, COMPOUNDx)."""
    root = ET.parse(path).getroot()
    include = set((root.findtext("Environment/Include") or "").split())
    config = {"require_dyad": "true", "new_actor_length": "0"}
    seen: Counter[str] = Counter()
    records: list[UnitRecord] = []
    for el in root.iter():
        if el.tag == "Config":
            config[el.get("option", "")] = (el.get("value") or "").strip()
            continue
        if el.tag != "Sentence":
            continue
        rid = el.get("id", "").strip()
        seen[rid] += 1
        codings, noevents, error = [], False, None
        for ec in el.findall("EventCoding"):
            if ec.get("error"):
                error = ec.get("error")
            elif (ec.get("noevents") or "").strip().lower() == "true":
                noevents = True
            elif ec.get("eventcode"):
                codings.append(GoldCoding(ec.get("sourcecode", "").strip(), ec.get("targetcode", "").strip(),
                                          ec.get("eventcode", "").strip()))
        category = el.get("category", "").strip()
        sentence = (el.get("sentence") or "true").strip().lower() != "false"
        skip = None
        if category == "ERROR" or error:
            skip = "error test"
        elif not sentence:
            skip = 'sentence="false"'
        elif include and category not in include:
            skip = "category not in <Include>"
        records.append(UnitRecord(
            uid=rid if seen[rid] == 1 else f"{rid}#{seen[rid]}", id=rid, category=category,
            date=petr_date(el.get("date", "").strip()), text=" ".join((el.findtext("Text") or "").split()),
            codings=codings, noevents=noevents, error=error, sentence=sentence,
            require_dyad=config.get("require_dyad", "true").lower() != "false",
            new_actor_length=int(config.get("new_actor_length") or 0), skip=skip))
    return records


# --- scoring -------------------------------------------------------------------------------

CAMEO_LEVELS = ("full", "root", "any")  # "any": the (source, target) pairs alone, whatever the event
ACTOR_LEVELS = ("compound", "actor")
PETRARCH2_OWN = "PETRARCH2 on these records with these dictionaries (as measured and reported in ../shared/eval/README.md): 30% exact, P 0.47, R 0.33"


def _event_key(cameo: str, level: str) -> tuple[str, ...]:
    # the root leads so that Report.per_type groups by CAMEO root either way
    if level == "any":
        return ("*",)
    return (cameo[:2],) if level == "root" else (cameo[:2], cameo)


def _gold_side(code: str, level: str) -> str:
    code = normalise_code(code)
    return actor_part(code) if level == "actor" else code


def _our_side(entity: Entity | None, level: str) -> str:
    if entity is None:
        return NULL_ACTOR
    return _gold_side(compose_code(entity.code, entity.sector), level)


def gold_units(record: UnitRecord, cameo: str = "full", actors: str = "compound") -> set[tuple]:
    return {(*_event_key(c.event, cameo), _gold_side(c.source, actors), _gold_side(c.target, actors))
            for c in record.codings}


def predicted_units(result: ArticleResult, record: UnitRecord, cameo: str = "full", actors: str = "compound",
                    asserted_only: bool = True) -> tuple[set[tuple], int]:
    """Our tuples for a record, and how many were left out because a side had no code while the
    record's require_dyad was on (PETRARCH codes no event then, so its gold has none)."""
    out, dropped = set(), 0
    for ev in result.events:
        if asserted_only and ev.polarity != "asserted":
            continue
        key = _event_key(ev.cameo or "", cameo)
        for a in ev.actor or [None]:
            for r in ev.recipient or [None]:
                if record.require_dyad and (a is None or r is None or not a.code or not r.code):
                    dropped += 1
                    continue
                out.add((*key, _our_side(a, actors), _our_side(r, actors)))
    return out, dropped


def _cameo_codes() -> frozenset[str]:
    from .data_files import data_path, read_tsv

    return frozenset(r["cameo"] for r in read_tsv(data_path("lexicon", "cameo_plover.tsv")) if r.get("cameo"))


def extract_records(extractor, records: Sequence[UnitRecord]) -> list[ArticleResult]:
    """Code each record's text as an article published on the record's date."""
    articles = [Article(id=r.uid, text=r.text, published=r.date, origin=f"PETR.UnitTest:{r.uid}") for r in records]
    return list(extractor.extract_many(articles))


def score_results(records: Sequence[UnitRecord], results: Sequence[ArticleResult], cameo: str = "full",
                  actors: str = "compound", asserted_only: bool = True) -> Report:
    level = {"full": "full CAMEO code", "root": "CAMEO root", "any": "any event code"}[cameo]
    name = f"PETRARCH2 unit tests ({level}, {'actor+sector' if actors == 'compound' else '3-letter actor'})"
    report = Report(name)
    dropped = 0
    for record, result in zip(records, results):
        predicted, n = predicted_units(result, record, cameo, actors, asserted_only)
        dropped += n
        report.add(record.uid, gold_units(record, cameo, actors), predicted, record.text)
    report.extra["one_sided_predictions_dropped"] = dropped
    with_events = [r for r in records if r.codings]
    exact = {e["id"] for e in report.errors}
    report.extra["exact_with_gold_events"] = f"{sum(r.uid not in exact for r in with_events)}/{len(with_events)}"
    report.extra["exact_without_gold_events"] = f"{sum(r.uid not in exact for r in records if not r.codings)}/{len(records) - len(with_events)}"
    return report


def score_petrarch(extractor, records: Sequence[UnitRecord], cameo: str = "full", actors: str = "compound",
                   asserted_only: bool = True) -> Report:
    """Score `extractor` on the records not marked `skip`, one unit per sentence: the set of
    (CAMEO code, source, target). Returns the (cameo, actors) report; the other three levels are
    summarised in `extra["variants"]`, and the report's notes say what was skipped and how codes
    were compared."""
    scored = [r for r in records if not r.skip]
    results = extract_records(extractor, scored)
    reports = {(c, a): score_results(scored, results, c, a, asserted_only) for c in CAMEO_LEVELS for a in ACTOR_LEVELS}
    report = reports[(cameo, actors)]
    skipped = Counter(r.skip for r in records if r.skip)
    if skipped:
        report.notes.append("skipped: " + ", ".join(f"{n} {why}" for why, n in sorted(skipped.items())) + " ("
                            + " ".join(r.uid for r in records if r.skip) + ")")
    report.notes.append("codes compared at eventwire's level: actor code + one sector (gold ARNGOVFRM -> ARNGOV); "
                        "an uncoded actor is ---; under require_dyad, our events with an uncoded side are not counted")
    report.notes.append("only asserted events count" if asserted_only else "events of every polarity count")
    known = _cameo_codes()
    odd = sorted({c.event for r in scored for c in r.codings if c.event not in known})
    if odd:
        report.notes.append(f"gold event codes that are not CAMEO (test codes of the validation verbs file): {' '.join(odd)}")
    report.notes.append(PETRARCH2_OWN)
    report.extra["variants"] = {
        f"{c} / {a}": {"exact": f"{rep.exact_units}/{rep.units}", "P": round(rep.overall.precision, 3),
                       "R": round(rep.overall.recall, 3), "F1": round(rep.overall.f1, 3)}
        for (c, a), rep in reports.items()
    }
    return report


def evaluate_petrarch_dir(directory: str | Path, replace: bool = True, keep_base_agents: bool = False,
                          cameo: str = "full", actors: str = "compound", extractor=None) -> Report:
    """The whole PETRARCH2 check: KB from the directory's PETR.Validate actors/agents, event lexicon
    with its PETR.Validate.verbs.txt (when there is one), then score PETR.UnitTest.records.xml. `extractor` (with its KB already built) may be passed to reuse a model."""
    directory = Path(directory)
    verbs, found = directory / "PETR.Validate.verbs.txt", None  # the records' own verbs, like their actors
    if extractor is None:
        from .pipeline import Extractor

        kb = kb_with_dictionaries(directory / "PETR.Validate.actors.txt", directory / "PETR.Validate.agents.txt",
                                  replace=replace, keep_base_agents=keep_base_agents)
        lex, found = lexicon_with_verbs(verbs) if verbs.is_file() else (None, None)
        extractor = Extractor(kb=kb, lex=lex)
    records = load_unit_records(directory / "PETR.UnitTest.records.xml")
    report = score_petrarch(extractor, records, cameo=cameo, actors=actors)
    if found is not None:
        report.notes.insert(0, skipped_note(found))
    return report


# --- verbs ----------------------------------------------------------------------------------
#
# A .verbs file (PETRARCH2 PETRreader.read_verb_dictionary): synsets `&NAME` followed by `+WORD` lines
# (a member may itself be a synset); verb blocks `--- NAME [CODE] ---` whose next lines name the
# verbs (`BREAK {BROKE BROKEN} [code]`; multi-word verbs join words with `_` and put `+` before the
# verb: `+CORDON_OFF`, `WIRE_+TAP`), then patterns `- WORDS * WORDS [CODE]` where `*` is the verb's
# place, `+` the target, `$` the source, `%` a compound actor, `^` any one word, `_` joins words.
# A block's patterns belong to every verb of the block; a verb without its own code takes the block's.

# Words read as a particle or preposition when a pattern names them after the verb; any other word
# is an object. Closed-class English words: prepositions and adverbial particles.
PARTICLE_WORDS = frozenset(
    "about above across after against ahead along among around as at away back before behind below "
    "beneath beside between beyond by down for forward from in inside into near of off on onto out "
    "outside over past through throughout to toward towards under until up upon with within without".split())


@dataclass(frozen=True)
class VerbPattern:
    words: str  # the pattern as written, without "-" and code: "* &PREPOSIT1 RESOLUTION"
    code: str  # "102", "---", "013:012"
    line: int = 0


@dataclass(frozen=True)
class VerbForm:
    verb: str  # as written: "ABANDON", "+BREAK_DOWN", "WIRE_+TAP"
    code: str  # its own code, or the block's
    forms: tuple[str, ...] = ()  # irregular forms from {...}
    line: int = 0


@dataclass
class VerbBlock:
    name: str
    code: str
    verbs: list[VerbForm] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)
    line: int = 0


@dataclass
class VerbDictionary:
    synsets: dict[str, list[str]] = field(default_factory=dict)  # "&TIETYPES" -> ["MILITARY", ...] as written
    blocks: list[VerbBlock] = field(default_factory=list)


_BLOCK_HEADER = re.compile(r"^---\s*(.*?)\s*(?:\[([^\]]*)\])?\s*---\s*$")
_TRAILING_CODE = re.compile(r"\[([^\]]*)\]\s*$")


def _split_code(text: str, default: str) -> tuple[str, str]:
    """ "* EFFORT  [987]" -> ("* EFFORT", "987"); no [code]: the default."""
    match = _TRAILING_CODE.search(text)
    if match is None:
        return text.strip(), default
    return text[: match.start()].strip(), match.group(1).strip().upper() or default


def _verb_form(text: str, block_code: str, line: int) -> VerbForm:
    """ "BREAK { BROKE BROKEN  } [040]" -> VerbForm("BREAK", "040", ("BROKE", "BROKEN"))."""
    text, code = _split_code(text, block_code)
    forms: tuple[str, ...] = ()
    if "{" in text:
        forms = tuple(text[text.find("{") + 1 : text.find("}") if "}" in text else None].split())
        text = text[: text.find("{")]
    return VerbForm(text.strip().upper(), code, forms, line)


def read_verbs(path: str | Path) -> VerbDictionary:
    """Synsets and verb blocks of a TABARI/PETRARCH .verbs file, in file order."""
    out = VerbDictionary()
    synset: list[str] | None = None  # the synset whose "+" members are being read
    block: VerbBlock | None = None
    for n, line in _lines(path):
        stripped = line.strip()
        header = _BLOCK_HEADER.match(stripped) if stripped.startswith("---") else None
        if header:
            block, synset = VerbBlock(header.group(1).upper(), (header.group(2) or "---").strip().upper(), line=n), None
            out.blocks.append(block)
        elif stripped.startswith("&"):
            synset = out.synsets.setdefault(_synset_label(stripped), [])
        elif stripped.startswith("+") and synset is not None:
            synset.append(stripped[1:].strip().upper())
        elif stripped.startswith("-") and block is not None:
            words, code = _split_code(stripped[1:], block.code)
            block.patterns.append(VerbPattern(words.upper(), code, n))
        elif block is not None:
            synset = None
            block.verbs.append(_verb_form(stripped, block.code, n))
        else:
            log.warning("%s:%d: outside any synset or verb block; skipped", path, n)
    return out


def _synset_label(text: str) -> str:
    """ "&PREPOSIT1_" -> "&PREPOSIT1" (a trailing "_" only turns off PETRARCH's plurals)."""
    return text.split()[0].upper().rstrip("_")


# --- verbs into trigger rows ---------------------------------------------------------------


class Unsupported(ValueError):
    """An entry that eventwire's trigger rows cannot express; the message says why."""


@dataclass(frozen=True)
class VerbRows:
    """What a verbs dictionary turns into: trigger rows, the lemmas it speaks for (its rows replace
    eventwire's own verb rows for them, even where the dictionary's verb is no event: code ---), and
    the entries left out, by reason."""

    rows: tuple[Trigger, ...]  # in dictionary order
    lemmas: frozenset[str]
    skipped: Counter


def _cameo_types() -> dict[str, tuple[str, str]]:
    from .data_files import data_path, read_tsv

    return {r["cameo"]: (r.get("type", ""), r.get("mode", ""))
            for r in read_tsv(data_path("lexicon", "cameo_plover.tsv")) if r.get("cameo")}


def code_type(code: str, types: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """(PLOVER type, mode) of a dictionary code: the exact CAMEO code, else its root ("075A" -> "070"
    AID, "1010" -> "100" REQUEST). A paired code "013:012" is read by its first (source to target)
    half. ("", "") for a CAMEO code PLOVER leaves out (01x statements). Unsupported when neither the
    code nor its root is CAMEO (WEIS codes such as 223, test codes such as 903)."""
    code = code.split(":")[0].strip()
    for key in (code, code[:2] + "0"):
        if key in types:
            return types[key]
    raise Unsupported("codes that are not CAMEO (nor is their root)")


def _verb_lemma(verb: str) -> tuple[str, str]:
    """ "ABANDON" -> ("abandon", ""); "+BREAK_DOWN" -> ("break", "down"); "+ABC_DEF_GHI" -> ("abc",
    "def ghi"). A multi-word verb whose verb is not its first word ("WIRE_+TAP") is Unsupported: a
    word before the verb is no trigger condition."""
    words = [w for w in verb.split("_") if w]
    if len(words) == 1:
        return words[0].lstrip("+").lower(), ""
    if not words[0].startswith("+"):
        raise Unsupported("multi-word verbs with words before the verb")
    if len(words) > 3:
        raise Unsupported("multi-word verbs of more than three words")
    return words[0][1:].lower(), " ".join(words[1:]).lower()


def synset_words(label: str, synsets: dict[str, list[str]], seen: frozenset[str] = frozenset()) -> list[str]:
    """The one-word members of a synset, nested synsets expanded ("&ACCORDSYN" holds "&TIETYPES").
    Members of several words ("AUSTRIAN FLORIN") are left out: a trigger's object is one word."""
    if label not in synsets:
        raise Unsupported("patterns with an undefined synset")
    words: list[str] = []
    for member in synsets[label]:
        if member.startswith("&"):
            if member not in seen:
                words += synset_words(member.rstrip("_"), synsets, seen | {label})
        elif len(member.replace("_", " ").split()) == 1:
            words.append(member.strip("_").lower())
    return list(dict.fromkeys(words))


def _slot_words(token: str, synsets: dict[str, list[str]]) -> list[str]:
    """One pattern word as its alternatives: a synset's members, or the word itself."""
    if token.startswith("&"):
        words = synset_words(token.rstrip("_"), synsets)
        if not words:
            raise Unsupported("patterns with a synset of multi-word phrases only")
        return words
    if not re.fullmatch(r"[A-Z][A-Z'\-.]*", token):
        raise Unsupported("patterns with %, ^ or other special tokens")
    return [token.lower()]


def _object_forms(words: list[str]) -> list[str]:
    """Dictionary words are inflected ("RELATIONS"), trigger objects are lemmas: keep each word and
    add a singular for a plural-looking one ("relations|relation", "ties|tie")."""
    out: list[str] = []
    for word in words:
        out.append(word)
        if word.endswith("ies") and len(word) > 4:
            out.append(word[:-3] + "y")
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            out.append(word[:-1])
    return list(dict.fromkeys(out))


def pattern_condition(words: str, synsets: dict[str, list[str]]) -> tuple[str, str]:
    """A pattern as a trigger row's (particle, object) condition: after the verb `*`, a particle and/or
    an object word, or a synset of either; "+" and "$" (target, source) are ignored, "_" is a blank.
    "* &PREPOSIT1 RESOLUTION" -> ("against|in|...", "resolution"); "*_OUT" -> ("out", "");
    "* FOR_ASYLUM" -> ("for", "asylum"). Anything else raises Unsupported."""
    tokens = [t for t in re.split(r"[\s_]+", words.replace("*", " * ")) if t]
    if "*" not in tokens:
        raise Unsupported("patterns without the verb's place *")
    before, after = tokens[: tokens.index("*")], tokens[tokens.index("*") + 1 :]
    if any(t not in {"+", "$"} for t in before):
        raise Unsupported("patterns with words before the verb")
    slots = [_slot_words(t, synsets) for t in after if t not in {"+", "$"}]
    kinds = "".join("P" if all(w in PARTICLE_WORDS for w in s) else "O" for s in slots)
    if kinds in {"P", "PO"}:
        return "|".join(slots[0]), "|".join(_object_forms(slots[1])) if kinds == "PO" else ""
    if kinds in {"O", "OP"}:
        return ("|".join(slots[1]) if kinds == "OP" else ""), "|".join(_object_forms(slots[0]))
    if kinds == "PP" and len(slots[0]) == len(slots[1]) == 1:
        return f"{slots[0][0]} {slots[1][0]}", ""  # "* DOWN FROM": a two-word particle
    if not kinds:
        raise Unsupported("patterns with + or $ markers only")
    raise Unsupported("patterns with more than a particle and one object word")


def _combined_particle(verb_particle: str, pattern_particle: str) -> str:
    if verb_particle and pattern_particle:
        raise Unsupported("patterns with a particle for a multi-word verb that has one")
    return verb_particle or pattern_particle


def _row(lemma: str, particle: str, obj: str, code: str, types: dict[str, tuple[str, str]]):
    """One trigger row, the code as written. A null code (---) or a CAMEO code PLOVER leaves out
    gives a row of no type: it wins like any row and codes nothing."""
    etype, mode = ("", "") if code in NULL_CODES else code_type(code, types)
    return Trigger(lemma=lemma, pos="VERB", particle=particle, **object_condition(obj), type=etype,
                   mode=mode, cameo=None if code in NULL_CODES else code.split(":")[0], context="", complement="")


def _block_conditions(block: VerbBlock, synsets: dict[str, list[str]], types, skipped: Counter) -> list[tuple[str, str, str]]:
    """(particle, object, code) of each pattern of a block that rows can express; the others are
    counted in `skipped` by reason, once per pattern."""
    out = []
    for pat in block.patterns:
        try:
            if pat.code not in NULL_CODES:
                code_type(pat.code, types)
            out.append((*pattern_condition(pat.words, synsets), pat.code))
        except Unsupported as exc:
            skipped[str(exc)] += 1
    return out


def verb_rows(dictionary: VerbDictionary) -> VerbRows:
    """Trigger rows of every verb of every block: the verb alone with its code, then one row per
    pattern of its block. A row that repeats an earlier (lemma, particle, object) is dropped (the
    first wins, as in triggers.tsv); what rows cannot express is counted in `skipped`."""
    types = _cameo_types()
    rows, keys, lemmas, skipped = [], set(), set(), Counter()
    for block in dictionary.blocks:
        conditions = _block_conditions(block, dictionary.synsets, types, skipped)
        for verb in block.verbs:
            try:
                lemma, verb_particle = _verb_lemma(verb.verb)
            except Unsupported as exc:
                skipped[str(exc)] += 1
                continue
            for particle, obj, code in [("", "", verb.code), *conditions]:
                try:
                    row = _row(lemma, _combined_particle(verb_particle, particle), obj, code, types)
                except Unsupported as exc:
                    skipped[str(exc)] += 1
                    continue
                key = (row.lemma, row.particle, row.objects)
                if key not in keys:
                    keys.add(key)
                    rows.append(row)
                    lemmas.add(lemma)  # only a verb with a row speaks for its lemma: an all-WEIS verb does not
    return VerbRows(tuple(rows), frozenset(lemmas), skipped)


def lexicon_with_verbs(verbs_paths) -> tuple[Lexicon, VerbRows]:
    """The built-in event lexicon with the rows of PETRARCH .verbs files (a path, a list, or None)
    in place of its own verb rows for the lemmas the files cover; a later file's rows come after an
    earlier one's (for an equal match the earlier row wins). Also returns the rows and what was skipped."""
    rows, lemmas, skipped = [], set(), Counter()
    for path in _paths(verbs_paths):
        found = verb_rows(read_verbs(path))
        rows += found.rows
        lemmas |= found.lemmas
        skipped += found.skipped
    combined = VerbRows(tuple(rows), frozenset(lemmas), skipped)
    return load_lexicon().with_verb_rows(combined.rows, combined.lemmas), combined


def skipped_note(found: VerbRows) -> str:
    """What a verbs dictionary gave, for a report: "424 verb rows for 260 lemmas; left out: 165 words
    before the verb, ..."."""
    left_out = ", ".join(f"{n} {why}" for why, n in found.skipped.most_common())
    return f"verbs dictionary: {len(found.rows)} trigger rows for {len(found.lemmas)} verbs; left out: {left_out or 'nothing'}"
