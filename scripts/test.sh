#!/usr/bin/env bash
# Sets up everything, then runs every check CI runs: lint, the no-Qt-in-core contract, the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/lint-imports
.venv/bin/python -m pytest "$@"
