"""Browser tests: Debian's Chromium driven by Playwright, against a real server with demo data."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

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


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def chromium_path():
    if not Path(CHROMIUM).exists():
        message = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def live_url(chromium_path, tmp_path_factory, django_db_setup, seed_template):
    """Serve a copy of the seeded demo site on a free local port."""
    tmp_dir = tmp_path_factory.mktemp("browser-site")
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.browser.server_settings",
        "DATABASE_URL": seed_template.browser_database(tmp_dir, "127.0.0.1", port),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),  # where the seed saved its images
    }
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2):  # noqa: S310
                break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("The test server did not start", pytrace=False)
            time.sleep(0.3)
    yield base_url
    server.terminate()
    server.wait(timeout=10)


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
