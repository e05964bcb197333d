import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from home.site_setup import ensure_site

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".admin-credentials"


class Command(BaseCommand):
    help = "Creates the bilingual site, its demo content and an admin account; safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--no-demo", action="store_true", help="Skip the demo content.")
        parser.add_argument("--username", default="admin")

    def handle(self, *args, **options):
        ensure_site()
        self.stdout.write("Site ready in: " + ", ".join(code for code, _ in settings.LANGUAGES))
        if not options["no_demo"] and "load_demo" in _commands():
            call_command("load_demo", stdout=self.stdout)
        self.ensure_admin(options["username"])

    def ensure_admin(self, username):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            if CREDENTIALS_FILE.exists():
                self.stdout.write(self.style.SUCCESS(f"Admin account: {CREDENTIALS_FILE.read_text().strip()}"))
            else:
                self.stdout.write(
                    f"Admin account '{username}' already exists; its password is unchanged "
                    f"(reset it with: .venv/bin/python manage.py changepassword {username})."
                )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="admin@example.org", password=password)
        CREDENTIALS_FILE.write_text(f"username {username} / password {password}\n")
        self.stdout.write(self.style.SUCCESS(f"Admin account created: username {username} / password {password}"))


def _commands():
    from django.core.management import get_commands

    return get_commands()
