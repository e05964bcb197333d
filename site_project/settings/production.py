"""Production: refuses to start without what several app servers sharing one site need."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

# BASE_URL is the address in every link a message carries (password resets, newsletter);
# REDIS_URL gives all app servers and workers one cache and one set of rate-limit counters.
_needed = {
    "SECRET_KEY": SECRET_KEY,  # noqa: F405
    "ALLOWED_HOSTS": ALLOWED_HOSTS,  # noqa: F405
    "DATABASE_URL": DATABASE_URL,  # noqa: F405
    "REDIS_URL": REDIS_URL,  # noqa: F405
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
if HTTPS and not BASE_URL.startswith("https://"):  # noqa: F405
    raise ImproperlyConfigured("BASE_URL must be the site's https:// address, e.g. https://www.cndh.example.")

DEBUG = False
# The demo content is for `make run` and trials; a production site installs it only when asked.
if not env_flag("DEMO_CONTENT"):  # noqa: F405
    INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "demo"]  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}  # noqa: F405
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # noqa: F405

# HTTPS. Behind a TLS-terminating proxy, the proxy says the original scheme in X-Forwarded-Proto
# (it must overwrite any value a client sent). Set SECURE_SSL_REDIRECT=false where the proxy
# itself redirects http to https.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS and env_flag("SECURE_SSL_REDIRECT", True)  # noqa: F405
# The balancer's health probe may speak plain http inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
# Browsers remember to use https only (a year by default); sent on https responses only.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600) if HTTPS else 0  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
# Preloading into browsers' lists is a commitment for the whole domain, taken by its owner.
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", False)  # noqa: F405
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Cookies travel over https only (HTTPS=false only for a trial over plain http, `make serve`).
SESSION_COOKIE_SECURE = HTTPS  # noqa: F405
CSRF_COOKIE_SECURE = HTTPS  # noqa: F405
