"""Editors translate through wagtail-localize: drafts first, stale translations visible."""

import datetime
import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.translation_status import UP_TO_DATE, statuses
from news.models import NewsIndexPage, NewsPage

TITLES = {
    "es": "Tknika abre una convocatoria de prueba",
    "en": "Tknika opens a test call",
}


@pytest.fixture
def basque_article(editor):
    index = NewsIndexPage.objects.get(locale__language_code="eu")
    article = NewsPage(
        title="Tknikak proba-deialdi bat zabaldu du",
        slug="proba-deialdia",
        lead="Proba-deialdi baten sarrera.",
        publication_date=datetime.date(2026, 12, 1),
    )
    index.add_child(instance=article)
    article.save_revision(user=editor).publish(user=editor)
    return article


def request_translations(client, page, languages=("es", "en")):
    locales = Locale.objects.filter(language_code__in=languages)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk for locale in locales]},
    )
    assert response.status_code == 302
    return {
        language: page.get_translation(Locale.objects.get(language_code=language)).specific
        for language in languages
    }


def translate_every_string(page, language, text):
    """What a translator does in the translation editor: give each string a text."""
    source = TranslationSource.objects.get(object_id=page.translation_key)
    locale = Locale.objects.get(language_code=language)
    for segment in source.stringsegment_set.select_related("string", "context"):
        value = text if segment.context.path == "title" else f"{language}: {segment.string.data}"
        if segment.context.path == "slug":
            continue  # left for the title to give
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            context=segment.context,
            locale=locale,
            defaults={"data": value},
        )
    return Translation.objects.get(source=source, target_locale=locale)


def test_requesting_translations_publishes_nothing_untranslated(
    editor_client, client, basque_article
):
    translations = request_translations(editor_client, basque_article)
    client.logout()
    for language, translated in translations.items():
        assert not translated.live
        index_url = translated.get_parent().url
        assert index_url.startswith(f"/{language}/")
        for url in (f"/{language}/", index_url, f"{index_url}feed/rss/"):
            assert basque_article.title not in client.get(url).text
        assert client.get(f"{index_url}{translated.slug}/").status_code == 404


def test_a_translator_publishes_the_translation_with_a_slug_of_its_own(
    editor_client, client, basque_article, django_capture_on_commit_callbacks
):
    translations = request_translations(editor_client, basque_article)
    for language, translated in translations.items():
        translate_every_string(basque_article, language, TITLES[language])
        # wagtail-localize publishes once the request's transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            response = editor_client.post(
                f"/admin/pages/{translated.pk}/edit/", {"action": "publish"}
            )
        assert response.status_code == 302
        translated.refresh_from_db()
        assert translated.live
        assert translated.title == TITLES[language]
        assert translated.slug != "proba-deialdia"
        assert translated.slug.startswith(TITLES[language].split()[0].lower())
        # The slug is recorded as translated: nothing shows as missing in the editor.
        total, done = Translation.objects.get(
            source__object_id=basque_article.translation_key, target_locale=translated.locale
        ).get_progress()
        assert done == total
    client.logout()
    for language, translated in translations.items():
        index_url = translated.get_parent().url
        assert TITLES[language] in client.get(f"/{language}/").text
        assert TITLES[language] in client.get(index_url).text
        assert TITLES[language] in client.get(f"{index_url}feed/rss/").text
        assert client.get(translated.url).status_code == 200


def test_publishing_a_source_page_marks_its_translations_out_of_date(editor_client, pages):
    source = pages["tkgune"]["eu"]
    spanish = pages["tkgune"]["es"]
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=spanish.locale
    )
    total, done = translation.get_progress()
    assert total == done

    spanish_summary = spanish.summary
    source.summary = "TKgune programaren laburpen berria."
    source.save_revision(user=get_user_model().objects.get(username="editor")).publish()

    # One string changed: it waits for a translator, every other string stays translated.
    assert translation.get_progress() == (total, done - 1)
    spanish.refresh_from_db()
    assert spanish.summary == spanish_summary

    report = editor_client.get("/admin/reports/translations/?language=es&state=stale").text
    assert source.title in report
    untouched = pages["urratsbat"]["eu"]
    assert untouched.title not in report
    assert {status.state for status in statuses([untouched])[untouched.translation_key]} == {
        UP_TO_DATE
    }


def test_the_report_lists_every_language_filters_and_exports(editor_client, pages):
    response = editor_client.get("/admin/reports/translations/?section=home.programmepage")
    assert response.status_code == 200
    assert pages["esm"]["eu"].title in response.text
    article = NewsPage.objects.filter(locale__language_code="eu").first()
    assert article.title not in response.text

    not_started = editor_client.get(
        "/admin/reports/translations/?section=home.programmepage&state=not-started"
    )
    assert pages["esm"]["eu"].title not in not_started.text

    export = editor_client.get("/admin/reports/translations/?export=csv&language=en")
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert len(lines) > 50
    assert all(",English," in line for line in lines[1:])


def test_odd_report_filters_give_a_normal_page(editor_client, db):
    response = editor_client.get("/admin/reports/translations/?language=xx&state=&p=abc")
    assert response.status_code == 200


