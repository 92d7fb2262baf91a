"""A large plan's report in bounded memory: the donor report of 2,500 capacities (5,000
handovers) is built by a whole process whose address space is limited to 1 GB. Before the
report's tables were laid out a page at a time, this plan's report needed about 3 GB and died
with a MemoryError while splitting the handover table (the cost grew with the square of its
rows)."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
LIMIT = 1024 ** 3


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def test_a_large_donor_report_fits_in_a_gigabyte(tmp_path):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from synthetic import synthetic_rows
    finally:
        sys.path.remove(str(BENCHMARKS))
    from transition_planner.services import bulk
    from transition_planner.services.plans import PlanHandle
    from transition_planner.store import planfile

    path = tmp_path / "large.tplan"
    planfile.create_plan_file(path).engine.dispose()
    handle = PlanHandle(planfile.open_plan_file(path), "tester")
    try:
        bulk.insert_rows(handle, synthetic_rows(2500))
    finally:
        handle.close()
    out = tmp_path / "donor.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "transition_planner", "report", str(path), str(out),
         "--created", "2027-03-15"], capture_output=True, text=True, timeout=300,
        preexec_fn=_limit_memory)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.stat().st_size > 0 and "Wrote the donor report" in done.stdout
