"""The ``bantin nlp`` group: the Vietnamese language layer, one command per task (stdin/stdout)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from bantin.cli.app import cli, fail


@cli.group()
def nlp() -> None:
    """Vietnamese language tools: segment, entities, topic, keyphrases."""


def jsonl_records(stream: Iterable[str], fields: tuple[str, ...] = ()) -> Iterator[dict]:
    """The objects of a JSONL stream; a malformed line, or a listed field that is not a string, is a
    usage error naming its line number."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            fail(f"stdin line {number}: not JSON ({exc.msg})")
        if not isinstance(record, dict):
            fail(f"stdin line {number}: not a JSON object")
        for field in fields:
            if not isinstance(record.get(field, ""), str):
                fail(f"stdin line {number}: {field!r} is not a string")
        yield record
