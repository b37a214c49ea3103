"""Every public page type, in each language, under the Content-Security-Policy: the browser
reports no violation.

These pages are served with DEBUG off, as in production: under DEBUG, django-csp sends no policy
with a 404 and Django shows its own debug page instead of the site's."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import running_site
from tests.browser.test_translation_journeys import sign_in_to_admin

pytestmark = pytest.mark.browser

PAGES = {
    "eu": {
        "home": "/eu/",
        "programme index": "/eu/programak/",
        "programme": "/eu/programak/tkgune/",
        "standard page": "/eu/gure-saila/",
        "news index": "/eu/albisteak/",
        "directory index": "/eu/direktorioa/",
        "marketplace index": "/eu/azoka/",
        "member login": "/eu/kideak/sartu/",
        "not found": "/eu/ez-dago/",
    },
    "es": {
        "home": "/es/",
        "programme index": "/es/programas/",
        "programme": "/es/programas/tkgune/",
        "standard page": "/es/el-departamento/",
        "news index": "/es/noticias/",
        "directory index": "/es/directorio/",
        "marketplace index": "/es/mercado/",
        "member login": "/es/miembros/entrar/",
        "not found": "/es/no-existe/",
    },
    "en": {
        "home": "/en/",
        "programme index": "/en/programmes/",
        "programme": "/en/programmes/tkgune/",
        "standard page": "/en/about/",
        "news index": "/en/news/",
        "directory index": "/en/directory/",
        "marketplace index": "/en/marketplace/",
        "member login": "/en/members/login/",
        "not found": "/en/missing/",
    },
}
# Pages reached from an index: the first item it lists.
ITEMS = {
    "news article": ("news index", ".card__title a"),
    "company": ("directory index", ".company-card__title a"),
    "listing": ("marketplace index", ".listing-card__title a"),
}

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} `
        + `(${event.sourceFile}:${event.lineNumber})`
    );
});
"""


@pytest.fixture(scope="module")
def strict_site(chromium_path, tmp_path_factory, django_db_setup, seed_template):
    """The seeded demo site served with the test settings (DEBUG off) on a free local port."""
    directory = tmp_path_factory.mktemp("csp-site")
    with running_site(seed_template, directory, "site_cms.settings.test", "csp") as base_url:
        yield base_url


@pytest.fixture
def console_errors():
    """The console's messages about the Content Security Policy."""
    return []


@pytest.fixture
def strict_page(browser, strict_site, console_errors):
    context = browser.new_context(base_url=strict_site, viewport={"width": 1280, "height": 900})
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and console_errors.append(message.text)
        ),
    )
    yield page
    context.close()


def blocked_on(page, console_errors):
    """What the policy blocked on the page so far, as readable lines."""
    page.wait_for_load_state("networkidle")
    blocked = page.evaluate("window.cspViolations") + console_errors
    console_errors.clear()
    return [f"{page.url}: {line}" for line in blocked]


def visit(page, path, console_errors):
    response = page.goto(path)
    assert "content-security-policy" in response.headers, f"{path} has no policy"
    return blocked_on(page, console_errors)


@pytest.mark.parametrize("language", PAGES)
def test_every_public_page_type_runs_under_the_policy(strict_page, console_errors, language):
    blocked = []
    for path in PAGES[language].values():
        blocked += visit(strict_page, path, console_errors)
    for index, link in ITEMS.values():
        strict_page.goto(PAGES[language][index])
        item = strict_page.locator(link).first.get_attribute("href")
        blocked += visit(strict_page, item, console_errors)
    assert not blocked, "\n".join(blocked)


def test_search_as_you_type_runs_under_the_policy(strict_page, console_errors):
    blocked = visit(strict_page, PAGES["en"]["directory index"], console_errors)
    with strict_page.expect_response(lambda response: "/directory/?" in response.url):
        strict_page.locator("[data-finder-search]").fill("mecha")
    expect(strict_page.locator("[data-finder-results]")).to_be_visible()
    blocked += blocked_on(strict_page, console_errors)
    assert not blocked, "\n".join(blocked)


def test_editors_user_bar_runs_under_the_policy(strict_page, console_errors):
    sign_in_to_admin(strict_page)
    blocked = visit(strict_page, PAGES["eu"]["programme"], console_errors)
    strict_page.locator("wagtail-userbar [data-wagtail-userbar-trigger]").click()
    expect(strict_page.locator("wagtail-userbar a[href$='/edit/']")).to_be_visible()
    blocked += blocked_on(strict_page, console_errors)
    assert not blocked, "\n".join(blocked)
