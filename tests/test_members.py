"""The member portal: accounts, profile changes through review, listings, freshness, security."""

import datetime
import io
import re

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image
from wagtail.models import WorkflowState

from directory.models import CompanyPage, ProfileConfirmation, Representative
from directory.portal import PROFILE_REVIEW, confirmation_token
from home.rich_text import plain_text
from marketplace.models import Enquiry, ListingPage
from tests import factories
from tests.factories import PASSWORD

XSS = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'


def url(name, language="en", *args):
    with translation.override(language):
        return reverse(f"members:{name}", args=args)


def company(slug, language="eu"):
    return CompanyPage.objects.get(slug=slug, locale__language_code=language)


def version(page, language="eu"):
    """`page`'s company in `language`, as stored now."""
    return CompanyPage.objects.get(
        translation_key=page.translation_key, locale__language_code=language
    )


@pytest.fixture
def own(db):
    """The representative's company, in Basque, with nothing awaiting review."""
    return factories.company(title="Zehatz Mikro")


@pytest.fixture
def rep(own):
    cache.clear()  # throttles live in the cache
    return factories.representative(own)


@pytest.fixture
def own_listing(own):
    """A live offer of the representative's company, in Basque, translated."""
    return factories.listing(
        own,
        kind="offer",
        title="Mikrotornua eskuragarri",
        location="Eibar",
        translations={
            "es": {"title": "Microtorneado disponible", "summary": "Capacidad libre."},
            "en": {"title": "Micro-turning available", "summary": "Spare capacity."},
        },
    )


@pytest.fixture
def moderator(db):
    return factories.moderator()


@pytest.fixture
def signed_in(client, rep):
    client.force_login(rep)
    return client


def approve(page, user):
    state = page.current_workflow_state
    state.current_task_state.task.specific.on_action(state.current_task_state, user, "approve")


def reject(page, user, comment):
    state = page.current_workflow_state
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, user, "reject")
    task_state.refresh_from_db()
    task_state.comment = comment
    task_state.save()


def profile_data(page, **changes):
    """The profile form as the representative would send it unchanged, with `changes`."""
    data = {
        "name": page.title,
        "territory": page.territory,
        "town": page.town,
        "website": page.website,
        "email": page.email,
        "phone": page.phone,
        "team_size": page.team_size,
        "founded_year": page.founded_year or "",
        "sectors": [sector.pk for sector in page.sectors.all()],
    }
    for translated in page.get_translations(inclusive=True).specific():
        code = translated.locale.language_code
        data[f"tagline_{code}"] = translated.tagline
        data[f"services_{code}"] = ", ".join(translated.services.names())
    data.update(changes)
    return data


