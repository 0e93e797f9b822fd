"""Named entities: bantin vs underthesea on our own annotated dev set (bench/data/ner_dev.jsonl).

    .venv/bin/python bench/_ner_eval.py            # the table, and entity-finding speed on VNTC
    .venv/bin/python bench/_ner_eval.py --errors   # also every miss and false alarm of bantin

The sentences come from the VNTC news corpus in ../shared/data/vntc (not copied here): each line of
the dev set points to one sentence by document id and character offsets, with the sentence's SHA-1
to detect drift, and lists its entities as [start, end, type, title] relative to the sentence.
underthesea (not a bantin dependency: ``pip install underthesea==9.5.0`` in the venv) is scored on
the same sentences with the same conventions; it runs its bundled CRF model, offline.

Annotation guideline (applied to all 335 sentences, one per document, drawn with a fixed seed from
the ten VNTC topics; sentences with at least three capitalised words after the first one):

- PER: a person's name, also a given name alone ("Vân", "anh Đức") and foreign names, WITHOUT the
  title or the honorific ("ông", "bà", "anh", "đồng chí"). Initials alone ("ông B.") are not marked.
- title (attribute of a PER): the title, rank or position written right before the name ("Đại tá",
  "Bộ trưởng Bộ GTVT", "Thủ tướng Israel", "HLV", "GS", lowercase ones too: "tiền đạo", "trung tá"),
  and a position written right after the name after a comma, joined with ", ". Honorifics are not
  titles. Positions after a dash or in parentheses are not recorded.
- ORG: organisations, agencies, companies, banks, schools, hospitals, newspapers, clubs, parties,
  stock tickers of companies; the span includes the organisation's place complement
  ("Công an huyện Chợ Gạo", "Chính phủ Indonesia", "Cục Hải quan TP HCM"). A generic head written
  in lowercase is left out ("báo Tuổi Trẻ" -> "Tuổi Trẻ", "bệnh viện Chợ Rẫy" -> "Chợ Rẫy").
  Bare "Đảng"/"Nhà nước", committees of events ("BTC", "HĐXX") are not marked.
- LOC: countries, provinces, districts, communes, cities, regions, rivers, streets, and named
  facilities (hotels, pagodas, airports, stadiums, markets) WITHOUT a generic word written in
  lowercase ("tỉnh Quảng Trị" -> "Quảng Trị", "đường Lê Lợi" -> "Lê Lợi", "khách sạn Rex" -> "Rex"),
  except "miền" and "châu" ("miền Nam", "châu Âu"), and Ho Chi Minh City, whose "TP"/"thành phố" is
  part of the name ("TP HCM", "TPHCM", "TP.HCM"; a bare "Hồ Chí Minh" is usually the person). A
  country used for its team or people ("Anh - Thụy Sĩ", "người Pháp") is still a LOC; a team named
  by a province alone is a LOC, a club with any other word an ORG ("Huda Huế").
- Not marked: events, laws, works, products, programmes, languages, ethnic groups, and places
  inside the names of events or programmes. No nesting: the longest entity wins.

Scoring: exact match of (start, end, type) after the same conventions are applied to underthesea's
spans (generic words at the start of LOC and ORG spans, honorifics at the start of PER spans, are
dropped). Title accuracy is the share of correctly found persons whose title is exactly right.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE / "data" / "ner_dev.jsonl"
DATA = HERE.parent.parent / "shared" / "data"
VNTC = DATA / "vntc" / "train.jsonl.gz"
VNTC_SPEED = DATA / "vntc" / "test-sample.jsonl.gz"
TYPES = ("PER", "ORG", "LOC")

_GENERIC = re.compile(
    r"^(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn|thôn|bản|ấp|làng|sông|núi|đảo|"
    r"đường|phố|cầu|sân bay|cảng|khách sạn|chùa|chợ|bệnh viện|báo|tờ|trường|công ty|nước|bang|thủ đô|"
    r"ông|bà|anh|chị|em|cô|chú|bác|cụ|cháu|đồng chí)\s+(?!HCM|Hồ Chí Minh)"
)


def load_sentences() -> list[dict] | None:
    """The dev set's sentences rebuilt from VNTC, or None when VNTC is absent."""
    if not VNTC.exists():
        return None
    rows = [json.loads(line) for line in DEV.read_text("utf-8").splitlines() if line.strip()]
    wanted = {row["doc"] for row in rows}
    texts = {}
    with gzip.open(VNTC, "rt", encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if doc["id"] in wanted:
                texts[doc["id"]] = doc["text"]
    for row in rows:
        sentence = texts[row["doc"]][row["start"] : row["end"]]
        if hashlib.sha1(sentence.encode("utf-8")).hexdigest() != row["sha1"]:
            raise SystemExit(f"{row['doc']}: the sentence at {row['start']}:{row['end']} changed (SHA-1 differs)")
        row["text"] = sentence
    return rows


def bantin_spans(text: str) -> list[tuple[int, int, str, str | None]]:
    from bantin.nlp.entities import find_entities

    return [(e.start, e.end, e.type, e.title) for e in find_entities(text)]


def underthesea_spans(text: str) -> list[tuple[int, int, str, str | None]]:
    """underthesea's NER (BIO over its words), mapped back to character offsets, same conventions."""
    from underthesea import ner

    spans, current, position = [], None, 0
    for word, _pos, _chunk, tag in ner(text):
        start = text.find(word, position)
        if start < 0:
            continue
        end = start + len(word)
        position = end
        kind = tag[2:] if len(tag) > 2 else None
        if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[2] != kind)):
            if current:
                spans.append(current)
            current = [start, end, kind]
        elif tag.startswith("I-") and current is not None:
            current[1] = end
        else:
            if current:
                spans.append(current)
            current = None
    if current:
        spans.append(current)
    result = []
    for start, end, kind in spans:
        if kind not in TYPES:
            continue
        while start < end and not text[start].isalnum():  # "(Thiên Trù", "- Thụy Khương"
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        surface = text[start:end]
        match = _GENERIC.match(surface)
        if match and kind in ("LOC", "PER", "ORG") and (kind != "ORG" or surface[:1].islower()):
            start += match.end()
        if start < end:
            result.append((start, end, kind, None))
    return result


