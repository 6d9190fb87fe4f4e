"""Out-of-range years, bad dates and non-finite km are refused in Swedish, never a traceback."""

import pytest

from resebok.cli import main


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["indicator", "--year", "99999"], "mellan 2000 och 2100"),
        (["indicator", "--year", "0"], "mellan 2000 och 2100"),
        (["export-csv", "trips", "--year", "99999", "-o", "x.csv"], "mellan 2000 och 2100"),
        (["summary", "--year", "abc"], "ogiltigt år"),
        (["fleet", "--unit", "LOK", "--year", "1800"], "mellan 2000 och 2100"),
        (["indicator", "--year", "2021", "--set-target", "inf"], "ogiltigt antal km"),
        (["indicator", "--year", "2021", "--set-target", "nan"], "ogiltigt antal km"),
        (["indicator", "--year", "2021", "--cutoff", "2021-13-01"], "ÅÅÅÅ-MM-DD"),
        (["export-paxml", "--period", "2021-01", "--paid-on", "x", "-o", "p.xml"], "ÅÅÅÅ-MM-DD"),
    ],
)
def test_bad_arguments_get_a_swedish_usage_error(tmp_path, capsys, argv, words):
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--db", str(tmp_path / "r.sqlite")])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert words in err
    assert "Traceback" not in err
