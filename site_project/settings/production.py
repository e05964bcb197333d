"""Production: refuses to start without what several app servers sharing one site need."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

_needed = {
    "SECRET_KEY": SECRET_KEY,  # noqa: F405
    "ALLOWED_HOSTS": ALLOWED_HOSTS,  # noqa: F405
    "DATABASE_URL": DATABASE_URL,  # noqa: F405
    "REDIS_URL": REDIS_URL,  # noqa: F405 - one cache for every app server and gunicorn worker
    "BASE_URL": BASE_URL,  # noqa: F405
}
_missing = [name for name, value in _needed.items() if not value]
if _missing:
    raise ImproperlyConfigured("Production settings need these environment variables: " + ", ".join(_missing) + ".")
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":  # noqa: F405
    raise ImproperlyConfigured("Production settings need DATABASE_URL to point to PostgreSQL (postgres://…).")
if TASK_BACKEND == "immediate":  # noqa: F405
    raise ImproperlyConfigured(
        "Production settings need TASK_BACKEND=database or TASK_BACKEND=redis, and a worker: "
        "slow work must not run inside requests."
    )

DEBUG = False
# The demo content is for `make run` and trials; a production site installs it only when asked.
if not env_flag("DEMO_CONTENT"):  # noqa: F405
    INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "demo"]  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = HTTPS  # noqa: F405
CSRF_COOKIE_SECURE = HTTPS  # noqa: F405
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # noqa: F405
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"