def score(rows: list[dict], predictions: list[list[tuple]]) -> dict[str, dict[str, float]]:
    counts = {kind: [0, 0, 0] for kind in (*TYPES, "ALL")}  # true positives, predicted, gold
    titles = [0, 0]
    for row, predicted in zip(rows, predictions):
        gold = {(s, e, k): t for s, e, k, t in row["entities"]}
        guess = {(s, e, k): t for s, e, k, t in predicted}
        for kind in TYPES:
            g = {x for x in gold if x[2] == kind}
            p = {x for x in guess if x[2] == kind}
            for bucket in (kind, "ALL"):
                counts[bucket][0] += len(g & p)
                counts[bucket][1] += len(p)
                counts[bucket][2] += len(g)
        for span in gold.keys() & guess.keys():
            if span[2] == "PER":
                titles[1] += 1
                titles[0] += gold[span] == guess[span]
    result = {}
    for kind, (tp, predicted, gold) in counts.items():
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[kind] = {"precision": precision, "recall": recall, "f1": f1, "gold": gold}
    result["title_accuracy"] = {"value": titles[0] / titles[1] if titles[1] else 0.0, "of": titles[1]}
    return result


def run() -> list[dict]:
    """Rows (system, type, precision, recall, f1, sentences) for bantin and underthesea."""
    rows = load_sentences()
    if rows is None:
        print(f"VNTC not found at {VNTC}: the dev set's sentences cannot be rebuilt.", file=sys.stderr)
        return []
    systems = {"bantin": bantin_spans}
    try:
        import underthesea  # noqa: F401

        systems["underthesea 9.5.0 (CRF)"] = underthesea_spans
    except ImportError:
        print("underthesea is not installed: only bantin is scored.", file=sys.stderr)
    table = []
    for name, finder in systems.items():
        predictions = [finder(row["text"]) for row in rows]
        result = score(rows, predictions)
        for kind in (*TYPES, "ALL"):
            r = result[kind]
            table.append({"system": name, "type": kind, "precision": round(r["precision"], 3),
                          "recall": round(r["recall"], 3), "f1": round(r["f1"], 3), "gold": r["gold"],
                          "sentences": len(rows)})
        if name == "bantin":
            table.append({"system": name, "type": "title accuracy", "precision": None, "recall": None,
                          "f1": round(result["title_accuracy"]["value"], 3), "gold": result["title_accuracy"]["of"],
                          "sentences": len(rows)})
    return table


def speed(limit: int = 2000) -> float | None:
    """Articles per second of ``find_entities`` over VNTC's test sample (one core, warm)."""
    if not VNTC_SPEED.exists():
        return None
    from bantin.nlp.entities import find_entities

    with gzip.open(VNTC_SPEED, "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(limit), lines)]
    find_entities(texts[0])
    started = time.perf_counter()
    for text in texts:
        find_entities(text)
    return len(texts) / (time.perf_counter() - started)


def errors() -> None:
    rows = load_sentences() or []
    for row in rows:
        gold = {tuple(x[:3]) for x in row["entities"]}
        guess = {x[:3] for x in bantin_spans(row["text"])}
        text = row["text"]
        for s, e, k in sorted(gold - guess):
            print(f"MISS {k} {text[s:e]!r}   | {text[:120]}")
        for s, e, k in sorted(guess - gold):
            print(f"FALSE {k} {text[s:e]!r}   | {text[:120]}")


def main() -> None:
    parser = argparse.ArgumentParser(description="NER: bantin vs underthesea on bench/data/ner_dev.jsonl")
    parser.add_argument("--errors", action="store_true", help="print bantin's misses and false alarms")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    table = run()
    if table:
        print(f"{'system':26} {'type':15} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")
        for row in table:
            p = "" if row["precision"] is None else f"{row['precision']:.3f}"
            r = "" if row["recall"] is None else f"{row['recall']:.3f}"
            print(f"{row['system']:26} {row['type']:15} {p:>6} {r:>6} {row['f1']:6.3f} {row['gold']:5}")
        print(f"({table[0]['sentences']} sentences)")
    if not args.no_speed:
        rate = speed()
        if rate is not None:
            print(f"find_entities: {rate:.0f} articles/s on VNTC test-sample (one core)")
    if args.errors:
        errors()


if __name__ == "__main__":
    main()
