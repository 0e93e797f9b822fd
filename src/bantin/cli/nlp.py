"""The ``bantin nlp`` group: the Vietnamese language layer, one command per task (stdin/stdout)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator

import click

from bantin.cli.app import EXIT_DROPPED, cli, dumps


@cli.group()
def nlp() -> None:
    """Vietnamese language tools: segment, entities, topic, keyphrases.

    The --jsonl commands read one JSON object per line of stdin and print one per line on
    stdout. A line they cannot use (not JSON, a field that is not a string, no words at all)
    does not stop the stream: it is reported on stderr as {"line": N, "id": ..., "error": "..."},
    the next lines are processed, and the exit code is 1.
    """


def jsonl_records(stream: Iterable[str], fields: tuple[str, ...] = (), words_in: tuple[str, ...] = ()) -> Iterator[dict]:
    """The usable objects of a JSONL stream. Each unusable line is reported on stderr as an error
    object naming its line number and skipped; once the stream is read, exits with code 1 if
    there was any. ``fields`` must be strings when present; ``words_in`` must hold a word between
    them (a letter: empty or numbers-only text gets an error, not a guess)."""
    failed = 0
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        record, error = _record(line, fields, words_in)
        if error:
            failed += 1
            report = {"line": number, "error": error}
            if isinstance(record, dict) and "id" in record:
                report = {"line": number, "id": record["id"], "error": error}
            click.echo(dumps(report), err=True)
            continue
        yield record
    if failed:
        sys.stdout.flush()
        sys.exit(EXIT_DROPPED)


def _record(line: str, fields: tuple[str, ...], words_in: tuple[str, ...]) -> tuple[object, str | None]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"not JSON: {exc}"
    if not isinstance(record, dict):
        return record, "not a JSON object"
    for field in dict.fromkeys(fields + words_in):
        if not isinstance(record.get(field) or "", str):
            return record, f"{field!r} is not a string"
    if words_in and not any(ch.isalpha() for field in words_in for ch in record.get(field) or ""):
        names = " or ".join(repr(f) for f in words_in).replace(" or ", ", ", len(words_in) - 2)
        return record, f"no words in {names}"
    return record, None
