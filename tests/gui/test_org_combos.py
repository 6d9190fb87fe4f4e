"""The employee and unit choices shared by the trip filters, the claims list and admin pages."""

from PySide6.QtWidgets import QComboBox

from resebok.gui.org_combos import LazyEmployeeComboBox, fill_employees, fill_units


def texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def test_units_stand_in_tree_order_indented_after_the_all_entry(qtbot, db, org):
    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_units(combo, db, all_text="Alla enheter")
    assert texts(combo) == [
        "Alla enheter",
        "Lekebergs kommun",
        "    Kommunstyrelsen",
        "        Kommunledningsförvaltningen",
        "            Lokalvårdsenheten",
        "            Sydnärke arkivenhet",
    ]
    assert combo.itemData(0) is None and combo.itemData(5) == org.archive.id


def test_narrowing_to_a_unit_keeps_the_chosen_employee_and_tells_no_one(qtbot, db, org):
    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_employees(combo, db, all_text="Alla anställda")
    assert texts(combo) == ["Alla anställda", "Anna Lind (1001)", "Bo Ek (2001)"]
    combo.setCurrentIndex(combo.findData(org.archivist.id))
    with qtbot.assertNotEmitted(combo.currentIndexChanged):
        fill_employees(combo, db, all_text="Alla anställda", unit_id=org.department.id)
    assert combo.currentData() == org.archivist.id
    fill_employees(combo, db, all_text="Alla anställda", unit_id=org.cleaning.id)
    assert texts(combo) == ["Alla anställda", "Anna Lind (1001)"]
    assert combo.currentData() is None  # the archivist is not in the cleaning unit


def test_the_whole_staff_waits_until_the_user_opens_the_list(qtbot, db, org):
    combo = LazyEmployeeComboBox("Alla anställda")
    qtbot.addWidget(combo)
    combo.refill(db)
    assert texts(combo) == ["Alla anställda"]
    combo.showPopup()
    assert texts(combo) == ["Alla anställda", "Anna Lind (1001)", "Bo Ek (2001)"]
    combo.hidePopup()
    combo.refill(db, unit_id=org.archive.id)  # a unit narrows the list: filled at once
    assert texts(combo) == ["Alla anställda", "Bo Ek (2001)"]
