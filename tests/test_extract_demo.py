"""Extraction on the demo corpus, trafilatura evaldata style: for every page, snippets that must
be in the text ("with"), snippets that must not ("without"), and the metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bantin.extract.article import extract_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "demo" / "corpus"
EXPECTATIONS = json.loads((ROOT / "tests" / "fixtures" / "demo_expectations.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def extracted():
    return {}


def article_for(relative: str, cache: dict):
    if relative not in cache:
        cache[relative] = extract_file(str(CORPUS / relative))
    return cache[relative]


@pytest.mark.parametrize("relative", sorted(EXPECTATIONS))
def test_main_text_keeps_the_article_and_drops_the_chrome(relative, extracted):
    article, expected = article_for(relative, extracted), EXPECTATIONS[relative]
    missing = [s for s in expected["with"] if s not in article.text]
    leaked = [s for s in expected["without"] if s in article.text]
    assert ([], []) == (missing, leaked)


@pytest.mark.parametrize("relative", sorted(EXPECTATIONS))
def test_metadata(relative, extracted):
    article, expected = article_for(relative, extracted), EXPECTATIONS[relative]
    published = article.published.isoformat() if article.published else None
    got = (article.title, published, list(article.authors), article.lead, article.section)
    assert (expected["title"], expected["published"], expected["authors"], expected["lead"], expected["section"]) == got


@pytest.mark.parametrize("relative", sorted(EXPECTATIONS))
def test_the_url_comes_from_canonical_og_url_or_sidecar(relative, extracted):
    expected = EXPECTATIONS[relative]["url"]
    article = article_for(relative, extracted)
    assert (expected or (CORPUS / relative).resolve().as_uri()) == article.url


@pytest.mark.parametrize("relative", sorted(EXPECTATIONS))
def test_headline_and_byline_are_metadata_not_text(relative, extracted):
    article, expected = article_for(relative, extracted), EXPECTATIONS[relative]
    paragraphs = article.text.split("\n")
    assert expected["title"] not in paragraphs
    assert not any(p.strip(" .") in expected["authors"] for p in paragraphs)


@pytest.mark.parametrize("relative", sorted(EXPECTATIONS))
def test_captions_appear_once(relative, extracted):
    article = article_for(relative, extracted)
    paragraphs = [p for p in article.text.split("\n") if len(p) >= 20]
    assert len(paragraphs) == len(set(paragraphs))


def test_the_lead_opens_the_text():
    for relative, expected in EXPECTATIONS.items():
        if expected["lead"]:
            assert extract_file(str(CORPUS / relative)).text.startswith(expected["lead"]), relative
