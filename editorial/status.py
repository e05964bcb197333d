"""Where each page stands in its other language: missing, in progress, awaiting review, live (current or outdated).

Both ways: a French page in Arabic, an Arabic original in French (editorial/direction.py).

A handful of queries whatever the number of pages: pages of both languages, their
translation records, segment counts and running workflows are each read in one go.
"""

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial.direction import source_locale_ids, source_page

MISSING = "missing"
IN_PROGRESS = "in_progress"
AWAITING_REVIEW = "awaiting_review"
LIVE_CURRENT = "live_current"
LIVE_OUTDATED = "live_outdated"

STATE_LABELS = {
    MISSING: _("Traduction manquante"),
    IN_PROGRESS: _("Traduction en cours"),
    AWAITING_REVIEW: _("En attente de relecture"),
    LIVE_CURRENT: _("En ligne et à jour"),
    LIVE_OUTDATED: _("En ligne mais périmée"),
}
STATES = list(STATE_LABELS)


@dataclass
class PageStatus:
    page_id: int
    title: str
    page_type: str
    state: str
    translated_page_id: int | None = None
    percent_translated: int | None = None
    source_published_at: datetime | None = None
    translation_published_at: datetime | None = None
    source_language: str = ""
    target_language: str = ""

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    def as_json(self):
        data = asdict(self)
        for key in ("source_published_at", "translation_published_at"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


def target_locale(language_code=None):
    code = language_code or next(code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE)
    return Locale.objects.filter(language_code=code).first()


def source_changed_since(source_published_at, translation_published_at):
    """Whether the source page was published after its translation: the live translation is outdated.

    Takes the two `last_published_at` values, so that a listing can decide without a query per page.
    """
    if not source_published_at:
        return False
    return translation_published_at is None or source_published_at > translation_published_at


def is_outdated(page):
    """Whether `page`, a live translation, shows an older version of the page it was translated from."""
    source = source_page(page)
    if source.pk == page.pk or not page.live:
        return False
    return source_changed_since(source.last_published_at, page.last_published_at)


def translation_statuses(locale=None, page_type=None, source_language=None):
    """A PageStatus for every original page (the locale roots excepted) and each other language, in tree order.

    An original is the version a page was written in, French or Arabic (editorial/direction.py).
    `locale` keeps the translations into that locale only, `source_language` the pages written in that
    language only.
    """
    language_of = dict(Locale.objects.values_list("pk", "language_code"))
    pages = Page.objects.filter(depth__gt=2).order_by("path")
    if page_type:
        pages = pages.filter(content_type__model=page_type)
    versions = defaultdict(dict)
    for page in pages.values(
        "id",
        "title",
        "translation_key",
        "content_type_id",
        "last_published_at",
        "live",
        "alias_of_id",
        "locale_id",
        "path",
    ):
        versions[page["translation_key"]][page["locale_id"]] = page
    if not versions:
        return []
    written_in = source_locale_ids(versions)
    default_locale_ids = [pk for pk, code in language_of.items() if code == settings.LANGUAGE_CODE]

    rows = []  # (source page, target locale id)
    for key, by_locale in versions.items():
        source_locale_id = _original_locale_id(by_locale, written_in.get(key), default_locale_ids)
        if source_locale_id is None or source_locale_id not in language_of:
            continue
        if source_language and language_of[source_locale_id] != source_language:
            continue
        for target_locale_id in language_of:
            if target_locale_id != source_locale_id and (locale is None or target_locale_id == locale.pk):
                rows.append((by_locale[source_locale_id], target_locale_id))
    if not rows:
        return []
    order = {code: number for number, (code, _name) in enumerate(settings.LANGUAGES)}
    rows.sort(key=lambda row: (order.get(language_of[row[0]["locale_id"]], len(order)), row[0]["path"], row[1]))

    translations = {
        (key, target_locale_id): source_id
        for key, source_id, target_locale_id in Translation.objects.filter(
            source__object_id__in=list(versions)
        ).values_list("source__object_id", "source_id", "target_locale_id")
    }
    progress = {}
    for target_locale_id in {target for (_key, target) in translations}:
        source_ids = {source_id for (_key, target), source_id in translations.items() if target == target_locale_id}
        for source_id, counts in _progress_by_source(source_ids, target_locale_id).items():
            progress[source_id, target_locale_id] = counts
    targets = [versions[source["translation_key"]].get(target_locale_id) for source, target_locale_id in rows]
    in_review = _pages_in_review([target["id"] for target in targets if target and not target["alias_of_id"]])

    statuses = []
    for (source, target_locale_id), target in zip(rows, targets, strict=True):
        key = source["translation_key"]
        status = PageStatus(
            page_id=source["id"],
            title=source["title"],
            page_type=_model_name(source["content_type_id"]),
            state=MISSING,
            source_published_at=source["last_published_at"],
            source_language=language_of[source["locale_id"]],
            target_language=language_of[target_locale_id],
        )
        if target is not None and not target["alias_of_id"]:
            status.translated_page_id = target["id"]
            status.translation_published_at = target["last_published_at"] if target["live"] else None
            source_id = translations.get((key, target_locale_id))
            if (source_id, target_locale_id) in progress:
                total, done = progress[source_id, target_locale_id]
                status.percent_translated = 100 if total == 0 else round(100 * done / total)
            status.state = _state(source, target, target["id"] in in_review)
        statuses.append(status)
    return statuses


def _original_locale_id(by_locale, written_in, default_locale_ids):
    """The locale of the version this page was written in, among its versions (None when only aliases exist)."""
    originals = [locale_id for locale_id, page in by_locale.items() if not page["alias_of_id"]]
    if written_in in originals:
        return written_in
    if written_in is not None and written_in in by_locale:
        return None  # its source is an alias: nothing to report
    # Never translated with wagtail-localize (or its source is gone): the default language's version, else the one.
    for locale_id in default_locale_ids:
        if locale_id in originals:
            return locale_id
    return min(originals, key=lambda locale_id: by_locale[locale_id]["id"]) if originals else None


def _state(source, target, in_review):
    if in_review:
        return AWAITING_REVIEW
    if not target["live"]:
        return IN_PROGRESS
    changed = source_changed_since(source["last_published_at"], target["last_published_at"])
    return LIVE_OUTDATED if changed else LIVE_CURRENT


def _progress_by_source(source_ids, locale):
    """{source_id: (segments, translated segments)} into `locale` (a Locale or its id) in one query."""
    if not source_ids:
        return {}
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale=locale, has_error=False
    )
    rows = (
        StringSegment.objects.filter(source_id__in=source_ids)
        .annotate(is_translated=Exists(translated))
        .values("source_id")
        .annotate(total=Count("id"), done=Count("id", filter=Q(is_translated=True)))
    )
    counts = {source_id: (0, 0) for source_id in source_ids}
    counts.update({row["source_id"]: (row["total"], row["done"]) for row in rows})
    return counts


