"""What needs doing, for the admin's dashboard and the weekly digest: panels, each with counts,
the most urgent few items and links to the whole listings, filtered.

Each app registers a `task_panels` hook: a function of the user that returns its panels for
that user (none where the user's permissions give nothing to act on).
"""

from dataclasses import dataclass

from wagtail import hooks
from wagtail.admin.ui.components import Component


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
        self.items = list(items)[: self.shown]
        self.items_heading = items_heading
        self.empty = empty

    def get_context_data(self, parent_context):
        return {"panel": self}


def task_panels(user):
    """Every app's panels for `user`, in order."""
    panels = [panel for hook in hooks.get_hooks("task_panels") for panel in hook(user)]
    return sorted(panels, key=lambda panel: panel.order)
