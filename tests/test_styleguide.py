"""The style guide: the design's tokens and components, for editors and developers only."""

import pytest

from tests import factories


def test_the_style_guide_asks_visitors_and_members_to_sign_in_to_the_admin(client, db):
    response = client.get("/en/styleguide/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    client.force_login(factories.representative())
    assert client.get("/en/styleguide/").status_code == 302


@pytest.mark.parametrize(
    ("language", "heading", "cards"),
    [
        ("eu", "Estilo-gida", "Txartelak"),
        ("es", "Guía de estilo", "Tarjetas"),
        ("en", "Style guide", "Cards"),
    ],
)
def test_the_style_guide_shows_tokens_and_components_in_each_language(
    editor_client, language, heading, cards
):
    response = editor_client.get(f"/{language}/styleguide/")
    assert response.status_code == 200
    html = response.text
    assert f"<h1>{heading}</h1>" in html
    assert f'<html lang="{language}"' in html
    assert cards in html
    assert '<meta name="robots" content="noindex">' in html
    assert "private" in response["Cache-Control"]
    for token in ("text", "brand", "accent", "tint", "border"):
        assert f"swatch__sample--{token}" in html
    for component in ("news-card", "listing-card", "company-card", "chip--removable", "badge"):
        assert component in html, component
    assert html.count('class="form__error"') == 2  # the name is missing, the e-mail wrong
    assert 'aria-current="page"' in html  # the pagination's fourth page
