"""Who may see and change what in a team plan, enforced by PostgreSQL itself.

- planner: reads and changes everything.
- partner (a protection cluster member): reads what is not sensitive, and changes only the
  handovers, readiness scores and funding lines of its own organisation (row-level security).
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
# Where a partner may write, and how a row leads to the organisation (actor) it belongs to.
PARTNER_ROWS = {
    "handover": "actor_id = tp_organisation()",
    "readinessscore": "handover_id IN (SELECT id FROM public.handover "
                      "WHERE actor_id = tp_organisation())",
    "fundingline": "handover_id IN (SELECT id FROM public.handover "
                   "WHERE actor_id = tp_organisation())",
    "handoverstatuschange": "handover_id IN (SELECT id FROM public.handover "
                            "WHERE actor_id = tp_organisation())",
}
PARTNER_WRITES = {"handover": "UPDATE", "readinessscore": "INSERT, UPDATE, DELETE",
                  "fundingline": "INSERT, UPDATE, DELETE", "handoverstatuschange": "INSERT",
                  "auditentry": "INSERT"}
# What a donor sees of each table: a condition on `t`, the table's row. A table not named here
# (a newer one) shows a donor nothing until someone decides what of it a donor may read.
DONOR_ROWS = {
    "plan": "true", "scenario": "true", "taxonomyterm": "true", "flagacceptance": "true",
    "adminunit": "true",  # the gazetteer: public boundaries and P-codes
    "scenarioclosure": "t.location_id IN (SELECT id FROM donor.location)",
    "location": """t.id NOT IN (
        WITH RECURSIVE hidden(id) AS (
            SELECT id FROM public.location WHERE sensitive
            UNION SELECT l.id FROM public.location l JOIN hidden h ON l.parent_id = h.id)
        SELECT id FROM hidden)""",
    "actor": "NOT t.sensitive",
    "capacity": "NOT t.sensitive AND t.location_id IN (SELECT id FROM donor.location)",
    "handover": "NOT t.sensitive AND t.capacity_id IN (SELECT id FROM donor.capacity) "
                "AND t.actor_id IN (SELECT id FROM donor.actor)",
    "readinessscore": "t.handover_id IN (SELECT id FROM donor.handover h WHERE NOT "
                      "jsonb_exists(h.sensitive_fields::jsonb, 'readiness'))",
    "fundingline": "NOT t.sensitive AND t.capacity_id IN (SELECT id FROM donor.capacity) AND "
                   "(t.handover_id IS NULL OR t.handover_id IN (SELECT id FROM donor.handover))",
    "handoverstatuschange": "t.handover_id IN (SELECT id FROM donor.handover)",
    "actorpresence": "t.actor_id IN (SELECT id FROM donor.actor) "
                     "AND t.location_id IN (SELECT id FROM donor.location)",
    "capacityenabler": "t.capacity_id IN (SELECT id FROM donor.capacity) "
                       "AND t.enabler_id IN (SELECT id FROM donor.capacity)",
    "milestone": "t.location_id IS NULL OR t.location_id IN (SELECT id FROM donor.location)",
    "protectionindicator": "t.location_id IN (SELECT id FROM donor.location)",
    "indicatorvalue": "t.indicator_id IN (SELECT id FROM donor.protectionindicator)",
    # Comments and the audit trail hold anything people wrote, sensitive values included.
    "comment": "false", "auditentry": "false", "checkout": "false", "syncbase": "false",
    "serveraccount": "false",
}
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
            _partner_policies(conn)
            _donor_views(conn)
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
    planner, partner = GROUP[PLANNER], GROUP[PARTNER]
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {planner}, {partner}")
    for table in metadata.sorted_tables:
        name = table.name
        conn.exec_driver_sql(f"REVOKE ALL ON public.{name} FROM {planner}, {partner}")
        if name == "serveraccount":  # partners read it through tp_organisation() only
            conn.exec_driver_sql(f"GRANT SELECT ON public.{name} TO {planner}")
            continue
        conn.exec_driver_sql(f"GRANT SELECT ON public.{name} TO {planner}, {partner}")
        conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON public.{name} TO {planner}")
        if name in PARTNER_WRITES:
            conn.exec_driver_sql(f"GRANT {PARTNER_WRITES[name]} ON public.{name} TO {partner}")
    conn.exec_driver_sql(f"GRANT SELECT ON public.alembic_version TO {planner}, {partner}")


def _partner_policies(conn: Connection) -> None:
    """Row-level security: planners see every row; partners what is theirs to see and edit."""
    planner, partner = GROUP[PLANNER], GROUP[PARTNER]
    conn.exec_driver_sql("""
        CREATE OR REPLACE FUNCTION public.tp_organisation() RETURNS varchar
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
        $$ SELECT actor_id FROM public.serveraccount WHERE login = session_user $$""")
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION public.tp_organisation() FROM PUBLIC")
    conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION public.tp_organisation() TO {partner}")
    for table in metadata.sorted_tables:
        name = table.name
        if name == "serveraccount":
            continue
        conn.exec_driver_sql(f"ALTER TABLE public.{name} ENABLE ROW LEVEL SECURITY")
        for policy in ("tp_planner_all", "tp_partner_read", "tp_partner_insert",
                       "tp_partner_update", "tp_partner_delete"):
            conn.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON public.{name}")
        conn.exec_driver_sql(f"CREATE POLICY tp_planner_all ON public.{name} TO {planner} "
                             "USING (true) WITH CHECK (true)")
        readable = "NOT sensitive" if "sensitive" in table.columns else "true"
        if name == "auditentry":  # old values of anything: only what concerns the partner
            readable = " OR ".join(
                f"(record_type = '{kind}' AND record_id IN "
                f"(SELECT id FROM public.{kind} WHERE {PARTNER_ROWS[kind]}))"
                for kind in ("handover", "readinessscore", "fundingline"))
        conn.exec_driver_sql(
            f"CREATE POLICY tp_partner_read ON public.{name} FOR SELECT TO {partner} "
            f"USING ({readable})")
        own = PARTNER_ROWS.get(name)
        if own is None and name != "auditentry":
            continue
        if name == "auditentry":
            own = "record_type IN ('handover', 'readinessscore', 'fundingline', " \
                  "'handoverstatuschange')"
        for action in ("INSERT", "UPDATE", "DELETE"):
            if action not in PARTNER_WRITES[name]:
                continue
            clause = (f"WITH CHECK ({own})" if action == "INSERT"
                      else f"USING ({own})" + (f" WITH CHECK ({own})"
                                               if action == "UPDATE" else ""))
            conn.exec_driver_sql(
                f"CREATE POLICY tp_partner_{action.lower()} ON public.{name} FOR {action} "
                f"TO {partner} {clause}")


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


def _donor_views(conn: Connection) -> None:
    donor = GROUP[DONOR]
    conn.exec_driver_sql("DROP SCHEMA IF EXISTS donor CASCADE")
    conn.exec_driver_sql("CREATE SCHEMA donor")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA donor TO {donor}")
    for table in metadata.sorted_tables:  # parents first: views refer to their parents' views
        condition = DONOR_ROWS.get(table.name, "false")
        conn.exec_driver_sql(
            f"CREATE VIEW donor.{table.name} AS SELECT {', '.join(_blanked(table))} "
            f"FROM public.{table.name} t WHERE {condition}")
        conn.exec_driver_sql(f"GRANT SELECT ON donor.{table.name} TO {donor}")
    conn.exec_driver_sql(
        "CREATE VIEW donor.alembic_version AS SELECT version_num FROM public.alembic_version")
    conn.exec_driver_sql(f"GRANT SELECT ON donor.alembic_version TO {donor}")


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
    search_path = "donor" if role == DONOR else "public"
    conn.exec_driver_sql(
        f"ALTER ROLE {_q(login)} IN DATABASE {_q(database)} SET search_path = {search_path}")
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
