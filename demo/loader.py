"""Loads the demo site; safe to run again: everything is found by slug before it is created."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Locale, Page

from core.models import FooterLinks
from core.transliteration import slug_from_text
from demo import arabic
from demo.arabic_originals import ARABIC_ORIGINALS
from demo.articles import ARTICLES
from demo.bodies import YOUTUBE_EMBED_HTML, YOUTUBE_URL, BodyBuilder, article_body
from demo.indexing import indexing_deferred
from demo.institutional import FOOTER_LINKS, NEWS_INDEX, PUBLICATION_INDEX, STANDARD_PAGES
from demo.media import (
    COVER_COLOURS,
    PHOTOS,
    DemoMedia,
    build_pdf,
    draw_cover,
    draw_photo,
    ensure_document,
    ensure_image,
)
from demo.publications import PUBLICATIONS
from demo.taxonomy import PUBLICATION_TYPES, THEMES
from home.models import HomePage, StandardPage
from home.site_setup import ensure_site
from news.models import (
    ArticlePage,
    NewsIndexPage,
    PublicationAnnex,
    PublicationIndexPage,
    PublicationPage,
    PublicationType,
    Theme,
)


class DemoLoader:
    """Builds the demo in one transaction; `load()` returns how many French pages it created."""

    def __init__(self, log=None):
        self.log = log or (lambda message: None)
        self.created = 0

    @transaction.atomic
    def load(self):
        with indexing_deferred():
            self._load()
        self.log(f"Demo content ready ({self.created} pages created).")
        return self.created

    def _load(self):
        self.home = ensure_site()
        self.source_locale = self.home.locale
        self.arabic = Locale.objects.get(language_code="ar")
        self.ensure_home_teasers()
        self.ensure_video_embed()
        self.media = self.ensure_media()
        self.terms = {}
        self.ensure_terms(Theme, THEMES)
        self.ensure_terms(PublicationType, [(slug, name, None) for slug, name in PUBLICATION_TYPES])
        self.pages = {}
        self.pages["news"] = self.ensure_index(NewsIndexPage, NEWS_INDEX)
        self.pages["publications"] = self.ensure_index(PublicationIndexPage, PUBLICATION_INDEX)
        for spec in STANDARD_PAGES:
            self.ensure_standard_page(*spec)
        self.ensure_footer_links()
        for spec in ARTICLES:
            self.ensure_article(spec)
        for number, spec in enumerate(PUBLICATIONS):
            self.ensure_publication(spec, number)
        for spec in ARABIC_ORIGINALS:
            self.ensure_arabic_original(spec)

    def ensure_home_teasers(self):
        """The homes exist before the demo (set-up makes them); the demo only fills an empty teaser."""
        for home in HomePage.objects.filter(translation_key=self.home.translation_key).select_related("locale"):
            teaser = NEWSLETTER_TEASER.get(home.locale.language_code)
            if teaser and not home.newsletter_teaser:
                home.newsletter_teaser = teaser
                home.save_revision().publish()

    # Media and taxonomy

    def ensure_video_embed(self):
        """Stores the video's oEmbed answer, so rendering never asks YouTube for it."""
        Embed.objects.update_or_create(
            hash=get_embed_hash(YOUTUBE_URL),
            defaults={
                "url": YOUTUBE_URL,
                "type": "video",
                "html": YOUTUBE_EMBED_HTML,
                "title": "Entretien avec la présidente du Conseil",
                "provider_name": "YouTube",
                "width": 640,
                "height": 360,
                "cache_until": None,
            },
        )

    def ensure_media(self):
        media = DemoMedia()
        for key, (title, background, accent) in PHOTOS.items():
            media.images[key] = ensure_image(title, f"demo-{key}.jpg", lambda b=background, a=accent: draw_photo(b, a))
        type_names = dict(PUBLICATION_TYPES)
        for number, spec in enumerate(PUBLICATIONS):
            slug, title = spec["slug"], spec["title"][0]
            kind = type_names[spec["type"]][0]
            colour = COVER_COLOURS[number % len(COVER_COLOURS)]
            media.covers[slug] = ensure_image(
                f"Couverture : {title}", f"couverture-{slug}.jpg", lambda t=title, k=kind, c=colour: draw_cover(t, k, c)
            )
            pages = [spec["summary"][0], spec["paragraph"][0], "Recommandations et suivi."]
            media.documents[slug] = ensure_document(title, f"{slug}.pdf", lambda t=title, p=pages: build_pdf(t, p))
            for annex_title, _arabic in spec["annexes"]:
                media.documents[(slug, annex_title)] = ensure_document(
                    f"{title} – {annex_title}",
                    f"{slug}-annexe.pdf",
                    lambda t=annex_title, s=title: build_pdf(t, [f"Annexe au document : {s}."]),
                )
        return media

    def ensure_terms(self, model, terms):
        for slug, (name_fr, name_ar), description in terms:
            fields = {"name": name_fr}
            if description:
                fields["description"] = description[0]
            term, created = model.objects.get_or_create(slug=slug, locale=self.source_locale, defaults=fields)
            if created:
                # Terms are reviewed like pages; the demo's are published, with their first revision.
                term.save_revision().publish()
            self.terms[(slug, self.source_locale.pk)] = term
            translated = model.objects.filter(translation_key=term.translation_key, locale=self.arabic).first()
            if translated is None:
                strings = arabic.ArabicStrings([(term.name, name_ar), (slug, slug)])
                if description:
                    strings.add([description])
                translated = arabic.translate_snippet(term, self.arabic, strings)
            self.terms[(slug, self.arabic.pk)] = translated

    # Pages

    def ensure_page(self, parent, page, pairs, state="live", date=None):
        """Creates and publishes `page` under `parent` unless its slug is taken, then its Arabic side."""
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is not None:
            return existing.specific
        page.locale = parent.locale
        if date is not None:
            page.first_published_at = timezone.make_aware(datetime.datetime.combine(date, datetime.time(10)))
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        self.created += 1
        strings = arabic.ArabicStrings([(page.title, pairs[0][1]), (page.slug, page.slug)] + pairs[1:])
        arabic.STATES[state](page, self.arabic, strings, self.terms)
        return page

    def ensure_index(self, model, spec):
        page = model(slug=spec["slug"], title=spec["title"][0], intro=spec["intro"][0], show_in_menus=True)
        return self.ensure_page(self.home, page, [spec["title"], spec["intro"]])

    def ensure_standard_page(self, key, slug, parent_key, in_menu, side_menu, title, summary, body, state):
        parent = self.pages[parent_key] if parent_key else self.home
        built = body(self.media, self.pages) if body else BodyBuilder()
        page = StandardPage(
            slug=slug,
            title=title[0],
            summary=summary[0],
            body=built.raw(),
            show_in_menus=in_menu,
            show_side_menu=side_menu,
        )
        self.pages[key] = self.ensure_page(parent, page, [title, summary, *built.pairs], state)

    def ensure_footer_links(self):
        """Links the footer to the legal notice, privacy and contact pages, unless someone chose others."""
        links = FooterLinks.for_site(self.home.get_site())
        changed = False
        for field, key in FOOTER_LINKS.items():
            if getattr(links, f"{field}_id") is None:
                setattr(links, field, self.pages[key])
                changed = True
        if changed:
            links.save()

    def ensure_article(self, spec):
        date = datetime.date.fromisoformat(spec["date"])
        body = article_body(spec, self.media, self.pages)
        page = ArticlePage(
            slug=spec["slug"],
            title=spec["title"][0],
            date=date,
            kind=spec["kind"],
            summary=spec["summary"][0],
            main_image=self.media.images[spec["image"]],
            main_image_caption=PHOTOS[spec["image"]][0],
            main_image_credit="Conseil national des droits humains",
            body=body.raw(),
        )
        page.themes = [self.terms[(slug, self.source_locale.pk)] for slug in spec["themes"]]
        page.tags.add(*spec["tags"])
        caption = (PHOTOS[spec["image"]][0], IMAGE_CAPTIONS_AR[spec["image"]])
        credit = ("Conseil national des droits humains", "المجلس الوطني لحقوق الإنسان")
        pairs = [spec["title"], spec["summary"], caption, credit, *body.pairs]
        self.ensure_page(self.pages["news"], page, pairs, spec.get("arabic", "live"), date)

    def ensure_arabic_original(self, spec):
        """An article written in Arabic first, in the Arabic news listing, then its French side (spec["french"])."""
        date = datetime.date.fromisoformat(spec["date"])
        parent = Page.objects.get(translation_key=self.pages["news"].translation_key, locale=self.arabic)
        body = BodyBuilder().heading(spec["heading"])
        for paragraph in spec["paragraphs"]:
            body.paragraph(paragraph)
        caption = (IMAGE_CAPTIONS_AR[spec["image"]], PHOTOS[spec["image"]][0])
        credit = ("المجلس الوطني لحقوق الإنسان", "Conseil national des droits humains")
        page = ArticlePage(
            # Typed in Arabic, kept as the admin keeps it: transliterated (core/page_slugs.py).
            slug=slug_from_text(spec["slug"]),
            title=spec["title"][0],
            date=date,
            kind=spec["kind"],
            summary=spec["summary"][0],
            main_image=self.media.images[spec["image"]],
            main_image_caption=caption[0],
            main_image_credit=credit[0],
            body=body.raw(),
        )
        page.themes = [self.terms[(slug, self.arabic.pk)] for slug in spec["themes"]]
        page.tags.add(*spec["tags"])
        pairs = [spec["title"], spec["summary"], caption, credit, *body.pairs]
        # The same steps as a French page's Arabic side, the other way round: the target is French.
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is not None:
            return existing.specific
        page.locale = self.arabic
        page.first_published_at = timezone.make_aware(datetime.datetime.combine(date, datetime.time(10)))
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        self.created += 1
        strings = arabic.ArabicStrings(pairs)
        arabic.STATES[spec["french"]](page, self.source_locale, strings, self.terms)
        return page

    def ensure_publication(self, spec, number):
        date = datetime.date.fromisoformat(spec["date"])
        body = BodyBuilder().paragraph(spec["paragraph"])
        page = PublicationPage(
            slug=spec["slug"],
            title=spec["title"][0],
            date=date,
            summary=spec["summary"][0],
            publication_type=self.terms[(spec["type"], self.source_locale.pk)],
            cover_image=self.media.covers[spec["slug"]],
            document=self.media.documents[spec["slug"]],
            featured=spec["featured"],
            body=body.raw(),
        )
        page.themes = [self.terms[(slug, self.source_locale.pk)] for slug in spec["themes"]]
        page.annexes = [
            PublicationAnnex(
                title=title, document=self.media.documents[(spec["slug"], title)], locale=self.source_locale
            )
            for title, _arabic in spec["annexes"]
        ]
        pairs = [spec["title"], spec["summary"], *spec["annexes"], *body.pairs]
        self.ensure_page(self.pages["publications"], page, pairs, spec.get("arabic", "live"), date)


NEWSLETTER_TEASER = {
    "fr": "Recevez chaque mois les actualités, les avis et les rapports du Conseil.",
    "ar": "توصلوا كل شهر بمستجدات المجلس وآرائه وتقاريره.",
}

IMAGE_CAPTIONS_AR = {
    "prison-visit": "زيارة لمؤسسة سجنية",
    "press-conference": "ندوة صحفية للمجلس",
    "women-forum": "المنتدى الجهوي حول المساواة",
    "migrants-reception": "استقبال الأشخاص المهاجرين",
    "children-school": "أطفال في المدرسة",
    "health-centre": "مركز صحي قروي",
    "regional-commission": "اللجنة الجهوية للوسط",
    "assembly": "الجمعية العامة للمجلس",
    "training": "ورشة تكوينية",
    "journalists": "صحفيون أثناء العمل",
}


def load_demo(log=None):
    if settings.LANGUAGE_CODE != "fr":
        raise RuntimeError("The demo content is written with French as the source language.")
    return DemoLoader(log).load()
