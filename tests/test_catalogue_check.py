"""The catalogue check refuses what gettext guessed: fuzzy entries and French rewordings of French msgids."""

import sys
from pathlib import Path

import polib
import pytest
from django.utils import translation

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))
import check_catalogues  # noqa: E402

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def write_catalogue(tmp_path, body):
    path = tmp_path / "django.po"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_a_fuzzy_entry_fails(tmp_path):
    path = write_catalogue(
        tmp_path, '#: core/blocks.py\n#, fuzzy\nmsgid "Appel à l’action"\nmsgstr "Retour à l’accueil"\n'
    )
    assert check_catalogues.catalogue_problems(path, "ar") == ["fuzzy: 'Appel à l’action'"]


def test_a_previous_msgid_left_by_fuzzy_matching_fails(tmp_path):
    path = write_catalogue(
        tmp_path, '#: core/blocks.py\n#| msgid "Retour à l’accueil"\nmsgid "Appel à l’action"\nmsgstr "دعوة"\n'
    )
    assert check_catalogues.catalogue_problems(path, "ar") == [
        "previous msgid left by a fuzzy match (#|): 'Appel à l’action'"
    ]


def test_a_french_msgstr_that_rewords_its_french_msgid_fails(tmp_path):
    path = write_catalogue(tmp_path, '#: news/models.py\nmsgid "Image principale"\nmsgstr "Menu principal"\n')
    assert check_catalogues.catalogue_problems(path, "fr") == [
        "French msgstr 'Menu principal' rewords its French msgid: 'Image principale'"
    ]


def test_the_same_text_in_arabic_is_not_a_french_rewording(tmp_path):
    path = write_catalogue(tmp_path, '#: news/models.py\nmsgid "Image principale"\nmsgstr "الصورة الرئيسية"\n')
    assert check_catalogues.catalogue_problems(path, "ar") == []


def test_a_third_party_string_may_be_reworded_in_french(tmp_path):
    path = write_catalogue(tmp_path, '#: core/library_strings.py\nmsgid "Locales"\nmsgstr "Langues"\n')
    assert check_catalogues.catalogue_problems(path, "fr") == []


def test_a_string_used_by_our_code_too_is_not_a_third_party_override(tmp_path):
    path = write_catalogue(tmp_path, '#: core/library_strings.py news/models.py\nmsgid "Thèmes"\nmsgstr "Sujets"\n')
    assert check_catalogues.catalogue_problems(path, "fr") != []


def test_an_empty_translation_fails(tmp_path):
    path = write_catalogue(tmp_path, '#: news/models.py\nmsgid "Image principale"\nmsgstr ""\n')
    assert check_catalogues.catalogue_problems(path, "ar") == ["untranslated: 'Image principale'"]


def test_update_replaces_fuzzy_guesses_instead_of_keeping_them(tmp_path, monkeypatch):
    fuzzy = '#: core/blocks.py\n#, fuzzy\n#| msgid "Retour à l’accueil"\nmsgid "Appel à l’action"\nmsgstr "{}"\n'
    paths = []
    for code, guess in [("fr", "Retour à l’accueil"), ("ar", "العودة إلى الصفحة الرئيسية")]:
        folder = tmp_path / code
        folder.mkdir()
        paths.append(write_catalogue(folder, fuzzy.format(guess)))
    monkeypatch.setattr(check_catalogues, "catalogue_paths", lambda: paths)
    monkeypatch.setattr(check_catalogues, "LOCALE", tmp_path)
    (tmp_path / "fr" / "LC_MESSAGES").mkdir()
    paths[0].rename(tmp_path / "fr" / "LC_MESSAGES" / "django.po")
    paths[0] = tmp_path / "fr" / "LC_MESSAGES" / "django.po"

    check_catalogues.drop_fuzzy_guesses()
    check_catalogues.fill_source_language()

    french, arabic = (polib.pofile(str(path))[0] for path in paths)
    assert (french.msgstr, french.flags, french.previous_msgid) == ("Appel à l’action", [], None)
    assert (arabic.msgstr, arabic.flags) == ("", [])
    assert check_catalogues.catalogue_problems(paths[1], "ar") == ["untranslated: 'Appel à l’action'"]


def test_the_project_catalogues_pass():
    assert check_catalogues.incomplete_entries() == []


@pytest.mark.parametrize(
    ("msgid", "french"),
    [
        ("Appel à l’action", "Appel à l’action"),
        ("Titre de la vidéo", "Titre de la vidéo"),
        ("Image principale", "Image principale"),
        ("Document principal (PDF)", "Document principal (PDF)"),
        ("Locales", "Langues"),
    ],
)
def test_the_editor_reads_the_right_french_label(msgid, french):
    with translation.override("fr"):
        assert translation.gettext(msgid) == french
