"""Each role against each action on themes and publication types, in each language, through the admin views."""

import pytest
from django.urls import reverse

from news.models import PublicationType, Theme
from tests.news_data import make_publication_type, make_theme

pytestmark = pytest.mark.django_db

ROLES = ["communication", "translator", "moderator"]
MODELS = {"theme": Theme, "publicationtype": PublicationType}
MAKERS = {"theme": make_theme, "publicationtype": make_publication_type}
# action -> roles allowed
ALLOWED = {
    "change_fr": {"communication", "moderator"},
    "change_ar": {"translator", "moderator"},
    "delete_fr": {"moderator"},
    # Snippets have no draft: a translation submitted is live at once, so only those who publish may.
    "translate_fr_to_ar": {"moderator"},
}


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


def do_change_fr(client, model_name, terms, locales):
    term = terms[model_name]["fr"]
    client.post(edit_url(model_name, term), {"name": "Privation de liberté", "slug": term.slug, "description": ""})
    return lambda: MODELS[model_name].objects.get(pk=term.pk).name == "Privation de liberté"


def do_change_ar(client, model_name, terms, locales):
    term = terms[model_name]["ar"]
    client.post(edit_url(model_name, term), {"name": "الحرمان من الحرية", "slug": term.slug, "description": ""})
    return lambda: MODELS[model_name].objects.get(pk=term.pk).name == "الحرمان من الحرية"


def do_delete_fr(client, model_name, terms, locales):
    term = terms[model_name]["untranslated"]
    client.post(reverse(f"wagtailsnippets_news_{model_name}:delete", args=[term.pk]))
    return lambda: not MODELS[model_name].objects.filter(pk=term.pk).exists()


def do_translate_fr_to_ar(client, model_name, terms, locales):
    term = terms[model_name]["untranslated"]
    url = reverse("wagtail_localize:submit_snippet_translation", args=["news", model_name, term.pk])
    client.post(url, {"locales": [locales["ar"].pk]})
    return (
        lambda: MODELS[model_name].objects.filter(translation_key=term.translation_key, locale=locales["ar"]).exists()
    )


ACTIONS = {
    "change_fr": do_change_fr,
    "change_ar": do_change_ar,
    "delete_fr": do_delete_fr,
    "translate_fr_to_ar": do_translate_fr_to_ar,
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


def test_a_translator_cannot_rename_a_french_theme_on_the_public_site(client, role_users, terms):
    french = terms["theme"]["fr"]
    client.force_login(role_users["translator"])
    response = client.get(edit_url("theme", french))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    client.post(edit_url("theme", french), {"name": "Renommé", "slug": french.slug, "description": ""})
    assert Theme.objects.get(pk=french.pk).name == "Détention"


def test_a_translator_submitting_a_snippet_translation_is_refused_and_nothing_is_created(
    client, role_users, terms, locales
):
    term = terms["theme"]["untranslated"]
    url = reverse("wagtail_localize:submit_snippet_translation", args=["news", "theme", term.pk])
    client.force_login(role_users["translator"])
    response = client.post(url, {"locales": [locales["ar"].pk]})
    # Wagtail's admin answers a refusal by a redirect to the dashboard with a message.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not Theme.objects.filter(translation_key=term.translation_key, locale=locales["ar"]).exists()
