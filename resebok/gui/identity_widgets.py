"""Two ways to say who you are: pick yourself from the staff list, or type your details.

Both work on a read-only ``Directory`` snapshot; neither writes to the database (the wizard
and the settings dialog do that when the user confirms).
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from resebok.core.identity import Directory, EmployeeEntry, NewEmployee, Problems
from resebok.gui.styles import error_label, muted_label


class EmployeePicker(QWidget):
    """A search box over the organisation's employees; emits the chosen one (or None)."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(objectName="employeeSearch")
        self.search.setPlaceholderText(self.tr("Sök på namn, anställningsnummer eller enhet"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="employeeList")
        self.list.setAlternatingRowColors(True)
        self.empty_label = QLabel(objectName="employeeListEmpty")
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(lambda *_: self.chosen.emit(self.current()))
        # Arrow keys in the search box move in the list, so the keyboard never has to leave it.
        self.search.installEventFilter(self)
        self.employees: tuple[EmployeeEntry, ...] = ()

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt's signature
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self._move(step)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        rows = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
        if not rows:
            return
        current = self.list.currentRow()
        later = [r for r in rows if (r > current if step > 0 else r < current)]
        target = (later[0] if step > 0 else later[-1]) if later else current
        if target >= 0:
            self.list.setCurrentRow(target)

    def set_directory(self, directory: Directory, select_number: str | None = None) -> None:
        self.employees = directory.employees
        self.list.clear()
        for employee in directory.employees:
            text = f"{employee.name}  ·  {employee.number}"
            if employee.unit_name:
                text += f"  ·  {employee.unit_name}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, employee)
            self.list.addItem(item)
            if employee.number == select_number:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
        if directory.problem:
            message = directory.problem
        elif not directory.exists:
            message = self.tr("Databasfilen finns inte ännu, så listan är tom.")
        elif not directory.employees:
            message = self.tr("Det finns inga anställda i databasen ännu.")
        else:
            message = ""
        self.empty_label.setText(message)
        self.empty_label.setVisible(bool(message))
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        first_visible = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            visible = item.data(Qt.ItemDataRole.UserRole).matches(text)
            item.setHidden(not visible)
            if visible and first_visible is None:
                first_visible = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and text.strip() and first_visible:
            self.list.setCurrentItem(first_visible)
        elif current is not None and current.isHidden():
            self.list.setCurrentItem(None)

    def current(self) -> EmployeeEntry | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def select_number(self, number: str) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole).number == number:
                self.list.setCurrentItem(item)
                return True
        return False


class NewEmployeeForm(QWidget):
    """Name, employee number, unit, optional home place and commute, with errors per field."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(objectName="nameEdit")
        self.name_edit.setPlaceholderText(self.tr("För- och efternamn"))
        self.number_edit = QLineEdit(objectName="numberEdit")
        self.number_edit.setPlaceholderText(self.tr("t.ex. 1042"))
        self.unit_combo = QComboBox(objectName="unitCombo")
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_combo.lineEdit().setPlaceholderText(self.tr("Välj eller skriv enhetens namn"))
        self.home_combo = QComboBox(objectName="homeCombo")
        self.home_combo.setEditable(True)
        self.home_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.home_combo.lineEdit().setPlaceholderText(self.tr("Valfritt, t.ex. Fjugesta"))
        self.commute_edit = QLineEdit(objectName="commuteEdit")
        self.commute_edit.setPlaceholderText(self.tr("Valfritt, km enkel väg"))
        self.commute_edit.setMaximumWidth(160)

        for combo in (self.unit_combo, self.home_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(20)

        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        rows = [
            ("name", self.tr("&Namn:"), self.name_edit),
            ("number", self.tr("&Anställningsnummer:"), self.number_edit),
            ("unit", self.tr("&Enhet:"), self.unit_combo),
            ("home_place", self.tr("&Hemort:"), self.home_combo),
            ("commute_km", self.tr("Avstånd &hem–arbete:"), self.commute_edit),
        ]
        for key, label, widget in rows:
            form.addRow(label, widget)
            error = error_label(f"{key}Error")
            form.addRow("", error)  # the message right under its field, as wide as the field
            self.errors[key] = error
        hint = muted_label(
            self.tr(
                "Hemort och avstånd behövs för resor som börjar hemma: då räknas bara den del "
                "av resan som är längre än din vanliga väg till jobbet."
            )
        )
        outer.addSpacing(6)
        outer.addWidget(hint)
        for edit in (self.name_edit, self.number_edit, self.commute_edit):
            edit.textChanged.connect(self.changed)
        self.unit_combo.currentTextChanged.connect(self.changed)
        self.home_combo.currentTextChanged.connect(self.changed)
        self.directory: Directory | None = None

    def set_directory(self, directory: Directory) -> None:
        self.directory = directory
        unit_text = self.unit_combo.currentText()
        self.unit_combo.clear()
        for unit in directory.units:
            self.unit_combo.addItem("    " * unit.depth + unit.name, unit.id)
        self.unit_combo.setCurrentIndex(-1)
        self.unit_combo.setEditText(unit_text)
        home_text = self.home_combo.currentText()
        self.home_combo.clear()
        self.home_combo.addItems(list(directory.places))
        self.home_combo.setCurrentIndex(-1)
        self.home_combo.setEditText(home_text)
        for combo in (self.unit_combo, self.home_combo):
            completer = combo.completer()
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def details(self) -> NewEmployee:
        unit_text = self.unit_combo.currentText().strip()
        index = self.unit_combo.currentIndex()
        unit_id: int | None = None
        if index >= 0 and self.unit_combo.itemText(index).strip() == unit_text:
            unit_id = self.unit_combo.itemData(index)  # two units may share a name
        elif self.directory is not None:
            unit = self.directory.unit_by_name(unit_text)
            unit_id = unit.id if unit else None
        return NewEmployee(
            name=self.name_edit.text(),
            number=self.number_edit.text(),
            unit_id=unit_id,
            new_unit_name="" if unit_id is not None else unit_text,
            home_place=self.home_combo.currentText(),
            commute_km=self.commute_edit.text(),
        )

    def show_problems(self, problems: Problems) -> None:
        widgets = {
            "name": self.name_edit,
            "number": self.number_edit,
            "unit": self.unit_combo,
            "home_place": self.home_combo,
            "commute_km": self.commute_edit,
        }
        focused = False
        for key, label in self.errors.items():
            message = problems.by_field.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
            if message and not focused:
                widgets[key].setFocus()
                focused = True

    def new_unit_note(self) -> str:
        details = self.details()
        if details.unit_id is None and details.new_unit_name.strip():
            return self.tr("Enheten ”{unit}” finns inte och läggs till.").format(
                unit=details.new_unit_name.strip()
            )
        return ""