def image_file(name="logo.png", format="PNG", size=(64, 64)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#0b5d7a").save(buffer, format=format)
    return SimpleUploadedFile(name, buffer.getvalue())


# Accounts -----------------------------------------------------------------------------------


def test_login_page_renders_in_each_language(client, db):
    descriptions = set()
    for language in ("eu", "es", "en"):
        response = client.get(url("login", language))
        assert response.status_code == 200
        assert f'lang="{language}"' in response.text
        assert 'name="csrfmiddlewaretoken"' in response.text
        descriptions.add(re.search(r'<meta name="description" content="([^"]+)"', response.text)[1])
    assert len(descriptions) == 3  # one in each language


def test_dashboard_requires_sign_in(client, db):
    response = client.get(url("dashboard"))
    assert response.status_code == 302
    assert response.url.startswith(url("login"))


def test_a_representative_signs_in_with_a_password(client, rep):
    response = client.post(url("login"), {"username": rep.username, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(url("dashboard")).status_code == 200


def test_repeated_failed_logins_are_throttled(client, rep):
    for _attempt in range(5):
        client.post(url("login"), {"username": rep.username, "password": "wrong"})
    response = client.post(url("login"), {"username": rep.username, "password": PASSWORD})
    assert response.status_code == 429
    assert "15 minutes" in response.text
    assert client.get(url("dashboard")).status_code == 302


def test_login_redirects_only_to_this_site(client, rep):
    response = client.post(
        url("login") + "?next=https://evil.example/",
        {"username": rep.username, "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert "evil.example" not in response.url
    client.logout()
    response = client.post(
        url("login"),
        {"username": rep.username, "password": PASSWORD, "next": url("password_change")},
    )
    assert response.url == url("password_change")


def test_representatives_get_no_admin_access(signed_in):
    response = signed_in.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_password_reset_does_not_reveal_who_is_registered(client, rep):
    known = client.post(url("password_reset"), {"email": rep.email})
    unknown = client.post(url("password_reset"), {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [rep.email]


def invitation_link(editor_client, company_page, email, language="es"):
    response = editor_client.post(
        "/admin/representatives/new/",
        {"company": company_page.pk, "email": email, "language": language},
    )
    assert response.status_code == 302, response.content
    return re.search(r"https?://\S+", mail.outbox[-1].body).group(0)


def test_an_invitation_sets_a_password_once(editor_client):
    target = factories.company()
    link = invitation_link(editor_client, target, "new.person@example.org")
    assert "/es/miembros/invitacion/" in link  # the portal's paths in the invitation's language
    editor_client.logout()
    response = editor_client.get(link, follow=True)
    assert "new_password1" in response.text
    form_url = response.redirect_chain[-1][0]
    response = editor_client.post(
        form_url, {"new_password1": "a-long-new-secret-9", "new_password2": "a-long-new-secret-9"}
    )
    assert response.status_code == 302
    assert target.title in editor_client.get(url("dashboard")).text
    editor_client.logout()
    # Used once: the same link no longer works.
    response = editor_client.get(link, follow=True)
    assert "new_password1" not in response.text


def test_an_expired_invitation_is_refused(editor_client):
    link = invitation_link(editor_client, factories.company(), "late@example.org")
    editor_client.logout()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=4)):
        response = editor_client.get(link, follow=True)
    assert "new_password1" not in response.text


def test_editors_revoke_access(editor_client, rep, own):
    representation = Representative.objects.get(user=rep)
    response = editor_client.post(f"/admin/representatives/delete/{representation.pk}/")
    assert response.status_code == 302
    editor_client.force_login(rep)
    assert editor_client.get(url("edit_profile", "en", own.pk)).status_code == 404


def sign_in_link(client, email):
    client.post(url("sign_in_link"), {"email": email})
    return re.search(r"https?://\S+", mail.outbox[-1].body).group(0)


def test_a_sign_in_link_works_once(client, rep):
    link = sign_in_link(client, rep.email)
    assert "Sign in" in client.get(link).text  # opening it does not use it up
    assert client.post(link).status_code == 302
    assert client.get(url("dashboard")).status_code == 200
    client.logout()
    assert client.post(link).status_code == 400


def test_a_sign_in_link_expires_after_15_minutes(client, rep):
    link = sign_in_link(client, rep.email)
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=16)):
        assert client.post(link).status_code == 400


def test_asking_for_a_sign_in_link_does_not_reveal_who_is_registered(client, rep):
    known = client.post(url("sign_in_link"), {"email": rep.email})
    unknown = client.post(url("sign_in_link"), {"email": "nobody@example.org"})
    assert known.text.replace(rep.email, "") == unknown.text.replace("nobody@example.org", "")
    assert len(mail.outbox) == 1


# Dashboard ----------------------------------------------------------------------------------


def test_the_dashboard_lists_companies_listings_and_enquiries(client, db):
    cache.clear()
    user = get_user_model().objects.get(username="rep-txirbil-mekanizazioak")
    client.force_login(user)
    listing = ListingPage.objects.live().get(
        company__slug="txirbil-mekanizazioak", locale__language_code="eu", kind="offer"
    )
    Enquiry.objects.create(
        listing=listing,
        company=listing.company,
        name="Ane",
        email="ane@example.org",
        message="Kaixo",
    )
    html = client.get(url("dashboard")).text
    assert "Txirbil Mekanizazioak" in html
    assert "Awaiting review" in html  # the demo's pending profile change
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.DOTALL)
    assert any(listing.title in row and "Live" in row for row in rows)
    pending = ListingPage.objects.get(slug="koordenatuak-neurtzeko-makina-bigarren-eskukoa")
    assert any(pending.title in row and "Awaiting review" in row for row in rows)
    assert "Ane" in html
    assert "Ego Mikromekanika" not in html


# Profile changes ----------------------------------------------------------------------------


def test_a_profile_change_waits_for_review_and_publishes_in_each_language(
    signed_in, rep, own, moderator
):
    source = own
    live_tagline = source.tagline
    data = profile_data(
        source,
        tagline_eu="Tagline berria euskaraz",
        tagline_es="Nuevo lema en castellano",
        description_es="Primer párrafo.\n\nSegundo párrafo.",
    )
    response = signed_in.post(url("edit_profile", "en", source.pk), data)
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.tagline == live_tagline  # the live page is unchanged
    state = source.current_workflow_state
    assert state.workflow.name == PROFILE_REVIEW
    assert source.get_latest_revision().user == rep
    assert "Tagline berria" not in signed_in.get(source.url).text
    assert "Awaiting review" in signed_in.get(url("dashboard")).text
    # Editors are told.
    assert any("moderation" in message.body for message in mail.outbox)

    approve(source, moderator)
    assert version(own).tagline == "Tagline berria euskaraz"
    spanish = version(own, "es")
    assert spanish.tagline == "Nuevo lema en castellano"
    assert plain_text(spanish.description) == "Primer párrafo.\n\nSegundo párrafo."
    english = version(own, "en")
    assert english.tagline == data["tagline_en"]  # left as it was
    assert (
        ProfileConfirmation.objects.get(translation_key=source.translation_key).confirmed_on
        == timezone.localdate()
    )


def test_shared_fields_reach_every_language_on_approval(signed_in, own, moderator):
    source = own
    data = profile_data(source, website="https://new-site.example")
    signed_in.post(url("edit_profile", "en", source.pk), data)
    assert version(own, "es").website != "https://new-site.example"
    approve(source, moderator)
    for language in ("eu", "es", "en"):
        assert version(own, language).website == "https://new-site.example"


def test_a_rejection_shows_the_editors_comment_and_editing_resumes_the_review(
    signed_in, own, moderator
):
    source = own
    signed_in.post(url("edit_profile", "en", source.pk), profile_data(source, town="Eibar"))
    reject(source, moderator, "Please add the phone.")
    assert "Please add the phone." in signed_in.get(url("dashboard")).text
    page = signed_in.get(url("edit_profile", "en", source.pk)).text
    assert "Please add the phone." in page
    assert 'value="Eibar"' in page  # the pending draft is what they keep editing
    signed_in.post(
        url("edit_profile", "en", source.pk), profile_data(source, town="Eibar", phone="943000000")
    )
    state = WorkflowState.objects.get(pk=source.current_workflow_state.pk)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_invalid_profile_input_is_kept_with_a_translated_message(signed_in, own):
    source = own
    data = profile_data(source, website="javascript:alert(1)", tagline_eu="", town="Hernani")
    response = signed_in.post(url("edit_profile", "es", source.pk), data)
    assert response.status_code == 200
    assert "Introduzca una URL válida" in response.text
    assert 'value="Hernani"' in response.text
    assert source.current_workflow_state is None


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("logo.png", b"<html><script>alert(1)</script></html>"), "valid image"),
        (
            SimpleUploadedFile(
                "logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
            ),
            "valid image",
        ),
        (image_file("logo.gif", "GIF"), "JPEG, PNG or WebP"),
        (image_file("logo.png", "PNG", size=(4100, 4000)), "smaller than 4000"),
    ],
)
def test_logo_uploads_are_checked_by_content(signed_in, upload, message, own):
    source = own
    data = profile_data(source, town="Arrasate", new_logo=upload)
    response = signed_in.post(url("edit_profile", "en", source.pk), data)
    assert response.status_code == 200
    assert message in response.text
    assert 'value="Arrasate"' in response.text


