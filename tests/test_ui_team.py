"""The window on a team plan: File > Open team plan against a real PostgreSQL server."""

from __future__ import annotations

import pytest
from postgres_cluster import SUPERUSER, SUPERUSER_PASSWORD
from PySide6.QtCore import Qt
from ui_helpers import type_text

from transition_planner import settings
from transition_planner.services import audit, handovers, inventory, plans
from transition_planner.ui.dialogs import team_plan
from transition_planner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def team_plan_address(server_database):
    """A team plan on the session's server, made by a colleague; its address, no password."""
    handle = plans.new_plan(server_database, {"name": "Kalima transition",
                                              "mission_name": "UNSMK"}, user="aicha")
    site = inventory.add_location(handle, {"name": "Kalima"})
    inventory.add_capacity(handle, {"name": "Community liaison assistants",
                                    "location_id": site.id, "category": "community_engagement"})
    handle.close()
    from transition_planner.store import server

    return server.display(server_database)  # as the window remembers it


@pytest.fixture
def no_password_from_elsewhere(monkeypatch, tmp_path):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    from transition_planner.store import server

    server._PASSWORDS.clear()  # nothing typed earlier in this test session


@pytest.fixture
def file_keyring(monkeypatch, tmp_path):
    """keyring configured as a user does it (PYTHON_KEYRING_BACKEND), with keyrings.alt's file
    backend in the test's folder: a real keyring on a machine without a desktop one."""
    import keyring
    import keyring.core

    previous = keyring.get_keyring()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    keyring.core.init_backend()
    yield keyring.get_keyring()
    keyring.set_keyring(previous)


def fill(qtbot, dialog, fields: dict, password: str) -> None:
    type_text(qtbot, dialog.host, fields["host"], commit=False)
    dialog.port.setValue(fields["port"])
    type_text(qtbot, dialog.database, fields["database"], commit=False)
    type_text(qtbot, dialog.login, fields["user"], commit=False)
    type_text(qtbot, dialog.password, password, commit=False)


def press_open(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    qtbot.wait(50)  # the timer's last tick


def test_open_a_team_plan_wrong_password_first(qtbot, window, team_plan_address,
                                               no_password_from_elsewhere):
    fields = team_plan.fields_of(team_plan_address)
    window.action_open_team.trigger()
    dialog = window.team_dialog
    assert dialog is not None and dialog.isVisible()
    # This machine has no desktop keyring: the password is asked each time.
    assert not dialog.remember.isEnabled() and "asked each time" in dialog.remember.text()
    fill(qtbot, dialog, fields, "not-the-password")
    press_open(qtbot, dialog)
    assert dialog.isVisible() and window.ctx.handle is None
    assert "refused this user name or password" in dialog.problem.text()
    assert dialog.password.hasFocus() or dialog.password.selectedText() == "not-the-password"
    type_text(qtbot, dialog.password, SUPERUSER_PASSWORD, commit=False)
    press_open(qtbot, dialog)
    qtbot.waitUntil(lambda: window.ctx.handle is not None, timeout=10_000)
    handle = window.ctx.handle
    assert handle.on_server
    title = window.windowTitle()
    assert title.startswith("Kalima transition (team plan: plan_tests (postgres@localhost))")
    assert "UNSMK" in title
    assert "Team plan" in window.path_label.text()
    page = window.show_page("inventory")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    for spec in window.specs:  # every page reads the team plan (its workers connect too)
        shown = window.show_page(spec.key)
        assert not type(shown).__name__.startswith("Unavailable")
        qtbot.wait(200)
        if hasattr(shown, "wait_for_workers"):
            shown.wait_for_workers()
    # Remembered without its password; no password anywhere in the window's settings.
    assert window.recent_team_plans() == [team_plan_address]
    window.store.sync()
    stored = (settings.config_dir() / "window.ini").read_text()
    assert "plan_tests" in stored and SUPERUSER_PASSWORD not in stored
    window.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in window.recent_menu.actions()]
    assert "Team plan: plan_tests (postgres@localhost)" in entries


