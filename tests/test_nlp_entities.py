"""Named entities: titles, organisations, names, places, abbreviations and merging keys."""

from __future__ import annotations

import pytest

from bantin.nlp.abbreviations import expand_abbreviations
from bantin.nlp.entities import canonical_key, find_entities, tokenize_with_offsets
from bantin.nlp.names import looks_vietnamese_name


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.type, e.title) for e in find_entities(text)]


def test_rank_and_position_are_the_persons_title_not_part_of_the_name():
    text = "Đại tá Lã Văn Hào, Chính ủy Bộ CHQS tỉnh Quảng Trị, phát biểu."
    assert found(text) == [
        ("Lã Văn Hào", "PER", "Đại tá, Chính ủy Bộ CHQS tỉnh Quảng Trị"),
        ("Bộ CHQS tỉnh Quảng Trị", "ORG", None),
    ]


def test_offsets_point_into_the_given_text():
    text = "Sáng nay, Thủ tướng Phạm Minh Chính thăm Bệnh viện Bạch Mai."
    for entity in find_entities(text):
        assert text[entity.start : entity.end] == entity.text


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Phó Bí thư Thường trực Đảng ủy Nguyễn Văn An dự họp.", "Nguyễn Văn An", "Phó Bí thư Thường trực Đảng ủy"),
        ("Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng cho biết.", "Võ Văn Hưng", "Chủ tịch UBND tỉnh Quảng Trị"),
        ("Tổng thống Nga Vladimir Putin đến Bắc Kinh.", "Vladimir Putin", "Tổng thống Nga"),
        ("Bộ trưởng Bộ Công an Tô Lâm chủ trì.", "Tô Lâm", "Bộ trưởng Bộ Công an"),
        ("Theo thượng tá Trần Văn Bình, vụ việc đang được điều tra.", "Trần Văn Bình", "thượng tá"),
        ("HLV Park Hang-seo gọi thêm cầu thủ.", "Park Hang-seo", "HLV"),
    ],
)
def test_titles(text, person, title):
    people = [(e.text, e.title) for e in find_entities(text) if e.type == "PER"]
    assert (person, title) in people


def test_the_organisation_inside_a_title_is_an_entity_too():
    assert ("UBND tỉnh Quảng Trị", "ORG", None) in found("Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng cho biết.")


@pytest.mark.parametrize(
    "organisation",
    [
        "Công an huyện Gio Linh",
        "Sở Giáo dục và Đào tạo Hà Nội",
        "Bộ Quốc phòng",
        "Ủy ban nhân dân tỉnh Bắc Kạn",
        "Bộ đội Biên phòng tỉnh Quảng Trị",
        "Ngân hàng Nhà nước",
        "Trường THPT Lê Quý Đôn",
        "Công ty cổ phần Sữa Việt Nam",
    ],
)
def test_organisation_head_and_complement_up_to_a_place(organisation):
    assert (organisation, "ORG", None) in found(f"Hôm qua, {organisation} đã tổ chức hội nghị.")


def test_organisation_stops_before_the_predicate():
    assert found("Bộ Y tế cho biết như vậy.") == [("Bộ Y tế", "ORG", None)]


def test_place_spans_leave_out_the_generic_word():
    assert found("Mưa lớn ở tỉnh Quảng Trị và huyện Gio Linh.") == [
        ("Quảng Trị", "LOC", None),
        ("Gio Linh", "LOC", None),
    ]


def test_a_family_name_makes_a_person_and_gazetteer_places_win_over_name_shapes():
    assert found("Người dân Lâm Đồng gặp Nguyễn Thái Bình.") == [
        ("Lâm Đồng", "LOC", None),
        ("Nguyễn Thái Bình", "PER", None),
    ]


def test_person_cue_words():
    assert ("Hào", "PER", None) in found("Theo lời kể của ông Hào, nước lên rất nhanh.")


def test_ho_chi_minh_is_the_city_after_tp_and_the_person_otherwise():
    assert ("TP.HCM", "LOC", None) in found("Hội nghị diễn ra tại TP.HCM.")
    assert [e.type for e in find_entities("Học tập tư tưởng Hồ Chí Minh.")] == ["PER"]


def test_sentence_initial_common_words_are_not_names():
    assert found("Theo Bộ Y tế, số ca bệnh giảm.") == [("Bộ Y tế", "ORG", None)]


def test_events_and_diseases_are_not_entities():
    assert found("Đội tuyển dự SEA Games, nhiều người nhiễm HIV.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh. Thảo luận tại hội nghị rất sôi nổi.",
        "Quang cảnh hội nghị Ban Chấp hành Đảng bộ tỉnh.\nThảo luận tại hội nghị, các đại biểu nhất trí.",
    ],
)
def test_an_entity_never_runs_over_a_sentence_end_or_a_line_break(text):
    assert found(text) == [("Ban Chấp hành Đảng bộ tỉnh", "ORG", None)]


