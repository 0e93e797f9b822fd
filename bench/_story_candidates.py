"""Candidate events for the labelled story set: VNTC articles of different sources that look like
the same event (bantin's own story terms, cosine >= --min), grouped, printed with their first
lines for a person to check by reading. Verified groups go to bench/data/stories_vntc.jsonl as
references only ({"event", "ids"}), never texts.

    .venv/bin/python bench/_story_candidates.py [--min 0.45] [--topic "Chinh tri Xa hoi"] > /tmp/candidates.txt
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import defaultdict
from pathlib import Path

from bantin.connect.terms import weighted_terms

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "vntc"
SOURCE = re.compile(r"_\s*(VNE|TT|TN|NLD)_")


def load(topic: str | None):
    for name in ("train.jsonl.gz", "test-sample.jsonl.gz"):
        with gzip.open(DATA / name, "rt", encoding="utf-8") as lines:
            for line in lines:
                doc = json.loads(line)
                if topic is None or doc["topic"] == topic:
                    yield doc


def split(text: str) -> tuple[str, str]:
    lines = [x.strip() for x in text.strip().splitlines() if x.strip()]
    return (lines[0], "\n".join(lines[1:])) if lines else ("", "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--min", type=float, default=0.45)
    parser.add_argument("--max", type=float, default=0.95, help="above: copies, not separate reports")
    parser.add_argument("--topic")
    args = parser.parse_args()
    docs, vectors = [], []
    for doc in load(args.topic):
        title, body = split(doc["text"])
        docs.append((doc["id"], SOURCE.search(doc["id"]).group(1) if SOURCE.search(doc["id"]) else "?", title, body[:200]))
        vectors.append(weighted_terms(title, "", body))
    index = defaultdict(list)
    for i, v in enumerate(vectors):
        for t in v:
            index[t].append(i)
    parent = list(range(len(docs)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, v in enumerate(vectors):
        scores = defaultdict(float)
        for t, w in v.items():
            if len(index[t]) > 300:
                continue
            for j in index[t]:
                if j > i:
                    scores[j] += w * vectors[j][t]
        for j, s in scores.items():
            if args.min <= s <= args.max and docs[i][1] != docs[j][1]:
                parent[find(j)] = find(i)
    groups = defaultdict(list)
    for i in range(len(docs)):
        groups[find(i)].append(i)
    for members in sorted((m for m in groups.values() if len(m) > 1), key=len, reverse=True):
        print("=" * 80)
        for i in members:
            print(f"{docs[i][0]} | {docs[i][1]} | {docs[i][2][:110]}\n    " + docs[i][3][:160].replace("\n", " "))


if __name__ == "__main__":
    main()
