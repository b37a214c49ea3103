"""Local development: DEBUG on, a throwaway key, e-mail printed to the console (base's default)."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = ["*"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# runserver logs every request itself.
LOGGING["loggers"]["tknika.requests"]["level"] = "WARNING"  # noqa: F405
# Templates change while developing, and nothing tells the page cache.
PAGE_CACHE = env_bool("PAGE_CACHE", False)  # noqa: F405
