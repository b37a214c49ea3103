"""Wagtail's chooser view sets declare a few default labels with `gettext` rather than
`gettext_lazy`, so they are translated once, when Wagtail is imported, into the site's default
language: an English admin's image chooser read "Bilatu" for "Search". They are declared again
here, lazily, so that each editor reads them in their own admin language. (Wagtail's msgids, so
Wagtail's catalogues translate them.)"""

from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.chooser import ChooserViewSet


def translate_chooser_labels_per_request():
    ChooserViewSet.choose_one_text = gettext_lazy("Choose")
    ChooserViewSet.choose_another_text = gettext_lazy("Choose another")
    ChooserViewSet.edit_item_text = gettext_lazy("Edit")
    ChooserViewSet.search_tab_label = gettext_lazy("Search")
    ChooserViewSet.create_action_label = gettext_lazy("Create")
