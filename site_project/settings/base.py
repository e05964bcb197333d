"""Settings shared by every environment; deploy-specific values come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_flag(name, default=False):
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return value.strip().lower() not in ("0", "false", "no", "off")


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

# Layers, bottom up (checked by `lint-imports`, see .importlinter): core knows no project app;
# editorial uses core; news, search and newsletter use both; home may use all; legacy (the old
# site's import) and demo sit on top.
PROJECT_APPS = ["core", "editorial", "news", "search", "newsletter", "home", "legacy", "demo"]

INSTALLED_APPS = PROJECT_APPS + [
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "health_check",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before the CSP middleware: a page comes out of the page cache with the policy (and nonce) it was made with.
    "core.page_cache.PageCacheMiddleware",
    "core.headers.SiteCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.admin_access.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into core.admin_access.lockout_response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "site_project.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "site_project.wsgi.application"

# A SQLite file when DATABASE_URL is unset: `make run` needs nothing installed.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable database answers "unavailable" within seconds instead of holding every worker.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(os.environ.get("DB_CONNECT_TIMEOUT", "5"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    _redis = {
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "site"),
        # A Redis that does not answer must not hold a page for long.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    CACHES = {
        # Cached content: a Redis outage is a cache miss (core/cache.py).
        "default": {"BACKEND": "core.cache.ResilientRedisCache", **_redis},
        # Counters that protect the site (core/rate_limits.py): an outage refuses, it never lets through.
        "limits": {"BACKEND": "core.cache.SharedClientRedisCache", **_redis},
        # Image renditions, read without being written back each time (core/rendition_cache.py).
        "renditions": {"BACKEND": "core.rendition_cache.RenditionRedisCache", **_redis},
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {"BACKEND": "core.rendition_cache.RenditionLocMemCache"},
    }

# Public pages for anonymous readers (core/page_cache.py): browsers keep them CACHE_MAX_AGE seconds,
# shared caches (Varnish, a CDN) CACHE_S_MAXAGE; publishing purges the shared caches.
CACHE_MAX_AGE = env_int("CACHE_MAX_AGE", 60)
CACHE_S_MAXAGE = env_int("CACHE_S_MAXAGE", 600)
# The same pages kept in the default cache (Redis, else process memory) until purged, at most
# PAGE_CACHE_TIMEOUT seconds; only with these query parameters (listing filters, page, sitemap chunk).
PAGE_CACHE = env_flag("PAGE_CACHE", True)
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 3600)
# With Redis, each process also keeps the pages it served last in memory, up to this many bytes
# (0: off); every purge empties it (core/page_cache_memory.py).
PAGE_CACHE_MEMORY_BYTES = env_int("PAGE_CACHE_MEMORY_BYTES", 32 * 1024 * 1024)
# Each process also keeps the content cache's values (menus, routes, translations) it read last,
# up to this many bytes (0: off); their keys name the content generation (core/content_memory.py).
CONTENT_MEMORY_BYTES = env_int("CONTENT_MEMORY_BYTES", 8 * 1024 * 1024)
PAGE_CACHE_QUERY_PARAMS = {"page", "theme", "kind", "type", "year", "p"}

# Background tasks on Django's task framework (django-tasks, as Wagtail uses it); see core/tasks.py.
# TASK_BACKEND = immediate (default: run where enqueued, nothing to start) | database | redis.
TASK_BACKEND = os.environ.get("TASK_BACKEND", "immediate").strip().lower()
_TASK_BACKENDS = {
    "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "redis": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]},
}
if TASK_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASK_BACKEND must be one of {', '.join(_TASK_BACKENDS)}, not {TASK_BACKEND!r}.")
TASKS = {"default": _TASK_BACKENDS[TASK_BACKEND]}
# RQ's queue lives in TASK_REDIS_URL, or in the cache's Redis when unset.
RQ_QUEUES = {"default": {"URL": os.environ.get("TASK_REDIS_URL", "") or REDIS_URL or "redis://127.0.0.1:6379/0"}}
TASK_MAX_ATTEMPTS = env_int("TASK_MAX_ATTEMPTS", 5)
TASK_RETRY_DELAY = env_int("TASK_RETRY_DELAY", 30)  # seconds before the second attempt, doubled after each failure
TASK_RETRY_MAX_DELAY = env_int("TASK_RETRY_MAX_DELAY", 3600)
TASK_STALE_AFTER = env_int("TASK_STALE_AFTER", 3600)  # a task running this long lost its worker
TASK_QUEUE_MAX_AGE = env_int("TASK_QUEUE_MAX_AGE", 600)  # /health/ fails when a ready task waits longer

# Front caches, purged after each change with the paths core/purges.py lists (Wagtail's purge task):
# Varnish by HTTP PURGE (FRONTEND_CACHE_PURGE_URL, deploy/varnish), Cloudflare, CloudFront.
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "").rstrip("/")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "core.frontend_cache.PurgeBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
if os.environ.get("CLOUDFLARE_ZONE_ID", ""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", "") or None,
        "EMAIL": os.environ.get("CLOUDFLARE_EMAIL", "") or None,
        "API_KEY": os.environ.get("CLOUDFLARE_API_KEY", "") or None,
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID", ""):
    # Credentials from boto3's usual chain (AWS_ACCESS_KEY_ID…, an instance role).
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ.get("CLOUDFRONT_DISTRIBUTION_ID", ""),
    }
# The purge list already names each language's own URL (slugs differ between languages):
# Wagtail must not rewrite each URL into every language prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = []

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Admin sign-in (core/admin_access.py). django-axes counts failed passwords per account and per
# client address: after AXES_FAILURE_LIMIT either is locked for AXES_COOLOFF_TIME, or until an
# administrator deletes the lockout in Paramètres › Connexions bloquées.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.admin_access.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"
AXES_ENABLE_ADMIN = False  # no django.contrib.admin here: the Wagtail admin lists lockouts
AXES_VERBOSE = False
WAGTAILADMIN_USER_LOGIN_FORM = "core.admin_access.LoginForm"
# Two-factor authentication: offered to every admin user (Compte › Double authentification),
# required of superusers and of these groups.
TWO_FACTOR_REQUIRED = env_flag("TWO_FACTOR_REQUIRED", True)
TWO_FACTOR_REQUIRED_GROUPS = ["Modérateurs"]
OTP_TOTP_ISSUER = "CNDH"

# The reverse proxies in front of the app servers (comma-separated addresses or networks). Only
# a connection from one of them has its X-Forwarded-For read (core/client_address.py).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

# Security headers. Public pages: scripts only from this site or with the request's nonce
# (`nonce="{{ request.csp_nonce }}"` on each inline script), no inline style, framed by no
# one else. Videos are framed from the providers in CSP_FRAME_SOURCES.
CSP_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES",
    "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com,https://www.dailymotion.com",
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *CSP_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin writes inline scripts and style attributes (previews, choosers, rich text):
# allowed under /admin/ only (core/headers.py).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        # Live preview frames the page being edited inside the admin.
        "frame-ancestors": [SELF],
    }
}
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
    "fullscreen": ["self", *CSP_FRAME_SOURCES],
}
# Wagtail's preview views opt back in to same-origin framing themselves.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# No avatar requests to a third party from the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Languages: French is the source; adding one is a matter of LANGUAGES and a .po file.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("ar", "العربية"),
]
# More languages by configuration, each with its catalogue in locale/<code>/ (README, "Adding a
# language"): EXTRA_LANGUAGES="zgh:ⵜⴰⵎⴰⵣⵉⵖⵜ,en:English".
for _entry in env_list("EXTRA_LANGUAGES"):
    _code, _sep, _name = _entry.partition(":")
    LANGUAGES.append((_code.strip(), _name.strip() or _code.strip()))
# Languages Django does not describe: Standard Moroccan Amazigh, written in Tifinagh, left to right.
EXTRA_LANG_INFO = {
    "zgh": {"bidi": False, "code": "zgh", "name": "Standard Moroccan Tamazight", "name_local": "ⵜⴰⵎⴰⵣⵉⵖⵜ"},
}
for _code, _info in EXTRA_LANG_INFO.items():
    LANG_INFO.setdefault(_code, _info)
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Africa/Casablanca"
USE_I18N = True
USE_TZ = True
# Dates in the admin: one day-first format, written by Wagtail's picker and read by the server
# (core/admin_fields.py); ISO dates are still accepted. core.formats applies it to every admin language.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
DATE_INPUT_FORMATS = [WAGTAIL_DATE_FORMAT, "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [WAGTAIL_DATETIME_FORMAT, "%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]
TIME_INPUT_FORMATS = [WAGTAIL_TIME_FORMAT, "%H:%M:%S"]
FORMAT_MODULE_PATH = ["core.formats"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks French unless a user picks Arabic or English in their account.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("fr", "Français"),
    ("ar", "العربية"),
    ("en", "English"),
]
# New Arabic translations start as drafts and are reviewed before going live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation for translators: MACHINE_TRANSLATOR = off (default) | deepl | libretranslate.
# The backends in editorial/machine_translation.py report a failing service instead of erroring.
MACHINE_TRANSLATOR = os.environ.get("MACHINE_TRANSLATOR", "off").strip().lower()
if MACHINE_TRANSLATOR == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "editorial.machine_translation.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ.get("DEEPL_AUTH_KEY", "")},
    }
elif MACHINE_TRANSLATOR == "libretranslate":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "editorial.machine_translation.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ.get("LIBRETRANSLATE_URL", "").rstrip("/"),
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": float(os.environ.get("MACHINE_TRANSLATOR_TIMEOUT", "10")),
        },
    }

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media in S3-compatible object storage when S3_BUCKET is set (django-storages). Documents and
# original images stay private: readers get documents through /documents/, which checks privacy
# and redirects to a short-lived signed URL (core/wagtail_hooks.py). Renditions, which pages
# show, go under public/, readable by anyone (S3_PUBLIC_ACL, or a bucket policy, or a CDN).
S3_BUCKET = os.environ.get("S3_BUCKET", "")
if S3_BUCKET:
    _S3 = {
        "bucket_name": S3_BUCKET,
        "endpoint_url": os.environ.get("S3_ENDPOINT_URL", "") or None,
        "region_name": os.environ.get("S3_REGION", "") or None,
        "access_key": os.environ.get("S3_ACCESS_KEY_ID", "") or None,
        "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY", "") or None,
        "addressing_style": os.environ.get("S3_ADDRESSING_STYLE", "") or None,
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**_S3, "querystring_auth": True, "querystring_expire": env_int("S3_SIGNED_URL_EXPIRY", 300)},
    }
    STORAGES["public_media"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_S3,
            "location": "public",
            "querystring_auth": False,
            "default_acl": os.environ.get("S3_PUBLIC_ACL", "public-read") or None,
            "custom_domain": os.environ.get("S3_PUBLIC_DOMAIN", "") or None,
        },
    }
    WAGTAILIMAGES_RENDITION_STORAGE = "public_media"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = _("Conseil national des droits humains")
# The public address (https://…); `setup_site` writes its host and port into the Wagtail Site.
BASE_URL = os.environ.get("BASE_URL", "").strip().rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL or "http://127.0.0.1:8000"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 30 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# A news photo needs far less than 40 megapixels; larger ones cost memory at every rendition.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Documents are downloaded, never shown by the browser as if they were the site's own pages; PDFs open inline.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# search/documents.py: PDF text is read by a child process stopped past these limits.
PDF_TEXT_LIMITS = {
    "cpu_seconds": int(os.environ.get("PDF_TEXT_CPU_SECONDS", "20")),
    "memory_mb": int(os.environ.get("PDF_TEXT_MEMORY_MB", "768")),
    "wall_seconds": int(os.environ.get("PDF_TEXT_WALL_SECONDS", "40")),
}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The stylesheet sizes embedded videos (aspect-ratio); Wagtail's wrapper would need an inline style.
WAGTAILEMBEDS_RESPONSIVE_HTML = False

# A static path to the institution's logo for JSON-LD (Wagtail stores no logo); empty: none.
SEO_ORGANIZATION_LOGO = os.environ.get("SEO_ORGANIZATION_LOGO", "")
# HTTPS=false only for trials over plain http (`make serve`): production's cookies stop being Secure.
HTTPS = env_flag("HTTPS", True)

# Newsletter sign-ups allowed per hour, per network address and per e-mail address.
NEWSLETTER_RATE_LIMITS = {"ip": 5, "address": 3}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ne-pas-repondre@example.org")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"client_address": {"()": "core.client_address.ClientAddressFilter"}},
    "formatters": {"with_client": {"format": "%(levelname)s %(name)s [client %(client)s] %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["client_address"], "formatter": "with_client"}
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}
