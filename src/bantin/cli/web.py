"""Commands that show the store to people and tools: serve (dashboard + API), report, export."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import click

from bantin.cli.app import cli, db_option, domain_errors, fail, plural
from bantin.settings import Settings

# uvicorn's supervisor kills a worker that does not answer its ping within this many seconds, and
# the requests it was serving fail. Its default, 5 s, was missed by a busy worker on a loaded
# 2-core machine (bench/serve.py, 50 clients, 2 workers: 2 dropped requests of 600); a worker
# that is really hung is still replaced, a minute later.
WORKER_HEALTHCHECK_SECONDS = 60


def _date(value: str | None, name: str):
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{name}: not a date: {value!r} (use YYYY-MM-DD)")


def port_is_free(host: str, port: int) -> bool:
    """Whether ``host:port`` can be bound now (with SO_REUSEADDR, as uvicorn binds it)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return True  # an unknown host: uvicorn says so itself
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError:
            return False
    return True


def free_port(host: str) -> int:
    """A port the system says is free on ``host`` (for --port 0, so that the URL can be printed)."""
    import socket

    family, kind, proto, _, address = socket.getaddrinfo(host, 0, type=socket.SOCK_STREAM)[0]
    with socket.socket(family, kind, proto) as sock:
        sock.bind(address)
        return sock.getsockname()[1]


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free port).")
@click.option("--workers", type=click.IntRange(1, 64), help="Server processes (default: [web] workers, 1); one per core.")
@click.pass_obj
@domain_errors
def serve(settings: Settings, db: str | None, host: str, port: int, workers: int | None) -> None:
    """The dashboard (Vietnamese, English switch) and the JSON API under /api; docs at /docs.

    Read-only unless [web] admin_token is set (then POST /api/admin/ingest accepts
    'Authorization: Bearer TOKEN').
    """

    import uvicorn

    from bantin.store.migrations import MIGRATIONS
    from bantin.store.sqlite import FACTS_VERSION, SQLiteStore
    from bantin.web.app import app_from_environment, create_app, environment_for_workers

    workers = workers or settings.web.workers
    with SQLiteStore(db or settings.store.path, readonly=True) as store:
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    if version < FACTS_VERSION:
        click.echo(f"bantin: this store has schema {version} of {len(MIGRATIONS)}: pages will be slow on a large store"
                   " until a writing command upgrades it ('bantin connect --db ...')", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"bantin: serving on {host}: reachable from other machines", err=True)
    port = port or free_port(host)
    if not port_is_free(host, port):
        fail(f"port {port} on {host} is in use; choose another with --port")
    url_host = f"[{host}]" if ":" in host else host
    click.echo(f"bantin: serving {Path(db or settings.store.path).resolve()} on http://{url_host}:{port}"
               " (Ctrl+C to stop)", err=True)
    if workers == 1:
        uvicorn.run(create_app(db, settings=settings), host=host, port=port, log_level="warning", access_log=False)
        return
    create_app(db, settings=settings)  # a store that cannot be opened fails here, once, with a clear message
    os.environ.update(environment_for_workers(db, settings))
    uvicorn.run(f"{app_from_environment.__module__}:{app_from_environment.__name__}", factory=True, workers=workers,
                host=host, port=port, log_level="warning", access_log=False,
                timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS)


