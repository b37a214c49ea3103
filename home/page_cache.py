"""Anonymous pages from the cache, invalidated whenever content changes.

A visitor without a session gets public pages (Wagtail's pages and their sub-URLs: listings
with their filters, feeds, exports, suggestions) and the sitemap from the cache, without
touching the database. Each cached page holds the content version it was built with, which any
change to content renews, and is keyed by the day, since listings open and close by date: so the
next request after a publish, a snippet edit or midnight builds the page again, in every language.

Responses that are not the same for everyone are never stored: those for a visitor with a
session (signed in, or with messages waiting), to a request that is not GET or HEAD, with a
cookie, marked private or no-cache, or whose view wrote to the session. A page with a form
keeps working: its CSRF token is stored as a placeholder and each visitor gets their own; so
is a CSP nonce, should a page's inline script need one (none does: the one every page has is
allowed by its hash, and structured data is not run), fresh in each response and its header.

wagtail-cache does the same for older Wagtail versions only; this is Django's cache framework
and a version key.
"""

import hashlib
import re
import uuid
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "page-cache:version"
PURGE_PENDING_KEY = "page-cache:purge-pending"
PURGE_DELAY = 60
# Pages are rebuilt at least this often, whatever happens.
TIMEOUT = 60 * 60 * 6
CACHED_VIEWS = {"wagtail_serve", "sitemap", "robots_txt"}
CACHED_METHODS = ("GET", "HEAD")
MAX_QUERY_STRING = 1000
CSRF_PLACEHOLDER = b"csrf-token-for-this-visitor"
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]+(")')
NONCE_PLACEHOLDER = b"csp-nonce-for-this-response"
HEADER = "X-Page-Cache"

# What pages show: a change to any model of these apps, or to one of these models, renews
# the content version...
SHOWN_APPS = {
    "home",
    "news",
    "directory",
    "marketplace",
    "events",
    "taggit",
    "wagtailimages",
    "wagtaildocs",
}
SHOWN_MODELS = {
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.locale",
    "wagtailcore.page",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.site",
}
# ...but for these, which no page shows, or which change while pages render.
UNSHOWN_MODELS = {
    "directory.companymessage",
    "directory.representative",
    "events.registration",
    "home.digestsubscription",
    "home.searchentry",
    "home.searchterm",
    "marketplace.enquiry",
    "marketplace.enquiryreply",
    "marketplace.savedsearch",
    "marketplace.expiryreminder",
    "wagtailimages.rendition",
}


def is_shown(model):
    label = model._meta.label_lower
    return (
        model._meta.app_label in SHOWN_APPS or label in SHOWN_MODELS
    ) and label not in UNSHOWN_MODELS


# The content version as this request first read it: a page reads it for each of its parts,
# and one round trip to the cache is enough. UNREAD in a request that has not read it yet (a
# request that never does, such as the admin's, never asks the cache); None outside requests.
UNREAD = ""
request_version = ContextVar("request_version", default=None)


def content_version():
    if version := request_version.get():
        return version
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY, version)
    if request_version.get() is not None:
        request_version.set(version)
    return version


def renew_version():
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, None)
    # What this request reads from now on was read after the change.
    if request_version.get() is not None:
        request_version.set(version)


def content_changed(**kwargs):
    renew_version()
    # Again once the change is committed: what other requests cached meanwhile under the new
    # version was read without it (even a page's view restrictions).
    transaction.on_commit(renew_version)
    # One purge of the front-end cache for a burst of changes (a publish saves several rows).
    if settings.WAGTAILFRONTENDCACHE and cache.add(PURGE_PENDING_KEY, True, PURGE_DELAY):
        transaction.on_commit(purge_front_end_cache.enqueue)


@task
def purge_front_end_cache():
    """Purge every live page from the CDN or proxy in front (wagtail.contrib.frontend_cache),
    as pages list, link to and show each other."""
    cache.delete(PURGE_PENDING_KEY)
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().specific(defer=True).iterator())
    batch.add_urls([f"{site.root_url}/sitemap.xml" for site in Site.objects.all()])
    batch.purge()


