"""Brings the old site's items across: pages, Arabic translations, media and redirects.

Items are grouped by translation set. The French item of a set becomes a French page and its
Arabic item that page's translation through wagtail-localize (segments filled from the Arabic
text, position by position), so the translation status report shows it live and current; an
Arabic item alone becomes an Arabic page with a Latin slug. Each set is imported in its own
transaction: a bad item is reported with its line and reason, and the batch goes on.

Every item is recorded in `LegacyItem` with its content hash: an unchanged item is skipped on
the next run, a changed one updates its page. Every legacy URL (node path and aliases) gets a
permanent redirect to the new page.
"""

import datetime
import hashlib
import json
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import OverridableSegment, SegmentOverride, StringSegment, TranslationSource
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from demo.arabic import ArabicStrings, publish_translation, start_translation, translate_snippet
from demo.indexing import indexing_deferred
from home.models import HomePage, StandardPage
from home.site_setup import ensure_site
from legacy.cleaning import BodyConverter, BrokenHtml, plain_text, truncate
from legacy.dates import UnreadableDate, normalise_arabic, parse_legacy_date, strip_accents
from legacy.media import MediaLibrary, MissingFile
from legacy.models import LegacyItem
from legacy.slugs import latin_slug
from legacy.sources import BadRecord
from news.models import (
    ArticlePage,
    NewsIndexPage,
    PublicationAnnex,
    PublicationIndexPage,
    PublicationPage,
    PublicationType,
    Theme,
)

NEWS, PRESS, PUBLICATION, PAGE = "news", "press", "publication", "page"

# Content types of the export (Drupal bundles), compared without accents, case or separators.
TYPES = {
    NEWS: {"article", "news", "actualite", "actualites", "actu", "evenement", "event", "breve"},
    PRESS: {"communique", "communiques", "press-release", "communique-de-presse", "bulletin"},
    PUBLICATION: {"publication", "publications", "rapport", "report", "etude", "study", "avis", "memorandum"},
    PAGE: {"page", "basic-page", "page-de-base", "institutional", "institutionnel"},
}
# Sections (the breadcrumb's "Vous êtes ici"), used when the type says nothing or for a press release.
SECTIONS = {
    NEWS: {"actualites", "actualite", "news", "الاخبار", "المستجدات", "اخبار"},
    PRESS: {"communiques", "communiques-de-presse", "communique", "البلاغات", "بلاغات", "بلاغات-صحفية"},
    PUBLICATION: {"publications", "rapports", "etudes", "avis", "المنشورات", "التقارير", "منشورات"},
}
INDEXES = {
    NEWS: (NewsIndexPage, "actualites", "Actualités", "الأخبار"),
    PUBLICATION: (PublicationIndexPage, "publications", "Publications", "المنشورات"),
}
DEFAULT_PUBLICATION_TYPE = ("publication", "Publication", "منشور")


class ItemFailed(Exception):
    def __init__(self, reason, record=None):
        super().__init__(reason)
        self.reason = reason
        self.record = record


@dataclass
class Outcome:
    """What happened to one item; the report file holds one per item."""

    line: int | str
    legacy_id: str = ""
    language: str = ""
    action: str = ""
    reason: str = ""
    page_id: int | None = None
    url: str = ""
    legacy_paths: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    def as_json(self):
        data = {key: value for key, value in self.__dict__.items() if value not in ("", None, []) and key[0] != "_"}
        data["line"] = self.line
        return data


@dataclass
class Prepared:
    """An item read, checked and converted, ready to become a page."""

    record: object
    kind: str
    content_hash: str
    date: datetime.date | None = None
    summary: str = ""
    body: list = field(default_factory=list)
    image: object = None
    documents: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    slug: str = ""
    paths: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def _key(text):
    """Type, section and term names compared without case, accents or Arabic spelling variants."""
    return slugify(normalise_arabic(strip_accents(str(text).casefold())).replace("_", "-"), allow_unicode=True)


