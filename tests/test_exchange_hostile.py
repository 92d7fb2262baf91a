"""Hostile workbooks (made by tests/hostile_workbooks.py) are refused cleanly and cheaply."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hostile_workbooks import BASE_DAMAGE, base_of_wrong_types, shared_strings_bomb
from test_exchange_badfiles import refused
from test_exchange_support import build_small_plan

from transition_planner.exchange.export import export_matrix

TESTS = Path(__file__).parent

# The peak of the child's own memory: VmHWM starts afresh at exec, while ru_maxrss keeps the
# high-water mark of the process it was forked from (the whole test session).
PEAK_MEMORY = """
    import sys
    from transition_planner.exchange.merge import preview_import
    from transition_planner.services import plans
    handle = plans.open_plan(sys.argv[1], user="tester")
    try:
        preview_import(handle, sys.argv[2], as_new=True)
        print("imported")
    except Exception as exc:
        print(type(exc).__name__, exc)
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM:"))
    print(int(peak.split()[1]) // 1024)
"""


@pytest.mark.parametrize(("text_size", "message"), [
    (1_000_000, "the cell D2 of the sheet Matrix holds 1,000,000 characters, more than a "
                "spreadsheet cell can (32,767)"),
    (30_000, "holds more than 100,000,000 characters of text in its cells"),
])
def test_a_shared_strings_bomb_is_refused_without_the_memory(plan, tmp_path, text_size,
                                                             message):
    """One string shown by 49,000 cells: the file is small, the text it makes is not."""
    build_small_plan(plan)
    bomb = shared_strings_bomb(tmp_path / "bomb.xlsx", text_size)
    assert bomb.stat().st_size < 3_000_000
    refused(plan, bomb, re.escape(message), as_new=True)
    plan.file.engine.dispose()
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(PEAK_MEMORY), plan.path, bomb],
                            capture_output=True, text=True, timeout=300)
    kind, *_rest = result.stdout.splitlines()[0].split(" ", 1)
    assert kind == "WorkbookError", result.stdout + result.stderr
    assert int(result.stdout.splitlines()[-1]) < 400  # MB at the peak; 49 GB would be made


@pytest.fixture
def exported(plan, tmp_path):
    build_small_plan(plan)
    out = tmp_path / "matrix.xlsx"
    export_matrix(plan, out)
    return plan, out


@pytest.mark.parametrize("how", BASE_DAMAGE)
def test_a_base_of_unexpected_types_is_refused_as_damaged(exported, tmp_path, how):
    handle, out = exported
    damaged = base_of_wrong_types(out, tmp_path / "damaged.xlsx", how)
    refused(handle, damaged, "hidden _base sheet of this workbook is damaged")


def test_the_script_writes_every_hostile_workbook(tmp_path):
    result = subprocess.run([sys.executable, str(TESTS / "hostile_workbooks.py"), tmp_path],
                            capture_output=True, text=True, timeout=300,
                            env={"PYTHONPATH": str(TESTS.parent), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "shared-strings-bomb.xlsx").is_file()
