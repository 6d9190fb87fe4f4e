"""``resebok fleet``: the need, the curve and the what-if from the command line."""

import json

from fleet_helpers import demo_db_path

from resebok import cli


def run(capsys, *args):
    code = cli.main(["--db", str(demo_db_path()), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_fleet_json_has_the_need_days_estimates_and_curve(capsys):
    code, out, err = run(capsys, "fleet", "--unit", "LOK", "--year", "2021", "--json")

    assert code == 0, err
    data = json.loads(out)
    assert 4 <= data["need"] <= 14
    assert data["days"] >= 240
    assert 0 < data["estimated_trips"] < data["trips"]
    curve = data["curve"]
    assert [point["cars"] for point in curve] == list(range(1, len(curve) + 1))
    for point in curve:
        assert 0 <= point["share_km"] <= 1 and 0 <= point["share_trips"] <= 1
    assert curve[-1]["share_km"] == 1 and curve[-1]["share_trips"] == 1
    assert curve[data["need"] - 1]["share_days"] >= 0.9
    assert "what_if" not in data


def test_a_lower_coverage_needs_no_more_cars(capsys):
    _code, out, _err = run(capsys, "fleet", "--unit", "LOK", "--year", "2021", "--json")
    _code, lower, _err = run(
        capsys, "fleet", "--unit", "LOK", "--year", "2021", "--coverage", "50", "--json"
    )
    assert json.loads(lower)["need"] <= json.loads(out)["need"]
    assert json.loads(lower)["curve"] == json.loads(out)["curve"]


def test_fleet_json_with_cars_adds_the_what_if(capsys):
    code, out, err = run(
        capsys,
        "fleet", "--unit", "LOK", "--year", "2021", "--json",
        "--cars", "6", "--cars-from", "2021-01-01", "--cutoff", "2021-08-31",
        "--lease", "36000", "--per-km", "1,50",
    )  # fmt: skip

    assert code == 0, err
    what_if = json.loads(out)["what_if"]
    assert what_if["cars"] == 6 and what_if["from"] == "2021-01-01"
    assert what_if["per_year"]["lease_ore"] == 6 * 3_600_000
    forecast = what_if["forecast"]
    assert forecast["forecast_with_cars_km"] < forecast["forecast_km"]
    assert forecast["next_year"] == 2022


def test_fleet_text_output_marks_the_need(capsys):
    code, out, err = run(capsys, "fleet", "--unit", "LOK", "--year", "2021")
    assert code == 0, err
    assert "Behov av kommunbilar, Lokalvårdsenheten (LOK), 2021" in out
    assert "←" in out


def test_fleet_errors_are_swedish_without_a_traceback(capsys):
    for args, text in [
        (("--unit", "XYZ", "--year", "2021"), "ingen enhet med koden 'XYZ'"),
        (("--unit", "LOK"), "Ange --year"),
        (("--unit", "LOK", "--year", "2021", "--lease", "40000"), "Ange antalet bilar"),
        (("--unit", "LOK", "--year", "2021", "--cars", "0"), "antalet bilar"),
        (("--unit", "LOK", "--year", "2021", "--speed", "0"), "Medelhastigheten"),
        (("--unit", "BYG", "--year", "2018", "--cars", "2"), "inget att räkna på"),
    ]:
        code, out, err = run(capsys, "fleet", *args)
        assert code == 1, args
        assert text in err, (args, err)
        assert "Traceback" not in err and out == ""
