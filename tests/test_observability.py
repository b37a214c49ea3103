"""The logs tell what happened to each request: one line per request, and a request id that ties
it to every other record of that request (a 500's traceback included) and to the proxy's logs."""

import logging
import os
import subprocess
import sys

from django.conf import settings
from django.urls import path

from home.observability import RequestIdFilter


def fail(request):
    raise RuntimeError("boom")


urlpatterns = [path("fail/", fail)]


def records_of(caplog, name):
    return [record for record in caplog.records if record.name == name]


def test_each_request_is_logged_with_its_status_duration_and_id(client, db, caplog):
    caplog.set_level(logging.INFO, logger="tknika.requests")
    response = client.get("/en/news/?page=2")

    request_id = response["X-Request-ID"]
    assert len(request_id) == 32
    (record,) = records_of(caplog, "tknika.requests")
    method, full_path, status, duration = record.getMessage().split()
    assert (method, full_path, status) == ("GET", "/en/news/?page=2", "200")
    assert duration.endswith("ms")
    assert record.request_id == request_id


def test_the_proxys_request_id_is_kept_and_a_strange_one_replaced(client, db):
    assert client.get("/robots.txt", HTTP_X_REQUEST_ID="f" * 32)["X-Request-ID"] == "f" * 32
    replaced = client.get("/robots.txt", HTTP_X_REQUEST_ID="<script>\n")["X-Request-ID"]
    assert replaced != "<script>\n" and len(replaced) == 32


def test_a_server_errors_traceback_carries_the_request_id(client, db, caplog, settings):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    caplog.handler.addFilter(RequestIdFilter())  # as the site's log handler does

    response = client.get("/fail/")

    assert response.status_code == 500
    (error,) = records_of(caplog, "django.request")
    assert error.exc_info[0] is RuntimeError
    assert error.request_id == response["X-Request-ID"]


def test_errors_go_to_sentry_when_a_dsn_is_set():
    check = (
        "import django, sentry_sdk; django.setup(); "
        "print(sentry_sdk.get_client().is_active(), sentry_sdk.get_client().options['environment'])"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_cms.settings.dev",
        "SENTRY_DSN": "http://public@127.0.0.1:9/1",
        "SENTRY_ENVIRONMENT": "staging",
    }
    result = subprocess.run(
        [sys.executable, "-c", check],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.stdout.split() == ["True", "staging"], result.stderr
