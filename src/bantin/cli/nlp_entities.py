"""``bantin nlp entities`` and ``bantin nlp places``: named entities and provinces of JSONL records."""

from __future__ import annotations

import sys

import click

from bantin.cli.app import dumps
from bantin.cli.nlp import jsonl_records, nlp


@nlp.command()
@click.option("--jsonl", "as_jsonl", is_flag=True, required=True,
              help='Read {"id", "text"} lines, print {"id", "entities"} lines.')
def entities(as_jsonl: bool) -> None:
    """Persons (with titles), organisations and places of each {"id", "text"} line of stdin.

    Prints {"id", "entities": [{"text", "type", "start", "end", "canonical", "title"}]} with
    character offsets into "text"; "canonical" merges mentions across articles.

    \b
    $ echo '{"id": 1, "text": "Đại tá Lã Văn Hào làm việc với UBND tỉnh Bắc Kạn."}' | bantin nlp entities --jsonl
    """
    from bantin.nlp.entities import find_entities

    for record in jsonl_records(sys.stdin, words_in=("text",)):
        found = find_entities(record.get("text") or "")
        click.echo(dumps({
            "id": record.get("id"),
            "entities": [
                {"text": e.text, "type": e.type, "start": e.start, "end": e.end, "canonical": e.canonical, "title": e.title}
                for e in found
            ],
        }))


@nlp.command()
@click.option("--jsonl", "as_jsonl", is_flag=True, required=True,
              help='Read {"id", "title", "lead", "text"} lines, print {"id", "provinces"} lines.')
def places(as_jsonl: bool) -> None:
    """Provinces each {"id", "title", "lead", "text"} line of stdin is about, weightiest first.

    Prints {"id", "provinces": [{"name", "name_2025", "weight", "mentions"}]}: "name" is one of the
    63 provinces before 1 July 2025, "name_2025" the one of the 34 it belongs to since.
    """
    from bantin.nlp.places import article_provinces

    for record in jsonl_records(sys.stdin, words_in=("title", "lead", "text")):
        found = article_provinces(record.get("title") or "", record.get("lead") or "", record.get("text") or "")
        click.echo(dumps({
            "id": record.get("id"),
            "provinces": [{"name": p.name, "name_2025": p.name_2025, "weight": p.weight, "mentions": p.mentions} for p in found],
        }))
