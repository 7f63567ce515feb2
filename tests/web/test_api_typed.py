"""The typed API (issue 13, point 4): response models in the OpenAPI document, ETag revalidation, gzip,
and the quotes endpoint (issue 13, point 3)."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from starlette.testclient import TestClient

from newsevents.store.browse import ARTICLE_COLUMNS, MENTION_COLUMNS
from newsevents.store.queries import EVENT_COLUMNS
from newsevents.store.quotes import QUOTE_FIELDS
from newsevents.web import models
from newsevents.web.api import ENDPOINTS


@pytest.mark.parametrize(
    ("model", "columns"),
    [
        (models.Event, EVENT_COLUMNS),
        (models.Mention, MENTION_COLUMNS),
        (models.Article, ARTICLE_COLUMNS),
        (models.Quote, QUOTE_FIELDS),
    ],
)
def test_models_name_every_column_the_store_returns(
    model: type[models.Model], columns: tuple[str, ...]
) -> None:
    """A column added to the store's list but not to the model would silently vanish from the API."""
    assert tuple(model.model_fields) == columns


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema["$ref"]
    assert ref.startswith("#/components/schemas/")
    found: dict[str, Any] = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
    return found


def test_openapi_describes_the_records_and_the_paging_envelope(client: TestClient) -> None:
    doc = client.get("/api/openapi.json").json()
    schemas = doc["components"]["schemas"]
    assert {"Event", "Mention", "Article", "Actor", "Place", "Quote", "EventPage", "Error"} <= set(schemas)
    page = _resolve(
        doc, doc["paths"]["/api/events"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    )
    assert set(page["required"]) == {"total", "limit", "offset", "count", "items"}
    assert page["properties"]["items"]["items"] == {"$ref": "#/components/schemas/Event"}
    event = schemas["Event"]
    assert event["properties"]["id"]["type"] == "integer"
    assert {"type": "string", "format": "date"} in event["properties"]["date"]["anyOf"]
    assert event["properties"]["goldstein"]["description"].startswith("Goldstein")
    article = _resolve(
        doc,
        doc["paths"]["/api/articles/{article_id}"]["get"]["responses"]["200"]["content"]["application/json"][
            "schema"
        ],
    )
    assert article["properties"]["places"]["items"] == {"$ref": "#/components/schemas/Place"}
    assert article["properties"]["actors"]["items"] == {"$ref": "#/components/schemas/Actor"}


@pytest.mark.parametrize("endpoint", [e for e in ENDPOINTS if e.model is not None], ids=lambda e: e.path)
def test_every_json_endpoint_names_its_model(client: TestClient, endpoint: Any) -> None:
    doc = client.get("/api/openapi.json").json()
    content = doc["paths"][endpoint.path]["get"]["responses"]["200"]["content"]["application/json"]
    assert content["schema"] == {"$ref": f"#/components/schemas/{endpoint.model.__name__}"}
    path = endpoint.path.replace("{event_id}", "1").replace("{article_id}", "w2")
    body = client.get(path).json()
    # what the endpoint answers is valid against the document a client generator reads
    schema = {**content["schema"], "components": doc["components"]}
    jsonschema.Draft202012Validator(schema).validate(body)
    assert set(doc["components"]["schemas"][endpoint.model.__name__].get("required", ())) <= set(body)


def test_etag_revalidation(client: TestClient) -> None:
    first = client.get("/api/events?country=PRK")
    etag = first.headers["etag"]
    assert etag.startswith('"') and first.headers["cache-control"] == "no-cache"
    again = client.get("/api/events?country=PRK", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    other = client.get("/api/events?country=KOR", headers={"If-None-Match": etag})
    assert other.status_code == 200 and other.headers["etag"] != etag
    assert client.get("/api/events?country=PRK", headers={"If-None-Match": '"stale"'}).status_code == 200
    doc = client.get("/api/openapi.json")
    assert client.get("/api/openapi.json", headers={"If-None-Match": doc.headers["etag"]}).status_code == 304


def test_gzip_for_clients_that_accept_it(client: TestClient) -> None:
    plain = client.get("/api/events?limit=100", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    zipped = client.get("/api/events?limit=100", headers={"Accept-Encoding": "gzip"}, follow_redirects=False)
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.json() == plain.json()  # httpx decodes; the headers say it was compressed
    assert zipped.headers["content-security-policy"] == plain.headers["content-security-policy"]
    assert int(zipped.headers["content-length"]) < len(plain.content)


def test_quotes_endpoint(client: TestClient) -> None:
    page = client.get("/api/quotes").json()
    assert page["total"] == 3 and page["count"] == 3
    assert [q["article_id"] for q in page["items"]] == ["w2", "w2", "w1"]  # newest article first
    assert page["items"][0]["speaker_code"] == "PRKGOV" and page["items"][0]["source"] == "Evening Two"
    by_kim = client.get("/api/quotes?speaker=jong").json()["items"]
    assert [q["quote"] for q in by_kim] == ["=1+1 is not an offer"]
    assert client.get("/api/quotes?contains=PATIENT&country=usa").json()["total"] == 1
    assert client.get("/api/quotes?since=2019-07").json()["total"] == 2
    assert client.get("/api/quotes?limit=1&offset=2").json()["items"][0]["article_id"] == "w1"
    bad = client.get("/api/quotes?country=Korea")
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad-parameter"
    assert client.get("/api/quotes?quad=1").json()["error"]["code"] == "unknown-parameter"


def test_filtered_event_list_offset_and_sort_match_the_python_api(client: TestClient, store: Any) -> None:
    from newsevents.store import Store

    api = client.get("/api/events?sort=-goldstein&offset=1&limit=3").json()["items"]
    with Store(store) as s:
        frame = s.events(sort="-goldstein", offset=1, limit=3)
    assert [r["id"] for r in api] == list(frame.id)
