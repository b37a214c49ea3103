"""A machine translator for tests: marks each string with its target language."""

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue


class MarkingTranslator(BaseMachineTranslator):
    display_name = "Marking translator"

    def translate(self, source_locale, target_locale, strings):
        return {
            string: StringValue(f"[{target_locale.language_code}] {string.data}")
            for string in strings
        }

    def can_translate(self, source_locale, target_locale):
        return source_locale != target_locale
