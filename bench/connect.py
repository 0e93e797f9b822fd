"""bench/connect.py: the connect stages on real text.

1. Load (``--load N``, default 20,000): N VNTC articles (train, then test-sample) with synthetic
   dates (300 a day), of which 5% get one to three planted near-copies on other "sources" hours
   later (a sentence dropped or added, a new headline, a credit line, words changed), written
   straight into a store with ``store.write_batch`` (no HTML extraction, no language layer: the
   connect stages alone are measured). Reports the time and peak memory of ``connect``, the
   recall and precision of the duplicate groups on the planted copies, and the time to add one
   more day to the loaded archive (the incremental path).
2. Stories (``--stories``): B-cubed precision, recall and F1 of the stories on the labelled set
   ``bench/data/stories_demo.jsonl`` (the demo corpus, ingested with its own dates) and
   ``bench/data/stories_vntc.jsonl`` (VNTC events checked by reading, with distractors; the
   language layer runs on them; all dated within one 48-hour window, so time cannot help).
   ``--tune`` prints B-cubed F1 over a grid of the stories' constants; ``--tune-places`` over the
   grid of the rule that keeps events in different provinces apart (``MAIN_PLACE_WEIGHT``,
   ``DISTINCT_PLACES_SCORE``; a score of 0 turns the rule off).

Datasets are read from ../shared/data and never copied; the script says so when they are absent.

    .venv/bin/python bench/connect.py --stories
    .venv/bin/python bench/connect.py --load 20000
    .venv/bin/python bench/connect.py --load 100000      # the full run
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timedelta
from itertools import combinations
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
VNTC = ROOT.parent / "shared" / "data" / "vntc"
VN = ZoneInfo("Asia/Ho_Chi_Minh")
SOURCE = re.compile(r"_\s*(VNE|TT|TN|NLD)_")
PER_DAY = 300
COPY_SHARE = 0.05
START = datetime(2024, 1, 1, 6, 0, tzinfo=VN)


def rss_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss, not inherited across fork+exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def vntc_docs():
    for name in ("train.jsonl.gz", "test-sample.jsonl.gz"):
        with gzip.open(VNTC / name, "rt", encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)


def split(text: str) -> tuple[str, str]:
    lines = [x.strip() for x in text.strip().splitlines() if x.strip()]
    return (lines[0][:200], "\n".join(lines[1:]) or lines[0]) if lines else ("", "")


def require_vntc() -> None:
    if not (VNTC / "train.jsonl.gz").exists():
        sys.exit(f"VNTC is absent ({VNTC}/train.jsonl.gz): this bench needs ../shared/data/vntc")


# -- planted copies ----------------------------------------------------------------------------

CREDITS = ["Theo TTXVN", "Theo VOV", "(Theo Báo Tin tức)", "Nguồn: Cổng thông tin điện tử Chính phủ"]
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def near_copy(title: str, text: str, rng: random.Random, filler: str) -> tuple[str, str]:
    """A syndicated copy, edited as Vietnamese sites edit: two or three of these edits."""
    sentences = SENTENCE.split(text)
    edits = rng.sample(["drop", "add", "title", "credit", "words"], k=rng.choice([2, 3]))
    if "drop" in edits and len(sentences) > 3:
        del sentences[rng.randrange(1, len(sentences))]
    if "add" in edits:
        sentences.insert(rng.randrange(1, len(sentences) + 1), filler)  # a local paragraph, at most 40 words
    if "words" in edits:
        words = " ".join(sentences).split(" ")
        for _ in range(max(1, len(words) // 40)):  # ~2.5% of the words changed or dropped
            i = rng.randrange(len(words))
            words[i] = rng.choice(["", "các", "những", "đã", words[i].upper()])
        sentences = [" ".join(w for w in words if w)]
    if "title" in edits:
        title = rng.choice(["Tin mới: ", "Nóng: ", ""]) + " ".join(reversed(title.split(" ", 3)))
    if "credit" in edits:
        sentences.append(rng.choice(CREDITS))
    return title, " ".join(sentences)


def mosaics(docs: list[dict], rng: random.Random):
    """Beyond VNTC's 35,759 texts: articles of 8-20 sentences drawn at random from all of VNTC's
    sentences (realistic Vietnamese for the stages' costs; no two share more than chance)."""
    pool = [s for d in docs for s in SENTENCE.split(split(d["text"])[1]) if 40 <= len(s) <= 400]
    k = 0
    while True:
        body = [rng.choice(pool) for _ in range(rng.randint(8, 20))]
        yield {"id": f"MOSAIC_{rng.choice(['VNE', 'TT', 'TN', 'NLD'])}_ ({k})", "text": body[0][:120] + "\n" + " ".join(body[1:])}
        k += 1


def load_articles(n: int, seed: int = 1):
    """(articles, family of each planted url): originals and copies, in publication order."""
    from bantin.types import Article

    rng = random.Random(seed)
    docs = list(vntc_docs())
    articles, family = [], {}
    originals = int(n / (1 + COPY_SHARE * 2))
    fillers = mosaics(docs, random.Random(seed + 1))
    source_docs = docs[:originals] if originals <= len(docs) else docs + [next(fillers) for _ in range(originals - len(docs))]
    for i, doc in enumerate(source_docs):
        title, text = split(doc["text"])
        source = (SOURCE.search(doc["id"]).group(1).lower() if SOURCE.search(doc["id"]) else "vntc") + ".vn"
        moment = START + timedelta(days=i // PER_DAY, minutes=rng.randrange(0, 16 * 60))
        url = f"https://{source}/{i}.html"
        articles.append(Article(url=url, source=source, title=title, text=text, published=moment, extractor="bench"))
        if rng.random() < COPY_SHARE and len(articles) < n:
            family[url] = url
            for k in range(rng.choice([1, 1, 2, 3])):
                filler = " ".join(next(fillers)["text"].split("\n", 1)[1].split(" ")[:40])
                t, x = near_copy(title, text, rng, filler)
                copy_url = f"https://copy{k}-{source}/{i}.html"
                family[copy_url] = url
                articles.append(Article(url=copy_url, source=f"copy{k}-{source}", title=t, text=x,
                                        published=moment + timedelta(hours=rng.uniform(0.5, 30)), extractor="bench"))
    return articles[:n], family


def bench_load(n: int) -> None:
    require_vntc()
    from bantin.connect import connect
    from bantin.settings import ConnectSettings
    from bantin.store.sqlite import SQLiteStore

    articles, family = load_articles(n)
    from collections import Counter

    per_day = Counter(a.published.date() for a in articles)
    last_day = max(d for d, c in per_day.items() if c >= PER_DAY // 2)  # the last full day
    extra = [a for a in articles if a.published.date() == last_day]
    base = [a for a in articles if a.published.date() != last_day]
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "bench.db")
        began = time.perf_counter()
        for start in range(0, len(base), 1000):
            store.write_batch(base[start : start + 1000])
        write_s = time.perf_counter() - began
        rss_before = rss_mb()
        store.close()  # connect runs in a fresh process, so that its memory is its own
        child = subprocess.run([sys.executable, __file__, "--connect-only", str(Path(tmp) / "bench.db")],
                               capture_output=True, text=True, check=True)
        measured = json.loads(child.stdout.splitlines()[-1])
        connect_s, connect_cpu, rss_after, report = (measured["wall"], measured["cpu"], measured["rss_mb"],
                                                     measured["report"])
        store = SQLiteStore(Path(tmp) / "bench.db")
        store.write_batch(extra)
        began = time.perf_counter()
        connect(store, ConnectSettings())
        increment_s = time.perf_counter() - began
        again = connect(store, ConnectSettings())
        url_of = dict(store.conn.execute("SELECT id, url FROM articles"))
        groups = defaultdict(set)
        for article_id, group_id in store.conn.execute("SELECT article_id, group_id FROM duplicates"):
            groups[group_id].add(url_of[article_id])
        db_mb = sum(f.stat().st_size for f in Path(tmp).iterdir()) / 1e6
        store.close()
    predicted = {tuple(sorted(p)) for g in groups.values() for p in combinations(sorted(g), 2)}
    planted = {tuple(sorted(p)) for fam in _families(family).values() for p in combinations(sorted(fam), 2)}
    involved = {p for p in predicted if p[0] in family or p[1] in family}
    recall = len(planted & predicted) / len(planted) if planted else 0.0
    precision = len(planted & involved) / len(involved) if involved else 0.0
    # a predicted pair of a copy and an article outside its family is still right when that article
    # is a natural near-duplicate of the copy's original in VNTC (the same text filed under two
    # topics, a syndicated release): exact 5-gram Jaccard, no MinHash, at the same threshold
    by_url = {a.url: a for a in articles}
    twins = {p for p in involved - planted if _natural_twin(p, family, by_url)}
    precision_twins = len((planted | twins) & involved) / len(involved) if involved else 0.0
    natural = [g for g in groups.values() if not g & family.keys()]
    counts = report["counts"]
    print(f"articles: {len(base):,} + one more day of {len(extra):,} ({len(family) - len(_families(family)):,} planted copies "
          f"of {len(_families(family)):,} originals)")
    print(f"write_batch: {write_s:.1f}s ({len(base) / write_s:,.0f} articles/s)")
    print(f"connect: {connect_s:.1f}s wall, {connect_cpu:.1f}s CPU ({len(base) / connect_s:,.0f} articles/s); "
          f"stages CPU {report['stage_seconds']}")
    print(f"peak RSS of the connect process: {rss_after:.0f} MB (the bench process, which built the articles: "
          f"{rss_before:.0f} MB); store {db_mb:.0f} MB")
    print(f"counts: {counts}")
    print(f"incremental: one more day ({len(extra)} articles) in {increment_s:.2f}s; a run with nothing new: "
          f"{again.seconds:.2f}s, {again.stats.counts.get('connect/articles', 0)} articles")
    print(f"planted copies: recall {recall:.4f} ({len(planted & predicted)}/{len(planted)} pairs), precision "
          f"{precision:.4f} ({len(planted & involved)}/{len(involved)} predicted pairs involving a planted copy); "
          f"{precision_twins:.4f} counting the {len(twins)} pairs with a natural VNTC twin of the original as right")
    print(f"natural duplicate groups among the VNTC originals (not planted): {len(natural)}")


def connect_only(db: str) -> None:
    """The child process of bench_load: connect a written store, print wall, CPU and peak RSS as JSON."""
    from bantin.connect import connect
    from bantin.settings import ConnectSettings
    from bantin.store.sqlite import SQLiteStore

    store = SQLiteStore(db)
    began_cpu, began = time.process_time(), time.perf_counter()
    report = connect(store, ConnectSettings())
    wall, cpu = time.perf_counter() - began, time.process_time() - began_cpu
    store.close()
    print(json.dumps({"wall": wall, "cpu": cpu, "rss_mb": rss_mb(), "report": report.as_dict()}))


def _natural_twin(pair: tuple[str, str], family: dict[str, str], by_url: dict) -> bool:
    from bantin.connect import signatures as sig

    copy, other = pair if pair[0] in family else (pair[1], pair[0])
    origin = by_url[family[copy]]
    shingles = []
    for a in (origin, by_url[other]):
        words = sig.folded_words(a.title, a.lead, a.text)
        shingles.append({tuple(words[i : i + sig.SHINGLE_WORDS]) for i in range(len(words) - sig.SHINGLE_WORDS + 1)})
    union = len(shingles[0] | shingles[1])
    return bool(union) and len(shingles[0] & shingles[1]) / union >= sig.DUPLICATE_THRESHOLD


def _families(family: dict[str, str]) -> dict[str, set[str]]:
    out = defaultdict(set)
    for url, origin in family.items():
        out[origin].add(url)
    return out


# -- stories -----------------------------------------------------------------------------------


def bcubed(clusters: dict[str, int], labels: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 over the labelled items (Bagga & Baldwin 1998)."""
    by_cluster, by_label = defaultdict(set), defaultdict(set)
    for item, label in labels.items():
        by_cluster[clusters[item]].add(item)
        by_label[label].add(item)
    p = r = 0.0
    for item, label in labels.items():
        cluster = by_cluster[clusters[item]]
        same = len(cluster & by_label[label])
        p += same / len(cluster)
        r += same / len(by_label[label])
    p, r = p / len(labels), r / len(labels)
    return p, r, 2 * p * r / (p + r)


def stories_sets():
    """Two stores with their labels: the demo corpus (own dates) and the VNTC events."""
    from bantin import api
    from bantin.nlp.step import Understand
    from bantin.settings import Settings
    from bantin.store.sqlite import SQLiteStore
    from bantin.types import Article

    settings = Settings().with_overrides("ingest", workers=1, progress=False).with_overrides("connect", after_ingest=False)
    sets = []
    demo = SQLiteStore(":memory:")
    api.ingest([ROOT / "demo" / "corpus"], demo, settings=settings)
    labels = {}
    urls = [r[0] for r in demo.conn.execute("SELECT url FROM articles")]
    for line in (ROOT / "bench" / "data" / "stories_demo.jsonl").open(encoding="utf-8"):
        event = json.loads(line)
        for ref in event["urls"]:
            labels[next(u for u in urls if u == ref or u.endswith(ref))] = event["event"]
    sets.append(("demo", demo, labels))
    if not (VNTC / "train.jsonl.gz").exists():
        print(f"VNTC is absent ({VNTC}): the VNTC events are skipped")
        return sets
    events = [json.loads(line) for line in (ROOT / "bench" / "data" / "stories_vntc.jsonl").open(encoding="utf-8")]
    wanted = {i: e["event"] for e in events for i in e["ids"]}
    understand = Understand(settings.nlp)
    rng = random.Random(7)
    articles, labels = [], {}
    for doc in vntc_docs():
        if doc["id"] in wanted and f"https://vntc/{doc['id']}" not in labels:
            title, text = split(doc["text"])
            source = SOURCE.search(doc["id"]).group(1) if SOURCE.search(doc["id"]) else "vntc"
            url = f"https://vntc/{doc['id']}"
            moment = START + timedelta(minutes=rng.randrange(0, 48 * 60))
            articles.append(understand.apply(Article(url=url, source=source, title=title, text=text, published=moment,
                                                     extractor="bench")))
            labels[url] = wanted[doc["id"]]
    vntc = SQLiteStore(":memory:")
    vntc.write_batch(articles)
    sets.append(("vntc", vntc, labels))
    return sets


def score_stories(sets) -> dict[str, tuple[float, float, float]]:
    from bantin.connect import connect
    from bantin.settings import ConnectSettings

    out = {}
    all_clusters, all_labels = {}, {}
    for name, store, labels in sets:
        for table in ("story_articles", "stories", "duplicates", "minhash_bands", "daily_counts", "alerts", "connect_articles"):
            store.conn.execute(f"DELETE FROM {table}")
        connect(store, ConnectSettings())
        clusters = {url: f"{name}:{sid}" for url, sid in store.conn.execute(
            "SELECT a.url, sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id")}
        out[name] = bcubed(clusters, labels)
        all_clusters.update(clusters)
        all_labels.update({u: f"{name}:{l}" for u, l in labels.items()})
    out["all"] = bcubed(all_clusters, all_labels)
    return out


def bench_stories(tune: bool, tune_places: bool = False) -> None:
    from bantin.connect import stories

    sets = stories_sets()
    for name, _, labels in sets:
        events = defaultdict(int)
        for label in labels.values():
            events[label] += 1
        print(f"{name}: {len(labels)} articles, {len(events)} events ({sum(1 for c in events.values() if c > 1)} with 2+ articles)")
    if tune_places:
        for main in (1.0, 2.0, 3.0):
            for score in (0.0, 0.35, 0.4, 0.45, 0.5, 0.6, 0.8):
                stories.MAIN_PLACE_WEIGHT, stories.DISTINCT_PLACES_SCORE = main, score
                s = score_stories(sets)
                print(f"main place weight {main:.1f} distinct places score {score:.2f}: "
                      + "  ".join(f"{k} P {v[0]:.3f} R {v[1]:.3f} F1 {v[2]:.3f}" for k, v in s.items()))
        return
    if tune:
        for threshold in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
            for entity in (0.0, 0.15, 0.3):
                for place in (0.0, 0.05, 0.1):
                    stories.STORY_THRESHOLD, stories.ENTITY_WEIGHT, stories.PLACE_WEIGHT = threshold, entity, place
                    s = score_stories(sets)
                    print(f"threshold {threshold:.2f} entity {entity:.2f} place {place:.2f}: "
                          + "  ".join(f"{k} F1 {v[2]:.3f}" for k, v in s.items()))
        return
    for name, (p, r, f) in score_stories(sets).items():
        print(f"B-cubed {name}: precision {p:.3f} recall {r:.3f} F1 {f:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--load", type=int, metavar="N", help="articles for the throughput bench (default 20000)")
    parser.add_argument("--stories", action="store_true", help="B-cubed of the stories on the labelled set")
    parser.add_argument("--tune", action="store_true", help="grid over the stories' constants")
    parser.add_argument("--tune-places", action="store_true", help="grid over the different-provinces rule")
    parser.add_argument("--connect-only", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.connect_only:
        connect_only(args.connect_only)
        return
    if args.stories or args.tune or args.tune_places:
        bench_stories(args.tune, args.tune_places)
    if args.load or not (args.stories or args.tune or args.tune_places):
        bench_load(args.load or 20_000)


if __name__ == "__main__":
    main()
