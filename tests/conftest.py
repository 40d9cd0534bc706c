import json
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT.parent / "shared" / "schema"


@pytest.fixture(scope="session")
def extractor():
    from eventwire.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def code(extractor):
    """Code one text; returns its event records as PLOVER dicts."""
    from eventwire.records import Article

    def _code(text: str, published: date = date(2024, 3, 15)) -> list[dict]:
        result = extractor.extract(Article(id="t", text=text, published=published))
        return [e.to_plover() for e in result.events]

    return _code


def load_schema(name: str) -> dict:
    return json.loads((SCHEMA_DIR / name).read_text())


@pytest.fixture(scope="session")
def event_validator():
    jsonschema = pytest.importorskip("jsonschema")
    if not (SCHEMA_DIR / "event.schema.json").exists():
        pytest.skip("shared/schema not beside the repository")
    return jsonschema.Draft202012Validator(load_schema("event.schema.json"))


@pytest.fixture(scope="session")
def document_validator():
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource

    if not (SCHEMA_DIR / "document.schema.json").exists():
        pytest.skip("shared/schema not beside the repository")
    event = load_schema("event.schema.json")
    registry = Registry().with_resource("eventwire/event.schema.json", Resource.from_contents(event))
    registry = registry.with_resource("event.schema.json", Resource.from_contents(event))
    return jsonschema.Draft202012Validator(load_schema("document.schema.json"), registry=registry)


def tuples(events: list[dict], polarity: str | None = "asserted") -> set:
    """(type, actor code, recipient code) for each event, one per pair."""
    out = set()
    for e in events:
        if polarity and e["polarity"] != polarity:
            continue
        for a in e["actor"] or [{"code": None}]:
            for r in e["recipient"] or [{"code": None}]:
                out.add((e["event"][0], a["code"], r["code"]))
    return out
