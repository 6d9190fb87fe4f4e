"""The first start as a new employee meets it: the wizard, the settings and the About dialog."""

import functools
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from resebok.core import demo as demo_module
from resebok.core.db import open_database
from resebok.core.org import add_employee, add_unit, all_employees
from resebok.core.paths import demo_db_path
from resebok.core.user_config import Role, UserConfig, config_path, load_config, save_config
from resebok.gui.about_dialog import AboutDialog
from resebok.gui.first_run_wizard import FirstRunWizard, PageId
from resebok.gui.settings_dialog import SettingsDialog


@pytest.fixture
def org_file(tmp_path):
    """The organisation's database on disk, with two units and two employees."""
    path = tmp_path / "kommun.sqlite"
    db = open_database(path)
    cleaning = add_unit(db, "LOK", "Lokalvårdsenheten", "unit")
    add_unit(db, "ARK", "Sydnärke arkivenhet", "unit")
    add_employee(db, "1001", "Anna Lind", cleaning.id)
    add_employee(db, "1002", "Bo Ek", cleaning.id)
    db.close()
    return path


@pytest.fixture
def open_wizard(qtbot):
    def make(db_path: Path) -> FirstRunWizard:
        wizard = FirstRunWizard(db_path)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return make


def employee_numbers(path: Path) -> list[str]:
    db = open_database(path)
    numbers = [e.number for e in all_employees(db)]
    db.close()
    return numbers


def choose_role(wizard: FirstRunWizard, role: Role) -> None:
    assert wizard.currentId() == PageId.ROLE
    wizard.role_page.buttons[role].click()
    wizard.next()
    assert wizard.currentId() == PageId.START


