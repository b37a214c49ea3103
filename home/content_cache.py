"""What many pages read and no visitor changes, kept in the cache until content changes: the
site chrome (menu, footer, links to the other languages, the section pages they lead to),
taxonomies, the private sections.

A page that the page cache builds again finds these ready, as other pages built them. Keys
carry the content version (home/page_cache.py), so any change to content renews them, as it
renews the pages. They are cached whenever the page cache is on, which needs a cache that
every process shares. Nothing kept here may depend on the visitor.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.utils.translation import get_language
from wagtail.models import Locale, Site

from .page_cache import TIMEOUT, content_version

_MISSING = object()


def cached(name, build, *parts):
    """`build()`, kept until content changes; `parts` tell its variants apart (such as the
    site, the language or the page)."""
    if not settings.PAGE_CACHE:
        return build()
    key = ":".join(str(part) for part in ("content", content_version(), name, *parts))
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, TIMEOUT)
    return value


def section_page(model):
    """The live page of type `model` in the active language, such as the news page."""
    language = get_language()
    return cached(
        f"section:{model._meta.label_lower}",
        lambda: model.objects.live().filter(locale__language_code=language).first(),
        language,
    )


def locale_by_id(locale_id):
    """A Locale from the cache, where reading a page's `locale` takes a query."""
    locales = cached("locales", lambda: {locale.pk: locale for locale in Locale.objects.all()})
    return locales[locale_id]


class CachedSiteMiddleware:
    """Finds the Wagtail site of a page's request in the cache: Wagtail's `Site.find_for_request`
    reads it from the database for each request, then keeps it on the request, where this puts
    it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not (settings.PAGE_CACHE and request.resolver_match.url_name == "wagtail_serve"):
            return
        try:
            request._wagtail_site = cached(
                "site",
                lambda: Site.find_for_request(request),
                request.get_host(),
                request.get_port(),
            )
        except DatabaseError:
            pass  # the page's view finds the database gone and answers as it does then
