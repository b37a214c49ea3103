"""Every public URL of the site, with hostile values in each query parameter and form field it
knows (tests/hostile_inputs.txt): never a server error, never slower than two seconds."""

import itertools
import re
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.contrib.auth.forms import AuthenticationForm
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, get_page_models

from directory.accounts import RepresentativePasswordResetForm, SignInLinkForm
from directory.filters import CompanyFilter
from directory.models import DirectoryIndexPage
from events.filters import EventFilter
from events.forms import RegistrationForm
from events.models import EventIndexPage, EventPage
from home.filters import SiteSearchFilter
from home.models import SearchPage
from marketplace.filters import ListingFilter
from marketplace.forms import EnquiryForm, ListingForm
from marketplace.models import ListingPage, MarketplaceIndexPage
from news.filters import NewsFilter
from news.models import NewsIndexPage
from tests import factories

SLOWEST = 2.0  # seconds
LANGUAGES = ["eu", "es", "en"]
CORPUS = Path(__file__).with_name("hostile_inputs.txt")


def unescape(text):
    return text.encode("latin-1", "backslashreplace").decode("unicode_escape")


def load_corpus():
    """(kind, value) pairs: kind "one" (a value), "many" (repeated) or "raw" (sent as it is)."""
    values = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("!!repeat "):
            _directive, times, text = line.split(" ", 2)
            values.append(("one", unescape(text) * int(times)))
        elif line.startswith("!!many "):
            values.append(("many", unescape(line.removeprefix("!!many "))))
        elif line.startswith("!!raw "):
            values.append(("raw", line.removeprefix("!!raw ")))
        else:
            values.append(("one", unescape(line)))
    return values


HOSTILE = load_corpus()

# What each page type and sub-URL reads from the query string, from the code that reads it.
FILTER_PARAMS = {
    DirectoryIndexPage: [*CompanyFilter.base_filters, "page"],
    MarketplaceIndexPage: [*ListingFilter.base_filters, "page"],
    NewsIndexPage: [*NewsFilter.base_filters, "page"],
    EventIndexPage: [*EventFilter.base_filters, "page"],
    SearchPage: [*SiteSearchFilter.base_filters, "page"],
}
COMMON_PARAMS = ["page", "q", "next", "token"]
# Sample values for the sub-URLs' path converters.
CONVERTER_SAMPLES = {"file_format": ["csv", "json"], "token": ["not-a-token", "x" * 300]}


def query_variants(params, values):
    """For each hostile value: the query (a dict, or a raw string) with it in every param."""
    for kind, value in values:
        if kind == "raw":
            yield "&".join(f"{param}={value}" for param in params)
        elif kind == "many":
            yield {param: [value] * 3 for param in params}
        else:
            yield dict.fromkeys(params, value)


# Each request from its own address, so that rate limits do not answer in the site's place.
ADDRESSES = (f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}" for n in itertools.count(1))


def timed(request, *args, **kwargs):
    started = time.monotonic()
    response = request(*args, REMOTE_ADDR=next(ADDRESSES), **kwargs)
    return response, time.monotonic() - started


def check(response, elapsed, what):
    assert response.status_code < 500, f"{response.status_code} for {what!r}"
    assert elapsed < SLOWEST, f"{elapsed:.1f} s for {what!r}"


def share(language):
    """Every third hostile value, a different third for each language: so each URL that is the
    same in every language meets every value, in a third of the time."""
    return HOSTILE[LANGUAGES.index(language) :: len(LANGUAGES)]


def hammer_get(client, url, params, values=HOSTILE):
    client.get(url)  # a URL's first request may be slower: templates compile, caches fill
    for query in query_variants(params, values):
        if isinstance(query, str):
            response, elapsed = timed(client.get, f"{url}?{query}")
        else:
            response, elapsed = timed(client.get, url, query)
        check(response, elapsed, (url, query))


def hammer_post(client, url, fields, base=None):
    """POST every hostile value in every field, the others keeping `base` values."""
    base = base or {}
    for query in query_variants(fields, HOSTILE):
        if isinstance(query, str):
            body = "&".join([query, *(f"{name}={quote(value)}" for name, value in base.items())])
            response, elapsed = timed(
                client.post, url, body, content_type="application/x-www-form-urlencoded"
            )
        else:
            response, elapsed = timed(client.post, url, {**base, **query})
        check(response, elapsed, (url, query))


def page_models():
    return sorted(
        (model for model in get_page_models() if model is not Page),
        key=lambda model: model._meta.label,
    )


