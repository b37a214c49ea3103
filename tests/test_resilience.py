"""What visitors and the load balancer get when the database or the cache fail, in process (the
same against gunicorn, production settings and really failing servers: test_resilience_live)."""

import json
import time
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

CURSOR = f"{BaseDatabaseWrapper.__module__}.BaseDatabaseWrapper.cursor"


def test_healthz_reports_database_and_cache(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_refuses(client, db):
    with mock.patch(CURSOR, side_effect=OperationalError("connection refused")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["database"] == "unavailable"


def test_healthz_answers_503_within_three_seconds_when_the_database_hangs(client, db):
    def hang(*args, **kwargs):
        time.sleep(6)
        raise OperationalError("timed out")

    started = time.monotonic()
    with mock.patch(CURSOR, side_effect=hang):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert time.monotonic() - started < 3


def test_healthz_reports_a_cache_that_does_not_answer_as_degraded(client, db):
    with mock.patch("home.resilience.cache") as cache:
        cache.get.return_value = None
        response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "degraded",
        "database": "ok",
        "cache": "unavailable",
    }


@pytest.mark.parametrize(
    "path, text",
    [
        ("/en/news/", "The site is busy for a moment"),
        ("/es/noticias/", '<html lang="es">'),
        ("/eu/albisteak/", '<html lang="eu">'),
    ],
)
def test_pages_answer_a_localised_503_while_the_database_is_down(client, db, path, text):
    with mock.patch(
        "wagtail.models.Site.find_for_request", side_effect=OperationalError("timeout expired")
    ):
        response = client.get(path)
    assert response.status_code == 503
    assert text in response.text
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
