"""Who may see and change what in a team plan, enforced by PostgreSQL itself.

- planner: reads and changes everything.
- partner (a protection cluster member): reads through the views of the `partner` schema
  (its search_path), which leave out what a donor's views leave out: sensitive records, records
  of sensitive places, the fields marked sensitive; it changes, through those views, only the
  handovers, readiness scores and funding lines of its own organisation (a trigger on the
  plan's tables checks each row it writes). It has no right on the plan's tables themselves.
- donor: reads through the views of the `donor` schema only (its search_path), which leave out
  sensitive records, records of sensitive places, and blank the fields marked sensitive; it
  has no right on the plan's tables at all, so `psql` shows a donor nothing more.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, String, text

from transition_planner.store import server
from transition_planner.store.models import metadata
from transition_planner.store.types import UTCDateTime

PLANNER, PARTNER, DONOR = "planner", "partner", "donor"
ROLES = (PLANNER, PARTNER, DONOR)
GROUP = {role: f"tp_{role}" for role in ROLES}  # group roles, shared by a server's plans
BOOKKEEPING = {"id", "created_at", "updated_at", "version", "sensitive", "sensitive_fields"}
# Where a partner may write, and how a row ({row}: NEW or OLD in the guard trigger) leads to
# the organisation (actor) it belongs to.
PARTNER_ROWS = {
    "handover": "{row}.actor_id = public.tp_organisation()",
    "readinessscore": "{row}.handover_id IN (SELECT id FROM public.handover "
                      "WHERE actor_id = public.tp_organisation())",
    "fundingline": "{row}.handover_id IN (SELECT id FROM public.handover "
                   "WHERE actor_id = public.tp_organisation())",
    "handoverstatuschange": "{row}.handover_id IN (SELECT id FROM public.handover "
                            "WHERE actor_id = public.tp_organisation())",
    "auditentry": "{row}.record_type IN ('handover', 'readinessscore', 'fundingline', "
                  "'handoverstatuschange')",
}
PARTNER_WRITES = {"handover": "UPDATE", "readinessscore": "INSERT, UPDATE, DELETE",
                  "fundingline": "INSERT, UPDATE, DELETE", "handoverstatuschange": "INSERT",
                  "auditentry": "INSERT"}
# What a donor or a partner sees of each table: a condition on `t`, the table's row, where
# {schema} is the audience's schema of views. A table not named here (a newer one) shows them
# nothing until someone decides what of it they may read.
DONOR_ROWS = {
    "plan": "true", "scenario": "true", "taxonomyterm": "true", "flagacceptance": "true",
    "adminunit": "true",  # the gazetteer: public boundaries and P-codes
    "scenarioclosure": "t.location_id IN (SELECT id FROM {schema}.location)",
    "location": """t.id NOT IN (
        WITH RECURSIVE hidden(id) AS (
            SELECT id FROM public.location WHERE sensitive
            UNION SELECT l.id FROM public.location l JOIN hidden h ON l.parent_id = h.id)
        SELECT id FROM hidden)""",
    "actor": "NOT t.sensitive",
    "capacity": "NOT t.sensitive AND t.location_id IN (SELECT id FROM {schema}.location)",
    "handover": "NOT t.sensitive AND t.capacity_id IN (SELECT id FROM {schema}.capacity) "
                "AND t.actor_id IN (SELECT id FROM {schema}.actor)",
    "readinessscore": "t.handover_id IN (SELECT id FROM {schema}.handover h WHERE NOT "
                      "jsonb_exists(h.sensitive_fields::jsonb, 'readiness'))",
    "fundingline": "NOT t.sensitive AND t.capacity_id IN (SELECT id FROM {schema}.capacity) AND "
                   "(t.handover_id IS NULL OR t.handover_id IN (SELECT id FROM {schema}.handover))",
    "handoverstatuschange": "t.handover_id IN (SELECT id FROM {schema}.handover)",
    "actorpresence": "t.actor_id IN (SELECT id FROM {schema}.actor) "
                     "AND t.location_id IN (SELECT id FROM {schema}.location)",
    "capacityenabler": "t.capacity_id IN (SELECT id FROM {schema}.capacity) "
                       "AND t.enabler_id IN (SELECT id FROM {schema}.capacity)",
    "milestone": "t.location_id IS NULL OR t.location_id IN (SELECT id FROM {schema}.location)",
    "protectionindicator": "t.location_id IN (SELECT id FROM {schema}.location)",
    "indicatorvalue": "t.indicator_id IN (SELECT id FROM {schema}.protectionindicator)",
    # Comments and the audit trail hold anything people wrote, sensitive values included.
    "comment": "false", "auditentry": "false", "checkout": "false", "syncbase": "false",
    "serveraccount": "false",
}
# A partner sees, besides, the history of its own organisation's records whose handover has
# no field marked sensitive (old values of such a field live in the history).
PARTNER_ROWS_SEEN = {**DONOR_ROWS, "auditentry": """
    (t.record_type = 'handover' AND t.record_id IN (SELECT id FROM partner.handover h
        WHERE h.actor_id = public.tp_organisation() AND h.sensitive_fields::jsonb = '[]'))
    OR (t.record_type IN ('readinessscore', 'fundingline', 'handoverstatuschange')
        AND t.record_id IN (
            SELECT x.id FROM partner.readinessscore x WHERE x.handover_id IN (
                SELECT id FROM partner.handover h WHERE h.actor_id = public.tp_organisation()
                AND h.sensitive_fields::jsonb = '[]')
            UNION SELECT x.id FROM partner.fundingline x WHERE x.handover_id IN (
                SELECT id FROM partner.handover h WHERE h.actor_id = public.tp_organisation()
                AND h.sensitive_fields::jsonb = '[]')
                AND x.sensitive_fields::jsonb = '[]'
            UNION SELECT x.id FROM partner.handoverstatuschange x WHERE x.handover_id IN (
                SELECT id FROM partner.handover h
                WHERE h.actor_id = public.tp_organisation())))"""}
_LOGIN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


class AccessError(server.ServerError):
    """A login or role cannot be set up; the message says why."""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def init_server(address: str, password: str | None = None) -> str | None:
    """`server init`: the plan schema (made or upgraded), the roles and their rights.

    Safe to run again (after an upgrade of the application, say). Returns the schema revision
    the database had before an upgrade, if there was one.
    """
    engine = server.make_engine(address, password)
    try:
        upgraded_from = server.upgrade_schema(engine)
        if server.read_revision(engine) is None:
            server.create_schema(engine)
        with engine.begin() as conn:
            _roles(conn)
            _privileges(conn)
            _planner_policies(conn)
            _partner_guard(conn)
            _audience_views(conn, DONOR, DONOR_ROWS, {})
            _audience_views(conn, PARTNER, PARTNER_ROWS_SEEN, PARTNER_WRITES)
            _search_paths(conn)
        return upgraded_from
    finally:
        engine.dispose()


def _roles(conn: Connection) -> None:
    for group in GROUP.values():
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group})
        if exists.first() is None:
            conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
    database = conn.execute(text("SELECT current_database()")).scalar()
    conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {_q(database)} FROM PUBLIC")
    conn.exec_driver_sql("REVOKE ALL ON SCHEMA public FROM PUBLIC")


def _privileges(conn: Connection) -> None:
    """Planners on the plan's tables; partners and donors on their views only."""
    planner, partner = GROUP[PLANNER], GROUP[PARTNER]
    # A partner names public.tp_organisation() (its own organisation); no table there is its.
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {planner}, {partner}")
    for table in metadata.sorted_tables:
        name = table.name
        conn.exec_driver_sql(f"REVOKE ALL ON public.{name} FROM {planner}, {partner}")
        conn.exec_driver_sql(f"GRANT SELECT ON public.{name} TO {planner}")
        if name != "serveraccount":
            conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON public.{name} TO {planner}")
    conn.exec_driver_sql(f"REVOKE ALL ON public.alembic_version FROM {partner}")
    conn.exec_driver_sql(f"GRANT SELECT ON public.alembic_version TO {planner}")


