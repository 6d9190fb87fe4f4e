"""Keep the translations in step with the code (a development tool, not used at run time).

    python -m resebok.gui.i18n_tools update   # lupdate over resebok/gui, then lrelease
    python -m resebok.gui.i18n_tools check    # exit 1 when a message lacks its translation

``update`` adds new strings to ``resources/translations/resebok_<lang>.ts`` as unfinished,
drops the ones no longer in the code, and compiles each ``.ts`` into the ``.qm`` file that the
application loads (both files are committed). Translate the unfinished messages in Qt
Linguist (``pyside6-linguist``) or in a text editor, then run ``update`` again.

Swedish is the language of the code, so ``resebok_sv.ts`` holds only the messages with a count
(``self.tr("%n resor", "", n)``): their singular, "1 resa", lives there.
tests/test_translations.py fails while a message is unfinished or a placeholder differs.
"""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from resebok.core.resources import resource_path

SOURCE_LANGUAGE = "sv_SE"
TARGET_LANGUAGES = {"en": "en_GB", "sv": "sv_SE"}  # file suffix -> the language lupdate records
PLURALS_ONLY = {"sv"}  # the source language needs only the singular forms of counted messages
GUI_DIR = Path(__file__).resolve().parent
# {name} for str.format, %1..%99 for QString.arg-style and %n for plural counts.
_PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?\d{1,2}|%n")


def translations_dir() -> Path:
    return resource_path("translations")


def ts_file(language: str) -> Path:
    return translations_dir() / f"resebok_{language}.ts"


def qm_file(language: str) -> Path:
    return translations_dir() / f"resebok_{language}.qm"


def source_files() -> list[Path]:
    """Every module of the GUI: the only code whose strings are translated."""
    return sorted(path for path in GUI_DIR.rglob("*.py") if "__pycache__" not in path.parts)


def tool(name: str) -> Path | None:
    """Qt's *name* (lupdate, lrelease) as shipped inside the PySide6 wheel, else on the PATH.

    The wheel's ``pyside6-<name>`` scripts are thin wrappers around these binaries.
    """
    from PySide6 import QtCore

    suffix = ".exe" if sys.platform == "win32" else ""
    bundled = Path(QtCore.__file__).resolve().parent / f"{name}{suffix}"
    if bundled.is_file():
        return bundled
    for candidate in (f"pyside6-{name}", f"{name}-qt6", name):
        found = shutil.which(candidate)
        if found:
            return Path(found)
    return None


def _run(name: str, arguments: list[str]) -> None:
    executable = tool(name)
    if executable is None:
        raise FileNotFoundError(f"Qt's {name} was not found (it comes with PySide6)")
    subprocess.run([str(executable), "-silent", *arguments], check=True)


def lupdate(ts_path: Path, sources: list[Path] | None = None) -> None:
    """Extract the translatable strings of *sources* (the GUI) into *ts_path*."""
    suffix = ts_path.stem.rsplit("_", 1)[-1]
    language = TARGET_LANGUAGES.get(suffix, "en_GB")
    files = [str(path) for path in (sources or source_files())]
    _run(
        "lupdate",
        [
            *files,
            *(["-pluralonly"] if suffix in PLURALS_ONLY else []),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            "-ts",
            str(ts_path),
        ],
    )


def lrelease(ts_path: Path, qm_path: Path) -> None:
    _run("lrelease", [str(ts_path), "-qm", str(qm_path)])


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    plural: bool
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_messages(ts_path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts: tuple[str, ...] = ("",)
                unfinished = True
            else:
                forms = translation.findall("numerusform")
                texts = tuple(form.text or "" for form in forms) or (translation.text or "",)
                unfinished = translation.get("type") in {"unfinished", "vanished", "obsolete"}
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.get("numerus") == "yes",
                    texts,
                    unfinished,
                )
            )
    return messages


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def problems(messages: list[Message]) -> list[str]:
    """Why each message would show the wrong text: untranslated, or placeholders that differ."""
    found: list[str] = []
    for message in messages:
        if message.unfinished or not all(text.strip() for text in message.translations):
            found.append(f"untranslated: {message}")
            continue
        expected = placeholders(message.source)
        for text in message.translations:
            if placeholders(text) != expected:
                found.append(f"placeholders {sorted(placeholders(text))} != {sorted(expected)}:")
                found[-1] += f" {message} -> {text!r}"
    return found


def update() -> int:
    for language in TARGET_LANGUAGES:
        ts_path = ts_file(language)
        ts_path.parent.mkdir(parents=True, exist_ok=True)
        lupdate(ts_path)
        lrelease(ts_path, qm_file(language))
        unfinished = [m for m in read_messages(ts_path) if m.unfinished]
        print(f"{ts_path.name}: {len(unfinished)} message(s) to translate")
    return check()


def check() -> int:
    status = 0
    for language in TARGET_LANGUAGES:
        for problem in problems(read_messages(ts_file(language))):
            print(f"resebok_{language}.ts: {problem}")
            status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    command = (argv if argv is not None else sys.argv[1:]) or ["update"]
    if command[0] == "update":
        return update()
    if command[0] == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
