"""Keyphrases: the word sequences an article is about, from segmentation, stopwords and IDF."""

from __future__ import annotations

import json

from click.testing import CliRunner

from bantin.cli import cli
from bantin.nlp.keyphrases import keyphrases, stopwords

TITLE = "Quảng Trị: hội nghị tổng kết công tác quốc phòng địa phương"
TEXT = """Sáng 26/5, Bộ Chỉ huy Quân sự tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác quốc phòng địa phương năm 2023.
Theo báo cáo, lực lượng dân quân tự vệ của tỉnh đã hoàn thành tốt nhiệm vụ huấn luyện. Công tác quốc phòng địa phương
được triển khai đồng bộ ở các huyện. Lực lượng dân quân tự vệ tham gia phòng chống thiên tai, tìm kiếm cứu nạn,
giúp nhân dân ổn định đời sống. Hội nghị đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc."""


def test_a_military_article_is_about_its_subjects():
    phrases = [p for p, _ in keyphrases(TITLE, TEXT)]
    assert "Quảng Trị" in phrases[:5]
    assert any("quốc phòng" in p for p in phrases[:3])
    assert any("dân quân" in p for p in phrases)


def test_scores_are_relative_to_the_best_and_decrease():
    scored = keyphrases(TITLE, TEXT, n=5)
    assert 5 == len(scored)
    assert 1.0 == scored[0][1]
    assert [s for _, s in scored] == sorted((s for _, s in scored), reverse=True)


def test_no_keyphrase_is_a_stopword_or_contains_a_number_or_a_mark():
    stop = stopwords()
    for phrase, _ in keyphrases(TITLE, TEXT, n=20):
        assert phrase.lower() not in stop
        assert all(syllable[0].isalpha() for syllable in phrase.split(" ")), phrase


def test_a_phrase_inside_a_chosen_phrase_is_not_repeated():
    phrases = [p.lower() for p, _ in keyphrases(TITLE, TEXT, n=20)]
    for a in phrases:
        for b in phrases:
            assert a == b or f" {a} " not in f" {b} "


def test_stopwords_are_lower_case_words():
    assert {"của", "và", "được", "cho biết", "tuy nhiên"} <= stopwords()
    assert all(w == w.lower() for w in stopwords())


def test_empty_article():
    assert [] == keyphrases("", "")


def test_the_cli_reads_and_writes_jsonl():
    line = json.dumps({"id": "a1", "title": TITLE, "text": TEXT}, ensure_ascii=False)
    result = CliRunner().invoke(cli, ["nlp", "keyphrases", "--jsonl", "-n", "3"], input=line + "\n")
    assert 0 == result.exit_code, result.output
    record = json.loads(result.output)
    assert "a1" == record["id"]
    assert 3 == len(record["keyphrases"])
    assert 1.0 == record["keyphrases"][0][1]


def test_keyphrases_from_words_takes_an_article_segmented_once():
    from bantin.nlp.keyphrases import keyphrases_from_words, words_of

    assert keyphrases(TITLE, TEXT) == keyphrases_from_words(words_of(TITLE), words_of(TEXT))
