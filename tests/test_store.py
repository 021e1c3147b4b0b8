"""Store on SQLite (always) and PostgreSQL (a throwaway server from scripts/ensure-postgres.sh)."""

from __future__ import annotations

import os
import socket
import subprocess
import uuid
from datetime import datetime
from pathlib import Path

import pytest

import warta.store.store as store_module
from warta.model import Article, Brief, Claim, InputError, Story
from warta.store import Store

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "ensure-postgres.sh"


def example_articles(example_dir: Path, gold: dict) -> list[Article]:
    """The four example articles with gold metadata and their gold body lines (no extractor needed)."""
    out = []
    for name, meta in sorted(gold["articles"].items()):
        lines = (example_dir / name).read_text(encoding="utf-8").splitlines()
        published = meta["published"] or meta.get("published_date_also_accepted")
        out.append(
            Article(
                id=Path(name).stem, source=str(example_dir / name), outlet=meta["outlet"], title=meta["title"],
                paragraphs=[lines[i - 1] for i in meta["body"]], language="id",
                published=datetime.fromisoformat(published) if published else None,
                published_has_time=bool(meta["published"]),
            )
        )  # fmt: skip
    return out


def fake_brief(story: Story, length: int | None = None) -> Brief:
    """A stand-in for make_brief: the store's caching is under test here, not the brief."""
    first = story.articles[0]
    return Brief(story, headline=f"{len(story.articles)} {first.id}", summary=[Claim(first.paragraphs[0], [first.id])])


