"""A reader signs up to the newsletter from the footer of a page."""

import pytest
from django.core import mail

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_footer_sign_up_shows_the_confirmation_message(tab, reader_site):
    tab.goto("/fr/le-conseil/")
    footer = tab.locator("footer")
    footer.get_by_label("Adresse électronique").fill("lectrice@exemple.ma")
    footer.get_by_role("button", name="S’inscrire").click()
    tab.wait_for_url("**/fr/bulletin/merci/")
    assert tab.get_by_role("heading", level=1).inner_text() == "Vérifiez votre messagerie"
    assert "ouvrez le lien qu’il contient pour confirmer" in tab.locator("main").inner_text()
    [message] = mail.outbox
    assert message.to == ["lectrice@exemple.ma"]


def test_arabic_footer_sign_up_with_a_typo_keeps_the_input_and_explains(tab, reader_site):
    tab.goto("/ar/le-conseil/")
    footer = tab.locator("footer")
    footer.get_by_label("البريد الإلكتروني").fill("qari@")
    footer.get_by_role("button", name="اشتراك").click()
    tab.wait_for_url("**/ar/bulletin/")
    field = tab.locator("main").get_by_label("البريد الإلكتروني")
    assert field.input_value() == "qari@"
    assert field.get_attribute("aria-invalid") == "true"
    assert "عنوان البريد الإلكتروني هذا غير صالح" in tab.locator("main").inner_text()
    assert mail.outbox == []
