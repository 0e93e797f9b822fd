import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bantin.text.legacy import (
    detect_legacy,
    repair_legacy,
    tcvn3_to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)
from bantin.text.normalize import VIETNAMESE_LETTERS, clean_text

VIETNAMESE_LOWER = "".join(sorted(c for c in VIETNAMESE_LETTERS if c.islower()))
# TCVN3 holds every lowercase letter but, among capitals, only the unmarked ones.
TCVN3_LETTERS = VIETNAMESE_LOWER + "ABCDEGHIKLMNOPQRSTUVXYĂÂÊÔƠƯĐ"
PUNCTUATION = " .,;:!?-0123456789“”–\n"

PARAGRAPH = (
    "Chiều 26/5, Ban Chấp hành Đảng bộ tỉnh Quảng Trị tổ chức hội nghị sơ kết 5 năm "
    "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII. Người dân ở huyện "
    "Hướng Hóa phấn khởi vì đường sá, trường học được đầu tư khang trang."
)
PARAGRAPH_TCVN3 = (
    "ChiÒu 26/5, Ban ChÊp hµnh §¶ng bé tØnh Qu¶ng TrÞ tæ chøc héi nghÞ s¬ kÕt 5 n¨m "
    "thùc hiÖn NghÞ quyÕt §¹i héi §¶ng bé tØnh lÇn thø XVII. Ng\xadêi d©n ë huyÖn "
    "H\xadíng Hãa phÊn khëi v× ®\xadêng s¸, tr\xadêng häc ®\xadîc ®Çu t\xad khang trang."
)
PARAGRAPH_VNI = (
    "Chieàu 26/5, Ban Chaáp haønh Ñaûng boä tænh Quaûng Trò toå chöùc hoäi nghò sô keát 5 naêm "
    "thöïc hieän Nghò quyeát Ñaïi hoäi Ñaûng boä tænh laàn thöù XVII. Ngöôøi daân ôû huyeän "
    "Höôùng Hoùa phaán khôûi vì ñöôøng saù, tröôøng hoïc ñöôïc ñaàu tö khang trang."
)
SECOND_PARAGRAPH = (
    "Theo Bộ Y tế, trong tuần qua cả nước ghi nhận hơn 1.200 ca mắc sốt xuất huyết, "
    "tăng 15% so với tuần trước. Các tỉnh phía Nam như Đồng Nai, Bình Dương và "
    "TP Hồ Chí Minh có số ca mắc cao nhất."
)

NOT_LEGACY = {
    "Unicode Vietnamese": PARAGRAPH + "\n" + SECOND_PARAGRAPH,
    "Unicode Vietnamese using only Latin-1 letters": "Tôi có các ý kiến về bà và cô.\n" * 5,
    "English with Vietnamese names": (
        "Prime Minister Phạm Minh Chính met the delegation in Hà Nội on Tuesday. "
        "The talks covered trade, energy and climate."
    ),
    "English": "The quick brown fox jumps over the lazy dog. " * 10,
    "French": (
        "L'été dernier, nous sommes allés à la plage près de Nice. Où est la gare ? "
        "Le garçon a reçu un cadeau de Noël très naïf ; il était né à Paris. "
        "Ça coûte cher, mais c'est la fête à l'île de Ré."
    ),
    "German": (
        "Über den Wolken muß die Freiheit wohl grenzenlos sein. Die Mädchen hätten "
        "gern schöne Bücher für die Schüler gekauft, daß sie größer wären. "
        "Äpfel und Öl sind heute günstig."
    ),
    "Spanish": "El niño español comió piñas en la montaña; mañana irá a España con su señora.",
    "stray symbols": (
        "© 2024 Example Corp. All rights reserved.\nParticles of 5 µm and 10 µm.\n"
        "Brand® is a registered trademark. Add ½ cup sugar and 2 ¼ cups flour.\n© ® ©"
    ),
}


# --- TCVN3 ---------------------------------------------------------------------


def test_tcvn3_to_unicode_reads_place_names():
    assert "Hà Nội" == tcvn3_to_unicode("Hµ Néi")
    assert "Việt Nam" == tcvn3_to_unicode("ViÖt Nam")
    assert "Đà Nẵng" == tcvn3_to_unicode("§µ N½ng")
    assert "Mường Khương" == tcvn3_to_unicode("M\xadêng Kh\xad¬ng")  # ư is the soft hyphen byte


def test_tcvn3_to_unicode_reads_a_news_paragraph():
    assert PARAGRAPH == tcvn3_to_unicode(PARAGRAPH_TCVN3)


def test_tcvn3_reads_the_same_from_latin1_and_cp1252_decodings():
    data = ("“" + PARAGRAPH_TCVN3 + "” – trang 1").encode("cp1252")
    assert tcvn3_to_unicode(data.decode("cp1252")) == tcvn3_to_unicode(data.decode("latin-1"))
    assert "“Chiều" == tcvn3_to_unicode(data.decode("latin-1"))[:6]