def test_unreachable_server_and_a_database_that_is_not_a_plan(qtbot, window, postgres_cluster,
                                                              no_password_from_elsewhere):
    window.action_open_team.trigger()
    dialog = window.team_dialog
    fill(qtbot, dialog, {"host": "127.0.0.1", "port": 1, "database": "plan", "user": "amina"},
         "secret")
    press_open(qtbot, dialog)
    assert "cannot be reached" in dialog.problem.text()
    assert "Connection refused" in dialog.problem.text()  # the server's own words too
    postgres_cluster.create_database("not_a_plan")
    try:
        fields = team_plan.fields_of(postgres_cluster.url("not_a_plan"))
        fill(qtbot, dialog, fields, SUPERUSER_PASSWORD)
        press_open(qtbot, dialog)
        assert ("The database not_a_plan is not a Transition Planner plan"
                in dialog.problem.text())
        type_text(qtbot, dialog.database, "no_such_database", commit=False)
        press_open(qtbot, dialog)
        assert "no database called no_such_database" in dialog.problem.text()
    finally:
        postgres_cluster.drop_database("not_a_plan")
    assert window.ctx.handle is None and dialog.isVisible()
    dialog.reject()


def test_password_kept_in_the_keyring_when_asked(qtbot, window, team_plan_address, file_keyring,
                                                 no_password_from_elsewhere):
    window.open_team_plan(team_plan_address)  # as `gui postgresql://...` does: asks first
    dialog = window.team_dialog
    assert dialog.database.text() == "plan_tests" and dialog.login.text() == SUPERUSER
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked()
    type_text(qtbot, dialog.password, SUPERUSER_PASSWORD, commit=False)
    dialog.remember.click()
    press_open(qtbot, dialog)
    qtbot.waitUntil(lambda: window.ctx.handle is not None, timeout=10_000)
    assert file_keyring.get_password(team_plan.KEYRING_SERVICE,
                                     team_plan_address) == SUPERUSER_PASSWORD
    window.close_plan()
    from transition_planner.store import server

    server._PASSWORDS.clear()  # as after a restart: only the keyring knows it
    assert window.open_team_plan(team_plan_address) is None  # no dialog: straight in
    assert window.ctx.handle is not None and window.ctx.handle.on_server
    window.store.sync()
    assert SUPERUSER_PASSWORD not in (settings.config_dir() / "window.ini").read_text()
    # Unticked next time: the keyring forgets it.
    window.close_plan()
    window.open_team_plan(team_plan_address, ask=True)
    dialog = window.team_dialog
    assert dialog.remember.isChecked() and dialog.password.text() == SUPERUSER_PASSWORD
    dialog.remember.click()
    press_open(qtbot, dialog)
    qtbot.waitUntil(lambda: window.ctx.handle is not None, timeout=10_000)
    assert file_keyring.get_password(team_plan.KEYRING_SERVICE, team_plan_address) is None


