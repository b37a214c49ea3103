"""Settings shared by every environment; safe by default, configured from the environment."""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from wagtail.embeds.oembed_providers import vimeo, youtube

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# How many proxies in front of the site append to X-Forwarded-For (for per-visitor limits).
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))

INSTALLED_APPS = [
    "home",
    "news",
    "directory",
    "marketplace",
    "events",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
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
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First, so that its request id and duration cover everything else.
    "home.observability.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "home.security.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # ETags, and 304s for browsers that have the page already.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Inside the middleware that read the visitor's cookies, so a page from the cache still
    # gets a fresh CSRF cookie and security headers.
    "home.page_cache.PageCacheMiddleware",
    "home.content_cache.CachedSiteMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a database that does not answer into a 503 page rather than a 500.
    "home.resilience.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a throttled login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "site_cms.urls"
WSGI_APPLICATION = "site_cms.wsgi.application"

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
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# Deadlines, so that a database that stops answering costs a visitor seconds (a 503 page, and a 503
# from /healthz for the load balancer) rather than a worker: connecting gives up after
# DB_CONNECT_TIMEOUT seconds, a statement after DB_STATEMENT_TIMEOUT milliseconds, and TCP
# keepalives notice a silent peer on a kept connection.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["OPTIONS"] = {
        "connect_timeout": int(os.environ.get("DB_CONNECT_TIMEOUT", "2")),
        "options": f"-c statement_timeout={int(os.environ.get('DB_STATEMENT_TIMEOUT', '5000'))}",
        "keepalives": 1,
        "keepalives_idle": 5,
        "keepalives_interval": 2,
        "keepalives_count": 2,
        "tcp_user_timeout": 5000,
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes (web workers, the task worker) share the file: wait for a lock instead
    # of failing, and take the write lock at the start of a transaction so two never deadlock.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("REDIS_URL"):
    # Redis is a cache, not a dependency: when it is down or slow, calls give up within a quarter
    # of a second, count as misses, and are skipped for a few seconds (home/cache.py), and pages
    # are built without it. The rate limits decide what a missing counter means (home/throttle.py).
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "tknika-hub",
            "OPTIONS": {
                "CONNECTION_FACTORY": "home.cache.ResilientConnectionFactory",
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
elif os.environ.get("CACHE_DIR"):
    # Without Redis, several processes (`make serve`) share a cache in files, so that the
    # per-visitor limits count every request whichever process answers it.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ["CACHE_DIR"],
        }
    }

# Anonymous pages from the cache (home/page_cache.py). Every process must see the same cache,
# or a change made in one would not reach the pages of the others.
PAGE_CACHE = env_bool(
    "PAGE_CACHE", not DEBUG and bool(os.environ.get("REDIS_URL") or os.environ.get("CACHE_DIR"))
)
# A CDN or caching proxy in front, purged whenever content changes: Varnish, Squid or nginx
# accepting HTTP PURGE requests at FRONTEND_CACHE_PURGE_URL, or Cloudflare. Off by default.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
# How long that cache may keep a page between purges.
FRONTEND_CACHE_MAX_AGE = int(os.environ.get("FRONTEND_CACHE_MAX_AGE", 60 * 60))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts: company representatives sign in to the member portal, never to the admin.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "members:login"
LOGIN_REDIRECT_URL = "members:dashboard"
LOGOUT_REDIRECT_URL = "members:login"
# Invitation and password reset links work for three days, and only once.
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3
# Failed logins: five tries per user and address, then a fifteen-minute pause.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "directory.accounts.locked_out"
AXES_USERNAME_CALLABLE = "directory.accounts.attempted_username"
AXES_CLIENT_IP_CALLABLE = "home.throttle.client_address"
AXES_VERBOSE = False

