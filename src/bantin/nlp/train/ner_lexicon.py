"""Build the small tables the entity finder ships, from data in ../shared/data (never copied here).

    python -m bantin.nlp.train.ner_lexicon [--data ../shared/data]

Writes into ``src/bantin/nlp/models``:

- ``ner_words.txt``: the two-syllable words of the UD Vietnamese VTB treebank (lowercase), so an
  organisation's "Bộ Quốc phòng" keeps "phòng" but "Bộ Y tế cho" stops before "cho";
- ``ner_common.txt``: syllables that VNTC writes lowercase far more often than capitalised inside a
  sentence ("theo", "trong", "sau"): capitalised at the start of a sentence they are not names;
- ``ner_lexicon.tsv``: capitalised sequences of VNTC whose left contexts mostly announce one type:
  a person cue or title before them ("ông", "Tổng thống"), a place cue ("tỉnh", "tại", "ở"), an
  organisation cue ("hãng", "tập đoàn", "báo"). Silver labels from cue words, no hand labels; the
  documents of the dev set (bench/data/ner_dev.jsonl) are left out.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
import unicodedata
from pathlib import Path

from bantin.nlp._resources import load_toml
from bantin.nlp.entities import _BREAKS, _ckey, _keys, tokenize_with_offsets
from bantin.nlp.names import family_names, looks_vietnamese_name
from bantin.text.normalize import canonical_tones

# --- Tuned constants (by hand, looking at the lists produced from VNTC train) --------------------
# A syllable is "common" when written lowercase at least COMMON_MIN_LOWER times and at least
# COMMON_RATIO times as often as capitalised inside a sentence.
COMMON_MIN_LOWER = 30
COMMON_RATIO = 8
# A capitalised sequence enters the lexicon with at least LEXICON_MIN_VOTES cue votes, of which
# LEXICON_MIN_SHARE for one type; at most LEXICON_SIZE sequences, most frequent first.
LEXICON_MIN_VOTES = 3
LEXICON_MIN_SHARE = 0.75
LEXICON_SIZE = 6000
LEXICON_MAX_TOKENS = 4

ORG_CUES = (
    "hãng", "công ty", "tập đoàn", "đội bóng", "tờ", "báo", "tạp chí", "hãng tin", "ngân hàng", "tổ chức",
    "nhóm", "CLB", "câu lạc bộ", "đảng", "phong trào", "ban nhạc", "website", "trang web", "đài", "hãng hàng không",
    "nhà mạng", "thương hiệu", "đại gia", "hãng phim", "trường", "liên minh",
)

PERSON_CUES = (
    "ông", "bà", "anh", "chị", "em", "cháu", "cụ", "bé", "bị can", "bị cáo", "nghi phạm", "nghi can",
    "đối tượng", "thí sinh", "nạn nhân", "bệnh nhân", "tài xế", "vợ", "chồng", "con trai", "con gái", "cô",
)
# A pair of syllables is one word when it occurs lowercase at least WORD_MIN_COUNT times and its Dice
# coefficient, 2 c(xy) / (c(x) + c(y)), is at least WORD_MIN_DICE ("quốc phòng" passes, "phòng cho" does not).
WORD_MIN_COUNT = 20
WORD_MIN_DICE = 0.005

MODELS = Path(__file__).resolve().parents[1] / "models"
REPO = Path(__file__).resolve().parents[4]


def ud_words(treebank: Path) -> list[str]:
    words = set()
    for path in sorted(treebank.glob("*-train.conllu")):
        for line in path.read_text("utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            form = line.split("\t")[1]
            parts = form.split(" ")
            if len(parts) == 2 and all(p.isalpha() for p in parts):
                words.add(canonical_tones(form.lower()))
    return sorted(words)


def _cue_table() -> dict[tuple[str, ...], str]:
    cues = load_toml("cues.toml")
    titles = load_toml("titles.toml")
    table: dict[tuple[str, ...], str] = {}
    # Titles are left out: they are followed by organisations and places as often as by names
    # ("HLV Juventus", "Thủ tướng Chính phủ"); so are the weak place cues ("tại SEA Games").
    for word in PERSON_CUES:
        table[tuple(k.lower() for k in _keys(word))] = "PER"
    for word in cues["place"]:
        table[tuple(k.lower() for k in _keys(word))] = "LOC"
    for word in ORG_CUES:
        table[tuple(k.lower() for k in _keys(word))] = "ORG"
    return table


def mine(vntc: Path, skip: set[str]) -> tuple[list[str], list[tuple[str, str, int]], list[str]]:
    cues = _cue_table()
    longest_cue = max(len(c) for c in cues)
    lower_count: collections.Counter[str] = collections.Counter()
    cap_mid: collections.Counter[str] = collections.Counter()
    votes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    bigrams: collections.Counter[str] = collections.Counter()
    family = family_names()
    with gzip.open(vntc, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 5000 == 0:
                print(f"{number} documents", file=sys.stderr, flush=True)
            doc = json.loads(line)
            if doc["id"] in skip:
                continue
            text = unicodedata.normalize("NFC", doc["text"])
            spans = tokenize_with_offsets(text)
            toks = [s[0] for s in spans]
            keys = [_ckey(t) for t in toks]
            n = len(toks)
            i = 0
            while i < n:
                tok = toks[i]
                if not tok[0].isalpha():
                    i += 1
                    continue
                initial = i == 0 or toks[i - 1] in _BREAKS or "\n" in text[spans[i - 1][2] : spans[i][1]]
                if not tok[0].isupper():  # lowercase, or a letter without case (CJK)
                    if tok[0].islower():
                        lower_count[keys[i]] += 1
                        if i + 1 < n and toks[i + 1][0].islower() and toks[i + 1][0].isalpha():
                            bigrams[f"{keys[i]} {keys[i + 1]}"] += 1
                    i += 1
                    continue
                if initial:
                    i += 1
                    continue
                cap_mid[keys[i].lower()] += 1
                j = i
                while j < n and j - i < LEXICON_MAX_TOKENS + 1 and toks[j][0].isupper() and toks[j][0].isalpha():
                    j += 1
                complete = not (j < n and toks[j][0].islower() and f"{keys[j - 1].lower()} {keys[j]}" in bigrams)
                if complete and j - i <= LEXICON_MAX_TOKENS and len(toks[i]) > 1 and not looks_vietnamese_name(keys[i:j]):
                    name = " ".join(toks[i:j])
                    for size in range(longest_cue, 0, -1):
                        if i - size >= 0:
                            before = tuple(k.lower() for k in keys[i - size : i])
                            if before in cues:
                                votes[name][cues[before]] += 1
                                break
                    votes[name]["_count"] += 1
                for k in range(i + 1, j):
                    cap_mid[keys[k].lower()] += 1
                i = j
    common = sorted(
        word
        for word, count in lower_count.items()
        if count >= COMMON_MIN_LOWER and count >= COMMON_RATIO * cap_mid[word] and word.capitalize() not in family
    )
    common_set = set(common)
    words = sorted(
        pair
        for pair, count in bigrams.items()
        if count >= WORD_MIN_COUNT
        and 2 * count / (lower_count[pair.split()[0]] + lower_count[pair.split()[1]]) >= WORD_MIN_DICE
    )
    never = set(load_toml("cues.toml")["not_entities"])
    heads = {k.lower() for group in ("heads",) for head in load_toml("organisations.toml")[group] for k in _keys(head)[:1]}
    lexicon = []
    for name, counter in votes.items():
        first = name.split()[0].lower()
        if first in common_set or first in heads or name in never:
            continue
        total = counter["_count"]
        typed = [(count, kind) for kind, count in counter.items() if kind != "_count"]
        if not typed:
            continue
        count, kind = max(typed)
        cast = sum(c for c, _ in typed)
        if cast >= LEXICON_MIN_VOTES and count / cast >= LEXICON_MIN_SHARE:
            lexicon.append((name, kind, total))
    lexicon.sort(key=lambda row: (-row[2], row[0]))
    return common, lexicon[:LEXICON_SIZE], words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args()
    dev = REPO / "bench" / "data" / "ner_dev.jsonl"
    skip = {json.loads(line)["doc"] for line in dev.read_text("utf-8").splitlines() if line.strip()} if dev.exists() else set()
    words = ud_words(args.data / "ud-vietnamese-vtb")
    common, lexicon, pairs = mine(args.data / "vntc" / "train.jsonl.gz", skip)
    words = sorted(set(words) | set(pairs))
    MODELS.mkdir(exist_ok=True)
    header = "# built by python -m bantin.nlp.train.ner_lexicon from ../shared/data (UD VTB train; VNTC train minus the dev set's documents)\n"
    (MODELS / "ner_words.txt").write_text(header + "\n".join(words) + "\n", "utf-8")
    (MODELS / "ner_common.txt").write_text(header + "\n".join(common) + "\n", "utf-8")
    (MODELS / "ner_lexicon.tsv").write_text(
        header + "\n".join(f"{name}\t{kind}\t{count}" for name, kind, count in lexicon) + "\n", "utf-8"
    )
    print(f"{len(words)} words, {len(common)} common syllables, {len(lexicon)} lexicon entries")


if __name__ == "__main__":
    main()
