"""A writer killed at random points (in edits, imports and checkpoints) loses no committed
change, and the plan opens and checks sound after every kill."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from transition_planner.services import check, inventory, plans
from transition_planner.store.models import Capacity, Location

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 20
ROWS_PER_IMPORT = 40


def run_and_kill(path: Path, seed: int, rng: random.Random) -> list[str]:
    """Start the writer, kill it (SIGKILL) at a point chosen by `rng`; return what it said."""
    writer = subprocess.Popen([sys.executable, str(WRITER), str(path), str(seed)],
                              stdout=subprocess.PIPE, text=True, bufsize=1,
                              env={**os.environ, "PYTHONPATH": str(WRITER.parent.parent)})
    said = []
    try:
        assert writer.stdout.readline().strip() == "ready"
        target = ("checkpoint", "import", "edit", None)[seed % 4]  # where this kill aims
        deadline = time.monotonic() + rng.uniform(0.1, 0.5)
        while True:
            line = writer.stdout.readline().strip()
            if not line:
                break
            said.append(line)
            if time.monotonic() < deadline:
                continue
            if target is None or line.startswith(target):
                time.sleep(rng.uniform(0, 0.03))  # somewhere inside that step
                break
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    return said


def test_killed_writers_lose_no_committed_change(tmp_path):
    path = tmp_path / "plan.tplan"
    handle = plans.new_plan(path, {"name": "Crash plan"}, user="tester")
    inventory.add_location(handle, {"name": "Base"})
    handle.close()
    rng = random.Random(20260)
    committed_sites, committed_imports, aimed = set(), set(), {}
    for seed in range(KILLS):
        said = run_and_kill(path, seed, rng)
        for line in said:
            words = line.split(" ", 2)
            if words[0] == "committed" and words[1] == "edit":
                committed_sites.add(f"Site {words[2]}")
            elif words[0] == "committed" and words[1] == "import":
                committed_imports.add(words[2])
        last = said[-1].split(" ")[0] if said else "ready"
        aimed[last] = aimed.get(last, 0) + 1
        handle = plans.open_plan(path, user="tester")  # opens: nothing says "damaged"
        try:
            assert check.check_plan(handle) == []
            with handle.read() as session:
                names = set(session.execute(select(Location.name)).scalars())
                imported = Counter(name.split(" row")[0] for name in session.execute(
                    select(Capacity.name)).scalars())
        finally:
            handle.close()
        assert committed_sites <= names, sorted(committed_sites - names)[:3]
        assert all(imported.get(marker) == ROWS_PER_IMPORT for marker in committed_imports)
        assert set(imported.values()) <= {ROWS_PER_IMPORT}  # an import is whole or not there
    assert len(committed_sites) > KILLS and committed_imports
    # the kills fell inside checkpoints and imports, not only between edits
    assert aimed.get("checkpoint", 0) >= 2 and aimed.get("import", 0) >= 2, aimed
