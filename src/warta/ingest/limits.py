"""Size and time bounds for hostile input, in one place so tests (and deployments) can lower them.

Modules read these at call time (`limits.MAX_FILE_BYTES`), so `monkeypatch.setattr` takes effect.
"""

MAX_FILE_BYTES = 50_000_000  # one text, HTML, JSON or feed file (streamed JSONL and WARC have no total cap)
MAX_RECORD_BYTES = 10_000_000  # one JSONL line, one WARC payload
MAX_FETCH_BYTES = 10_000_000  # one page fetched over HTTP(S)
FETCH_TIMEOUT_S = 15.0
MAX_REDIRECTS = 5
HEAD_BYTES = 65_536  # how much is read to decide what kind of input a stream is
