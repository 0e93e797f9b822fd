import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bantin.text.encoding import Decoded, DecodeError, decode_html, encode_cp1258, looks_binary
from bantin.text.legacy import repair_legacy, unicode_to_tcvn3
from bantin.text.normalize import VIETNAMESE_LETTERS

PARAGRAPH = (
    "Chiều 26/5, Ban Chấp hành Đảng bộ tỉnh Quảng Trị tổ chức hội nghị sơ kết 5 năm "
    "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII. Người dân ở huyện "
    "Hướng Hóa phấn khởi vì đường sá, trường học được đầu tư khang trang."
)


def page(charset_meta: str = "", body: str = PARAGRAPH) -> str:
    return f"<html><head>{charset_meta}<title>Tin tức</title></head><body><p>{body}</p></body></html>"


def decode_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258"))


# --- encode_cp1258 ---------------------------------------------------------------


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


@given(st.text(alphabet=sorted(VIETNAMESE_LETTERS) + list(" .,;:!?-0123456789“”–€\n")))
def test_encode_cp1258_round_trips_vietnamese_text(text):
    assert text == decode_cp1258(encode_cp1258(text))


# --- looks_binary ------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"GIF89a\x01\x00",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3",
        b"PK\x03\x04\x14\x00",
        b"\x1f\x8b\x08\x00",
        b"\x7fELF\x02\x01\x01",
        b"<html>\x00<body>",  # a NUL byte
        bytes(range(1, 32)) * 20,  # mostly control bytes
    ],
)
def test_looks_binary_spots_binary_data(data):
    assert looks_binary(data)


def test_looks_binary_accepts_text_in_any_encoding():
    assert not looks_binary(page().encode("utf-8"))
    assert not looks_binary(encode_cp1258(page()))
    assert not looks_binary(b"")
    assert not looks_binary(b"line\r\n\tindented\x0cnext page\x1b$B")


# --- decode_html ------------------------------------------------------------------------


def test_decode_html_reads_utf8():
    assert Decoded(page(), "utf-8", "utf-8", 0) == decode_html(page().encode("utf-8"))


def test_decode_html_follows_the_byte_order_mark_first():
    data = codecs.BOM_UTF8 + page().encode("utf-8")
    assert Decoded(page(), "utf-8", "bom", 0) == decode_html(data, declared="windows-1252")
    data = codecs.BOM_UTF16_LE + page().encode("utf-16-le")
    assert Decoded(page(), "utf-16-le", "bom", 0) == decode_html(data)


def test_decode_html_trusts_the_transport_header_when_the_bytes_agree():
    data = page().encode("utf-8")
    assert Decoded(page(), "utf-8", "declared", 0) == decode_html(data, declared="UTF-8")


@pytest.mark.parametrize("label", ["windows-1258", "cp1258", "x-viet-windows"])
def test_decode_html_reads_declared_windows_1258_as_nfc(label):
    decoded = decode_html(encode_cp1258(page()), declared=label)
    assert Decoded(page(), "cp1258", "declared", 0) == decoded
    assert unicodedata.is_normalized("NFC", decoded.text)


def test_decode_html_reads_the_meta_charset():
    html = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
    assert Decoded(html, "cp1258", "meta", 0) == decode_html(encode_cp1258(html))
    html = page('<meta charset="utf-8">')
    assert Decoded(html, "utf-8", "meta", 0) == decode_html(html.encode("utf-8"))


def test_decode_html_falls_through_a_wrong_meta_charset():
    html = page('<meta charset="utf-8">')
    decoded = decode_html(encode_cp1258(html))  # the page says UTF-8 but is Windows-1258
    assert Decoded(html, "cp1258", "detected", 0) == decoded


def test_decode_html_ignores_a_one_byte_declaration_on_utf8_bytes():
    """Servers often send "charset=iso-8859-1" for UTF-8 pages; read as declared,
    "Chiều" would become "Chiá»u"."""
    data = page().encode("utf-8")
    assert Decoded(page(), "utf-8", "utf-8", 0) == decode_html(data, declared="iso-8859-1")


def test_decode_html_replaces_a_few_broken_utf8_sequences_and_counts_them():
    data = page().encode("utf-8")
    broken = data[:100] + b"\xff" + data[100:] + b"\xe1\xbb"  # a stray byte, a cut letter
    decoded = decode_html(broken)
    assert ("utf-8", "utf-8", 2) == (decoded.encoding, decoded.how, decoded.errors)
    assert 2 == decoded.text.count("\ufffd")


def test_decode_html_counts_broken_sequences_under_a_utf8_declaration_too():
    decoded = decode_html(page().encode("utf-8") + b"\xc3", declared="utf-8")
    assert ("utf-8", "declared", 1) == (decoded.encoding, decoded.how, decoded.errors)


def test_decode_html_detects_undeclared_windows_1258():
    decoded = decode_html(encode_cp1258(page() * 3))
    assert (page() * 3, "cp1258", "detected") == (decoded.text, decoded.encoding, decoded.how)


def test_decode_html_gives_tcvn3_pages_as_cp1252_text_for_repair_legacy():
    html = (
        '<html><head><meta charset="windows-1252"></head>\n<body>\n'
        f"<p>{unicode_to_tcvn3(PARAGRAPH)}</p>\n</body></html>"
    )
    decoded = decode_html(html.encode("cp1252"))
    assert ("cp1252", "meta", 0) == (decoded.encoding, decoded.how, decoded.errors)
    repaired, encoding = repair_legacy(decoded.text)
    assert "tcvn3" == encoding
    assert f"<p>{PARAGRAPH}</p>" in repaired


def test_decode_html_refuses_binary_data():
    with pytest.raises(DecodeError):
        decode_html(b"%PDF-1.7\n...")
    with pytest.raises(ValueError):  # DecodeError is a ValueError
        decode_html(b"\x00\x01\x02\x03" * 100)


def test_decode_html_reads_empty_data_as_empty_text():
    assert Decoded("", "utf-8", "utf-8", 0) == decode_html(b"")


@given(st.binary(max_size=2000))
def test_decode_html_returns_nfc_text_or_refuses(data):
    try:
        decoded = decode_html(data)
    except DecodeError:
        return
    assert unicodedata.is_normalized("NFC", decoded.text)
    assert decoded.errors >= 0
