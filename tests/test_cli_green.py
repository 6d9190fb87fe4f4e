"""`resebok advise` and `resebok gtfs import` on the command line."""

import json

import pytest
from gtfs_helpers import sample_feed, sample_files, zip_feed

from resebok.cli import main
from resebok.core.db import open_database
from resebok.core.places import get_or_create_place, load_gazetteer


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "resebok.sqlite"
    db = open_database(path)
    load_gazetteer(db)
    db.execute("INSERT INTO org_units (code, name, kind) VALUES ('ARK', 'Arkivet', 'unit')")
    db.execute("INSERT INTO employees (number, name, unit_id) VALUES ('2001', 'Bo Ek', 1)")
    db.close()
    return path


def advise(db_path, capsys, *extra: str) -> tuple[int, str, str]:
    argv = [
        "--db",
        str(db_path),
        "advise",
        "--from",
        "Kumla",
        "--to",
        "Hallsbergs kommunhus",
        "--date",
        "2025-06-05",
        "--time",
        "07:30",
        "--return-time",
        "16:00",
        *extra,
    ]
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_advise_prints_the_ladder_as_json(db_path, capsys, tmp_path):
    assert main(["--db", str(db_path), "gtfs", "import", str(sample_feed(tmp_path))]) == 0
    capsys.readouterr()

    code, out, _ = advise(
        db_path,
        capsys,
        "--purpose",
        "network_meeting",
        "--from-home",
        "--employee",
        "2001",
        "--json",
    )

    assert code == 0
    items = json.loads(out)
    assert [i["mode"] for i in items] == [
        "digital",
        "walk_cycle",
        "public_transport",
        "pool_car",
        "own_car",
    ]
    for item in items:
        assert {"mode", "fits", "reason", "minutes", "cost_sek", "co2_kg"} <= set(item)
        assert isinstance(item["fits"], bool) and isinstance(item["reason"], str)
    assert items[0]["fits"] is True  # a network meeting can be digital
    assert items[2]["fits"] is True and "Tåg" in items[2]["reason"]
    own = items[-1]
    # A digital meeting fits, so nothing argues for the car: the key is there, without a value.
    assert own["proposed_reason"] is None and own["cost_sek"] > 0 and own["co2_kg"] > 0
    assert "proposed_reason" not in items[0]


def test_advise_in_words(db_path, capsys):
    code, out, _ = advise(db_path, capsys, "--purpose", "site_work")
    assert code == 0 and "5. ✓ Egen bil" in out and "ingen kommunbil ledig" in out


def test_an_unknown_place_is_a_clear_error(db_path, capsys):
    code = main(
        [
            "--db",
            str(db_path),
            "advise",
            "--from",
            "Kumla",
            "--to",
            "Atlantis",
            "--date",
            "2025-06-05",
            "--time",
            "07:30",
            "--purpose",
            "meeting",
            "--json",
        ]
    )
    _, err = capsys.readouterr()
    assert code == 2 and "Platsen 'Atlantis' finns inte i platsregistret" in err


def test_a_bad_time_is_a_clear_error(db_path, capsys):
    code, _, err = advise(db_path, capsys, "--purpose", "meeting", "--return-time", "25:99")
    assert code == 2 and "TT:MM" in err


def test_gtfs_import_reports_progress_and_keeps_the_old_feed_on_a_bad_one(
    db_path, capsys, tmp_path
):
    assert main(["--db", str(db_path), "gtfs", "import", str(sample_feed(tmp_path))]) == 0
    out, _ = capsys.readouterr()
    assert "100 %" in out and "Tidtabellen är importerad" in out and "7 hållplatser" in out

    files = sample_files()
    files.pop("stops.txt")
    code = main(
        ["--db", str(db_path), "gtfs", "import", str(zip_feed(tmp_path / "bad.zip", files))]
    )
    _, err = capsys.readouterr()
    assert code == 1 and "saknar filen stops.txt" in err and "finns kvar" in err

    main(["--db", str(db_path), "gtfs", "info"])
    assert "Länstrafik Örebro: 7 hållplatser" in capsys.readouterr().out


def test_the_archivist_from_home_is_proposed_the_detour_reason(db_path, capsys):
    db = open_database(db_path)
    fjugesta = db.execute("SELECT id FROM places WHERE name = 'Fjugesta'").fetchone()[0]
    db.execute(
        "INSERT INTO vehicles (registration, fuel, home_base_place_id) "
        "VALUES ('ARK 001', 'hvo', ?)",
        [fjugesta],
    )
    db.close()

    code, out, _ = advise(
        db_path,
        capsys,
        "--purpose",
        "document_retrieval",
        "--from-home",
        "--employee",
        "2001",
        "--json",
    )

    assert code == 0
    own = json.loads(out)[-1]
    assert own["mode"] == "own_car" and own["proposed_reason"] == "pool_car_detour"


def test_advise_takes_the_km_when_the_places_have_no_position(db_path, capsys):
    db = open_database(db_path)
    for name in ("Bygdegården Lanna", "Föreningslokalen Mullhyttan"):
        get_or_create_place(db, name)
    db.close()
    argv = ["--db", str(db_path), "advise", "--from", "Bygdegården Lanna"]
    argv += ["--to", "Föreningslokalen Mullhyttan", "--date", "2025-06-05", "--time", "09:00"]
    argv += ["--purpose", "meeting", "--one-way", "--json"]

    assert main([*argv, "--km", "23,5"]) == 0
    items = {item["mode"]: item for item in json.loads(capsys.readouterr().out)}
    assert items["digital"]["fits"] and items["own_car"]["cost_sek"] == pytest.approx(23.5 * 2.5)
    with pytest.raises(SystemExit) as refused:
        main([*argv, "--km", "-5"])
    assert refused.value.code == 2
    assert "negativt" in capsys.readouterr().err