def test_the_keyring_keeps_nothing_unless_a_real_one_or_chosen(monkeypatch):
    """keyrings.alt installed but not chosen (its plain-text file is picked automatically):
    the window does not use it."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    keyring.set_keyring(PlaintextKeyring())
    try:
        assert team_plan.keyring_backend() is None
        assert not team_plan.store_password("postgresql://amina@db.example/plan", "x")
    finally:
        keyring.set_keyring(previous)


def test_gui_with_an_address_opens_the_team_plan(qtbot, team_plan_address, monkeypatch):
    """`transition-planner gui postgresql://...` with the password from PGPASSWORD."""
    from transition_planner.ui.app import start_window

    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    app, window, hook = start_window(team_plan_address)
    try:
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.ctx.handle is not None, timeout=20_000)
        assert window.ctx.handle.address == team_plan_address
        assert "(team plan: plan_tests" in window.windowTitle()
    finally:
        window.collector.stop()
        hook.uninstall()
        window.close()


# --- two clients on one record: the window's edit made on a stale version ------------------


@pytest.fixture
def two_clients(qtbot, server_database, window):
    """Bruno at a field office (a client of his own) and Aïcha in the real window."""
    bruno = plans.new_plan(server_database, {"name": "Team plan",
                                             "horizon_start": "2027-01-01"}, user="bruno")
    site = inventory.add_location(bruno, {"name": "Kalima", "closure_date": "2027-06-30"})
    capacity = inventory.add_capacity(bruno, {
        "name": "Community liaison assistants", "location_id": site.id,
        "category": "community_engagement", "quantity": 30, "annual_cost": "420000"})
    actor = inventory.add_actor(bruno, {"name": "UNICEF", "actor_type": "un_agency"})
    handover = handovers.add_handover(bruno, {"capacity_id": capacity.id,
                                              "actor_id": actor.id, "share": 0.5})
    line = handovers.add_funding_line(bruno, {"capacity_id": capacity.id,
                                              "source_type": "bilateral", "amount": "100000",
                                              "currency": "USD"})
    settings_ = settings.Settings.load()
    settings_.user_name = "aicha"
    settings_.save()
    assert window.open_plan(server_database)
    page = window.show_page("inventory")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    index = page.model.index(0, 0)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(index).center())
    assert page.detail.title.text() == "Community liaison assistants"
    yield bruno, page.detail, capacity, handover, line
    bruno.close()


def stale_dialog(qtbot, window):
    qtbot.waitUntil(lambda: window.stale_dialog is not None and window.stale_dialog.isVisible(),
                    timeout=5000)
    return window.stale_dialog


def table_rows(dialog) -> list[list[str]]:
    tree = dialog.table
    return [[tree.topLevelItem(i).text(c) for c in range(4)]
            for i in range(tree.topLevelItemCount())]


def test_a_stale_capacity_edit_asks_and_keep_mine_keeps_the_undo_stack(qtbot, window,
                                                                      two_clients):
    bruno, detail, capacity, _, _ = two_clients
    quantity = detail.form.fields.widget("quantity")
    type_text(qtbot, quantity, "28")  # Aïcha's first edit: saved
    assert inventory.get_capacity(bruno, capacity.id).quantity == 28
    assert window.ctx.undo_stack.count() == 1
    fresh = inventory.get_capacity(bruno, capacity.id)  # Bruno, on his own connection
    inventory.update_capacity(bruno, capacity.id, {"quantity": 25}, version=fresh.version)
    type_text(qtbot, quantity, "40")  # the window still shows 28: a stale version
    dialog = stale_dialog(qtbot, window)
    assert "changed by bruno" in dialog.summary.text()
    rows = table_rows(dialog)
    assert rows[0][:3] == ["quantity", "40", "25"] and rows[0][3].startswith("bruno, ")
    assert inventory.get_capacity(bruno, capacity.id).quantity == 25  # nothing lost yet
    assert window.ctx.undo_stack.count() == 1  # the stack survives the refusal
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert window.stale_dialog is None
    assert inventory.get_capacity(bruno, capacity.id).quantity == 40
    assert quantity.value() == "40" or str(quantity.value()) == "40"
    assert window.ctx.undo_stack.count() == 2
    window.action_undo.trigger()  # Ctrl+Z: Bruno's value back
    assert inventory.get_capacity(bruno, capacity.id).quantity == 25
    window.action_undo.trigger()  # and Aïcha's first edit undone too
    assert inventory.get_capacity(bruno, capacity.id).quantity == 30
    window.action_redo.trigger()
    window.action_redo.trigger()
    assert inventory.get_capacity(bruno, capacity.id).quantity == 40
    who = [e.user for e in audit.history(bruno, record_id=capacity.id)]
    assert "bruno" in who and "aicha" in who


def test_a_stale_share_edit_reload_takes_theirs(qtbot, window, two_clients):
    bruno, detail, _, handover, _ = two_clients
    detail.tabs.setCurrentWidget(detail.successors)
    assert detail.successors.current.id == handover.id
    share = detail.successors.fields.widget("share")
    handovers.update_handover(bruno, handover.id, {"share": 0.6}, version=handover.version)
    type_text(qtbot, share, "40")  # 40%, on the version of 50%
    dialog = stale_dialog(qtbot, window)
    assert table_rows(dialog)[0][:3] == ["share", "0.4", "0.6"]
    before = window.ctx.undo_stack.count()
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert handovers.list_handovers(bruno)[0].share == 0.6
    assert share.text().replace("\u202f", "").startswith("60")  # the form shows theirs
    assert window.ctx.undo_stack.count() == before
    type_text(qtbot, share, "45")  # now on the version it shows: saved
    assert window.stale_dialog is None
    assert handovers.list_handovers(bruno)[0].share == 0.45


def test_a_stale_funding_line_edit_names_who_changed_what(qtbot, window, two_clients):
    bruno, detail, _, _, line = two_clients
    detail.tabs.setCurrentWidget(detail.funding)
    funding = detail.funding
    if funding.current is None:
        funding.table.selectRow(0)
    assert funding.current.id == line.id
    handovers.update_funding_line(bruno, line.id, {"status": "pledged", "donor": "ECHO"},
                                  version=line.version)
    type_text(qtbot, funding.fields.widget("amount"), "90000")
    dialog = stale_dialog(qtbot, window)
    rows = {r[0]: r for r in table_rows(dialog)}
    assert rows["amount"][1:3] == ["90000", "(not changed)"]
    assert rows["status"][1:3] == ["(not changed)", "pledged"]
    assert rows["donor"][2] == "ECHO" and rows["donor"][3].startswith("bruno")
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    saved = handovers.list_funding_lines(bruno)[0]
    assert (saved.amount, saved.status, saved.donor) == (90000, "pledged", "ECHO")
