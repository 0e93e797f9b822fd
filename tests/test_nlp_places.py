"""Provinces: the 63 before 1 July 2025, the 34 since, and the provinces an article is about."""

from __future__ import annotations

import pytest

from bantin.nlp.places import (
    BODY_FIRST_WEIGHT,
    BODY_MORE_WEIGHT,
    LEAD_WEIGHT,
    TITLE_WEIGHT,
    article_provinces,
    province_of,
    units_2025,
)


def provinces(title: str = "", lead: str = "", text: str = "") -> list[tuple[str, str]]:
    return [(p.name, p.name_2025) for p in article_provinces(title, lead, text)]


def test_63_units_before_merge_into_34_after():
    units = units_2025()
    olds = [old for members in units.values() for old in members]
    assert len(units) == 34
    assert len(olds) == 63 == len(set(olds))
    assert all(province_of(old) == (old, new) for new, members in units.items() for old in members)


def test_eleven_units_are_unchanged():
    unchanged = {new for new, members in units_2025().items() if members == (new,)}
    assert unchanged == {"Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
                         "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Hà Giang", "Tuyên Quang"),
        ("Yên Bái", "Lào Cai"),
        ("Bắc Kạn", "Thái Nguyên"),
        ("Vĩnh Phúc", "Phú Thọ"),
        ("Hòa Bình", "Phú Thọ"),
        ("Bắc Giang", "Bắc Ninh"),
        ("Thái Bình", "Hưng Yên"),
        ("Hải Dương", "Hải Phòng"),
        ("Nam Định", "Ninh Bình"),
        ("Hà Nam", "Ninh Bình"),
        ("Quảng Bình", "Quảng Trị"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Kon Tum", "Quảng Ngãi"),
        ("Bình Định", "Gia Lai"),
        ("Ninh Thuận", "Khánh Hòa"),
        ("Đắk Nông", "Lâm Đồng"),
        ("Bình Thuận", "Lâm Đồng"),
        ("Phú Yên", "Đắk Lắk"),
        ("Bình Dương", "TP Hồ Chí Minh"),
        ("Bà Rịa - Vũng Tàu", "TP Hồ Chí Minh"),
        ("Bình Phước", "Đồng Nai"),
        ("Long An", "Tây Ninh"),
        ("Sóc Trăng", "Cần Thơ"),
        ("Hậu Giang", "Cần Thơ"),
        ("Bến Tre", "Vĩnh Long"),
        ("Trà Vinh", "Vĩnh Long"),
        ("Tiền Giang", "Đồng Tháp"),
        ("Bạc Liêu", "Cà Mau"),
        ("Kiên Giang", "An Giang"),
    ],
)
def test_merger_mapping(old, new):
    assert province_of(old) == (old, new)


@pytest.mark.parametrize(
    ("written", "old"),
    [
        ("TP.HCM", "TP Hồ Chí Minh"),
        ("TPHCM", "TP Hồ Chí Minh"),
        ("TP Hồ Chí Minh", "TP Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "TP Hồ Chí Minh"),
        ("Sài Gòn", "TP Hồ Chí Minh"),
        ("tỉnh Thừa Thiên Huế", "Huế"),
        ("TP Đà Nẵng", "Đà Nẵng"),
        ("tỉnh Bắc Kạn", "Bắc Kạn"),
        ("Hoà Bình", "Hòa Bình"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Quang Tri", "Quảng Trị"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ],
)
def test_variants_and_spellings(written, old):
    assert province_of(written)[0] == old


def test_not_provinces():
    assert province_of("Giang") is None
    assert province_of("Hà") is None


def test_title_and_lead_weigh_more_than_the_body():
    result = article_provinces(
        "Bắc Kạn: mưa lũ gây thiệt hại", "Lũ quét ở tỉnh Bắc Kạn, Cao Bằng.", "Hà Nội gửi hàng cứu trợ. Hà Nội, Hà Nội."
    )
    assert [(p.name, p.weight) for p in result] == [
        ("Bắc Kạn", TITLE_WEIGHT + LEAD_WEIGHT),
        ("Cao Bằng", LEAD_WEIGHT),
        ("Hà Nội", BODY_FIRST_WEIGHT + 2 * BODY_MORE_WEIGHT),
    ]
    assert result[0].name_2025 == "Thái Nguyên" and result[0].mentions == 2


def test_both_names_are_given():
    assert provinces(text="Đoàn công tác tỉnh Quảng Bình") == [("Quảng Bình", "Quảng Trị")]


def test_hoa_binh_needs_a_cue_or_a_list():
    assert provinces(text="Thủy điện Hòa Bình mở cửa xả đáy.") == []
    assert provinces(text="Mưa lớn ở tỉnh Hòa Bình.") == [("Hòa Bình", "Phú Thọ")]
    assert provinces(text="Các tỉnh Sơn La, Hoà Bình và Lào Cai.") == [
        ("Hòa Bình", "Phú Thọ"), ("Lào Cai", "Lào Cai"), ("Sơn La", "Sơn La")
    ]


def test_names_inside_other_names_do_not_count():
    assert provinces(text="Ông Nguyễn Thái Bình đi biển Thái Bình Dương.") == []
    assert provinces(text="Chiến thắng Điện Biên Phủ.") == []
    assert provinces(text="Học tập tư tưởng Hồ Chí Minh.") == []


def test_the_former_quang_nam_da_nang_counts_for_both():
    assert provinces(text="tỉnh Quảng Nam - Đà Nẵng cũ") == [("Quảng Nam", "Đà Nẵng"), ("Đà Nẵng", "Đà Nẵng")]


def test_ho_chi_minh_city_forms():
    assert provinces(text="Công an TP.HCM và UBND TP Hồ Chí Minh, Sài Gòn.")[0] == ("TP Hồ Chí Minh", "TP Hồ Chí Minh")


def test_empty_article():
    assert article_provinces("", "", "") == []
