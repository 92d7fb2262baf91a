"""The protection cliff as every output draws it (the window's Gaps page and the PDF): under the
requirement, the part the mission covers, then the part each group of successors covers; on
top of them, in red, the part nobody covers. One picture in both, so a donor holding the report
and a planner at the window point at the same bars."""

from __future__ import annotations

from collections.abc import Mapping

# After the mission, in stacking order: the four groups a donor reads.
PROVIDER_GROUPS = ("un", "government", "ngo", "other")
# Five colours and red for the gap: a reader tells them apart at a glance (hex, for any toolkit).
COLOURS = {
    "mission": "#1F4E8C", "un": "#5DADE2", "government": "#2A9D8F", "ngo": "#E9C46A",
    "other": "#A3A3A3", "gap": "#E35D5D", "closure": "#7A4E2D",
}  # fmt: skip


def provider_group(actor_type: str) -> str:
    """Who provides, in the four groups a donor reads: UN, government, NGO/civil society, other."""
    if actor_type.startswith("un_") or actor_type == "protection_cluster":
        return "un"
    if actor_type.startswith("host_"):
        return "government"
    if actor_type.endswith("_ngo") or actor_type in ("community_structure", "civil_society"):
        return "ngo"
    return "other"


def covered_layers(requirement: float, gap: float, mission: float,
                   provision: Mapping[str, float]) -> tuple[float, dict[str, float]]:
    """One month's covered part of the requirement, split by provider: the mission first, then
    the successors' groups in proportion to what each provides (provision: actor type ->
    value). Provision beyond what is required (a successor overlapping the mission,
    co-delivery) is not drawn, so the bars never rise above the requirement and the gap drawn
    on top of them is the part nobody covers."""
    covered = max(requirement - gap, 0.0)
    mission = min(mission, covered)
    groups = dict.fromkeys(PROVIDER_GROUPS, 0.0)
    for actor_type, value in provision.items():
        groups[provider_group(actor_type)] += value
    provided = sum(groups.values())
    room = covered - mission
    scale = min(1.0, room / provided) if provided > 1e-12 else 0.0
    return mission, {g: v * scale for g, v in groups.items()}
