"""`python -m transition_planner` runs the command line."""

from transition_planner.cli import run

run()