class LegacyImporter:
    def __init__(
        self,
        dry_run=False,
        limit=None,
        since=None,
        collection="Ancien site",
        local_hosts=(),
        progress=None,
        log=None,
    ):
        self.dry_run = dry_run
        self.limit = limit
        self.since = since
        self.local_hosts = tuple(local_hosts)
        self.media = MediaLibrary(collection, dry_run=dry_run, local_hosts=local_hosts)
        self.progress = progress
        self.log = log or (lambda message: None)
        self.outcomes = []
        self.source_language = settings.LANGUAGE_CODE

    # The run

    def run(self, records):
        groups = self._group(records)
        if self.dry_run:
            self._run_groups(groups)
        else:
            self._prepare_site()
            with indexing_deferred():
                self._run_groups(groups)
        self.outcomes.sort(key=lambda outcome: (isinstance(outcome.line, str), outcome.line))
        return self.outcomes

    def _run_groups(self, groups):
        done = 0
        bar = self.progress(total=sum(len(group) for group in groups)) if self.progress else None
        for group in groups:
            if self.limit is not None and done >= self.limit:
                break
            if self.since is not None and not self._changed_since(group):
                for record in group.values():
                    self._outcome(record, "filtered")
                continue
            done += 1
            self._import_group(group)
            if bar is not None:
                bar.update(len(group))
        if bar is not None:
            bar.close()

    def _group(self, records):
        groups = OrderedDict()
        seen = {}
        for record in records:
            if isinstance(record, BadRecord):
                self.outcomes.append(Outcome(record.line, record.legacy_id, record.language, "failed", record.reason))
                continue
            if record.key in seen:
                self._outcome(record, "failed", f"the same node and language as line {seen[record.key]}")
                continue
            seen[record.key] = record.line
            group = groups.setdefault(record.set_key, {})
            if record.language in group:
                other = group[record.language]
                self._outcome(
                    record,
                    "failed",
                    f"a second {record.language} item in translation set {record.set_key} (line {other.line})",
                )
                continue
            group[record.language] = record
        # The source language first, so its page exists before its translations.
        return [
            dict(sorted(group.items(), key=lambda item: item[0] != self.source_language)) for group in groups.values()
        ]

    def _changed_since(self, group):
        for record in group.values():
            try:
                if parse_legacy_date(record.changed or record.date) >= self.since:
                    return True
            except UnreadableDate:
                return True  # cannot tell: imported, so nothing is left behind silently
        return False

    def _import_group(self, group):
        records = list(group.values())
        source = group.get(self.source_language)
        try:
            with transaction.atomic():
                if source is not None:
                    self._import_pair(source, [r for r in records if r is not source])
                else:
                    for record in records:
                        self._import_alone(record)
        except ItemFailed as failure:
            self._fail_group(records, failure)
        except Exception as error:  # noqa: BLE001 - one item's surprise must not stop the batch
            self._fail_group(records, ItemFailed(f"{type(error).__name__}: {error}"))

    def _fail_group(self, records, failure):
        # The transaction rolled back: outcomes written for this set no longer hold, nor media stored.
        self.media.forget()
        ids = {id(record) for record in records}
        self.outcomes = [o for o in self.outcomes if getattr(o, "_record", None) not in ids]
        failed = failure.record
        for record in records:
            if failed is None or record is failed:
                self._outcome(record, "failed", failure.reason)
            else:
                self._outcome(
                    record,
                    "failed",
                    f"not imported: line {failed.line} of its translation set failed ({failure.reason})",
                )

    def _outcome(self, record, action, reason="", page=None, prepared=None):
        outcome = Outcome(record.line, record.legacy_id, record.language, action, reason)
        outcome._record = id(record)
        if page is not None:
            outcome.page_id = page.pk
            outcome.url = page.get_url() or ""
        if prepared is not None:
            outcome.legacy_paths = prepared.paths
            outcome.warnings = prepared.warnings
        self.outcomes.append(outcome)
        return outcome

    # Sets

    def _import_pair(self, source, translations):
        known = self._known([source, *translations])
        prepared = self._prepare(source, known.get(source.key))
        existing = known.get(source.key)
        source_changed = existing is None or existing.page_id is None or existing.content_hash != prepared.content_hash
        if source_changed:
            prepared = self._convert(prepared)
            page = None if self.dry_run else self._save_page(prepared, existing)
            self._outcome(
                source, "updated" if existing and existing.page_id else "created", page=page, prepared=prepared
            )
        else:
            page = existing.page.specific if not self.dry_run else None
            self._outcome(source, "unchanged", page=page)
        for record in translations:
            item = known.get(record.key)
            try:
                translated = self._prepare(record, item)
            except ItemFailed as failure:
                # The French page stands without its translation; the Arabic item is reported.
                self._outcome(record, "failed", failure.reason)
                continue
            changed = item is None or item.page_id is None or item.content_hash != translated.content_hash
            if not (changed or source_changed):
                self._outcome(record, "unchanged", page=item.page if not self.dry_run else None)
                continue
            try:
                with transaction.atomic():
                    translated = self._convert(translated)
                    target = None if self.dry_run else self._save_translation(page, translated, item)
            except ItemFailed as failure:
                self.media.forget()
                self._outcome(record, "failed", failure.reason)
                continue
            except Exception as error:  # noqa: BLE001 - the French page stands; the translation is reported
                self.media.forget()
                self._outcome(record, "failed", f"{type(error).__name__}: {error}")
                continue
            self._outcome(record, "updated" if item and item.page_id else "created", page=target, prepared=translated)

    def _import_alone(self, record):
        known = self._known([record])
        item = known.get(record.key)
        prepared = self._prepare(record, item)
        if item is not None and item.page_id is not None and item.content_hash == prepared.content_hash:
            self._outcome(record, "unchanged", page=item.page if not self.dry_run else None)
            return
        prepared = self._convert(prepared)
        page = None if self.dry_run else self._save_page(prepared, item)
        self._outcome(record, "updated" if item and item.page_id else "created", page=page, prepared=prepared)

    def _known(self, records):
        items = LegacyItem.objects.filter(
            legacy_id__in=[r.legacy_id for r in records], language__in=[r.language for r in records]
        ).select_related("page")
        return {(item.legacy_id, item.language): item for item in items}

    # Reading one item

    def _prepare(self, record, item):
        """Kind, paths and content hash: what deciding between create, update and skip needs."""
        kind = self._kind(record)
        files = []
        for reference in ([record.image] if record.image else []) + record.attachments:
            try:
                path = self.media.require(reference, record.base_dir)
            except MissingFile as error:
                raise ItemFailed(str(error), record) from error
            files.append(self.media.hash_of(path))
        digest = hashlib.sha256((record.fingerprint() + "|" + "|".join(files)).encode()).hexdigest()
        prepared = Prepared(record=record, kind=kind, content_hash=digest)
        prepared.paths = self._legacy_paths(record)
        return prepared

    def _convert(self, prepared):
        """Dates, body, media and terms: the work done only for a new or changed item."""
        record = prepared.record
        if prepared.kind != PAGE:
            if not (record.date or record.changed):
                raise ItemFailed("missing date", record)
            try:
                prepared.date = parse_legacy_date(record.date or record.changed)
            except UnreadableDate as error:
                raise ItemFailed(str(error), record) from error
        elif record.date:
            try:
                prepared.date = parse_legacy_date(record.date)
            except UnreadableDate as error:
                prepared.warnings.append(f"{error}; the page keeps no date")

        def image(src, alt):
            path = self.media.locate(src, record.base_dir)
            return None if path is None else self.media.image(path, alt or record.title, alt)

        def document(href):
            path = self.media.locate(href, record.base_dir)
            return None if path is None else self.media.document(path, path.stem.replace("-", " ").replace("_", " "))

        converter = BodyConverter(
            image=image, document=document, video_title=record.title, local_hosts=self.local_hosts
        )
        try:
            body = converter.convert(record.body or "")
        except BrokenHtml as error:
            raise ItemFailed(f"broken HTML: {error}", record) from error
        prepared.body = body.blocks
        prepared.warnings += body.warnings

        if record.image:
            path = self.media.require(record.image, record.base_dir)
            prepared.image = self.media.image(path, record.image_alt or record.title, record.image_alt)
            if not record.image_alt:
                prepared.warnings.append(f"image without alt text: {record.image}")
        for reference in record.attachments:
            path = self.media.require(reference, record.base_dir)
            title = path.stem.replace("-", " ").replace("_", " ")
            prepared.documents.append((self.media.document(path, title), title))

        summary = plain_text(record.summary)
        if not summary:
            summary = truncate(body.text, 300)
        elif len(summary) > 400:
            prepared.warnings.append("summary cut to 400 characters")
        prepared.summary = truncate(summary, 400)
        if prepared.kind != PAGE and not prepared.summary:
            prepared.summary = truncate(record.title, 400)
        prepared.themes, prepared.tags = self._terms(record)
        prepared.slug = self._slug(record)
        return prepared

    def _kind(self, record):
        kind_key, section_key = _key(record.kind), _key(record.section)
        kind = next((name for name, values in TYPES.items() if kind_key in values), None)
        section = next((name for name, values in SECTIONS.items() if section_key in values), None)
        if kind is None and record.kind:
            raise ItemFailed(f"unknown content type {record.kind!r}", record)
        kind = kind or section
        if kind is None:
            raise ItemFailed("no content type and no known section", record)
        if kind == NEWS and section == PRESS:
            kind = PRESS
        return kind

    def _legacy_paths(self, record):
        paths = [f"/{record.language}/node/{record.legacy_id}"]
        if record.language == self.source_language or not record.translation_set:
            paths.append(f"/node/{record.legacy_id}")
        for alias in record.aliases:
            alias = alias.strip()
            if "://" in alias:
                alias = alias.split("://", 1)[1].split("/", 1)[-1]
                alias = "/" + alias
            elif not alias.startswith("/"):
                # Drupal stores aliases without the language prefix its URLs carry.
                alias = f"/{record.language}/{alias}"
            paths.append(alias)
        normalised = []
        for path in paths:
            path = Redirect.normalise_path(path)
            if path not in normalised and path != "/":
                normalised.append(path)
        return normalised

    def _slug(self, record):
        for alias in record.aliases:
            last = alias.rstrip("/").rsplit("/", 1)[-1]
            if last and not last.isdigit() and last != "node":
                slug = latin_slug(last.replace("_", "-"))
                if slug:
                    return slug
        return latin_slug(record.title) or f"node-{record.legacy_id}"

    def _terms(self, record):
        """Themes the site knows (by slug or name, in either language) and the other terms as tags."""
        if not record.terms:
            return [], []
        if not hasattr(self, "_themes"):
            self._themes = {}
            for theme in Theme.objects.all():
                self._themes.setdefault(_key(theme.slug), theme.translation_key)
                self._themes.setdefault(_key(theme.name), theme.translation_key)
        themes, tags = [], []
        for term in record.terms:
            key = self._themes.get(_key(term))
            if key is not None:
                themes.append(key)
            else:
                tags.append(term[:100])
        return themes, tags

    # Writing

    def _prepare_site(self):
        home = HomePage.objects.filter(locale__language_code=self.source_language, depth=2).first()
        if home is None:
            home = ensure_site()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.homes = {
            page.locale.language_code: page
            for page in HomePage.objects.filter(translation_key=home.translation_key).select_related("locale")
        }
        self.site = Site.objects.filter(is_default_site=True).first()
        self.indexes = {}
        for kind, (model, slug, title, arabic_title) in INDEXES.items():
            index = model.objects.child_of(home).first()
            if index is None:
                index = model(title=title, slug=slug, show_in_menus=True)
                index.locale = home.locale
                home.add_child(instance=index)
                index.save_revision().publish()
                index = model.objects.get(pk=index.pk)
            for code, locale in self.locales.items():
                if code == self.source_language:
                    continue
                translated = model.objects.filter(translation_key=index.translation_key, locale=locale).first()
                if translated is None or translated.alias_of_id:
                    translated = publish_translation(index, locale, ArabicStrings([(title, arabic_title)]), {})
                self.indexes[(kind, code)] = translated
            self.indexes[(kind, self.source_language)] = index
        self.indexes[(PRESS, None)] = None

    def _parent(self, kind, language):
        if kind == PAGE:
            return self.homes[language]
        return self.indexes[(PUBLICATION if kind == PUBLICATION else NEWS, language)]

    def _model(self, kind):
        return {NEWS: ArticlePage, PRESS: ArticlePage, PUBLICATION: PublicationPage, PAGE: StandardPage}[kind]

    def _fill(self, page, prepared, locale):
        record = prepared.record
        page.title = truncate(record.title, 255)
        page.summary = prepared.summary
        body = list(prepared.body)
        if prepared.kind in (NEWS, PRESS):
            page.kind = ArticlePage.Kind.PRESS_RELEASE if prepared.kind == PRESS else ArticlePage.Kind.NEWS
            page.main_image = prepared.image
            page.main_image_caption = truncate(record.image_caption, 300)
        if prepared.kind == PUBLICATION:
            page.cover_image = prepared.image
            page.document = prepared.documents[0][0] if prepared.documents else None
            page.annexes = [
                PublicationAnnex(title=truncate(title, 200), document=document, locale=locale)
                for document, title in prepared.documents[1:]
            ]
            page.publication_type = self._publication_type(record)
        else:
            body += [
                ("document", {"document": document.pk, "title": truncate(title, 200)})
                for document, title in prepared.documents
            ]
        if prepared.date is not None and hasattr(page, "date"):
            page.date = prepared.date
        page.body = stream_value(type(page), body)
        return page

    def _save_page(self, prepared, item):
        """Creates or updates the page of an item that is not a translation, publishes it, redirects to it."""
        record = prepared.record
        locale = self.locales[record.language]
        page = item.page.specific if item is not None and item.page_id else None
        model = self._model(prepared.kind)
        if page is not None and not isinstance(page, model):
            raise ItemFailed(f"its page is now a {type(page).__name__}, not a {model.__name__}", record)
        created = page is None
        if created:
            parent = self._parent(prepared.kind, record.language)
            page = model(slug=find_available_slug(parent, prepared.slug), locale=locale)
            if prepared.date is not None:
                page.first_published_at = _moment(prepared.date)
            self._fill(page, prepared, locale)
            page.themes = self._themes_in(prepared.themes, locale)
            parent.add_child(instance=page)
        else:
            self._fill(page, prepared, locale)
            page.themes = self._themes_in(prepared.themes, locale)
        if prepared.tags and hasattr(page, "tags"):
            page.tags.set(prepared.tags)
        page.save_revision().publish()
        page = Page.objects.get(pk=page.pk).specific
        self._record(prepared, page)
        return page

    def _save_translation(self, source_page, prepared, item):
        """The Arabic item as the wagtail-localize translation of the French page, published."""
        record = prepared.record
        locale = self.locales[record.language]
        if item is not None and item.page_id and item.page.translation_key != source_page.translation_key:
            raise ItemFailed(
                "already imported as a page of its own; delete that page to import it as a translation", record
            )
        source, _created = TranslationSource.update_or_create_from_instance(source_page)
        start_translation(source_page, locale)

        # The Arabic as a page like the French one, block ids borrowed position by position so
        # that each Arabic segment lands on the French segment in the same place.
        shadow = type(source_page)(locale=locale, slug=source_page.slug)
        self._fill(shadow, prepared, locale)
        shadow.body = stream_value(type(shadow), _align_ids(source_page.body, prepared.body))
        if isinstance(shadow, PublicationPage):
            for annex, french in zip(shadow.annexes.all(), source_page.annexes.all(), strict=False):
                annex.translation_key = french.translation_key
        strings, unmatched, overrides = _aligned_segments(source, shadow)
        # The Arabic edition of a PDF or another image replaces the French one in the translation only.
        for context, value in overrides:
            SegmentOverride.objects.update_or_create(
                locale=locale, context=context, defaults={"data_json": json.dumps(value)}
            )
        publish_translation(source_page, locale, strings, self._terms_for_translation(source_page, locale))
        target = Page.objects.get(translation_key=source_page.translation_key, locale=locale).specific
        if unmatched:
            # The Arabic body does not follow the French one block for block: readers get the
            # Arabic as written, translators see which segments are not linked.
            prepared.warnings.append(
                f"the Arabic text does not follow the French structure: {unmatched} segment(s) not linked; "
                "the Arabic body is kept as imported"
            )
            target.body = shadow.body
            target.save_revision().publish()
        target = Page.objects.get(pk=target.pk).specific
        self._record(prepared, target)
        return target

    def _record(self, prepared, page):
        record = prepared.record
        LegacyItem.objects.update_or_create(
            legacy_id=record.legacy_id,
            language=record.language,
            defaults={
                "translation_set": record.translation_set,
                "legacy_paths": prepared.paths,
                "content_hash": prepared.content_hash,
                "page": page,
            },
        )
        self._redirect(prepared, page)

    def _redirect(self, prepared, page):
        existing = {r.old_path: r for r in Redirect.objects.filter(site=self.site, old_path__in=prepared.paths)}
        new = []
        for path in prepared.paths:
            redirect = existing.get(path)
            if redirect is None:
                new.append(Redirect(old_path=path, site=self.site, redirect_page=page, is_permanent=True))
            elif redirect.redirect_page_id != page.pk or not redirect.is_permanent:
                if redirect.redirect_page_id and redirect.redirect_page_id != page.pk:
                    prepared.warnings.append(
                        f"redirect {path} now leads to this page instead of page {redirect.redirect_page_id}"
                    )
                redirect.redirect_page = page
                redirect.redirect_link = ""
                redirect.is_permanent = True
                redirect.save()
        Redirect.objects.bulk_create(new)

    def _themes_in(self, keys, locale):
        if not keys:
            return []
        themes = {t.translation_key: t for t in Theme.objects.filter(translation_key__in=keys, locale=locale)}
        fallback = {t.translation_key: t for t in Theme.objects.filter(translation_key__in=keys)}
        return [themes.get(key) or fallback[key] for key in keys]

    def _terms_for_translation(self, page, locale):
        """{(slug, locale id): theme}, as the demo's alignment of themes expects; French when untranslated."""
        terms = {}
        for theme in page.themes.all():
            translated = Theme.objects.filter(translation_key=theme.translation_key, locale=locale).first()
            terms[(theme.slug, locale.pk)] = translated or theme
        return terms

    def _publication_type(self, record):
        name = record.publication_type
        slug = latin_slug(name) if name else DEFAULT_PUBLICATION_TYPE[0]
        source_locale = self.locales[self.source_language]
        kind = PublicationType.objects.filter(slug=slug, locale=source_locale).first()
        if kind is None:
            french = name if record.language == self.source_language and name else DEFAULT_PUBLICATION_TYPE[1]
            kind = PublicationType.objects.create(slug=slug, name=french or slug, locale=source_locale)
        for code, locale in self.locales.items():
            if (
                code != self.source_language
                and not PublicationType.objects.filter(translation_key=kind.translation_key, locale=locale).exists()
            ):
                arabic = DEFAULT_PUBLICATION_TYPE[2] if slug == DEFAULT_PUBLICATION_TYPE[0] else kind.name
                translate_snippet(kind, locale, ArabicStrings([(kind.name, arabic), (slug, slug)]))
        if record.language == self.source_language:
            return kind
        return (
            PublicationType.objects.filter(
                translation_key=kind.translation_key, locale=self.locales[record.language]
            ).first()
            or kind
        )


