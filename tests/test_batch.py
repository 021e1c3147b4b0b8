"""run_batch on dask (2 worker processes) must write what the in-process pipeline computes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from warta import brief, extract, group, read
from warta.batch import run_batch
from warta.batch.partition import plan
from warta.model import InputError
from warta.render import to_dict


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, example_dir: Path) -> list[str]:
    """The example folder plus bad files, and a JSONL of the same articles big enough to be chunked."""
    root = tmp_path_factory.mktemp("batch-in")
    folder = root / "folder"
    shutil.copytree(example_dir, folder)
    (folder / "kosong.txt").write_bytes(b"")
    (folder / "rusak.html").write_bytes(b"\x00\x01\x02" * 200)
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}, ensure_ascii=False)
             for p in sorted(example_dir.glob("*.txt"))]  # fmt: skip
    lines.insert(2, "{bukan json")
    (root / "arsip.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(folder), str(root / "arsip.jsonl")]


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_chunks_cut_at_lines(inputs: list[str]) -> None:
    parts = plan(inputs, chunk_bytes=4000)
    chunks = [p for p in parts if p.end is not None]
    assert len(chunks) >= 2
    data = Path(inputs[1]).read_bytes()
    assert b"".join(data[p.start : p.end] for p in chunks) == data
    for p in chunks:
        assert p.start == 0 or data[p.start - 1 : p.start] == b"\n"
        assert p.first_line == data[: p.start].count(b"\n") + 1


def test_batch_equals_in_process(inputs: list[str], tmp_path: Path) -> None:
    result = run_batch(inputs, str(tmp_path / "out"), workers=2, engine="dask", chunk_bytes=4000)

    errors: list[InputError] = []
    articles = list(extract(read(inputs, on_error=errors.append), on_error=errors.append))
    expected = to_dict(brief(group(articles)), errors, articles)

    got_articles = _read(result.files["articles"])
    assert [a["id"] for a in got_articles] == [a["id"] for a in expected["articles"]]
    assert len({a["id"] for a in got_articles}) == 8  # the JSONL copies were renamed `-2`
    assert got_articles == expected["articles"]
    assert _read(result.files["stories"]) == expected["stories"]
    got_errors = _read(result.files["errors"])
    assert got_errors == expected["errors"]
    sources = " ".join(e["source"] for e in got_errors)
    assert "kosong.txt" in sources and "rusak.html" in sources and "arsip.jsonl:3" in sources
    assert result.partitions > 3 and result.articles == 8 and result.stories == len(expected["stories"])


def test_unknown_engine(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        run_batch([], str(tmp_path), engine="spark")


def test_a_crashing_partition_is_one_error(example_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warta.batch.run as run_module

    real = run_module.read_partition

    def flaky(part):  # noqa: ANN001, ANN202
        if part.path.endswith("001_402311446c9ba439.txt"):
            raise MemoryError("simulated")
        return real(part)

    monkeypatch.setattr(run_module, "read_partition", flaky)
    result = run_batch([str(example_dir)], str(tmp_path), engine="local")
    assert result.articles == 3 and len(_read(result.files["articles"])) == 3
    errors = _read(result.files["errors"])
    assert [e["error"] for e in errors if e["source"].endswith("001_402311446c9ba439.txt")] == [
        "the input could not be processed (simulated)."
    ]
