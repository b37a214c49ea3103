"""The admin's dashboard: what needs the communications team today, with links to act on it."""

import datetime
import io
import re

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import TaskState
from wagtail.users.models import UserProfile

from directory.dashboard import stale_profiles
from directory.models import CompanyPage, ProfileConfirmation
from home.models import DigestSubscription
from marketplace.models import Enquiry, ListingPage, ListingStatus

from . import factories


def panel(html, name):
    """The dashboard panel with this id, or None."""
    found = re.search(rf'<section[^>]*id="{name}-section".*?</section>', html, re.S)
    return found and found.group(0)


def count_in(section, label):
    found = re.search(rf"<strong>(\d+)</strong>\s*{label}", section)
    return int(found.group(1))


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def test_the_dashboard_lists_new_enquiries_by_listing(editor_client):
    listing = factories.listing(title="Bost ardatzeko fresatzeko makina")
    for name in ("Ane", "Jon"):
        Enquiry.objects.create(
            listing=listing, company=listing.company, name=name, email="a@example.com", message="?"
        )
    Enquiry.objects.create(
        listing=listing,
        company=listing.company,
        name="Old",
        email="o@example.com",
        message="?",
        created_at=timezone.now() - datetime.timedelta(days=8),
    )
    recent = Enquiry.objects.filter(created_at__date__gte=days_ago(6)).count()

    section = panel(editor_client.get("/admin/").text, "new-enquiries")
    assert count_in(section, "enquiries in the last 7 days") == recent
    assert "Bost ardatzeko fresatzeko makina</a> (2 enquiries)" in section
    link = re.search(r'href="(/admin/enquiries/\?listing=[^"]+)"', section).group(1)
    listed = editor_client.get(link.replace("&amp;", "&"))
    assert {enquiry.name for enquiry in listed.context["object_list"]} == {"Ane", "Jon"}


def test_the_dashboard_lists_listings_closing_soon_and_just_closed(editor_client):
    today = timezone.localdate()
    closing = factories.listing(
        title="Laser ebaketa zerbitzua",
        valid_from=days_ago(20),
        valid_until=today + datetime.timedelta(days=3),
    )
    factories.listing(valid_from=days_ago(20), valid_until=days_ago(2))

    section = panel(editor_client.get("/admin/").text, "closing-listings")
    sources = ListingPage.objects.filter(locale__language_code="eu")
    assert count_in(section, "listings? closing within 14 days") == (
        sources.in_status(ListingStatus.CLOSING_SOON).count()
    )
    assert count_in(section, "listings? closed in the last 7 days") == (
        sources.in_status(ListingStatus.CLOSED).filter(valid_until__gte=days_ago(7)).count()
    )
    assert f'href="/admin/pages/{closing.pk}/edit/">Laser ebaketa zerbitzua</a>' in section
    assert 'href="/admin/listings/?status=closing_soon"' in section


def test_the_dashboard_lists_profiles_unconfirmed_for_18_months(editor_client):
    company = factories.company(title="Aspaldiko Enpresa")
    ProfileConfirmation.objects.create(
        translation_key=company.translation_key,
        confirmed_on=days_ago(800),
        reminded_on=days_ago(10),
    )
    stale = stale_profiles(CompanyPage.objects.all())

    section = panel(editor_client.get("/admin/").text, "stale-profiles")
    assert count_in(section, "profiles? not confirmed for over 18 months") == stale.count()
    assert count_in(section, "of them reminded by e-mail") == (
        stale.exclude(reminded_on=None).count()
    )
    assert company in stale
    listed = editor_client.get("/admin/stale-profiles/")
    assert company.title in listed.text


def test_staff_see_only_the_panels_they_can_act_on(client, db):
    """Someone who may use the admin but neither edit pages nor read enquiries gets no panel."""
    reader = factories.user()
    group = Group.objects.create(name="Image librarians")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    reader.groups.add(group)
    client.force_login(reader)
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").text
    for name in ("new-enquiries", "closing-listings", "stale-profiles"):
        assert panel(html, name) is None

    group.permissions.add(Permission.objects.get(codename="view_enquiry"))
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").text
    assert panel(html, "new-enquiries")
    assert panel(html, "closing-listings") is None


def subscribe(user, language="en"):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    DigestSubscription.objects.create(user=user, weekly_digest=True)


def test_the_weekly_digest_goes_to_those_who_chose_it_in_their_admin_language(db):
    listing = factories.listing(
        title="Laser ebaketa zerbitzua",
        valid_from=days_ago(20),
        valid_until=timezone.localdate() + datetime.timedelta(days=3),
    )
    spanish_editor = factories.editor(email="arantza@tknika.example")
    subscribe(spanish_editor, "es")
    factories.editor(email="not-asked@tknika.example")  # never chose the digest
    unsubscribed = factories.editor(email="stopped@tknika.example")
    subscribe(unsubscribed)
    DigestSubscription.objects.filter(user=unsubscribed).update(weekly_digest=False)

    call_command("send_weekly_digest", stdout=io.StringIO())

    assert [message.to for message in mail.outbox] == [["arantza@tknika.example"]]
    digest = mail.outbox[0]
    assert digest.subject.startswith("Tknika Hub:")
    assert "esta semana" in digest.subject  # in Spanish, the editor's admin language
    closing = ListingPage.objects.filter(locale__language_code="eu").in_status(
        ListingStatus.CLOSING_SOON
    )
    assert f"- {closing.count()} " in digest.body
    assert "Laser ebaketa zerbitzua (" in digest.body
    assert f"/admin/pages/{listing.pk}/edit/" in digest.body
    assert "/admin/account/" in digest.body  # where to stop it
    # The demo's profile change and listing awaiting review, which the editor may review.
    reviews = TaskState.objects.reviewable_by(spanish_editor).count()
    assert reviews > 0
    assert f"- {reviews} cambios pendientes de tu revisión" in digest.body

    # Run again within the week (a second timer, a catch-up): nothing is sent twice.
    call_command("send_weekly_digest", stdout=io.StringIO())
    assert len(mail.outbox) == 1


def test_staff_with_nothing_to_act_on_get_no_digest(db):
    reader = factories.user(email="librarian@tknika.example")
    group = Group.objects.create(name="Image librarians")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    reader.groups.add(group)
    subscribe(reader)
    call_command("send_weekly_digest", stdout=io.StringIO())
    assert mail.outbox == []


def account_form_data(response):
    """What the account settings page posts back unchanged: every panel's current values."""
    data = {}
    for panels in response.context["panels_by_tab"].values():
        for settings_panel in panels:
            form = settings_panel.get_form()
            for name, field in form.fields.items():
                value = form.initial.get(name, field.initial)
                if value not in (None, False, ""):
                    data[form.add_prefix(name)] = "on" if value is True else value
    return data


def test_staff_choose_the_digest_in_their_account_settings(client, db):
    editor = factories.editor(first_name="Arantza", last_name="Etxeberria")
    client.force_login(editor)
    page = client.get("/admin/account/", HTTP_ACCEPT_LANGUAGE="en")
    assert "Weekly digest" in page.text
    assert not DigestSubscription.objects.filter(user=editor).exists()  # not made by a visit
    response = client.post(
        "/admin/account/",
        {
            **account_form_data(page),
            "digest-weekly_digest": "on",
        },
    )
    assert response.status_code == 302
    assert DigestSubscription.objects.get(user=editor).weekly_digest
