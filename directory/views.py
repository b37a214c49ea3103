"""Request handling for the directory page's routes: search, suggestions and exports."""

import csv
import json

from django.http import Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from home import search
from home.content_cache import locale_by_id, section_page
from home.models import HomePageSection
from home.spreadsheets import neutralise
from home.throttle import HOUR, refusal_by_address
from home.views import suggestions_response

from .filters import CompanyFilter
from .models import DirectoryIndexPage

COMPANIES_PER_PAGE = 24
# Per visitor's address; lets requests through while the cache cannot count.
EXPORTS_PER_HOUR = 10
EXPORT_MAX_ROWS = 5000

EXPORT_COLUMNS = [
    (_("Name"), lambda company: company.title),
    (_("Tagline"), lambda company: company.tagline),
    (_("Sectors"), lambda company: "; ".join(company.sector_names)),
    (_("VET centre"), lambda company: company.vet_centre.name if company.vet_centre else ""),
    (_("Urratsbat cohort"), lambda company: company.cohort_year or ""),
    (_("Year founded"), lambda company: company.founded_year or ""),
    (_("Territory"), lambda company: company.get_territory_display()),
    (_("Town"), lambda company: company.town),
    (_("Website"), lambda company: company.website),
    (_("E-mail"), lambda company: company.email),
    (_("Phone"), lambda company: company.phone),
    (_("Team size"), lambda company: company.get_team_size_display()),
    (_("Services and products"), lambda company: company.services_text),
    (_("Open to"), lambda company: "; ".join(str(label) for label in company.open_to)),
]


def company_filter(index, request):
    locale = locale_by_id(index.locale_id)
    return CompanyFilter(request.GET, queryset=index.companies(), locale=locale)


def with_sector_names(companies, names):
    """Name each company's sectors with `names` (slug: name in the page's language)."""
    for company in companies:
        company.sector_names = [names.get(s.slug, s.name) for s in company.sectors.all()]
    return companies


def directory(index, request):
    found = company_filter(index, request)

    def results():
        facets = found.facets()  # counts the results as well, for the paginator
        companies = (
            found.qs.select_related("logo", "vet_centre")
            .prefetch_related("logo__renditions", "sectors")
            .defer("description")  # long, and not shown in the list
        )
        companies = found.paginate(companies, COMPANIES_PER_PAGE, request.GET.get("page"))
        with_sector_names(companies, found.sector_names)
        return {"facets": facets, "companies": companies, "chips": found.chips(facets)}

    return index.render(
        request,
        context_overrides={
            "company_filter": found,
            # Read only if the template does not find the results in the cache.
            "results": SimpleLazyObject(results),
            "query": found.query,
            "query_was_shortened": found.query_was_shortened,
            "sort": found.sort_order,
            "is_filtered": found.is_filtered,
        },
    )


def directory_teaser(request, count=4):
    """A search box and the most recently updated companies in the visitor's language, for
    the home page."""
    index = section_page(DirectoryIndexPage)
    if not index:
        return None
    recent = index.companies().order_by("-last_published_at").select_related("logo")
    companies = list(recent[:count])
    return HomePageSection(
        "components/directory_teaser.html",
        {"index": index, "companies": companies},
        [company.logo for company in companies],
    )


def suggest(index, request):
    def suggestions():
        query = company_filter(index, request).query
        companies = search.suggestions(index.companies(), query, path="search_entry__")
        return [{"name": company.title, "url": company.get_url(request)} for company in companies]

    return suggestions_response(request, "directory-suggestions", suggestions)


def export(index, request, file_format):
    if file_format not in ("csv", "json"):
        raise Http404
    if refusal_by_address(request, "directory-exports", EXPORTS_PER_HOUR, fail_closed=False):
        response = HttpResponse(
            _("Too many downloads from your address. Please try again in an hour."),
            status=429,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = str(HOUR)
        return response
    found = company_filter(index, request)
    companies = found.qs.select_related("vet_centre").prefetch_related("sectors")
    companies = companies[:EXPORT_MAX_ROWS]
    companies = with_sector_names(companies, found.sector_names)
    headings = [str(heading) for heading, _value in EXPORT_COLUMNS]
    rows = [
        [*(value(company) for _heading, value in EXPORT_COLUMNS), company.get_full_url(request)]
        for company in companies
    ]
    headings.append(str(_("Profile")))
    if file_format == "json":
        data = [dict(zip(headings, row, strict=True)) for row in rows]
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")  # a byte-order mark, so spreadsheet programs read UTF-8
        writer = csv.writer(response)
        writer.writerow(headings)
        writer.writerows([neutralise(value) for value in row] for row in rows)
    response["Content-Disposition"] = f'attachment; filename="{index.slug}.{file_format}"'
    patch_cache_control(response, private=True)  # counted per address, like every download
    return response
