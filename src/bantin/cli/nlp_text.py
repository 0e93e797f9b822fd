"""``bantin nlp`` commands for text: segment, topic, keyphrases, and training their models."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bantin.cli.app import dumps, fail
from bantin.cli.nlp import jsonl_records, nlp


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


@nlp.command()
@click.option("--jsonl", "as_jsonl", is_flag=True, required=True,
              help='Read {"id", "text"} lines, print {"id", "topic", "confidence"} lines.')
def topic(as_jsonl: bool) -> None:
    """Classify articles into the ten VNTC topics ("Thể thao", "Pháp luật", ...).

    The confidence is a softmax of the classifier's scores: good for ranking and thresholds, not a
    calibrated probability.
    """
    from bantin.nlp.topics import model

    topic_model = model()
    for record in jsonl_records(sys.stdin, words_in=("text",)):
        label, confidence = topic_model.classify(str(record.get("text") or ""))
        click.echo(dumps({"id": record.get("id"), "topic": label, "confidence": round(confidence, 4)}))


@nlp.command("train-topics")
@click.option("--data", type=click.Path(dir_okay=False, path_type=Path), help="VNTC train JSONL.gz (default: ../shared/data/vntc/train.jsonl.gz).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Model file (default: the package's models/topics.npz).")
def train_topics(data: Path | None, out: Path | None) -> None:
    """Train the topic classifier on VNTC train (fixed seeds: the same data gives the same model)."""
    try:
        import sklearn  # noqa: F401

        from bantin.nlp.train import topics
    except ImportError:
        fail("training needs scikit-learn: pip install -e '.[train]'")
    data = data or topics.VNTC_DIR / "train.jsonl.gz"
    if not data.exists():
        fail(f"training data not found: {data}")
    topics.train(data, out or topics.OUT, log=click.echo)


@nlp.command()
@click.option("--jsonl", "as_jsonl", is_flag=True, required=True,
              help='Read {"id", "title", "text"} lines, print {"id", "keyphrases": [[phrase, score], ...]} lines.')
@click.option("-n", "count", type=click.IntRange(1, 100), default=10, show_default=True, help="Keyphrases per article.")
def keyphrases(as_jsonl: bool, count: int) -> None:
    """The keyphrases of each article, best first, with scores (the best is 1.0)."""
    from bantin.nlp.keyphrases import keyphrases as extract

    for record in jsonl_records(sys.stdin, words_in=("title", "text")):
        phrases = extract(str(record.get("title") or ""), str(record.get("text") or ""), count)
        click.echo(dumps({"id": record.get("id"), "keyphrases": [[p, s] for p, s in phrases]}))
