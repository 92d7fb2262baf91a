"""Apply an accepted import preview: one transaction, one audit entry per record changed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from transition_planner.domain import taxonomy as tx
from transition_planner.exchange.funding_sheet import FUNDING
from transition_planner.exchange.funding_sheet import apply_row as apply_funding_row
from transition_planner.exchange.matrix import BY_KEY, READINESS_KEYS, fold
from transition_planner.exchange.merge import (
    ADDED,
    CHANGED,
    DELETED,
    DELETION_LIMIT,
    OURS,
    THEIRS,
    ImportPreview,
    NewActor,
    RowChange,
)
from transition_planner.exchange.undo_import import NOTE, ImportChanges, steps_from_log
from transition_planner.i18n import N_
from transition_planner.services import records
from transition_planner.services.errors import InvalidInput, ServiceError
from transition_planner.services.inventory import LABELS
from transition_planner.services.plans import PlanHandle, plan_info, require_code, validate
from transition_planner.services.schemas import ActorCreate, CapacityCreate, HandoverCreate
from transition_planner.store.models import (
    Actor,
    Capacity,
    Handover,
    HandoverStatusChange,
    Location,
    ReadinessScore,
)
from transition_planner.store.types import utcnow

_CODED_CAPACITY = (("category", tx.CATEGORY), ("poc_tier", tx.POC_TIER),
                   ("component", tx.COMPONENT), ("criticality", tx.CRITICALITY))
_CODED_HANDOVER = (("role", tx.HANDOVER_ROLE), ("modality", tx.MODALITY),
                   ("status", tx.HANDOVER_STATUS))


class DeletionsNeedConfirmation(ServiceError):
    """The import would remove more records than DELETION_LIMIT; nothing was imported."""

    def __init__(self, preview: ImportPreview):
        self.records, self.rows = preview.records_removed, len(preview.of_kind(DELETED))
        super().__init__(
            N_("This import would delete %(records)s records (%(rows)s rows of the matrix and "
               "what belongs to them), more than an import deletes without asking. Nothing was "
               "imported. Check the deletions the preview lists, then confirm them."),
            records=self.records, rows=self.rows)


@dataclass
class ApplyResult:
    added: int = 0
    changed: int = 0
    deleted: int = 0
    kept_ours: int = 0  # conflicts resolved by keeping the plan's value
    changes: ImportChanges | None = None  # what undo_import puts back


def unresolved(preview: ImportPreview, resolutions: dict, default: str | None) -> list[str]:
    return [k for k in preview.conflict_keys()
            if resolutions.get(k, default) not in (OURS, THEIRS)]


def apply_import(
    handle: PlanHandle, preview: ImportPreview, resolutions: dict | None = None,
    default: str | None = None, allow_deletions: bool = False,
) -> ApplyResult:
    """Write the preview's changes; conflicts take `resolutions[key]` (or `default`).

    An import that removes more than DELETION_LIMIT records needs `allow_deletions` (the
    person confirmed them), else DeletionsNeedConfirmation.
    """
    if preview.records_removed > DELETION_LIMIT and not allow_deletions:
        raise DeletionsNeedConfirmation(preview)
    resolutions = dict(resolutions or {})
    left = unresolved(preview, resolutions, default)
    if left:
        raise ServiceError(N_("%(count)s conflict(s) are not resolved: choose the plan's or the "
                              "workbook's value for each. Nothing was imported."),
                           count=len(left))
    plan = plan_info(handle)
    if plan.id != preview.plan_id:
        raise ServiceError(N_("This preview was made for another plan. Nothing was imported."))
    applier = _Applier(handle, preview.source, resolutions, default, plan.currency)
    log: list[tuple] = []
    with handle.action() as session:
        session.info[records.AUDIT_LOG] = log  # each record written, for the undo
        try:
            applier.session = session
            for kind in (CHANGED, DELETED, ADDED):
                for row in preview.rows:
                    if row.kind == kind:
                        applier.row(row)
        finally:
            session.info.pop(records.AUDIT_LOG, None)
    handle._taxonomy = None
    applier.result.changes = ImportChanges(preview.source, steps_from_log(log))
    return applier.result


class RowError(ServiceError):
    """A row of the import breaks a rule of the plan; the problem is worded with the message."""

    def __init__(self, message: str, problem: ServiceError, **params):
        super().__init__(message, problem="", **params)
        self.problem = problem

    def word(self, t=None) -> str:
        self.params["problem"] = self.problem.word(t)
        return super().word(t)


class _Applier:
    """Applies row changes inside one session."""

    def __init__(self, handle, source, resolutions, default, currency):
        self.handle, self.source, self.currency = handle, source, currency
        self.resolutions, self.default = resolutions, default
        self.result = ApplyResult()
        self.session = None
        self.new_actors: dict[str, str] = {}
        self.new_capacities: dict[str, str] = {}  # group -> capacity id

    def choice(self, key: str) -> str:
        return self.resolutions.get(key, self.default)

    def row(self, row: RowChange) -> None:
        if row.conflict and self.choice(f"{row.id}/row") == OURS:
            self.result.kept_ours += 1
            return
        try:
            if row.record == FUNDING:
                apply_funding_row(self, row)
            elif row.kind == CHANGED:
                self.changed(row)
            elif row.kind == DELETED:
                self.deleted(row)
            else:
                self.added(row)
        except InvalidInput as exc:
            if row.sheet_row:
                raise RowError(N_("row %(row)s (%(label)s): %(problem)s Nothing was imported."),
                               exc, row=row.sheet_row, label=row.label) from None
            raise RowError(N_("a deleted row (%(label)s): %(problem)s Nothing was imported."),
                           exc, label=row.label) from None

    # --- changes ---

    def changed(self, row: RowChange) -> None:
        capacity, handover, scores = {}, {}, {}
        for cell in row.cells:
            if cell.conflict and self.choice(f"{row.id}/{cell.field}") == OURS:
                self.result.kept_ours += 1
                continue
            column = BY_KEY[cell.field]
            if column.record == "capacity":
                capacity[column.attr] = cell.value
            elif column.record == "readiness":
                scores[column.attr] = cell.value
            else:
                handover[column.attr] = cell.value
        if capacity:
            self.update_capacity(row.capacity_id, capacity)
        if handover:
            self.update_handover(row.handover_id, handover)
        if scores:
            self.set_scores(row.handover_id, scores)
        if capacity or handover or scores:
            self.result.changed += 1

    def update_capacity(self, cap_id: str, changes: dict) -> None:
        cap = records.get(self.session, Capacity, cap_id, "capacity")
        current = {k: getattr(cap, k) for k in CapacityCreate.model_fields}
        info = validate(CapacityCreate, {**current, **changes}, LABELS)
        self.check_capacity(info)
        records.update(self.session, self.handle.user, cap, info.model_dump(), info.name,
                       self.source)

    def update_handover(self, handover_id: str, changes: dict) -> None:
        handover = records.get(self.session, Handover, handover_id, "handover")
        if "actor_id" in changes:
            changes["actor_id"] = self.actor_id(changes["actor_id"])
        current = {k: getattr(handover, k) for k in HandoverCreate.model_fields}
        info = validate(HandoverCreate, {**current, **changes})
        self.check_handover(info)
        old_status = handover.status
        records.update(self.session, self.handle.user, handover, info.model_dump(),
                       self.handover_label(info), self.source)
        if info.status != old_status:
            self.note_status(handover_id, old_status, info.status)

    def set_scores(self, handover_id: str, scores: dict) -> None:
        existing = {
            s.dimension: s for s in self.session.execute(
                select(ReadinessScore).where(ReadinessScore.handover_id == handover_id)
            ).scalars()
        }
        handover = records.get(self.session, Handover, handover_id, "handover")
        label = self.handover_label(handover)
        for dimension, score in scores.items():
            old = existing.get(dimension)
            if score is None and old is not None:
                records.delete(self.session, self.handle.user, old, f"{label}: {dimension}",
                               self.source)
            elif score is not None and old is None:
                records.add(self.session, self.handle.user, ReadinessScore(
                    handover_id=handover_id, dimension=dimension, score=score,
                    assessed_on=utcnow().date()), f"{label}: {dimension}", self.source)
            elif score is not None:
                records.update(self.session, self.handle.user, old, {"score": score},
                               f"{label}: {dimension}", self.source)

    # --- deletions ---

    def deleted(self, row: RowChange) -> None:
        if row.handover_id:
            handover = self.session.get(Handover, row.handover_id)
            if handover is None:
                return  # deleted with its capacity already
            records.delete(self.session, self.handle.user, handover, row.label, self.source)
        else:
            cap = self.session.get(Capacity, row.capacity_id)
            if cap is None:
                return
            records.delete(self.session, self.handle.user, cap, cap.name, self.source)
        self.result.deleted += 1

    # --- additions ---

    def added(self, row: RowChange) -> None:
        values = row.values
        cap_id = row.capacity_id or self.new_capacities.get(row.group)
        if not cap_id:
            cap_id = self.add_capacity(values)
            self.new_capacities[row.group] = cap_id
        if values.get("successor"):
            handover_id = self.add_handover(cap_id, values)
            scores = {dim: values.get(key) for key, dim in READINESS_KEYS.items()
                      if values.get(key) is not None}
            if scores:
                self.set_scores(handover_id, scores)
        self.result.added += 1

    def add_capacity(self, values: dict) -> str:
        data = {BY_KEY[k].attr: v for k, v in values.items()
                if BY_KEY[k].record == "capacity" and v is not None}
        data.setdefault("currency", self.currency)
        info = validate(CapacityCreate, data, LABELS)
        self.check_capacity(info)
        cap = records.add(self.session, self.handle.user, Capacity(**info.model_dump()),
                          info.name, self.source)
        return cap.id

    def add_handover(self, cap_id: str, values: dict) -> str:
        data = {BY_KEY[k].attr: v for k, v in values.items()
                if BY_KEY[k].record == "handover" and v is not None}
        data.update(capacity_id=cap_id, actor_id=self.actor_id(values["successor"]))
        info = validate(HandoverCreate, data)
        self.check_handover(info)
        handover = records.add(self.session, self.handle.user, Handover(**info.model_dump()),
                               self.handover_label(info), self.source)
        self.note_status(handover.id, "", info.status)
        return handover.id

    def actor_id(self, value) -> str:
        if not isinstance(value, NewActor):
            return value
        key = fold(value.name)
        if key not in self.new_actors:
            info = validate(ActorCreate, {"name": value.name, "actor_type": value.actor_type})
            problems: dict[str, str] = {}
            require_code(self.handle.taxonomy(), tx.ACTOR_TYPE, info.actor_type, "actor_type",
                         problems)
            if problems:
                raise InvalidInput(problems)
            actor = records.add(self.session, self.handle.user, Actor(**info.model_dump()),
                                info.name, self.source)
            self.new_actors[key] = actor.id
        return self.new_actors[key]

    # --- rules, checked on what will be written ---

    def check_capacity(self, info: CapacityCreate) -> None:
        taxonomy, problems = self.handle.taxonomy(), {}
        for name, kind in _CODED_CAPACITY:
            require_code(taxonomy, kind, getattr(info, name), name, problems)
        for population in info.populations:
            require_code(taxonomy, tx.POPULATION, population, "populations", problems)
        if self.session.get(Location, info.location_id) is None:
            problems["location"] = "no such location in this plan"
        if problems:
            raise InvalidInput(problems)

    def check_handover(self, info: HandoverCreate) -> None:
        taxonomy, problems = self.handle.taxonomy(), {}
        for name, kind in _CODED_HANDOVER:
            require_code(taxonomy, kind, getattr(info, name), name, problems)
        if self.session.get(Capacity, info.capacity_id) is None:
            problems["capacity"] = "no such capacity in this plan"
        if self.session.get(Actor, info.actor_id) is None:
            problems["successor"] = "no such actor in this plan"
        if problems:
            raise InvalidInput(problems)

    def handover_label(self, handover) -> str:
        cap = self.session.get(Capacity, handover.capacity_id)
        actor = self.session.get(Actor, handover.actor_id)
        return f"{cap.name if cap else '?'} -> {actor.name if actor else '?'}"

    def note_status(self, handover_id: str, old: str, new: str) -> None:
        change = HandoverStatusChange(
            handover_id=handover_id, from_status=old, to_status=new, changed_at=utcnow(),
            changed_by=self.handle.user, note=f"imported from {self.source}",
        )
        self.session.add(change)
        self.session.flush()
        log = self.session.info.get(records.AUDIT_LOG)
        if log is not None:  # not an audited record: the undo removes it by its values
            log.append((NOTE, change.__tablename__, change.id, "", "", records.row_values(change)))
