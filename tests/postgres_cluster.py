"""A throwaway PostgreSQL server in a temporary folder, for the tests and the benchmarks.

Debian's `postgresql` package (installed by scripts/setup.sh) gives initdb and pg_ctl; the
server listens on a Unix socket inside its folder only (no TCP port), with passwords required.
PostgreSQL refuses to run as root, so under root (CI) the server runs as `nobody`.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

SUPERUSER, SUPERUSER_PASSWORD = "postgres", "postgres-test-only"


def binaries() -> Path | None:
    """The folder of initdb, pg_ctl and psql, the newest installed version first."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(Path(p).parent.parent.name), reverse=True)
    if found:
        return Path(found[0]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


class LocalCluster:
    """initdb + pg_ctl in a private folder; stop() removes everything."""

    def __init__(self):
        self.bin = binaries()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (scripts/setup.sh installs it)")
        # Under /tmp, not pytest's 0700 folders: the server's own user must reach it.
        self.folder = Path(tempfile.mkdtemp(prefix="tp-postgres-"))
        self.data = self.folder / "data"
        self.socket = self.folder  # the socket lives beside the data, nowhere else
        self.port = 5432  # only names the socket file; nothing listens on TCP
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "nobody", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True,
                              cwd=self.folder)

    def start(self) -> LocalCluster:
        pwfile = self.folder / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        if self.as_root:
            shutil.chown(self.folder, "nobody", "nogroup")
            shutil.chown(pwfile, "nobody", "nogroup")
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={pwfile}",
                  "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8")
        pwfile.unlink()
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket}' "
                   f"-c port={self.port} -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=200")
        result = self._run("pg_ctl", "-D", str(self.data), "-o", options, "-w", "-t", "60",
                           "-l", str(self.folder / "server.log"), "start", check=False)
        if result.returncode != 0:
            log = (self.folder / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log}")
        return self

    def stop(self) -> None:
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop",
                      check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str, user: str = SUPERUSER,
            password: str | None = SUPERUSER_PASSWORD) -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql://{auth}@/{database}?host={self.socket}&port={self.port}"

    def admin(self, database: str = "postgres"):
        """A psycopg connection as the superuser, in autocommit (CREATE DATABASE needs it)."""
        import psycopg

        return psycopg.connect(host=str(self.socket), port=self.port, dbname=database,
                               user=SUPERUSER, password=SUPERUSER_PASSWORD, autocommit=True)

    def create_database(self, name: str, template: str | None = None) -> str:
        with self.admin() as conn:
            extra = f" TEMPLATE {template}" if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{extra}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def psql(self, database: str, user: str, password: str, sql: str):
        """Run `sql` with the real psql client as `user`: what a person at a terminal sees."""
        env = {**os.environ, "PGPASSWORD": password}
        return subprocess.run(
            [str(self.bin / "psql"), "-X", "-h", str(self.socket), "-p", str(self.port),
             "-U", user, "-d", database, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql],
            capture_output=True, text=True, env=env, timeout=60)