def stream_value(model, blocks):
    """StreamField data for `model.body` from (block name, value) pairs, through the field's own blocks."""
    stream_block = model._meta.get_field("body").stream_block
    raw = [{"type": name, "value": value, "id": block_id} for name, value, block_id in _with_ids(blocks)]
    stream = stream_block.to_python(raw)
    return stream_block.get_prep_value(stream)


def _with_ids(blocks):
    for block in blocks:
        if len(block) == 3:
            yield block
        else:
            yield block[0], block[1], str(uuid.uuid4())


def _align_ids(source_body, blocks):
    """The Arabic blocks with the ids of the French blocks at the same position, where the types agree."""
    source = [(child.block_type, child.id) for child in source_body]
    aligned = []
    for position, (name, value) in enumerate(blocks):
        if position < len(source) and source[position][0] == name:
            aligned.append((name, value, source[position][1]))
        else:
            aligned.append((name, value, str(uuid.uuid4())))
    return aligned


def _aligned_segments(source, shadow):
    """(French → Arabic strings, French segments without an Arabic counterpart, overrides).

    Segments are compared path by path and, within a path (a rich text block holds several),
    in order; a path whose number of segments differs is left unmatched rather than guessed.
    """
    french = OrderedDict()
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order"):
        french.setdefault(segment.context.path, []).append(segment.string.data)
    arabic, arabic_overridable = OrderedDict(), {}
    for segment in extract_segments(shadow):
        if isinstance(segment, StringSegmentValue):
            arabic.setdefault(segment.path, []).append(segment.string.data)
        elif isinstance(segment, OverridableSegmentValue):
            arabic_overridable[segment.path] = segment.data
    strings = ArabicStrings()
    unmatched = 0
    for path, values in french.items():
        counterpart = arabic.get(path, [])
        if path == "slug":
            counterpart = values
        if len(counterpart) != len(values):
            unmatched += len(values)
            continue
        for french_text, arabic_text in zip(values, counterpart, strict=True):
            strings.strings.setdefault(french_text, arabic_text)
    overrides = []
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        path = segment.context.path
        if path in ("main_image", "cover_image", "document") and path in arabic_overridable:
            if arabic_overridable[path] is not None and arabic_overridable[path] != segment.data:
                overrides.append((segment.context, arabic_overridable[path]))
    return strings, unmatched, overrides


def _moment(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(10)))
