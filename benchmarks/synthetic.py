"""Synthetic plans of a given size as row dicts per table, ready for a bulk insert.

Per capacity: 2 successors (handovers), 3 funding lines per handover and 7 readiness scores per
handover, over a 36-month horizon; every column is given, so any two ways of writing the rows
store exactly the same data.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from transition_planner.domain.taxonomy import builtin_terms

HORIZON = date(2027, 1, 1)
MONTHS = 36
CREATED = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)

CATEGORIES = ("physical_protection", "early_warning", "human_rights", "mine_action", "policing",
              "community_engagement", "child_protection", "logistics_access")
ACTOR_TYPES = ("un_agency", "international_ngo", "national_ngo", "host_ministry", "nhri",
               "host_security_forces", "protection_cluster", "community_structure")
STATUSES = ("proposed", "agreed", "co_delivery", "handed_over", "at_risk", "declined")
FUNDING = (("committed", "bilateral"), ("pledged", "peacebuilding_fund"), ("required", "mptf"))
DIMENSIONS = ("capacity", "willingness", "funding", "access", "legitimacy", "independence",
              "data_transfer")
POPULATIONS = ("idps", "women_girls", "children", "disabilities", "minorities")

# Tables in an order that satisfies the foreign keys.
TABLE_ORDER = ("plan", "scenario", "taxonomyterm", "location", "actor", "actorpresence",
               "capacity", "capacityenabler", "handover", "readinessscore", "fundingline")


class _Ids:
    """Random but reproducible UUID strings, like the ones the application makes."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def _stamp(row: dict) -> dict:
    return {"created_at": CREATED, "updated_at": CREATED, **row}


def _sensitive(row: dict) -> dict:
    return {"sensitive": False, "sensitive_fields": [], **row}


def _day(rng: random.Random, month: int) -> date:
    y, m = divmod(HORIZON.year * 12 + HORIZON.month - 1 + month, 12)
    return date(y, m + 1, rng.choice((1, 1, 15)))


