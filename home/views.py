from django import forms
from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.http import (
    Http404,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from . import search
from .filters import SiteSearchFilter, shorten_query
from .models.pages import home_page_sections
from .redirects import redirect_to_local_path
from .sitemaps import TranslatedSitemap
from .throttle import MINUTE, refusal_by_address

SEARCH_RESULTS_PER_PAGE = 20
# Per visitor's address, for each box that suggests as the visitor types.
SUGGESTIONS_PER_MINUTE = 120


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


def portal_in_english(request, rest):
    """The member portal's English paths in another language (`/eu/members/login/`, from links
    sent before its paths were translated): the same page at its path in that language."""
    with translation.override("en"):
        try:
            match = resolve(f"/en/members/{rest}")
        except Resolver404:
            raise Http404 from None
    if match.namespace != "members":  # Wagtail's pages answer any other path
        raise Http404
    target = reverse(match.view_name, kwargs=match.kwargs)
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)


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


def suggestions_response(request, scope, suggestions):
    """Suggestions as you type, as JSON; `suggestions` is called unless the visitor's address
    has asked too often (the limit lets requests through while the cache cannot count)."""
    if refusal_by_address(request, scope, SUGGESTIONS_PER_MINUTE, MINUTE, fail_closed=False):
        message = _("Too many searches in a short time. Please wait a minute.")
        response = JsonResponse({"suggestions": [], "error": str(message)}, status=429)
        response["Retry-After"] = str(MINUTE)
        return response
    response = JsonResponse({"suggestions": suggestions()})
    # Counted per address, so answered by the site each time rather than from the cache.
    patch_cache_control(response, private=True)
    return response


def site_search(search_page, request):
    """The site search's filter over what the page's language may show, less the pages
    editors pinned for the query (those come first, on their own); and what it may show."""
    query = shorten_query(request.GET.get("q", ""))[0]
    promoted = search.promoted_pages(query, search_page.locale) if query else []
    findable = search.findable_entries(search_page.locale)
    entries = findable.exclude(page__in=[page for page, _description in promoted])
    found = SiteSearchFilter(request.GET, queryset=entries, locale=search_page.locale)
    return found, promoted, findable


def search_results(search_page, request):
    found, promoted, findable = site_search(search_page, request)
    context = {
        "search_filter": found,
        "query": found.query,
        "query_was_shortened": found.query_was_shortened,
        "is_filtered": found.is_filtered,
    }
    if not found.query:
        return search_page.render(request, context_overrides=context)
    locale = search_page.locale
    type_facet = found.facets()[0]
    # What a result shows, not its texts and search document, which make the rows sorted
    # before the page is cut many times wider; and pages and images in queries of their own,
    # as joined to the matches they made PostgreSQL carry each document through the sort.
    results = found.qs.only(*search.SHOWN_FIELDS, "image").prefetch_related(
        "page", "image__renditions"
    )
    entries = found.paginate(results, SEARCH_RESULTS_PER_PAGE, request.GET.get("page"))
    entries.object_list = search.with_snippets(
        entries.object_list, found.query, locale.language_code
    )
    if entries.number > 1 or found.value("type"):
        promoted = []
    elif "page" not in request.GET:  # a new search, not the way back to its first page
        search.record_search(found.query, locale, found.result_count + len(promoted))
    nothing_found = not entries and not promoted
    context.update(
        entries=entries,
        type_facet=type_facet,
        promoted=promoted,
        similar=search.similar_titles(findable, found.query) if nothing_found else [],
        fallback_pages=search.fallback_pages(locale) if nothing_found else [],
    )
    response = search_page.render(request, context_overrides=context)
    # Each search is counted (record_search), so its page never comes from a shared cache.
    patch_cache_control(response, private=True)
    return response


def search_suggestions(search_page, request):
    def suggestions():
        query = shorten_query(request.GET.get("q", ""))[0]
        findable = search.findable_entries(search_page.locale).only(*search.SHOWN_FIELDS)
        entries = search.suggestions(findable.prefetch_related("page"), query)
        return [
            {
                "name": entry.title,
                "url": entry.page.get_url(request),
                "type": str(entry.kind_name),
            }
            for entry in entries
        ]

    return suggestions_response(request, "site-suggestions", suggestions)


# The palette's tokens (static/css/site.css), with what each is for.
SWATCHES = [
    ("text", _("Text")),
    ("muted", _("Secondary text: dates, counts, hints")),
    ("brand", _("Links, primary buttons, headings of cards")),
    ("brand-dark", _("Hovered links and buttons")),
    ("accent", _("Focus outline and notices")),
    ("tint", _("Tinted sections, chips, empty states")),
    ("border", _("Borders of cards and fields")),
]


class SampleForm(forms.Form):
    name = forms.CharField(label=_("Name"))
    email = forms.EmailField(label=_("E-mail"), help_text=_("Only to answer you."))
    message = forms.CharField(label=_("Message"), widget=forms.Textarea, required=False)


@permission_required("wagtailadmin.access_admin", login_url="wagtailadmin_login")
def styleguide(request):
    """The design's tokens and components as the site renders them, in the language of the
    URL: for editors and developers, who reach it from the admin."""
    response = render(
        request,
        "home/styleguide.html",
        {
            "swatches": SWATCHES,
            "form": SampleForm({"name": "", "email": "ane@", "message": "Kaixo"}),
            "page_obj": Paginator(range(240), 20).get_page(4),
            "sections": [section.render(request) for section in home_page_sections(request)],
        },
    )
    patch_cache_control(response, private=True)
    return response
