"""A handover's agreement and fallback, set in the real window with keys, read by the gap rules
and shown on the readiness tab's legal-authority dimension."""

from __future__ import annotations

from test_ui_edits_land import click_tab, open_capacity, pick_with_keys, window  # noqa: F401

from transition_planner.services import gaps, handovers
from transition_planner.services.demo import DEMO_AS_OF


def test_signing_the_agreement_in_the_form_clears_the_flag(qtbot, window):  # noqa: F811
    handle = window.ctx.handle
    detail = open_capacity(qtbot, window, "Protective presence patrols")
    click_tab(qtbot, detail.tabs, detail.tabs.indexOf(detail.successors))
    panel = detail.successors
    police = panel.current
    assert police.values["agreement_status"] == "draft"

    def agreement_flags():
        return [f for f in gaps.compute(handle, as_of=DEMO_AS_OF).flags
                if f.kind == "agreement_missing"]

    assert len(agreement_flags()) == 1
    pick_with_keys(qtbot, panel.fields.widget("agreement_status"))  # drafted -> signed
    assert handovers.list_handovers(handle, police.values["capacity_id"])[0].agreement_status \
        == "signed"
    assert agreement_flags() == []
    click_tab(qtbot, detail.tabs, detail.tabs.indexOf(detail.readiness))
    title = detail.readiness.rows["willingness"].title.text()
    assert "Agreement signed" in title and "Draft MoU UNSMK-PNK Ruvenga" in title
    window.ctx.undo_stack.undo()
    assert len(agreement_flags()) == 1


def test_a_handover_made_a_fallback_stops_counting(qtbot, window):  # noqa: F811
    handle = window.ctx.handle
    detail = open_capacity(qtbot, window, "Support to local protection committees")
    click_tab(qtbot, detail.tabs, detail.tabs.indexOf(detail.successors))
    panel = detail.successors
    rows = panel.rows()
    assert len(rows) == 2
    support = panel.current
    before = gaps.compute(handle, as_of=DEMO_AS_OF).coverage(support.values["capacity_id"])
    pick_with_keys(qtbot, panel.fields.widget("alternative_to_id"))  # the other successor
    stored = {h.id: h.alternative_to_id for h in handovers.list_handovers(
        handle, support.values["capacity_id"])}
    assert stored[support.id] in {r.id for r in rows} - {support.id}
    after = gaps.compute(handle, as_of=DEMO_AS_OF).coverage(support.values["capacity_id"])
    assert after.gap_months > before.gap_months  # its share no longer counts
