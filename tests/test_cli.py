"""The command line, run as a user runs it: a real process, real files, real output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from transition_planner.domain.gaps import FLAG_KINDS
from transition_planner.services.demo import DELIBERATE_PROBLEMS


def run(*args, check_ok=True):
    result = subprocess.run(
        [sys.executable, "-m", "transition_planner", *map(str, args)],
        capture_output=True, text=True, timeout=120,
    )
    if check_ok:
        assert result.returncode == 0, result.stderr
    return result


def assert_clean_error(result, text):
    assert result.returncode != 0
    assert text in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_demo_then_gaps_lists_the_deliberate_problems_with_reasons(tmp_path):
    path = tmp_path / "x.tplan"
    run("demo", path)
    out = run("gaps", path).stdout
    for kind, capacity_name in DELIBERATE_PROBLEMS.items():
        lines = [line for line in out.splitlines() if f" {kind} " in line]
        assert any(capacity_name in line for line in lines), (kind, capacity_name)
    assert "14 October 2026: 74 days with nobody in charge" in out


def test_gaps_json_is_the_documented_contract(demo_path):
    data = json.loads(run("gaps", demo_path, "--json").stdout)
    assert set(data) == {"summary", "flags"}
    assert data["summary"]["capacities"] >= 60
    for flag in data["flags"]:
        assert flag["kind"] in FLAG_KINDS
        assert flag["severity"] in ("high", "medium", "low")
        assert flag["message"]
        assert flag["records"] and all({"type", "id", "name"} <= set(r) for r in flag["records"])
    assert {f["kind"] for f in data["flags"]} >= set(DELIBERATE_PROBLEMS)
    assert sum(data["summary"]["flags_by_kind"].values()) == len(data["flags"])


def test_gaps_series_json_matches_the_summary(demo_path):
    data = json.loads(run("gaps", demo_path, "--json", "--series").stdout)
    whole = data["series"]["all"]["all"]
    assert len(whole["requirement"]) == data["summary"]["months"]
    assert all(g >= 0 for g in whole["gap"])
    by_category = data["series"]["category"]
    assert sum(sum(s["gap"]) for s in by_category.values()) == pytest.approx(sum(whole["gap"]))


def test_a_scenario_by_name_changes_the_dates(demo_path):
    base = json.loads(run("gaps", demo_path, "--json").stdout)["summary"]
    fast = json.loads(run("gaps", demo_path, "--json", "--scenario",
                          "accelerated withdrawal").stdout)["summary"]
    assert fast["uncovered_location_months"] > base["uncovered_location_months"]
    assert_clean_error(run("gaps", demo_path, "--scenario", "nope", check_ok=False),
                       "No scenario called 'nope'")


def test_new_creates_an_empty_plan_and_refuses_to_overwrite(tmp_path):
    path = tmp_path / "empty.tplan"
    run("new", path, "--name", "Kelvara transition", "--exit", "2027-06-30")
    data = json.loads(run("gaps", path, "--json").stdout)
    assert data["summary"]["capacities"] == 0 and data["flags"] == []
    assert_clean_error(run("new", path, check_ok=False), "already exists")
    assert_clean_error(run("new", tmp_path / "b.tplan", "--exit", "2027-06-31", check_ok=False),
                       "planned_exit: is not a date")


def test_check_reports_a_sound_plan_and_a_damaged_one(tmp_path, demo_path):
    assert "no problems found" in run("check", demo_path).stdout
    junk = tmp_path / "junk.tplan"
    junk.write_bytes(b"not a plan at all" * 20)
    assert_clean_error(run("check", junk, check_ok=False), "not a Transition Planner plan")


@pytest.mark.parametrize("command", ["gaps", "check"])
def test_missing_files_fail_cleanly(tmp_path, command):
    assert_clean_error(run(command, tmp_path / "missing.tplan", check_ok=False),
                       "does not exist")


def test_help_lists_the_commands():
    out = run("--help").stdout
    for command in ("gui", "new", "demo", "gaps", "check"):
        assert command in out


def test_gaps_loads_no_window_report_or_workbook_library(demo_path):
    """`gaps` starts in a fraction of a second: Qt, reportlab, openpyxl, pyqtgraph and alembic
    are left unimported (each costs 0.1-0.5 s), and so are SQLAlchemy, SQLModel and pydantic
    (0.3 s together): a plan file is read with plain sqlite3."""
    code = ("import sys, io, contextlib\n"
            "from transition_planner import cli\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    assert cli.main(['gaps', '--json', {str(demo_path)!r}]) == 0\n"
            "heavy = ('PySide6', 'reportlab', 'openpyxl', 'pyqtgraph', 'alembic', 'sqlalchemy',\n"
            "         'sqlmodel', 'pydantic')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_gaps_json_writes_each_flag_as_the_engine_gives_it(demo_path, lang):
    """The flags written as they come are, byte for byte, the json module's text of the
    engine's flags (flag_to_dict), worded in the language asked for."""
    from transition_planner import i18n
    from transition_planner.domain.gaps import flag_to_dict
    from transition_planner.domain.wording import word_flag
    from transition_planner.services import gaps, plans

    handle = plans.open_plan(demo_path)
    try:
        report = gaps.compute(handle, as_of=date(2026, 9, 1))
    finally:
        handle.close()
    t = i18n.translator(lang)
    expected = []
    for flag in report.flags:
        shown = flag_to_dict(flag)
        shown["message"] = word_flag(flag, t)
        expected.append(json.dumps(shown, ensure_ascii=False))
    out = run("gaps", demo_path, "--json", "--as-of", "2026-09-01", "--lang", lang).stdout
    written = [line.strip().rstrip(",") for line in out.splitlines()
               if line.startswith('    {"kind": ')]
    assert len(written) == len(expected) > 15
    assert written == expected
    assert json.loads(out)["summary"] == json.loads(json.dumps(report.summary))


