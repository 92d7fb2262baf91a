"""The team-plan commands as an IT officer and a field planner type them: real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from postgres_cluster import SUPERUSER_PASSWORD

from transition_planner.services.demo import DELIBERATE_PROBLEMS


def run(*args, password=SUPERUSER_PASSWORD, stdin="", check_ok=True):
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    if password:
        env["PGPASSWORD"] = password
    result = subprocess.run([sys.executable, "-m", "transition_planner", *map(str, args)],
                            capture_output=True, text=True, timeout=180, input=stdin, env=env)
    if check_ok:
        assert result.returncode == 0, result.stderr
    return result


def test_server_setup_then_plan_commands_take_the_address(postgres_cluster, demo_template):
    postgres_cluster.create_database("cli_team")
    admin = postgres_cluster.url("cli_team", password=None)  # the password from PGPASSWORD
    try:
        run("server", "import", demo_template, admin)
        assert "ready for a team plan" in run("server", "init", admin).stdout
        run("server", "add-user", admin, "cli_donor", "--role", "donor", "--password-stdin",
            stdin="donor-secret\n")
        out = run("gaps", admin, "--json").stdout
        kinds = {flag["kind"] for flag in json.loads(out)["flags"]}
        assert set(DELIBERATE_PROBLEMS) <= kinds
        assert "no problems found" in run("check", admin).stdout
        donor = postgres_cluster.url("cli_team", user="cli_donor", password="donor-secret")
        assert run("gaps", donor, password=None).returncode == 0  # a donor reads the gaps
        # Mistakes get a clear word and no traceback.
        wrong = run("gaps", postgres_cluster.url("cli_team", user="cli_donor",
                                                 password="wrong"), password=None,
                    check_ok=False)
        assert wrong.returncode == 2 and "password authentication failed" in wrong.stderr
        assert "Traceback" not in wrong.stderr
        empty = run("gaps", postgres_cluster.url("postgres", password=None), check_ok=False)
        assert "holds no plan" in empty.stderr
        again = run("server", "import", demo_template, admin, check_ok=False)
        assert "holds a plan already" in again.stderr
    finally:
        postgres_cluster.drop_database("cli_team")
