"""What visitors and the load balancer get when the database or the cache fail, in process (the
same against gunicorn, production settings and really failing servers: test_resilience_live)."""

import json
import time
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from redis.connection import SSLConnection
from redis.exceptions import ConnectionError as RedisConnectionError

from home.cache import Breaker, BreakerConnection, BreakerMixin, ResilientConnectionFactory
from tests.servers import free_port

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


@pytest.mark.parametrize(
    "url, secure",
    [("redis://127.0.0.1:6379/0", False), ("rediss://cache.example:6380/0", True)],
)
def test_the_redis_circuit_breaker_keeps_tls_when_the_url_asks_for_it(url, secure):
    connection_class = ResilientConnectionFactory({}).make_connection_params(url)[
        "connection_class"
    ]
    assert issubclass(connection_class, BreakerMixin)
    assert issubclass(connection_class, SSLConnection) == secure


def test_after_a_redis_failure_the_cache_is_left_alone_for_a_few_seconds(monkeypatch):
    monkeypatch.setattr(Breaker, "open_until", 0.0)  # put back after the test
    refused = BreakerConnection(host="127.0.0.1", port=free_port(), socket_connect_timeout=0.25)
    with pytest.raises(RedisConnectionError):
        refused.connect()
    started = time.monotonic()
    with pytest.raises(RedisConnectionError, match="not asking it again yet"):
        BreakerConnection(host="127.0.0.1", port=6379).connect()
    assert time.monotonic() - started < 0.05
