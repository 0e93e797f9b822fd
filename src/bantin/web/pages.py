"""The dashboard's pages: server-rendered HTML (Jinja2, autoescaped), charts as inline SVG, no
script needed. Vietnamese by default; ``?lang=en`` switches to English and a cookie keeps it.

Article content is untrusted: it is always escaped, links are made only from http(s) URLs, and
the Content-Security-Policy forbids inline scripts (``bantin.web.app``)."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup

from bantin.extract.dates import day_only, stands_for_day
from bantin.local_time import LOCAL_TZ
from bantin.search.query import QueryError, parse
from bantin.web import cached, charts, connected, queries
from bantin.web.i18n import LANGUAGES, alert_reason, counter, pick_language, translator
from bantin.web.i18n import query_error as query_error_text
from bantin.web.queries import Selection

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20
MAX_PAGE = 500
FILTER_KEYS = ("source", "topic", "province", "entity")
ENTITY_NAV = {"PER": "nav_people", "ORG": "nav_orgs", "LOC": "nav_places"}
COOKIE_SECONDS = 365 * 24 * 3600
INTERVALS = ("day", "week", "month")


def _lang(request: Request) -> str:
    return pick_language(request.query_params.get("lang"), request.cookies.get("lang"))


def link(path: str, params: dict[str, Any] | list[tuple[str, Any]] | None = None) -> str:
    items = list(params.items()) if isinstance(params, dict) else list(params or [])
    flat = [(k, v) for k, v in items if v not in (None, "", [], ())]
    expanded = [(k, x) for k, v in flat for x in (v if isinstance(v, list | tuple) else [v])]
    return path + ("?" + urlencode(expanded) if expanded else "")


def render(request: Request, template: str, status: int = 200, headers: dict[str, str] | None = None,
           **context: Any) -> HTMLResponse:
    lang = _lang(request)
    other = "en" if lang == "vi" else "vi"
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", other)]
    env = request.app.state.templates
    html = env.get_template(template).render(
        request=request, t=translator(lang), count=counter(lang), lang=lang, switch_url=link(request.url.path, params),
        link=link, path=request.url.path, **context)
    response = HTMLResponse(html, status_code=status, headers=headers)
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie("lang", lang, max_age=COOKIE_SECONDS, samesite="lax", httponly=True)
    return response


def _date(request: Request, key: str, errors: list[str]) -> date | None:
    """The date of parameter ``key``; an invalid one is ignored, with a message in ``errors``."""
    value = request.query_params.get(key)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        t = translator(_lang(request))
        errors.append(t("bad_date", field=t(key), value=value[:40]))
        return None


def selection_from(request: Request, errors: list[str]) -> Selection:
    """The selection of the query string. A date that cannot be read is left out of it (a message
    in ``errors`` says so): use ``valid_params`` for the links that carry the selection on."""
    p = request.query_params
    return Selection(
        query=p.get("q", "")[:500], since=_date(request, "since", errors), until=_date(request, "until", errors),
        sources=tuple(p.getlist("source")), topics=tuple(p.getlist("topic")),
        provinces=tuple(p.getlist("province")), entities=tuple(p.getlist("entity")),
    )


def valid_params(request: Request, sel: Selection, drop: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The query string's parameters but ``drop`` and the dates that ``selection_from`` ignored."""
    ignored = {k for k in ("since", "until") if request.query_params.get(k) and getattr(sel, k) is None}
    return [(k, v) for k, v in request.query_params.multi_items() if k not in drop and k not in ignored]


def _store(request: Request):
    return request.app.state.stores.get()


def _volume_chart(series, sel, interval: str, t) -> Markup:
    """Articles per day or per week of one or more series, over the selected period."""
    return _svg(charts.line_chart(series, start=sel.since, end=sel.until,
                                  y_label=t("per_day" if interval == "day" else "per_week")))


