"""End to end: uvicorn on loopback, articles POSTed over HTTP, the story page rendered by headless Chromium."""

from __future__ import annotations

import html
import os
import socket
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from warta.service import create_app

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "rahasia-browser"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chromium() -> str:
    done = subprocess.run([str(ROOT / "scripts" / "ensure-chromium.sh")], capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        pytest.skip(f"no Chromium: {done.stderr.strip().splitlines()[-1:]}")
    return done.stdout.strip()


@pytest.fixture()
def server(tmp_path: Path):
    """uvicorn serving the app from a thread of this process (no second interpreter to start)."""
    port = _free_port()
    app = create_app(f"sqlite:///{tmp_path / 'web.db'}", token=TOKEN)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    try:
        for _ in range(300):
            if srv.started:
                break
            time.sleep(0.05)
        else:
            pytest.fail("the server did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=20)


def _chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "HOME": str(profile)}
    return subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, timeout=120, env=env
    )


def test_story_page_in_a_browser(chromium: str, server: str, example_dir: Path, tmp_path: Path) -> None:
    items = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(example_dir.glob("*.txt"))]
    posted = httpx.post(f"{server}/api/articles", json=items, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
    assert posted.status_code == 200, posted.text
    listing = httpx.get(f"{server}/api/stories").json()["stories"]
    top = max(listing, key=lambda s: s["n_articles"])
    url = f"{server}/stories/{top['id']}"

    png = tmp_path / "story.png"
    _chromium(chromium, tmp_path / "profile", f"--screenshot={png}", "--window-size=1200,1600", url)
    assert png.exists() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 20_000  # a blank or error page compresses to a few KB

    dom = _chromium(chromium, tmp_path / "profile2", "--dump-dom", url).stdout.decode("utf-8")
    assert html.escape(top["headline"], quote=False) in dom
    assert 'class="story"' in dom and "Ringkasan" in dom
