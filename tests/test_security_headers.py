import base64
import hashlib
import json
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from storages.backends.s3 import S3Storage

from directory.models import CompanyPage
from home.blocks import BodyBlock
from news.models import NewsIndexPage, NewsPage
from site_cms.settings.base import media_origin, media_storage
from tests import factories

REPORT_URL = "/csp-report/"


def policy(response):
    """The response's Content-Security-Policy as {directive: [values]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def nonce_in_header(response):
    (nonce,) = [value for value in policy(response)["script-src"] if value.startswith("'nonce-")]
    return nonce.removeprefix("'nonce-").removesuffix("'")


def assert_other_headers(response):
    assert response["Permissions-Policy"] == (
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
    )
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_public_pages_allow_only_the_sites_own_scripts_styles_and_images(client, db):
    response = client.get("/en/")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["style-src"] == ["'self'"]
    assert directives["img-src"] == ["'self'", "data:"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert set(directives["frame-src"]) == {
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    }
    assert directives["report-uri"] == [REPORT_URL]
    # Only production, which is served over HTTPS, upgrades http:// addresses.
    assert "upgrade-insecure-requests" not in directives
    assert_other_headers(response)


def test_inline_scripts_without_a_nonce_are_allowed_by_their_hash(client, db):
    response = client.get("/en/")
    inline = re.findall(r"<script>(.*?)</script>", response.text, re.DOTALL)
    assert inline, "the script that marks the page as having JavaScript"
    hashes = [
        f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"
        for script in inline
    ]
    assert set(hashes) <= set(policy(response)["script-src"])


def test_member_portal_pages_carry_the_policy(client, db):
    anonymous = client.get("/en/members/login/")
    client.force_login(factories.representative(factories.company()))
    dashboard = client.get("/en/members/")
    for response in (anonymous, dashboard):
        assert response.status_code == 200
        assert policy(response)["script-src"][0] == "'self'"
        assert_other_headers(response)


@pytest.mark.parametrize(
    "path", ["/eu/ez-dago/", "/sitemap.xml", "/robots.txt", "/static/css/site.css"]
)
def test_every_response_carries_the_headers(client, db, path):
    response = client.get(path)
    assert "Content-Security-Policy" in response
    assert_other_headers(response)


def test_news_feeds_carry_the_headers(client, db):
    index = NewsIndexPage.objects.live().get(locale__language_code="en")
    response = client.get(f"{index.url}feed/rss/")
    assert response.status_code == 200
    assert_other_headers(response)


def test_admin_is_left_out_of_the_policy_but_keeps_the_other_headers(editor_client):
    for path in ("/admin/", "/admin/login/", "/django-admin/login/"):
        response = editor_client.get(path)
        assert response.status_code in (200, 302)
        assert "Content-Security-Policy" not in response
        assert_other_headers(response)
        assert response["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.parametrize("model", [NewsPage, CompanyPage])
def test_structured_data_is_a_data_block_the_same_on_every_visit(client, db, model):
    """JSON-LD is never run, so the policy does not govern it (the browser tests check that
    no violation is reported): without a nonce, a page is the same on every visit, and a
    browser that has it gets a 304."""
    url = model.objects.live().filter(locale__language_code="en").first().url
    first = client.get(url)
    assert '<script type="application/ld+json">' in first.text
    assert client.get(url).content == first.content
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_server_error_page_has_no_inline_styles():
    html = (settings.BASE_DIR / "templates" / "500.html").read_text()
    assert "<style" not in html
    assert "style=" not in html


def legacy_report(**fields):
    return {
        "csp-report": {
            "document-uri": "https://hub.tknika.eus/en/",
            "effective-directive": "script-src-elem",
            "blocked-uri": "https://evil.example/x.js",
            "source-file": "https://hub.tknika.eus/en/",
            "line-number": 12,
            **fields,
        }
    }


def test_report_endpoint_logs_a_violation(client, caplog):
    response = client.post(
        REPORT_URL, json.dumps(legacy_report()), content_type="application/csp-report"
    )
    assert response.status_code == 204
    (record,) = [record for record in caplog.records if record.name == "csp.reports"]
    assert record.levelname == "WARNING"
    assert "script-src-elem blocked https://evil.example/x.js on https://hub.tknika.eus/en/" in (
        record.getMessage()
    )


def test_report_endpoint_reads_the_reporting_api_format(client, caplog):
    body = [
        {
            "type": "csp-violation",
            "url": "https://hub.tknika.eus/eu/",
            "body": {
                "documentURL": "https://hub.tknika.eus/eu/",
                "effectiveDirective": "img-src",
                "blockedURL": "https://tracker.example/pixel.gif",
            },
        },
        {"type": "deprecation", "body": {"message": "not a CSP report"}},
    ]
    response = client.post(REPORT_URL, json.dumps(body), content_type="application/reports+json")
    assert response.status_code == 204
    (record,) = [record for record in caplog.records if record.name == "csp.reports"]
    assert "img-src blocked https://tracker.example/pixel.gif" in record.getMessage()


def test_report_endpoint_needs_no_csrf_token_and_takes_posts_only(caplog):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    assert client.get(REPORT_URL).status_code == 405
    response = client.post(REPORT_URL, json.dumps(legacy_report()), content_type="application/json")
    assert response.status_code == 204


def test_report_endpoint_logs_one_short_line_per_value(client, caplog):
    report = legacy_report(**{"blocked-uri": "https://evil.example/\nFAKE ENTRY" + "x" * 5000})
    client.post(REPORT_URL, json.dumps(report), content_type="application/csp-report")
    (record,) = [record for record in caplog.records if record.name == "csp.reports"]
    assert "\n" not in record.getMessage()
    assert len(record.getMessage()) < 1000


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"", 400),
        (b"not json", 400),
        (b"\xff\xfe\x00{", 400),
        (b'{"csp-report": "a string"}', 400),
        (b"42", 400),
        (b"[" * 50_000, 400),  # nested deeper than the parser goes
        (b'[1, "a", {"type": "csp-violation", "body": 5}]', 204),  # nothing to log
        (b'{"csp-report": {}}' + b" " * 1_000_000, 413),
    ],
)
def test_report_endpoint_survives_junk(client, caplog, body, status):
    response = client.post(REPORT_URL, body, content_type="application/csp-report")
    assert response.status_code == status
    assert not [record for record in caplog.records if record.name == "csp.reports"]


def test_embed_block_refuses_sites_the_policy_does_not_frame(db):
    embed = BodyBlock().child_blocks["embed"]
    with pytest.raises(ValidationError):
        embed.clean(embed.to_python("https://www.dailymotion.com/video/x8abcde"))


@pytest.mark.parametrize(
    "environ",
    [
        {"AWS_S3_CUSTOM_DOMAIN": "media.tknika.eus", "AWS_LOCATION": "hub"},
        {"AWS_S3_ENDPOINT_URL": "https://s3.example.net", "AWS_S3_REGION_NAME": "fsn1"},
        {"AWS_S3_REGION_NAME": "eu-west-1"},
    ],
)
def test_images_in_object_storage_are_allowed_by_the_policy(environ):
    environ = {
        "AWS_STORAGE_BUCKET_NAME": "hub-media",
        "AWS_ACCESS_KEY_ID": "key",
        "AWS_SECRET_ACCESS_KEY": "secret",
        **environ,
    }
    url = S3Storage(**media_storage(environ)["OPTIONS"]).url("images/logo.jpg")
    assert url.startswith(media_origin(environ) + "/")


def test_only_production_upgrades_insecure_requests():
    script = (
        "from site_cms.settings import production; "
        "print(production.CONTENT_SECURITY_POLICY['DIRECTIVES']['upgrade-insecure-requests'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env={"SECRET_KEY": "production-secret", "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == "True", result.stderr
    assert not settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].get("upgrade-insecure-requests")
