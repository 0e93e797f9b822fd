"""The query language: what users type and what it means."""

import pytest

from bantin.search.query import And, Or, QueryError, Terms, parse


def test_words_are_all_required():
    assert And((Terms(("quân",)), Terms(("sự",)))) == parse("quân sự")


def test_a_quoted_phrase_is_one_term_of_several_syllables():
    assert Terms(("quân", "sự")) == parse('"quân sự"')


def test_or_between_terms():
    assert Or((Terms(("bão",)), Terms(("lũ",)))) == parse("bão OR lũ")


def test_lowercase_or_is_a_word():
    assert And((Terms(("bão",)), Terms(("or",)), Terms(("lũ",)))) == parse("bão or lũ")


def test_minus_excludes_a_word_or_phrase():
    assert And((Terms(("bão",)),), (Terms(("lũ", "quét")),)) == parse('bão -"lũ quét"')


def test_and_and_not_in_capitals_say_what_they_say_elsewhere():
    assert parse("bão lũ") == parse("bão AND lũ")
    assert parse("bão -lũ") == parse("bão NOT lũ")
    assert parse('bão -"lũ quét"') == parse('bão NOT "lũ quét"')


def test_a_star_makes_the_last_syllable_a_prefix():
    assert Terms(("covid",), prefix=True) == parse("covid*")
    assert Terms(("COVID", "1"), prefix=True) == parse("COVID-1*")
    assert Terms(("quân", "sự"), prefix=False) == parse('"quân sự*"')  # inside quotes it is punctuation


def test_title_field():
    assert And((Terms(("đảng", "ủy"), "title"), Terms(("tỉnh",)))) == parse('title:"Đảng ủy" tỉnh'.replace("Đ", "đ"))


def test_unknown_field_is_plain_text():
    assert Terms(("10", "15")) == parse("10:15")


def test_punctuation_inside_a_word_makes_a_phrase():
    assert Terms(("COVID", "19")) == parse("COVID-19")


def test_grouping():
    assert And((Or((Terms(("bão",)), Terms(("lũ",)))), Terms(("miền",)), Terms(("trung",)))) == parse("(bão OR lũ) miền trung")


@pytest.mark.parametrize(
    "query, message",
    [
        ("", "empty query"),
        ("   ", "empty query"),
        ('"quân sự', "unbalanced quote"),
        ("(bão OR lũ", "unbalanced '('"),
        ("bão)", "unbalanced ')'"),
        ("OR bão", "OR needs a term"),
        ("bão OR", "OR needs a term"),
        ("bão OR OR lũ", "OR needs a term"),
        ("-bão", "at least one word that is not excluded"),
        ("-(bão lũ) mưa", "cannot be excluded"),
        ('""', "empty phrase"),
        ("NOT bão", "at least one word that is not excluded"),
        ("bão NOT", "NOT must be followed by a word"),
        ("mưa NOT (bão lũ)", "cannot be excluded"),
    ],
)
def test_malformed_queries_say_what_is_wrong(query, message):
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse(query)
