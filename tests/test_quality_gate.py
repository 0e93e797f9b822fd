"""The extraction quality gate (trafilatura's habit): bantin's token F1 on the article-extraction
benchmark must not fall below plain trafilatura's in the same run, nor below the pinned floor.
Skipped, saying so, where ../shared/data is absent."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import extract_eval  # noqa: E402

LOADED = extract_eval.benchmark_pages(extract_eval.DEFAULT_DATA)


@pytest.mark.skipif(LOADED is None, reason=f"no article-extraction-benchmark under {extract_eval.DEFAULT_DATA}")
def test_bantin_is_not_worse_than_trafilatura_on_the_benchmark():
    pages, truth = LOADED
    scores = {
        name: extract_eval.prf([extract_eval.tp_fp_fn(truth[key], system(html, url)) for key, html, url in pages])["f1"]
        for name, system in extract_eval.SYSTEMS.items()
    }
    assert scores["bantin"] >= scores["trafilatura"] and scores["bantin"] >= extract_eval.FLOOR_BENCHMARK_F1, scores
