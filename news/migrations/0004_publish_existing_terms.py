"""Terms that existed before review was introduced stay live, each with a first published revision."""

from django.db import migrations
from django.utils import timezone

TERM_MODELS = ("Theme", "PublicationType")


def revision_content(term):
    # As Wagtail serialises revisions: field names, related rows by primary key, dates in ISO format.
    content = {"pk": term.pk}
    for field in term._meta.concrete_fields:
        value = getattr(term, field.attname)
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        elif field.get_internal_type() == "UUIDField" and value is not None:
            value = str(value)
        content[field.name] = value
    return content


def publish_existing_terms(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    now = timezone.now()
    for model_name in TERM_MODELS:
        model = apps.get_model("news", model_name)
        content_type, _created = ContentType.objects.get_or_create(app_label="news", model=model_name.lower())
        for term in model.objects.filter(live_revision__isnull=True).iterator():
            term.live = True
            term.has_unpublished_changes = False
            term.first_published_at = term.first_published_at or now
            term.last_published_at = now
            revision = Revision.objects.create(
                content_type=content_type,
                base_content_type=content_type,
                object_id=str(term.pk),
                created_at=now,
                object_str=term.name,
                content=revision_content(term),
            )
            term.latest_revision = term.live_revision = revision
            term.save(
                update_fields=[
                    "live",
                    "has_unpublished_changes",
                    "first_published_at",
                    "last_published_at",
                    "latest_revision",
                    "live_revision",
                ]
            )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0003_taxonomy_under_review"),
    ]

    operations = [migrations.RunPython(publish_existing_terms, migrations.RunPython.noop)]
