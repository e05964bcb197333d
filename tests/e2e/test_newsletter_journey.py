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


def test_the_link_in_the_message_asks_before_confirming(tab, reader_site):
    from newsletter.models import Subscriber
    from tests.newsletter_helpers import confirm_link, path_of

    tab.goto("/fr/le-conseil/")
    tab.locator("footer").get_by_label("Adresse électronique").fill("lectrice@exemple.ma")
    tab.locator("footer").get_by_role("button", name="S’inscrire").click()
    tab.wait_for_url("**/fr/bulletin/merci/")
    [message] = mail.outbox
    tab.goto(path_of(confirm_link(message)))
    assert tab.get_by_role("heading", level=1).inner_text() == "Confirmer l’inscription"
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    tab.get_by_role("button", name="Confirmer mon inscription").click()
    tab.get_by_role("heading", level=1, name="Inscription confirmée").wait_for()
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