def test_a_place_word_at_the_end_of_a_sentence_does_not_make_the_next_word_a_place():
    assert found("Thực hành chiến đấu phòng thủ xã. Lực lượng tham gia gồm dân quân.") == []


def test_lowercase_words_of_a_known_place_are_part_of_it():
    assert found("Xuất khẩu sang Trung Đông, châu Phi và miền Trung tăng.") == [
        ("Trung Đông", "LOC", None),
        ("châu Phi", "LOC", None),
        ("miền Trung", "LOC", None),
    ]


def test_a_region_written_in_lowercase_ends_an_organisations_name():
    assert found("Chủ tịch Ủy ban châu Âu Jose Manuel Barroso cho biết.") == [
        ("Ủy ban châu Âu", "ORG", None),
        ("Jose Manuel Barroso", "PER", "Chủ tịch Ủy ban châu Âu"),
    ]
    assert found("Tổng công ty Lương thực miền Nam xuất khẩu gạo.") == [("Tổng công ty Lương thực miền Nam", "ORG", None)]


def test_an_initial_at_the_end_of_a_sentence_does_not_take_the_next_word():
    assert found("Ông Nguyễn Văn A. Bà Lê Thị B cũng đến.") == [
        ("Nguyễn Văn A", "PER", None),
        ("Lê Thị B", "PER", None),
    ]


def test_a_dot_after_an_abbreviation_or_an_initial_is_no_sentence_end():
    assert ("TP. Hồ Chí Minh", "LOC", None) in found("Hội nghị diễn ra tại TP. Hồ Chí Minh.")
    assert ("George W. Bush", "PER", "Tổng thống") in found("Tổng thống George W. Bush đến Hà Nội.")


@pytest.mark.parametrize(
    "text",
    [
        "Tâm bão cách Hoàng Sa khoảng 250 km về phía Đông Nam. Sức gió mạnh cấp 8.",
        "Áp thấp di chuyển theo hướng Tây Bắc, mỗi giờ đi được 10 km.",
        "Gió mạnh ở phía Bắc và phía Đông Nam của vịnh.",
        "Dự án nối khu kinh tế Đông Nam với cảng.",
        "Hai hành lang kinh tế Đông - Tây và Bắc - Nam được mở rộng.",
    ],
)
def test_compass_directions_are_not_entities(text):
    assert [e for e in find_entities(text) if e.text != "Hoàng Sa"] == []


def test_named_regions_with_a_compass_point_are_places():
    assert found("Kinh tế Đông Nam Á tăng trưởng; mưa lớn ở Đông Nam Bộ và vùng Tây Bắc.") == [
        ("Đông Nam Á", "LOC", None),
        ("Đông Nam Bộ", "LOC", None),
        ("Tây Bắc", "LOC", None),
    ]
    assert found("Kinh tế Đông Bắc Á và Bắc Âu chững lại.") == [("Đông Bắc Á", "LOC", None), ("Bắc Âu", "LOC", None)]


def test_a_museum_is_a_named_place_never_a_person():
    assert found("Triển lãm khai mạc tại Bảo tàng Mỹ thuật Việt Nam.") == [("Bảo tàng Mỹ thuật Việt Nam", "LOC", None)]
    assert found("Bảo tàng Lịch sử Quốc gia mở cửa miễn phí.") == [("Bảo tàng Lịch sử Quốc gia", "LOC", None)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Vụ xoài năm nay ở Cao Lãnh cho năng suất cao.", "Cao Lãnh"),  # a city of Đồng Tháp
        ("Ở bản Lác, Mai Châu, tiếng khung cửi vẫn vang lên.", "Mai Châu"),  # a district of Hòa Bình
    ],
)
def test_a_district_shaped_like_a_persons_name_is_a_place(text, place):
    assert (place, "LOC", None) in found(text)
    assert [e for e in find_entities(text) if e.type == "PER"] == []


def test_a_person_cue_still_makes_a_district_name_a_person():
    assert found("Ông Cao Lãnh là nông dân giỏi.") == [("Cao Lãnh", "PER", None)]


def test_the_district_list_only_vetoes_a_persons_reading():
    assert found("Tàu Thống Nhất khởi hành lúc 19h.") == []  # a district of Đồng Nai, and the train


def test_districts_named_after_a_person_keep_the_persons_reading():
    assert found("Tượng đài Ngô Quyền được khánh thành.") == [("Ngô Quyền", "PER", None)]


