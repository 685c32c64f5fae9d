"""The logs live in the XDG state folder, and the logs of an older version move there."""

from diary_app import paths


def test_logs_go_to_the_state_folder_and_old_ones_move_there(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    old = tmp_path / "share" / "symptom-diary" / "logs"
    old.mkdir(parents=True)
    (old / "symptom-diary.log").write_text("an old line\n", encoding="utf-8")
    (old / "symptom-diary.log.1").write_text("older\n", encoding="utf-8")
    folder = paths.log_dir()
    assert folder == tmp_path / "state" / "symptom-diary" / "logs"
    assert sorted(p.name for p in folder.iterdir()) == ["symptom-diary.log", "symptom-diary.log.1"]
    assert (folder / "symptom-diary.log").read_text(encoding="utf-8") == "an old line\n"
    assert not old.exists()
    assert paths.default_diary_path() == tmp_path / "share" / "symptom-diary" / "diary.sqlite3"


def test_a_log_already_in_the_state_folder_is_kept(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    (old / "a.log").write_text("old", encoding="utf-8")
    (new / "a.log").write_text("new", encoding="utf-8")
    paths.move_old_logs(old, new)
    assert (new / "a.log").read_text(encoding="utf-8") == "new"
    assert (old / "a.log").exists()  # left where it was rather than lost


def test_the_data_folder_override_keeps_the_logs_beside_the_diary(private_data_dir):
    assert paths.log_dir() == private_data_dir / "logs"
