from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
if MACHINE_TRANSLATOR == "off":  # noqa: F405
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    }
WHITENOISE_AUTOREFRESH = True
# Template and content edits show at once on `make run`; PAGE_CACHE=true tries the page cache.
PAGE_CACHE = env_flag("PAGE_CACHE", False)  # noqa: F405