def _planner_policies(conn: Connection) -> None:
    """Row-level security on: planners see every row; no one else reads the tables directly."""
    planner = GROUP[PLANNER]
    for table in metadata.sorted_tables:
        name = table.name
        if name == "serveraccount":
            continue
        conn.exec_driver_sql(f"ALTER TABLE public.{name} ENABLE ROW LEVEL SECURITY")
        for policy in ("tp_planner_all", "tp_partner_read", "tp_partner_insert",
                       "tp_partner_update", "tp_partner_delete"):  # the last: older set-ups
            conn.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON public.{name}")
        conn.exec_driver_sql(f"CREATE POLICY tp_planner_all ON public.{name} TO {planner} "
                             "USING (true) WITH CHECK (true)")


def _partner_guard(conn: Connection) -> None:
    """A trigger on each table a partner writes (through its views, with the owner's rights):
    the row, before and after, must belong to the partner's own organisation."""
    partner = GROUP[PARTNER]
    conn.exec_driver_sql("""
        CREATE OR REPLACE FUNCTION public.tp_organisation() RETURNS varchar
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
        $$ SELECT actor_id FROM public.serveraccount WHERE login = session_user $$""")
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION public.tp_organisation() FROM PUBLIC")
    conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION public.tp_organisation() TO {partner}")
    for name, own in PARTNER_ROWS.items():
        checks = []
        for row, when in (("OLD", "TG_OP <> 'INSERT'"), ("NEW", "TG_OP <> 'DELETE'")):
            checks.append(f"IF {when} AND NOT COALESCE({own.format(row=row)}, false) THEN "
                          f"RAISE insufficient_privilege USING MESSAGE = "
                          f"'a partner may not change another organisation''s {name}'; "
                          "END IF;")
        conn.exec_driver_sql(f"""
            CREATE OR REPLACE FUNCTION public.tp_partner_guard_{name}() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM public.serveraccount
                           WHERE login = session_user AND role = 'partner') THEN
                    {' '.join(checks)}
                END IF;
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NEW;
            END $$""")
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS tp_partner_guard ON public.{name}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER tp_partner_guard BEFORE INSERT OR UPDATE OR DELETE "
            f"ON public.{name} FOR EACH ROW EXECUTE FUNCTION public.tp_partner_guard_{name}()")


