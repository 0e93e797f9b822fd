"""The ``bantin nlp`` group: the Vietnamese language layer, one command per task (stdin/stdout)."""

from __future__ import annotations

from bantin.cli.app import cli


@cli.group()
def nlp() -> None:
    """Vietnamese language tools: segment, entities, topic, keyphrases."""