def test_unicode_to_tcvn3_gives_the_cp1252_view_of_a_vntime_page():
    assert PARAGRAPH_TCVN3 == unicode_to_tcvn3(PARAGRAPH)
    assert b"H\xb5 N\xe9i" == unicode_to_tcvn3("Hà Nội").encode("cp1252")


def test_unicode_to_tcvn3_writes_marked_capitals_as_in_a_vntimeh_heading():
    assert "VIÖT NAM" == unicode_to_tcvn3("VIỆT NAM")
    assert "VIệT NAM" == tcvn3_to_unicode("VIÖT NAM")
    assert "VIỆT NAM" == tcvn3_to_unicode("VIÖT NAM", capitals_font=True)


@given(st.text(alphabet=TCVN3_LETTERS + PUNCTUATION))
def test_tcvn3_round_trips_vietnamese_text(text):
    assert text == tcvn3_to_unicode(unicode_to_tcvn3(text))
    data = unicode_to_tcvn3(text).encode("cp1252")
    assert text == tcvn3_to_unicode(data.decode("latin-1"))


# --- VNI --------------------------------------------------------------------------


def test_vni_to_unicode_reads_letters_followed_by_modifiers():
    assert "Việt Nam" == vni_to_unicode("Vieät Nam")
    assert "Hà Nội" == vni_to_unicode("Haø Noäi")
    assert "đ Đ" == vni_to_unicode("ñ Ñ")
    assert "ĐÀ NẴNG" == vni_to_unicode("ÑAØ NAÜNG")


def test_vni_to_unicode_reads_a_news_paragraph():
    assert PARAGRAPH == vni_to_unicode(PARAGRAPH_VNI)


def test_unicode_to_vni_gives_the_cp1252_view_of_a_vni_times_page():
    assert PARAGRAPH_VNI == unicode_to_vni(PARAGRAPH)
    assert b"Vie\xe4t Nam" == unicode_to_vni("Việt Nam").encode("cp1252")


@given(st.text(alphabet=VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper() + PUNCTUATION))
def test_vni_round_trips_vietnamese_text(text):
    assert text == vni_to_unicode(unicode_to_vni(text))
    data = unicode_to_vni(text).encode("cp1252")
    assert text == vni_to_unicode(data.decode("latin-1"))


# --- detect_legacy ------------------------------------------------------------------


def test_detect_legacy_recognises_a_tcvn3_paragraph():
    assert "tcvn3" == detect_legacy(PARAGRAPH_TCVN3)
    assert "tcvn3" == detect_legacy(unicode_to_tcvn3(SECOND_PARAGRAPH))


def test_detect_legacy_recognises_a_vni_paragraph():
    assert "vni" == detect_legacy(PARAGRAPH_VNI)
    assert "vni" == detect_legacy(unicode_to_vni(SECOND_PARAGRAPH))


def test_detect_legacy_recognises_legacy_text_decoded_as_latin1():
    data = PARAGRAPH_TCVN3.encode("cp1252")
    assert "tcvn3" == detect_legacy(data.decode("latin-1"))


@pytest.mark.parametrize("name", NOT_LEGACY)
def test_detect_legacy_does_not_fire_on_normal_text(name):
    assert detect_legacy(NOT_LEGACY[name]) is None


def test_detect_legacy_needs_more_than_a_short_heading():
    assert detect_legacy("Hµ Néi") is None


# --- repair_legacy ----------------------------------------------------------------------


@pytest.mark.parametrize("name", NOT_LEGACY)
def test_repair_legacy_leaves_normal_text_untouched(name):
    assert (NOT_LEGACY[name], None) == repair_legacy(NOT_LEGACY[name])


def test_repair_legacy_converts_a_legacy_page():
    assert (PARAGRAPH, "tcvn3") == repair_legacy(PARAGRAPH_TCVN3)
    assert (PARAGRAPH, "vni") == repair_legacy(PARAGRAPH_VNI)


def test_repair_legacy_converts_only_the_legacy_lines_of_a_mixed_page():
    page = "\n".join(
        [
            "Home | News | Contact",
            "Báo Quảng Trị điện tử",  # Unicode template
            "Hµ Néi",  # short TCVN3 heading
            PARAGRAPH_TCVN3,
            "© 2010 Example Corp. All rights reserved.",
        ]
    )
    expected = "\n".join(
        [
            "Home | News | Contact",
            "Báo Quảng Trị điện tử",
            "Hà Nội",
            PARAGRAPH,
            "© 2010 Example Corp. All rights reserved.",
        ]
    )
    assert (expected, "tcvn3") == repair_legacy(page)


def test_repair_legacy_must_run_before_clean_text():
    """TCVN3 writes ư as the soft hyphen, which clean_text removes."""
    assert "Ngêi" == clean_text("Ng\xadêi")
    assert PARAGRAPH == clean_text(repair_legacy(PARAGRAPH_TCVN3)[0])


def test_repaired_text_is_nfc():
    repaired, _ = repair_legacy(PARAGRAPH_VNI)
    assert unicodedata.is_normalized("NFC", repaired)
