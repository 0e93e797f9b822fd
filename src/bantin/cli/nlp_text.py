"""``bantin nlp`` commands for text: segment, topic, keyphrases, and training their models."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from bantin.cli.app import dumps, fail
from bantin.cli.nlp import nlp


def _jsonl(stream):
    """The objects of a JSONL stream; a malformed line is a usage error naming its line number."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            fail(f"stdin line {number}: not JSON ({exc.msg})")
        if not isinstance(record, dict):
            fail(f"stdin line {number}: not a JSON object")
        yield record


@nlp.command()
def segment() -> None:
    """Segment lines of stdin into words: syllables of one word joined by "_".

    \b
    $ echo "Bệnh viện Bạch Mai tiếp nhận nhiều bệnh nhân." | bantin nlp segment
    Bệnh_viện Bạch_Mai tiếp_nhận nhiều bệnh_nhân .
    """
    from bantin.nlp.segment import segment_line

    for line in sys.stdin:
        click.echo(segment_line(line.rstrip("\n")))


@nlp.command("train-segmenter")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Model folder (default: the package's models/).")
def train_segmenter(out: Path | None) -> None:
    """Train the word segmenter on UD Vietnamese-VTB train and VNTC bigrams (../shared/data)."""
    from bantin.nlp.train import segmenter

    out = out or segmenter.MODELS
    try:
        segmenter.train(out, log=lambda m: click.echo(m, err=True))
    except FileNotFoundError as exc:
        fail(f"training data not found: {exc.filename}")
    score = segmenter.evaluate(out)
    click.echo(f"UD-VTB dev: word F1 {score.f1:.4f} (P {score.precision:.4f}, R {score.recall:.4f}, {score.words:,} words)")
