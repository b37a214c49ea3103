import django_filters
from django.utils.translation import gettext_lazy as _


class NewsFilter(django_filters.FilterSet):
    """Category and year filters; an invalid value is ignored rather than failing the page."""

    category = django_filters.ModelChoiceFilter(
        label=_("Category"),
        to_field_name="slug",
        queryset=None,
        method="filter_category",
        empty_label=_("All categories"),
    )
    tag = django_filters.CharFilter(label=_("Tag"), field_name="tags__slug", max_length=100)
    year = django_filters.ChoiceFilter(
        label=_("Year"), field_name="publication_date__year", empty_label=_("All years")
    )

    def __init__(self, data, *, queryset, categories, years):
        super().__init__(data, queryset=queryset)
        self.filters["category"].queryset = categories
        self.filters["year"].extra["choices"] = [(str(year), year) for year in years]

    def filter_category(self, queryset, name, value):
        # Articles keep the source page's categories: match them in any language.
        return queryset.filter(categories__translation_key=value.translation_key)

    def active(self, name):
        """The filter's value when it is valid, else None."""
        self.form.is_valid()
        return self.form.cleaned_data.get(name) or None
