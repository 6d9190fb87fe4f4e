"""Administration → Attestanter: link a manager to the units whose claims they attest."""

from resebok.core.attest import attested_unit_ids, list_attestants
from resebok.gui.attestants_page import AttestantsPage


def test_an_admin_links_and_unlinks_an_attestant(qtbot, db, org):
    page = AttestantsPage(db)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0
    page.employee.setCurrentIndex(page.employee.findData(org.archivist.id))
    page.unit.setCurrentIndex(page.unit.findData(org.department.id))
    page.add_button.click()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "Kommunledningsförvaltningen"
    # a department includes its units
    assert {org.cleaning.id, org.archive.id} <= attested_unit_ids(db, org.archivist.id)

    page.add_button.click()  # the same link twice stays one link
    assert page.table.rowCount() == 1

    page.table.selectRow(0)
    page.remove_button.click()
    assert page.table.rowCount() == 0
    assert list_attestants(db) == []


def test_the_page_is_in_the_administration_menu(qtbot, db, org, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from resebok.gui.admin import AdminMenu, PageDialog

    opened = []
    monkeypatch.setattr(PageDialog, "exec", lambda dialog: opened.append(dialog.page) or 0)
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = AdminMenu(parent, db)
    menu.attestants_action.trigger()
    assert isinstance(opened[0], AttestantsPage)
