"""Plan files that survive what users do: interrupted checkpoints, read-only places, upgrades
that cannot back up, and two windows or a window and a command writing at the same time."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import textwrap
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from transition_planner import cli
from transition_planner.exchange.changes import changes_since_export
from transition_planner.exchange.export import export_matrix
from transition_planner.services import inventory, plans, records
from transition_planner.services.errors import InvalidInput
from transition_planner.store import owner, planfile
from transition_planner.store.models import Scenario
from transition_planner.store.planfile import PlanBusy, PlanFileError, PlanReadOnly

FIXTURES = Path(__file__).with_name("fixtures")
NOBODY = 65534


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def command(*args, prefix=(), **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, sys.executable, "-m", "transition_planner", *map(str, args)],
                          capture_output=True, text=True, timeout=120, **kw)


# --- a checkpoint cut short ------------------------------------------------------------------


def interrupted_checkpoint(plan_path: Path, out: Path) -> None:
    """The plan and its log as a kill in the middle of a checkpoint leaves them: the newest
    first page (whose header counts every page) already copied into the file, the pages it
    counts not yet, the log still complete."""
    shutil.copy(plan_path, out)
    wal = Path(f"{plan_path}-wal").read_bytes()
    page_size = struct.unpack(">I", wal[8:12])[0]
    salts = wal[16:24]
    newest_first_page = None
    for offset in range(32, len(wal) - 24 - page_size + 1, 24 + page_size):
        number = struct.unpack(">I", wal[offset:offset + 4])[0]
        if wal[offset + 8:offset + 16] != salts:
            break
        if number == 1:
            newest_first_page = wal[offset + 24:offset + 24 + page_size]
    assert newest_first_page is not None
    with open(out, "r+b") as fh:
        fh.write(newest_first_page)
    Path(f"{out}-wal").write_bytes(wal)


def test_a_plan_killed_during_a_checkpoint_opens_with_every_change(plan, tmp_path):
    for n in range(60):
        inventory.add_location(plan, {"name": f"Site {n}", "notes": "n" * 2000})
    cut = tmp_path / "cut.tplan"
    interrupted_checkpoint(plan.path, cut)
    header = cut.read_bytes()[:100]
    assert struct.unpack(">I", header[28:32])[0] * 4096 > cut.stat().st_size  # as reported
    result = command("check", cut)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems found" in result.stdout
    reopened = plans.open_plan(cut, user="tester")
    assert len(inventory.list_locations(reopened)) == 60
    reopened.close()


def test_a_plan_cut_short_without_its_log_is_still_damaged(plan, tmp_path):
    for n in range(60):
        inventory.add_location(plan, {"name": f"Site {n}", "notes": "n" * 2000})
    cut = tmp_path / "cut.tplan"
    interrupted_checkpoint(plan.path, cut)
    Path(f"{cut}-wal").unlink()  # copied alone while it was open: the pages are gone
    with pytest.raises(PlanFileError, match="shorter than its header says"):
        plans.open_plan(cut)


# --- read-only places ------------------------------------------------------------------------


@pytest.fixture
def shared_folder():
    """A folder other users can read (pytest's own folders are private to us)."""
    folder = Path(tempfile.mkdtemp(prefix="tp-shared-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        path.chmod(0o777) if path.is_dir() else None
    shutil.rmtree(folder)


def as_another_user() -> list[str]:
    """A command prefix that runs a command as a user who owns nothing here (as root, who may
    write anywhere, a read-only folder would not be one)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot act as another user")
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    # a checkout in a private folder (mktemp -d is 0700) cannot be read by that user at all
    probe = subprocess.run([*prefix, sys.executable, "-c", "import transition_planner"],
                           capture_output=True, text=True, cwd="/")
    if probe.returncode != 0:
        pytest.skip(f"the other user cannot read this checkout: {probe.stderr.strip()[-200:]}")
    return prefix


def demo_in(folder: Path, demo_template: Path) -> Path:
    path = folder / "plan.tplan"
    shutil.copy(demo_template, path)
    return path


def test_a_plan_in_a_folder_that_cannot_be_written_opens_read_only(shared_folder,
                                                                   demo_template):
    path = demo_in(shared_folder, demo_template)
    config = shared_folder / "config"
    config.mkdir(mode=0o777)
    config.chmod(0o777)
    path.chmod(0o644)
    shared_folder.chmod(0o555)
    env = {**os.environ, "TRANSITION_PLANNER_CONFIG_DIR": str(config)}
    before = digest(path)
    for args in (["check", path], ["gaps", path, "--json"]):
        result = command(*args, env=env, prefix=as_another_user())
        assert result.returncode in (0, 1), result.stderr
        assert "damaged" not in result.stdout + result.stderr
    result = command("export-matrix", path, config / "m.xlsx", env=env, prefix=as_another_user())
    assert result.returncode == 2
    assert "plan.tplan is open read-only (the file is read-only): nothing can be changed" in (
        result.stderr) or "its folder cannot be written to" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert digest(path) == before
    assert sorted(p.name for p in shared_folder.iterdir()) == ["config", "plan.tplan"]


def read_only_mount(folder: Path, target: Path) -> list[str]:
    """A command prefix that shows `folder` at `target` on a read-only disk (a CD, a locked
    USB stick), or a skip when this machine does not allow it."""
    probe = subprocess.run(["unshare", "-m", "sh", "-c",
                            f"mount --bind -o ro '{folder}' '{target}' && ! touch '{target}/x'"],
                           capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot mount a folder read-only here (needs unshare and mount)")
    return ["unshare", "-m", "sh", "-c", f"mount --bind -o ro '{folder}' '{target}' && exec \"$@\"",
            "sh"]


def test_a_plan_on_a_read_only_disk_opens_read_only(tmp_path, demo_template):
    source, disk = tmp_path / "usb", tmp_path / "mnt"
    source.mkdir()
    disk.mkdir()
    path = demo_in(source, demo_template)
    prefix = read_only_mount(source, disk)
    result = subprocess.run(
        [*prefix, sys.executable, "-m", "transition_planner", "check", disk / path.name],
        capture_output=True, text=True, timeout=120)
    assert "damaged" not in result.stdout + result.stderr, result.stdout + result.stderr
    probe = subprocess.run([*prefix, sys.executable, "-c", textwrap.dedent("""
        import sys
        from transition_planner.services import inventory, plans
        handle = plans.open_plan(sys.argv[1], user="reader")
        print(handle.read_only)
        print(len(inventory.list_capacities(handle)))
        try:
            inventory.add_location(handle, {"name": "Nowhere"})
        except Exception as exc:
            print(type(exc).__name__, exc)
        handle.close()
        """), str(disk / path.name)], capture_output=True, text=True, timeout=120)
    lines = probe.stdout.splitlines()
    assert probe.returncode == 0, probe.stderr
    assert lines[0] == "it is on a read-only disk, such as a CD or a write-protected USB stick"
    assert int(lines[1]) > 10
    assert lines[2].startswith("PlanReadOnly plan.tplan is open read-only (it is on a read-only")


def test_a_read_only_plan_with_changes_in_its_log_is_not_read_stale(plan, tmp_path,
                                                                     monkeypatch):
    inventory.add_location(plan, {"name": "Only in the log"})
    copy = tmp_path / "copy.tplan"
    shutil.copy(plan.path, copy)
    shutil.copy(f"{plan.path}-wal", f"{copy}-wal")  # no shared-memory file: cannot share it
    monkeypatch.setattr(planfile, "read_only_reason", lambda _path: "the file is read-only")
    monkeypatch.setattr(planfile.sqlite3, "connect", _refuse_mode_ro(planfile.sqlite3.connect))
    with pytest.raises(PlanFileError, match="recent changes in its log file"):
        plans.open_plan(copy)


def _refuse_mode_ro(connect):
    """sqlite3.connect as on a read-only disk without the log's shared-memory file."""
    def refusing(database, *args, **kw):
        if "mode=ro" in str(database):
            raise planfile.sqlite3.OperationalError("unable to open database file")
        return connect(database, *args, **kw)
    return refusing


def test_opened_read_only_on_request(plan, tmp_path):
    plan.close()
    handle = plans.open_plan(tmp_path / "plan.tplan", read_only=True)
    assert handle.read_only == planfile.CHOSEN_READ_ONLY
    assert inventory.list_locations(handle) == []
    with pytest.raises(PlanReadOnly, match="plan.tplan is opened read-only: nothing can be"):
        inventory.add_location(handle, {"name": "Nope"})
    handle.close()


# --- upgrades --------------------------------------------------------------------------------


def test_an_upgrade_without_a_backup_names_no_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.tplan"
    shutil.copy(FIXTURES / "plan_schema_0001.tplan", path)
    before = digest(path)

    def disk_full(_engine, destination):
        Path(destination).write_bytes(b"half a backup")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(planfile, "copy_database", disk_full)
    with pytest.raises(PlanFileError) as caught:
        plans.open_plan(path)
    message = str(caught.value)
    assert "no backup of it could be written" in message and "left as it is" in message
    assert "before-upgrade" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.tplan"]
    assert digest(path) == before


def test_an_old_plan_on_a_read_only_place_is_refused_unchanged(tmp_path, monkeypatch):
    path = tmp_path / "old.tplan"
    shutil.copy(FIXTURES / "plan_schema_0001.tplan", path)
    before = digest(path)
    monkeypatch.setattr(planfile, "read_only_reason", lambda _p: "its folder cannot be written to")
    with pytest.raises(PlanFileError, match="must be upgraded before it can be opened, but its "
                                            "folder cannot be written to") as caught:
        plans.open_plan(path)
    assert "before-upgrade" not in str(caught.value)
    assert digest(path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["old.tplan"]


# --- two writers -----------------------------------------------------------------------------


def second_window(path: Path) -> plans.PlanHandle:
    """The same plan opened again: its own engine and connections, as another window's."""
    return plans.open_plan(path, user="second")


def interleave(monkeypatch, other) -> list:
    """Run `other()` in another thread when the first record of an action is about to be
    written (after the action's checks), and give it time to run; returns what it raised."""
    outcome, real_add, done = [], records.add, []

    def add(session, *args, **kw):
        if not done:
            done.append(True)
            thread = threading.Thread(target=lambda: _run(other, outcome))
            thread.start()
            thread.join(timeout=0.5)  # without the write lock the other action is done now
            outcome.append(thread)
        return real_add(session, *args, **kw)

    monkeypatch.setattr(records, "add", add)
    return outcome


def _run(other, outcome):
    try:
        other()
        outcome.append(None)
    except Exception as exc:
        outcome.append(exc)


def test_two_windows_cannot_both_add_a_scenario_of_one_name(plan, monkeypatch):
    second = second_window(plan.path)
    try:
        outcome = interleave(monkeypatch, lambda: plans.add_scenario(second, {"name": "Fast"}))
        plans.add_scenario(plan, {"name": "Fast"})
        thread = next(o for o in outcome if isinstance(o, threading.Thread))
        thread.join(timeout=10)
        errors = [o for o in outcome if isinstance(o, Exception)]
        assert len(errors) == 1 and isinstance(errors[0], InvalidInput)
        assert "a scenario called 'Fast' exists already" in str(errors[0])
        with plan.read() as session:
            names = session.execute(select(Scenario.name)).scalars().all()
        assert sorted(names) == ["Baseline", "Fast"]
    finally:
        second.file.engine.dispose()


def test_two_windows_cannot_put_two_places_inside_each_other(plan, monkeypatch):
    north = inventory.add_location(plan, {"name": "North", "level": "admin1"})
    south = inventory.add_location(plan, {"name": "South", "level": "admin1"})
    second = second_window(plan.path)
    try:
        real_update = records.update
        outcome, done = [], []

        def update(session, *args, **kw):
            if not done:
                done.append(True)
                thread = threading.Thread(target=lambda: _run(lambda: inventory.update_location(
                    second, south.id, {"parent_id": north.id}), outcome))
                thread.start()
                thread.join(timeout=0.5)
                outcome.append(thread)
            return real_update(session, *args, **kw)

        monkeypatch.setattr(records, "update", update)
        inventory.update_location(plan, north.id, {"parent_id": south.id})
        next(o for o in outcome if isinstance(o, threading.Thread)).join(timeout=10)
        errors = [o for o in outcome if isinstance(o, Exception)]
        assert [e.problems for e in errors] == [
            {"parent_id": "a location cannot sit inside itself"}]
        parents = {loc.name: loc.parent_id for loc in inventory.list_locations(plan)}
        assert parents == {"North": south.id, "South": None}
    finally:
        second.file.engine.dispose()


HOLD_THE_WRITE_LOCK = """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
"""


def hold_write_lock(path: Path, seconds: float) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLD_THE_WRITE_LOCK), str(path), str(seconds)],
        stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "holding"
    return process


def test_a_write_lock_held_too_long_elsewhere_is_a_clear_message(plan, monkeypatch, capsys):
    monkeypatch.setattr(planfile, "BUSY_TIMEOUT_MS", 300)
    plan.close()
    path = plan.path
    claim = owner.claim(path, "Dana")  # the other window's owner file says who
    handle = plans.open_plan(path, user="tester")
    holder = hold_write_lock(path, 5)
    try:
        with pytest.raises(PlanBusy) as caught:
            inventory.add_location(handle, {"name": "Kalima"})
        assert str(caught.value).startswith(
            "The plan is busy in another window (open by Dana on this computer since ")
        assert "Nothing was changed; try again in a moment." in str(caught.value)
        assert inventory.list_locations(handle) == []  # reading goes on meanwhile
    finally:
        holder.kill()
        holder.wait()
        claim.release()
    inventory.add_location(handle, {"name": "Kalima"})  # and writing once it is free
    handle.close()


def test_the_command_line_says_busy_without_a_traceback(plan, tmp_path, monkeypatch, capsys):
    export_matrix(plan, tmp_path / "m.xlsx")
    plan.close()
    monkeypatch.setattr(planfile, "BUSY_TIMEOUT_MS", 300)
    holder = hold_write_lock(plan.path, 5)
    try:
        assert cli.main(["export-matrix", str(plan.path), str(tmp_path / "again.xlsx")]) == 2
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err
    assert err.startswith("error: The plan is busy in another window: it has been saving")
    assert "Traceback" not in err and not (tmp_path / "again.xlsx").exists()


def test_an_export_notes_exactly_the_state_it_wrote(plan, tmp_path, monkeypatch):
    """A change made by another window while an export runs is either in the workbook or in
    the changes since that export, never in neither."""
    from transition_planner.exchange import export as export_module

    second = second_window(plan.path)
    real_select = export_module.select_rows
    outcome = []

    def select_rows(*args, **kw):
        thread = threading.Thread(target=lambda: _run(
            lambda: inventory.add_location(second, {"name": "Added meanwhile"}), outcome))
        thread.start()
        thread.join(timeout=0.5)
        outcome.append(thread)
        return real_select(*args, **kw)

    monkeypatch.setattr(export_module, "select_rows", select_rows)
    try:
        export_matrix(plan, tmp_path / "m.xlsx")
        next(o for o in outcome if isinstance(o, threading.Thread)).join(timeout=10)
        assert None in outcome
        report = changes_since_export(plan)
        assert {line.record for line in report.lines} == {"Added meanwhile"}
    finally:
        second.file.engine.dispose()


# --- the plan is open elsewhere --------------------------------------------------------------


OTHER_WINDOW = """
    import sys, time
    from transition_planner.services import plans
    handle = plans.open_plan(sys.argv[1], user="Dana", claim=True)
    print("open", flush=True)
    time.sleep(30)
"""


def test_a_second_window_is_told_who_has_the_plan_open(plan, tmp_path):
    plan.close()
    other = subprocess.Popen([sys.executable, "-c", textwrap.dedent(OTHER_WINDOW), plan.path],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "open"
        with pytest.raises(owner.PlanInUse) as caught:
            plans.open_plan(plan.path, user="Ali", claim=True)
        assert caught.value.owner.user == "Dana"
        assert str(caught.value).startswith("plan.tplan is open by Dana on this computer since")
        assert owner.current_owner(plan.path).pid == other.pid
        reader = plans.open_plan(plan.path, user="Ali", read_only=True)  # what is offered
        assert inventory.list_locations(reader) == []
        reader.close()
    finally:
        other.kill()  # the other window crashes: its owner file stays behind
        other.wait()
    assert planfile.owner_path(plan.path).exists()
    assert owner.current_owner(plan.path) is None  # nobody holds it any more
    handle = plans.open_plan(plan.path, user="Ali", claim=True)
    assert owner.current_owner(plan.path).user == "Ali"
    again = plans.open_plan(plan.path, user="Ali", claim=True)  # this window re-opening it
    handle.close()
    assert owner.current_owner(plan.path).user == "Ali"
    again.close()
    assert not planfile.owner_path(plan.path).exists()