def test_gaps_on_an_older_plan_file_upgrades_it_first(tmp_path):
    """A plan file of an older schema is not read as it is: `gaps` opens it the usual way,
    which backs it up and upgrades it, then computes."""
    import shutil
    from pathlib import Path

    old = Path(__file__).parent / "fixtures" / "plan_schema_0001.tplan"
    path = tmp_path / "old.tplan"
    shutil.copy(old, path)
    data = json.loads(run("gaps", path, "--json").stdout)
    assert "summary" in data
    assert list(tmp_path.glob("old.before-upgrade-*.tplan"))


def test_gaps_json_puts_each_flag_on_a_line_of_its_own(demo_path):
    out = run("gaps", demo_path, "--json").stdout
    data = json.loads(out)
    lines = out.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    flag_lines = [line for line in lines if line.startswith('    {"kind": ')]
    assert [json.loads(line.rstrip(",")) for line in flag_lines] == data["flags"]


def test_a_command_that_leaves_at_once_has_written_all_its_output_and_log(demo_path, tmp_path):
    """gaps, check, report and export-matrix leave with os._exit (cli.run) once their work is
    done: what they printed and logged must all be out by then, their exit codes kept."""
    from transition_planner.logs import LOG_FILE_NAME

    env = {**os.environ, "TRANSITION_PLANNER_CONFIG_DIR": str(tmp_path / "config")}
    env.pop("PYTHONUNBUFFERED", None)  # buffered, as for a user: the buffer must be flushed

    def command(*args):
        return subprocess.run([sys.executable, "-m", "transition_planner", *map(str, args)],
                              capture_output=True, text=True, timeout=120, env=env)

    done = command("gaps", "--json", demo_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["flags"]  # the last bytes were flushed, not lost
    log = (tmp_path / "config" / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert f"gaps --json {demo_path}" in log
    missing = command("gaps", "--json", tmp_path / "none.tplan")
    assert missing.returncode == 2 and "error:" in missing.stderr
    assert command("check", demo_path).returncode in (0, 1)


def test_gaps_keeps_its_report_only_when_the_program_leaves_at_once(demo_path, monkeypatch,
                                                                    capsys):
    """The program (cli.run) leaves gaps' report to os._exit instead of freeing it object by
    object; cli.main inside a longer-lived process (this test) frees it as it returns."""
    import gc
    import weakref

    from transition_planner import cli

    reports = []
    keep = cli.keep_till_exit
    monkeypatch.setattr(cli, "keep_till_exit",
                        lambda report: (reports.append(weakref.ref(report)), keep(report)))
    assert cli.main(["gaps", "--json", str(demo_path)]) == 0
    capsys.readouterr()
    gc.collect()
    assert len(reports) == 1 and reports[0]() is None  # freed

    monkeypatch.setattr(cli, "_KEPT_TILL_EXIT", [])  # as run() sets it for gaps
    assert cli.main(["gaps", "--json", str(demo_path)]) == 0
    gc.collect()
    assert reports[1]() is not None and cli._KEPT_TILL_EXIT == [reports[1]()]


def test_the_command_names_known_before_parsing_are_the_parsers():
    """main() tells a plan to open in the window from a command by COMMAND_NAMES, without
    building every command's parser first: the list must be the parser's own."""
    from transition_planner import cli

    parser = cli.build_parser()
    assert cli.COMMAND_NAMES == set(parser._subparsers._group_actions[0].choices)
    window = cli.build_parser(window_only=True)
    assert set(window._subparsers._group_actions[0].choices) == {"gui"}
    args = window.parse_args(["gui", "plan.tplan", "--demo"])
    assert args.func is cli.cmd_gui and args.demo and args.plan.name == "plan.tplan"