def _pages_in_review(page_ids):
    if not page_ids:
        return set()
    page_type = ContentType.objects.get_for_model(Page)
    return {
        int(object_id)
        for object_id in WorkflowState.objects.filter(
            base_content_type=page_type,
            object_id__in=[str(pk) for pk in page_ids],
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
    }


def _model_name(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model


def page_type_choices():
    """(model name, verbose name) of the page types present below the locale roots."""
    ids = (
        Page.objects.filter(depth__gt=2, alias_of__isnull=True)
        .order_by()  # the tree ordering (path) would make every page its own DISTINCT row
        .values_list("content_type_id", flat=True)
        .distinct()
    )
    choices = []
    for content_type_id in ids:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            choices.append((model._meta.model_name, str(model._meta.verbose_name)))
    return sorted(choices, key=lambda choice: choice[1])


def count_by_state(statuses):
    counts = dict.fromkeys(STATES, 0)
    for status in statuses:
        counts[status.state] += 1
    return counts


def outdated_page_ids(pages):
    """Ids of the live translations among `pages` whose source page was published after them.

    Direction-agnostic: each page's source is its wagtail-localize TranslationSource, whatever
    the language. Two queries for any number of pages (a listing, a dashboard).
    """
    pages = [page for page in pages if page.live and not page.alias_of_id and page.last_published_at]
    if not pages:
        return set()
    keys = {page.translation_key for page in pages}
    source_locale = {
        (key, target): source
        for key, target, source in Translation.objects.filter(
            enabled=True, source__object_id__in=keys, target_locale_id__in={page.locale_id for page in pages}
        ).values_list("source__object_id", "target_locale_id", "source__locale_id")
    }
    published = {
        (row["translation_key"], row["locale_id"]): row["last_published_at"]
        for row in Page.objects.filter(translation_key__in=keys, locale_id__in=set(source_locale.values())).values(
            "translation_key", "locale_id", "last_published_at"
        )
    }
    outdated = set()
    for page in pages:
        source = source_locale.get((page.translation_key, page.locale_id))
        if source is None or source == page.locale_id:
            continue
        if source_changed_since(published.get((page.translation_key, source)), page.last_published_at):
            outdated.add(page.pk)
    return outdated