def _blanked(table) -> list[str]:
    """The table's columns for a donor: a field marked sensitive on its row comes out empty."""
    columns = []
    sensitive = "sensitive_fields" in table.columns
    for column in table.columns:
        name = column.name
        if not sensitive or name in BOOKKEEPING or column.foreign_keys:
            columns.append(f"t.{_q(name)}")
            continue
        marks = (("name", "pcode") if table.name == "location" and name in ("name", "pcode")
                 else (name,))  # a place's name and P-code are withheld together
        test = " OR ".join(f"jsonb_exists(t.sensitive_fields::jsonb, '{m}')" for m in marks)
        blank = "''" if _is_text(column) else "NULL"
        columns.append(f"CASE WHEN {test} THEN {blank} ELSE t.{_q(name)} END AS {_q(name)}")
    return columns


def _is_text(column) -> bool:
    column_type = getattr(column.type, "impl", column.type)  # sqlmodel's AutoString decorates
    return isinstance(column_type, String) and not isinstance(column.type, UTCDateTime)


def _audience_views(conn: Connection, role: str, rows: dict[str, str],
                    writes: dict[str, str]) -> None:
    """The schema named after `role`: one view per table, what that audience may read.

    The views run with their owner's rights, so the audience needs none on the tables. A view
    over one table is updatable by PostgreSQL itself, but not in the fields it may blank: a new row,
    and a change to a table with such fields, go in through INSTEAD OF triggers.
    """
    group = GROUP[role]
    conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {role} CASCADE")
    conn.exec_driver_sql(f"CREATE SCHEMA {role}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {role} TO {group}")
    # Parents first: views refer to their parents' views (the history to any record's).
    for table in sorted(metadata.sorted_tables, key=lambda t: t.name == "auditentry"):
        name = table.name
        condition = rows.get(name, "false").format(schema=role)
        conn.exec_driver_sql(
            f"CREATE VIEW {role}.{name} AS SELECT {', '.join(_blanked(table))} "
            f"FROM public.{name} t WHERE {condition}")
        conn.exec_driver_sql(f"GRANT SELECT ON {role}.{name} TO {group}")
        if name not in writes:
            continue
        conn.exec_driver_sql(f"GRANT {writes[name]} ON {role}.{name} TO {group}")
        if "INSERT" in writes[name]:
            _insert_through(conn, role, table)
        if "UPDATE" in writes[name] and "sensitive_fields" in table.columns:
            _update_through(conn, role, table)
    conn.exec_driver_sql(
        f"CREATE VIEW {role}.alembic_version AS SELECT version_num FROM public.alembic_version")
    conn.exec_driver_sql(f"GRANT SELECT ON {role}.alembic_version TO {group}")


