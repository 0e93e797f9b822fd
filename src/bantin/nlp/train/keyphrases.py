"""Build the word IDF table shipped as ``bantin/nlp/models/idf.tsv.gz`` (for keyphrases).

    python -m bantin.nlp.train.keyphrases [--data ../shared/data/vntc/train.jsonl.gz]

Document frequency of each lower-cased segmented word over the VNTC train articles, with the
shipped segmenter; words in fewer than ``MIN_DF`` articles are left out (they get the IDF of an
unseen word). The first line is ``#documents<TAB>N``.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from bantin.nlp.keyphrases import IDF_FILE
from bantin.nlp.segment import segment_tokens
from bantin.nlp.tokens import tokenize
from bantin.nlp.train.segmenter import write_gz
from bantin.nlp.train.ud import VNTC_DIR, vntc_texts
from bantin.text.normalize import clean_text

OUT = Path(__file__).resolve().parents[1] / "models" / IDF_FILE
# Keeps the table small (about 1 MB); rarer words share the unseen word's IDF, which is close anyway.
MIN_DF = 3


def build(data: Path = VNTC_DIR / "train.jsonl.gz", out: Path = OUT, log=print) -> None:
    started = time.perf_counter()
    df: Counter[str] = Counter()
    documents = 0
    for documents, article in enumerate(vntc_texts(data), 1):
        words = segment_tokens(tokenize(clean_text(article["text"])))
        df.update({" ".join(word).lower() for word in words if word[0][0].isalpha()})
    kept = sorted(word for word, count in df.items() if count >= MIN_DF)
    write_gz(out, [f"#documents\t{documents}\n", *(f"{word}\t{df[word]}\n" for word in kept)])
    log(f"idf: {len(kept):,} words of {len(df):,} from {documents:,} articles -> {out} "
        f"({out.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - started:.0f}s)")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=VNTC_DIR / "train.jsonl.gz")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    build(args.data, args.out)


if __name__ == "__main__":
    main()