def test_dashboard_counts_translations_and_names_the_oldest_stale(editor_client, pages):
    source = pages["esm"]["eu"]
    source.summary = "ESM laburpen berria."
    source.save_revision().publish()
    dashboard = BeautifulSoup(editor_client.get("/admin/").text, "html.parser")
    panel = dashboard.find(id="translation-status-section")
    counts = {
        row.th.get_text(strip=True): [cell.get_text(strip=True) for cell in row("td")]
        for row in panel.select("tbody tr")
    }
    # Up to date, out of date, draft, not started: ESM is out of date in both languages.
    assert counts["Español"][1] == counts["English"][1] == "1"
    assert source.title in panel.get_text()


def test_edit_form_shows_how_each_language_stands(editor_client, pages):
    source = pages["esm"]["eu"]
    response = editor_client.get(f"/admin/pages/{source.pk}/edit/")
    assert "translation-status-panel" in response.text
    assert response.text.count("Up to date") >= 2


def test_autosave_is_off_so_nothing_saves_in_the_background(editor_client, pages):
    index = NewsIndexPage.objects.get(locale__language_code="eu")
    add = editor_client.get(f"/admin/pages/add/news/newspage/{index.pk}/")
    edit = editor_client.get(f"/admin/pages/{pages['esm']['eu'].pk}/edit/")
    for response in (add, edit):
        assert response.status_code == 200
        assert "data-w-autosave-interval-value" not in response.text


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={"CLASS": "tests.fake_translator.MarkingTranslator"}
)
def test_machine_translation_fills_the_strings_when_configured(editor_client, basque_article):
    translated = request_translations(editor_client, basque_article, ["es"])["es"]
    editor_view = editor_client.get(f"/admin/pages/{translated.pk}/edit/")
    assert "Marking translator" in editor_view.text
    translation = Translation.objects.get(
        source__object_id=basque_article.translation_key, target_locale=translated.locale
    )
    response = editor_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk])
    )
    assert response.status_code == 302
    total, done = translation.get_progress()
    assert done == total
    assert StringTranslation.objects.filter(
        locale=translated.locale, data=f"[es] {basque_article.title}"
    ).exists()


def test_machine_translation_is_configured_from_the_environment():
    code = (
        "from django.conf import settings; "
        "print(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', {}).get('CLASS'))"
    )
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DEEPL_API_KEY", "LIBRETRANSLATE_URL")
    }
    env["DJANGO_SETTINGS_MODULE"] = "site_cms.settings.base"
    cases = (
        ({}, "None"),
        ({"DEEPL_API_KEY": "key"}, "DeepL"),
        ({"LIBRETRANSLATE_URL": "x"}, "Libre"),
    )
    for variables, expected in cases:
        result = subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            env={**env, **variables},
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            check=True,
        )
        assert expected in result.stdout


def test_the_page_explorer_shows_each_languages_state_at_a_fixed_cost(editor_client, pages):
    news = NewsIndexPage.objects.get(locale__language_code="eu")
    article = NewsPage.objects.child_of(news).first()
    article.lead = "Sarrera berria."
    article.save_revision().publish()

    with CaptureQueriesContext(connection) as many:
        response = editor_client.get(f"/admin/pages/{news.pk}/")
    assert "ES: Out of date" in response.text and "EN: Out of date" in response.text
    assert "ES: Up to date" in response.text
    programmes = pages["programmes"]["eu"]
    with CaptureQueriesContext(connection) as few:
        response = editor_client.get(f"/admin/pages/{programmes.pk}/")
    assert "ES: Up to date" in response.text
    # The states of 26 articles cost what a handful of programmes' cost (wagtail-localize's own
    # row buttons query per row: those are not counted here).
    assert news.get_children().count() > 4 * programmes.get_children().count()

    def status_queries(queries):
        return [q for q in queries if "wagtail_localize_stringsegment" in q["sql"]]

    assert 0 < len(status_queries(many)) == len(status_queries(few))


def test_publishing_a_new_page_from_the_add_form_leaves_it_live(editor_client, client):
    index = NewsIndexPage.objects.get(locale__language_code="eu")
    data = nested_form_data(
        {
            "title": "Lehen argitalpena",
            "slug": "lehen-argitalpena",
            "lead": "Sarrera.",
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = editor_client.post(f"/admin/pages/add/news/newspage/{index.pk}/", data)
    assert response.status_code == 302
    article = NewsPage.objects.get(slug="lehen-argitalpena")
    assert article.live and not article.has_unpublished_changes
    assert article.revisions.count() == 1  # nothing saved in the background after it
    client.logout()
    assert client.get(article.url).status_code == 200


def test_publishing_a_page_again_unchanged_keeps_its_translations_up_to_date(editor_client, pages):
    source = pages["urratsbat"]["eu"]
    source.save_revision().publish()
    report = editor_client.get("/admin/reports/translations/?state=stale").text
    assert source.title not in report
    assert {status.state for status in statuses([source])[source.translation_key]} == {UP_TO_DATE}


def test_the_report_lists_only_what_the_user_may_edit(client, pages):
    reader = get_user_model().objects.create_user("reader", password="unused-password")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    response = client.get("/admin/reports/translations/?section=home.programmepage")
    assert response.status_code == 200
    assert pages["esm"]["eu"].title not in response.text
