"""Evaluate bantin's Vietnamese language layer and print one table.

    .venv/bin/python bench/nlp_eval.py [--quick] [--topics]

- word segmentation: word F1 on UD Vietnamese-VTB dev (a predicted word counts if its character span
  matches a gold word), with a paired-bootstrap 95 % interval of each difference to bantin, and speed
  on whole VNTC articles, bantin vs underthesea vs pyvi (where installed);
- topics: accuracy and macro-F1 on the VNTC test sample, bantin vs a TF-IDF (1-2 grams, max_df 0.5)
  + LinearSVC baseline trained in the same run on VNTC train (``--quick`` skips the baseline);
- model sizes; articles per second on one core for segment, topic, keyphrases and all three, entities,
  places, and the whole ``Understand`` step as ingest runs it;
- NER rows from bench/_ner_eval.py when that file exists.

Datasets are read from ../shared/data and never copied; a missing one is reported as absent.
Timings are best-of-3 CPU time (process time, so other load on a shared machine counts less) on the
same articles, in one process: compare ratios, not absolute numbers.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

import numpy as np

from bantin.nlp.train.ud import UD_DIR, VNTC_DIR, spans, ud_split, vntc_texts, word_f1

HERE = Path(__file__).resolve().parent
SPEED_ARTICLES = 200
REPEATS = 3
# Resamples of the dev sentences for the interval of a segmentation F1 difference (2,000 give the
# interval's ends to about ±0.0002).
BOOTSTRAP = 2000


def best_time(function, items) -> float:
    function(items[0])  # warm: models load, caches fill
    best = float("inf")
    for _ in range(REPEATS):
        started = time.process_time()
        for item in items:
            function(item)
        best = min(best, time.process_time() - started)
    return best


def segmenters() -> dict[str, object]:
    from bantin.nlp.segment import segment

    found = {"bantin": segment}
    try:
        from underthesea import word_tokenize

        word_tokenize("Việt Nam")  # its CRF ships in the package; this fails if it wanted the network
        found["underthesea"] = word_tokenize
    except Exception as exc:  # noqa: BLE001  (not installed, or its model unavailable offline)
        found["underthesea"] = f"unavailable ({type(exc).__name__})"
    try:
        from pyvi import ViTokenizer

        found["pyvi"] = lambda text: [w.replace("_", " ") for w in ViTokenizer.tokenize(text).split()]
    except Exception as exc:  # noqa: BLE001
        found["pyvi"] = f"unavailable ({type(exc).__name__})"
    return found


def sentence_counts(predicted, gold) -> np.ndarray:
    """Per sentence: words right, words predicted, gold words."""
    return np.array([(len(spans(p) & spans(g)), len(spans(p)), len(spans(g))) for p, g in zip(predicted, gold, strict=True)])


def counts_f1(counts: np.ndarray) -> float:
    right, predicted, gold = counts.sum(axis=0)
    return 2 * right / (predicted + gold)


def bootstrap_difference(ours: np.ndarray, theirs: np.ndarray) -> tuple[float, float]:
    """95 % interval of the F1 difference, by a paired bootstrap over sentences (BOOTSTRAP samples)."""
    rng = np.random.default_rng(57)
    differences = []
    for _ in range(BOOTSTRAP):
        rows = rng.integers(0, len(ours), len(ours))
        differences.append(counts_f1(ours[rows]) - counts_f1(theirs[rows]))
    low, high = np.percentile(differences, [2.5, 97.5])
    return float(low), float(high)


def segmentation_rows(articles: list[str]) -> list[list[str]]:
    if not (UD_DIR / "vi_vtb-ud-dev.conllu").exists():
        return [["segmentation", "-", f"UD-VTB absent ({UD_DIR})", "", ""]]
    dev = ud_split("dev")
    syllables = sum(len(a.split()) for a in articles)
    rows, counts = [], {}
    for name, function in segmenters().items():
        if isinstance(function, str):
            rows.append(["segmentation", name, function, "", ""])
            continue
        predicted = [function(s.text) for s in dev]
        score = word_f1(predicted, [s.words for s in dev])
        counts[name] = sentence_counts(predicted, [s.words for s in dev])
        if name != "bantin":
            low, high = bootstrap_difference(counts["bantin"], counts[name])
            score_note = f"; bantin − {name} {counts_f1(counts['bantin']) - counts_f1(counts[name]):+.4f} [95% CI {low:+.4f}, {high:+.4f}]"
        else:
            score_note = ""
        speed = ""
        if articles:
            seconds = best_time(function, articles)
            speed = f"{syllables / seconds:,.0f} syllables/s ({len(articles) / seconds:,.0f} articles/s)"
        rows.append(["segmentation", name, f"UD-VTB dev word F1 {score.f1:.4f} (P {score.precision:.4f} R {score.recall:.4f}){score_note}", speed, ""])
    return rows


def accuracy_interval(accuracy: float, n: int) -> tuple[float, float]:
    """Wilson 95 % interval of an accuracy measured on n articles."""
    z = 1.96
    centre = (accuracy + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(accuracy * (1 - accuracy) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return float(centre - half), float(centre + half)


def topic_rows(quick: bool) -> list[list[str]]:
    from bantin.nlp.topics import TOPICS, classify
    from bantin.nlp.train.topics import read, scores

    test_path = VNTC_DIR / "test-sample.jsonl.gz"
    if not test_path.exists():
        return [["topics", "-", f"VNTC absent ({VNTC_DIR})", "", ""]]
    texts, labels, _ = read(test_path)
    accuracy, macro = scores([label for label, _ in classify(texts)], labels)
    low, high = accuracy_interval(accuracy, len(labels))
    rows = [["topics", "bantin (hashed syllable 1-2 grams + headline ones x2, LinearSVC (+ complement NB), float16)", f"VNTC test-sample accuracy {accuracy:.4f} [95% CI {low:.3f}, {high:.3f}], macro-F1 {macro:.4f}", "", ""]]
    if quick:
        return rows
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    train_texts, train_labels, _ = read(VNTC_DIR / "train.jsonl.gz")
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), max_df=0.5)
    svm = LinearSVC(random_state=57).fit(vectorizer.fit_transform(train_texts), train_labels)
    accuracy, macro = scores(list(svm.predict(vectorizer.transform(texts))), labels)
    rows.append(["topics", "baseline TF-IDF(1-2, max_df .5) + LinearSVC", f"VNTC test-sample accuracy {accuracy:.4f}, macro-F1 {macro:.4f}", "", ""])
    assert set(TOPICS.values()) >= set(labels)
    return rows


def size_rows() -> list[list[str]]:
    models = HERE.parent / "src" / "bantin" / "nlp" / "models"
    files = sorted(models.glob("*"))
    total = sum(f.stat().st_size for f in files)
    detail = ", ".join(f"{f.name} {f.stat().st_size / 1e6:.2f}" for f in files)
    return [["model sizes", "bantin/nlp/models", f"{total / 1e6:.2f} MB in all", detail + " (MB)", ""]]


def throughput_rows(records: list[dict]) -> list[list[str]]:
    from bantin.nlp.keyphrases import keyphrases
    from bantin.nlp.segment import segment
    from bantin.nlp.topics import classify

    def title_and_text(record):
        title, _, text = record["text"].strip().partition("\n")
        return title, text

    def all_three(record):
        title, text = title_and_text(record)
        segment(record["text"])
        classify([record["text"]])
        keyphrases(title, text)

    from bantin.nlp.entities import find_entities
    from bantin.nlp.places import article_provinces
    from bantin.nlp.step import Understand
    from bantin.types import Article

    understand = Understand()
    articles = {}

    def article(record):
        if id(record) not in articles:
            title, text = title_and_text(record)
            articles[id(record)] = Article(url=f"bench:{id(record)}", source="bench", title=title, text=text.strip(), language="vi")
        return articles[id(record)]

    steps = {
        "segment": lambda r: segment(r["text"]),
        "topic": lambda r: classify([r["text"]]),
        "keyphrases (segments again)": lambda r: keyphrases(*title_and_text(r)),
        "segment + topic + keyphrases": all_three,
        "entities": lambda r: find_entities(article(r).text),
        "places": lambda r: article_provinces(article(r).title, article(r).lead, article(r).text),
        "Understand step (entities, places, topic, keyphrases)": lambda r: understand.apply(article(r)),
    }
    words = sum(len(r["text"].split()) for r in records) / max(len(records), 1)
    rows = []
    for name, function in steps.items():
        seconds = best_time(function, records)
        rows.append(["throughput (1 core)", name, f"{len(records) / seconds:,.0f} articles/s", f"VNTC articles, mean {words:,.0f} syllables", ""])
    return rows


def ner_rows() -> list[list[str]]:
    path = HERE / "_ner_eval.py"
    if not path.exists():
        return [["NER", "-", "NER: see bench/_ner_eval.py (not present)", "", ""]]
    spec = importlib.util.spec_from_file_location("_ner_eval", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
        results = module.run()
    except Exception as exc:  # noqa: BLE001  (another engineer's script: report, don't lose the table)
        return [["NER", "-", f"bench/_ner_eval.py failed: {type(exc).__name__}: {exc}", "", ""]]

    def number(value) -> str:
        return f"{value:.3f}" if isinstance(value, int | float) else "-"

    return [["NER", f"{r.get('system')} {r.get('type')}",
             f"P {number(r.get('precision'))} R {number(r.get('recall'))} F1 {number(r.get('f1'))}",
             f"{r.get('sentences')} sentences", ""] for r in results]


def render(rows: list[list[str]]) -> str:
    header = ["task", "system", "quality", "speed / detail"]
    rows = [r[:4] for r in rows]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(4)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="Skip training the topic baseline.")
    parser.add_argument("--topics", action="store_true", help="Only the topic rows (bantin and the baseline).")
    args = parser.parse_args(argv)
    if args.topics:
        print(render(topic_rows(args.quick)))
        return 0
    records = []
    if (VNTC_DIR / "test-sample.jsonl.gz").exists():
        records = list(vntc_texts("test-sample.jsonl.gz", limit=SPEED_ARTICLES))
    else:
        print(f"VNTC absent ({VNTC_DIR}): no speed or topic numbers", file=sys.stderr)
    rows = segmentation_rows([r["text"] for r in records])
    rows += topic_rows(args.quick)
    rows += size_rows()
    if records:
        rows += throughput_rows(records)
    rows += ner_rows()
    print(render(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
