"""CPU cost of the language layer (the ``Understand`` step) per article, by sub-stage, on unseen text.

    .venv/bin/python bench/nlp_speed.py                 # 3,000 distinct VNTC articles, cold then warm
    .venv/bin/python bench/nlp_speed.py -n 500 --profile 30   # also the 30 costliest functions (cProfile)

Ingest sees every article once, so the number that matters is the **cold** pass: N distinct VNTC
texts (the test sample, then train, exact duplicates skipped), each run once through
``Understand.apply`` in one process, after the models were loaded on a few other articles. Per-token
caches only hold what earlier articles of the run put there, as in a long ingest. The **warm** pass
runs the same articles again: every cache hits, which is the floor of what caching can give.

Each sub-stage is timed by wrapping the module functions the step calls (``STAGES``); a stage's
time excludes the stages it calls, so the stages add up to the step's total and "other" is what
no stage covers (the step's own work, building the result). Times are CPU time
(``time.process_time``), so other load on a shared machine counts little; articles/s is per core.
Dates (``timex.resolve_dates``) are not part of the step (articles have no field for them yet);
their cost is measured on the side, on the same texts.

The data are read from ../shared/data/vntc and never copied; when they are absent the script says
so and exits with status 2.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import pstats
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from bantin.nlp.train.ud import VNTC_DIR, vntc_texts
from bantin.text.normalize import clean_text
from bantin.types import Article

HERE = Path(__file__).resolve().parent
FILES = ("test-sample.jsonl.gz", "train.jsonl.gz")
# Articles used to load the models before the timed passes (not among the N timed ones).
WARM_UP_ARTICLES = 5

# (module, function, stage label): the functions the step reaches, timed exclusive of each other.
# A function absent from its module is skipped, so the bench runs on older and newer code alike.
STAGES = (
    ("bantin.nlp.topics", "classify", "topic"),
    ("bantin.nlp.entities", "token_data", "tokenise (entities)"),
    ("bantin.nlp.places", "token_data", "tokenise (entities)"),
    ("bantin.nlp.entities", "find_entities", "entities"),
    ("bantin.nlp.places", "article_provinces", "places"),
    ("bantin.nlp.keyphrases", "clean_text", "keyphrases: clean_text"),
    ("bantin.nlp.keyphrases", "tokenize", "keyphrases: tokenise"),
    ("bantin.nlp.keyphrases", "segment_tokens", "segmentation"),
    ("bantin.nlp.keyphrases", "keyphrases_from_words", "keyphrases: scoring"),
)


class StageTimers:
    """CPU seconds per stage label; nested timed calls are charged to their own stage only."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self._nested: list[float] = []  # per open timed call, CPU time of the timed calls inside it

    def wrap(self, label: str, function):
        def timed(*args, **kwargs):
            self._nested.append(0.0)
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.process_time() - start
                self.spent[label] += elapsed - self._nested.pop()
                if self._nested:
                    self._nested[-1] += elapsed

        timed.__wrapped__ = function
        return timed

    def install(self) -> list[str]:
        """Wrap every stage function found; returns the labels installed."""
        labels = []
        for module_name, attribute, label in STAGES:
            module = importlib.import_module(module_name)
            function = getattr(module, attribute, None)
            if callable(function) and not hasattr(function, "__wrapped__timer__"):
                wrapped = self.wrap(label, function)
                wrapped.__wrapped__timer__ = True
                setattr(module, attribute, wrapped)
                labels.append(label)
        return list(dict.fromkeys(labels))


def distinct_articles(n: int) -> list[Article]:
    """``n`` + WARM_UP_ARTICLES VNTC articles with distinct texts, as extraction would give them."""
    seen: set[str] = set()
    articles: list[Article] = []
    for name in FILES:
        for record in vntc_texts(name):
            text = clean_text(record["text"])
            if text in seen:
                continue
            seen.add(text)
            title, _, body = text.partition("\n")
            articles.append(Article(url=f"vntc:{record['id']}", source="vntc", title=title, text=body.strip(), language="vi"))
            if len(articles) == n + WARM_UP_ARTICLES:
                return articles
    return articles


def one_pass(step, articles: list[Article], timers: StageTimers) -> tuple[float, Counter[str]]:
    """Total CPU seconds of ``step.apply`` over the articles, and the stage split of it."""
    timers.spent.clear()
    total = 0.0
    for article in articles:
        start = time.process_time()
        step.apply(article)
        total += time.process_time() - start
    return total, Counter(timers.spent)


def dates_seconds(articles: list[Article]) -> float:
    from bantin.nlp.timex import resolve_dates

    published = datetime(2009, 6, 1, 8, 0)
    start = time.process_time()
    for article in articles:
        resolve_dates(article.text, published)
    return time.process_time() - start


def report(name: str, total: float, spent: Counter[str], labels: list[str], n: int) -> list[str]:
    lines = [f"{name}: {1000 * total / n:.2f} ms/article, {n / total:,.0f} articles/s per core"]
    for label in labels:
        lines.append(f"  {label:<26} {1000 * spent[label] / n:6.2f} ms")
    lines.append(f"  {'other (the step itself)':<26} {1000 * (total - sum(spent.values())) / n:6.2f} ms")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=3000, help="distinct articles (default 3000)")
    parser.add_argument("--profile", type=int, default=0, metavar="K",
                        help="also profile the cold pass with cProfile and print its K costliest functions")
    args = parser.parse_args(argv)
    missing = [name for name in FILES if not (VNTC_DIR / name).exists()]
    if missing:
        print(f"VNTC data absent ({VNTC_DIR}: {', '.join(missing)} missing): nothing measured.", file=sys.stderr)
        return 2

    from bantin.nlp.step import Understand

    articles = distinct_articles(args.n)
    warm_up, articles = articles[:WARM_UP_ARTICLES], articles[WARM_UP_ARTICLES:]
    n = len(articles)
    syllables = sum(len(a.title.split()) + len(a.text.split()) for a in articles) / max(n, 1)
    step = Understand()
    for article in warm_up:  # models load here, not in the timed passes
        step.apply(article)
    timers = StageTimers()
    labels = timers.install()
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    cold, cold_split = one_pass(step, articles, timers)
    if profiler:
        profiler.disable()
    warm, warm_split = one_pass(step, articles, timers)
    dates = dates_seconds(articles)

    print(f"{n:,} distinct VNTC articles (mean {syllables:,.0f} whitespace tokens), CPU time, one process")
    if n < args.n:
        print(f"(only {n:,} distinct articles found, {args.n:,} asked)")
    print("\n".join(report("cold (each text seen once)", cold, cold_split, labels, n)))
    print("\n".join(report("warm (the same texts again)", warm, warm_split, labels, n)))
    print(f"dates (resolve_dates, not in the step): {1000 * dates / n:.2f} ms/article")
    if profiler:
        stream = io.StringIO()
        note = "(cProfile overhead inflates these; read them as shares)"
        pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(args.profile)
        print(f"\ncold pass, costliest functions by own time {note}:")
        print(stream.getvalue().split("\n", 4)[-1].strip("\n"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
