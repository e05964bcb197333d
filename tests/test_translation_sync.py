""" "Synchroniser depuis la source" from the translated page: translators may, and it never publishes."""

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, TranslationSource

from editorial.status import LIVE_OUTDATED, translation_statuses
from tests.translation_support import live_arabic

pytestmark = pytest.mark.django_db


def state_of(page):
    return next(status for status in translation_statuses() if status.page_id == page.pk)


def test_translator_syncs_from_the_translated_page_without_publishing(client, team, french_article, locales):
    arabic = live_arabic(client, team, french_article, locales)
    live_revision = arabic.live_revision_id
    french_article.summary = "Le bilan de l’année, revu."
    french_article.save_revision(user=team["communication"]).publish()

    client.force_login(team["translator"])
    listing = client.get(reverse("wagtailadmin_explore", args=[arabic.get_parent().pk])).content.decode()
    sync_url = reverse("translation_sync_from_source", args=[arabic.pk])
    assert sync_url in listing and "Synchroniser depuis la source" in listing
    # The translation editor's outdated banner links to it.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk])).content.decode()
    assert "Traduction périmée" in editor and f'href="{sync_url}"' in editor

    revised_segment = StringSegment.objects.filter(
        source__object_id=arabic.translation_key, string__data="Le bilan de l’année, revu."
    )
    assert not revised_segment.exists()
    form = client.get(sync_url).content.decode()
    assert "Rien n’est publié" in form
    assert "publish_translations" not in form
    response = client.post(sync_url, {"publish_translations": "on"})  # a forged option changes nothing
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[arabic.pk])

    arabic.refresh_from_db()
    assert arabic.live and arabic.live_revision_id == live_revision
    assert arabic.summary == "نص عربي"
    assert state_of(french_article).state == LIVE_OUTDATED
    # The changed summary is now a segment to translate in the translation editor, which no longer offers to sync.
    assert revised_segment.exists()
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk])).content.decode()
    assert "déjà synchronisée" in editor and f'href="{sync_url}"' not in editor


def test_who_cannot_edit_the_translation_cannot_sync_it(client, team, french_article, locales):
    arabic = live_arabic(client, team, french_article, locales)
    source = TranslationSource.objects.get(object_id=arabic.translation_key)
    client.force_login(team["communication"])
    response = client.post(reverse("translation_sync_from_source", args=[arabic.pk]))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")  # Wagtail's "permission denied"
    assert TranslationSource.objects.get(pk=source.pk).last_updated_at == source.last_updated_at
    listing = client.get(reverse("wagtailadmin_explore", args=[arabic.get_parent().pk])).content.decode()
    assert reverse("translation_sync_from_source", args=[arabic.pk]) not in listing


def test_a_source_page_has_nothing_to_sync_from(client, team, french_article):
    client.force_login(team["moderator"])
    assert client.get(reverse("translation_sync_from_source", args=[french_article.pk])).status_code == 404
    assert client.get(reverse("translation_sync_from_source", args=[999999])).status_code == 404
