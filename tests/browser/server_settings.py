"""The browser tests' server: development settings, able to check the demo users' passwords,
which were hashed under the test settings."""

from site_cms.settings.dev import *  # noqa: F403
from site_cms.settings.test import PASSWORD_HASHERS  # noqa: F401