def test_an_oversized_logo_is_refused(signed_in, monkeypatch, own):
    monkeypatch.setattr("home.forms.UPLOAD_MAX_BYTES", 100)
    source = own
    response = signed_in.post(
        url("edit_profile", "en", source.pk), profile_data(source, new_logo=image_file())
    )
    assert "the limit is" in response.text


def test_a_valid_logo_goes_into_the_draft(signed_in, own):
    source = own
    live_logo = source.logo_id
    signed_in.post(
        url("edit_profile", "en", source.pk), profile_data(source, new_logo=image_file())
    )
    source.refresh_from_db()
    assert source.logo_id == live_logo
    assert source.get_latest_revision_as_object().logo_id != live_logo


def test_scripts_in_every_free_text_field_are_neutralised(signed_in, own, moderator):
    source = own
    fields = ["name", "town", "phone", "tagline_eu", "tagline_en", "services_eu"]
    data = profile_data(source, description_eu=XSS, **dict.fromkeys(fields, XSS[:40]))
    response = signed_in.post(url("edit_profile", "en", source.pk), data)
    assert response.status_code == 302, response.context["form"].errors
    draft = version(own).get_latest_revision_as_object()
    # Typed markup is kept as text: nothing in it is a tag or an attribute any more.
    assert "<script" not in draft.description
    assert "<img" not in draft.description
    assert "<a " not in draft.description
    approve(source, moderator)
    for language in ("eu", "en"):
        html = signed_in.get(version(own, language).url).text
        assert "<script>alert(1)" not in html
        # The typed quotes may show as text; no element carries them as attributes.
        assert not BeautifulSoup(html, "html.parser").select('[onerror], a[href^="javascript:"]')


