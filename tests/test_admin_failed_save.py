"""A save the admin refuses sends the editor back to a form that still holds everything typed."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial import roles
from home.models import StandardPage
from tests.factories import make_user, standard_page

pytestmark = pytest.mark.django_db

TYPED = "Le Conseil a visité onze établissements pénitentiaires cette année."


def form(title, slug, paragraph):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Un résumé saisi à la main.",
            "body": streamfield([("paragraph", rich_text(f"<p>{paragraph}</p>"))]),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
        }
    )


def test_a_refused_save_keeps_the_title_summary_and_body_typed(client, site_tree):
    home = site_tree["fr"]
    standard_page(home, "Mandat", slug="mandat")
    page = standard_page(home, "Composition", slug="composition")
    client.force_login(make_user("redaction", roles.COMMUNICATION))

    # The slug is already taken by a sibling: Wagtail refuses the save.
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), form("Composition révisée", "mandat", TYPED)
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "La page ne peut être enregistrée du fait d&#x27;erreurs de validation." in html
    assert 'value="Composition révisée"' in html
    assert "Un résumé saisi à la main." in html
    assert "onze \\\\u00e9tablissements" in html  # the StreamField's paragraph, in the form's JSON state
    page = Page.objects.get(pk=page.pk).specific
    assert page.title == "Composition" and page.get_latest_revision().content["title"] == "Composition"


def test_a_refused_new_page_keeps_what_was_typed(client, site_tree):
    home = site_tree["fr"]
    standard_page(home, "Mandat", slug="mandat")
    client.force_login(make_user("redaction", roles.COMMUNICATION))

    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    response = client.post(url, form("Nouvelle page", "mandat", TYPED))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Nouvelle page"' in html and "onze \\\\u00e9tablissements" in html
    assert not StandardPage.objects.filter(title="Nouvelle page").exists()


LONG_TITLE = ("Rapport sur la situation des droits humains dans les établissements pénitentiaires " * 4).strip()


def test_a_title_over_the_limit_is_refused_with_a_message_never_cut(client, site_tree):
    page = standard_page(site_tree["fr"], "Composition", slug="composition")
    client.force_login(make_user("redaction", roles.COMMUNICATION))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    # No `maxlength` on the field: the browser would cut a pasted title at 255 characters, mid-word.
    html = client.get(url).content.decode()
    title_input = html[html.index('name="title"') - 200 : html.index('name="title"') + 400]
    assert "maxlength" not in title_input

    assert len(LONG_TITLE) > 255
    response = client.post(url, form(LONG_TITLE, "composition", TYPED))

    assert response.status_code == 200
    html = response.content.decode()
    assert f"Ce texte compte {len(LONG_TITLE)} caractères ; la limite est de 255. Raccourcissez-le." in html
    assert f'value="{LONG_TITLE}"' in html
    assert Page.objects.get(pk=page.pk).specific.get_latest_revision().content["title"] == "Composition"
