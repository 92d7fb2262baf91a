"""Bad input in every form of the window: refused at the field, said clearly, nothing changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import choose, error_text, map_successor, settle, type_text

from transition_planner.services import audit, handovers, inventory, plans, timeline
from transition_planner.ui.main_window import MainWindow

NAME = "Community alert network (Nord-Asari)"  # a demo capacity with one successor


@pytest.fixture
def window(qtbot, demo_path):
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert main.open_plan(demo_path)
    settle(qtbot, main.page("inventory"))
    yield main
    main.close()


@pytest.fixture
def detail(qtbot, window):
    page = window.page("inventory")
    cap = next(c for c in inventory.list_capacities(window.ctx.handle) if c.name == NAME)
    assert page.select_capacity(cap.id)
    qtbot.waitUntil(lambda: page.detail.capacity_id == cap.id)
    return page.detail


def snapshot(handle) -> int:
    """How many changes the audit trail holds: a refused edit adds none."""
    return len(audit.history(handle))


CAPACITY_CASES = [
    ("name", "", "is required"),
    ("name", "x" * 301, "at most 300 characters"),
    ("quantity", "thirty", "is not a number"),
    ("quantity", "-3", "must not be negative"),
    ("annual_cost", "a lot", "is not a number"),
    ("annual_cost", "-5000", "must not be negative"),
    ("annual_cost", "12.345", "decimal places"),
    ("currency", "EURO", "three-letter currency code"),
    ("currency", "€", "three-letter currency code"),
    ("end_date", "31/13/2027", "is not a date: write it as DD/MM/YYYY"),
    ("end_date", "31/12/27", "is not a date: write it as DD/MM/YYYY"),
    ("end_date", "2027-02-30", "is not a date: write it as DD/MM/YYYY"),
    ("end_date", "2027-12-31xyz", "is not a date: write it as DD/MM/YYYY"),
    ("required_share", "150", "between 0 and 100%"),
    ("required_share", "half", "is not a number"),
]


@pytest.mark.parametrize(("field", "text", "message"), CAPACITY_CASES)
def test_capacity_form_refuses_bad_values(qtbot, window, detail, field, text, message):
    handle = window.ctx.handle
    before = inventory.get_capacity(handle, detail.capacity_id)
    changes, steps = snapshot(handle), window.ctx.undo_stack.count()
    type_text(qtbot, detail.form.fields.widget(field), text)
    assert message in error_text(detail.form.fields, field)
    after = inventory.get_capacity(handle, detail.capacity_id)
    assert getattr(after, field) == getattr(before, field)
    assert after.updated_at == before.updated_at
    assert (snapshot(handle), window.ctx.undo_stack.count()) == (changes, steps)
    # Fixing the value clears the message and saves it.
    good = {"name": "Alert network", "quantity": "40", "annual_cost": "1000",
            "currency": "EUR", "end_date": "2027-01-31", "required_share": "50"}[field]
    type_text(qtbot, detail.form.fields.widget(field), good)
    assert error_text(detail.form.fields, field) == ""
    assert window.ctx.undo_stack.count() == steps + 1


def test_capacity_name_with_accents_is_kept(qtbot, window, detail):
    name = "Réseau d'alerte communautaire (Nord-Asari)"
    type_text(qtbot, detail.form.fields.widget("name"), name)
    assert inventory.get_capacity(window.ctx.handle, detail.capacity_id).name == name


def test_enabler_cannot_be_the_capacity_itself(qtbot, window, detail):
    form = detail.form
    assert form.enabler_choice.findData(detail.capacity_id) < 0  # not even offered


HANDOVER_CASES = [
    ("share", "150", "between 0 and 100%"),
    ("share", "most", "is not a number"),
    ("quantity", "-2", "must not be negative"),
    ("quantity", "a dozen", "is not a number"),
    ("start_date", "July", "is not a date: write it as DD/MM/YYYY"),
    ("end_date", "2020-01-01", "ends (2020-01-01) before it starts"),
]


@pytest.mark.parametrize(("field", "text", "message"), HANDOVER_CASES)
def test_handover_form_refuses_bad_values(qtbot, window, detail, field, text, message):
    handle = window.ctx.handle
    successors = detail.successors
    row = successors.rows()[0]
    before = handovers.list_handovers(handle, detail.capacity_id)
    changes = snapshot(handle)
    type_text(qtbot, successors.fields.widget(field), text)
    assert message in error_text(successors.fields, field)
    assert handovers.list_handovers(handle, detail.capacity_id) == before
    assert snapshot(handle) == changes
    assert successors.current.id == row.id


def test_shares_above_100_percent_are_kept_and_a_share_above_100_is_refused(
    qtbot, window, detail
):
    handle = window.ctx.handle
    successors = detail.successors
    map_successor(qtbot, successors, "UN Women")
    new = successors.current
    assert new.values["share"] == 0.0  # the first successor holds the whole capacity
    type_text(qtbot, successors.fields.widget("share"), "30")  # 130% together: a flag
    assert error_text(successors.fields, "share") == ""
    stored = {h.id: h.share for h in handovers.list_handovers(handle, detail.capacity_id)}
    assert stored[new.id] == 0.3
    type_text(qtbot, successors.fields.widget("share"), "130")
    assert "must be between 0 and 100%" in error_text(successors.fields, "share")
    stored = {h.id: h.share for h in handovers.list_handovers(handle, detail.capacity_id)}
    assert stored[new.id] == 0.3


def test_readiness_refuses_evidence_without_score_and_bad_dates(qtbot, window, detail):
    handle = window.ctx.handle
    readiness = detail.readiness
    handover_id = readiness.handover_id()
    before = {s.dimension: s.score for s in handovers.readiness_of(handle, handover_id)}
    choose(readiness.rows["legitimacy"].score, None)  # clear a score: allowed (undoable)
    assert "legitimacy" not in {s.dimension for s in handovers.readiness_of(handle,
                                                                            handover_id)}
    row = readiness.rows["legitimacy"]
    type_text(qtbot, row.evidence, "Perception survey, May")
    assert "Choose a score from 1 to 5 first" in row.error.text()
    choose(row.score, 4)
    type_text(qtbot, row.assessed_on, "last week")
    assert "is not a date" in row.error.text()
    scores = {s.dimension: s for s in handovers.readiness_of(handle, handover_id)}
    assert scores["legitimacy"].assessed_on is None
    window.action_undo.trigger()  # the score of 4
    window.action_undo.trigger()  # clearing the original score
    assert {s.dimension: s.score for s in handovers.readiness_of(handle, handover_id)} == before


FUNDING_CASES = [
    ("amount", "", "is required"),
    ("amount", "plenty", "is not a number"),
    ("amount", "-100", "must not be negative"),
    ("currency", "US", "three-letter currency code"),
    ("period_start", "Q3 2027", "is not a date: write it as DD/MM/YYYY"),
    ("period_end", "2019-12-31", "ends (2019-12-31) before it starts"),
]


@pytest.mark.parametrize(("field", "text", "message"), FUNDING_CASES)
def test_new_funding_line_refuses_bad_values(qtbot, window, detail, field, text, message):
    handle = window.ctx.handle
    funding = detail.funding
    before = handovers.list_funding_lines(handle, detail.capacity_id)
    qtbot.mouseClick(funding.new_button, Qt.MouseButton.LeftButton)
    good = {"amount": "50000", "currency": "USD", "period_start": "2027-01-01",
            "period_end": "2027-12-31"}
    for name, value in {**good, field: text}.items():
        type_text(qtbot, funding.fields.widget(name), value, commit=False)
    qtbot.mouseClick(funding.add_button, Qt.MouseButton.LeftButton)
    shown = error_text(funding.fields, field) or funding.general_error.text()
    assert message in shown
    assert handovers.list_funding_lines(handle, detail.capacity_id) == before


def test_funding_line_field_edit_refused(qtbot, window, detail):
    handle = window.ctx.handle
    funding = detail.funding
    funding.table.selectRow(0)
    line = funding.current
    type_text(qtbot, funding.fields.widget("amount"), "twelve")
    assert "is not a number" in error_text(funding.fields, "amount")
    assert [ln.amount for ln in handovers.list_funding_lines(handle, detail.capacity_id)
            if ln.id == line.id] == [line.values["amount"]]


def test_empty_comment_is_refused(qtbot, window, detail):
    comments = detail.comments
    before = timeline.comments_on(window.ctx.handle, detail.capacity_id)
    type_text(qtbot, comments.body, "   ", commit=False)
    qtbot.mouseClick(comments.add_button, Qt.MouseButton.LeftButton)
    assert comments.error.text() == "Write something first."
    assert timeline.comments_on(window.ctx.handle, detail.capacity_id) == before


def test_add_capacity_dialog_refuses_a_missing_name(qtbot, window):
    page = window.page("inventory")
    count = len(inventory.list_capacities(window.ctx.handle))
    dialog = page.open_add_dialog()
    type_text(qtbot, dialog.fields.widget("quantity"), "many", commit=False)
    dialog.accept()  # what the field cannot read is said first
    assert dialog.isVisible()
    assert error_text(dialog.fields, "quantity").startswith("is not a number")
    assert len(inventory.list_capacities(window.ctx.handle)) == count
    type_text(qtbot, dialog.fields.widget("quantity"), "1,200", commit=False)
    dialog.accept()
    assert error_text(dialog.fields, "name") == "is required"
    assert len(inventory.list_capacities(window.ctx.handle)) == count
    dialog.reject()


def test_add_capacity_needs_a_location(qtbot, tmp_path):
    main = MainWindow()
    qtbot.addWidget(main)
    handle = plans.new_plan(tmp_path / "empty.tplan", {"name": "Empty"}, user="tester")
    handle.close()
    assert main.open_plan(tmp_path / "empty.tplan")
    main.show()
    assert main.start_shown()  # an empty plan opens on its first steps: go to the Inventory
    qtbot.mouseClick(main.start_page.buttons["inventory"], Qt.MouseButton.LeftButton)
    dialog = main.page("inventory").open_add_dialog()
    type_text(qtbot, dialog.fields.widget("name"), "Radio station", commit=False)
    dialog.accept()
    assert "no location yet" in error_text(dialog.fields, "location_id")
    dialog.reject()
    main.close()


NEW_PLAN_CASES = [
    ("name", "", "is required"),
    ("planned_exit", "next year", "is not a date: write it as DD/MM/YYYY"),
    ("horizon_months", "0", "greater than or equal to 1"),
    ("horizon_months", "three", "is not a number"),
    ("currency", "dollars", "three-letter currency code"),
]


@pytest.mark.parametrize(("field", "text", "message"), NEW_PLAN_CASES)
def test_new_plan_dialog_refuses_bad_values(qtbot, tmp_path, field, text, message):
    main = MainWindow()
    qtbot.addWidget(main)
    main.action_new.trigger()
    dialog = main.new_plan_dialog
    type_text(qtbot, dialog.fields.widget("name"), "Plan", commit=False)
    type_text(qtbot, dialog.fields.widget(field), text, commit=False)
    dialog.path.setText(str(tmp_path / "plan.tplan"))
    dialog.accept()
    assert message in error_text(dialog.fields, field)
    assert dialog.isVisible() and main.ctx.handle is None
    assert not (tmp_path / "plan.tplan").exists()
    dialog.reject()
    main.close()


def test_new_plan_dialog_refuses_bad_paths(qtbot, tmp_path):
    main = MainWindow()
    qtbot.addWidget(main)
    main.action_new.trigger()
    dialog = main.new_plan_dialog
    type_text(qtbot, dialog.fields.widget("name"), "Plan", commit=False)
    existing = tmp_path / "taken.tplan"
    existing.write_bytes(b"someone's work")
    dialog.path.setText(str(existing))
    dialog.accept()
    assert "already exists" in dialog.path_error.text()
    assert existing.read_bytes() == b"someone's work"
    dialog.path.setText(str(tmp_path / "no such folder" / "plan.tplan"))
    dialog.accept()
    assert "does not exist" in dialog.path_error.text()
    dialog.path.setText("")
    dialog.accept()
    assert dialog.path_error.text() == "Say where to save the plan file."
    assert main.ctx.handle is None
    dialog.reject()
    main.close()


def test_damaged_plan_file_says_why(qtbot, window, demo_path, tmp_path):
    cut = tmp_path / "cut.tplan"
    cut.write_bytes(demo_path.read_bytes()[:8192])  # cut off while copying
    handle = window.ctx.handle
    assert not window.open_plan(cut)
    assert "damaged" in window.last_message.text()
    assert window.ctx.handle is handle
