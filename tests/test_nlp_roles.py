"""Which titles make a person public (listed, counted, followed) and which do not."""

from __future__ import annotations

import pytest

from bantin.nlp.entities import find_entities
from bantin.nlp.roles import ADDRESS, PRIVATE, PUBLIC, is_public_role, role_kind


@pytest.mark.parametrize("title", [
    # offices of the state, the Party, mass organisations
    "Chủ tịch", "Bí thư", "Bộ trưởng", "Thủ tướng", "Tổng Bí thư", "Giám đốc Sở Y tế", "Đại biểu Quốc hội",
    "Chủ tịch UBND tỉnh Quảng Trị", "Phó Bí thư Thường trực", "Ủy viên Bộ Chính trị, Thủ tướng",
    "Phó trưởng Công an huyện",
    # military and police officers
    "Đại tá", "Thiếu tướng", "Trung tá", "thượng tá", "Đại Úy",
    # heads of organisations and companies
    "Tổng giám đốc", "CEO", "Chủ tịch HĐQT",
    # professions practised in public
    "ca sĩ", "diễn viên", "người mẫu", "Hoa hậu", "MC", "nhà văn", "Nhà thơ", "đạo diễn", "nghệ sĩ", "HLV",
    "cầu thủ", "tiền đạo", "vận động viên", "danh thủ",
    # academic titles and state honours
    "GS", "PGS", "TS", "GS.TS", "PGS.TS", "Phó Giáo sư", "NSND", "Mẹ Việt Nam Anh hùng",
    # former officials
    "nguyên Bộ trưởng", "cựu Chủ tịch", "Nguyên Giám đốc Công an tỉnh",
])
def test_public_roles(title):
    assert role_kind(title) == PUBLIC
    assert is_public_role(title)


@pytest.mark.parametrize("title", [
    "bị can", "Bị cáo", "nghi phạm", "nghi can", "nạn nhân", "bệnh nhân", "sản phụ", "cháu", "em",
    "chủ nhà", "chủ một căn nhà", "người dân", "hành khách", "tài xế",
    # professions practised for clients and patients, and conscripts' ranks
    "Bác sĩ", "Luật sư", "ThS.BS", "Thượng sĩ", "binh nhì",
])
def test_private_roles(title):
    assert role_kind(title) == PRIVATE
    assert not is_public_role(title)


@pytest.mark.parametrize("title", ["ông", "Bà", "anh", "chị"])
def test_forms_of_address_are_no_role(title):
    assert role_kind(title) == ADDRESS
    assert not is_public_role(title)


@pytest.mark.parametrize("title", [None, "", "Phó", "một người"])
def test_no_or_an_unknown_title_is_not_public(title):
    assert role_kind(title) is None
    assert not is_public_role(title)


def test_the_longest_listed_phrase_wins():
    assert role_kind("chủ") == PRIVATE and role_kind("Chủ tịch") == PUBLIC  # an owner, a president
    assert role_kind("anh") == ADDRESS and role_kind("Anh hùng Lao động") == PUBLIC
    assert role_kind("mẹ") == PRIVATE and role_kind("Mẹ Việt Nam Anh hùng") == PUBLIC


def test_tone_mark_placement_does_not_matter():
    assert role_kind("Hoà thượng") == role_kind("Hòa thượng") == PUBLIC
    assert role_kind("Đại uý") == PUBLIC


def test_one_public_part_of_a_chain_is_enough():
    assert is_public_role("Bí thư Chi bộ kiêm Trưởng thôn")
    assert is_public_role("Bác sĩ, Giám đốc Bệnh viện Bạch Mai")


def test_on_the_titles_the_entity_finder_attaches():
    persons = {e.canonical: e.title for e in find_entities(
        "Đại tá Lã Văn Hào dự họp. Bị can Nguyễn Thị Lan bị bắt. Phạm Quốc Bảo, chủ một căn nhà, cho biết.")
        if e.type == "PER"}
    assert {name: is_public_role(title) for name, title in persons.items()} == {
        "Lã Văn Hào": True, "Nguyễn Thị Lan": False, "Phạm Quốc Bảo": False}
