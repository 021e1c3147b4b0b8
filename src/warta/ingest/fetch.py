"""Fetch one http(s) URL given as an input, safely: the URL is hostile.

Only http and https; the host is resolved once and every address must be public (no private, loopback,
link-local, multicast, reserved or unspecified address, also inside IPv4-mapped IPv6), and the
connection goes to that checked address so a second DNS answer cannot point elsewhere (DNS rebinding).
Redirects are followed by hand and checked the same way. Time and size are bounded.
Written on http.client because urllib and httpx re-resolve the name after any check made here.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from warta.ingest import limits

_USER_AGENT = "warta/0.1 (+news brief reader)"


class FetchError(Exception):
    """A URL that was refused or could not be fetched; the message is one sentence."""


@dataclass(slots=True)
class Fetched:
    url: str  # after redirects
    body: bytes
    content_type: str


def is_public_address(address: str) -> bool:
    """True only for a globally routable unicast IP address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            ip = mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local
                                 or ip.is_private or ip.is_unspecified)


def public_address(host: str, port: int) -> str:
    """The first resolved address of `host`; FetchError when it resolves to any non-public address."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise FetchError(f"the host {host!r} cannot be resolved ({exc}).") from None
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(f"the host {host!r} has no address.")
    refused = [a for a in addresses if not is_public_address(a)]
    if refused:
        raise FetchError(f"the host {host!r} resolves to a non-public address ({refused[0]}); refused.")
    return addresses[0]


def check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, checked address) of an http(s) URL whose host is public, else FetchError."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'this'!r}.")
    if not parts.hostname:
        raise FetchError("the URL has no host.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, parts.hostname, port, public_address(parts.hostname, port)


def fetch_url(url: str) -> Fetched:
    """The body of `url` (following up to MAX_REDIRECTS redirects), at most MAX_FETCH_BYTES."""
    for _ in range(limits.MAX_REDIRECTS + 1):
        scheme, host, port, address = check_url(url)
        conn = _connection(scheme, host, port, address)
        try:
            parts = urlsplit(url)
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            conn.request("GET", path, headers={"Host": parts.netloc.rpartition("@")[2],
                                               "User-Agent": _USER_AGENT, "Accept-Encoding": "identity"})
            response = conn.getresponse()
            if response.status in (301, 302, 303, 307, 308) and response.getheader("Location"):
                url = urljoin(url, response.getheader("Location"))
                continue
            if response.status != 200:
                raise FetchError(f"the server answered HTTP {response.status}.")
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > limits.MAX_FETCH_BYTES:
                raise FetchError(f"the page is larger than {limits.MAX_FETCH_BYTES:,} bytes.")
            body = response.read(limits.MAX_FETCH_BYTES + 1)
            if len(body) > limits.MAX_FETCH_BYTES:
                raise FetchError(f"the page is larger than {limits.MAX_FETCH_BYTES:,} bytes.")
            return Fetched(url=url, body=body, content_type=response.getheader("Content-Type") or "")
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(f"the page could not be fetched ({exc}).") from None
        finally:
            conn.close()
    raise FetchError(f"more than {limits.MAX_REDIRECTS} redirects.")


def _connection(scheme: str, host: str, port: int, address: str) -> http.client.HTTPConnection:
    """A connection to the checked `address` that still names `host` (TLS SNI and certificate check)."""
    timeout = limits.FETCH_TIMEOUT_S
    if scheme == "http":
        conn = http.client.HTTPConnection(address, port, timeout=timeout)
    else:
        conn = _PinnedHTTPS(address, port, timeout=timeout, context=ssl.create_default_context())
        conn.server_hostname = host
    return conn


class _PinnedHTTPS(http.client.HTTPSConnection):
    server_hostname: str

    def connect(self) -> None:
        sock = socket.create_connection((self.host, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.server_hostname)  # type: ignore[attr-defined]