def _insert_through(conn: Connection, role: str, table) -> None:
    name = table.name
    columns = ", ".join(_q(c.name) for c in table.columns)
    values = ", ".join(f"NEW.{_q(c.name)}" for c in table.columns)
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION {role}.insert_{name}() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
            INSERT INTO public.{name} ({columns}) VALUES ({values});
            RETURN NEW;
        END $$""")
    conn.exec_driver_sql(
        f"CREATE TRIGGER insert_{name} INSTEAD OF INSERT ON {role}.{name} "
        f"FOR EACH ROW EXECUTE FUNCTION {role}.insert_{name}()")


def _update_through(conn: Connection, role: str, table) -> None:
    """A change through the view: a field it shows blank keeps its value unless the change sets
    it, and one marked sensitive, or the marks themselves, cannot be changed from here."""
    name = table.name
    blankable = {c.name for c in table.columns
                 if c.name not in BOOKKEEPING and not c.foreign_keys}
    sets, refusals = [], []
    for column in table.columns:
        col = _q(column.name)
        if column.name in blankable:
            sets.append(f"{col} = CASE WHEN NEW.{col} IS DISTINCT FROM OLD.{col} "
                        f"THEN NEW.{col} ELSE t.{col} END")
            refusals.append(f"(jsonb_exists(OLD.sensitive_fields::jsonb, '{column.name}') "
                            f"AND NEW.{col} IS DISTINCT FROM OLD.{col})")
        elif column.name != "id":
            sets.append(f"{col} = NEW.{col}")
    refusals.append("NEW.sensitive IS DISTINCT FROM OLD.sensitive")
    refusals.append("NEW.sensitive_fields::jsonb IS DISTINCT FROM OLD.sensitive_fields::jsonb")
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION {role}.update_{name}() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
            IF {' OR '.join(refusals)} THEN
                RAISE insufficient_privilege USING MESSAGE =
                    'a sensitive field or mark cannot be changed from the {role} view';
            END IF;
            UPDATE public.{name} t SET {', '.join(sets)} WHERE t.id = OLD.id;
            RETURN NEW;
        END $$""")
    conn.exec_driver_sql(
        f"CREATE TRIGGER update_{name} INSTEAD OF UPDATE ON {role}.{name} "
        f"FOR EACH ROW EXECUTE FUNCTION {role}.update_{name}()")


def _search_paths(conn: Connection) -> None:
    """Each login reads through its role's schema (again after an upgrade of an older set-up)."""
    database = conn.execute(text("SELECT current_database()")).scalar()
    for login, role in conn.execute(text("SELECT login, role FROM public.serveraccount")):
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first():
            conn.exec_driver_sql(f"ALTER ROLE {_q(login)} IN DATABASE {_q(database)} "
                                 f"SET search_path = {_search_path(role)}")