def finish(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


@pytest.mark.parametrize("role", list(Role))
def test_employee_picks_herself_from_the_staff_list(open_wizard, org_file, role):
    wizard = open_wizard(org_file)
    choose_role(wizard, role)
    assert wizard.start_page.pick.isChecked()  # the list has people, so it is the default
    wizard.next()
    assert wizard.currentId() == PageId.PICK
    picker = wizard.pick_page.picker
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    picker.search.setText("lind")
    assert picker.current().name == "Anna Lind"
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert load_config() == UserConfig(role, org_file, "1001", "Anna Lind")
    assert employee_numbers(org_file) == ["1001", "1002"]  # nobody was added


def test_new_employee_bad_input_is_refused_then_good_input_is_saved(open_wizard, org_file):
    wizard = open_wizard(org_file)
    choose_role(wizard, Role.ATTESTANT)
    wizard.start_page.details.click()
    wizard.next()
    assert wizard.currentId() == PageId.DETAILS
    form = wizard.details_page.form
    form.number_edit.setText("1001")
    form.commute_edit.setText("tolv")
    finish(wizard)
    assert wizard.isVisible() and wizard.currentId() == PageId.DETAILS
    assert form.errors["name"].isVisibleTo(wizard)
    assert "Anna Lind" in form.errors["number"].text()
    assert "siffror" in form.errors["commute_km"].text()
    assert not config_path().exists()

    form.name_edit.setText("Cecilia Berg")
    form.number_edit.setText("1003")
    form.unit_combo.setCurrentIndex(form.unit_combo.findText("Sydnärke arkivenhet"))
    form.home_combo.setEditText("Kumla")
    form.commute_edit.setText("22,5")
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert load_config() == UserConfig(Role.ATTESTANT, org_file, "1003", "Cecilia Berg")
    assert employee_numbers(org_file) == ["1001", "1002", "1003"]
    assert not form.errors["number"].isVisibleTo(wizard)


def test_controller_in_a_new_database_types_a_new_unit(open_wizard, tmp_path):
    path = tmp_path / "ny" / "resebok.sqlite"
    wizard = open_wizard(path)
    choose_role(wizard, Role.CONTROLLER)
    assert not wizard.start_page.pick.isEnabled() and wizard.start_page.details.isChecked()
    wizard.next()
    form = wizard.details_page.form
    form.name_edit.setText("Dana Ek")
    form.number_edit.setText("7")
    form.unit_combo.setEditText("Ekonomienheten")
    assert "läggs till" in wizard.details_page.unit_note.text()
    assert not path.exists()
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert employee_numbers(path) == ["7"]
    assert load_config().role == Role.CONTROLLER


def test_open_the_demo(open_wizard, org_file, monkeypatch):
    # A short demo (two months) keeps the test quick; the real one is built by the smoke test.
    monkeypatch.setattr(
        demo_module,
        "build_demo",
        functools.partial(demo_module.build_demo, today=date(2019, 2, 28)),
    )
    wizard = open_wizard(org_file)
    choose_role(wizard, Role.EMPLOYEE)
    wizard.start_page.demo.click()
    wizard.next()
    assert wizard.currentId() == PageId.DEMO
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert demo_db_path().is_file()
    assert load_config() == UserConfig(Role.EMPLOYEE, demo_db_path())
    assert employee_numbers(org_file) == ["1001", "1002"]


def test_cancel_leaves_nothing_behind(open_wizard, tmp_path, org_file):
    new_path = tmp_path / "ny" / "resebok.sqlite"
    for path in (org_file, new_path):
        wizard = open_wizard(path)
        choose_role(wizard, Role.EMPLOYEE)
        wizard.start_page.details.click()
        wizard.next()
        wizard.details_page.form.name_edit.setText("Cecilia Berg")
        wizard.details_page.form.number_edit.setText("1003")
        wizard.details_page.form.unit_combo.setEditText("Lokalvårdsenheten")
        wizard.button(QWizard.WizardButton.CancelButton).click()
        assert wizard.result() == QWizard.DialogCode.Rejected
    assert not config_path().exists() and not config_path().parent.exists()
    assert not new_path.exists() and not new_path.parent.exists()
    assert not demo_db_path().exists()
    assert employee_numbers(org_file) == ["1001", "1002"]


def test_wizard_runs_only_for_a_plain_start_without_configuration(monkeypatch, tmp_path):
    from resebok.gui import startup

    shown = []
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: shown.append(self.db_path) or 0)
    assert startup.run_first_run()  # RESEBOK_SKIP_WIZARD is set for every test
    monkeypatch.delenv("RESEBOK_SKIP_WIZARD")
    monkeypatch.setenv("RESEBOK_DB", str(tmp_path / "it.sqlite"))
    assert not startup.run_first_run()  # cancelled
    assert shown == [tmp_path / "it.sqlite"]  # IT's database is the one proposed
    save_config(UserConfig(Role.EMPLOYEE, tmp_path / "it.sqlite"))
    assert startup.run_first_run() and len(shown) == 1


def test_cli_start_without_configuration_asks_and_cancel_opens_nothing(monkeypatch, tmp_path):
    from resebok import cli
    from resebok.gui import startup

    monkeypatch.delenv("RESEBOK_SKIP_WIZARD")
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: 0)
    opened = []
    monkeypatch.setattr(startup, "start_main_window", lambda path=None: opened.append(path))
    assert cli.main([]) == 0
    assert opened == [] and not config_path().exists()


def test_main_window_defaults_new_trips_to_the_configured_employee(qtbot, org_file, monkeypatch):
    from resebok.gui import startup
    from resebok.gui.trip_dialog import TripDialog

    save_config(UserConfig(Role.EMPLOYEE, org_file, "1002", "Bo Ek"))
    window = startup.open_main_window()
    qtbot.addWidget(window)
    assert window.db_path == org_file
    bo = next(e for e in all_employees(window.db) if e.number == "1002")
    assert window.employee_id == bo.id
    seen = []
    monkeypatch.setattr(TripDialog, "exec", lambda self: seen.append(self) or 0)
    window.new_trip()
    assert seen and seen[0].employee.currentData() == bo.id


