"""The public address comes from the environment: `migrate` and `configure_site` write it to the
default Site, so canonical links, the sitemap and e-mails carry it without the demo's help."""

import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.core.management.sql import emit_post_migrate_signal
from wagtail.models import Site


@pytest.mark.parametrize(
    "environment, root_url",
    [
        ({"SITE_URL": "https://hub.tknika.eus/"}, "https://hub.tknika.eus"),
        ({"SITE_URL": "http://127.0.0.1:8080"}, "http://127.0.0.1:8080"),
        ({"SITE_HOSTNAME": "hub.example.org", "SITE_PORT": 443}, "https://hub.example.org"),
    ],
)
def test_configure_site_writes_the_public_address(db, client, settings, environment, root_url):
    settings.SITE_URL = environment.get("SITE_URL", "").rstrip("/")
    settings.SITE_HOSTNAME = environment.get("SITE_HOSTNAME", "")
    settings.SITE_PORT = environment.get("SITE_PORT", 80)

    call_command("configure_site", stdout=io.StringIO())

    assert Site.objects.get(is_default_site=True).root_url == root_url
    html = client.get("/en/", HTTP_HOST="internal-name:8000").text
    assert f'<link rel="canonical" href="{root_url}/en/">' in html
    assert f"<loc>{root_url}/eu/</loc>" in client.get("/sitemap.xml").text


def test_migrate_applies_the_address(db, settings):
    settings.SITE_URL = "https://hub.tknika.eus"
    # What `migrate` sends once every migration has run.
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert Site.objects.get(is_default_site=True).root_url == "https://hub.tknika.eus"


def test_without_an_address_configure_site_says_what_to_set(db, settings):
    settings.SITE_URL, settings.SITE_HOSTNAME = "", ""
    with pytest.raises(CommandError, match="SITE_URL"):
        call_command("configure_site")


def test_a_malformed_address_is_refused(db, settings):
    settings.SITE_URL = "hub.tknika.eus"
    with pytest.raises(ImproperlyConfigured):
        call_command("configure_site")
