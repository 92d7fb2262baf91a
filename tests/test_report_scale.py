"""A large plan's report in bounded memory: the donor report of 10,000 capacities (20,000
handovers, about 232,000 rows) is built by a whole process whose address space is limited to
1 GB, in about 10 s (the plan itself takes about as long to write). Before the report's tables
were laid out a page at a time, the donor report of a quarter of this plan needed about 3 GB
and died with a MemoryError while splitting the handover table (the cost grew with the square
of its rows); the 10k one took 23.7 GB."""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
LIMIT = 1024 ** 3


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def test_a_10k_capacity_donor_report_fits_in_a_gigabyte(tmp_path):
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
        bulk.insert_rows(handle, synthetic_rows(10_000))
    finally:
        handle.close()
    out = tmp_path / "donor.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "transition_planner", "report", str(path), str(out),
         "--created", "2027-03-15"], capture_output=True, text=True, timeout=180,
        preexec_fn=_limit_memory)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.stat().st_size > 0 and "Wrote the donor report" in done.stdout
    if shutil.which("pdftotext"):  # the whole report, not a first page
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "The plan lists 10,000 protection capacities" in text
        assert "more handovers (all are listed in the internal report)" in text
