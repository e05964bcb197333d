"""Each role against each action on themes and publication types, in each language, through the admin views.

Terms are reviewed like pages: the communication team changes French terms, translators Arabic
ones, and nothing they do is live before a moderator publishes it or approves it in the workflow.
"""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.operations import translate_object

from demo.arabic import ArabicStrings, fill_segments, start_translation
from news.models import PublicationType, Theme
from tests.factories import make_publication_type, make_theme, news_index

pytestmark = pytest.mark.django_db

ROLES = ["communication", "translator", "moderator"]
MODELS = {"theme": Theme, "publicationtype": PublicationType}
MAKERS = {"theme": make_theme, "publicationtype": make_publication_type}
# action -> roles allowed
ALLOWED = {
    # Saving a draft (kept in a revision, the live term unchanged) and submitting it to the moderators.
    "change_fr": {"communication", "moderator"},
    "submit_fr_for_review": {"communication", "moderator"},
    "publish_fr": {"moderator"},
    "change_ar": {"translator", "moderator"},
    "publish_ar": {"moderator"},
    # Creating needs edit rights in the term's language; only a moderator creates it live.
    "create_fr": {"communication", "moderator"},
    "create_ar": {"moderator"},
    "create_fr_live": {"moderator"},
    "delete_fr": {"moderator"},
    # A translation is created as a draft: the target language's editors may, the moderators publish it.
    "translate_fr_to_ar_as_draft": {"translator", "moderator"},
    "publish_translation": {"moderator"},
    "sync_ar_with_publish": {"moderator"},
}
NEW_FR, NEW_AR = "Privation de liberté", "الحرمان من الحرية"


@pytest.fixture
def terms(site_tree, locales):
    made = {}
    for name, make in MAKERS.items():
        french = make(locales["fr"], "Détention", f"detention-{name}")
        made[name] = {
            "fr": french,
            "ar": make(locales["ar"], "الاحتجاز", f"detention-{name}", translation_of=french),
            "untranslated": make(locales["fr"], "Migration", f"migration-{name}"),
        }
    return made


def edit_url(model_name, term):
    return reverse(f"wagtailsnippets_news_{model_name}:edit", args=[term.pk])


def term_form(name, slug, **action):
    return {"name": name, "slug": slug, "description": "", **action}


def fresh(model_name, term):
    return MODELS[model_name].objects.get(pk=term.pk)


def saved_as_draft(model_name, term, name, live_name):
    """True when a revision holds `name` while the live row keeps `live_name` (never changed by a draft)."""

    def check():
        row = fresh(model_name, term)
        assert row.name == live_name and row.live
        return row.latest_revision is not None and row.latest_revision.content["name"] == name

    return check


def do_change_fr(client, model_name, terms, locales):
    term = terms[model_name]["fr"]
    client.post(edit_url(model_name, term), term_form(NEW_FR, term.slug))
    return saved_as_draft(model_name, term, NEW_FR, "Détention")


def do_submit_fr_for_review(client, model_name, terms, locales):
    term = terms[model_name]["fr"]
    client.post(edit_url(model_name, term), term_form(NEW_FR, term.slug, **{"action-submit": "submit"}))

    def check():
        row = fresh(model_name, term)
        assert row.name == "Détention"
        return row.workflow_in_progress

    return check


def do_publish_fr(client, model_name, terms, locales):
    term = terms[model_name]["fr"]
    client.post(edit_url(model_name, term), term_form(NEW_FR, term.slug, **{"action-publish": "publish"}))
    return lambda: fresh(model_name, term).name == NEW_FR


def do_change_ar(client, model_name, terms, locales):
    term = terms[model_name]["ar"]
    client.post(edit_url(model_name, term), term_form(NEW_AR, term.slug))
    return saved_as_draft(model_name, term, NEW_AR, "الاحتجاز")


def do_publish_ar(client, model_name, terms, locales):
    term = terms[model_name]["ar"]
    client.post(edit_url(model_name, term), term_form(NEW_AR, term.slug, **{"action-publish": "publish"}))
    return lambda: fresh(model_name, term).name == NEW_AR


def _create(client, model_name, language, **action):
    url = reverse(f"wagtailsnippets_news_{model_name}:add") + f"?locale={language}"
    client.post(url, term_form("Torture", "torture", **action))
    return MODELS[model_name].objects.filter(slug="torture", locale__language_code=language)


def do_create_fr(client, model_name, terms, locales):
    created = _create(client, model_name, "fr")
    return created.exists


def do_create_ar(client, model_name, terms, locales):
    created = _create(client, model_name, "ar")
    return created.exists


def do_create_fr_live(client, model_name, terms, locales):
    created = _create(client, model_name, "fr", **{"action-publish": "publish"})
    return created.filter(live=True).exists


