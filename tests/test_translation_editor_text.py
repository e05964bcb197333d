"""wagtail-localize's translation editor speaks the admin's language and sets Arabic upright, in its own direction.

The segments' lang/dir and the labels the editor hard-codes are set in the browser by
static/translation/translation-editor.js (see tests/e2e/test_translator_journey.py); here,
what the server hands it.
"""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from tests.translation_support import arabic_page, translate_through_admin

pytestmark = pytest.mark.django_db


def editor_html(client, team, french_article, locales, language="fr"):
    translate_through_admin(client, team["communication"], french_article, locales["ar"])
    profile = UserProfile.get_for_user(team["translator"])
    profile.preferred_language = language
    profile.save()
    client.force_login(team["translator"])
    return client.get(
        reverse("wagtailadmin_pages:edit", args=[arabic_page(french_article, locales).pk])
    ).content.decode()


def test_editor_gets_its_hard_coded_labels_in_french(client, team, french_article, locales):
    html = editor_html(client, team, french_article, locales)
    assert 'data-tab-label="Traduction {source} → {target}"' in html
    assert 'data-more-actions-label="Autres actions"' in html
    assert "translation/translation-admin.css" in html


def test_editor_gets_its_hard_coded_labels_in_arabic(client, team, french_article, locales):
    html = editor_html(client, team, french_article, locales, language="ar")
    assert 'data-tab-label="ترجمة من {source} إلى {target}"' in html
    assert 'data-more-actions-label="إجراءات أخرى"' in html
    assert 'data-sync-label="المزامنة من المصدر"' in html


def test_arabic_segments_are_never_slanted(client):
    from django.contrib.staticfiles import finders

    css = open(finders.find("translation/translation-admin.css"), encoding="utf-8").read()
    assert '[lang|="ar"]' in css and "font-style: normal" in css


@pytest.mark.parametrize(("language", "label"), [("fr", "Publier en "), ("ar", "نشر باللغة ")])
def test_publish_button_label_keeps_a_space_before_the_language(client, team, language, label):
    import json

    profile = UserProfile.get_for_user(team["moderator"])
    profile.preferred_language = language
    profile.save()
    client.force_login(team["moderator"])
    catalogue = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    assert json.dumps(label)[1:-1] in catalogue or label in catalogue


def test_segment_dates_are_written_in_the_admins_language():
    import datetime

    from django.utils import timezone, translation
    from wagtail_localize.models import StringTranslation

    saved = StringTranslation(
        updated_at=timezone.make_aware(datetime.datetime(2026, 3, 4, 12, 0)),
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    with translation.override("fr"):
        assert saved.get_comment() == "Traduit manuellement le 4 mars 2026"
    with translation.override("ar"):
        comment = saved.get_comment()
    assert comment.startswith("تمت الترجمة يدويًا") and "March" not in comment, comment