def model_changed(sender, instance, update_fields=None, **kwargs):
    # Saving a draft writes a few of a page's fields; the public page stays as it was.
    is_draft = isinstance(instance, Page) and update_fields and "live" not in update_fields
    if is_shown(sender) and not is_draft:
        content_changed()


post_save.connect(model_changed, dispatch_uid="page_cache_save")
post_delete.connect(model_changed, dispatch_uid="page_cache_delete")
for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(content_changed, dispatch_uid=f"page_cache_{id(signal)}")


def cache_key(request):
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
    return f"page:{timezone.localdate().isoformat()}:{request.method}:{digest}"


def may_use_cache(request):
    return (
        request.method in CACHED_METHODS
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
    )


def may_store(request, response):
    match = getattr(request, "resolver_match", None)
    cache_control = response.get("Cache-Control", "")
    session = getattr(request, "session", None)
    return (
        match is not None
        and match.url_name in CACHED_VIEWS
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
        and not (session is not None and session.modified)
    )


def visitors_own(request):
    """What each visitor gets for a placeholder of a stored page: a CSRF token of their own
    (the outer CSRF middleware sets its cookie) and a fresh CSP nonce (the outer CSP
    middleware puts it in the header)."""
    return {
        CSRF_PLACEHOLDER: lambda: get_token(request),
        NONCE_PLACEHOLDER: lambda: str(request.csp_nonce),
    }


def cache_headers(response, has_form):
    # Browsers ask again each time (an ETag makes that cheap). A CDN or proxy in front keeps
    # a page without a form until it is purged, but never a visitor's CSRF token.
    if has_form:
        patch_cache_control(response, private=True, max_age=0)
    elif settings.WAGTAILFRONTENDCACHE:
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=settings.FRONTEND_CACHE_MAX_AGE
        )
    else:
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE:
            return self.get_response(request)
        if not may_use_cache(request):
            return self.built(request, UNREAD)
        key = cache_key(request)
        # The version and the page in one round trip: round trips are the largest part of a hit.
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or content_version()
        stored = found.get(key)
        if stored is not None and stored["version"] == version:
            return self.from_cache(request, stored)
        response = self.built(request, version)
        if may_store(request, response):
            self.store(key, version, request, response)
        return response

    def built(self, request, version):
        """The response of the view, which reads `version` wherever it reads the version (or
        reads it once, if UNREAD)."""
        token = request_version.set(version)
        try:
            return self.get_response(request)
        finally:
            request_version.reset(token)

    def store(self, key, version, request, response):
        content, forms = CSRF_INPUT.subn(rb"\g<1>" + CSRF_PLACEHOLDER + rb"\g<2>", response.content)
        placeholders = [CSRF_PLACEHOLDER] if forms else []
        if nonce := getattr(request, "_csp_nonce", None):
            content = content.replace(nonce.encode(), NONCE_PLACEHOLDER)
            placeholders.append(NONCE_PLACEHOLDER)
        cache_headers(response, has_form=bool(forms))
        headers = {name: value for name, value in response.items() if name != "Vary"}
        cache.set(
            key,
            {
                "content": content,
                "status": response.status_code,
                "headers": headers,
                "vary": response.get("Vary"),
                "placeholders": placeholders,
                "version": version,
            },
            TIMEOUT,
        )
        response[HEADER] = "miss"

    def from_cache(self, request, stored):
        content = stored["content"]
        own = visitors_own(request)
        for placeholder in stored["placeholders"]:
            content = content.replace(placeholder, own[placeholder]().encode())
        response = HttpResponse(content, status=stored["status"])
        for name, value in stored["headers"].items():
            response[name] = value
        if stored["vary"]:
            patch_vary_headers(response, [part.strip() for part in stored["vary"].split(",")])
        response[HEADER] = "hit"
        return response
