"""Changes sent through the member portal reach translators, and moderators review them on
one screen: the page's edit view."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

from directory.models import CompanyPage
from home.translation_status import DRAFT, STALE, statuses
from marketplace.models import ListingCategory, ListingPage, MarketplaceIndexPage
from tests import factories

PENDING_COMPANY = "txirbil-mekanizazioak"  # the demo's profile change and listing in review
PENDING_LISTING = "koordenatuak-neurtzeko-makina-bigarren-eskukoa"
PROFILE_TASK = "Directory profile review: moderators approve"
LISTING_TASK = "Marketplace review: moderators approve"


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"members:{name}", args=args)


def user(username):
    return get_user_model().objects.get(username=username)


def company(slug, language="eu"):
    return CompanyPage.objects.get(slug=slug, locale__language_code=language)


def approve(page):
    state = page.current_workflow_state
    state.current_task_state.task.specific.on_action(
        state.current_task_state, user("moderator"), "approve"
    )


@pytest.fixture
def moderator_client(client, db):
    moderator = user("moderator")
    # The admin speaks each user's chosen language; these tests read it in English.
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(moderator)
    return client


def representative_client(client, slug=None, company_page=None):
    """`client` signed in as the demo representative of `slug`, or as a new one of
    `company_page`."""
    cache.clear()  # sign-in throttles live in the cache
    client.force_login(
        factories.representative(company_page) if company_page else user(f"rep-{slug}")
    )
    return client


def version(page, language):
    return CompanyPage.objects.get(
        translation_key=page.translation_key, locale__language_code=language
    )


@pytest.fixture
def own(db):
    """A company with nothing awaiting review."""
    return factories.company(title="Zehatz Mikro")


def language_states(html, title):
    """{language: state} shown on the portal dashboard for the listing called `title`."""
    soup = BeautifulSoup(html, "html.parser")
    row = next(row for row in soup.select("tbody tr") if title in row.get_text())
    return dict(
        item.get_text(" ", strip=True).split(": ") for item in row.select(".portal__languages li")
    )


def profile_states(html):
    soup = BeautifulSoup(html, "html.parser")
    header = soup.select_one(".portal__company-header")
    return dict(
        item.get_text(" ", strip=True).split(": ")
        for item in header.select(".portal__languages li")
    )


def review_panel(html):
    """The review screen's "Changes under review" panel."""
    soup = BeautifulSoup(html, "html.parser")
    heading = soup.find(
        lambda tag: tag.name in ("h2", "h3") and "Changes under review" in tag.get_text()
    )
    assert heading is not None, "the review screen shows no changes under review"
    return heading.find_parent("section")


def changes_in(panel, language):
    """{field label: (live value, proposed value)} in the panel's section for `language`."""
    section = panel.find("h3", attrs={"lang": language}).find_parent("section")
    return {
        row.th.get_text(strip=True): tuple(cell.get_text(" ", strip=True) for cell in row("td"))
        for row in section.select("tbody tr")
    }


# Content written in one language reaches translators ----------------------------------------


def listing_data(**changes):
    category = ListingCategory.objects.filter(locale__language_code="en").first()
    return {
        "language": "en",
        "kind": "offer",
        "category": category.pk,
        "title": "Spare five-axis milling hours",
        "summary": "We have free capacity on our five-axis machine.",
        "description_text": "Up to forty hours a week.",
        "territory": "gipuzkoa",
        "location": "Bergara",
        "valid_from": timezone.localdate().isoformat(),
        "valid_until": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "contact_email": "info@example.org",
        **changes,
    }


