"""SQLModel tables of a plan file: one table per object of the domain primer."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Column, ForeignKey, MetaData, String, UniqueConstraint
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

from transition_planner.store.types import Money, UTCDateTime, utcnow

# Alembic batch migrations on SQLite need named constraints.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


def new_id() -> str:
    return str(uuid.uuid4())


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> Column:
    return Column(
        String(36), ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True
    )


class Record(SQLModel):
    """Fields every stored record has: a stable UUID, created/updated timestamps, a version."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # Counts the record's updates: an UPDATE names the version it read, so a change made on
    # a stale copy (another client saved first) matches no row and is refused.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    @declared_attr
    def __mapper_args__(cls):
        return {"version_id_col": cls.__table__.c.version}


class Sensitive(SQLModel):
    """A record that can be marked sensitive as a whole or field by field."""

    sensitive: bool = False
    sensitive_fields: list[str] = Field(default_factory=list, sa_type=JSON)


class Plan(Record, table=True):
    """The one transition plan a file holds."""

    name: str
    mission_name: str = ""
    mission_acronym: str = ""
    host_country: str = ""
    mandate_end: date | None = None
    planned_exit: date | None = None
    currency: str = "USD"
    languages: list[str] = Field(default_factory=lambda: ["en"], sa_type=JSON)
    classification: str = "Internal"
    horizon_start: date
    horizon_months: int = 36
    readiness_threshold: int = 3
    # how a successor nobody has assessed counts in the gaps: like "not_ready" (or "ready")
    unassessed_readiness: str = "not_ready"
    active_scenario_id: str | None = None


class Scenario(Record, table=True):
    """A variant of the plan's dates, e.g. 'accelerated withdrawal'."""

    name: str = Field(unique=True)
    description: str = ""
    is_baseline: bool = False
    closure_shift_days: int = 0  # applied to every closure and mission end date (older plans)
    closure_shift_months: int = 0  # calendar months, month ends kept (negative: earlier)
    exit_date: date | None = None  # overrides the plan's planned exit


class ScenarioClosure(Record, table=True):
    """A scenario's own closure date for one location, instead of the shifted one."""

    __table_args__ = (
        UniqueConstraint("scenario_id", "location_id", name="uq_scenarioclosure"),
    )
    scenario_id: str = Field(sa_column=_fk("scenario.id"))
    location_id: str = Field(sa_column=_fk("location.id"))
    closure_date: date


class TaxonomyTerm(Record, table=True):
    """A term of the plan's vocabulary: built-in or added by the user."""

    __table_args__ = (UniqueConstraint("kind", "code", name="uq_taxonomyterm_kind_code"),)
    kind: str = Field(index=True)
    code: str
    label: str
    label_fr: str = ""
    attributes: dict = Field(default_factory=dict, sa_type=JSON)
    builtin: bool = False
    sort_order: int = 0


class Location(Record, Sensitive, table=True):
    """Country > province > territory > team site, with P-codes and closure dates."""

    parent_id: str | None = Field(
        default=None, sa_column=_fk("location.id", nullable=True, ondelete="RESTRICT")
    )
    name: str
    level: str = "team_site"
    pcode: str = Field(default="", index=True)
    closure_date: date | None = None
    notes: str = ""
    # WGS 84 degrees of a team site or base: typed, or the centroid of its gazetteer unit
    latitude: float | None = None
    longitude: float | None = None


class AdminUnit(Record, table=True):
    """An administrative unit of the host country's gazetteer (OCHA COD-AB), by P-code."""

    pcode: str = Field(unique=True)
    level: int  # 0 country, 1 province/region, 2 territory/district, 3 below
    name: str
    names: dict = Field(default_factory=dict, sa_type=JSON)  # language code -> name
    parent_pcode: str = Field(default="", index=True)
    # centroid in WGS 84 degrees, from the table's centre columns or the boundary
    latitude: float | None = None
    longitude: float | None = None
    # the boundary, simplified once at import: [[[ [lon, lat], ... ] ring, ...] polygon, ...]
    boundary: list | None = Field(default=None, sa_type=JSON)
    source: str = ""  # the file the unit, or its boundary, came from


