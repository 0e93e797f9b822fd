import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bantin.text.encoding import encode_cp1258

VIETNAMESE_LOWER = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợ"
    "pqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
VIETNAMESE_LETTERS = VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper()
PARAGRAPH = (
    "Chiều 26/5, Ban Chấp hành Đảng bộ tỉnh Quảng Trị tổ chức hội nghị sơ kết 5 năm "
    "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII. Người dân ở huyện "
    "Hướng Hóa phấn khởi vì đường sá, trường học được đầu tư khang trang."
)


def decode_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258"))


def test_encode_cp1258_uses_precomposed_letters_where_the_code_page_has_them():
    assert b"H\xe0 N\xf4\xf2i" == encode_cp1258("Hà Nội")
    assert b"\xd0\xe1 N\xe3ng" == encode_cp1258("Đá Năng")


def test_encode_cp1258_writes_other_tones_as_combining_marks():
    assert b"Vi\xea\xf2t Nam" == encode_cp1258("Việt Nam")  # ê + dot below
    assert b"ng\xfd\xf5\xcci" == encode_cp1258("người")  # ư ơ + grave


def test_encode_cp1258_round_trips_a_news_paragraph():
    assert PARAGRAPH == decode_cp1258(encode_cp1258(PARAGRAPH))


def test_encode_cp1258_accepts_decomposed_input():
    assert encode_cp1258("Việt") == encode_cp1258(unicodedata.normalize("NFD", "Việt"))


def test_encode_cp1258_refuses_characters_outside_the_code_page():
    with pytest.raises(UnicodeEncodeError) as raised:
        encode_cp1258("Hà Nội 河内")
    assert 7 == raised.value.start
    assert b"H\xe0 ?" == encode_cp1258("Hà 河", errors="replace")


@given(st.text(alphabet=VIETNAMESE_LETTERS + " .,;:!?-0123456789“”–€"))
def test_encode_cp1258_round_trips_vietnamese_text(text):
    assert text == decode_cp1258(encode_cp1258(text))