def do_delete_fr(client, model_name, terms, locales):
    term = terms[model_name]["untranslated"]
    client.post(reverse(f"wagtailsnippets_news_{model_name}:delete", args=[term.pk]))
    return lambda: not MODELS[model_name].objects.filter(pk=term.pk).exists()


def do_translate_fr_to_ar_as_draft(client, model_name, terms, locales):
    term = terms[model_name]["untranslated"]
    url = reverse("wagtail_localize:submit_snippet_translation", args=["news", model_name, term.pk])
    client.post(url, {"locales": [locales["ar"].pk]})

    def check():
        translated = MODELS[model_name].objects.filter(translation_key=term.translation_key, locale=locales["ar"])
        assert not translated.filter(live=True).exists()  # never live without a moderator
        return translated.exists()

    return check


def do_publish_translation(client, model_name, terms, locales):
    term = terms[model_name]["untranslated"]
    translate_object(term, [locales["ar"]])
    draft = MODELS[model_name].objects.get(translation_key=term.translation_key, locale=locales["ar"])
    assert not draft.live
    # The translation editor's "Publish" button.
    client.post(edit_url(model_name, draft), {"action": "publish"})
    return lambda: fresh(model_name, draft).live


def do_sync_ar_with_publish(client, model_name, terms, locales):
    french = terms[model_name]["fr"]
    source, _translation = start_translation(french, locales["ar"])
    fill_segments(source, locales["ar"], ArabicStrings([("Détention", NEW_AR), (french.slug, french.slug)]))
    # "Sync translated snippets" with "Publish immediately".
    client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"})
    return lambda: fresh(model_name, terms[model_name]["ar"]).name == NEW_AR


ACTIONS = {
    "change_fr": do_change_fr,
    "submit_fr_for_review": do_submit_fr_for_review,
    "publish_fr": do_publish_fr,
    "change_ar": do_change_ar,
    "publish_ar": do_publish_ar,
    "create_fr": do_create_fr,
    "create_ar": do_create_ar,
    "create_fr_live": do_create_fr_live,
    "delete_fr": do_delete_fr,
    "translate_fr_to_ar_as_draft": do_translate_fr_to_ar_as_draft,
    "publish_translation": do_publish_translation,
    "sync_ar_with_publish": do_sync_ar_with_publish,
}


@pytest.mark.parametrize("model_name", list(MODELS))
@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("role", ROLES)
def test_role_may_or_may_not_act_on_taxonomy(
    client, role_users, terms, locales, django_capture_on_commit_callbacks, role, action, model_name
):
    client.force_login(role_users[role])
    with django_capture_on_commit_callbacks(execute=True):
        outcome = ACTIONS[action](client, model_name, terms, locales)
    assert outcome() == (role in ALLOWED[action])


@pytest.mark.parametrize("role", ["communication", "translator"])
def test_only_moderators_hold_the_publish_permission(role_users, role):
    assert not role_users[role].has_perm("news.publish_theme")
    assert not role_users[role].has_perm("news.publish_publicationtype")
    assert role_users["moderator"].has_perm("news.publish_theme")
    assert role_users["moderator"].has_perm("news.publish_publicationtype")


def test_a_translator_cannot_rename_a_french_theme_on_the_public_site(client, role_users, terms):
    french = terms["theme"]["fr"]
    client.force_login(role_users["translator"])
    response = client.get(edit_url("theme", french))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    client.post(edit_url("theme", french), term_form("Renommé", french.slug))
    assert Theme.objects.get(pk=french.pk).name == "Détention"
    assert Theme.objects.get(pk=french.pk).latest_revision is None


def test_communication_cannot_create_an_arabic_term_through_the_locale_parameter(client, role_users, terms):
    client.force_login(role_users["communication"])
    response = client.get(reverse("wagtailsnippets_news_theme:add") + "?locale=ar")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get(reverse("wagtailsnippets_news_theme:add") + "?locale=fr").status_code == 200
    assert client.get(reverse("wagtailsnippets_news_theme:add") + "?locale=xx").status_code == 404


def test_a_translator_translates_a_term_as_a_draft_the_public_site_does_not_show(
    client, role_users, site_tree, terms, locales, django_capture_on_commit_callbacks
):
    index = news_index(site_tree["ar"], title="الأخبار", slug="akhbar")
    term = terms["theme"]["untranslated"]
    url = reverse("wagtail_localize:submit_snippet_translation", args=["news", "theme", term.pk])
    client.force_login(role_users["translator"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"locales": [locales["ar"].pk]})
    draft = Theme.objects.get(translation_key=term.translation_key, locale=locales["ar"])
    assert not draft.live
    client.logout()
    html = client.get(index.url).content.decode()
    # Until a moderator publishes the Arabic term, the French live name stands in for it.
    assert "Migration" in html