@cli.command()
@click.option("--from", "since", required=True, metavar="DATE", help="First day of the period (YYYY-MM-DD).")
@click.option("--to", "until", required=True, metavar="DATE", help="Last day of the period (YYYY-MM-DD), included.")
@click.option("--query", metavar="Q", help="Only the articles matching this query.")
@click.option("--format", "fmt", type=click.Choice(["html", "pdf", "md"]), help="Default: from --out's extension, else html.")
@click.option("--out", required=True, metavar="FILE", help="Where to write the report.")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True, help="Language of the report.")
@db_option
@click.pass_obj
@domain_errors
def report(settings: Settings, since: str, until: str, query: str | None, fmt: str | None, out: str, lang: str,
           db: str | None) -> None:
    """The periodic review report ("báo cáo sơ kết / tổng kết") for a period.

    Key figures, volume over time, top stories and who broke them, people, organisations and
    provinces, sources (originals and copies), emerging issues on a timeline, and a short
    methodology note; charts embedded as SVG. HTML, PDF or Markdown.
    """
    from bantin import api
    from bantin.report import build_report, render

    start, end = _date(since, "--from"), _date(until, "--to")
    if start > end:
        fail("--from is after --to")
    fmt = fmt or {".pdf": "pdf", ".md": "md", ".markdown": "md"}.get(Path(out).suffix.lower(), "html")
    with api.open_store(db, settings=settings, readonly=True) as store:
        data = build_report(store.conn, since=start, until=end, query=query or "")
    try:
        render(data, fmt, Path(out), lang=lang)
    except OSError as exc:
        fail(f"cannot write {out}: {exc}")
    click.echo(f"{out}: {plural(data.figures['articles'], 'article')}, {start:%d/%m/%Y}–{end:%d/%m/%Y}", err=True)


@cli.command()
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), required=True, help="Output format.")
@click.option("--out", required=True, metavar="FILE", help="Output file ('-' for stdout, not for parquet).")
@click.option("--since", metavar="DATE", help="Published on or after (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Published on or before (YYYY-MM-DD).")
@click.option("--source", "sources", multiple=True, metavar="NAME", help="Only this source (repeatable).")
@click.option("--topic", "topics", multiple=True, metavar="TOPIC", help="Only this topic (repeatable).")
@click.option("--province", "provinces", multiple=True, metavar="NAME", help="About this province (repeatable: all must match).")
@click.option("--entity", "entities", multiple=True, metavar="NAME", help="Mentions this name (repeatable: all must match).")
@db_option
@click.pass_obj
@domain_errors
def export(settings: Settings, query: str, fmt: str, out: str, since: str | None, until: str | None,
           sources: tuple[str, ...], topics: tuple[str, ...], provinces: tuple[str, ...], entities: tuple[str, ...],
           db: str | None) -> None:
    """Every article matching QUERY, without a cap, as CSV, JSON lines or Parquet.

    QUERY is a search query ("*" for every article). Fields: id, url, source, published, title,
    lead, text, authors, section, topic, keyphrases, provinces, entities.
    """
    from bantin import api
    from bantin import export as exporting
    from bantin.web.queries import Selection

    selection = Selection(query="" if query.strip() == "*" else query, since=_date(since, "--since"),
                          until=_date(until, "--until"), sources=sources, topics=topics, provinces=provinces,
                          entities=entities)
    if out == "-" and fmt == "parquet":
        fail("parquet needs a file: give --out FILE")
    with api.open_store(db, settings=settings, readonly=True) as store:
        records = exporting.rows(store.conn, selection)
        count = 0

        def counted():
            nonlocal count
            for record in records:
                count += 1
                yield record

        if out == "-":
            exporting.write(counted(), fmt, sys.stdout.buffer)
        else:
            try:
                with replaced_at_end(Path(out)) as fh:
                    exporting.write(counted(), fmt, fh)
            except OSError as exc:
                fail(f"cannot write {out}: {exc.strerror or exc}")
    click.echo(f"{out}: {plural(count, 'article')}", err=True)


@contextlib.contextmanager
def replaced_at_end(path: Path) -> Iterator[BinaryIO]:
    """A binary file that becomes ``path`` only once everything was written: it is written beside
    ``path`` under a temporary name and renamed at the end, so a failed export (a bad query, a full
    disk, Ctrl+C) leaves no truncated file and an older file at ``path`` intact. A device or pipe
    (``/dev/null``) is written directly."""
    if path.is_symlink():
        path = path.resolve()  # the file linked to is replaced, as open() would have written it
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if path.exists() and not path.is_file():
        with path.open("wb") as fh:
            yield fh
        return
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        os.chmod(temporary, mode)  # mkstemp makes the file private; the export gets the usual mode
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
