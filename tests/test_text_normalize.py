import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bantin.text.normalize import (
    VIETNAMESE_LETTERS,
    canonical_tones,
    clean_text,
    fold,
    folded_key,
    is_syllable,
    is_vietnamese,
    key,
)

PARAGRAPH = (
    "Chiều 26/5, Ban Chấp hành Đảng bộ tỉnh Quảng Trị tổ chức hội nghị sơ kết 5 năm "
    "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII. Người dân ở huyện "
    "Hướng Hóa phấn khởi vì đường sá, trường học được đầu tư khang trang."
)
VIETNAMESE_PARAGRAPHS = [
    PARAGRAPH,
    "Theo Bộ Y tế, trong tuần qua cả nước ghi nhận hơn 1.200 ca mắc sốt xuất huyết, "
    "tăng 15% so với tuần trước. Các tỉnh phía Nam như Đồng Nai, Bình Dương và "
    "TP Hồ Chí Minh có số ca mắc cao nhất.",
    "Giá vàng SJC sáng nay giảm mạnh, về mức 85 triệu đồng mỗi lượng. Nhiều người dân "
    "xếp hàng từ sớm để mua vàng nhẫn tại các cửa hàng ở Hà Nội.",
    "Công ty FPT Software ký hợp đồng AI và cloud computing với Samsung Electronics, "
    "trị giá 100 triệu USD, theo CEO Nguyễn Văn Khoa.",
]
OTHER_LANGUAGE_PARAGRAPHS = [
    "Prime Minister Phạm Minh Chính met the delegation in Hà Nội on Tuesday. The talks "
    "covered trade, energy and climate, said Nguyễn Thị Thanh Hà.",
    "Vietnam's central bank governor Nguyễn Thị Hồng said inflation would stay below "
    "target this year.",
    "L'été dernier, nous sommes allés à la plage près de Nice. Où est la gare? Le garçon "
    "a reçu un cadeau de Noël très naïf; il était né à Paris.",
    "Über den Wolken muß die Freiheit wohl grenzenlos sein. Die Mädchen hätten gern "
    "schöne Bücher für die Schüler gekauft, daß sie größer wären.",
    "În această săptămână, guvernul României a anunțat măsuri noi pentru protecția "
    "mediului și a pădurilor din Carpați.",
]

vietnamese_text = st.text(alphabet=sorted(VIETNAMESE_LETTERS) + list(" \n\t.,-0123456789"))
any_text = st.text()


# --- clean_text --------------------------------------------------------------


def test_clean_text_turns_odd_spaces_into_plain_spaces():
    assert "Hà Nội mùa thu" == clean_text("Hà\u00a0Nội\u2009mùa\u3000thu")


def test_clean_text_removes_zero_width_characters_and_soft_hyphens():
    assert "Thủ tướng" == clean_text("\ufeffThủ\u200b tư\u00adớng\u200d")


def test_clean_text_removes_control_characters_but_keeps_newlines_and_words():
    assert "Đà Nẵng\nmưa lớn" == clean_text("Đà\x00 Nẵng\x07\r\nmưa lớn\x1b")


def test_clean_text_tidies_whitespace_within_and_between_lines():
    assert "Tin mới\n\nThời sự\nThế giới" == clean_text(
        "  Tin \t  mới   \n\n\n\n  Thời sự \r\nThế giới\n\n"
    )


def test_clean_text_composes_decomposed_vietnamese():
    decomposed = unicodedata.normalize("NFD", PARAGRAPH)
    assert PARAGRAPH == clean_text(decomposed)


def test_clean_text_keeps_every_diacritic():
    assert PARAGRAPH == clean_text(PARAGRAPH)


@given(any_text)
def test_clean_text_is_idempotent_and_nfc(text):
    once = clean_text(text)
    assert once == clean_text(once)
    assert unicodedata.is_normalized("NFC", once)


@given(st.text(alphabet=st.sampled_from(list("ab ̀\n\t\r\u00a0\u200b\u2028\x07ệ")) | st.characters()))
def test_clean_text_skips_its_work_only_on_text_it_would_not_change(text):
    from bantin.text.normalize import _clean_slowly

    assert _clean_slowly(text) == clean_text(text)


# --- canonical_tones ----------------------------------------------------------