def test_settings_change_role_and_person(qtbot, org_file):
    dialog = SettingsDialog(UserConfig(Role.EMPLOYEE, org_file, "1001", "Anna Lind"))
    qtbot.addWidget(dialog)
    assert dialog.picker.current().number == "1001"
    assert dialog.chooser.path_edit.text() == str(org_file)
    dialog.role_combo.setCurrentIndex(list(Role).index(Role.CONTROLLER))
    dialog.picker.search.setText("Bo")
    dialog.accept()
    assert load_config() == UserConfig(Role.CONTROLLER, org_file, "1002", "Bo Ek")


def test_settings_move_the_database_to_a_share_with_a_warning(qtbot, org_file, monkeypatch):
    dialog = SettingsDialog(UserConfig(Role.EMPLOYEE, org_file, "1001", "Anna Lind"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.chooser.warning_label.isVisible()
    share = "//kommun-fs01/resor/resebok"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (share, ""))
    with qtbot.waitSignal(dialog.chooser.changed):
        dialog.chooser.change_button.click()
    assert dialog.chooser.path == Path(share + ".sqlite")
    assert dialog.chooser.warning_label.isVisible()
    assert "samtidigt" in dialog.chooser.warning_label.text()
    assert dialog.picker.current() is None  # that file has nobody (it does not exist yet)
    dialog.accept()
    assert load_config() == UserConfig(Role.EMPLOYEE, Path(share + ".sqlite"))


def test_settings_switch_the_open_window_to_the_new_database(qtbot, org_file, tmp_path):
    from resebok.gui import startup

    save_config(UserConfig(Role.EMPLOYEE, org_file, "1001", "Anna Lind"))
    window = startup.open_main_window()
    qtbot.addWidget(window)
    other = tmp_path / "annan.sqlite"

    def change(self):
        self.chooser.set_path(other)
        self.accept()
        return 1

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SettingsDialog, "exec", change)
        window.show_settings()
    replacement = startup._open_windows[-1]
    qtbot.addWidget(replacement)
    assert replacement is not window and replacement.db_path == other
    assert replacement.employee_id is None  # Anna is not in that database
    assert not window.isVisible()


def test_settings_add_yourself_to_the_database(qtbot, org_file, monkeypatch):
    from resebok.gui.settings_dialog import NewEmployeeDialog

    dialog = SettingsDialog(UserConfig(Role.EMPLOYEE, org_file))
    qtbot.addWidget(dialog)

    def fill(self):
        self.form.name_edit.setText("Cecilia Berg")
        self.form.number_edit.setText("1003")
        self.form.unit_combo.setEditText("Lokalvårdsenheten")
        self.accept()
        return self.result()

    monkeypatch.setattr(NewEmployeeDialog, "exec", fill)
    dialog.add_button.click()
    assert dialog.picker.current().name == "Cecilia Berg"
    assert employee_numbers(org_file) == ["1001", "1002", "1003"]


def test_about_shows_version_and_licence(qtbot, tmp_path):
    from resebok import __version__

    dialog = AboutDialog(tmp_path / "x.sqlite")
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert "GPL-3.0-or-later" in dialog.licence_label.text()
    assert dialog.windowTitle() == "Om Resebok"


def test_failed_save_keeps_the_wizard_open_and_writes_nothing(open_wizard, tmp_path, monkeypatch):
    path = tmp_path / "ny" / "resebok.sqlite"
    wizard = open_wizard(path)
    choose_role(wizard, Role.EMPLOYEE)
    wizard.next()
    form = wizard.details_page.form
    form.name_edit.setText("Dana Ek")
    form.number_edit.setText("7")
    form.unit_combo.setEditText("Ekonomi")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(
        "resebok.gui.first_run_wizard.register_employee",
        lambda *_: (_ for _ in ()).throw(ValueError("disken är full")),
    )
    finish(wizard)
    assert wizard.isVisible() and "disken är full" in warnings[0]
    assert not path.exists() and not config_path().exists()
