from django.db import migrations

ROLE_NAMES = ("Équipe communication", "Traducteurs", "Modérateurs")


def create_groups(apps, schema_editor):
    # Permissions, page permissions and the review workflow are applied by home.roles.ensure_roles
    # after migrate, when permissions and the locale homes exist.
    Group = apps.get_model("auth", "Group")
    for name in ROLE_NAMES:
        Group.objects.get_or_create(name=name)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_NAMES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
