"""Create, open and describe plans; their scenarios and taxonomy."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from transition_planner.domain.taxonomy import Taxonomy, builtin_terms
from transition_planner.i18n import N_
from transition_planner.services import records
from transition_planner.services.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    ServiceError,
    pydantic_problems,
)
from transition_planner.services.files import replacing
from transition_planner.services.schemas import PlanCreate, ScenarioCreate, TermCreate
from transition_planner.settings import Settings
from transition_planner.store import owner, planfile, server
from transition_planner.store.models import Plan, Scenario, TaxonomyTerm
from transition_planner.store.owner import OwnerClaim
from transition_planner.store.planfile import OpenedPlan, PlanFileError
from transition_planner.store.server import ServerPlan

# PostgreSQL's refusals of a change: no right on the table or row-level security (42501), a
# donor's read-only view (0A000).
REFUSED = {"42501", "0A000"}


@dataclass
class PlanHandle:
    """An open plan and who is working on it: what every service call takes first.

    `file` is a plan file (store.planfile) or a team plan on a server (store.server).
    """

    file: OpenedPlan | ServerPlan
    user: str
    _taxonomy: Taxonomy | None = field(default=None, repr=False)
    claim: OwnerClaim | None = field(default=None, repr=False)  # "open here for editing"

    @property
    def path(self) -> Path | None:
        """The plan file; None for a team plan on a server."""
        return self.file.path

    @property
    def read_only(self) -> str:
        """Why the plan is open read-only; "" when it can be changed."""
        return self.file.read_only

    @property
    def on_server(self) -> bool:
        return self.file.path is None

    @property
    def address(self) -> str:
        """What opens this plan again: the file's path or the server address (no password)."""
        return self.file.address if self.on_server else str(self.file.path)

    @contextmanager
    def action(self):
        """One user action: one session, one transaction, committed at the end or rolled back.

        The transaction holds the plan's write lock from its start, so the action's checks
        (the share rule, a location inside itself...) see what another window or command may
        be writing at the same time; an action that cannot get the lock in time raises PlanBusy.
        """
        with self.file.write_session() as session:
            try:
                yield session
                session.commit()
            except StaleDataError:  # a record saved by another client at the same moment
                session.rollback()
                raise Conflict("", "", "a record", None, 0) from None
            except DBAPIError as exc:
                session.rollback()
                if getattr(exc.orig, "sqlstate", None) in REFUSED:
                    raise NotAllowed() from None
                raise
            except BaseException:
                session.rollback()
                raise

    def read(self):
        """A session for reading only."""
        return self.file.session()

    def taxonomy(self) -> Taxonomy:
        if self._taxonomy is None:
            from transition_planner.services.gaps import read_taxonomy  # the facts' reader

            with self.read() as session:
                cursor = session.connection().connection.cursor()
                try:
                    self._taxonomy = read_taxonomy(cursor)
                finally:
                    cursor.close()
        return self._taxonomy

    def claim_editing(self) -> None:
        """Note in the owner file that this window has the plan open for editing (the window
        does; background readers and commands do not). owner.PlanInUse if another has."""
        if self.claim is None and not self.read_only:
            self.claim = owner.claim(self.path, self.user)

    def close(self) -> None:
        try:
            self.file.close()
        finally:
            if self.claim is not None:
                self.claim.release()