def synthetic_rows(capacities: int, seed: int = 1) -> dict[str, list[dict]]:
    """Rows per table name for a plan of `capacities` capacities."""
    rng = random.Random(seed)
    new_id = _Ids(rng)
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_ORDER}

    scenario_id = new_id()
    rows["plan"].append(_stamp({
        "id": new_id(), "name": f"Synthetic plan ({capacities} capacities)",
        "mission_name": "Synthetic Mission", "mission_acronym": "SYN", "host_country": "Nowhere",
        "mandate_end": date(2029, 6, 30), "planned_exit": date(2029, 6, 30), "currency": "USD",
        "languages": ["en"], "classification": "Internal", "horizon_start": HORIZON,
        "horizon_months": MONTHS, "readiness_threshold": 3, "active_scenario_id": scenario_id,
    }))
    rows["scenario"].append(_stamp({
        "id": scenario_id, "name": "Baseline", "description": "", "is_baseline": True,
        "closure_shift_days": 0, "exit_date": None,
    }))
    for order, term in enumerate(builtin_terms()):
        rows["taxonomyterm"].append(_stamp({
            "id": new_id(), "kind": term.kind, "code": term.code, "label": term.label,
            "label_fr": term.label_fr, "attributes": term.attributes, "builtin": True,
            "sort_order": order,
        }))

    country = new_id()
    rows["location"].append(_sensitive(_stamp({
        "id": country, "parent_id": None, "name": "Nowhere", "level": "country", "pcode": "NW",
        "closure_date": None, "notes": "",
    })))
    provinces = [new_id() for _ in range(10)]
    for p, pid in enumerate(provinces):
        rows["location"].append(_sensitive(_stamp({
            "id": pid, "parent_id": country, "name": f"Province {p}", "level": "admin1",
            "pcode": f"NW{p:02d}", "closure_date": None, "notes": "",
        })))
    sites = []
    for s in range(max(30, capacities // 30)):
        sid = new_id()
        sites.append(sid)
        rows["location"].append(_sensitive(_stamp({
            "id": sid, "parent_id": provinces[s % 10], "name": f"Site {s}", "level": "team_site",
            "pcode": f"NW{s % 10:02d}{s:04d}", "closure_date": _day(rng, rng.randint(0, 30)),
            "notes": "",
        })))

    actors = []
    for a in range(200):
        aid = new_id()
        actors.append((aid, rng.choice(ACTOR_TYPES)))
        rows["actor"].append(_sensitive(_stamp({
            "id": aid, "name": f"Actor {a}", "acronym": f"A{a}", "actor_type": actors[-1][1],
            "description": "", "contact": "",
        })))
        for site in rng.sample(sites, 3):
            rows["actorpresence"].append(_stamp({
                "id": new_id(), "actor_id": aid, "location_id": site,
            }))

    cap_ids = []
    for i in range(capacities):
        cap_id = new_id()
        exit_month = rng.randint(0, MONTHS + 2)
        rows["capacity"].append(_sensitive(_stamp({
            "id": cap_id, "name": f"Capacity {i}", "description": "",
            "location_id": rng.choice(sites), "category": rng.choice(CATEGORIES),
            "poc_tier": rng.choice(("I", "II", "III")), "component": "civilian",
            "quantity": float(rng.randint(1, 30)), "unit": "staff",
            "annual_cost": Decimal(rng.randint(0, 20) * 10000), "currency": "USD",
            "end_date": _day(rng, exit_month) if rng.random() < 0.5 else None,
            "criticality": rng.choice(("low", "medium", "high", "critical")),
            "populations": list(POPULATIONS[: rng.randint(0, 3)]),
            "required_share": rng.choice((0.5, 1.0)), "data_assets": "",
            "has_sensitive_data": rng.random() < 0.2, "notes": "",
        })))
        if cap_ids and rng.random() < 0.1:
            rows["capacityenabler"].append(_stamp({
                "id": new_id(), "capacity_id": cap_id, "enabler_id": rng.choice(cap_ids),
                "note": "",
            }))
        cap_ids.append(cap_id)
        for k in range(2):
            _handover(rows, rng, new_id, cap_id, k, exit_month, actors)
    return rows


def _handover(rows, rng, new_id, cap_id, k, exit_month, actors) -> None:
    hid = new_id()
    start = exit_month + rng.randint(-4, 3)
    actor_id, _type = rng.choice(actors)
    rows["handover"].append(_sensitive(_stamp({
        "id": hid, "capacity_id": cap_id, "actor_id": actor_id,
        "role": "lead" if k == 0 else "support", "share": 0.7 if k == 0 else 0.3,
        "quantity": None, "modality": "transfer", "start_date": _day(rng, start),
        "end_date": None if rng.random() < 0.7 else _day(rng, start + rng.randint(6, 30)),
        "status": rng.choice(STATUSES), "agreement_ref": "", "data_handover": "",
        "data_protocol_agreed": rng.random() < 0.5, "notes": "",
    })))
    for dimension in DIMENSIONS:
        rows["readinessscore"].append(_stamp({
            "id": new_id(), "handover_id": hid, "dimension": dimension,
            "score": rng.choice((2, 3, 4, 4, 5, 5, 5, 5)), "confidence": "medium",
            "evidence": "", "assessed_on": None,
        }))
    for n, (status, source) in enumerate(FUNDING):
        begin = _day(rng, start + rng.randint(-2, 6) + 12 * n)
        rows["fundingline"].append(_sensitive(_stamp({
            "id": new_id(), "capacity_id": cap_id, "handover_id": hid, "source_type": source,
            "donor": "", "amount": Decimal(rng.randint(1, 500) * 1000), "currency": "USD",
            "status": status, "period_start": begin,
            "period_end": begin + timedelta(days=30 * rng.randint(6, 14)), "notes": "",
        })))


def row_count(rows: dict[str, list[dict]]) -> int:
    return sum(len(r) for r in rows.values())
