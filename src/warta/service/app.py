"""The web app and REST API over a Store.

    GET  /healthz                 liveness and story count
    GET  /api/stories             story list (id, headline, outlets, span, n_articles)
    GET  /api/stories/{id}        {"story": the brief as the JSON contract's story object, "articles": [...]}
    GET  /api/errors              latest input problems
    POST /api/articles            add articles (JSON or a raw text/html upload); needs a bearer token
    GET  /                        story list page
    GET  /stories/{id}            the brief as a page

Writes need `Authorization: Bearer <token>` (token from `create_app(token=...)` or env `WARTA_TOKEN`);
with no token configured they are refused (403) so a forgotten setting never opens the store.
Bodies are capped while they stream in (413) and a request holds at most 1000 articles. Pages are
rendered by `warta.render` (all article text escaped) and served with a strict Content-Security-Policy.
The service never fetches URLs.
"""

from __future__ import annotations

import hmac
import logging
import os
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from warta import __version__
from warta.extract import extract_document
from warta.model import Article, InputError, WartaError
from warta.render.htmlpage import errors_html, list_html, page, story_html
from warta.render.jsondoc import article_dict, error_dict
from warta.render.labels import LABELS, format_iso_date, story_labels
from warta.service.intake import MAX_BODY_BYTES, BadRequest, read_body
from warta.store import DEFAULT_URL, Store, StoryRow

log = logging.getLogger("warta.service")

MAX_LIST = 200
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)


def _span(row: StoryRow, lang: str = "id") -> str:
    if row.first_published is None or row.last_published is None:
        return ""
    first, last = format_iso_date(row.first_published[:10], lang), format_iso_date(row.last_published[:10], lang)
    return first if first == last else f"{first} – {last}"


def _row_json(row: StoryRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "headline": row.headline,
        "outlets": row.outlets,
        "n_articles": row.n_articles,
        "first_published": row.first_published,
        "last_published": row.last_published,
        "span": _span(row),
    }


def _extract(docs: list[tuple[int, Any]], problems: list[tuple[int, InputError]]) -> list[tuple[int, Article]]:
    out = []
    for i, doc in docs:
        try:
            out.append((i, extract_document(doc)))
        except WartaError as exc:
            problems.append((i, exc.report))
        except Exception:  # a bug in extraction must cost one item, not the request
            log.exception("extracting %s failed", doc.source)
            problems.append((i, InputError(doc.source, "the article could not be extracted (internal error).")))
    return out


async def _body(request: Request) -> bytes:
    """The request body, refused with 413 as soon as it grows past the cap (even without Content-Length)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise HTTPException(413, f"the body is larger than {MAX_BODY_BYTES} bytes.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise HTTPException(413, f"the body is larger than {MAX_BODY_BYTES} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(store_url: str | None = None, token: str | None = None, *, store: Store | None = None) -> FastAPI:
    """The app over `store` (or a Store opened at `store_url`, env `WARTA_DB`, else sqlite:///warta.db)."""
    store = store or Store(store_url or os.environ.get("WARTA_DB") or DEFAULT_URL)
    secret = token if token is not None else os.environ.get("WARTA_TOKEN") or None
    app = FastAPI(title="warta", version=__version__, docs_url="/api/docs", redoc_url=None)
    app.state.store = store

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # noqa: ANN001, ANN202
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def writer(request: Request) -> None:
        if not secret:
            raise HTTPException(403, "writes are disabled: the server has no token (set WARTA_TOKEN).")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), secret.encode()):
            raise HTTPException(401, "a valid bearer token is required.", headers={"WWW-Authenticate": "Bearer"})

    def brief_or_404(story_id: str) -> dict[str, Any]:
        found = store.brief_dict(story_id)
        if found is None:
            raise HTTPException(404, f"no story {story_id!r}.")
        return found

    def rows_with_headlines(limit: int, offset: int) -> list[StoryRow]:
        rows = store.stories(limit=limit, offset=offset)
        for row in rows:
            if row.headline is None:  # first listing since the story changed: make (and cache) its brief
                try:
                    row.headline = (store.brief_dict(row.id) or {}).get("headline")
                except Exception:  # one story's failing brief must not take the whole list down
                    log.exception("no brief for story %s", row.id)
        return rows

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "stories": store.count_stories()}

    @app.get("/api/stories")
    def list_stories(
        limit: Annotated[int, Query(ge=1, le=MAX_LIST)] = 50, offset: Annotated[int, Query(ge=0)] = 0
    ) -> dict[str, Any]:
        rows = rows_with_headlines(limit, offset)
        return {"total": store.count_stories(), "stories": [_row_json(r) for r in rows]}

    @app.get("/api/stories/{story_id}")
    def get_story(story_id: str) -> dict[str, Any]:
        story = brief_or_404(story_id)
        return {"story": story, "articles": [article_dict(a) for a in store.articles(story_id)]}

    @app.get("/api/errors")
    def list_errors(limit: Annotated[int, Query(ge=1, le=MAX_LIST)] = 50) -> dict[str, Any]:
        return {"errors": [error_dict(e) for e in store.errors(limit)]}

    @app.post("/api/articles", dependencies=[Depends(writer)])
    async def post_articles(request: Request) -> JSONResponse:
        body = await _body(request)
        try:
            intake = read_body(body, request.headers.get("content-type", "application/json"), request.query_params)
        except BadRequest as exc:
            raise HTTPException(400, str(exc)) from None

        def work() -> dict[str, Any]:
            problems = list(intake.errors)
            extracted = _extract(intake.documents, problems)
            for _, err in problems:
                store.add_error(err)
            rejected: list[InputError] = []
            sids = store.add_articles([a for _, a in extracted], on_error=rejected.append)
            by_source = {err.source: err for err in rejected}
            items: list[dict[str, Any]] = [{"index": i, "id": None, "story": None, "error": None}
                                           for i in range(intake.n_items)]  # fmt: skip
            for (i, art), sid in zip(extracted, sids, strict=True):
                items[i].update(id=art.id, story=sid)
                if sid is None and art.source in by_source:
                    items[i]["error"] = by_source[art.source].error
            for i, err in problems:
                items[i]["error"] = err.error
            return {
                "items": items,
                "stories": list(dict.fromkeys(s for s in sids if s)),
                "errors": [error_dict(e) for _, e in problems] + [error_dict(e) for e in rejected],
            }

        result = await run_in_threadpool(work)
        return JSONResponse(result, status_code=200 if result["stories"] or not result["errors"] else 422)

    @app.get("/", response_class=HTMLResponse)
    def home(page_no: Annotated[int, Query(alias="page", ge=1)] = 1) -> str:
        labels = LABELS["id"]
        rows = rows_with_headlines(MAX_LIST, (page_no - 1) * MAX_LIST)
        items = [
            (f"/stories/{r.id}", r.headline or r.id,
             " · ".join(x for x in (f"{r.n_articles} {labels.articles}", ", ".join(r.outlets), _span(r)) if x))
            for r in rows
        ]  # fmt: skip
        total = store.count_stories()
        body = list_html(items) if items else f'<p class="empty">{labels.no_stories}</p>'
        recent = errors_html(store.errors(10), labels)
        return page("warta", f"<main>{body}</main>{recent}", count=f"{total} {labels.stories}", home="/")

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(story_id: str) -> str:
        brief = store.brief(story_id)
        if brief is None:
            raise HTTPException(404, f"no story {story_id!r}.")
        labels = story_labels(brief)
        count = f"{len(brief.story.articles)} {labels.articles}"
        return page(brief.headline, f"<main>{story_html(brief)}</main>", lang=labels.lang, count=count, home="/")

    return app
