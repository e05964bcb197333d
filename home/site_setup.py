"""Creates the bilingual site skeleton: locales, the French home and its Arabic translation."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from editorial.roles import ensure_roles
from home.models import HomePage

HOME_CONTENT = {
    "fr": {
        "title": "Accueil",
        "intro": [
            ("heading", {"text": "Protéger et promouvoir les droits humains", "level": "h2"}),
            (
                "paragraph",
                "<p>Institution nationale indépendante, le Conseil veille au respect des droits "
                "humains, reçoit les plaintes, observe, alerte et publie ses rapports et avis.</p>",
            ),
        ],
    },
    "ar": {
        "title": "الرئيسية",
        "intro": [
            ("heading", {"text": "حماية حقوق الإنسان والنهوض بها", "level": "h2"}),
            (
                "paragraph",
                "<p>يسهر المجلس، بصفته مؤسسة وطنية مستقلة، على احترام حقوق الإنسان، ويتلقى الشكايات، "
                "ويرصد وينبه، وينشر تقاريره وآراءه.</p>",
            ),
        ],
    },
}


def ensure_locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


@transaction.atomic
def ensure_site():
    """Idempotent: returns the French home, creating what is missing."""
    locales = ensure_locales()
    source = locales[settings.LANGUAGE_CODE]
    root = Page.get_first_root_node()

    home = HomePage.objects.filter(locale=source, depth=2).first()
    if home is None:
        content = HOME_CONTENT["fr"]
        home = HomePage(title=content["title"], slug="accueil", locale=source, intro=content["intro"])
        root.add_child(instance=home)
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, root_page=home)
    site.root_page = home
    public_address = settings.BASE_URL
    if public_address:
        # Canonical, hreflang, sitemap and feed URLs are built from the Site record.
        parts = urlsplit(public_address)
        site.hostname = parts.hostname or site.hostname
        site.port = parts.port or (443 if parts.scheme == "https" else 80)
    site.site_name = str(settings.WAGTAIL_SITE_NAME)
    site.save()

    # Wagtail's initial "Welcome to your new Wagtail site!" page is no longer needed.
    for welcome in Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore"):
        welcome.delete()

    for code, locale in locales.items():
        if code == source.language_code or code not in HOME_CONTENT:
            continue
        ensure_home_translation(home, locale, HOME_CONTENT[code])
    # Page permissions and the review workflow hang on the homes, which exist only now.
    ensure_roles()
    return home


def ensure_home_translation(home, locale, content):
    if HomePage.objects.filter(translation_key=home.translation_key, locale=locale).exists():
        return
    translated = home.copy_for_translation(locale)
    translated.title = content["title"]
    translated.intro = content["intro"]
    translated.save_revision().publish()
