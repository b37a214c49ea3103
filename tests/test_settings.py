import os
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "site_cms.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "hub.tknika.eus",
    "DATABASE_URL": "sqlite:////tmp/unused.sqlite3",
}


def manage(*args, env):
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_deploy_checks_pass_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr + result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", env={**PRODUCTION_ENV, "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_no_model_changes_lack_a_migration(db):
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


def test_languages_are_basque_first_then_spanish_and_english():
    assert settings.LANGUAGE_CODE == "eu"
    assert [code for code, _name in settings.LANGUAGES] == ["eu", "es", "en"]
    assert settings.WAGTAIL_I18N_ENABLED
