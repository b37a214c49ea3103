"""Every page type fits a 320 px phone in each language: nothing makes the page scroll sideways,
and axe-core finds nothing to fix on it, there or on a wide screen."""

import pytest

from home.management.commands.take_screenshots import page_types

pytestmark = pytest.mark.browser

NARROWEST_PHONE = {"width": 320, "height": 640}
# The innermost elements whose right edge passes the screen's, to say what to fix.
STICKING_OUT = """() => {
    const width = document.documentElement.clientWidth;
    const out = (element) => element.getBoundingClientRect().right > width + 0.5;
    return [...document.querySelectorAll("body *")]
        .filter((element) => out(element) && ![...element.children].some(out))
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
}"""


def axe_violations(axe, page, path):
    """What axe-core finds on the page, whatever its impact, a line each."""
    return [
        f"{path}: {violation['id']} ({violation['impact']}) "
        f"{[node['target'] for node in violation['nodes']][:3]}"
        for violation in axe.run(page).response["violations"]
    ]


def test_no_page_scrolls_sideways_or_fails_axe_on_a_phone(browser, live_url, axe):
    context = browser.new_context(base_url=live_url, viewport=NARROWEST_PHONE, is_mobile=True)
    page = context.new_page()
    paths = page_types(page.request.get("/sitemap.xml").text())
    assert len(paths) > 20  # about ten page types in three languages
    too_wide, violations = [], []
    for path in paths:
        page.goto(path)
        page.wait_for_load_state("load")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            too_wide.append(f"{path}: {overflow} px, {page.evaluate(STICKING_OUT)}")
        violations += axe_violations(axe, page, path)
    context.close()
    assert not too_wide, "\n".join(too_wide)
    assert not violations, "\n".join(violations)


def test_no_page_fails_axe_on_a_wide_screen(browser, live_url, axe):
    context = browser.new_context(base_url=live_url, viewport={"width": 1366, "height": 900})
    page = context.new_page()
    violations = []
    for path in page_types(page.request.get("/sitemap.xml").text()):
        page.goto(path)
        page.wait_for_load_state("load")
        violations += axe_violations(axe, page, path)
    context.close()
    assert not violations, "\n".join(violations)