# Object-level permissions -------------------------------------------------------------------


def test_another_companys_pages_are_not_found(signed_in):
    other = factories.company()
    listing = factories.listing(other)
    for name, args in [
        ("edit_profile", [other.pk]),
        ("enquiries", [other.pk]),
        ("create_listing", [other.pk]),
        ("edit_listing", [listing.pk]),
        ("withdraw_listing", [listing.pk]),
    ]:
        assert signed_in.get(url(name, "en", *args)).status_code == 404, name
        assert signed_in.post(url(name, "en", *args), {}).status_code == 404, name
    assert signed_in.post(url("confirm_profile", "en", other.pk)).status_code == 404
    assert listing.live


# Listings -----------------------------------------------------------------------------------


def new_listing_data(**overrides):
    category = factories.in_language(factories.listing_category(), "en")
    return {
        "language": "es",
        "kind": "offer",
        "category": category.pk,
        "title": "Horas de mecanizado disponibles",
        "summary": "Tenemos capacidad libre.",
        "description_text": "Detalles.\n\nMás detalles.",
        "territory": "gipuzkoa",
        "location": "Eibar",
        "valid_from": timezone.localdate().isoformat(),
        "valid_until": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "contact_email": "info@example.org",
        **overrides,
    }


def test_a_representative_creates_a_listing_that_waits_for_review(signed_in, rep, own, moderator):
    source = own
    response = signed_in.post(url("create_listing", "en", source.pk), new_listing_data())
    assert response.status_code == 302
    listing = ListingPage.objects.get(title="Horas de mecanizado disponibles")
    assert listing.locale.language_code == "es"
    assert listing.category.locale.language_code == "es"
    assert not listing.live
    assert listing.current_workflow_state.workflow.name == "Marketplace review"
    approve(listing, moderator)
    listing.refresh_from_db()
    assert listing.live
    assert plain_text(listing.description) == "Detalles.\n\nMás detalles."


def test_a_listing_image_goes_for_review_with_its_description(signed_in, own, moderator):
    data = new_listing_data(new_image=image_file("lathe.jpg", "JPEG"), image_alt="")
    response = signed_in.post(url("create_listing", "en", own.pk), data)
    assert response.status_code == 200
    assert "Describe the image for people who cannot see it." in response.text
    assert 'value="Horas de mecanizado disponibles"' in response.text

    data = new_listing_data(new_image=image_file("lathe.jpg", "JPEG"), image_alt="Un torno")
    assert signed_in.post(url("create_listing", "en", own.pk), data).status_code == 302
    listing = ListingPage.objects.get(title="Horas de mecanizado disponibles")
    assert listing.image.title == listing.title
    assert listing.image_alt == "Un torno"
    approve(listing, moderator)
    public = signed_in.get(ListingPage.objects.get(pk=listing.pk).url).text
    assert 'alt="Un torno"' in public


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("notes.png", b"not an image"), "Upload a valid image"),
        (image_file("anim.gif", "GIF"), "JPEG, PNG or WebP"),
    ],
)
def test_a_listing_image_is_checked_by_content(signed_in, own, upload, message):
    data = new_listing_data(new_image=upload, image_alt="x", summary="Kept summary")
    response = signed_in.post(url("create_listing", "en", own.pk), data)
    assert response.status_code == 200
    assert message in response.text
    assert "Kept summary" in response.text
    assert not ListingPage.objects.filter(title="Horas de mecanizado disponibles").exists()


