"""Linux desktop integration: the menu entry is valid, the .tplan type is recognised by the
file's own header mark (as a file manager does it, through shared-mime-info and GLib), the
user's own default applications are kept, and --uninstall takes everything out again."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

from transition_planner import cli, desktop


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def _content_type(path, xdg) -> str:
    done = subprocess.run(["gio", "info", "-a", "standard::content-type", str(path)],
                          env={"XDG_DATA_HOME": str(xdg / "data"), "PATH": "/usr/bin:/bin",
                               "XDG_DATA_DIRS": "/usr/local/share:/usr/share"},
                          capture_output=True, text=True, check=True)
    return done.stdout.split("standard::content-type:")[1].strip()


def test_install_makes_plans_open_with_the_application(xdg, demo_path, capsys):
    assert cli.main(["install-desktop"]) == 0
    assert "double-clicking a plan opens it" in capsys.readouterr().out
    found = desktop.targets()
    entry = found["desktop"].read_text(encoding="utf-8")
    assert "MimeType=application/x-transition-plan;" in entry
    assert f"Exec={desktop.exec_quote(desktop.launcher()[0])} gui %f" in entry
    assert found["icon"].read_bytes().startswith(b"<?xml")
    validated = subprocess.run(["desktop-file-validate", str(found["desktop"])],
                               capture_output=True, text=True)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "application/x-transition-plan=transition-planner.desktop" in (
        xdg / "config" / "mimeapps.list").read_text()

    # Recognised by its header mark even under another name; another SQLite file is not a plan.
    renamed = xdg / "plan-sent-by-mail.bin"
    shutil.copy(demo_path, renamed)
    assert _content_type(renamed, xdg) == "application/x-transition-plan"
    other = xdg / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert _content_type(other, xdg) == "application/vnd.sqlite3"

    assert cli.main(["install-desktop", "--uninstall"]) == 0
    assert not any(path.exists() for path in found.values())
    assert "x-transition-plan" not in (xdg / "config" / "mimeapps.list").read_text()
    assert _content_type(renamed, xdg) == "application/vnd.sqlite3"


def test_the_users_default_applications_are_kept(xdg):
    mimeapps = xdg / "config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text("[Added Associations]\ntext/plain=gedit.desktop;\n\n"
                        "[Default Applications]\napplication/x-transition-plan=old.desktop\n"
                        "text/html=firefox.desktop\n", encoding="utf-8")
    desktop.set_default(mimeapps)
    assert mimeapps.read_text().splitlines() == [
        "[Added Associations]", "text/plain=gedit.desktop;", "",
        "[Default Applications]", "text/html=firefox.desktop",
        "application/x-transition-plan=transition-planner.desktop"]
    desktop.set_default(mimeapps, remove=True)
    assert mimeapps.read_text().splitlines() == [
        "[Added Associations]", "text/plain=gedit.desktop;", "",
        "[Default Applications]", "text/html=firefox.desktop"]


def test_a_file_without_the_section_gets_one(xdg):
    mimeapps = xdg / "mimeapps.list"
    mimeapps.write_text("[Added Associations]\ntext/plain=gedit.desktop;\n", encoding="utf-8")
    desktop.set_default(mimeapps)
    assert mimeapps.read_text().splitlines()[-2:] == [
        "[Default Applications]", "application/x-transition-plan=transition-planner.desktop"]


@pytest.mark.parametrize(("argument", "written"), [
    ("/opt/transition-planner/transition-planner", "/opt/transition-planner/transition-planner"),
    ("/media/USB STICK/transition-planner", '"/media/USB STICK/transition-planner"'),
    ('/home/a"b/tp', '"/home/a\\\\"b/tp"'),
    ("/home/100%/tp", '"/home/100%%/tp"'),
    ("/home/$HOME/tp", '"/home/\\\\$HOME/tp"'),
])
def test_exec_arguments_are_quoted_as_the_specification_says(argument, written):
    assert desktop.exec_quote(argument) == written


def test_a_path_with_spaces_makes_a_valid_entry(xdg):
    desktop.install(["/media/USB STICK/Transition Planner/transition-planner"])
    entry = desktop.targets()["desktop"]
    assert 'Exec="/media/USB STICK/Transition Planner/transition-planner" gui %f' in (
        entry.read_text().splitlines())
    validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                               text=True)
    assert validated.returncode == 0, validated.stdout