def _svg(svg: str) -> Markup:
    return Markup(svg)  # built by bantin.web.charts, which escapes every label


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    store = _store(request)
    cache = request.app.state.cache
    errors: list[str] = []
    sel = selection_from(request, errors)
    first, last = queries.store_range(store.conn)
    if not sel.since and last:
        sel = dataclasses.replace(sel, since=max(first, last - timedelta(days=89)), until=last)
    interval = queries.interval_for(sel, first, last)
    t = translator(_lang(request))
    volume = cache.get(store, ("volume", sel, interval), lambda: queries.timeline(store.conn, sel, interval))
    fig = cache.get(store, ("figures", sel), lambda: queries.figures(store.conn, sel))
    tops = {kind: cache.get(store, ("top", kind, sel), lambda k=kind: queries.top_entities(store.conn, k, sel, 10))
            for kind in ("PER", "ORG", "LOC")}
    chart = _volume_chart({t("articles_cap"): volume}, sel, interval, t)
    return render(request, "home.html", sel=sel, figures=fig, chart=chart, tops=tops,
                  latest=dated(store.conn, queries.latest(store.conn, sel, 12)), errors=errors)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request):
    store = _store(request)
    errors: list[str] = []
    sel = selection_from(request, errors)
    try:
        page = max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        page = 1
    context: dict[str, Any] = {"sel": sel, "page": page, "errors": errors, "hits": [], "total": 0, "facets": None}
    status = 200
    cache = request.app.state.cache
    offset = (page - 1) * PAGE_SIZE if page <= MAX_PAGE else None  # None: beyond any page we serve, nothing to read
    browsing = not sel.query.strip() and any((sel.sources, sel.topics, sel.provinces, sel.entities))
    if browsing:  # filters without words: the latest articles that pass them
        if offset is not None:
            context["hits"] = [_browse_hit(r) for r in queries.latest(store.conn, sel, PAGE_SIZE, offset)]
        context["total"] = cached.count(cache, store, sel)
        context["facets"] = cached.facets(cache, store, sel)
    elif sel.query.strip():
        try:
            if offset is not None:
                context["hits"] = cached.search_hits(cache, store, sel, PAGE_SIZE, offset)
            else:
                parse(sel.query)  # a malformed query is still reported
            context["total"] = cached.count(cache, store, sel)
            context["facets"] = cached.facets(cache, store, sel)
            context["rank_block"] = store.rank_block if context["total"] > store.rank_block else None
        except QueryError as exc:
            context["query_error"] = query_error_text(str(exc), _lang(request))
            status = 400
    params = valid_params(request, sel, drop=("page", "lang"))
    context["published_labels"] = _published_labels(store.conn, context["hits"])
    context["params"] = params
    context["listing"] = bool(sel.query.strip()) or browsing
    context["pages"] = max(1, -(-context["total"] // PAGE_SIZE))
    context["beyond"] = context["listing"] and page > context["pages"] and "query_error" not in context
    context["page_link"] = lambda n: link("/search", params + [("page", n)])
    context["add_filter"] = lambda k, v: link("/search", [p for p in params if p != (k, v)] + [(k, v)])
    context["remove_filter"] = lambda k, v: link("/search", [p for p in params if p != (k, v)])
    context["active_filters"] = [(k, v) for k, v in params if k in FILTER_KEYS or k in ("since", "until")]
    context["export_link"] = lambda fmt: link("/api/export", params + [("format", fmt)])
    return render(request, "search.html", status, **context)


def _published_labels(conn: sqlite3.Connection, hits: list) -> dict[int, str | None]:
    """Each listed hit's publication label (search hits and browsed rows alike)."""
    published = {}
    for hit in hits:
        hit_id, moment = (hit["id"], hit["published"]) if isinstance(hit, dict) else (hit.id, hit.published)
        published[hit_id] = moment.isoformat() if isinstance(moment, datetime) else moment
    return {i: label for i, (_, label) in _labelled(conn, published).items()}


def _browse_hit(row: dict[str, Any]) -> dict[str, Any]:
    from html import escape

    return row | {"snippet": escape(row["lead"] or ""), "published": row["published"]}


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: int):
    conn = _store(request).conn
    data = queries.article(conn, article_id)
    if data is None:
        return render(request, "error.html", 404, message=translator(_lang(request))("not_found"))
    data["published_label"] = published_label(data["published"], data["published_precision"])
    return render(request, "article.html", a=data, duplicates=connected.duplicates_of(conn, article_id),
                  story=connected.story_of(conn, article_id), related=queries.related(conn, article_id),
                  paragraphs=body_paragraphs(data["text"], data["lead"]))


def published_label(published: str | None, precision: str | None) -> str | None:
    """When an article was published, as readers in Vietnam read it: "10:15 30/06/2023" in local
    time, "30/06/2023" when its page gave the day only (``precision`` "day"; an article with no
    recorded precision at exactly 00:00:00 local is taken for one: ``bantin.extract.dates.day_only``),
    None when it is undated."""
    if not published:
        return None
    moment = _local(published)
    return moment_label(moment, day=day_only(moment, precision))


def moment_label(moment: datetime, *, day: bool) -> str:
    return f"{moment:%d/%m/%Y}" if day else f"{moment:%H:%M %d/%m/%Y}"


def _local(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment.astimezone(LOCAL_TZ) if moment.tzinfo else moment


def dated(conn: sqlite3.Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Listed articles (each with an ``id`` and its ``published``) with their ``published_precision``
    and ``published_label``."""
    found = _labelled(conn, {r["id"]: r["published"] for r in rows})
    return [r | dict(zip(("published_precision", "published_label"), found[r["id"]], strict=True)) for r in rows]


def _labelled(conn: sqlite3.Connection, published: dict[int, str | None]) -> dict[int, tuple[str | None, str | None]]:
    """id -> (how precisely its page gave its date, its ``published_label``): one query for all."""
    precisions = queries.published_precisions(conn, list(published)) if published else {}
    return {i: (precisions.get(i), published_label(moment, precisions.get(i))) for i, moment in published.items()}


def story_range(first_seen: str, last_seen: str, articles: list[dict[str, Any]]) -> tuple[str, str]:
    """A story's first and last moments in local time (``articles`` as ``dated`` gives them). Each is
    an article's publication (or first sighting): a date only when the articles published at that
    moment gave only their day."""
    published = [(_local(a["published"]), a["published_precision"]) for a in articles if a["published"]]

    def label(value: str) -> str:
        moment = _local(value)
        return moment_label(moment, day=stands_for_day(moment, published))
    return label(first_seen), label(last_seen)


def body_paragraphs(text: str, lead: str | None) -> list[str]:
    """The text's paragraphs, without the lead when the text begins with it (it is shown once, as
    the lead): a first paragraph that is the lead goes, one that goes on after it keeps the rest."""
    paragraphs = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    lead = " ".join((lead or "").split())
    if lead and paragraphs and paragraphs[0].casefold().startswith(lead.casefold()):
        rest = paragraphs[0][len(lead):].strip()
        return ([rest] if rest else []) + paragraphs[1:]
    return paragraphs


@router.get("/trends", response_class=HTMLResponse)
def trends(request: Request):
    """Several queries over time, in one of three views (``?view=``): articles per period, their
    share of all the articles of the period (``ratio``: a rise that is not just more news
    collected), or their share of voice among the queries compared."""
    store = _store(request)
    errors: list[str] = []
    sel = selection_from(request, errors)
    raw = request.query_params.getlist("q") or [""]
    wanted = list(dict.fromkeys(q.strip()[:500] for line in raw for q in line.splitlines() if q.strip()))[:6]
    view = request.query_params.get("view", "count")
    view = view if view in cached.VIEWS else "count"
    query_error = None
    for q in wanted:
        try:
            parse(q)
        except QueryError as exc:
            query_error = f"{q}: {query_error_text(str(exc), _lang(request))}"
    chart, rows = None, []
    first, last = queries.store_range(store.conn)
    interval = request.query_params.get("interval", "auto")
    if interval not in INTERVALS:
        interval = queries.interval_for(sel, first, last)
    t = translator(_lang(request))
    if wanted and not query_error:
        series = cached.trends(request.app.state.cache, store, wanted, sel, interval)
        scale = 1 if view == "count" else 100  # ratios and shares are drawn as percentages
        lines = {s["query"]: {cached.period_start(p["period"]): round(p[view] * scale, 2) for p in s["points"]}
                 for s in series}
        chart = _svg(charts.line_chart(lines, start=sel.since or first, end=sel.until or last,
                                       y_label=t(f"y_{view}_{interval}") if view == "count" else t(f"y_{view}")))
        voice = sum(s["total"] for s in series)
        for s in series:
            articles = sum(p["total"] for p in s["points"])
            rows.append({"query": s["query"], "count": s["total"], "ratio": s["total"] / articles if articles else None,
                         "share_of_voice": s["total"] / voice if voice else None})
    params = valid_params(request, sel, drop=("view", "lang"))
    api_params = ([("q", wanted[0] if wanted else "")] + [("compare", q) for q in wanted[1:]]
                  + [(k, v) for k, v in params if k in FILTER_KEYS or k in ("since", "until")] + [("interval", interval)])
    return render(request, "trends.html", 400 if query_error else 200, sel=sel, wanted=wanted, chart=chart, rows=rows,
                  errors=errors, query_error=query_error, interval=interval, view=view, views=cached.VIEWS,
                  view_link=lambda v: link("/trends", params + [("view", v)]), json_link=link("/api/trends", api_params))


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request):
    errors: list[str] = []
    sel = selection_from(request, errors)
    rows = connected.stories(_store(request).conn, sel, 100)
    return render(request, "stories.html", rows=rows, sel=sel, errors=errors)


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: int):
    conn = _store(request).conn
    data = connected.story(conn, story_id)
    if not data:
        t = translator(_lang(request))
        return render(request, "error.html", 404, message=t("no_connect") if data is None else t("not_found"))
    data["articles"] = dated(conn, data["articles"])
    data["range"] = story_range(data["first_seen"], data["last_seen"], data["articles"])
    events = [(date.fromisoformat(a["day"]), f"{a['source']} — {a['title']}", 2 if a["id"] == data["origin_id"] else 1)
              for a in data["articles"] if a["day"]][:40]
    chart = _svg(charts.timeline(events, start=min(e[0] for e in events), end=max(e[0] for e in events))) if events else None
    return render(request, "story.html", s=data, chart=chart)


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request):
    store = _store(request)
    errors: list[str] = []
    sel = selection_from(request, errors)
    kind = request.query_params.get("type", "PER")
    kind = kind if kind in ENTITY_NAV else "PER"
    name = request.query_params.get("name", "")[:200]
    rows = request.app.state.cache.get(store, ("entities", kind, sel, name),
                                       lambda: queries.top_entities(store.conn, kind, sel, 100, name))
    chart = _svg(charts.bar_chart(width=820, items=[(e["name"], e["articles"]) for e in rows[:20]])) if rows else None
    return render(request, "entities.html", rows=rows, kind=kind, name=name, sel=sel, chart=chart, errors=errors,
                  nav_key=ENTITY_NAV[kind])


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: int):
    errors: list[str] = []
    sel = selection_from(request, errors)
    conn = _store(request).conn
    data = queries.entity(conn, entity_id, sel)
    if data is None:  # no such entity, or a private person, whom the readers do not return
        t = translator(_lang(request))
        return render(request, "error.html", 404,
                      message=t("private_person") if queries.private_person(conn, entity_id) else t("not_found"))
    t = translator(_lang(request))
    chart = _volume_chart({data["name"]: data["timeline"]}, sel, data["interval"], t)
    data["latest"] = dated(conn, data["latest"])
    return render(request, "entity.html", e=data, chart=chart, nav_key=ENTITY_NAV.get(data["type"], "nav_people"))


@router.get("/provinces", response_class=HTMLResponse)
def provinces(request: Request):
    store = _store(request)
    errors: list[str] = []
    sel = selection_from(request, errors)
    data = request.app.state.cache.get(store, ("provinces", sel), lambda: queries.provinces(store.conn, sel))
    rows = data["provinces_2025"]
    chart = _svg(charts.bar_chart(width=820, items=[(p["name_2025"], p["articles"]) for p in rows[:34]])) if rows else None
    return render(request, "provinces.html", rows=rows, chart=chart, sel=sel, errors=errors)


@router.get("/province/{name}", response_class=HTMLResponse)
def province(request: Request, name: str):
    errors: list[str] = []
    sel = selection_from(request, errors)
    conn = _store(request).conn
    data = queries.province(conn, name, sel)
    if data is None:
        return render(request, "error.html", 404, message=translator(_lang(request))("not_found"))
    data["latest"] = dated(conn, data["latest"])
    t = translator(_lang(request))
    chart = _volume_chart({data["name"]: data["timeline"]}, sel, data["interval"], t)
    return render(request, "province.html", p=data, chart=chart)


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request):
    store = _store(request)
    errors: list[str] = []
    sel = selection_from(request, errors)
    t = translator(_lang(request))
    rows = request.app.state.cache.get(store, ("sources", sel), lambda: queries.sources(store.conn, sel))
    copies = connected.source_copies(store.conn, sel)
    if copies is not None:
        for r in rows:
            r["copies"] = copies["copies"].get(r["source"], 0)
            r["originals"] = r["articles"] - r["copies"]
        chart = charts.bar_chart(width=820, items=[(r["source"], r["originals"]) for r in rows[:25]],
                                 stacked=[(t("copies"), r["copies"]) for r in rows[:25]])
    else:
        chart = charts.bar_chart(width=820, items=[(r["source"], r["articles"]) for r in rows[:25]])
    first, last = queries.store_range(store.conn)
    start, end = sel.since or first, sel.until or last
    # several sources day by day are unreadable: weeks beyond six weeks
    interval = "week" if start and end and (end - start).days > 42 else "day"
    top = [r["source"] for r in rows[:6]]
    series = request.app.state.cache.get(store, ("source-series", sel, tuple(top), interval),
                                         lambda: queries.source_timelines(store.conn, top, sel, interval))
    timeline = _volume_chart(series, sel, interval, t)
    return render(request, "sources.html", rows=rows, copies=copies, chart=_svg(chart), timeline=timeline,
                  sel=sel, errors=errors)


@router.get("/alerts", response_class=HTMLResponse)
def alerts(request: Request):
    errors: list[str] = []
    sel = selection_from(request, errors)
    rows = connected.alerts(_store(request).conn, sel, 200)
    chart = None
    if rows:
        days = [date.fromisoformat(a["day"]) for a in rows]
        events = [(date.fromisoformat(a["day"]), a["name"], a["score"]) for a in rows[:25]]
        chart = _svg(charts.timeline(events, start=min(days), end=max(days)))
    return render(request, "alerts.html", rows=rows, chart=chart, sel=sel, errors=errors,
                  explain=lambda a: explain_alert(a, _lang(request)))


def explain_alert(alert: dict[str, Any], lang: str) -> str:
    """Why an alert was raised, in the page's language, from its fields (``bantin.web.connected.alerts``)."""
    return alert_reason(lang, kind=alert["kind"], name=alert["name"], count=alert["count"],
                        day=date.fromisoformat(alert["day"]), baseline=alert["baseline"],
                        window_days=alert.get("window_days"), phrase=alert.get("phrase"))


@router.get("/lang/{code}")
def switch(request: Request, code: str, next: str = "/"):
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    response = RedirectResponse(target, status_code=303)
    if code in LANGUAGES:
        response.set_cookie("lang", code, max_age=COOKIE_SECONDS, samesite="lax", httponly=True)
    return response


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request):
    """The API reference, rendered here from the app's OpenAPI schema (``/openapi.json``): no
    script and nothing loaded from elsewhere, so it works offline and under the CSP."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            endpoints.append({
                "method": method.upper(), "path": path, "summary": op.get("summary", ""),
                "description": op.get("description", ""),
                "parameters": [{"name": p["name"], "in": p.get("in", ""), "required": p.get("required", False),
                                "type": _schema_type(p.get("schema", {})),
                                "description": p.get("description") or p.get("schema", {}).get("description", "")}
                               for p in op.get("parameters", [])],
                "responses": [(code, r.get("description", "")) for code, r in op.get("responses", {}).items()],
            })
    return render(request, "docs.html", info=schema.get("info", {}), endpoints=endpoints)


def _schema_type(schema: dict[str, Any]) -> str:
    """A parameter's JSON schema in a few words: "integer", "array of string", "csv | jsonl | parquet"."""
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_schema_type(s) for s in schema["anyOf"])
    if schema.get("type") == "array":
        return "array of " + _schema_type(schema.get("items", {}))
    kind = schema.get("type", "")
    return f"{kind} ({schema['format']})" if schema.get("format") else kind
