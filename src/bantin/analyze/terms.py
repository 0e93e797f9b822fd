"""Top terms of a set of articles: two-syllable terms (most Vietnamese words have two
syllables) counted once per article, without those that begin or end with a function word."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bantin.text.normalize import canonical_tones

# Function syllables that cannot begin or end a content term: the most frequent syllables of
# VNTC train that are not content words (conjunctions, prepositions, classifiers, copulas).
STOP_SYLLABLES = frozenset(
    """
    và của các có được là trong cho với đã người này những một không đến tại từ theo khi để
    về ra vào như cũng thì mà nhưng còn lại rất nhiều sẽ đang bị do nên phải nếu hay hoặc
    trên dưới sau trước giữa qua năm ngày tháng đó đây nào gì ai vì bởi nhằm cùng đều chỉ
    vẫn sự việc cái chiếc con bài ảnh theo tin thì là ở hơn nữa mới ông bà anh chị em họ
    tôi chúng ta mình nó này kia ấy thế vậy lên xuống hết luôn thêm tới gồm như vừa đi làm
    """.split()
)
_SYLLABLE = re.compile(r"[^\W\d_]+")
_BREAK = re.compile(r"[^\w\s]+|\d+")  # terms never span punctuation or numbers


def top_terms(texts: Iterable[str], n: int = 20, min_docs: int = 2) -> list[tuple[str, int]]:
    docs: Counter[str] = Counter()
    for text in texts:
        grams: set[str] = set()
        for chunk in _BREAK.split(text):
            syllables = [canonical_tones(s).lower() for s in _SYLLABLE.findall(chunk)]
            grams.update(
                f"{a} {b}"
                for a, b in zip(syllables, syllables[1:])
                if a not in STOP_SYLLABLES and b not in STOP_SYLLABLES and len(a) > 1 and len(b) > 1
            )
        docs.update(grams)
    # ties in term order: Counter.most_common keeps insertion order, which follows set order and
    # so changes with the interpreter's hash seed from one run to the next
    ranked = sorted(docs.items(), key=lambda item: (-item[1], item[0]))[:n]
    return [(term, count) for term, count in ranked if count >= min_docs]
