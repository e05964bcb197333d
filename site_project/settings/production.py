"""Production: refuses to start without a secret key and allowed hosts."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

# BASE_URL is the address in every link a message carries (password resets, newsletter);
# REDIS_URL gives all workers one cache and one set of rate-limit counters.
_required = (
    ("SECRET_KEY", SECRET_KEY),  # noqa: F405
    ("ALLOWED_HOSTS", ALLOWED_HOSTS),  # noqa: F405
    ("BASE_URL", os.environ.get("BASE_URL", "")),
    ("REDIS_URL", REDIS_URL),  # noqa: F405
)
_missing = [name for name, value in _required if not value]
if _missing:
    raise ImproperlyConfigured("Production settings need these environment variables: " + ", ".join(_missing) + ".")
if not WAGTAILADMIN_BASE_URL.startswith("https://"):  # noqa: F405
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
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", True)  # noqa: F405
# The balancer's health probe may speak plain http inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
# Browsers remember to use https only (a year by default); sent on https responses only.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
# Preloading into browsers' lists is a commitment for the whole domain, taken by its owner.
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", False)  # noqa: F405
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Cookies travel over https only.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
