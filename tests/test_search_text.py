"""Analysis rules shared by indexing, querying and highlighting, on any database."""

from search.highlight import highlight
from search.text import QUERY_MAX_LENGTH, analyze_word, clean_query, normalize_text, normalize_word, query_terms


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
    for word in ("الحقوق", "والحقوق", "بالحقوق", "للحقوق", "فالحقوق", "وحقوق", "لحقوق", "حقوقهم"):
        assert analyze_word(word) == analyze_word("حقوق"), word


def test_arabic_letter_that_belongs_to_the_word_is_kept():
    assert analyze_word("وزارة") == analyze_word("الوزارة") == analyze_word("ووزارة")
    assert analyze_word("وطن") == "وطن"
    assert analyze_word("لجنة") != analyze_word("جنة")


def test_arabic_broken_plural_is_read_as_its_singular():
    assert analyze_word("السجون") == analyze_word("سجن")
    assert analyze_word("المحاكم") == analyze_word("محكمة")
    # محاكمة ("trial") is not the plural of محكمة ("court") with a pronoun.
    assert analyze_word("محاكمة") != analyze_word("المحاكم")


def test_stop_words_are_not_search_terms():
    assert query_terms("les droits de l’homme") == [analyze_word("droits"), analyze_word("homme")]
    assert query_terms("في الحقوق") == [analyze_word("حقوق")]


def test_normalized_text_drops_punctuation_and_operators():
    assert normalize_text("Droits & libertés | (art. 19) <-> !") == "droit libert art 19"


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