def test_a_province_after_a_level_word_in_a_title_is_no_person():
    assert found("Vận động viên Bộ CHQS tỉnh Hà Tĩnh thi bơi vũ trang.") == [("Bộ CHQS tỉnh Hà Tĩnh", "ORG", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tai nạn trên đường Nguyễn Văn Linh, quận 7.", [("Nguyễn Văn Linh", "LOC", None)]),
        ("Nhà ở phố Lê Hồng Phong rất đắt.", [("Lê Hồng Phong", "LOC", None)]),
        (
            "Bí thư Đảng ủy xã Triệu Văn Sáng cho biết.",
            [("Đảng ủy xã", "ORG", None), ("Triệu Văn Sáng", "PER", "Bí thư Đảng ủy xã")],
        ),
    ],
)
def test_a_middle_name_never_starts_a_person_inside_a_place_name(text, expected):
    assert found(text) == expected


def test_the_name_after_an_organisations_place_starts_after_the_place():
    assert found("Bí thư Huyện ủy Mai Châu Hà Văn Tuấn phát biểu.") == [
        ("Huyện ủy Mai Châu", "ORG", None),
        ("Hà Văn Tuấn", "PER", "Bí thư Huyện ủy Mai Châu"),
    ]


def test_ethnic_groups_are_not_entities_but_peoples_of_countries_are_places():
    assert found("Người Thái ở Mai Châu giữ nghề dệt; phụ nữ Mông cũng vậy.") == [("Mai Châu", "LOC", None)]
    assert found("Nhiều người Pháp đến Huế.") == [("Pháp", "LOC", None), ("Huế", "LOC", None)]


@pytest.mark.parametrize(
    "organisation",
    [
        "Bộ Tư lệnh Quân khu 4",
        "Trường Quân sự Quân khu 7",
        "Đảng ủy Quân khu 4",
        "Bộ Tư lệnh Vùng 2 Hải quân",
        "Sư đoàn 324",
    ],
)
def test_the_number_of_a_military_unit_belongs_to_the_name(organisation):
    assert found(f"Chiều 22/5, {organisation} tổ chức lễ công bố.") == [(organisation, "ORG", None)]


@pytest.mark.parametrize(
    "organisation",
    [
        "Trung tâm Dự báo khí tượng thủy văn quốc gia",
        "Phòng Nông nghiệp và Phát triển nông thôn huyện Hướng Hóa",
        "Ngân hàng Chính sách xã hội",
        "Đài Khí tượng thủy văn tỉnh Nghệ An",
        "Ủy ban An toàn giao thông quốc gia",
        "Hội Cựu chiến binh tỉnh Nghệ An",
        "Sở Giao thông vận tải",
        "Cục Gìn giữ hòa bình Việt Nam",
        "Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
    ],
)
def test_well_known_names_with_lowercase_words_are_not_cut_short(organisation):
    assert found(f"Theo {organisation}, bão đã suy yếu.") == [(organisation, "ORG", None)]


@pytest.mark.parametrize(
    ("written", "expanded"),
    [
        ("UBND tỉnh Bắc Kạn", "Ủy ban nhân dân tỉnh Bắc Kạn"),
        ("HĐND huyện", "Hội đồng nhân dân huyện"),
        ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
        ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
        ("BCH Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
        ("BCH Quân sự huyện", "Ban Chỉ huy Quân sự huyện"),
        ("Báo CAND", "Báo Công an nhân dân"),
        ("Báo QĐND", "Báo Quân đội nhân dân"),
        ("Trường THPT Chu Văn An", "Trường Trung học phổ thông Chu Văn An"),
        ("BHXH tỉnh", "Bảo hiểm xã hội tỉnh"),
        ("phóng viên TTXVN", "phóng viên Thông tấn xã Việt Nam"),
        ("Sở GD&ĐT Hà Nội", "Sở Giáo dục và Đào tạo Hà Nội"),
    ],
)
def test_abbreviations(written, expanded):
    assert expand_abbreviations(written) == expanded


def test_canonical_names_expand_abbreviations_and_make_provinces_canonical():
    [organisation] = find_entities("Công an TP.HCM vừa bắt giữ đối tượng.")
    assert organisation.canonical == "Công an thành phố Hồ Chí Minh"
    [same] = find_entities("Công an Thành phố Hồ Chí Minh vừa bắt giữ đối tượng.")
    assert canonical_key(organisation) == canonical_key(same)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Đoàn công tác đến tỉnh Bắc Kạn.", "Đoàn công tác đến Bắc Kạn."),
        ("Hội nghị tại TP.HCM.", "Hội nghị tại Thành phố Hồ Chí Minh."),
        ("Hội nghị tại TP HCM.", "Hội nghị tại Sài Gòn."),
        ("Đại tá Lã Văn Hào phát biểu.", "Ông Lã Văn Hào phát biểu."),
        ("Mưa lớn ở Hoà Bình.", "Mưa lớn ở Hòa Bình."),
        ("Nhà máy của UBND tỉnh Quảng Trị.", "Nhà máy của Ủy ban nhân dân tỉnh Quảng Trị."),
        ("Trung tâm Dự báo KTTV quốc gia cho biết.", "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết."),
    ],
)
def test_mentions_merge_across_articles(one, other):
    assert [canonical_key(e) for e in find_entities(one)] == [canonical_key(e) for e in find_entities(other)]


