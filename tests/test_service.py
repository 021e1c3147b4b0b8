"""The web app and REST API through FastAPI's TestClient, on the real example articles."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import warta.service.app as app_module
from warta import brief, extract, group
from warta.ingest.records import record_document
from warta.service import create_app

TOKEN = "rahasia-uji"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def example_items(example_dir: Path) -> list[dict]:
    return [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(example_dir.glob("*.txt"))]


@pytest.fixture()
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(f"sqlite:///{tmp_path / 'svc.db'}", token=TOKEN))


@pytest.fixture()
def loaded(client: TestClient, example_dir: Path) -> dict:
    res = client.post("/api/articles", json=example_items(example_dir), headers=AUTH)
    assert res.status_code == 200, res.text
    return res.json()


def test_writes_need_the_token(tmp_path: Path, example_dir: Path) -> None:
    item = example_items(example_dir)[0]
    closed = TestClient(create_app(f"sqlite:///{tmp_path / 'a.db'}", token=""))
    assert closed.post("/api/articles", json=item, headers=AUTH).status_code == 403
    client = TestClient(create_app(f"sqlite:///{tmp_path / 'b.db'}", token=TOKEN))
    assert client.post("/api/articles", json=item).status_code == 401
    res = client.post("/api/articles", json=item, headers={"Authorization": "Bearer salah"})
    assert res.status_code == 401 and res.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/stories").json()["total"] == 0


def test_post_and_read_back_match_the_pipeline(client: TestClient, loaded: dict, example_dir: Path) -> None:
    items = example_items(example_dir)
    assert [i["id"] for i in loaded["items"]] == [i["id"] for i in items]
    assert all(i["error"] is None and i["story"] for i in loaded["items"])

    docs = [record_document(i, f"api:{i['id']}") for i in items]
    expected = {b.id: b for b in brief(group(extract(docs)))}
    listing = client.get("/api/stories").json()
    assert listing["total"] == len(expected)
    assert {s["id"]: s["headline"] for s in listing["stories"]} == {k: b.headline for k, b in expected.items()}
    for row in listing["stories"]:
        got = client.get(f"/api/stories/{row['id']}").json()
        story, want = got["story"], expected[row["id"]]
        assert story["headline"] == want.headline
        assert [c["text"] for c in story["summary"]] == [c.text for c in want.summary]
        ids = {a["id"] for a in got["articles"]}
        assert set(story["articles"]) == ids
        assert ids == {a.id for a in want.story.articles}
        assert all(set(c["sources"]) <= ids for c in story["summary"] + story["agreed"] + story["only_in"])
        assert row["n_articles"] == len(ids)
        assert (row["first_published"], row["last_published"]) == (story["first_published"], story["last_published"])


def test_bad_items_are_reported_one_by_one(client: TestClient, loaded: dict, example_dir: Path) -> None:
    first = example_items(example_dir)[0]
    res = client.post("/api/articles", json=[first, {"id": "kosong"}, 7], headers=AUTH)
    assert res.status_code == 422
    items = res.json()["items"]
    assert "already stored" in items[0]["error"]
    assert "neither `text` nor `html`" in items[1]["error"] and "not a JSON object" in items[2]["error"]
    assert client.get("/api/stories").json()["total"] == len(loaded["stories"])
    assert len(client.get("/api/errors").json()["errors"]) == 3


def test_bad_bodies(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    bad_json = client.post("/api/articles", content=b"{nope", headers={**AUTH, "Content-Type": "application/json"})
    assert bad_json.status_code == 400 and "not valid JSON" in bad_json.json()["detail"]
    too_many = client.post("/api/articles", json=[{"text": "x"}] * 1001, headers=AUTH)
    assert too_many.status_code == 400 and "too many" in too_many.json()["detail"]
    monkeypatch.setattr(app_module, "MAX_BODY_BYTES", 100)
    big = client.post("/api/articles", json={"text": "kata " * 100}, headers=AUTH)
    assert big.status_code == 413
    odd = client.post("/api/articles", content=b"x", headers={**AUTH, "Content-Type": "image/png"})
    assert odd.status_code == 400


def test_raw_html_upload_is_escaped(client: TestClient, example_dir: Path) -> None:
    text = (example_dir / "002_29c8b5c4ec59e6d1.txt").read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    hostile = "<script>alert(1)</script>Putin Terima Undangan"
    page = f"<html><head><title>{html.escape(hostile)}</title></head><body><article>{paragraphs}</article></body>"
    res = client.post(
        "/api/articles?id=tempo-html&url=javascript:alert(1)&outlet=Tempo.co",
        content=page.encode(), headers={**AUTH, "Content-Type": "text/html; charset=utf-8"},
    )  # fmt: skip
    assert res.status_code == 200, res.text
    (sid,) = res.json()["stories"]
    story_page = client.get(f"/stories/{sid}")
    assert story_page.status_code == 200 and "text/html" in story_page.headers["content-type"]
    assert "<script>" not in story_page.text and "javascript:" not in story_page.text
    assert "default-src 'none'" in story_page.headers["content-security-policy"]
    (article,) = client.get(f"/api/stories/{sid}").json()["articles"]
    assert article["id"] == "tempo-html" and article["outlet"] == "Tempo.co"


def test_pages_and_health(client: TestClient, loaded: dict) -> None:
    assert client.get("/healthz").json()["stories"] == len(loaded["stories"])
    home = client.get("/")
    assert home.status_code == 200
    for sid in loaded["stories"]:
        assert f'href="/stories/{sid}"' in home.text
        headline = client.get(f"/api/stories/{sid}").json()["story"]["headline"]
        assert html.escape(headline) in client.get(f"/stories/{sid}").text
    assert client.get("/stories/s-tidak-ada").status_code == 404
    assert client.get("/api/stories/s-tidak-ada").status_code == 404


def test_a_failing_brief_does_not_break_the_list(client: TestClient, example_dir: Path, monkeypatch) -> None:
    import warta.store.store as store_module

    def broken(story, length=None):  # noqa: ANN001, ANN202
        raise ValueError("bug")

    monkeypatch.setattr(store_module, "make_brief", broken)
    posted = client.post("/api/articles", json=example_items(example_dir)[:1], headers=AUTH).json()
    (sid,) = posted["stories"]
    assert client.get("/api/stories").json()["stories"][0]["headline"] is None
    home = client.get("/")
    assert home.status_code == 200 and f'href="/stories/{sid}"' in home.text
