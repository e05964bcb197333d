"""Each role against each action on each tree, through the admin views: who may edit, publish, translate, sync."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from home.models import StandardPage
from tests.factories import standard_page

pytestmark = pytest.mark.django_db

ROLES = ["communication", "translator", "moderator"]
# action -> roles allowed; each action returns how to tell, once the request is over, whether it happened
ALLOWED = {
    "edit_fr": {"communication", "moderator"},
    "publish_fr": {"moderator"},
    "edit_ar": {"translator", "moderator"},
    "publish_ar": {"moderator"},
    "translate_fr_to_ar_as_draft": {"communication", "translator", "moderator"},
    "translate_fr_to_ar_live": {"moderator"},
    "sync_ar_with_publish": {"moderator"},
}


@pytest.fixture
def pages(site_tree, locales):
    french = standard_page(site_tree["fr"], "Mandat", slug="mandat", summary="Le mandat.")
    other = standard_page(site_tree["fr"], "Composition", slug="composition")
    translate_object(french, [locales["ar"]])
    arabic = StandardPage.objects.get(translation_key=french.translation_key, locale=locales["ar"])
    return {"fr": french, "ar": arabic, "untranslated": other}


def edit_form(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "body": streamfield([]),
        "comments": inline_formset([]),
        "seo_title": "",
        "search_description": "",
    }
    data.update(changes)
    return nested_form_data(data)


def do_edit_fr(client, pages, locales):
    ok = client.get(reverse("wagtailadmin_pages:edit", args=[pages["fr"].pk])).status_code == 200
    return lambda: ok


def do_publish_fr(client, pages, locales):
    form = edit_form(pages["fr"], title="Mandat révisé")
    form["action-publish"] = "action-publish"
    client.post(reverse("wagtailadmin_pages:edit", args=[pages["fr"].pk]), form)
    return lambda: Page.objects.get(pk=pages["fr"].pk).title == "Mandat révisé"


def do_edit_ar(client, pages, locales):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[pages["ar"].pk]))
    ok = response.status_code == 200 and b"js-translation-editor" in response.content
    return lambda: ok


def do_publish_ar(client, pages, locales):
    client.post(reverse("wagtailadmin_pages:edit", args=[pages["ar"].pk]), {"action": "publish"})
    return lambda: Page.objects.get(pk=pages["ar"].pk).live


def do_translate_as_draft(client, pages, locales):
    page = pages["untranslated"]
    client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locales["ar"].pk]})

    def created_as_draft():
        translated = Page.objects.filter(translation_key=page.translation_key, locale=locales["ar"]).first()
        assert translated is None or not translated.live  # never live with French text
        return translated is not None

    return created_as_draft


def do_translate_live(client, pages, locales):
    page = pages["untranslated"]
    client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locales["ar"].pk]})
    return lambda: Page.objects.filter(translation_key=page.translation_key, locale=locales["ar"]).exists()


def do_sync_with_publish(client, pages, locales):
    source = TranslationSource.objects.get(object_id=pages["fr"].translation_key)
    client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"})
    return lambda: Page.objects.get(pk=pages["ar"].pk).live


ACTIONS = {
    "edit_fr": do_edit_fr,
    "publish_fr": do_publish_fr,
    "edit_ar": do_edit_ar,
    "publish_ar": do_publish_ar,
    "translate_fr_to_ar_as_draft": do_translate_as_draft,
    "translate_fr_to_ar_live": do_translate_live,
    "sync_ar_with_publish": do_sync_with_publish,
}


@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("role", ROLES)
def test_role_may_or_may_not_perform_action(
    client, role_users, pages, locales, settings, django_capture_on_commit_callbacks, role, action
):
    if action == "translate_fr_to_ar_live":
        settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True
    client.force_login(role_users[role])
    # wagtail-localize publishes on commit: run those callbacks as a real request would.
    with django_capture_on_commit_callbacks(execute=True):
        outcome = ACTIONS[action](client, pages, locales)
    assert outcome() == (role in ALLOWED[action])


def test_sync_refused_to_a_translator_tells_them_why_and_publishes_nothing(client, role_users, pages):
    source = TranslationSource.objects.get(object_id=pages["fr"].translation_key)
    client.force_login(role_users["translator"])
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}, follow=True
    )
    assert "Vous ne pouvez pas publier ces traductions" in response.content.decode()
    assert not Page.objects.get(pk=pages["ar"].pk).live
    assert Translation.objects.filter(source=source).count() == 1


def test_converting_a_translation_to_an_alias_needs_the_publish_permission(client, role_users, pages):
    client.force_login(role_users["translator"])
    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[pages["ar"].pk]))
    # Wagtail's refusal: back to the dashboard with a message.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert Page.objects.get(pk=pages["ar"].pk).alias_of_id is None
    client.force_login(role_users["moderator"])
    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[pages["ar"].pk]))
    assert response.status_code == 302 and response["Location"] != "/admin/"
    assert Page.objects.get(pk=pages["ar"].pk).alias_of_id == pages["fr"].pk


def test_only_editors_of_the_arabic_tree_may_submit_it_for_review(client, role_users, pages):
    url = reverse("translation_submit_for_review", args=[pages["ar"].pk])
    client.force_login(role_users["communication"])
    client.post(url)
    assert not Page.objects.get(pk=pages["ar"].pk).workflow_in_progress
    client.force_login(role_users["translator"])
    client.post(url)
    assert Page.objects.get(pk=pages["ar"].pk).workflow_in_progress


def test_translation_editor_marks_arabic_fields_and_offers_review(client, role_users, pages):
    client.force_login(role_users["translator"])
    html = client.get(reverse("wagtailadmin_pages:edit", args=[pages["ar"].pk])).content.decode()
    assert "translation/translation-editor.js" in html
    assert 'data-review-label="Soumettre pour relecture"' in html
    listing = client.get(reverse("wagtailadmin_explore", args=[pages["ar"].get_parent().pk])).content.decode()
    assert reverse("translation_submit_for_review", args=[pages["ar"].pk]) in listing
    # A French page has nothing to submit: no review button in its header.
    client.force_login(role_users["communication"])
    html = client.get(reverse("wagtailadmin_pages:edit", args=[pages["fr"].pk])).content.decode()
    assert reverse("translation_submit_for_review", args=[pages["fr"].pk]) not in html
    assert client.get(reverse("translation_submit_for_review", args=[pages["fr"].pk]), follow=True).status_code == 404


# The other way: a page written in Arabic first and its French translation. The communication team, who
# edit the French tree, translate it; translators write Arabic originals; moderators alone publish.
ALLOWED_FROM_ARABIC = {
    "write_arabic_original": {"translator", "moderator"},
    "edit_fr_translation": {"communication", "moderator"},
    "submit_fr_translation_for_review": {"communication", "moderator"},
    "publish_fr_translation": {"moderator"},
    "translate_ar_to_fr_as_draft": {"communication", "translator", "moderator"},
    "translate_ar_to_fr_live": {"moderator"},
    "sync_fr_with_publish": {"moderator"},
}


@pytest.fixture
def arabic_pages(site_tree, locales):
    original = standard_page(site_tree["ar"], "بيان", slug="bayan", summary="ملخص.")
    other = standard_page(site_tree["ar"], "خطاب", slug="khitab")
    translate_object(original, [locales["fr"]])
    french = StandardPage.objects.get(translation_key=original.translation_key, locale=locales["fr"])
    return {"ar": original, "fr": french, "untranslated": other}


def do_write_arabic_original(client, pages, locales, site_tree):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", site_tree["ar"].pk])
    form = edit_form(StandardPage(title="تصريح", slug="tasrih", summary=""))
    client.post(url, form)
    return lambda: StandardPage.objects.filter(slug="tasrih", locale=locales["ar"]).exists()


def do_edit_fr_translation(client, pages, locales, site_tree):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[pages["fr"].pk]))
    ok = response.status_code == 200 and b"js-translation-editor" in response.content
    return lambda: ok


def do_submit_fr_translation_for_review(client, pages, locales, site_tree):
    client.post(reverse("translation_submit_for_review", args=[pages["fr"].pk]))
    return lambda: Page.objects.get(pk=pages["fr"].pk).workflow_in_progress


def do_publish_fr_translation(client, pages, locales, site_tree):
    client.post(reverse("wagtailadmin_pages:edit", args=[pages["fr"].pk]), {"action": "publish"})
    return lambda: Page.objects.get(pk=pages["fr"].pk).live


def do_translate_ar_to_fr(client, pages, locales, site_tree):
    page = pages["untranslated"]
    client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locales["fr"].pk]})

    def created():
        translated = Page.objects.filter(translation_key=page.translation_key, locale=locales["fr"]).first()
        return translated is not None

    return created


def do_translate_ar_to_fr_as_draft(client, pages, locales, site_tree):
    created = do_translate_ar_to_fr(client, pages, locales, site_tree)
    page = pages["untranslated"]

    def created_as_draft():
        # Never live in the French tree with Arabic text.
        assert not Page.objects.filter(translation_key=page.translation_key, locale=locales["fr"], live=True).exists()
        return created()

    return created_as_draft


def do_sync_fr_with_publish(client, pages, locales, site_tree):
    source = TranslationSource.objects.get(object_id=pages["ar"].translation_key)
    client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"})
    return lambda: Page.objects.get(pk=pages["fr"].pk).live


ACTIONS_FROM_ARABIC = {
    "write_arabic_original": do_write_arabic_original,
    "edit_fr_translation": do_edit_fr_translation,
    "submit_fr_translation_for_review": do_submit_fr_translation_for_review,
    "publish_fr_translation": do_publish_fr_translation,
    "translate_ar_to_fr_as_draft": do_translate_ar_to_fr_as_draft,
    "translate_ar_to_fr_live": do_translate_ar_to_fr,
    "sync_fr_with_publish": do_sync_fr_with_publish,
}


@pytest.mark.parametrize("action", list(ACTIONS_FROM_ARABIC))
@pytest.mark.parametrize("role", ROLES)
def test_role_may_or_may_not_act_on_an_arabic_original_and_its_french_translation(
    client, role_users, arabic_pages, locales, site_tree, settings, django_capture_on_commit_callbacks, role, action
):
    if action == "translate_ar_to_fr_live":
        settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True
    client.force_login(role_users[role])
    with django_capture_on_commit_callbacks(execute=True):
        outcome = ACTIONS_FROM_ARABIC[action](client, arabic_pages, locales, site_tree)
    assert outcome() == (role in ALLOWED_FROM_ARABIC[action])


def test_sync_with_publish_is_refused_to_the_communication_team_for_the_french_tree(client, role_users, arabic_pages):
    source = TranslationSource.objects.get(object_id=arabic_pages["ar"].translation_key)
    client.force_login(role_users["communication"])
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}, follow=True
    )
    assert "Vous ne pouvez pas publier ces traductions" in response.content.decode()
    assert not Page.objects.get(pk=arabic_pages["fr"].pk).live


def test_the_french_translation_of_an_arabic_original_offers_review_and_the_original_does_not(
    client, role_users, arabic_pages
):
    client.force_login(role_users["communication"])
    html = client.get(reverse("wagtailadmin_pages:edit", args=[arabic_pages["fr"].pk])).content.decode()
    assert 'data-review-label="Soumettre pour relecture"' in html
    listing = client.get(reverse("wagtailadmin_explore", args=[arabic_pages["fr"].get_parent().pk])).content.decode()
    assert reverse("translation_submit_for_review", args=[arabic_pages["fr"].pk]) in listing
    client.force_login(role_users["translator"])
    html = client.get(reverse("wagtailadmin_pages:edit", args=[arabic_pages["ar"].pk])).content.decode()
    assert reverse("translation_submit_for_review", args=[arabic_pages["ar"].pk]) not in html
    response = client.get(reverse("translation_submit_for_review", args=[arabic_pages["ar"].pk]))
    assert response.status_code == 404


def test_translators_start_the_french_translation_from_the_arabic_tree_the_communication_team_cannot_browse(
    client, role_users, arabic_pages, site_tree
):
    explore_ar = reverse("wagtailadmin_explore", args=[site_tree["ar"].pk])
    client.force_login(role_users["translator"])
    listing = client.get(explore_ar)
    assert listing.status_code == 200
    assert reverse("wagtail_localize:submit_page_translation", args=[arabic_pages["untranslated"].pk]) in (
        listing.content.decode()
    )
    client.force_login(role_users["communication"])
    assert client.get(explore_ar).status_code != 200
