"""Normalisation rules shared by indexing and querying, on any database."""

from search.highlight import highlight
from search.text import QUERY_MAX_LENGTH, clean_query, normalize_text, normalize_word, query_terms


def test_french_accents_and_case_are_folded():
    assert normalize_word("Réunion") == "reunion"
    assert normalize_word("ÉGALITÉ") == "egalite"
    assert normalize_word("cœur") == "coeur"


def test_arabic_letters_are_unified_and_marks_removed():
    assert normalize_word("إنسان") == normalize_word("انسان") == normalize_word("أنسان")
    assert normalize_word("مدرسة") == "مدرسه"
    assert normalize_word("مستشفى") == "مستشفي"
    assert normalize_word("حُقُوق") == "حقوق"
    assert normalize_word("حقـــوق") == "حقوق"


def test_arabic_clitic_prefixes_are_stripped():
    for word in ("الحقوق", "والحقوق", "بالحقوق", "للحقوق", "فالحقوق", "وحقوق"):
        assert normalize_word(word) == "حقوق", word


def test_short_arabic_words_keep_their_letters():
    assert normalize_word("وطن") == "وطن"
    assert normalize_word("الف") == "الف"


def test_normalized_text_drops_punctuation_and_operators():
    assert normalize_text("Droits & libertés | (art. 19) <-> !") == "droits libertes art 19"


def test_long_query_is_cut_with_a_flag():
    text, truncated = clean_query("droit " * 400)
    assert truncated
    assert len(text) <= QUERY_MAX_LENGTH


def test_control_characters_are_removed_from_query():
    text, truncated = clean_query("droits\x00\x1f des femmes")
    assert text == "droits des femmes"
    assert not truncated


def test_query_terms_of_punctuation_only_is_empty():
    assert query_terms("&|!:*()<->\"'") == []


def test_highlight_marks_inflected_and_accented_forms_and_escapes_html():
    html = highlight("<b>Réunions</b> sur le droit", query_terms("reunion droits"))
    assert str(html) == "&lt;b&gt;<mark>Réunions</mark>&lt;/b&gt; sur le <mark>droit</mark>"


def test_highlight_marks_arabic_word_with_prefix():
    html = highlight("اجتماع حول الحقوق", query_terms("حقوق"))
    assert "<mark>الحقوق</mark>" in str(html)
