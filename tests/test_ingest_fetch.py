"""ingest.fetch: the address guard (no network needed) and a real fetch from a local server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from warta.ingest import fetch as fetch_mod
from warta.ingest import limits, read_inputs
from warta.ingest.fetch import FetchError, check_url, is_public_address
from warta.model import InputError


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "192.168.0.10", "172.16.5.4", "::1",
                                     "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "fe80::1",
                                     "::ffff:127.0.0.1", "::ffff:10.0.0.1", "fc00::1", "240.0.0.1", "nonsense"])
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.216.34", "2001:4860:4860::8888"])
def test_public_addresses_pass(address: str) -> None:
    assert is_public_address(address)


@pytest.mark.parametrize("url", ["http://localhost/", "http://127.0.0.1:8080/x", "https://[::1]/",
                                 "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/"])
def test_urls_to_private_hosts_are_refused_after_resolution(url: str) -> None:
    with pytest.raises(FetchError, match="non-public"):
        check_url(url)


def test_refusal_reaches_on_error_without_a_request() -> None:
    errors: list[InputError] = []
    assert list(read_inputs(["http://localhost:9/berita"], errors.append)) == []
    assert len(errors) == 1 and errors[0].source == "http://localhost:9/berita"
    assert "non-public" in errors[0].error


@pytest.fixture()
def server(example_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A local server, reachable only because the test lifts the guard for loopback."""
    body = (example_dir / "001_402311446c9ba439.txt").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "/artikel.txt")
                self.end_headers()
                return
            if self.path != "/artikel.txt":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    monkeypatch.setattr(fetch_mod, "is_public_address", lambda address: True)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_follows_redirects_and_bounds_size(server: str, example_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[InputError] = []
    docs = list(read_inputs([f"{server}/redirect", f"{server}/missing"], errors.append))
    expected = (example_dir / "001_402311446c9ba439.txt").read_text(encoding="utf-8")
    assert len(docs) == 1 and docs[0].text == expected
    assert docs[0].source == f"{server}/redirect" and docs[0].url == f"{server}/artikel.txt"
    assert len(errors) == 1 and "HTTP 404" in errors[0].error
    monkeypatch.setattr(limits, "MAX_FETCH_BYTES", 100)
    errors.clear()
    assert list(read_inputs([f"{server}/artikel.txt"], errors.append)) == []
    assert "larger than" in errors[0].error