def test_a_listing_written_in_english_only_reaches_translators_as_drafts(client, db):
    rep = representative_client(client, PENDING_COMPANY)
    source = company(PENDING_COMPANY)
    assert rep.post(url("create_listing", source.pk), listing_data()).status_code == 302
    listing = ListingPage.objects.get(title="Spare five-axis milling hours")
    states = language_states(rep.get(url("dashboard")).text, listing.title)
    assert states == {
        "Basque": "Awaiting translation",
        "Spanish": "Awaiting translation",
        "English": "Awaiting review",
    }

    approve(listing)
    versions = {
        page.locale.language_code: page
        for page in ListingPage.objects.filter(translation_key=listing.translation_key)
    }
    assert set(versions) == {"en", "es", "eu"}
    assert versions["en"].live
    assert not versions["es"].live and not versions["eu"].live
    # Translators find them as drafts to translate.
    found = statuses([versions["en"]])[listing.translation_key]
    assert {status.language_code: status.state for status in found} == {"eu": DRAFT, "es": DRAFT}
    client.force_login(user("editor"))
    report = client.get("/admin/reports/translations/?state=draft&language=es").text
    assert "Spare five-axis milling hours" in report
    # Only the English marketplace shows it.
    for language, shown in (("en", True), ("es", False), ("eu", False)):
        index = MarketplaceIndexPage.objects.get(locale__language_code=language)
        assert ("Spare five-axis milling hours" in client.get(index.url).text) is shown

    rep = representative_client(client, PENDING_COMPANY)
    states = language_states(rep.get(url("dashboard")).text, listing.title)
    assert states == {
        "Basque": "Awaiting translation",
        "Spanish": "Awaiting translation",
        "English": "Live",
    }
    # The Basque dashboard names it in its own language, not as if it were Basque.
    basque = rep.get(url("dashboard", language="eu")).text
    assert 'lang="en">Spare five-axis milling hours<' in basque


def send_profile_change(rep, company_page, **changes):
    """Send the profile form as the representative sees it, with `changes` typed in."""
    form = rep.get(url("edit_profile", company_page.pk)).context["form"]
    data = {field.name: field.value() or "" for field in form if field.name != "new_logo"}
    data.update(
        {
            "sectors": [sector.pk for sector in company_page.sectors.all()],
            "open_to": form["open_to"].value(),
            **changes,
        }
    )
    assert rep.post(url("edit_profile", company_page.pk), data).status_code == 302


def test_languages_without_a_text_get_a_draft_never_a_live_copy(client, own):
    rep = representative_client(client, company_page=own)
    source = own
    version(own, "en").delete()
    send_profile_change(rep, source, tagline_es="Micromecánica para relojería y medicina")
    approve(source)

    assert version(own, "es").tagline == "Micromecánica para relojería y medicina"
    english = version(own, "en")
    assert not english.live
    assert client.get(english.url).status_code == 404
    assert profile_states(rep.get(url("dashboard")).text) == {
        "Basque": "Live",
        "Spanish": "Live",
        "English": "Awaiting translation",
    }
    # The draft holds Basque texts until translated: the form offers English empty.
    form = rep.get(url("edit_profile", source.pk)).context["form"]
    assert form["tagline_en"].initial == ""


def test_a_text_changed_in_one_language_leaves_the_others_out_of_date(client, own):
    rep = representative_client(client, company_page=own)
    spanish_before = version(own, "es").tagline
    send_profile_change(rep, own, tagline_eu="Mikromekanika erlojugintzarako eta medikuntzarako")
    approve(own)

    own.refresh_from_db()
    assert own.tagline == "Mikromekanika erlojugintzarako eta medikuntzarako"
    spanish = version(own, "es")
    # Spanish keeps its own words on the site, and translators see the tagline to translate.
    assert spanish.live and spanish.tagline == spanish_before
    by_language = {status.language_code: status for status in statuses([own])[own.translation_key]}
    assert by_language["es"].state == STALE
    assert by_language["es"].translated == by_language["es"].total - 1


# One review screen for moderators ------------------------------------------------------------


def test_the_review_screen_shows_a_profile_change_in_every_language(moderator_client):
    source = company(PENDING_COMPANY)
    draft = source.get_latest_revision_as_object()
    html = moderator_client.get(f"/admin/pages/{source.pk}/edit/").text
    panel = review_panel(html)
    text = panel.get_text(" ", strip=True)
    assert "Company" in text and PROFILE_TASK in text
    assert "workflow actions" in text
    assert changes_in(panel, "eu") == {"Tagline": (source.tagline, draft.tagline)}
    for language in ("es", "en"):
        live = company(PENDING_COMPANY, language).tagline
        proposed = draft.pending_translations[language]["tagline"]
        assert changes_in(panel, language) == {"Tagline": (live, proposed)}
    # The edit view offers the workflow's actions.
    assert 'data-workflow-action-name="approve"' in html
    assert 'data-workflow-action-name="reject"' in html


