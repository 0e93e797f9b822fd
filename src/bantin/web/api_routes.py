"""The JSON API under /api: the CLI's answers (search, article, trends, entities, provinces,
sources, stories, alerts, export) for other tools. Errors are JSON with a 4xx status: 400 for a
malformed query (the QueryError message), 404 for an unknown id, 422 for invalid parameters."""

from __future__ import annotations

import dataclasses
import hmac
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse

from bantin import export as exporting
from bantin.search.query import QueryError, parse
from bantin.web import cached, connected, queries
from bantin.web.queries import Selection

router = APIRouter(prefix="/api", tags=["api"])
MAX_QUERY_CHARS = 500
MAX_COMPARED = 6


def selection(
    q: Annotated[str, Query(max_length=MAX_QUERY_CHARS, description="Query: words, \"phrase\", OR, -excluded, title:word"
                                                                  " ('*': every article, for export)")] = "",
    source: Annotated[list[str], Query(description="Only these sources (repeatable)")] = [],  # noqa: B006
    topic: Annotated[list[str], Query(description="Only these topics (repeatable)")] = [],  # noqa: B006
    province: Annotated[list[str], Query(description="About this province, old or 2025 name (all must match)")] = [],  # noqa: B006
    entity: Annotated[list[str], Query(description="Mentions this person, organisation or place (all must match)")] = [],  # noqa: B006
    since: Annotated[date | None, Query(description="Published on or after (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="Published on or before (YYYY-MM-DD)")] = None,
) -> Selection:
    if since and until and since > until:
        raise HTTPException(422, "since is after until")
    return Selection(query=q, since=since, until=until, sources=tuple(source), topics=tuple(topic),
                     provinces=tuple(province), entities=tuple(entity))


Chosen = Annotated[Selection, Depends(selection)]


def _hit(hit) -> dict[str, Any]:
    data = dataclasses.asdict(hit)
    data["published"] = hit.published.isoformat() if hit.published else None
    return data


def _series(counts: dict[date, int]) -> list[dict[str, Any]]:
    return [{"day": d.isoformat(), "count": c} for d, c in counts.items()]


@router.get("/search", summary="Full-text search with filters, highlighted snippets and facets")
def search(request: Request, sel: Chosen, limit: Annotated[int, Query(ge=1, le=200, description="Hits to return")] = 20,
           offset: Annotated[int, Query(ge=0, le=100_000, description="Hits to skip (for the next page)")] = 0,
           facets: Annotated[bool, Query(description="Also count the matches by source, topic, province and entity")] = False,
           ) -> JSONResponse:
    if not sel.query.strip():
        raise QueryError("empty query: give at least one word")
    store, cache = request.app.state.stores.get(), request.app.state.cache
    hits = cached.search_hits(cache, store, sel, limit, offset)
    total = cached.count(cache, store, sel)
    result: dict[str, Any] = {"query": sel.query, "total": total, "limit": limit, "offset": offset,
                              # above rank_block matches, hits are ranked block by block, newest block first
                              "ranked_in_blocks_of": store.rank_block if total > store.rank_block else None,
                              "hits": [_hit(h) for h in hits]}
    if facets:
        result["facets"] = cached.facets(cache, store, sel)
    return JSONResponse(result)  # plain JSON values already: no per-value walk by FastAPI's encoder


@router.get("/articles/{article_id}", summary="One article: text, metadata, entities, provinces, duplicates, story")
def article(request: Request, article_id: int) -> dict[str, Any]:
    conn = request.app.state.stores.get().conn
    data = queries.article(conn, article_id)
    if data is None:
        raise HTTPException(404, f"no article {article_id}")
    data["duplicates"] = connected.duplicates_of(conn, article_id)
    data["story"] = connected.story_of(conn, article_id) or None
    return data


@router.get("/trends", summary="Articles per day, week or month matching each query (compare up to 6), "
                            "absolute, as a share of all articles (ratio) and as share of voice among the queries")
def trends(request: Request, sel: Chosen,
           compare: Annotated[list[str], Query(max_length=MAX_QUERY_CHARS, description="Another query to compare with q (repeatable, up to 5)")] = [],  # noqa: B006
           interval: Annotated[Literal["auto", "day", "week", "month"], Query(description="Period of each count (auto: from the span)")] = "auto",
           ) -> JSONResponse:
    store = request.app.state.stores.get()
    wanted = list(dict.fromkeys(q for q in [sel.query, *compare] if q.strip()))[:MAX_COMPARED]
    if not wanted:
        raise QueryError("empty query: give at least one query (q, then compare=...)")
    if interval == "auto":
        first, last = queries.store_range(store.conn)
        interval = queries.interval_for(sel, first, last)
    series = cached.trends(request.app.state.cache, store, wanted, sel, interval)
    return JSONResponse({"interval": interval, "series": [{"query": s["query"], "total": s["total"], "counts": s["points"]}
                                                          for s in series]})


@router.get("/entities", summary="People, organisations and places by number of articles")
def entities(request: Request, sel: Chosen,
             type: Annotated[Literal["PER", "ORG", "LOC"] | None, Query(description="Person, organisation or place (default: all)")] = None,
             name: Annotated[str, Query(max_length=200, description="Only the names containing this")] = "",
             limit: Annotated[int, Query(ge=1, le=500, description="Entities to return")] = 50) -> dict[str, Any]:
    store = request.app.state.stores.get()
    compute = lambda: queries.top_entities(store.conn, type, sel, limit, name)
    rows = request.app.state.cache.get(store, ("entities", type, sel, limit, name), compute)
    return {"entities": rows}


@router.get("/entities/{entity_id}", summary="One entity: articles over time, titles, co-occurring names, latest articles")
def entity(request: Request, entity_id: int, sel: Chosen) -> dict[str, Any]:
    data = queries.entity(request.app.state.stores.get().conn, entity_id, sel)
    if data is None:
        raise HTTPException(404, f"no entity {entity_id}")
    data["timeline"] = _series(data["timeline"])
    return data


@router.get("/provinces", summary="Articles per province, under the 34 names since 1 July 2025 and the 63 before")
def provinces(request: Request, sel: Chosen) -> dict[str, Any]:
    store = request.app.state.stores.get()
    data = request.app.state.cache.get(store, ("provinces", sel), lambda: queries.provinces(store.conn, sel))
    return {"provinces_2025": data["provinces_2025"], "provinces": [{"name": n, "articles": c} for n, c in data["provinces"]]}


@router.get("/provinces/{name}", summary="One province (old or 2025 name): articles over time, latest, entities")
def province(request: Request, name: str, sel: Chosen) -> dict[str, Any]:
    data = queries.province(request.app.state.stores.get().conn, name, sel)
    if data is None:
        raise HTTPException(404, f"no article about {name}")
    data["timeline"] = _series(data["timeline"])
    return data


@router.get("/sources", summary="Volume per source; originals and copies, who copies whom (when computed)")
def sources(request: Request, sel: Chosen) -> dict[str, Any]:
    store = request.app.state.stores.get()
    rows = request.app.state.cache.get(store, ("sources", sel), lambda: queries.sources(store.conn, sel))
    copies = connected.source_copies(store.conn, sel)
    result = [dict(r) for r in rows]
    if copies is not None:
        for r in result:
            r["copies"] = copies["copies"].get(r["source"], 0)
            r["originals"] = r["articles"] - r["copies"]
    return {"sources": result,
            "copying": None if copies is None else [{"copier": a, "origin": b, "articles": n} for a, b, n in copies["pairs"]]}


@router.get("/stories", summary="Stories (articles about one event) active in the period, largest first")
def stories(request: Request, sel: Chosen, limit: Annotated[int, Query(ge=1, le=500, description="Stories to return")] = 50,
            min_size: Annotated[int, Query(ge=1, description="Only the stories of at least this many articles")] = 2) -> dict[str, Any]:
    rows = connected.stories(request.app.state.stores.get().conn, sel, limit, min_size)
    return {"available": rows is not None, "stories": rows or []}


@router.get("/stories/{story_id}", summary="One story: its articles in order, originals and copies")
def story(request: Request, story_id: int) -> dict[str, Any]:
    data = connected.story(request.app.state.stores.get().conn, story_id)
    if data is None:
        raise HTTPException(404, "stories have not been computed for this store")
    if not data:
        raise HTTPException(404, f"no story {story_id}")
    return data


@router.get("/alerts", summary="Emerging issues: bursts of a keyphrase, entity, province or topic")
def alerts(request: Request, sel: Chosen, limit: Annotated[int, Query(ge=1, le=1000, description="Alerts to return")] = 100) -> dict[str, Any]:
    rows = connected.alerts(request.app.state.stores.get().conn, sel, limit)
    return {"available": rows is not None, "alerts": rows or []}


@router.get("/stats", summary="The store's summary (articles by source and day, topics, provinces, entities)")
def stats(request: Request) -> dict[str, Any]:
    store = request.app.state.stores.get()
    return request.app.state.cache.get(store, ("stats",), store.stats)


@router.get("/export", summary="Every matching article as CSV, JSON lines or Parquet, streamed, without a cap")
def export(request: Request, sel: Chosen,
           format: Annotated[Literal["csv", "jsonl", "parquet"], Query(description="File format")] = "jsonl"):
    """``q`` is a search query, or ``*`` (or nothing) for every article that passes the filters."""
    if sel.query.strip() == "*":  # every article, as with ``bantin export '*'``
        sel = dataclasses.replace(sel, query="")
    if sel.query.strip():
        parse(sel.query)  # a malformed query is a 400 before the response starts
    conn = exporting.connect(request.app.state.db_path)

    def body():
        try:
            yield from exporting.stream(exporting.rows(conn, sel), format)
        finally:
            conn.close()

    filename = f"bantin-export.{format}"
    return StreamingResponse(body(), media_type=exporting.MEDIA_TYPES[format],
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def require_admin(request: Request) -> None:
    token = request.app.state.admin_token
    if not token:
        raise HTTPException(403, "this server is read-only: set [web] admin_token to allow admin actions")
    given = request.headers.get("authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        raise HTTPException(401, "admin token required: Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})


@router.post("/admin/ingest", summary="Admin: ingest JSON lines of articles (url, text or html, title, published, source)",
             dependencies=[Depends(require_admin)],
             responses={415: {"description": "The body is binary, not UTF-8 JSON lines: nothing is read"}})
async def admin_ingest(request: Request) -> dict[str, Any]:
    """The body is read as ``bantin ingest`` reads a JSONL file: a bad line is dropped with its
    line number and reason, the other lines are stored. A body that is not text at all (an image,
    an archive, UTF-16) is refused whole with 415, before the store is opened."""
    from starlette.concurrency import run_in_threadpool

    from bantin.collect.jsonl import SNIFF_BYTES
    from bantin.text.encoding import looks_binary

    body = await request.body()
    if looks_binary(body[:SNIFF_BYTES]):
        raise HTTPException(415, "the body is binary: send UTF-8 text, one JSON object per line")
    return await run_in_threadpool(_ingest_lines, request.app.state.db_path, request.app.state.settings, body)


def _ingest_lines(path: str, settings, body: bytes) -> dict[str, Any]:
    """Ingests the request's JSON lines through the reader of ``bantin ingest`` (same checks, same drops)."""
    import tempfile
    from pathlib import Path

    from bantin import api

    settings = settings.with_overrides("ingest", workers=1, progress=False)
    with tempfile.TemporaryDirectory(prefix="bantin-ingest-") as tmp:
        lines = Path(tmp) / "request.jsonl"
        lines.write_bytes(body)
        with api.open_store(path, settings=settings) as store:
            report = api.ingest([lines], store, settings=settings)
    return report.as_dict() | {"rejected": [{"line": _line_number(r.locator, lines), "reason": r.reason,
                                             "detail": r.detail} for r in report.rejected]}


def _line_number(locator: str, file) -> str | None:
    """'3' for the body's third line; None for what concerns the body as a whole (the reader names
    it by its temporary file, which means nothing to the client)."""
    prefix = f"{file}:"
    return locator.removeprefix(prefix) if locator.startswith(prefix) else None
