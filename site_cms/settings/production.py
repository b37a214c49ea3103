"""Production: refuses to start without a secret key; HTTPS-only cookies and HSTS."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = env_bool("DEBUG", False)  # noqa: F405
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
# Cookies travel over HTTPS only; SECURE_COOKIES=false is for `make serve`'s plain local HTTP.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)  # noqa: F405
# Behind HTTPS, any http:// address left in content (an image, a form) is fetched over HTTPS.
if SECURE_SSL_REDIRECT:
    CONTENT_SECURITY_POLICY = {
        **CONTENT_SECURITY_POLICY,  # noqa: F405
        "DIRECTIVES": {
            **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
            "upgrade-insecure-requests": True,
        },
    }
# E-mail and other slow work wait in the database queue for the worker (`manage.py db_worker`).
if env_bool("TASK_WORKER", True):  # noqa: F405
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Wagtail's editor previews pages in a same-origin frame, so X-Frame-Options stays SAMEORIGIN.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
