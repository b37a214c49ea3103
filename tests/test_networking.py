"""Networking in the member portal: a representative writes to another company (relayed by
e-mail, Reply-To the sender, rate-limited), both see the message, companies can opt out, and
the dashboard suggests companies to work with."""

import pytest
from django.core import mail
from django.test import Client

from directory.models import CompanyMessage, MessagesOptOut
from directory.networking import MESSAGES_PER_DAY, suggestions
from tests import factories
from tests.test_members import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def ours():
    return factories.company(title="Gure Enpresa", open_to_partners=True)


@pytest.fixture
def theirs():
    return factories.company(title="Haien Enpresa", open_to_partners=True)


@pytest.fixture
def sender(ours):
    client = Client()
    client.force_login(factories.representative(ours, email="ane@gure.example"))
    return client


@pytest.fixture
def their_rep(theirs):
    return factories.representative(theirs, email="jon@haien.example")


def write(client, company, **data):
    fields = {"subject": "Elkarlana", "body": "Kaixo! Proiektu bat dugu.", **data}
    return client.post(url("contact", "en", company.pk), fields)


def test_a_message_is_relayed_to_the_other_companys_representatives(
    sender, ours, theirs, their_rep
):
    response = write(sender, theirs)
    assert response.status_code == 302
    [relayed] = mail.outbox
    assert relayed.to == ["jon@haien.example"]
    assert relayed.reply_to == ["ane@gure.example"]
    assert "Gure Enpresa" in relayed.subject
    assert "Proiektu bat dugu." in relayed.body
    message = CompanyMessage.objects.get(recipient_company=theirs)
    assert message.sender_company.translation_key == ours.translation_key


def test_both_sides_see_the_message_in_their_portal(sender, theirs, their_rep):
    write(sender, theirs, subject="Bilera bat?")
    sent = sender.get(url("messages", "en")).text
    assert "Bilera bat?" in sent and "Sent" in sent
    receiver = Client()
    receiver.force_login(their_rep)
    received = receiver.get(url("messages", "en")).text
    assert "Bilera bat?" in received and "Received" in received
    outsider = Client()
    outsider.force_login(factories.representative(factories.company()))
    assert "Bilera bat?" not in outsider.get(url("messages", "en")).text


def test_a_company_that_opted_out_cannot_be_written_to(sender, theirs, their_rep):
    receiver = Client()
    receiver.force_login(their_rep)
    receiver.post(url("messages_setting", "en", theirs.pk), {"accept": "no"})
    assert MessagesOptOut.objects.filter(translation_key=theirs.translation_key).exists()
    response = write(sender, theirs)
    assert response.status_code == 200
    assert "does not take messages" in response.text
    assert not CompanyMessage.objects.filter(recipient_company=theirs).exists()
    assert mail.outbox == []
    # Its public profile no longer offers the portal's contact link.
    assert url("contact", "eu", theirs.pk) not in Client().get(theirs.url).text


def test_only_a_representative_changes_their_own_setting(sender, theirs):
    response = sender.post(url("messages_setting", "en", theirs.pk), {"accept": "no"})
    assert response.status_code == 404
    assert not MessagesOptOut.objects.exists()


def test_messages_are_rate_limited_per_sender_and_keep_the_text(sender, theirs, their_rep):
    for number in range(MESSAGES_PER_DAY):
        assert write(sender, theirs, subject=f"Mezua {number}").status_code == 302
    response = write(sender, theirs, body="Azken mezua, gorde.")
    assert response.status_code == 429
    assert "Azken mezua, gorde." in response.text
    assert CompanyMessage.objects.filter(recipient_company=theirs).count() == MESSAGES_PER_DAY


def test_a_subject_on_two_lines_is_refused(sender, theirs, their_rep):
    response = write(sender, theirs, subject="Kaixo\r\nBcc: victim@example.com")
    assert response.status_code == 200
    assert not CompanyMessage.objects.filter(recipient_company=theirs).exists()


def test_visitors_are_asked_to_sign_in_and_nobody_writes_to_their_own_company(sender, ours):
    response = Client().get(url("contact", "en", ours.pk))
    assert response.status_code == 302 and "login" in response["Location"]
    assert write(sender, ours).status_code == 302
    assert not CompanyMessage.objects.filter(recipient_company=ours).exists()


def test_the_profile_offers_members_a_way_to_write(theirs):
    assert url("contact", "eu", theirs.pk) in Client().get(theirs.url).text


def test_suggestions_explain_why_each_company_fits(ours):
    sector = factories.sector(names={"eu": "Robotika", "es": "Robótica", "en": "Robotics"})
    ours.sectors.add(sector)
    ours.save_revision().publish()
    partner = factories.company(title="Bazkide Robotika", open_to_partners=True)
    partner.sectors.add(sector)
    partner.save_revision().publish()
    tkgune = factories.company(title="TKgune Lagun", open_to_tkgune=True)
    ours.open_to_tkgune = True
    found = {item["company"].title: item["why"] for item in suggestions(ours, count=100)}
    assert "Robotika" in found["Bazkide Robotika"]
    assert "TKgune" in found[tkgune.title]
    assert "Gure Enpresa" not in found
    assert list(found)[0] == "Bazkide Robotika"  # a shared sector comes first
