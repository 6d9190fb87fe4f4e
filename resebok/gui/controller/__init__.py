"""The controller's view: km per unit, the indicator and its forecast, charts, the report.

Open it with ``ControllerView(db, db_path)``; add a page of your own with
``view.add_page(title, widget)`` (see resebok.gui.controller.view).
"""

from resebok.gui.controller.state import ControllerPage, ViewState
from resebok.gui.controller.view import ControllerView

__all__ = ["ControllerPage", "ControllerView", "ViewState"]
