"""The English translation is complete, matches the code and keeps every placeholder.

The GUI's strings are Swedish in the code and English in resources/translations/resebok_en.ts
(compiled to resebok_en.qm, which is what the application loads). After changing a string in
resebok/gui, run ``python -m resebok.gui.i18n_tools update``, translate what it reports and run
it again; these tests say what is missing.
"""

import ast
import shutil

import pytest

from resebok.gui import i18n_tools
from resebok.gui.i18n_tools import Message, placeholders, problems, read_messages

LANGUAGES = sorted(i18n_tools.TARGET_LANGUAGES)


def _require(tool: str) -> None:
    if i18n_tools.tool(tool) is None:
        pytest.skip(f"Qt's {tool} is not installed (it comes with the PySide6 wheel)")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language):
    messages = read_messages(i18n_tools.ts_file(language))
    # Swedish, the language of the code, only needs the singular of counted messages.
    minimum = 1 if language in i18n_tools.PLURALS_ONLY else 100
    assert len(messages) >= minimum, "the .ts file has lost its messages"
    assert problems(messages) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_built_from_the_ts(language, tmp_path):
    _require("lrelease")
    rebuilt = tmp_path / "rebuilt.qm"
    i18n_tools.lrelease(i18n_tools.ts_file(language), rebuilt)
    assert rebuilt.read_bytes() == i18n_tools.qm_file(language).read_bytes(), (
        "resebok_en.qm is older than resebok_en.ts: run python -m resebok.gui.i18n_tools update"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_code_has_no_strings_the_ts_lacks(language, tmp_path):
    _require("lupdate")
    committed = i18n_tools.ts_file(language)
    scratch = tmp_path / committed.name
    shutil.copyfile(committed, scratch)
    i18n_tools.lupdate(scratch)
    new = [str(m) for m in read_messages(scratch) if m.unfinished]
    assert new == [], "strings in resebok/gui without a translation (run i18n_tools update)"
    before = {(m.context, m.source) for m in read_messages(committed)}
    after = {(m.context, m.source) for m in read_messages(scratch)}
    assert before == after, "the .ts holds strings the code no longer has (run update)"


def _marked_strings() -> set[str]:
    """The literal texts the code passes to tr(), translate() and QT_TRANSLATE_NOOP()."""
    found: set[str] = set()
    for path in i18n_tools.source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.add(text.value)
    return found


def test_lupdate_finds_every_marked_string():
    """lupdate's Python parser skips a call it cannot read (a plural count such as ``a.b``
    in QCoreApplication.translate): such a string would stay Swedish without any warning."""
    in_ts = {m.source for m in read_messages(i18n_tools.ts_file("en"))}
    assert sorted(_marked_strings() - in_ts) == []


def test_placeholders_are_names_numbers_and_counts():
    assert placeholders("Totalt {km} km för %n resor, %1 av %2") == {"{km}", "%n", "%1", "%2"}
    assert placeholders("{amount:.2f} {0} {}") == {"{amount:.2f}", "{0}", "{}"}
    assert placeholders("50 % av resorna") == set()


def test_a_missing_or_renamed_placeholder_is_a_problem():
    good = Message("Ctx", "Totalt {km} km", False, ("Total {km} km",), False)
    renamed = Message("Ctx", "Totalt {km} km", False, ("Total {distance} km",), False)
    dropped = Message("Ctx", "%n resor", True, ("one trip", "%n trips"), False)
    unfinished = Message("Ctx", "Avbryt", False, ("",), True)
    assert problems([good]) == []
    assert len(problems([renamed])) == 1
    assert len(problems([dropped])) == 1
    assert problems([unfinished]) == ["untranslated: Ctx: 'Avbryt'"]


def _core_names() -> set[str]:
    """Every Swedish name from resebok/core that the GUI shows through resebok.gui.labels."""
    from resebok.core import (
        advisor,
        audit,
        backup,
        claims,
        co2,
        controller_summary,
        indicator,
        models,
        own_car_reasons,
        periods,
        preapproval,
        rates,
        unit_table,
        user_config,
    )
    from resebok.core.db_location import NETWORK_WARNING
    from resebok.gui.swedish import FUEL_NAMES

    tables = (
        models.MODE_LABELS,
        models.PURPOSE_LABELS,
        claims.CLAIM_STATE_LABELS,
        rates.RATE_KIND_LABELS,
        user_config.ROLE_LABELS,
        own_car_reasons.OWN_CAR_REASON_LABELS,
        preapproval.APPROVAL_STATUS_LABELS,
        backup.KIND_LABELS,
        indicator.STATUS_LABELS,
        periods.BASIS_LABELS,
        audit.ACTION_LABELS,
        audit.STATE_LABELS,
        audit.FIELD_LABELS,
        advisor.FUEL_LABELS,
        unit_table.KIND_LABELS,
        FUEL_NAMES,
    )
    names = {name for table in tables for name in table.values()}
    names |= {column.header for column in unit_table.UNIT_COLUMNS}
    names |= {factor.label for factor in co2.DEFAULT_FACTORS}
    return names | {controller_summary.OTHERS, NETWORK_WARNING}


def test_every_core_name_the_gui_shows_is_translated():
    """A new mode, state or column in resebok/core needs its line in resebok/gui/labels.py."""
    labels = {m.source for m in read_messages(i18n_tools.ts_file("en")) if m.context == "Labels"}
    assert sorted(_core_names() - labels) == []
