"""The `warta` command as a user runs it: the example end to end, formats, exit codes, bad inputs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from warta.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_explains_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["brief", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for option in ("--format", "--output", "--length", "PATH"):
        assert option in out


def test_markdown_brief_of_the_example(capsys: pytest.CaptureFixture[str], example_dir: Path) -> None:
    code, out, err = run(capsys, "brief", str(example_dir))
    assert code == 0, err
    assert out.count("\n## ") + out.startswith("## ") == 1  # exactly one story
    # every summary bullet ends with its outlets in brackets
    bullets = [line for line in out.splitlines() if line.startswith("- ") and line.rstrip().endswith("]")]
    assert bullets
    assert any("Kompas.com" in b and "Tempo.co" in b for b in bullets)


def test_json_follows_the_contract(capsys: pytest.CaptureFixture[str], example_dir: Path, gold: dict) -> None:
    code, out, _ = run(capsys, "brief", "--format", "json", str(example_dir))
    assert code == 0
    doc = json.loads(out)
    assert set(doc) >= {"warta_version", "articles", "stories", "errors"}
    assert len(doc["stories"]) == 1
    story = doc["stories"][0]
    for key in ("id", "headline", "articles", "outlets", "first_published", "last_published", "summary",
                "agreed", "only_in", "quotes", "entities", "timeline", "discrepancies"):
        assert key in story
    ids = {a["id"] for a in doc["articles"]}
    assert len(ids) == 4 and set(story["articles"]) == ids
    by_file = {a["id"] + ".txt": a for a in doc["articles"]}
    for name, want in gold["articles"].items():
        got = by_file[name]
        assert got["outlet"] == want["outlet"]
        assert got["authors"] == want["authors"]
        assert got["dateline"] == want["dateline"]
        assert got["wire"] == want["wire"]
        assert got["story"] == story["id"]
    for claim in story["summary"]:
        assert claim["sources"] and set(claim["sources"]) <= ids


def test_html_output_to_file(capsys: pytest.CaptureFixture[str], example_dir: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "brief.html"
    code, out, _ = run(capsys, "brief", "-f", "html", "-o", str(out_file), str(example_dir))
    assert code == 0 and out == ""
    page = out_file.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "Kim Jong" in page and "<script" not in page.lower()


def test_bad_inputs_are_reported_and_the_rest_processed(
    capsys: pytest.CaptureFixture[str], example_dir: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 64)
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsys, "brief", "-f", "json", str(example_dir), str(empty), str(binary), str(missing))
    assert code == 1
    doc = json.loads(out)
    assert len(doc["stories"]) == 1
    reported = {Path(e["source"]).name for e in doc["errors"]}
    assert {"empty.txt", "blob.bin", "nope.txt"} <= reported
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == len(doc["errors"])  # one line per problem
    assert "Traceback" not in err


def test_nothing_readable_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    code, _, err = run(capsys, "brief", str(tmp_path))
    assert code == 2
    assert err.strip() and "Traceback" not in err


def test_extract_jsonl_gives_clean_articles(capsys: pytest.CaptureFixture[str], example_dir: Path) -> None:
    code, out, _ = run(capsys, "extract", "-f", "jsonl", str(example_dir))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 4
    for row in rows:
        assert row["paragraphs"]
        assert not any(p.startswith("Baca juga") for p in row["paragraphs"])


def test_group_json_gives_one_story(capsys: pytest.CaptureFixture[str], example_dir: Path) -> None:
    code, out, _ = run(capsys, "group", "-f", "json", "--explain", str(example_dir))
    assert code == 0
    stories = json.loads(out)["stories"]
    assert len(stories) == 1 and len(stories[0]["articles"]) == 4
    assert set(stories[0]["explain"]) == set(stories[0]["articles"])


def test_join_threshold_trades_merges_for_splits(capsys: pytest.CaptureFixture[str], example_dir: Path) -> None:
    """A stricter join threshold keeps the four reports apart where the default joins them; a threshold
    outside (0, 1) is refused by the parser (exit 2)."""
    _, out, _ = run(capsys, "group", "-f", "json", "--join-threshold", "0.999", str(example_dir))
    stories = json.loads(out)["stories"]
    assert len(stories) > 1 and sum(len(s["articles"]) for s in stories) == 4
    with pytest.raises(SystemExit) as exc:
        main(["group", "--join-threshold", "1.5", str(example_dir)])
    assert exc.value.code == 2 and "between 0 and 1" in capsys.readouterr().err


def test_stdin_and_installed_entry_point(example_dir: Path) -> None:
    exe = shutil.which("warta", path=str(Path(sys.executable).parent))
    assert exe, "the warta console script is installed with the package"
    text = (example_dir / "002_29c8b5c4ec59e6d1.txt").read_bytes()
    proc = subprocess.run([exe, "extract", "-"], input=text, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    assert doc["articles"][0]["outlet"] == "Tempo.co"


def test_explain_names_the_story_an_article_was_kept_apart_from(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """One quake template, two regencies of two provinces: two stories, and the text output says why."""
    from test_stories import QUAKE_TEMPLATE

    rows = [
        {"id": aid, "published": f"2023-01-12T{hour}:00:00+07:00",
         "text": "\n\n".join(p.format(m=m, regency=regency, province=province, time=f"{hour}.05")
                             for p in QUAKE_TEMPLATE)}
        for aid, hour, m, regency, province in [("garut", "09", "4,6", "Garut", "Jawa Barat"),
                                                ("majene", "14", "4,8", "Majene", "Sulawesi Barat")]
    ]  # fmt: skip
    path = tmp_path / "quakes.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    code, out, _ = run(capsys, "group", "--explain", str(path))
    assert code == 0 and out.count("  1 article  ") == 2
    assert "kept apart from s-" in out and "Kabupaten Majene" in out


def test_group_dates_an_undated_story_by_its_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = ("Banjir merendam ribuan rumah warga di Jakarta Timur sejak Rabu (1/1/2019) dini hari setelah hujan deras "
            "mengguyur ibu kota sepanjang malam pergantian tahun. Sebanyak 3.000 warga mengungsi ke masjid dan sekolah "
            "terdekat, sementara petugas BPBD DKI Jakarta mengerahkan perahu karet untuk mengevakuasi warga lansia.")
    (tmp_path / "banjir.txt").write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "group", "-f", "json", str(tmp_path))
    story = json.loads(out)["stories"][0]
    assert code == 0 and story["first_published"] is None
    assert story["dated_by_text"] == ["2020-01-01", "2020-01-01"]  # Wednesday the 1st: 2020, the year slip read
    code, out, _ = run(capsys, "group", str(tmp_path))
    assert "~2020-01-01 .. ~2020-01-01" in out
