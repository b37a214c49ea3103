"""The site under failure and load, as deployed: gunicorn with production settings on a copy of the
seeded demo, against a database that accepts connections but never answers, a Redis that refuses
or never answers, and fifty clients at once with an enquiry flood among them."""

import os
import random
import re
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager

import dj_database_url
import psycopg
import pytest
import redis
from django.conf import settings
from django.db import connection
from django_tasks_db.models import DBTaskResult

from marketplace.models import Enquiry
from tests import factories
from tests.servers import Client, TcpProxy, free_port, listing_urls, wait_until_answering

pytestmark = pytest.mark.django_db  # the servers run on copies of the seeded test database
IN_CI = os.environ.get("CI") == "true"
LOAD_SECONDS = int(os.environ.get("LOAD_TEST_SECONDS", "60" if IN_CI else "10"))
PAGES = [
    "/eu/",
    "/es/",
    "/en/",
    "/en/news/",
    "/eu/albisteak/?page=2",
    "/en/directory/",
    "/en/directory/?q=robot",
    "/es/directorio/?q=fresado&sector=manufacturing",
    "/en/marketplace/",
    "/en/marketplace/?kind=offer",
    "/sitemap.xml",
    "/en/members/login/",
]


@pytest.fixture(scope="module")
def static_files():
    """The manifest that production settings' static storage reads."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        cwd=settings.BASE_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "site_cms.settings.production",
            "SECRET_KEY": "collectstatic",
        },
        check=True,
    )


@pytest.fixture
def demo_copy(django_db_setup, seed_template, tmp_path):
    return seed_template.browser_database(tmp_path, "127.0.0.1", 80, "resilience")


@contextmanager
def production_server(database_url, redis_url="", workers=2):
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_cms.settings.production",
        "SECRET_KEY": "resilience-test-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "TRUSTED_PROXIES": "1",
        "TASK_WORKER": "true",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--timeout",
            "30",
            "site_cms.wsgi",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(base_url, "/robots.txt", timeout=60, process=server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)


def through(proxy, database_url):
    """The database URL with its host and port replaced by the proxy's."""
    return re.sub(r"@[^/]+/", f"@127.0.0.1:{proxy.port}/", database_url)


def test_a_database_that_never_answers_gives_quick_503s_and_the_site_recovers(
    demo_copy, static_files
):
    if connection.vendor != "postgresql":
        pytest.skip("needs a database server that can hang: runs on PostgreSQL")
    config = dj_database_url.parse(demo_copy)
    proxy = TcpProxy(target=(config["HOST"], int(config["PORT"] or 5432)))
    try:
        with production_server(through(proxy, demo_copy)) as url:
            client = Client(url)
            health = client.get("/healthz")
            assert (health.status, health.seconds < 3) == (503, True)
            for path, words in [("/en/news/", "busy for a moment"), ("/es/", 'lang="es"')]:
                page = client.get(path)
                assert page.status == 503, path
                assert page.seconds < 5, path
                assert words in page.text
                assert page.headers["Retry-After"] == "30"

            proxy.hanging = False  # the database is back: no restart needed
            deadline = time.monotonic() + 15
            while client.get("/healthz").status != 200:
                assert time.monotonic() < deadline, "the site did not recover"
                time.sleep(0.5)
            assert client.get("/en/news/").status == 200
    finally:
        proxy.close()


@pytest.mark.parametrize("redis", ["refused", "never answers"])
def test_pages_keep_working_while_redis_is_down(demo_copy, static_files, redis):
    proxy = TcpProxy()  # hangs
    redis_url = (
        f"redis://127.0.0.1:{free_port()}/0"
        if redis == "refused"
        else f"redis://127.0.0.1:{proxy.port}/0"
    )
    try:
        # One worker, so that a first pass has made every page's image renditions before the
        # pages are timed.
        with production_server(demo_copy, redis_url, workers=1) as url:
            client = Client(url)
            listing = listing_urls(client.get("/en/marketplace/").text)[0]
            for path in [*PAGES, listing]:
                client.get(path)
            for path in [*PAGES, listing]:
                page = client.get(path)
                assert page.status == 200, path
                assert page.seconds < 2, path

            health = client.get("/healthz")
            assert health.status == 200
            assert b'"cache": "unavailable"' in health.body

            # Enquiries are refused rather than sent unlimited, and the visitor keeps their text.
            refused = client.post(listing, factories.enquiry_data())
            assert refused.status == 503
            assert "Miren Etxeberria" in refused.text
    finally:
        proxy.close()


def test_fifty_clients_and_an_enquiry_flood_get_no_error_and_lose_no_enquiry(
    demo_copy, static_files
):
    redis_url = "redis://127.0.0.1:6379/7"
    redis.Redis.from_url(redis_url).flushdb()  # a database of Redis' own for this test
    seeded_enquiries = Enquiry.objects.count()  # the copy holds what the test database holds
    with production_server(demo_copy, redis_url) as url:
        listings = listing_urls(Client(url).get("/en/marketplace/").text)
        deadline = time.monotonic() + LOAD_SECONDS
        outcomes, lock = [], threading.Lock()

        def visitor(number):
            client = Client(url, timeout=60)
            flooder = number % 5 == 0
            seen = []
            while time.monotonic() < deadline:
                if flooder:
                    listing = random.choice(listings)
                    client.get(listing)
                    address = f"10.9.{number}.{random.randint(1, 3)}"
                    response = client.post(
                        listing,
                        factories.enquiry_data(name=f"Load {number}"),
                        headers={"X-Forwarded-For": address},
                    )
                else:
                    response = client.get(random.choice(PAGES))
                seen.append((flooder, response.status))
            with lock:
                outcomes.extend(seen)

        with ThreadPoolExecutor(max_workers=50) as pool:
            list(pool.map(visitor, range(50)))

    statuses = [status for _flooder, status in outcomes]
    assert len(statuses) > 50
    assert [status for status in statuses if status >= 500] == []
    accepted = sum(1 for flooder, status in outcomes if flooder and status == 302)
    assert accepted > 0
    assert {status for flooder, status in outcomes if flooder} <= {302, 429}
    # Every enquiry the site accepted is stored, with its e-mails (to the company, and the
    # visitor's copy) waiting for the worker.
    assert count(demo_copy, Enquiry._meta.db_table) - seeded_enquiries == accepted
    assert queued_emails(demo_copy) == 2 * accepted


def count(database_url, table, where=""):
    query = f"SELECT COUNT(*) FROM {table} {where}"  # noqa: S608 (our own table names)
    config = dj_database_url.parse(database_url)
    if config["ENGINE"].endswith("sqlite3"):
        with closing(sqlite3.connect(config["NAME"])) as database:
            return database.execute(query).fetchone()[0]
    with psycopg.connect(
        dbname=config["NAME"],
        host=config["HOST"],
        port=config["PORT"] or None,
        user=config["USER"],
        password=config["PASSWORD"] or None,
    ) as database:
        return database.execute(query).fetchone()[0]


def queued_emails(database_url):
    return count(
        database_url,
        DBTaskResult._meta.db_table,
        "WHERE task_path = 'home.emails.deliver_email'",
    )
