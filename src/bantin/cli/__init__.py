"""The command line. Each module registers its commands on the one ``bantin`` group."""

from bantin.cli import core  # noqa: F401  (registers ingest, extract, search, stats)
from bantin.cli import crawl  # noqa: F401  (registers sources, crawl, watch)
from bantin.cli import nlp  # noqa: F401  (the nlp group; its commands live in nlp_*.py)
from bantin.cli import nlp_text  # noqa: F401  (nlp segment, topic, keyphrases, train-*)
from bantin.cli import nlp_entities  # noqa: F401  (nlp entities, places)
from bantin.cli import connect  # noqa: F401  (connect, duplicates, syndication, stories, trends, top, alerts)
from bantin.cli import web  # noqa: F401  (serve, report, export)
from bantin.cli import spark  # noqa: F401  (spark run, import)
from bantin.cli.app import cli, main

__all__ = ["cli", "main"]
