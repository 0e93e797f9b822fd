import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bantin.text.legacy import tcvn3_to_unicode, unicode_to_tcvn3

VIETNAMESE_LOWER = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợ"
    "pqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
# TCVN3 holds every lowercase letter but, among capitals, only the unmarked ones.
TCVN3_LETTERS = VIETNAMESE_LOWER + "ABCDEGHIKLMNOPQRSTUVXYĂÂÊÔƠƯĐ"
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


@given(st.text(alphabet=TCVN3_LETTERS + " .,;:!?-0123456789“”–"))
def test_tcvn3_round_trips_vietnamese_text(text):
    text = unicodedata.normalize("NFC", text)
    assert text == tcvn3_to_unicode(unicode_to_tcvn3(text))
    data = unicode_to_tcvn3(text).encode("cp1252")
    assert text == tcvn3_to_unicode(data.decode("latin-1"))