def validate(model, data: dict, labels: dict[str, str] | None = None):
    """Validate input against a schema, raising InvalidInput with plain messages."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(pydantic_problems(exc, labels)) from None


def _user(user: str | None) -> str:
    return user or Settings.load().audit_user()


def new_plan(path: str | Path, data: dict, user: str | None = None,
             password: str | None = None) -> PlanHandle:
    """Create a plan (a file, or on an empty server database) with the built-in taxonomy and
    a baseline scenario."""
    info = validate(PlanCreate, data)
    if server.is_server_address(path):
        opened = server.create_server_plan(path, password)
    else:
        opened = planfile.create_plan_file(path)
    handle = PlanHandle(opened, _user(user))
    with handle.action() as session:
        values = info.model_dump()
        values["horizon_start"] = (values["horizon_start"] or date.today()).replace(day=1)
        plan = records.add(session, handle.user, Plan(**values), info.name)
        baseline = Scenario(name="Baseline", description="The plan as agreed", is_baseline=True)
        records.add(session, handle.user, baseline, baseline.name)
        plan.active_scenario_id = baseline.id
        for order, term in enumerate(builtin_terms()):
            session.add(TaxonomyTerm(
                kind=term.kind, code=term.code, label=term.label, label_fr=term.label_fr,
                attributes=term.attributes, builtin=True, sort_order=order,
            ))
    return handle


def open_plan(path: str | Path, user: str | None = None, read_only: bool = False,
              claim: bool = False, password: str | None = None) -> PlanHandle:
    """Open an existing plan file (upgrading an older one after a backup), read-only when
    asked or when the file cannot be written where it is; or a team plan on a server
    (`postgresql://user@host/database`).

    `claim`: note in the owner file that this window has the plan open for editing; raises
    owner.PlanInUse when another window has (the window then offers to open it read-only).
    """
    if server.is_server_address(path):
        opened = server.open_server_plan(path, password)
        name = opened.address
    else:
        opened = planfile.open_plan_file(path, planfile.CHOSEN_READ_ONLY if read_only else "")
        name = Path(path).name
    handle = PlanHandle(opened, _user(user))
    try:
        with handle.read() as session:
            if session.execute(select(Plan)).first() is None:
                raise PlanFileError(f"{name} holds no plan; it is damaged.")
        if claim and not handle.on_server:
            handle.claim_editing()
    except BaseException:
        opened.engine.dispose()
        raise
    return handle


def plan_info(handle: PlanHandle) -> Plan:
    with handle.read() as session:
        return session.execute(select(Plan)).scalar_one()


def update_plan(handle: PlanHandle, changes: dict) -> Plan:
    with handle.action() as session:
        plan = session.execute(select(Plan)).scalar_one()
        current = {k: getattr(plan, k) for k in PlanCreate.model_fields}
        info = validate(PlanCreate, {**current, **changes})
        values = info.model_dump()
        values["horizon_start"] = (values["horizon_start"] or plan.horizon_start).replace(day=1)
        records.update(session, handle.user, plan, values, info.name)
        return plan


def copy_plan_to(handle: PlanHandle, destination: str | Path) -> Path:
    """Save a consistent copy of the open plan (Save As / Copy To, e-mail, USB stick)."""
    destination = Path(destination)
    if handle.on_server:  # a plain plan file of the team plan as it is now
        from transition_planner.store import transfer

        with replacing(destination, what="copy", replaces_plans=True) as part:
            part.unlink()  # a new plan file is made there, not written into an empty one
            copy = planfile.create_plan_file(part)
            try:
                transfer.copy_engine(handle.file.engine, copy.engine)
            finally:
                copy.close()
        return destination
    with replacing(destination, plan=handle.path, what="copy", replaces_plans=True) as part:
        planfile.copy_database(handle.file.engine, part)
    return destination


# --- scenarios -------------------------------------------------------------------------------


def list_scenarios(handle: PlanHandle) -> list[Scenario]:
    with handle.read() as session:
        return list(session.execute(select(Scenario).order_by(Scenario.created_at)).scalars())


def add_scenario(handle: PlanHandle, data: dict) -> Scenario:
    info = validate(ScenarioCreate, data)
    with handle.action() as session:
        if session.execute(select(Scenario).where(Scenario.name == info.name)).first():
            raise InvalidInput({"name": f"a scenario called '{info.name}' exists already"})
        return records.add(session, handle.user, Scenario(**info.model_dump()), info.name)


def set_active_scenario(handle: PlanHandle, scenario_id: str) -> None:
    with handle.action() as session:
        records.get(session, Scenario, scenario_id, "scenario")
        plan = session.execute(select(Plan)).scalar_one()
        records.update(session, handle.user, plan, {"active_scenario_id": scenario_id}, plan.name)


# --- taxonomy --------------------------------------------------------------------------------


class TermInUse(ServiceError):
    """A term records still hold cannot be retired; `params["count"]` says how many."""


def add_term(handle: PlanHandle, data: dict) -> TaxonomyTerm:
    """Extend the vocabulary, e.g. a category of the user's own."""
    info = validate(TermCreate, data)
    known_kinds = {t.kind for t in builtin_terms()}
    if info.kind not in known_kinds:
        raise InvalidInput({"kind": f"unknown list '{info.kind}'"})
    with handle.action() as session:
        if handle.taxonomy().has(info.kind, info.code):
            raise InvalidInput({"code": f"'{info.code}' exists already in {info.kind}"})
        _refuse_same_label(session, info.kind, info.label, None)
        term = TaxonomyTerm(**info.model_dump(), builtin=False, sort_order=10_000)
        records.add(session, handle.user, term, f"{info.kind}: {info.label}")
    handle._taxonomy = None
    return term