def test_a_change_by_communication_is_public_only_once_a_moderator_approves_it(
    client, role_users, site_tree, terms, django_capture_on_commit_callbacks
):
    index = news_index(site_tree["fr"])
    french = terms["theme"]["fr"]
    client.force_login(role_users["communication"])
    client.post(edit_url("theme", french), term_form(NEW_FR, french.slug, **{"action-submit": "submit"}))
    client.post(
        reverse("wagtailsnippets_news_theme:add") + "?locale=fr",
        term_form("Torture", "torture", **{"action-submit": "submit"}),
    )
    created = Theme.objects.get(slug="torture")
    assert fresh("theme", french).workflow_in_progress and created.workflow_in_progress

    client.logout()
    html = client.get(index.url).content.decode()
    assert "Détention" in html and NEW_FR not in html and "Torture" not in html
    assert client.get(index.url, {"theme": "torture"}).status_code == 404

    client.force_login(role_users["moderator"])
    for term in (french, created):
        assert approve(client, "theme", term, django_capture_on_commit_callbacks).status_code in (200, 302)
    client.logout()
    html = client.get(index.url).content.decode()
    assert NEW_FR in html and "Torture" in html and "Détention" not in html
    assert client.get(index.url, {"theme": "torture"}).status_code == 200


def approve(client, model_name, term, django_capture_on_commit_callbacks):
    """A moderator's "Approve" in Wagtail's workflow screens."""
    state = WorkflowState.objects.get(
        base_content_type__model=model_name, object_id=str(term.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    url = reverse(
        f"wagtailsnippets_news_{model_name}:workflow_action",
        args=[term.pk, "approve", state.current_task_state.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(url, {"comment": ""})


def review_url(term):
    return reverse("translation_submit_snippet_for_review", args=["news", "theme", term.pk])


def test_a_translator_submits_an_arabic_term_for_review_and_a_moderator_publishes_it(
    client, role_users, site_tree, terms, locales, django_capture_on_commit_callbacks
):
    index = news_index(site_tree["ar"], title="الأخبار", slug="akhbar")
    term = terms["theme"]["untranslated"]
    client.force_login(role_users["translator"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_snippet_translation", args=["news", "theme", term.pk]),
            {"locales": [locales["ar"].pk]},
        )
    draft = Theme.objects.get(translation_key=term.translation_key, locale=locales["ar"])
    source, translation = start_translation(term, locales["ar"])
    fill_segments(source, locales["ar"], ArabicStrings([("Migration", "الهجرة"), (term.slug, term.slug)]))

    # The translation editor offers the review, as it does for pages.
    html = client.get(edit_url("theme", draft)).content.decode()
    assert "js-translation-editor" in html and "data-snippet-review-url" in html
    assert client.get(review_url(draft)).status_code == 200

    # The communication team does not edit Arabic: it may not submit the Arabic term either.
    client.force_login(role_users["communication"])
    client.post(review_url(draft))
    assert not fresh("theme", draft).workflow_in_progress

    client.force_login(role_users["translator"])
    client.post(review_url(draft))
    draft = fresh("theme", draft)
    assert draft.workflow_in_progress and not draft.live
    assert draft.latest_revision.content["name"] == "الهجرة"
    client.logout()
    assert "الهجرة" not in client.get(index.url).content.decode()

    client.force_login(role_users["moderator"])
    approve(client, "theme", draft, django_capture_on_commit_callbacks)
    published = fresh("theme", draft)
    assert published.live and published.name == "الهجرة"
    client.logout()
    assert "الهجرة" in client.get(index.url).content.decode()


def test_a_live_arabic_term_stays_as_published_while_its_new_translation_is_reviewed(
    client, role_users, site_tree, terms, locales, django_capture_on_commit_callbacks
):
    index = news_index(site_tree["ar"], title="الأخبار", slug="akhbar")
    french, arabic = terms["theme"]["fr"], terms["theme"]["ar"]
    source, translation = start_translation(french, locales["ar"])
    fill_segments(source, locales["ar"], ArabicStrings([("Détention", NEW_AR), (french.slug, french.slug)]))
    client.force_login(role_users["translator"])
    client.post(review_url(arabic))
    row = fresh("theme", arabic)
    assert row.live and row.name == "الاحتجاز" and row.has_unpublished_changes
    assert row.workflow_in_progress and row.latest_revision.content["name"] == NEW_AR
    client.logout()
    html = client.get(index.url).content.decode()
    assert "الاحتجاز" in html and NEW_AR not in html

    client.force_login(role_users["moderator"])
    approve(client, "theme", row, django_capture_on_commit_callbacks)
    client.logout()
    html = client.get(index.url).content.decode()
    assert NEW_AR in html and "الاحتجاز" not in html


def test_a_french_term_has_nothing_to_submit_as_a_translation(client, role_users, terms):
    client.force_login(role_users["communication"])
    assert client.get(review_url(terms["theme"]["fr"])).status_code == 404
    assert client.get(reverse("translation_submit_snippet_for_review", args=["news", "nope", 1])).status_code == 404