# Languages: Basque is the default; every public URL carries a language prefix.
LANGUAGE_CODE = "eu"
LANGUAGES = [
    ("eu", "Euskara"),
    ("es", "Español"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/Madrid"
# Dates as each language writes them (site_cms/formats/), before Django's own formats.
FORMAT_MODULE_PATH = ["site_cms.formats"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))


def media_storage(environ):
    """Uploads go to MEDIA_ROOT, or to S3-compatible object storage when AWS_STORAGE_BUCKET_NAME
    is set. Images get plain, unsigned URLs, which caches can keep and which never expire inside a
    cached page: the bucket's policy makes images public, not ACLs on each object."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": environ.get("AWS_LOCATION", "").strip("/"),
            "querystring_auth": False,
            "default_acl": None,
            # A second upload of "logo.png" gets a new name, as on disk, instead of replacing it.
            "file_overwrite": False,
        },
    }


STORAGES = {
    "default": media_storage(os.environ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # Documents stay private in the bucket: Wagtail streams them after checking their
    # collection's privacy, instead of redirecting to a bucket URL.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# E-mail: every message is queued as a background task (home/emails.py), and the task delivers it
# through EMAIL_DELIVERY_BACKEND: SMTP when EMAIL_HOST is set, files in EMAIL_FILE_PATH if that is
# set, the console otherwise.
EMAIL_BACKEND = "home.emails.QueuedEmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "")
if EMAIL_HOST:
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
elif EMAIL_FILE_PATH:
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
else:
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Tknika Hub <no-reply@tknika.eus>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"


def media_origin(environ):
    """Where uploaded images are served from when they are not on this site: the bucket's custom
    domain, its S3-compatible endpoint (path-style URLs), or the bucket on AWS."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return None
    if environ.get("AWS_S3_CUSTOM_DOMAIN"):
        return "https://" + environ["AWS_S3_CUSTOM_DOMAIN"].split("/")[0]
    if environ.get("AWS_S3_ENDPOINT_URL"):
        endpoint = urlsplit(environ["AWS_S3_ENDPOINT_URL"])
        return f"{endpoint.scheme}://{endpoint.netloc}"
    return f"https://{bucket}.s3.amazonaws.com"


# Browser-side security headers (home/security.py). The Content-Security-Policy lets pages load
# only this site's scripts, styles and images (and uploaded images from object storage), run inline
# scripts only with the response's nonce (`nonce="{{ request.csp_nonce }}"`) or, for the one every
# page has, by its hash (a nonce would make each visit's page, and its ETag, differ), and frame
# only the video sites the embed block accepts. Browsers report violations to /csp-report/,
# which logs them. The admin is left out: Wagtail's admin and translation editor rely on
# inline scripts.
# The embed block accepts these providers only, whose players frame-src allows.
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]}]
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        # templates/base.html: `document.documentElement.classList.add("js");`
        "script-src": [SELF, NONCE, "'sha256-WZRJfWvsnNCPcxzZwvyhovnZGqhZaC+8gPGPRbx6wTk='"],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *filter(None, [media_origin(os.environ)])],
        "frame-src": [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        # report-uri only: given report-to too, Chromium ignores report-uri and queues reports
        # for the Reporting API, which it had not delivered minutes later when tried.
        "report-uri": "/csp-report/",
    },
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background tasks (e-mail delivery, Wagtail's search and reference indexing) run at once in the
# request unless TASK_WORKER is on: then they wait in a database queue for `manage.py db_worker`.
if env_bool("TASK_WORKER"):
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

WAGTAIL_SITE_NAME = "Tknika Hub"
# The public address (home/site_address.py): `migrate`, `configure_site` and `seed_demo` write it to
# the default Site. SITE_URL (https://hub.tknika.eus), or SITE_HOSTNAME with SITE_PORT.
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")
SITE_HOSTNAME = os.environ.get("SITE_HOSTNAME", "")
SITE_PORT = int(os.environ.get("SITE_PORT", "80"))
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL or "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Staff avatars are Wagtail's default picture, or one uploaded to the account: Gravatar
# would send a hash of each e-mail address to a third party, and the site may run offline.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# Autosave is off: its background saves raced a first publish (leaving the page a draft) and
# turned abandoned "add page" forms into drafts whose slugs blocked the next attempt.
WAGTAIL_AUTOSAVE_INTERVAL = 0

# A new translation starts as a draft: nothing untranslated goes live until a translator
# publishes it from the translation editor.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Optional machine translation in the translation editor ("Translate automatically"):
# DEEPL_API_KEY for DeepL, or LIBRETRANSLATE_URL (and LIBRETRANSLATE_API_KEY) for LibreTranslate.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }
elif os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }

# Logs go to stderr, each record with the id of the request it belongs to; one line per request
# (method, path, status, duration) at INFO from "tknika.requests"; tracebacks of 500s from
# "django.request".
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "home.observability.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}
    },
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "plain",
        }
    },
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "tknika.requests": {"level": os.environ.get("REQUEST_LOG_LEVEL", "INFO")},
    },
}

# Errors go to Sentry (or a compatible service) too when SENTRY_DSN is set.
if os.environ.get("SENTRY_DSN"):
    import sentry_sdk

    sentry_sdk.init(
        dsn=os.environ["SENTRY_DSN"],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
