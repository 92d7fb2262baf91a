"""A writer for the crash-safety test: changes a plan for ever, saying what it committed.

    python tests/crash_writer.py PLAN SEED

Prints "ready", then for each change "checkpoint", "import N" or "edit N" before it starts
and "committed ..." once it is committed (flushed at once, so a killed writer has said
exactly what it committed, or a little less).
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook

from transition_planner.exchange.apply import apply_import
from transition_planner.exchange.merge import preview_import
from transition_planner.services import inventory, plans

ROWS_PER_IMPORT = 40


def say(text: str) -> None:
    print(text, flush=True)


def workbook(folder: Path, number: int) -> Path:
    """A partner's sheet of new capacities, all marked with the import's number."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Matrix")
    ws.append(["Location", "Capacity", "Category", "Capacity notes"])
    for row in range(ROWS_PER_IMPORT):
        ws.append(["Base", f"Import {number} row {row}", "Mine action", "n" * 500])
    path = folder / f"import-{number}.xlsx"
    wb.save(path)
    return path


def main(plan: str, seed: int) -> None:
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp())
    handle = plans.open_plan(plan, user="crash")
    with handle.file.engine.connect() as conn:  # let the log grow: checkpoints take longer
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
    base = next(loc for loc in inventory.list_locations(handle) if loc.name == "Base")
    say("ready")
    for step in range(10_000):
        kind = rng.choice(["edit"] * 6 + ["import", "checkpoint"])
        marker = f"{seed}-{step}"
        say(f"{kind} {marker}")
        if kind == "edit":
            inventory.add_location(handle, {"name": f"Site {marker}", "parent_id": base.id,
                                            "notes": "x" * rng.randint(10, 3000)})
        elif kind == "import":
            path = workbook(folder, step)
            apply_import(handle, preview_import(handle, path, as_new=True))
            marker = f"Import {step}"
        else:
            handle.close()  # folds the log into the file
            handle = plans.open_plan(plan, user="crash")
        say(f"committed {kind} {marker}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