@pytest.fixture()
def briefs_made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    made: list[str] = []

    def counting(story: Story, length: int | None = None) -> Brief:
        made.append(story.id)
        return fake_brief(story)

    monkeypatch.setattr(store_module, "make_brief", counting)
    return made


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_url(tmp_path_factory: pytest.TempPathFactory):
    """A fresh database on a throwaway local PostgreSQL cluster, stopped afterwards."""
    pytest.importorskip("psycopg")
    pg_dir = f"/tmp/warta-pg-test-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "WARTA_PG_DIR": pg_dir, "WARTA_PG_PORT": str(_free_port())}
    done = subprocess.run([str(SCRIPT)], env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        pytest.skip(f"no PostgreSQL server: {done.stderr.strip().splitlines()[-1:]}")
    try:
        yield done.stdout.strip()
    finally:
        subprocess.run([str(SCRIPT), "stop"], env=env, capture_output=True, timeout=120)
        subprocess.run(["rm", "-rf", env["WARTA_PG_DIR"]], check=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'warta.db'}"
    base = request.getfixturevalue("postgres_url")
    # A database per test keeps tests independent on the shared server.
    from sqlalchemy import create_engine, text

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.rsplit("/", 1)[0] + "/" + name


def test_add_group_reopen(url: str, example_dir: Path, gold: dict, briefs_made: list[str]) -> None:
    arts = example_articles(example_dir, gold)
    with Store(url) as store:
        sids = store.add_articles(arts[:3])
        assert all(sids)
        rows = store.stories()
        assert sum(r.n_articles for r in rows) == 3
        sid = sids[0]
        assert {a.id for a in store.articles(sid)} == {a.id for a in arts[:3] if a.story == sid}
        assert store.article(arts[0].id).published == arts[0].published
        brief = store.brief(sid)
        assert brief is not None and brief.headline.startswith(str(len(store.articles(sid))))
        cached = store.brief(sid)
        assert [(c.text, c.sources) for c in cached.summary] == [(c.text, c.sources) for c in brief.summary]
        assert briefs_made == [sid]
        assert store.brief_dict(sid)["headline"] == brief.headline
        assert {r.id: r.headline for r in store.stories()}[sid] == brief.headline

    with Store(url) as store:  # reopened: the index is replayed from the database
        assert {r.id for r in store.stories()} == set(sids)
        (last,) = store.add_articles([arts[3]])
        fresh = Store("sqlite:///:memory:")
        expected = fresh.add_articles(example_articles(example_dir, gold))
        assert [*sids, last] == expected  # same grouping as adding in one store that never closed
        # A story that gained an article has its cached brief invalidated.
        again = store.brief(last)
        assert again is not None and again.headline.startswith(str(len(store.articles(last))))
        assert briefs_made.count(last) == (2 if last == sid else 1)


def test_bad_input_never_loses_data(url: str, example_dir: Path, gold: dict) -> None:
    arts = example_articles(example_dir, gold)
    errors: list[InputError] = []
    with Store(url) as store:
        store.add_articles(arts[:2])
        dup = example_articles(example_dir, gold)[0]
        empty = Article(id="kosong", source="kosong.txt", paragraphs=["  "])
        result = store.add_articles([dup, empty, arts[2]], on_error=errors.append)
        assert result[0] is None and result[1] is None and result[2] is not None
        assert [e.source for e in errors] == [dup.source, "kosong.txt"]
        assert "already stored" in errors[0].error and "no text" in errors[1].error
        assert {e.source for e in store.errors()} == {dup.source, "kosong.txt"}
        assert sum(r.n_articles for r in store.stories()) == 3


def test_failed_write_rolls_back(example_dir: Path, gold: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    arts = example_articles(example_dir, gold)
    store = Store("sqlite://")
    store.add_articles(arts[:2])
    before = [(r.id, r.n_articles) for r in store.stories()]
    real = store_module.Store._refresh_stories

    def boom(self, conn, story_ids, all_stories=False):  # noqa: ANN001, ANN202
        raise RuntimeError("disk full")

    monkeypatch.setattr(store_module.Store, "_refresh_stories", boom)
    with pytest.raises(RuntimeError):
        store.add_articles(arts[2:])
    monkeypatch.setattr(store_module.Store, "_refresh_stories", real)
    assert [(r.id, r.n_articles) for r in store.stories()] == before
    assert store.article(arts[2].id) is None
    assert all(store.add_articles(arts[2:]))  # the index forgot the failed batch
    assert sum(r.n_articles for r in store.stories()) == 4


def test_unknown_story(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    assert store.story("s-nope") is None and store.brief("s-nope") is None and store.brief_dict("s-nope") is None
    assert store.stories() == [] and store.count_stories() == 0


def test_second_store_catches_up(tmp_path: Path, example_dir: Path, gold: dict) -> None:
    """A Store sees batches another Store wrote after it opened, before grouping its own."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    arts = example_articles(example_dir, gold)
    first, second = Store(url), Store(url)
    first.add_articles(arts[:2])
    late = second.add_articles(arts[2:])
    again = example_articles(example_dir, gold)
    single = Store("sqlite://")
    alone = single.add_articles(again[:2]) + single.add_articles(again[2:])  # the same batches, one Store
    assert [a.story for a in arts[:2]] + late == alone
    assert {r.id for r in first.stories()} == {r.id for r in second.stories()} == set(alone)


def test_merge_renames_stored_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A later article that bridges two stored stories merges them: earlier rows follow, on reopen too."""
    from warta.stories import StoryIndex
    from warta.stories.decide import FEATURES, Model

    sure = Model(FEATURES, tuple(0.0 for _ in FEATURES), 5.0, 0.6)  # every candidate is the same story
    monkeypatch.setattr(store_module, "StoryIndex", lambda: StoryIndex(sure))
    day = datetime.fromisoformat("2024-03-01T09:00:00+07:00")
    flood = "Banjir bandang merendam ratusan rumah penduduk Kecamatan Kroya setelah sungai meluap deras."
    vote = "Rekapitulasi suara pemilihan legislatif tingkat kabupaten dituntaskan panitia pemungutan semalam."
    url = f"sqlite:///{tmp_path / 'm.db'}"
    store = Store(url)
    first = store.add_articles([Article("a", "a.txt", [flood], published=day),
                                Article("b", "b.txt", [vote], published=day)])  # fmt: skip
    assert first[0] != first[1]
    [bridge] = store.add_articles([Article("c", "c.txt", [flood, vote], published=day)])
    assert bridge in first
    assert {a.story for a in store.articles(bridge)} == {bridge}
    assert {a.id for a in store.articles(bridge)} == {"a", "b", "c"}
    assert [r.id for r in store.stories()] == [bridge] and store.articles(({*first} - {bridge}).pop()) == []
    reopened = Store(url)
    assert [r.id for r in reopened.stories()] == [bridge] and reopened.stories()[0].n_articles == 3
