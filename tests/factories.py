"""Every piece of test data, built in one place.

What it holds: builders for pages (`add_page`, `translate_page`, `standard_page`, the news and
publication indexes, `article`, `publication`), media (`make_image`, `make_document`, PDF bytes),
taxonomies (`make_theme`, `make_publication_type`) and people (`make_user` in a role).
Each kind of object has one builder with one signature: keyword arguments with defaults,
so a test names only what it cares about.

Why one module: the same article or image used to be built by several helper modules,
each with its own signature and defaults, so two tests that seemed to build "an article"
built different ones. Pytest fixtures (tests/translation_support.py, tests/task_support.py,
conftest.py) stay where they are, but build their data with these functions.
"""

import datetime
import io
import zlib

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from home.models import StandardPage
from news.models import ArticlePage, NewsIndexPage, PublicationIndexPage, PublicationPage, PublicationType, Theme
from newsletter.models import Subscriber

DEFAULT_DATE = datetime.date(2024, 5, 10)

# Pages


def add_page(parent, page, publish=True):
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def translate_page(page, locale, publish=True, **fields):
    """A translated copy of `page` in `locale`, with the given fields overwritten."""
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    revision = translated.save_revision()
    if publish:
        revision.publish()
        translated.refresh_from_db()
    return Page.objects.get(pk=translated.pk).specific


def standard_page(parent, title, slug=None, publish=True, **fields):
    """A standard page under `parent`; other fields are passed to StandardPage."""
    # An empty slug (an Arabic title) is left to Wagtail, which makes one from the title.
    return add_page(parent, StandardPage(title=title, slug=slug or slugify(title), **fields), publish=publish)


def news_index(home, title="Actualités", slug="actualites", show_in_menus=True):
    return add_page(home, NewsIndexPage(title=title, slug=slug, show_in_menus=show_in_menus))


def publication_index(home, title="Publications", slug="publications", show_in_menus=True):
    return add_page(home, PublicationIndexPage(title=title, slug=slug, show_in_menus=show_in_menus))


def bilingual_indexes(site_tree, show_in_menus=False):
    """News and publication indexes in French and their Arabic translations."""
    fr_news = news_index(site_tree["fr"], show_in_menus=show_in_menus)
    fr_pubs = publication_index(site_tree["fr"], show_in_menus=show_in_menus)
    ar = Locale.objects.get(language_code="ar")
    ar_news = translate_page(fr_news, ar, title="الأخبار")
    ar_pubs = translate_page(fr_pubs, ar, title="المنشورات")
    return {"fr": {"news": fr_news, "publications": fr_pubs}, "ar": {"news": ar_news, "publications": ar_pubs}}


def _listed_page(model, index, title, date, themes, publish, slug, body_text, fields):
    fields.setdefault("summary", f"Résumé de {title}")
    if body_text:
        fields["body"] = [("paragraph", f"<p>{body_text}</p>")]
    # An empty slug (an Arabic title) is left to Wagtail, which makes one from the title.
    page = model(title=title, slug=slug or slugify(title), date=date, live=publish, **fields)
    if themes:
        page.themes = list(themes)
    return add_page(index, page, publish=publish)


def article(index, title, date=DEFAULT_DATE, themes=(), publish=True, slug=None, body_text="", **fields):
    """An article under `index`; `body_text` becomes one paragraph; other fields are passed to ArticlePage."""
    return _listed_page(ArticlePage, index, title, date, themes, publish, slug, body_text, fields)


def publication(index, title, date=DEFAULT_DATE, themes=(), publish=True, slug=None, body_text="", **fields):
    """A publication under `index`, of the locale's first publication type unless `publication_type` is given."""
    if "publication_type" not in fields:
        fields["publication_type"] = PublicationType.objects.filter(locale_id=index.locale_id).first() or (
            make_publication_type(index.locale, "Rapport", "rapport")
        )
    return _listed_page(PublicationPage, index, title, date, themes, publish, slug, body_text, fields)


def every_block_body(image, document):
    """An article body with one block of every kind, for the translation tests."""
    return [
        ("heading", {"text": "Une année d’observation", "level": "h2"}),
        ("paragraph", "<p>Le <b>Conseil</b> publie son bilan.</p><ul><li>Plaintes traitées</li></ul>"),
        (
            "image",
            {
                "image": image,
                "alt_text": "Une salle d’audience",
                "decorative": False,
                "caption": "Audience",
                "credit": "CNDH",
            },
        ),
        ("quote", {"text": "La dignité d’abord.", "attribution": "La présidente"}),
        (
            "video",
            {
                "title": "Présentation du rapport",
                "video": "https://www.youtube.com/watch?v=abc",
                "transcript": "<p>Bonjour.</p>",
            },
        ),
        ("document", {"document": document, "title": "Rapport complet"}),
        (
            "table",
            {
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_header_choice": "row",
                "table_caption": "Plaintes reçues",
                "data": [["Année", "Plaintes"], ["2025", "3 480"]],
            },
        ),
        ("key_figures", {"title": "En chiffres", "figures": [{"number": "112", "label": "visites"}]}),
        (
            "call_to_action",
            {
                "title": "Saisir le Conseil",
                "text": "Déposez une plainte.",
                "url": "https://example.org",
                "button_label": "Déposer",
            },
        ),
        (
            "accordion",
            {"title": "Questions", "items": [{"question": "Qui peut saisir ?", "answer": "<p>Toute personne.</p>"}]},
        ),
        (
            "gallery",
            {
                "title": "Galerie",
                "images": [
                    {"image": image, "alt_text": "Première", "decorative": False, "caption": "Un", "credit": ""},
                    {"image": image, "alt_text": "Seconde", "decorative": False, "caption": "Deux", "credit": ""},
                ],
            },
        ),
    ]