def test_vietnamese_name_shapes():
    assert looks_vietnamese_name(["Lã", "Văn", "Hào"])  # rare family name, middle name Văn
    assert looks_vietnamese_name(["Tô", "Lâm"])
    assert not looks_vietnamese_name(["Quảng", "Trị"])
    assert not looks_vietnamese_name(["Nguyễn"])


def test_tokens_keep_abbreviations_whole():
    assert [t for t, _, _ in tokenize_with_offsets("Sở GD&ĐT TP.HCM, KT-XH")] == ["Sở", "GD&ĐT", "TP.HCM", ",", "KT-XH"]


def test_empty_text():
    assert find_entities("") == []


# --- the command line -------------------------------------------------------------------------

def test_cli_entities_contract():
    import json

    from click.testing import CliRunner

    from bantin.cli import cli

    text = "Đại tá Lã Văn Hào làm việc với UBND tỉnh Bắc Kạn."
    lines = json.dumps({"id": 7, "text": text}, ensure_ascii=False) + "\n\n" + json.dumps({"id": "b", "text": ""}) + "\n"
    result = CliRunner().invoke(cli, ["nlp", "entities", "--jsonl"], input=lines)
    assert result.exit_code == 1, result.output  # the empty text is reported, the stream goes on
    [first] = [json.loads(line) for line in result.stdout.splitlines()]
    assert first == {
        "id": 7,
        "entities": [
            {"text": "Lã Văn Hào", "type": "PER", "start": 7, "end": 17, "canonical": "Lã Văn Hào", "title": "Đại tá"},
            {"text": "UBND tỉnh Bắc Kạn", "type": "ORG", "start": 31, "end": 48,
             "canonical": "Ủy ban nhân dân tỉnh Bắc Kạn", "title": None},
        ],
    }
    assert all(text[e["start"] : e["end"]] == e["text"] for e in first["entities"])
    assert [{"line": 3, "id": "b", "error": "no words in 'text'"}] == [
        json.loads(line) for line in result.stderr.splitlines()
    ]


def test_cli_places_contract():
    import json

    from click.testing import CliRunner

    from bantin.cli import cli

    line = json.dumps({"id": "a", "title": "Mưa lũ ở Bắc Kạn", "lead": "", "text": "Tỉnh Bắc Kạn và TP.HCM"}, ensure_ascii=False)
    result = CliRunner().invoke(cli, ["nlp", "places", "--jsonl"], input=line + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "id": "a",
        "provinces": [
            {"name": "Bắc Kạn", "name_2025": "Thái Nguyên", "weight": 4.0, "mentions": 2},
            {"name": "TP Hồ Chí Minh", "name_2025": "TP Hồ Chí Minh", "weight": 1.0, "mentions": 1},
        ],
    }


def test_cli_bad_line_is_reported_on_stderr_with_its_number():
    import json

    from click.testing import CliRunner

    from bantin.cli import cli

    result = CliRunner().invoke(cli, ["nlp", "entities", "--jsonl"], input="{not json\n")
    assert result.exit_code == 1
    assert [1] == [json.loads(line)["line"] for line in result.stderr.splitlines()]


def test_phrase_tables_find_the_longest_phrase_at_a_position():
    from bantin.nlp.titles import Phrases

    phrases = Phrases([
        (("Phó",), "short"),
        (("Phó", "Chủ", "tịch"), "title"),
        (("Phó", "Chủ", "tịch", "Thường", "trực"), "longer title"),
        (("Phó", "Bí", "thư"), "other title"),
    ])
    keys = ["ông", "Phó", "Chủ", "tịch", "Thường", "trực", "tỉnh"]
    assert (6, "longer title") == phrases.match(keys, 1)
    assert (4, "title") == phrases.match(keys[:5], 1)  # the longer one would run past the end
    assert (1, "short") == phrases.match(["Phó", "Giám", "đốc"], 0)
    assert phrases.match(keys, 0) is None
    assert (3, "title") == phrases.match(["phó", "Chủ", "tịch", "nước"], 0, first="Phó")  # the first key overridden
    assert "Phó" in phrases and "Chủ" not in phrases