def test_a_listing_with_bad_dates_is_kept_with_a_message(signed_in, own):
    source = own
    response = signed_in.post(
        url("create_listing", "es", source.pk),
        {"language": "eu", "title": "Proba", "valid_from": "2026-12-10", "valid_until": "bad"},
    )
    assert response.status_code == 200
    assert 'value="Proba"' in response.text
    assert "Introduzca una fecha válida" in response.text


def test_withdrawing_takes_a_listing_off_the_site_at_once(signed_in, own_listing):
    listing = own_listing
    public_url = listing.url
    assert signed_in.post(url("withdraw_listing", "en", listing.pk)).status_code == 302
    assert not ListingPage.objects.filter(translation_key=listing.translation_key, live=True)
    assert signed_in.get(public_url).status_code == 404


def test_editing_a_listing_keeps_it_live_until_approval(signed_in, own_listing, moderator):
    client = signed_in
    listing = own_listing
    form = client.get(url("edit_listing", "en", listing.pk))
    assert listing.title in form.text
    data = {
        "kind": listing.kind,
        "category": listing.category_id,
        "title": "Izenburu berria",
        "summary": listing.summary,
        "description_text": "",
        "territory": listing.territory,
        "location": listing.location,
        "valid_from": listing.valid_from.isoformat(),
        "valid_until": listing.valid_until.isoformat(),
        "contact_email": listing.contact_email,
    }
    assert client.post(url("edit_listing", "en", listing.pk), data).status_code == 302
    listing.refresh_from_db()
    assert listing.title != "Izenburu berria"
    approve(listing, moderator)
    listing.refresh_from_db()
    assert listing.title == "Izenburu berria"
    spanish = ListingPage.objects.get(
        translation_key=listing.translation_key, locale__language_code="es"
    )
    assert spanish.live and spanish.title != "Izenburu berria"  # texts of other languages kept


def test_a_translators_listing_edit_made_during_review_is_kept(signed_in, own_listing, moderator):
    client = signed_in
    listing = own_listing
    form = client.get(url("edit_listing", "en", listing.pk)).context["form"]
    data = {field.name: field.value() or "" for field in form}
    data["location"] = "Arrasate"
    assert client.post(url("edit_listing", "en", listing.pk), data).status_code == 302
    spanish = ListingPage.objects.get(
        translation_key=listing.translation_key, locale__language_code="es"
    )
    spanish.summary = "Editado por una traductora entretanto."
    spanish.save_revision().publish()
    approve(listing, moderator)
    spanish.refresh_from_db()
    assert spanish.summary == "Editado por una traductora entretanto."
    assert spanish.location == "Arrasate"


# Freshness ----------------------------------------------------------------------------------


def test_the_company_page_shows_when_its_information_was_confirmed(client, own):
    page = version(own, "en")
    confirmed = datetime.date(2025, 3, 4)
    ProfileConfirmation.objects.create(translation_key=page.translation_key, confirmed_on=confirmed)
    assert "Information confirmed on" in client.get(page.url).text
    assert confirmed.isoformat() in client.get(page.url).text


