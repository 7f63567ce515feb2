"""The ``newsevents_actors`` spaCy component: added to a pipeline, it sets ``doc._.ne_actors``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import spacy

from newsevents.actors.resolve import DocActors
from newsevents.actors.stage import ActorsComponent, resolver_for


def test_added_to_a_blank_pipeline(nlp, word) -> None:
    blank = spacy.blank("en")
    component = blank.add_pipe("newsevents_actors")
    assert blank.pipe_names == ["newsevents_actors"]
    assert blank.get_pipe_config("newsevents_actors") == {"factory": "newsevents_actors", "actor_files": []}
    doc = nlp("Chilean and Peruvian envoys met in Quito.")
    assert doc._.ne_actors is None
    assert component(doc) is doc
    actors = doc._.ne_actors
    assert isinstance(actors, DocActors)
    assert [m.iso3 for m in actors.mentions] == ["CHL", "PER", "ECU"]
    codes = [a.code for a in actors.resolve_all(word(doc, "envoys"), None)]
    assert codes == ["CHLGOV", "PERGOV"]


def test_one_resolver_per_config(nlp, component: ActorsComponent) -> None:
    again = nlp.create_pipe("newsevents_actors")
    assert isinstance(again, ActorsComponent)
    assert again.resolver is component.resolver
    assert resolver_for((), spacy.blank("en").vocab) is component.resolver


def test_actor_files(tmp_path: Path, nlp, word) -> None:
    path = tmp_path / "mine.jsonl"
    entry = {"id": "maria-quispe", "kind": "person", "name": "Maria Quispe", "aliases": ["Quispe"],
             "country": "PER", "roles": [{"code": "PERGOV", "from": "2014-01-01", "until": None}],
             "default": "PERELI"}
    path.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    component = nlp.create_pipe("newsevents_actors", config={"actor_files": [str(path)]})
    doc = component(nlp("Maria Quispe arrived in Quito."))
    found = doc._.ne_actors.resolve(word(doc, "Quispe"), dt.date(2015, 6, 1))
    assert (found.name, found.code) == ("Maria Quispe", "PERGOV")