def sub_urls(page):
    """The page's sub-URLs, with sample values in their path converters."""
    routes = page.get_subpage_urls() if hasattr(page, "get_subpage_urls") else []
    for route in routes:
        pattern = str(route.pattern)
        names = re.findall(r"<(?:\w+:)?(\w+)>", pattern)
        if not names:
            yield pattern
            continue
        for name in names:
            for sample in CONVERTER_SAMPLES[name]:
                yield re.sub(rf"<(?:\w+:)?{name}>", sample, pattern)


@pytest.fixture
def live_page(db):
    def find(model, language):
        page = (
            model.objects.live()
            .public()
            .filter(locale__language_code=language)
            .order_by("path")
            .first()
        )
        if page is None:
            pytest.skip(f"The demo has no live {model.__name__} in {language}")
        return page.specific

    return find


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", page_models(), ids=lambda model: model.__name__)
def test_pages_and_their_sub_urls_stand_hostile_query_strings(client, live_page, model, language):
    page = live_page(model, language)
    params = FILTER_PARAMS.get(model, COMMON_PARAMS)
    routes = ["", *sub_urls(page)]
    values = share(language)
    if model not in FILTER_PARAMS and routes == [""]:
        values = values[::3]  # a page that reads no parameter: a sample is enough
    for route in routes:
        hammer_get(client, page.url + route, params, values)


def test_enquiries_stand_hostile_form_fields(client, db):
    listing = MarketplaceIndexPage.objects.get(locale__language_code="en").listings().first()
    fields = [*EnquiryForm.base_fields]
    hammer_post(client, listing.url, fields)


def test_event_registrations_stand_hostile_form_fields(client, db):
    agenda = EventIndexPage.objects.get(locale__language_code="en")
    event = agenda.upcoming().filter(takes_registrations=True).first()
    hammer_post(client, event.url, [*RegistrationForm.base_fields])


def test_a_registration_cancel_link_stands_hostile_tokens(client, db):
    event = EventPage.objects.live().filter(locale__language_code="es").first()
    for token in ("", "x" * 2000, "../../etc", "%00", "é" * 40):
        response = client.post(f"{event.url}cancelar/{quote(token)}/")
        assert response.status_code == 404


def test_a_listing_renewal_stands_hostile_tokens(client, db):
    listing = ListingPage.objects.live().filter(locale__language_code="en").first()
    renew = listing.url + listing.reverse_subpage("renew")
    hammer_post(client, renew, ["token"])


def members_url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"members:{name}", args=args)


@pytest.mark.parametrize(
    ("name", "args", "fields"),
    [
        ("login", [], [*AuthenticationForm.base_fields, "next"]),
        ("sign_in_link", [], [*SignInLinkForm.base_fields]),
        ("sign_in_with_link", ["not-a-token"], []),
        ("password_reset", [], [*RepresentativePasswordResetForm.base_fields]),
        ("password_reset_done", [], []),
        ("password_reset_confirm", ["MQ", "set-password"], ["new_password1", "new_password2"]),
        ("invitation", ["MQ", "bad-token"], ["new_password1", "new_password2"]),
        ("confirm_from_email", ["not-a-token"], []),
    ],
)
def test_member_sign_in_pages_stand_hostile_input(client, db, name, args, fields):
    url = members_url(name, *args)
    # Only the login page reads the query string (`next`): the others get a sample.
    hammer_get(client, url, [*COMMON_PARAMS, *fields], HOSTILE if name == "login" else share("en"))
    if fields:
        hammer_post(client, url, fields)


def test_member_listing_form_stands_hostile_input(client, db):
    company = factories.company()
    client.force_login(factories.representative(company))
    url = members_url("create_listing", company.pk)
    hammer_get(client, url, COMMON_PARAMS, share("en"))
    base = {"language": "en", "kind": "offer", "title": "A title", "summary": "A summary."}
    hammer_post(client, url, [*ListingForm.base_fields], base)


@pytest.mark.parametrize(
    ("path", "values"),
    [
        # They read no parameter: a sample is enough.
        ("/robots.txt", share("eu")[::3]),
        ("/sitemap.xml", share("es")[::3]),
        ("/healthz", share("en")[::3]),
        ("/language/en/", HOSTILE),
    ],
)
def test_site_urls_stand_hostile_query_strings(client, db, path, values):
    hammer_get(client, path, COMMON_PARAMS, values)


def test_hostile_page_paths_are_not_found_rather_than_errors(client, db):
    for language in LANGUAGES:
        for kind, value in share(language):
            segment = value if kind == "raw" else quote(value, safe="")
            response, elapsed = timed(client.get, f"/{language}/{segment}/")
            check(response, elapsed, segment)
