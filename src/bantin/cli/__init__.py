"""The command line. Each module registers its commands on the one ``bantin`` group."""

from bantin.cli import (
    connect,  # noqa: F401  (connect, duplicates, syndication, stories, trends, top, alerts)
    core,  # noqa: F401  (registers ingest, extract, search, stats)
    crawl,  # noqa: F401  (registers sources, crawl, watch)
    nlp,  # noqa: F401  (the nlp group; its commands live in nlp_*.py)
    nlp_entities,  # noqa: F401  (nlp entities, places)
    nlp_text,  # noqa: F401  (nlp segment, topic, keyphrases, train-*)
    spark,  # noqa: F401  (spark run, import)
    web,  # noqa: F401  (serve, report, export)
)
from bantin.cli.app import cli, main

__all__ = ["cli", "main"]
