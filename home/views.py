from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from .redirects import redirect_to_local_path
from .sitemaps import TranslatedSitemap


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /language/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": TranslatedSitemap(request)})


@never_cache
@require_GET
def switch_language(request, language_code):
    """Remember the visitor's language (so `/` leads to it later) and go to the chosen page."""
    response = redirect_to_local_path(request, request.GET.get("next"), f"/{language_code}/")
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=request.is_secure(),
    )
    return response


def language_of_path(path):
    """The language a URL is in ("/en/…", "/language/en/"), read from the path alone."""
    parts = path.lstrip("/").split("/")
    if parts[0] == "language":
        parts = parts[1:]
    codes = {code for code, _name in settings.LANGUAGES}
    return parts[0] if parts and parts[0] in codes else settings.LANGUAGE_CODE


def server_error(request):
    # From the path and without a request context: the error may have come before the
    # language was set, or from the database.
    language = language_of_path(request.path)
    with translation.override(language):
        html = loader.get_template("500.html").render({"LANGUAGE_CODE": language})
    return HttpResponseServerError(html)
