"""`resebok` and `resebok --db PATH` open the window; everything else goes to the full parser."""

from pathlib import Path

import pytest

from resebok import cli


@pytest.fixture
def started(monkeypatch) -> list[tuple[Path | None, bool]]:
    calls: list[tuple[Path | None, bool]] = []
    monkeypatch.setattr(
        cli, "_run_gui", lambda path, first_run=False: calls.append((path, first_run)) or 0
    )
    return calls


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, True)),  # a plain start may show the first-run wizard
        (["gui"], (None, True)),
        (["--db", "~/r.sqlite"], (Path("~/r.sqlite"), False)),  # ~ is the user's home
        (["--db=/data/r.sqlite"], (Path("/data/r.sqlite"), False)),
        (["gui", "--db", "/data/r.sqlite"], (Path("/data/r.sqlite"), False)),
        (["--db", "/data/r.sqlite", "gui"], (Path("/data/r.sqlite"), False)),
    ],
)
def test_window_starts(started, argv, expected):
    assert cli.main(argv) == 0
    path, first_run = expected
    assert started == [(path.expanduser() if path else None, first_run)]


@pytest.mark.parametrize("argv", [["--db"], ["gui", "extra"], ["--window"]])
def test_a_mistake_in_a_window_start_gets_the_full_parsers_message(started, argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2 and started == []
    assert "usage: resebok" in capsys.readouterr().err


def test_help_and_commands_are_not_window_starts(started, capsys, tmp_path):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "KOMMANDO" in capsys.readouterr().out
    assert cli.main(["--db", str(tmp_path / "r.sqlite"), "backups"]) == 0
    assert started == []
