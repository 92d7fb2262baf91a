"""Shared fixtures: every test gets its own settings folder and fresh plan files."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

# Qt runs without a screen in tests unless a test asks for a real X display (screenshots).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def english_locale():
    """Dates and numbers as the window writes them in English (what start-up sets)."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture(autouse=True)
def english_messages():
    """Each test starts with the core's messages in English: a command run with --lang sets the
    process's language, and a later test would read French where it expects English."""
    from transition_planner import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """Keep the user's real preferences and logs out of every test."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("TRANSITION_PLANNER_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def qt_garbage_collected_as_the_window_does(request):
    """A window test collects Python's garbage as the started window does: only in the window's
    thread (ui/collector.py), and once more when it ends, with no worker thread running.

    Left to the automatic collector, the cycles of one test's closed windows were collected at
    a random moment of a later test, while its worker thread wrote a plan; that is how CI once
    died with a segmentation fault inside the collector. (Defined before `no_leftover_threads`,
    so the last collection runs after that fixture has joined the threads.)
    """
    if "qtbot" not in request.fixturenames:
        yield
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from transition_planner.ui.collector import MainThreadCollector

    request.getfixturevalue("qapp")
    collector = MainThreadCollector()
    yield
    collector.stop()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def no_leftover_threads():
    """Fail a test that leaves a thread of ours running (it would touch a closed plan)."""
    before = set(threading.enumerate())
    yield
    leftover = [
        t for t in threading.enumerate()
        if t not in before and t.is_alive() and not t.daemon
    ]
    for thread in leftover:
        thread.join(timeout=5)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"threads left running: {still}"


# --- backends: a plan file, or a team plan on a real PostgreSQL server ---------------------
# Test modules marked `both_backends` run every test that takes `plan` or `demo_plan` twice:
# on a .tplan file and on a database of a PostgreSQL server the session starts itself.
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
            "both_backends"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_cluster():
    """A PostgreSQL server of this test session (a Unix socket in a temporary folder)."""
    from postgres_cluster import LocalCluster

    cluster = LocalCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def shared_server_database(postgres_cluster):
    """One database with the plan schema, emptied before each test that takes it (emptying
    takes a few milliseconds; a new database from a template about half a second)."""
    from transition_planner.store import server

    url = postgres_cluster.create_database("plan_tests")
    engine = server.make_engine(url)
    server.create_schema(engine)
    yield url, engine
    engine.dispose()


@pytest.fixture
def server_database(shared_server_database):
    """The schema of a plan with no rows at all; its superuser address."""
    from sqlalchemy import text

    from transition_planner.store.models import metadata

    url, engine = shared_server_database
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL lock_timeout = '10s'"))  # a handle left open would block
        conn.execute(text("SET LOCAL session_replication_role = replica"))  # no key checks
        for table in metadata.sorted_tables:
            conn.execute(table.delete())
    return url


@pytest.fixture
def plan_address(backend, tmp_path, request) -> str:
    """Where the test's plan goes: a file in its folder, or a fresh server database."""
    if backend == "postgresql":
        return request.getfixturevalue("server_database")
    return str(tmp_path / "plan.tplan")


@pytest.fixture
def plan(plan_address):
    """A new, empty plan with a horizon from January 2027 (a file, or on a server)."""
    from transition_planner.services import plans

    handle = plans.new_plan(
        plan_address,
        {"name": "Test plan", "mission_name": "Test Mission", "planned_exit": "2027-12-31",
         "horizon_start": "2027-01-01", "horizon_months": 24},
        user="tester",
    )
    yield handle
    handle.file.engine.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo plan, built once per test run."""
    from transition_planner.services.demo import write_demo_plan

    path = tmp_path_factory.mktemp("demo") / "demo.tplan"
    handle = write_demo_plan(path, user="demo")
    handle.close()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path):
    """A private copy of the demo plan that a test may change."""
    path = tmp_path / "demo.tplan"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo_window(qtbot, demo_path, monkeypatch):
    """The real window at a field laptop's size on a copy of the demo plan, read and active
    (keys reach its actions); closing it discards unsaved edits without asking."""
    from PySide6.QtWidgets import QMessageBox
    from ui_helpers import activate, settle

    from transition_planner.ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    main = MainWindow()
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_plan(demo_path)
    settle(qtbot, main.page("inventory"))
    activate(qtbot, main)
    yield main
    main.close()


@pytest.fixture(scope="session")
def demo_server_template(postgres_cluster, demo_template):
    """The demo plan put on the session's server once (`server import`), copied per test."""
    from transition_planner.store import transfer

    url = postgres_cluster.create_database("demo_template")
    transfer.import_plan_file(demo_template, url)
    return "demo_template"


@pytest.fixture
def demo_plan(backend, demo_path, request):
    """The demo plan: a private file, or a private database on the session's server."""
    from transition_planner.services import plans

    if backend == "postgresql":
        cluster = request.getfixturevalue("postgres_cluster")
        template = request.getfixturevalue("demo_server_template")
        name = f"d{abs(hash(request.node.nodeid)) % 10**10}_{os.getpid()}"
        handle = plans.open_plan(cluster.create_database(name, template=template),
                                 user="tester")
        yield handle
        handle.file.engine.dispose()
        cluster.drop_database(name)
        return
    handle = plans.open_plan(demo_path, user="tester")
    yield handle
    handle.file.engine.dispose()


def _wait_for(path: Path, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def x_display():
    """A private X display (Xvfb) with a window manager, for screenshots; its environment."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    number = 200 + os.getpid() % 50
    while Path(f"/tmp/.X11-unix/X{number}").exists():  # the X socket of a display in use
        number += 1
    display = f":{number}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    wm = None
    try:
        assert _wait_for(Path(f"/tmp/.X11-unix/X{number}"), 10), "Xvfb did not start"
        if shutil.which("openbox"):
            wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
            time.sleep(0.5)
        yield env
    finally:
        for process in (wm, xvfb):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)