def test_the_review_screen_shows_a_new_listing_field_by_field(moderator_client):
    listing = ListingPage.objects.get(slug=PENDING_LISTING)
    html = moderator_client.get(f"/admin/pages/{listing.pk}/edit/").text
    panel = review_panel(html)
    text = panel.get_text(" ", strip=True)
    assert "Listing" in text and LISTING_TASK in text
    assert "not published yet" in text
    changes = changes_in(panel, "eu")
    assert changes["Title"] == ("—", listing.title)
    assert changes["Summary"] == ("—", listing.summary)
    assert changes["Terms and price"] == ("—", listing.terms)
    assert "Español, English" in text  # the languages that get drafts on approval


def test_a_shared_field_changed_in_the_portal_shows_once_for_every_language(moderator_client, own):
    rep = representative_client(moderator_client, company_page=own)
    source = own
    send_profile_change(rep, source, town="Soraluze")
    moderator_client.force_login(user("moderator"))
    panel = review_panel(moderator_client.get(f"/admin/pages/{source.pk}/edit/").text)
    section = panel.find("h3", string="Every language").find_parent("section")
    rows = {row.th.get_text(strip=True): row for row in section.select("tbody tr")}
    assert [cell.get_text(strip=True) for cell in rows["Town"]("td")] == [source.town, "Soraluze"]
    assert set(rows) == {"Town"}


def edit_view_data(response):
    """The edit form as the browser posts it unchanged."""
    return dict(querydict_from_html(response.text, form_id="page-edit-form").lists())


def approve_in_edit_view(client, page):
    edit_url = f"/admin/pages/{page.pk}/edit/"
    data = edit_view_data(client.get(edit_url))
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    return response


def test_approving_a_profile_change_from_the_review_screen_publishes_it(moderator_client):
    source = company(PENDING_COMPANY)
    draft = source.get_latest_revision_as_object()
    state = source.current_workflow_state
    approve_in_edit_view(moderator_client, source)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert company(PENDING_COMPANY).tagline == draft.tagline
    for language in ("es", "en"):
        proposed = draft.pending_translations[language]["tagline"]
        assert company(PENDING_COMPANY, language).tagline == proposed
        assert proposed in moderator_client.get(company(PENDING_COMPANY, language).url).text


def test_approving_a_new_listing_from_the_review_screen_publishes_it(moderator_client):
    listing = ListingPage.objects.get(slug=PENDING_LISTING)
    approve_in_edit_view(moderator_client, listing)
    listing.refresh_from_db()
    assert listing.live
    assert moderator_client.get(listing.url).status_code == 200
    drafts = ListingPage.objects.filter(translation_key=listing.translation_key).exclude(
        pk=listing.pk
    )
    assert {page.locale.language_code: page.live for page in drafts} == {
        "es": False,
        "en": False,
    }


def test_the_dashboard_names_the_task_and_the_item_type(moderator_client):
    soup = BeautifulSoup(moderator_client.get("/admin/").text, "html.parser")
    heading = soup.find(lambda tag: tag.name == "h2" and "Awaiting your review" in tag.get_text())
    panel = heading.find_parent("section")
    rows = {
        row.select_one(".title").get_text(strip=True): [
            cell.get_text(" ", strip=True) for cell in row("td")
        ]
        for row in panel.select("tbody tr")
        if row.select_one(".title")
    }
    profile = rows[company(PENDING_COMPANY).get_latest_revision_as_object().title]
    assert "Company" in profile and PROFILE_TASK in profile
    listing = rows[ListingPage.objects.get(slug=PENDING_LISTING).title]
    assert "Listing" in listing and LISTING_TASK in listing