class Actor(Record, Sensitive, table=True):
    """A successor or partner organisation."""

    name: str
    acronym: str = ""
    actor_type: str = Field(index=True)
    description: str = ""
    contact: str = ""  # people's names and numbers: usually a sensitive field


class ActorPresence(Record, table=True):
    """An actor is present at a location."""

    __table_args__ = (UniqueConstraint("actor_id", "location_id", name="uq_presence"),)
    actor_id: str = Field(sa_column=_fk("actor.id"))
    location_id: str = Field(sa_column=_fk("location.id"))


class Capacity(Record, Sensitive, table=True):
    """Something the mission does for protection, at a location."""

    name: str
    description: str = ""
    location_id: str = Field(sa_column=_fk("location.id", ondelete="RESTRICT"))
    category: str = Field(index=True)
    poc_tier: str = "I"
    component: str = "civilian"
    quantity: float = 1.0
    unit: str = ""
    annual_cost: Decimal = Field(default=Decimal(0), sa_type=Money)
    currency: str = "USD"
    end_date: date | None = None  # None: the location's closure date applies
    criticality: str = "medium"
    populations: list[str] = Field(default_factory=list, sa_type=JSON)
    required_share: float = 1.0  # share still needed after the mission leaves
    data_assets: str = ""
    has_sensitive_data: bool = False
    notes: str = ""


class CapacityEnabler(Record, table=True):
    """A capacity that only runs while another one (flights, radios, phone credit) exists."""

    __table_args__ = (UniqueConstraint("capacity_id", "enabler_id", name="uq_enabler"),)
    capacity_id: str = Field(sa_column=_fk("capacity.id"))
    enabler_id: str = Field(sa_column=_fk("capacity.id"))
    note: str = ""


class Handover(Record, Sensitive, table=True):
    """A capacity, or part of it, assigned to a successor actor."""

    capacity_id: str = Field(sa_column=_fk("capacity.id"))
    actor_id: str = Field(sa_column=_fk("actor.id", ondelete="RESTRICT"))
    role: str = "lead"
    share: float = 1.0  # 0..1 of the capacity
    quantity: float | None = None
    modality: str = "transfer"
    start_date: date | None = None
    end_date: date | None = None
    status: str = "identified"
    agreement_status: str = "none"  # none | draft | signed
    agreement_ref: str = ""
    agreement_date: date | None = None
    # a fallback: counts for nothing until the handover it stands in for is closed
    alternative_to_id: str | None = Field(
        default=None, sa_column=_fk("handover.id", nullable=True, ondelete="SET NULL")
    )
    data_handover: str = ""  # how data and contacts are handed over, and under which consent
    data_protocol_agreed: bool = False
    notes: str = ""


class HandoverStatusChange(Record, table=True):
    """One step of a handover's lifecycle."""

    handover_id: str = Field(sa_column=_fk("handover.id"))
    from_status: str = ""
    to_status: str
    changed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    changed_by: str = ""
    note: str = ""


class ReadinessScore(Record, table=True):
    """A successor's readiness on one dimension, for one handover."""

    __table_args__ = (UniqueConstraint("handover_id", "dimension", name="uq_readiness"),)
    handover_id: str = Field(sa_column=_fk("handover.id"))
    dimension: str
    score: int  # 1 (not ready) .. 5 (fully ready)
    confidence: str = "medium"
    evidence: str = ""
    assessed_on: date | None = None


class FundingLine(Record, Sensitive, table=True):
    """Money for a capacity or a handover, by source and status, over a period."""

    capacity_id: str = Field(sa_column=_fk("capacity.id"))
    handover_id: str | None = Field(default=None, sa_column=_fk("handover.id", nullable=True))
    source_type: str
    donor: str = ""
    amount: Decimal = Field(sa_type=Money)
    currency: str
    status: str = "required"
    period_start: date | None = None
    period_end: date | None = None
    notes: str = ""


class Milestone(Record, table=True):
    """A dated event: mandate decision, drawdown phase, closure, exit, review."""

    title: str
    kind: str = "review"
    due_date: date
    location_id: str | None = Field(
        default=None, sa_column=_fk("location.id", nullable=True, ondelete="SET NULL")
    )
    notes: str = ""


