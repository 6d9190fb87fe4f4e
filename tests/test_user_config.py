"""The user's configuration file: saved, read back, and a broken one is a missing one."""

import json
import logging
from pathlib import Path

import pytest

from resebok.core.db_location import effective_db_path, is_network_path
from resebok.core.identity import configured_employee
from resebok.core.paths import default_db_path
from resebok.core.user_config import (
    Role,
    UserConfig,
    config_path,
    load_config,
    read_config,
    save_config,
)


def test_config_lives_in_the_users_config_directory(tmp_path):
    assert config_path() == tmp_path / "home" / ".config" / "Resebok" / "settings.json"


def test_saved_configuration_reads_back(tmp_path):
    config = UserConfig(Role.ATTESTANT, tmp_path / "resor.sqlite", "1001", "Anna Lind")
    path = save_config(config)
    assert path == config_path()
    assert load_config() == config
    assert json.loads(path.read_text(encoding="utf-8"))["role"] == "attestant"
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left


def test_no_file_is_no_configuration_and_no_problem():
    assert read_config() == read_config()
    assert read_config().config is None and read_config().problem is None


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        "[]",
        '{"version": 1, "role": "boss", "db_path": "/x.sqlite"}',
        '{"version": 99, "role": "employee", "db_path": "/x.sqlite"}',
        '{"version": 1, "role": "employee"}',
        '{"version": 1, "role": "employee", "db_path": "/x", "employee_number": "1"}',
        '{"version": 1, "role": "employee", "db_path": "/x", "employee_number": 7, '
        '"employee_name": "A"}',
    ],
)
def test_corrupt_file_is_treated_as_missing_with_a_warning(text, caplog):
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="resebok.core.user_config"):
        assert load_config() is None
    assert "skadad" in caplog.text
    assert read_config().problem.startswith("Inställningsfilen")


def test_undecodable_file_is_treated_as_missing():
    path = config_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert load_config() is None


def test_database_precedence_cli_then_environment_then_configuration(tmp_path, monkeypatch):
    config = UserConfig(Role.EMPLOYEE, tmp_path / "configured.sqlite")
    assert effective_db_path(None, None) == default_db_path()
    assert effective_db_path(None, config) == tmp_path / "configured.sqlite"
    monkeypatch.setenv("RESEBOK_DB", str(tmp_path / "env.sqlite"))
    assert effective_db_path(None, config) == tmp_path / "env.sqlite"
    assert effective_db_path(str(tmp_path / "cli.sqlite"), config) == tmp_path / "cli.sqlite"


@pytest.mark.parametrize(
    "path",
    ["\\\\kommun-fs01\\resor\\resebok.sqlite", "//kommun-fs01/resor/resebok.sqlite"],
)
def test_unc_paths_are_network_paths(path):
    assert is_network_path(path)


def test_mounted_cifs_and_nfs_are_network_paths(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/vda / ext4 rw 0 0\n"
        "//fs01/resor /mnt/resor cifs rw 0 0\n"
        "fs02:/export /mnt/nfs\\040share nfs4 rw 0 0\n"
        "/dev/vdb /mnt/resor/local ext4 rw 0 0\n",
        encoding="utf-8",
    )
    assert is_network_path("/mnt/resor/resebok.sqlite", mounts)
    assert is_network_path("/mnt/nfs share/a.sqlite", mounts)
    assert not is_network_path("/mnt/resor/local/a.sqlite", mounts)  # a local disk below it
    assert not is_network_path("/home/anna/resebok.sqlite", mounts)
    assert not is_network_path("/mnt/resorna/a.sqlite", mounts)


def test_local_file_is_not_a_network_path(tmp_path):
    assert not is_network_path(tmp_path / "resebok.sqlite")


def test_identity_applies_only_to_the_database_it_was_set_up_with(db, org, tmp_path):
    own = tmp_path / "resor.sqlite"
    config = UserConfig(Role.EMPLOYEE, own, org.cleaner.number, org.cleaner.name)
    assert configured_employee(db, own, config) == org.cleaner.id
    assert configured_employee(db, tmp_path / "demo.sqlite", config) is None
    assert configured_employee(db, own, UserConfig(Role.EMPLOYEE, own)) is None
    assert configured_employee(db, own, None) is None
    gone = UserConfig(Role.EMPLOYEE, own, "9999", "Ny Person")
    assert configured_employee(db, own, gone) is None


def test_current_actor_prefers_the_configured_name(tmp_path):
    from resebok.gui.session import current_actor

    before = current_actor()
    assert before and before != "Anna Lind"
    save_config(UserConfig(Role.EMPLOYEE, Path(tmp_path / "x.sqlite"), "1001", "Anna Lind"))
    assert current_actor() == "Anna Lind"