def bilingual_news_and_publication(fr_home, locales):
    """A news index with an article and a publication index with a report, all translated into Arabic."""
    ar = locales["ar"]
    news = news_index(fr_home, show_in_menus=False)
    news_article = article(
        news,
        "Visite d’un centre de détention",
        slug="visite-centre",
        date=datetime.date(2026, 3, 8),
        summary="Le Conseil a visité un centre <de> détention & publié ses constats.",
        main_image=make_image("Délégation du Conseil", width=1600, height=900, name="photo.png"),
    )
    publications = publication_index(fr_home, show_in_menus=False)
    report = publication(
        publications,
        "Rapport annuel 2025",
        slug="rapport-annuel-2025",
        date=datetime.date(2026, 2, 1),
        summary="Bilan de l’année.",
        publication_type=make_publication_type(locales["fr"], "Rapport", "rapport"),
        cover_image=make_image("Couverture du rapport", width=1600, height=900, name="photo.png"),
        document=make_document("Rapport annuel", content=b"%PDF-1.4\n%%EOF\n"),
    )
    return {
        "news": news,
        "article": news_article,
        "publication": report,
        "ar_news": translate_page(news, ar, title="الأخبار"),
        "ar_article": translate_page(news_article, ar, title="زيارة مركز احتجاز", summary="زار المجلس مركز احتجاز."),
        "ar_publications": translate_page(publications, ar, title="المنشورات"),
        "ar_publication": translate_page(report, ar, title="التقرير السنوي 2025", summary="حصيلة السنة."),
    }


def bilingual_tree(site_tree, locales):
    """`bilingual_news_and_publication`, plus a translated page in the menu and an untranslated one."""
    fr_home = site_tree["fr"]
    ar = locales["ar"]
    tree = bilingual_news_and_publication(fr_home, locales)
    about = standard_page(
        fr_home, "Le Conseil", slug="le-conseil", summary="Mandat et composition.", show_in_menus=True
    )
    untranslated = standard_page(fr_home, "Contact", slug="contact", summary="Nous écrire.")
    return {
        **tree,
        "fr_home": fr_home,
        "ar_home": site_tree["ar"],
        "about": about,
        "untranslated": untranslated,
        "ar_about": translate_page(about, ar, title="المجلس", summary="الولاية والتركيبة."),
    }


# Media


def make_image(title="Photo", width=64, height=48, name=None):
    """A PNG image of the given size, stored as `name` (by default the title in lower case)."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (30, 90, 140)).save(buffer, "PNG")
    return Image.objects.create(title=title, file=ContentFile(buffer.getvalue(), name=name or f"{title.lower()}.png"))


def make_document(title="Rapport", name="rapport.pdf", size=2048, content=None):
    """A document holding `content`, or by default `size` bytes that start like a PDF."""
    if content is None:
        content = b"%PDF-1.4\n" + b"0" * (size - 9)
    return Document.objects.create(title=title, file=ContentFile(content, name=name))


def pdf_bytes(text):
    """A one-page PDF whose text layer holds `text` (ASCII), written by hand to need no extra library."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _pdf(objects)


def hostile_pdf_bytes(pages=20, operations=30_000):
    """A few kilobytes of PDF that keep a text extractor busy for many seconds.

    Each page has a line of text, then a compressed stream of `operations` no-op drawing
    operators (save and restore the graphics state) that the extractor parses one by one.
    """
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Rapport) Tj ET\n" + b"q Q\n" * operations, 9)
    kids = " ".join(f"{4 + n} 0 R" for n in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for number in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (4 + pages + number)
        )
    stream_object = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    objects += [stream_object] * pages
    return _pdf(objects)


def _pdf(objects):
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


# Taxonomies


def make_theme(locale, name, slug, translation_of=None):
    theme = Theme(locale=locale, name=name, slug=slug)
    if translation_of is not None:
        theme.translation_key = translation_of.translation_key
    theme.save()
    return theme


def make_publication_type(locale, name, slug, translation_of=None):
    kind = PublicationType(locale=locale, name=name, slug=slug)
    if translation_of is not None:
        kind.translation_key = translation_of.translation_key
    kind.save()
    return kind


# People


def make_user(username, group_name=None, password="x", superuser=False, **extra):
    """A user, in the editorial group `group_name` if given; `superuser` as `createsuperuser` makes one."""
    users = get_user_model().objects
    create = users.create_superuser if superuser else users.create_user
    user = create(username=username, password=password, **extra)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def make_subscriber(email="lecteur@exemple.ma", language="fr", status=Subscriber.Status.CONFIRMED, **fields):
    """A newsletter subscriber, confirmed unless `status` says otherwise."""
    return Subscriber.objects.create(email=email, language=language, status=status, **fields)


def article_form_data(title, slug, *, date="10/05/2024", kind="actualite", summary="", themes=()):
    """What the article editor posts: the given fields, an empty body, no tags, comments or related pages."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "date": date,
            "kind": kind,
            "summary": summary,
            "body": streamfield([]),
            "tags": "",
            "comments": inline_formset([]),
            "related_links": inline_formset([]),
            "seo_title": "",
            "search_description": "",
        }
    )
    if themes:
        data["themes"] = [str(pk) for pk in themes]
    return data
