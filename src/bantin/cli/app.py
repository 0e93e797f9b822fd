"""The ``bantin`` command group and what its commands share (output options, error handling).

The command line is a thin layer that parses, calls the public API and prints.

Exit codes: 0 success; 1 the command ran but some inputs were dropped; 2 usage error, bad
query or unusable store.
"""

from __future__ import annotations

import functools
import json
import sys
from datetime import date, datetime
from typing import Any

import click

from bantin.local_time import LOCAL_TZ
from bantin.search.query import QueryError
from bantin.settings import SettingsError, load_settings
from bantin.store.base import StoreError

EXIT_DROPPED = 1
EXIT_USAGE = 2


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | set):
        return list(value)
    return str(value)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=_json_default)


def plural(count: int, word: str, words: str = "") -> str:
    """ "1 article", "2 articles", "1 copy" / "3 copies" (``words`` for an irregular plural)."""
    return f"{count:,} {word if count == 1 else words or word + 's'}"


def local_moment(moment: datetime, *, day: bool = False) -> str:
    """A moment in Vietnam time for the terminal: "2023-06-27 17:30", or "2023-06-27" for a day."""
    local = moment.astimezone(LOCAL_TZ)
    return f"{local:%Y-%m-%d}" if day else f"{local:%Y-%m-%d %H:%M}"


def fail(message: str) -> None:
    click.echo(f"bantin: {message}", err=True)
    sys.exit(EXIT_USAGE)


def domain_errors(func):
    """Turns bantin's domain errors into a one-line message and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except QueryError as exc:
            fail(f"bad query: {exc}")
        except (StoreError, SettingsError) as exc:
            fail(str(exc))

    return wrapper


def output_options(*formats: str):
    """The shared --json/--csv/--table choice, passed on as ``output``; two of them is a usage error."""
    names = ("table",) + formats

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            chosen = [name for name in names if kwargs.pop(f"output_{name}")]
            if len(chosen) > 1:
                fail(f"{' and '.join('--' + name for name in chosen)} cannot be used together: choose one")
            return func(*args, output=chosen[0] if chosen else "table", **kwargs)

        for name in reversed(names):
            text = "a readable table (the default)" if name == "table" else name.upper()
            wrapper = click.option(f"--{name}", f"output_{name}", is_flag=True, help=f"Print {text}.")(wrapper)
        return wrapper

    return decorator


db_option = click.option("--db", "db", metavar="FILE", help="SQLite store (default: store.path, bantin.db).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", metavar="FILE", envvar="BANTIN_CONFIG", help="Settings file (TOML) over the shipped defaults.")
@click.version_option(package_name="bantin")
@click.pass_context
def cli(ctx: click.Context, config: str | None) -> None:
    """bantin: monitor and analyse Vietnamese news."""
    try:
        ctx.obj = load_settings(config)
    except SettingsError as exc:
        fail(str(exc))




def main() -> None:
    cli(prog_name="bantin")
