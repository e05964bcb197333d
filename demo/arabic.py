"""Applies the Arabic side of the demo through wagtail-localize, the way the translation editor does.

Each French object gets a TranslationSource and a Translation into Arabic; each source segment
whose French text we know receives a StringTranslation; `save_target()` then writes the Arabic
object. A page's Arabic state is one of STATES; adding a state means adding one function there.
The same functions serve the other direction (demo/arabic_originals.py): given the French locale and
(Arabic, French) pairs, they give an Arabic original its French side.
"""

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


class ArabicStrings:
    """French string → Arabic string, keyed the way wagtail-localize stores segments."""

    def __init__(self, pairs=()):
        self.strings = {}
        self.add(pairs)

    def add(self, pairs):
        for french, arabic in pairs:
            if not french:
                continue
            self.strings[StringValue.from_plaintext(french).data] = StringValue.from_plaintext(arabic).data
            self.strings[StringValue.from_source_html(french)[0].data] = StringValue.from_source_html(arabic)[0].data
        return self

    def get(self, data):
        return self.strings.get(data)


def start_translation(instance, locale):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    return source, translation


def fill_segments(source, locale, strings, share=1.0):
    """Translate the segments we know, up to `share` of all segments in page order; return (known, total)."""
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order"))
    limit = int(len(segments) * share)
    known = 0
    for segment in segments[:limit]:
        arabic = strings.get(segment.string.data)
        if arabic is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": arabic, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
        known += 1
    return known, len(segments)


def translate_snippet(snippet, locale, strings):
    source, translation = start_translation(snippet, locale)
    fill_segments(source, locale, strings)
    # Saved as a draft then published here, as for pages: save_target(publish=True) defers
    # publishing a term to the end of the transaction.
    translation.save_target(publish=False)
    target = translation.get_target_instance()
    target.latest_revision.publish()
    return type(target).objects.get(pk=target.pk)


def _arabic_page(page, locale):
    return Page.objects.get(translation_key=page.translation_key, locale=locale).specific


def _align_with_source(target, page, terms, published=True):
    """Corrects the revision save_target() wrote: Arabic themes (wagtail-localize skips many-to-many
    relations, so the copy still points at the French themes) and the French page's first publication date.

    The revision is edited in place rather than followed by another one: one revision per translation
    is what the translation editor leaves too.
    """
    revision = target.get_latest_revision()
    if "themes" in revision.content:
        revision.content["themes"] = [terms[(theme.slug, target.locale_id)].pk for theme in page.themes.all()]
    if published:
        revision.content["first_published_at"] = page.first_published_at.isoformat()
    revision.save(update_fields=["content"])
    return revision


def publish_translation(page, locale, strings, terms):
    source, translation = start_translation(page, locale)
    fill_segments(source, locale, strings)
    # The revision is published here rather than through save_target(publish=True), which defers it to
    # transaction.on_commit: the whole demo loads in one transaction, and the "outdated" state needs the
    # Arabic page to go live before its French source changes.
    translation.save_target(publish=False)
    target = _arabic_page(page, locale)
    _align_with_source(target, page, terms).publish()
    return _arabic_page(page, locale)


def publish_then_change_source(page, locale, strings, terms):
    """Live in Arabic, then the French page is edited and republished: the translation is outdated."""
    from demo.articles import OUTDATED_SUMMARY_SUFFIX

    target = publish_translation(page, locale, strings, terms)
    page.refresh_from_db()
    page.summary += OUTDATED_SUMMARY_SUFFIX
    page.save_revision().publish()
    return target


def leave_in_progress(page, locale, strings, terms):
    """A translator has done the first third of the segments; the Arabic page is a draft."""
    source, translation = start_translation(page, locale)
    fill_segments(source, locale, strings, share=1 / 3)
    translation.save_target(publish=False)
    target = _arabic_page(page, locale)
    _align_with_source(target, page, terms, published=False)
    return target


def submit_for_review(page, locale, strings, terms):
    """Fully translated and submitted: the Arabic draft waits in the moderators' review workflow."""
    from editorial.review import submit_translation_for_review

    source, translation = start_translation(page, locale)
    fill_segments(source, locale, strings)
    translation.save_target(publish=False)
    return submit_translation_for_review(translation, _arabic_page(page, locale), user=None)


def leave_untranslated(page, locale, strings, terms):
    return None


STATES = {
    "live": publish_translation,
    "outdated": publish_then_change_source,
    "in_progress": leave_in_progress,
    "awaiting_review": submit_for_review,
    "missing": leave_untranslated,
}