def test_reminders_go_once_a_year_and_confirm_with_one_click(client, rep, own):
    ProfileConfirmation.objects.update(confirmed_on=timezone.localdate(), reminded_on=None)
    due = own
    ProfileConfirmation.objects.create(
        translation_key=due.translation_key,
        confirmed_on=timezone.localdate() - datetime.timedelta(days=400),
    )
    call_command("send_profile_reminders", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [[rep.email]]
    call_command("send_profile_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 1  # not twice in a year
    # In the company's language: /eu/kideak/berretsi/<token>/.
    confirm_path = url("confirm_from_email", due.locale.language_code, "token").removesuffix(
        "token/"
    )
    link = re.search(rf"https?://\S+{confirm_path}\S+", mail.outbox[0].body).group(0)
    assert client.get(link).status_code == 200
    confirmation = ProfileConfirmation.objects.get(translation_key=due.translation_key)
    assert confirmation.confirmed_on != timezone.localdate()  # opening the link is not enough
    assert client.post(link).status_code == 200
    confirmation.refresh_from_db()
    assert confirmation.confirmed_on == timezone.localdate()


def test_a_forged_confirmation_link_is_refused(client, db, own):
    token = confirmation_token(version(own)) + "x"
    assert client.post(url("confirm_from_email", "en", token)).status_code == 400


def test_editors_see_profiles_not_confirmed_for_18_months(editor_client, own):
    stale = own
    ProfileConfirmation.objects.update(confirmed_on=timezone.localdate())
    ProfileConfirmation.objects.create(
        translation_key=stale.translation_key,
        confirmed_on=timezone.localdate() - datetime.timedelta(days=600),
    )
    html = editor_client.get("/admin/stale-profiles/").text
    assert stale.title in html
    assert "Txirbil Mekanizazioak" not in html


def test_portal_pages_in_each_language_are_translated(signed_in):
    assert "Kideen ataria" in signed_in.get(url("dashboard", "eu")).text
    assert "Portal de socios" in signed_in.get(url("dashboard", "es")).text


def test_unsafe_markup_already_stored_is_dropped_when_rendered(client, db, own):
    page = version(own, "en")
    CompanyPage.objects.filter(pk=page.pk).update(description=XSS)
    html = client.get(page.url).text
    assert "<script>alert(1)" not in html
    assert 'onerror="alert' not in html
    assert 'href="javascript:' not in html


def test_reviewers_see_the_texts_proposed_for_other_languages(editor_client):
    source = company("txirbil-mekanizazioak")  # the demo's pending change
    html = editor_client.get(f"/admin/pages/{source.pk}/edit/").text
    assert "Mecanizado de precisión: fresado en cinco ejes" in html
    assert "Precision machining: five-axis milling" in html


def test_a_description_left_as_it_was_keeps_its_formatting(signed_in, own):
    source = own
    assert (
        "<b>" in source.description
        or "<strong>" in source.description
        or "<ul>" in (source.description)
    )
    form = signed_in.get(url("edit_profile", "en", source.pk)).context["form"]
    typed = form["description_eu"].initial.replace("\n", "\r\n")  # as browsers send it
    data = profile_data(source, description_eu=typed, town="Elgoibar")
    signed_in.post(url("edit_profile", "en", source.pk), data)
    assert version(own).get_latest_revision_as_object().description == source.description


def test_links_to_pages_survive_saving_and_rendering(client, db, own):
    page = version(own, "en")
    target = page.get_parent()
    description = f'<p>See <a linktype="page" id="{target.pk}">the directory</a>.</p>'
    CompanyPage.objects.filter(pk=page.pk).update(description=description)
    assert f'href="{target.url}"' in client.get(page.url).text


def test_staff_cannot_be_invited_nor_sent_sign_in_links(editor_client):
    target = factories.company()
    staff = factories.editor(email="staff@tknika.eus")
    response = editor_client.post(
        "/admin/representatives/new/",
        {"company": target.pk, "email": staff.email, "language": "en"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    Representative.objects.create(user=staff, company=target)
    editor_client.logout()
    editor_client.post(url("sign_in_link"), {"email": staff.email})
    assert not mail.outbox


def test_a_translators_edit_made_during_review_is_kept(signed_in, own, moderator):
    source = own
    signed_in.post(url("edit_profile", "en", source.pk), profile_data(source, town="Soraluze"))
    english = version(own, "en")
    english.tagline = "Edited by a translator meanwhile"
    english.save_revision().publish()
    approve(source, moderator)
    english = version(own, "en")
    assert english.tagline == "Edited by a translator meanwhile"
    assert english.town == "Soraluze"


def test_a_change_sent_during_review_restarts_the_review(signed_in, own):
    source = own
    signed_in.post(url("edit_profile", "en", source.pk), profile_data(source, town="Soraluze"))
    first = source.current_workflow_state
    signed_in.post(url("edit_profile", "en", source.pk), profile_data(source, town="Placencia"))
    first.refresh_from_db()
    assert first.status == WorkflowState.STATUS_CANCELLED
    assert source.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_texts_for_a_new_language_need_a_tagline_and_are_kept(signed_in, own):
    source = own
    version(own, "en").delete()
    data = profile_data(source, description_en="An English description.")
    response = signed_in.post(url("edit_profile", "en", source.pk), data)
    assert response.status_code == 200
    assert "Give a tagline in this language too" in response.text
    assert "An English description." in response.text


def test_an_emptied_tagline_keeps_the_current_one(signed_in, own, moderator):
    source = own
    spanish_tagline = version(own, "es").tagline
    data = profile_data(source, tagline_es="", services_es="Microtorneado")
    assert signed_in.post(url("edit_profile", "en", source.pk), data).status_code == 302
    approve(source, moderator)
    spanish = version(own, "es")
    assert spanish.tagline == spanish_tagline
    assert list(spanish.services.names()) == ["Microtorneado"]


def test_a_listing_form_without_a_language_gives_a_message(signed_in, own):
    source = own
    category = factories.in_language(factories.listing_category(), "en")
    response = signed_in.post(
        url("create_listing", "en", source.pk),
        {"language": "xx", "category": category.pk, "title": "Proba"},
    )
    assert response.status_code == 200
    assert 'value="Proba"' in response.text


def test_editing_a_listing_in_another_language_keeps_its_category(signed_in, own_listing):
    form = signed_in.get(url("edit_listing", "es", own_listing.pk)).context["form"]
    assert form["category"].value() == own_listing.category_id


def test_a_representative_changes_their_password(signed_in, rep):
    response = signed_in.post(
        url("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "another-long-secret-7",
            "new_password2": "another-long-secret-7",
        },
    )
    assert response.status_code == 302
    rep.refresh_from_db()
    assert rep.check_password("another-long-secret-7")


def test_signing_out_needs_a_post(signed_in):
    assert signed_in.get(url("logout")).status_code == 405
    assert signed_in.post(url("logout")).status_code == 302
    assert signed_in.get(url("dashboard")).status_code == 302


def test_inviting_an_existing_account_needs_confirming(editor_client):
    existing = factories.representative()
    target = factories.company()
    data = {"company": target.pk, "email": existing.email, "language": "eu"}
    response = editor_client.post("/admin/representatives/new/", data)
    assert response.context["form"].errors["existing_account"]
    assert not Representative.objects.filter(user=existing, company=target).exists()
    response = editor_client.post("/admin/representatives/new/", {**data, "existing_account": "on"})
    assert response.status_code == 302
    assert Representative.objects.filter(user=existing, company=target).exists()


def test_profile_form_speaks_the_readers_language(signed_in, own):
    source = own
    html = signed_in.get(url("edit_profile", "es", source.pk)).text
    sector = source.sectors.get()
    assert factories.in_language(sector, "es").name in html
    assert sector.name not in html
    assert "Textos en Vasco" in html


def test_the_session_cookie_is_http_only_and_same_site(client, rep):
    response = client.post(url("login"), {"username": rep.username, "password": PASSWORD})
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"


@pytest.mark.parametrize(
    ("language", "login"),
    [("eu", "/eu/kideak/sartu/"), ("es", "/es/miembros/entrar/"), ("en", "/en/members/login/")],
)
def test_the_portals_paths_are_in_each_language(client, db, language, login):
    assert url("login", language) == login
    response = client.get(login)
    assert response.status_code == 200
    assert f'lang="{language}"' in response.text


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/eu/members/login/?next=/eu/kideak/", "/eu/kideak/sartu/?next=/eu/kideak/"),
        ("/es/members/login/link/abc123/", "/es/miembros/entrar/enlace/abc123/"),
        ("/es/members/listings/7/withdraw/", "/es/miembros/anuncios/7/retirar/"),
    ],
)
def test_the_portals_english_paths_of_before_still_lead_there(client, db, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new


def test_an_unknown_old_portal_path_is_not_found(client, db):
    assert client.get("/eu/members/no-such-page/").status_code == 404