@pytest.mark.parametrize(
    "either, canonical",
    [
        ("hoà", "hòa"),
        ("hòa", "hòa"),
        ("thuý", "thúy"),
        ("khoẻ", "khỏe"),
        ("Hoá", "Hóa"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("thuỷ điện", "thủy điện"),
        ("loè loẹt", "lòe loẹt"),
    ],
)
def test_canonical_tones_puts_the_mark_on_the_first_vowel_of_open_oa_oe_uy(either, canonical):
    assert canonical == canonical_tones(either)


@pytest.mark.parametrize(
    "word",
    [
        "quý", "quốc", "quyển", "quạ",  # qu- is an onset
        "giá", "giường", "giỏi", "gì", "gìn",  # gi- is an onset unless i is the only vowel
        "thuở", "khuyến", "người", "thuyền", "nguyễn", "hoặc", "tuần",  # hat, breve, horn
        "hoàng", "huỳnh", "toán",  # final consonant: last vowel
        "ngoài", "khuỷu", "xoáy",  # three vowels: the middle one
        "tài", "múa", "mía", "cháo", "túi",  # other two-vowel groups: the first
    ],
)
def test_canonical_tones_keeps_words_already_in_canonical_form(word):
    assert word == canonical_tones(word)
    assert word.upper() == canonical_tones(word.upper())


@pytest.mark.parametrize(
    "misplaced, canonical",
    [("ngừơi", "người"), ("Thủơ", "Thuở"), ("qúy", "quý"), ("gíup", "giúp"), ("khúyên", "khuyến")],
)
def test_canonical_tones_repairs_marks_typed_on_the_wrong_vowel(misplaced, canonical):
    assert canonical == canonical_tones(misplaced)


def test_canonical_tones_moves_marks_in_running_text():
    assert "Bà Thúy ở Thanh Hóa vẫn khỏe, thủy chung." == canonical_tones(
        "Bà Thuý ở Thanh Hoá vẫn khoẻ, thuỷ chung."
    )


def test_canonical_tones_leaves_other_languages_alone():
    text = "Le café était délicieux; São Paulo, Zürich, naïve résumé."
    assert text == canonical_tones(text)


@given(vietnamese_text)
def test_canonical_tones_is_idempotent_and_nfc(text):
    once = canonical_tones(text)
    assert once == canonical_tones(once)
    assert unicodedata.is_normalized("NFC", once)


@given(vietnamese_text)
def test_canonical_tones_changes_only_where_the_mark_sits(text):
    assert fold(text) == fold(canonical_tones(text))


# --- is_syllable ---------------------------------------------------------------


def test_is_syllable_accepts_vietnamese_syllables_in_either_tone_style():
    assert all(is_syllable(w) for w in ["Nguyễn", "hoà", "hòa", "QUỐC", "gì", "người", "để"])


def test_is_syllable_rejects_foreign_and_malformed_words():
    assert not any(is_syllable(w) for w in ["street", "café", "été", "ka", "cỏc", "hoàa", "ậ̀"])


# --- fold and keys ---------------------------------------------------------------


def test_fold_removes_every_vietnamese_mark_and_the_stroke_of_d():
    assert "Chieu 26/5, Ban Chap hanh Dang bo tinh Quang Tri" == fold(
        "Chiều 26/5, Ban Chấp hành Đảng bộ tỉnh Quảng Trị"
    )
    assert "a a a e o o u d D" == fold("ă â à ê ơ ộ ữ đ Đ")


def test_fold_also_folds_other_latin_accents():
    assert "cafe creme, Zurich, Sao Paulo" == fold("café crème, Zürich, São Paulo")


def test_fold_gives_the_same_for_nfc_and_nfd_input():
    assert fold(PARAGRAPH) == fold(unicodedata.normalize("NFD", PARAGRAPH))


def test_key_matches_both_tone_styles_and_any_case():
    assert key("Hoà Bình, Thuý Kiều") == key("HÒA  BÌNH, thúy kiều")
    assert key("má") != key("mà")


def test_folded_key_matches_text_typed_without_diacritics():
    assert "da nang" == folded_key("Đà\u00a0Nẵng")
    assert folded_key("kinh tế") == folded_key("Kinh Te")


@pytest.mark.parametrize("function", [fold, key, folded_key])
@given(text=any_text)
def test_keys_are_idempotent_and_nfc(function, text):
    once = function(text)
    assert once == function(once)
    assert unicodedata.is_normalized("NFC", once)


@given(any_text)
def test_folded_key_has_no_combining_marks_and_no_d_with_stroke(text):
    folded = folded_key(text)
    assert not any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", folded))
    assert "đ" not in folded and "Đ" not in folded


# --- is_vietnamese ------------------------------------------------------------------


@pytest.mark.parametrize("text", VIETNAMESE_PARAGRAPHS)
def test_is_vietnamese_accepts_vietnamese_news(text):
    assert is_vietnamese(text)


@pytest.mark.parametrize("text", OTHER_LANGUAGE_PARAGRAPHS)
def test_is_vietnamese_rejects_other_languages_even_with_vietnamese_names(text):
    assert not is_vietnamese(text)


def test_is_vietnamese_cannot_tell_text_without_diacritics():
    assert not is_vietnamese("Chieu 26/5, Ban Chap hanh Dang bo tinh Quang Tri")
    assert not is_vietnamese("2024-05-26 12:00")
