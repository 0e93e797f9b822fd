"""bantin: monitor and analyse Vietnamese news.

    >>> import bantin
    >>> with bantin.open_store("news.db") as store:
    ...     report = bantin.ingest(["saved-pages/"], store)
    ...     hits = bantin.search(store, "quan su", limit=5)
"""

from bantin.api import (
    IngestReport,
    default_steps,
    ingest,
    ingest_pages,
    open_store,
    search,
    summary,
)
from bantin.extract.article import ExtractArticle, extract_file, extract_html
from bantin.pipeline import Drop, LocalRunner, Stats
from bantin.search.query import QueryError
from bantin.settings import Settings, load_settings
from bantin.store import SearchFilters, SQLiteStore, Store, StoreError
from bantin.types import Article, Page, Rejected, SearchHit, WriteResult

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Drop",
    "ExtractArticle",
    "IngestReport",
    "LocalRunner",
    "Page",
    "QueryError",
    "Rejected",
    "SQLiteStore",
    "SearchFilters",
    "SearchHit",
    "Settings",
    "Stats",
    "Store",
    "StoreError",
    "WriteResult",
    "default_steps",
    "extract_file",
    "extract_html",
    "ingest",
    "ingest_pages",
    "load_settings",
    "open_store",
    "search",
    "summary",
]
