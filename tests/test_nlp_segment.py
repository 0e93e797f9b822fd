"""Word segmentation: a Vietnamese word is one or more syllables, and the model says which go together."""

from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

from bantin.cli import cli
from bantin.nlp.segment import segment, segment_line
from bantin.nlp.tokens import tokenize


def test_words_are_syllables_joined_by_a_space():
    words = segment("Đội tuyển Việt Nam giành chiến thắng trước Thái Lan.")
    assert {"Đội tuyển", "Việt Nam", "trước", "Thái Lan", "."} <= set(words)
    assert "Đội tuyển Việt Nam giành chiến thắng trước Thái Lan ." == " ".join(words)


def test_a_military_news_sentence():
    words = segment("Bộ Chỉ huy Quân sự tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2023.")
    assert {"Quân sự", "Quảng Trị", "tổ chức", "hội nghị", "tổng kết", "công tác"} <= set(words)
    assert ["năm", "2023", "."] == words[-3:]


def test_segment_line_joins_syllables_with_underscores():
    assert "Bệnh_viện Bạch_Mai tiếp_nhận nhiều bệnh_nhân sốt_xuất_huyết ." == segment_line(
        "Bệnh viện Bạch Mai tiếp nhận nhiều bệnh nhân sốt xuất huyết.")


def test_punctuation_and_numbers_are_words_of_their_own():
    assert ["Giá", "tăng", "3,5%", ",", "lên", "2.000", "đồng", "(", "ngày", "30/4", ")", "..."] == [
        w for w in segment("Giá tăng 3,5%, lên 2.000 đồng (ngày 30/4)...") if " " not in w]


def test_segmentation_only_groups_tokens_never_changes_them():
    text = "Chiều 26/5, TP. HCM tổ chức lễ kỷ niệm; www.baothu.vn đưa tin, email: toasoan@baothu.vn!"
    assert tokenize(text) == [syllable for word in segment(text) for syllable in word.split(" ")]


def test_tokens_keep_addresses_numbers_and_hyphenated_words_whole():
    assert ["TP.", "HCM", ",", "ngày", "30/4", ":", "giảm", "3,5%", "(", "Wai-kru", ")", "..."] == tokenize(
        "TP. HCM, ngày 30/4: giảm 3,5% (Wai-kru)...")


def test_empty_and_blank_text():
    assert [] == segment("")
    assert "" == segment_line("   ")


def test_the_cli_segments_stdin_line_by_line():
    result = CliRunner().invoke(cli, ["nlp", "segment"], input="Bệnh viện Bạch Mai tiếp nhận nhiều bệnh nhân.\n\nViệt Nam\n")
    assert 0 == result.exit_code
    assert ["Bệnh_viện Bạch_Mai tiếp_nhận nhiều bệnh_nhân .", "", "Việt_Nam"] == result.output.splitlines()


def test_the_model_loads_without_network(monkeypatch):
    from bantin.nlp.segment import Segmenter

    def no_network(*args, **kwargs):
        raise AssertionError("segmentation tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    assert [["Việt", "Nam"]] == Segmenter.load().words(["Việt", "Nam"])


@pytest.mark.parametrize("text", ["Hà Nội", "một hai ba bốn năm sáu", "Nguyễn Văn A, 45 tuổi."])
def test_segment_and_segment_line_agree(text):
    assert segment_line(text) == " ".join(w.replace(" ", "_") for w in segment(text))


def test_the_cached_weights_tag_exactly_as_crfsuite_does():
    """Tagging sums cached weights per token and per pair; crfsuite, given the feature strings, agrees."""
    import pycrfsuite

    from bantin.nlp.segment import model

    segmenter = model()
    tagger = pycrfsuite.Tagger()
    from importlib import resources

    with resources.as_file(resources.files("bantin.nlp") / "models" / "segmenter.crfsuite") as path:
        tagger.open(str(path))
    text = ("Sáng 26/5, Bộ Chỉ huy Quân sự tỉnh Quảng Trị tổ chức hội nghị tổng kết. Ông Nguyễn Văn A, "
            "Giám đốc Sở Y tế TP.HCM, cho biết giá xăng RON95 tăng 3,5% từ ngày 1/6 (theo www.baothu.vn).")
    for sentence in (text, text.upper(), text.lower(), "Việt Nam", "."):
        tokens = tokenize(sentence)
        assert tagger.tag(segmenter.features(tokens)) == segmenter.tags(tokens)


def test_unseen_words_and_an_empty_text_tag_without_error():
    from bantin.nlp.segment import model

    assert (0, 2) == model().scores([]).shape
    assert ["Xyzzq", "Wqp", "."] == [t for word in model().words(["Xyzzq", "Wqp", "."]) for t in word]


def test_the_compiled_tables_are_cached_and_tag_exactly_as_compiled_ones(tmp_path, monkeypatch):
    from bantin.nlp import compiled
    from bantin.nlp.segment import Segmenter
    from bantin.nlp.tokens import tokenize

    monkeypatch.setenv("BANTIN_CACHE_DIR", str(tmp_path))
    text = tokenize("Chiều 26/5, Bộ Chỉ huy Quân sự tỉnh Quảng Trị tổ chức hội nghị sơ kết công tác tuyển quân năm 2023 "
                    "tại TP.HCM; ông Nguyễn Văn Hùng, Phó Bí thư Thường trực, phát biểu. COVID-19 và Wi-Fi 6E.")
    compiled_first = Segmenter.load()  # compiles, then writes the cache
    [cached_file] = tmp_path.glob("segmenter-*.npz")
    from_cache = Segmenter.load()
    assert from_cache.words(text) == compiled_first.words(text)
    assert (from_cache.scores(text) == compiled_first.scores(text)).all()
    # a damaged cache file is compiled again and rewritten, silently
    cached_file.write_bytes(b"not an npz")
    assert Segmenter.load().words(text) == compiled_first.words(text)
    assert compiled.load(cached_file) is not None


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    from bantin.nlp.segment import Segmenter

    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    monkeypatch.setenv("BANTIN_CACHE_DIR", str(blocker / "cache"))
    assert Segmenter.load().words(["Hà", "Nội"]) == [["Hà", "Nội"]]
