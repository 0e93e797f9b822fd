"""Topics: each article gets one of the ten VNTC topics, printed with its diacritics, and a confidence."""

from __future__ import annotations

import json
import math
import socket
from importlib import resources

import pytest
from click.testing import CliRunner

from bantin.cli import cli
from bantin.nlp.topics import HEADLINE_WEIGHT, TOPICS, TopicModel, classify, features
from bantin.nlp.train.topics import split

SNIPPETS = {
    "Thể thao": "Đội tuyển bóng đá Việt Nam thắng Thái Lan 2-0 trong trận chung kết, huấn luyện viên khen các cầu thủ "
                "đã thi đấu kiên cường, tiền đạo ghi bàn ở phút thứ 75.",
    "Pháp luật": "Cơ quan cảnh sát điều tra Công an tỉnh đã khởi tố vụ án, bắt tạm giam bị can về hành vi lừa đảo "
                 "chiếm đoạt tài sản; tòa án sẽ xét xử vào tháng tới.",
    "Sức khỏe": "Bác sĩ khuyến cáo người dân tiêm vắc xin phòng cúm; bệnh nhân sốt cao, ho kéo dài cần đến bệnh viện "
                "để được khám và điều trị kịp thời.",
    "Vi tính": "Phiên bản Windows mới hỗ trợ bộ vi xử lý đời mới, người dùng máy tính có thể tải phần mềm, cập nhật "
               "trình duyệt và diệt virus miễn phí.",
    "Kinh doanh": "Giá vàng trong nước tăng mạnh, các ngân hàng thương mại điều chỉnh lãi suất huy động; chứng khoán "
                  "giảm điểm, nhà đầu tư bán ròng cổ phiếu.",
}


@pytest.mark.parametrize("topic, text", list(SNIPPETS.items()))
def test_hand_written_snippets_get_their_topic(topic, text):
    [(label, confidence)] = classify([text])
    assert topic == label
    assert 0.1 < confidence <= 1.0


def test_labels_are_the_ten_vntc_topics_with_diacritics():
    from bantin.nlp.topics import model

    assert sorted(TOPICS.values()) == sorted(model().labels)
    assert {"Chính trị Xã hội", "Đời sống", "Khoa học", "Sức khỏe", "Thế giới", "Văn hóa"} <= set(model().labels)


def test_one_result_per_text_in_order_even_empty():
    results = classify([SNIPPETS["Thể thao"], "", SNIPPETS["Pháp luật"]])
    assert ["Thể thao", "Pháp luật"] == [results[0][0], results[2][0]]
    assert 3 == len(results)


def test_features_ignore_case_and_spacing_and_count_bigrams():
    assert features("Việt  Nam") == features("việt nam")
    assert 6 == len(features("Việt Nam"))  # việt, nam, việt nam, and the same three as headline ones


def test_only_the_first_line_gives_headline_features_and_lines_break_bigrams():
    # tin, mới, tin mới (and the same three as headline ones), bóng, đá: no "bóng đá" across lines
    assert 3 + 3 + 2 == len(features("\nTin mới\nbóng\nđá"))


def test_headline_features_count_each_headline_gram_headline_weight_times():
    # "bóng" once in the body, and HEADLINE_WEIGHT times among the headline features: 1 + log(tf) each
    assert sorted([1.0, 1.0 + math.log(HEADLINE_WEIGHT)]) == sorted(features("bóng").values())


def test_validation_holds_out_the_last_numbered_files_of_each_topic_and_source():
    ids = [f"TT_VNE_ ({n})" for n in range(1, 21)] + [f"TT_NLD_ ({n})" for n in (3, 30, 10, 7)]
    labels = ["Thể thao"] * len(ids)
    held = [vntc_id for vntc_id, is_held in zip(ids, split(labels, ids)) if is_held]
    assert ["TT_VNE_ (18)", "TT_VNE_ (19)", "TT_VNE_ (20)", "TT_NLD_ (30)"] == held  # 15% of 20, and of 4


def test_the_shipped_model_is_small_and_loads_without_network(monkeypatch):
    with resources.as_file(resources.files("bantin.nlp") / "models" / "topics.npz") as path:
        assert path.stat().st_size < 10_000_000

    def no_network(*args, **kwargs):
        raise AssertionError("the topic model tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    assert 10 == len(TopicModel.load().labels)


def test_the_cli_reads_and_writes_jsonl():
    lines = "\n".join(json.dumps({"id": k, "text": t}, ensure_ascii=False) for k, t in enumerate(SNIPPETS.values()))
    result = CliRunner().invoke(cli, ["nlp", "topic", "--jsonl"], input=lines + "\n")
    assert 0 == result.exit_code, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert list(SNIPPETS) == [r["topic"] for r in records]
    assert [0, 1, 2, 3, 4] == [r["id"] for r in records]
    assert {"id", "topic", "confidence"} == set(records[0])


def test_a_line_that_is_not_json_is_reported_and_the_rest_still_classified():
    result = CliRunner().invoke(cli, ["nlp", "topic", "--jsonl"],
                                input='not json\n{"id": 2, "text": "Đội tuyển bóng đá thắng 2-0"}\n')
    assert 1 == result.exit_code  # some line failed
    assert '"line": 1' in result.stderr
    assert '"id": 2' in result.stdout