class ProtectionIndicator(Record, table=True):
    """A post-exit measure per location whose threshold triggers re-engagement."""

    name: str
    location_id: str = Field(sa_column=_fk("location.id"))
    unit: str = ""
    threshold: float
    trigger_when: str = "above"  # above | below the threshold: the direction that is bad
    notes: str = ""
    # the handover it measures: its trigger refuses that handover "verified sustained"
    handover_id: str | None = Field(
        default=None, sa_column=_fk("handover.id", nullable=True, ondelete="SET NULL")
    )
    baseline: float | None = None  # the value while the mission was still there
    period: str = "month"  # month | quarter: how often a value is expected
    trigger_periods: int = 3  # N: crossed N periods in a row, or silent N periods, triggers
    monitor_from: date | None = None  # None: from the handover's start date


class IndicatorValue(Record, table=True):
    """One measurement of a protection indicator."""

    indicator_id: str = Field(sa_column=_fk("protectionindicator.id"))
    measured_on: date
    value: float
    source: str = ""  # e.g. the survey export it was imported from


class MonitoringImportMap(Record, table=True):
    """How the columns of one survey export (KoboToolbox/ODK CSV) map to indicator values,
    remembered so the next export of the same form imports without asking again."""

    name: str = Field(unique=True)
    headers: list[str] = Field(default_factory=list, sa_type=JSON)  # the export's columns
    columns: dict = Field(default_factory=dict, sa_type=JSON)  # role -> column (or columns)


class Comment(Record, Sensitive, table=True):
    """A message in the thread of any record."""

    record_type: str = Field(index=True)
    record_id: str = Field(index=True, max_length=36)
    author: str = ""
    body: str


class AuditEntry(SQLModel, table=True):
    """Who changed which record when, with old and new values; deletes keep a snapshot."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    user: str = ""
    action: str  # create | update | delete | restore
    record_type: str = Field(index=True)
    record_id: str = Field(index=True, max_length=36)
    record_label: str = ""
    changes: dict = Field(default_factory=dict, sa_type=JSON)  # field -> [old, new]
    snapshot: dict | None = Field(default=None, sa_type=JSON)  # deleted rows, for restore
    source: str = ""  # e.g. the workbook an import came from
    restored_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    record_version: int | None = None  # the record's version this change made


class FlagAcceptance(Record, table=True):
    """A gap flag the planners accept as a known risk, with their justification."""

    flag_key: str = Field(unique=True)  # kind + the ids of the records involved
    kind: str
    justification: str
    accepted_by: str = ""


class Checkout(SQLModel, table=True):
    """Where a field copy of a plan came from: the server, the part taken, the last sync."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    server: str  # the server's address, without a password
    plan_id: str = Field(max_length=36)
    location_ids: list[str] = Field(default_factory=list, sa_type=JSON)  # [] = the whole plan
    checked_out_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    checked_out_by: str = ""
    synced_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SyncBase(SQLModel, table=True):
    """A record as the server held it at checkout or the last sync: the merge's base."""

    __table_args__ = (UniqueConstraint("record_type", "record_id", name="uq_syncbase_record"),)
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    record_type: str
    record_id: str = Field(max_length=36)
    version: int
    values: dict = Field(default_factory=dict, sa_type=JSON)


class ServerAccount(SQLModel, table=True):
    """A database login of a team plan, its role and, for a partner, its organisation."""

    login: str = Field(primary_key=True)
    role: str  # planner | partner | donor
    # A partner's organisation; no foreign key, so deleting an actor (and restoring it) never
    # has to touch the server's logins.
    actor_id: str | None = Field(default=None, max_length=36)


# Record types by their table name, for the audit trail, comments and restore.
TABLES: dict[str, type[SQLModel]] = {
    cls.__tablename__: cls
    for cls in (
        Plan, Scenario, ScenarioClosure, TaxonomyTerm, Location, AdminUnit, Actor,
        ActorPresence, Capacity, CapacityEnabler, Handover, HandoverStatusChange,
        ReadinessScore, FundingLine, Milestone, ProtectionIndicator, IndicatorValue, Comment,
        FlagAcceptance,
    )
}
