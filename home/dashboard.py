"""What needs doing, for the admin's dashboard and the weekly digest: panels, each with counts,
the most urgent few items and links to the whole listings, filtered.

Each app registers a `task_panels` hook: a function of the user that returns its panels for
that user (none where the user's permissions give nothing to act on).
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy

from .admin_views import edit_url


@dataclass
class TaskItem:
    title: str
    url: str
    detail: str = ""


@dataclass
class TaskCount:
    """A count of things in one state, with the listing that shows them."""

    label: str
    count: int
    url: str


class TaskPanel(Component):
    template_name = "home/panels/task_panel.html"
    shown = 5  # items

    def __init__(self, name, heading, order, counts, items=(), items_heading="", empty=""):
        self.name = name
        self.heading = heading
        self.order = order
        self.counts = counts
        self.items = items  # at most `shown`, fetched with a LIMIT by the caller
        self.items_heading = items_heading
        self.empty = empty

    def get_context_data(self, parent_context):
        return {"panel": self}


def edits_pages(user):
    """Whether `user` edits or publishes pages somewhere: the panels of what pages need."""
    return PagePermissionPolicy().user_has_any_permission(user, ["change", "publish"])


def task_panels(user):
    """Every app's panels for `user`, in order."""
    panels = [panel for hook in hooks.get_hooks("task_panels") for panel in hook(user)]
    return sorted(panels, key=lambda panel: panel.order)


def review_panels(user):
    """Changes waiting for `user` to review them, for the digest: on the dashboard, Wagtail's
    own panel lists them with their review buttons."""
    states = TaskState.objects.reviewable_by(user).select_related("task", "workflow_state")
    count = states.count()
    if not count:
        return []
    items = []
    for state in states.order_by("started_at")[: TaskPanel.shown]:
        item = state.workflow_state.content_object
        if isinstance(item, Page):
            since = date_format(timezone.localdate(state.started_at))
            detail = _("%(task)s, since %(date)s") % {"task": state.task.name, "date": since}
            items.append(TaskItem(item.title, edit_url(item), detail))
    return [
        TaskPanel(
            "changes-to-review",
            _("Awaiting your review"),
            order=110,
            counts=[
                TaskCount(
                    ngettext("change awaiting your review", "changes awaiting your review", count),
                    count,
                    # Wagtail's panel there has the review buttons.
                    reverse("wagtailadmin_home"),
                )
            ],
            items=items,
            items_heading=_("Waiting the longest"),
        )
    ]
