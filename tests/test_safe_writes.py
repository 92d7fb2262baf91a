"""No export, report or copy writes over its own plan, and every file is replaced whole."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from test_exchange_support import build_small_plan

from transition_planner import cli
from transition_planner.exchange.changes import changes_since_export, write_changes_workbook
from transition_planner.exchange.export import export_matrix
from transition_planner.services import inventory, plans
from transition_planner.services.errors import ServiceError
from transition_planner.services.files import replacing


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.tplan"
    handle = plans.new_plan(path, {"name": "Safety plan"}, user="tester")
    build_small_plan(handle)
    export_matrix(handle, tmp_path / "first.xlsx")  # changes-since-export needs an export
    inventory.add_location(handle, {"name": "Later site"})
    handle.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def still_a_sound_plan(path: Path, before: str) -> None:
    assert digest(path) == before
    handle = plans.open_plan(path, user="tester")
    try:
        assert len(inventory.list_capacities(handle)) == 4
    finally:
        handle.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def targets(path: Path, tmp_path: Path) -> dict[str, Path]:
    """Names by which a careless user can point an export at the plan itself."""
    link = tmp_path / "link.pdf"
    link.symlink_to(path)
    (tmp_path / "sub").mkdir()
    hard = tmp_path / "sub" / "hard.xlsx"
    os.link(path, hard)
    return {"same path": path, "through ..": tmp_path / "sub" / ".." / path.name,
            "symlink": link, "hard link": hard, "its log": Path(f"{path}-wal"),
            "its owner file": path.with_name(f".~lock.{path.name}#")}


@pytest.mark.parametrize("command", [
    ["report", "{plan}", "{out}"],
    ["export-matrix", "{plan}", "{out}"],
    ["changes-since-export", "{plan}", "{out}"],
])
def test_no_command_writes_over_its_own_plan(plan_file, tmp_path, capsys, command):
    before = digest(plan_file)
    for how, target in targets(plan_file, tmp_path).items():
        args = [a.format(plan=plan_file, out=target) for a in command]
        assert cli.main(args) == cli.EXIT_ERROR, how
        err = capsys.readouterr().err
        assert "would destroy the plan. Choose another file name." in err, (how, err)
        assert "Traceback" not in err
        still_a_sound_plan(plan_file, before)
        assert not Path(f"{plan_file}-wal").exists() or how != "its log"
    assert leftovers(tmp_path) == []


def test_an_export_does_not_write_over_another_plan(plan_file, tmp_path):
    other = tmp_path / "other.tplan"
    plans.new_plan(other, {"name": "Other"}, user="tester").close()
    before = digest(other)
    handle = plans.open_plan(plan_file, user="tester")
    try:
        with pytest.raises(ServiceError, match="other.tplan is a Transition Planner plan"):
            export_matrix(handle, other)
        report = changes_since_export(handle)
        with pytest.raises(ServiceError, match="is a Transition Planner plan"):
            write_changes_workbook(report, other)
        # a copy of the plan may replace an older copy, never the plan itself
        plans.copy_plan_to(handle, other)
        assert digest(other) != before
        with pytest.raises(ServiceError, match="would destroy the plan"):
            plans.copy_plan_to(handle, plan_file)
    finally:
        handle.close()
    reopened = plans.open_plan(other, user="tester")
    assert len(inventory.list_capacities(reopened)) == 4
    reopened.close()


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"last week's report")
    with pytest.raises(RuntimeError), replacing(target, what="report") as part:
        part.write_bytes(b"half a rep")
        raise RuntimeError("the disk is full")
    assert target.read_bytes() == b"last week's report"
    assert leftovers(tmp_path) == []
    with replacing(target, what="report") as part:
        assert part.parent == target.parent and part.name.endswith(".part")
        part.write_bytes(b"this week's report")
    assert target.read_bytes() == b"this week's report"
    assert leftovers(tmp_path) == []


def test_a_written_file_gets_the_usual_permissions_or_keeps_its_own(tmp_path):
    new = tmp_path / "new.pdf"
    with replacing(new) as part:
        part.write_bytes(b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert new.stat().st_mode & 0o777 == 0o666 & ~mask  # not the 0600 of a temporary file
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    with replacing(kept) as part:
        part.write_bytes(b"new")
    assert kept.stat().st_mode & 0o777 == 0o640


def test_a_refused_target_is_worded_in_the_users_language(tmp_path):
    """The refusal names the file kind in the same language as the rest of the sentence."""
    from transition_planner.i18n import translator
    from transition_planner.services.files import OutputRefused, check_target

    with pytest.raises(OutputRefused) as refused:
        check_target(tmp_path, None, "report")
    assert refused.value.word(translator("en")) == (
        f"{tmp_path} is a folder; choose a file name for the report.")
    assert refused.value.word(translator("fr")) == (
        f"{tmp_path} est un dossier\u202f; choisissez un nom de fichier (rapport).")
    with pytest.raises(OutputRefused) as refused:
        check_target(tmp_path / "nowhere" / "t.xlsx", None, "table")
    assert refused.value.word(translator("ar")) == f"المجلد {tmp_path / 'nowhere'} غير موجود."