def _search_path(role: str) -> str:
    return role if role in (DONOR, PARTNER) else "public"


# --- logins ----------------------------------------------------------------------------------


def _check_login(login: str) -> str:
    if not _LOGIN.match(login or ""):
        raise AccessError(f"'{login}' cannot be a login: use lower-case letters, digits, '_', "
                          "'.' or '-', starting with a letter.")
    return login


def _organisation(conn: Connection, role: str, organisation: str | None) -> str | None:
    if role != PARTNER:
        if organisation:
            raise AccessError("Only a partner account belongs to an organisation.")
        return None
    if not organisation:
        raise AccessError("A partner account needs its organisation (--organisation NAME).")
    rows = conn.execute(text(
        "SELECT id, name FROM public.actor WHERE lower(name) = lower(:o) "
        "OR lower(acronym) = lower(:o)"), {"o": organisation}).all()
    if len(rows) != 1:
        raise AccessError(f"{'No' if not rows else 'More than one'} actor of the plan is "
                          f"called '{organisation}'.")
    return rows[0][0]


def add_user(address: str, login: str, login_password: str, role: str,
             organisation: str | None = None, password: str | None = None) -> None:
    """`server add-user`: a login of this plan with one of the roles."""
    _check_login(login)
    if not login_password:
        raise AccessError("The new account needs a password.")
    engine = server.make_engine(address, password)
    try:
        with engine.begin() as conn:
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                            {"r": login}).first():
                raise AccessError(f"The server has a login '{login}' already; give it a role "
                                  "with 'server grant'.")
            from psycopg import sql

            literal = sql.Literal(login_password).as_string(conn.connection.driver_connection)
            conn.exec_driver_sql(f"CREATE ROLE {_q(login)} LOGIN PASSWORD {literal}")
            _set_role(conn, login, role, organisation)
    finally:
        engine.dispose()


def grant(address: str, login: str, role: str, organisation: str | None = None,
          password: str | None = None) -> None:
    """`server grant`: give an existing login its role in this plan (replacing the old one)."""
    _check_login(login)
    engine = server.make_engine(address, password)
    try:
        with engine.begin() as conn:
            if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                {"r": login}).first():
                raise AccessError(f"The server has no login '{login}'; add it with "
                                  "'server add-user'.")
            _set_role(conn, login, role, organisation)
    finally:
        engine.dispose()


def _set_role(conn: Connection, login: str, role: str, organisation: str | None) -> None:
    if role not in ROLES:
        raise AccessError(f"Unknown role '{role}' (use {', '.join(ROLES)}).")
    if conn.execute(text("SELECT to_regclass('public.serveraccount')")).scalar() is None:
        raise AccessError("This database is not set up yet: run 'server init URL' first.")
    actor_id = _organisation(conn, role, organisation)
    database = conn.execute(text("SELECT current_database()")).scalar()
    for group in GROUP.values():
        conn.exec_driver_sql(f"REVOKE {group} FROM {_q(login)}")
    conn.exec_driver_sql(f"GRANT {GROUP[role]} TO {_q(login)}")
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {_q(database)} TO {_q(login)}")
    conn.exec_driver_sql(
        f"ALTER ROLE {_q(login)} IN DATABASE {_q(database)} SET search_path = "
        f"{_search_path(role)}")
    conn.execute(text("DELETE FROM public.serveraccount WHERE login = :l"), {"l": login})
    conn.execute(text("INSERT INTO public.serveraccount (login, role, actor_id) "
                      "VALUES (:l, :r, :a)"), {"l": login, "r": role, "a": actor_id})


def account(engine: Engine) -> str:
    """The role of the login an engine connects as (planner for the database's owner)."""
    with engine.connect() as conn:
        for role, group in GROUP.items():
            if conn.execute(text("SELECT pg_has_role(current_user, :g, 'MEMBER')"),
                            {"g": group}).scalar():
                return role
    return PLANNER