def list_terms(handle: PlanHandle, kind: str) -> list[TaxonomyTerm]:
    """The terms of one list of the vocabulary, in their order."""
    with handle.read() as session:
        return list(session.execute(
            select(TaxonomyTerm).where(TaxonomyTerm.kind == kind)
            .order_by(TaxonomyTerm.sort_order, TaxonomyTerm.label)).scalars())


def rename_term(handle: PlanHandle, term_id: str, changes: dict) -> TaxonomyTerm:
    """Change a term's labels (its code, which records hold, stays)."""
    with handle.action() as session:
        term = records.get(session, TaxonomyTerm, term_id, "term")
        data = {"kind": term.kind, "code": term.code, "label": term.label,
                "label_fr": term.label_fr, **{k: v for k, v in changes.items()
                                              if k in ("label", "label_fr")}}
        info = validate(TermCreate, data)
        _refuse_same_label(session, term.kind, info.label, term.id)
        records.update(session, handle.user, term,
                       {"label": info.label, "label_fr": info.label_fr},
                       f"{term.kind}: {info.label}")
    handle._taxonomy = None
    return term


def term_usage(handle: PlanHandle, kind: str) -> dict[str, int]:
    """How many records hold each term of list `kind` (terms no record holds are left out)."""
    with handle.read() as session:
        return _usage(session, kind)


def delete_term(handle: PlanHandle, term_id: str) -> str:
    """Retire a term no record holds; the tombstone's id (audit.restore_deleted brings it
    back). A term in use is refused with the number of records that hold it."""
    with handle.action() as session:
        term = records.get(session, TaxonomyTerm, term_id, "term")
        used = _usage(session, term.kind).get(term.code, 0)
        if used:
            raise TermInUse(N_("'%(label)s' is still in use (records holding it: %(count)s); "
                               "change them first."), label=term.label, count=used)
        tombstone = records.delete(session, handle.user, term, f"{term.kind}: {term.label}")
    handle._taxonomy = None
    return tombstone


def _refuse_same_label(session, kind: str, label: str, own_id: str | None) -> None:
    """Two terms of one list with one label could not be told apart in a drop-down list."""
    wanted = label.strip().casefold()
    for other in session.execute(select(TaxonomyTerm).where(TaxonomyTerm.kind == kind)).scalars():
        if other.id != own_id and other.label.strip().casefold() == wanted:
            raise InvalidInput({"label": "a term with this label exists already in this list"})


def _usage(session, kind: str) -> dict[str, int]:
    """Records holding each code of a list: each (table, column) the list's codes are in."""
    from collections import Counter

    from sqlalchemy import func

    from transition_planner.store.models import (
        Actor,
        Capacity,
        FundingLine,
        Handover,
        HandoverStatusChange,
        Location,
        Milestone,
        ReadinessScore,
    )

    columns = {
        "category": [Capacity.category], "poc_tier": [Capacity.poc_tier],
        "component": [Capacity.component], "criticality": [Capacity.criticality],
        "actor_type": [Actor.actor_type], "location_level": [Location.level],
        "handover_role": [Handover.role], "modality": [Handover.modality],
        "handover_status": [Handover.status, HandoverStatusChange.to_status],
        "readiness_dimension": [ReadinessScore.dimension],
        "confidence": [ReadinessScore.confidence],
        "funding_source": [FundingLine.source_type], "funding_status": [FundingLine.status],
        "milestone_kind": [Milestone.kind],
    }
    counts: Counter = Counter()
    for column in columns.get(kind, ()):
        for code, n in session.execute(select(column, func.count()).group_by(column)):
            counts[code] += n
    if kind == "population":  # a JSON list per capacity
        for populations in session.execute(select(Capacity.populations)).scalars():
            counts.update(set(populations or ()))
    return dict(counts)


def require_code(taxonomy: Taxonomy, kind: str, code: str | None, field_name: str, problems):
    """Note a problem when `code` is not a term of `kind` in the plan's taxonomy."""
    if code is None or code == "":
        return
    if not taxonomy.has(kind, code):
        readable = kind.replace("_", " ")
        problems[field_name] = f"unknown {readable} '{code}'"

