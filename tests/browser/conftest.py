"""Browser tests: Debian's Chromium driven by Playwright, against a real server with demo data."""

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings

from tests.servers import free_port, wait_until_answering

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def chromium_path():
    if not Path(CHROMIUM).exists():
        message = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return CHROMIUM


@contextmanager
def running_site(seed_template, directory, settings_module, label="browser"):
    """Serve a copy of the seeded demo site with `settings_module` on a free local port."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=settings.BASE_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": settings_module,
            "DATABASE_URL": seed_template.browser_database(directory, "127.0.0.1", port, label),
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),  # where the seed saved its images
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(base_url, "/healthz", timeout=30, process=server)
    except (RuntimeError, TimeoutError):
        server.kill()
        pytest.fail("The test server did not start", pytrace=False)
    yield base_url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def live_url(chromium_path, tmp_path_factory, django_db_setup, seed_template):
    """The demo site with development settings, as `make run` serves it."""
    directory = tmp_path_factory.mktemp("browser-site")
    with running_site(seed_template, directory, "tests.browser.server_settings") as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser(chromium_path, django_db_setup):
    # After the database setup: Django refuses it once Playwright's event loop is running.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_url):
    context = browser.new_context(base_url=live_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture
def assert_accessible(axe):
    """No serious or critical axe-core violations on the page as it is now."""

    def check(page):
        results = axe.run(page)
        blocking = [
            f"{violation['id']} ({violation['impact']}): {violation['help']} "
            f"-> {[node['target'] for node in violation['nodes']][:3]}"
            for violation in results.response["violations"]
            if violation["impact"] in ("serious", "critical")
        ]
        assert not blocking, f"{page.url}\n" + "\n".join(blocking)

    return check
