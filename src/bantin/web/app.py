"""The FastAPI application: the dashboard (``bantin.web.pages``), the JSON API under ``/api``
(``bantin.web.api_routes``) and its reference at ``/docs``: a page rendered on the server from
``/openapi.json`` (no script, no external asset, the same Content-Security-Policy as every page).

Read-only by default: the store is opened read-only, and the one write action
(``POST /api/admin/ingest``) needs ``Authorization: Bearer <token>`` with the token of the
``[web] admin_token`` setting (or ``$BANTIN_WEB_ADMIN_TOKEN``); without a token it is refused.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from bantin.extract.dates import day_only
from bantin.local_time import LOCAL_TZ
from bantin.search.query import QueryError
from bantin.settings import Settings, load_settings
from bantin.store.base import StoreError
from bantin.store.sqlite import SQLiteStore
from bantin.web.state import Cache, Stores

# Sent with every response: no inline or third-party script can run, whatever an article contains.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                               " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def admin_token(settings: Settings) -> str:
    return settings.web.admin_token  # [web] admin_token, or $BANTIN_WEB_ADMIN_TOKEN (bantin.settings)


def create_app(db: str | Path | None = None, *, settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    path = str(db or settings.store.path)
    stores = Stores(path, snippet_chars=settings.search.snippet_chars)
    SQLiteStore(path, readonly=True).close()  # fail now, with a clear message, if the store cannot be opened

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close()

    app = FastAPI(
        title="bantin API",
        description="Search and analyse Vietnamese news: the same answers as the bantin command line.",
        version=_version(),
        lifespan=lifespan,
        docs_url=None,  # /docs is bantin.web.pages.docs: Swagger UI would load its script from a CDN
        redoc_url=None,
    )
    app.state.stores = stores
    app.state.cache = Cache(seconds=settings.web.cache_seconds)
    app.state.settings = settings
    app.state.db_path = path
    app.state.admin_token = admin_token(settings)
    app.state.templates = templates()

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        """JSON under /api (and for /openapi.json); the dashboard's error page, in its language, elsewhere."""
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        from bantin.web.i18n import translator
        from bantin.web.pages import _lang, render

        t = translator(_lang(request))
        return render(request, "error.html", exc.status_code, headers=exc.headers,
                      message=t("not_found") if exc.status_code == 404 else f"{t('error')} {exc.status_code}")

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError):
        """JSON under /api; on a page (a filter no page caught itself), the error page in its language."""
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": f"bad query: {exc}"}, status_code=400)
        from bantin.web.i18n import query_error, translator
        from bantin.web.pages import _lang, render

        lang = _lang(request)
        return render(request, "error.html", 400, message=f"{translator(lang)('bad_query')}: {query_error(str(exc), lang)}")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    from bantin.web import api_routes, pages

    app.include_router(api_routes.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(resources.files("bantin.web") / "static")), name="static")
    return app


# How ``bantin serve --workers N`` hands the store and the settings to its worker processes,
# which uvicorn starts afresh and which build the app with ``app_from_environment``.
SERVE_DB_ENV = "BANTIN_SERVE_DB"
SERVE_SETTINGS_ENV = "BANTIN_SERVE_SETTINGS"


def environment_for_workers(db: str | Path | None, settings: Settings) -> dict[str, str]:
    """The variables ``app_from_environment`` reads: the store's path and the settings as the
    parent resolved them (defaults, --config file, environment, flags), pickled."""
    import base64
    import pickle

    return {SERVE_DB_ENV: str(db or settings.store.path),
            SERVE_SETTINGS_ENV: base64.b64encode(pickle.dumps(settings)).decode("ascii")}


def app_from_environment() -> FastAPI:
    """The app of one worker process of ``bantin serve --workers N`` (a uvicorn factory)."""
    import base64
    import os
    import pickle

    settings = pickle.loads(base64.b64decode(os.environ[SERVE_SETTINGS_ENV]))  # noqa: S301 - set by our own parent
    return create_app(os.environ[SERVE_DB_ENV], settings=settings)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bantin")
    except PackageNotFoundError:
        return "0"


def safe_snippet(snippet: str) -> Markup:
    """A search snippet as markup: it is HTML-escaped text with ``<mark>`` added (bantin.search.snippet).
    Anything else that looks like a tag means it was not, so it is escaped whole."""
    if "<" in snippet.replace("<mark>", "").replace("</mark>", ""):
        return escape(snippet)
    return Markup(snippet)


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: a ``javascript:`` URL must never become a link."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url
    return None


def templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(resources.files("bantin.web") / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["snippet"] = safe_snippet
    env.filters["safe_url"] = safe_url
    env.filters["number"] = _number
    env.filters["percent"] = _percent
    env.filters["decimal"] = _decimal
    env.filters["day"] = _day
    env.filters["moment"] = _moment
    return env


@pass_context
def _number(ctx, n):
    """1.234 in Vietnamese, 1,234 in English."""
    return f"{n:,}".replace(",", "." if ctx.get("lang", "vi") == "vi" else ",") if isinstance(n, int) else n


@pass_context
def _decimal(ctx, x, digits: int = 1) -> str:
    """0,8 in Vietnamese, 0.8 in English."""
    from bantin.web.i18n import decimal

    return decimal(x, ctx.get("lang", "vi"), digits)


@pass_context
def _percent(ctx, x) -> str:
    return "—" if x is None else _decimal(ctx, 100 * x) + "%"


def _day(value) -> str:
    from datetime import date

    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value.strftime("%d/%m/%Y")


def _moment(value) -> str:
    from datetime import datetime
    
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if value.tzinfo:
        value = value.astimezone(LOCAL_TZ)
    # no precision at hand here: the extractor's guess for dates stored without one (pages list
    # articles through pages.published_label, which has it)
    if day_only(value, None):
        return value.strftime("%d/%m/%Y")
    return value.strftime("%H:%M %d/%m/%Y")
