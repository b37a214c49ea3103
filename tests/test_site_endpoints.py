import xml.etree.ElementTree as ET

import pytest
from django.test import RequestFactory
from django.utils import translation

from home.views import server_error

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.text
    assert "Sitemap: http://testserver/sitemap.xml" in response.text


def test_sitemap_lists_every_language_with_hreflang_alternates(client, pages):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)  # noqa: S314 - our own sitemap
    urls = {
        url.findtext("s:loc", namespaces=SITEMAP_NS): url
        for url in tree.findall("s:url", SITEMAP_NS)
    }
    for key in ("home", "tkgune", "about"):
        for language in ("eu", "es", "en"):
            assert f"http://127.0.0.1:8000{pages[key][language].url}" in urls
    entry = urls["http://127.0.0.1:8000/en/programmes/tkgune/"]
    alternates = {
        link.get("hreflang"): link.get("href") for link in entry.findall("x:link", SITEMAP_NS)
    }
    assert alternates == {
        "eu": "http://127.0.0.1:8000/eu/programak/tkgune/",
        "es": "http://127.0.0.1:8000/es/programas/tkgune/",
        "en": "http://127.0.0.1:8000/en/programmes/tkgune/",
        "x-default": "http://127.0.0.1:8000/eu/programak/tkgune/",
    }


def test_sitemap_leaves_out_drafts(client, pages):
    pages["esm"]["es"].unpublish()
    assert "/es/programas/esm/" not in client.get("/sitemap.xml").text


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/eu/ez-dago/", "Ez da orria aurkitu"),
        ("/es/no-existe/", "Página no encontrada"),
        ("/en/missing/", "Page not found"),
    ],
)
def test_not_found_page_is_in_the_visitors_language(client, db, path, text):
    response = client.get(path)
    assert response.status_code == 404
    assert text in response.text
    assert '<meta name="robots" content="noindex">' in response.text


def test_server_error_page_renders_without_the_database():
    # No `db` fixture: any query here would fail the test.
    request = RequestFactory().get("/es/")
    with translation.override("es"):
        response = server_error(request)
    assert response.status_code == 500
    assert '<html lang="es">' in response.content.decode()
    assert "Algo ha fallado" in response.content.decode()
