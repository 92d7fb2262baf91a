"""The core runs without Qt: importing it must not pull PySide6 in."""

import subprocess
import sys
from pathlib import Path

CORE = [
    "transition_planner.domain.gaps", "transition_planner.store.planfile",
    "transition_planner.services.plans", "transition_planner.services.gaps",
    "transition_planner.services.inventory", "transition_planner.services.handovers",
    "transition_planner.cli",
]


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys, importlib\n"
        f"for name in {CORE!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph') or m.startswith('transition_planner.ui'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_import_contract_holds():
    """import-linter's contracts in pyproject.toml (also run by scripts/test.sh)."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint_imports), "--no-cache"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Contracts: 2 kept, 0 broken." in out.stdout
