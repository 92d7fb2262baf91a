"""Who may see what on a team plan, enforced by the database: real logins, psql, the services."""

from __future__ import annotations

import itertools

import pytest

from transition_planner.services import gaps, handovers, inventory, plans
from transition_planner.services.demo import SENSITIVE_STRINGS
from transition_planner.services.errors import ServiceError
from transition_planner.store import server_access, transfer
from transition_planner.store.models import metadata

_numbers = itertools.count(1)


@pytest.fixture
def team_plan(postgres_cluster, demo_template):
    """The demo plan on its own database, set up with `server init`; (cluster, name, url)."""
    name = f"team{next(_numbers)}"
    url = postgres_cluster.create_database(name)
    transfer.import_plan_file(demo_template, url)
    server_access.init_server(url)
    yield postgres_cluster, name, url
    postgres_cluster.drop_database(name)


def add(cluster, name, url, role, organisation=None) -> tuple[str, str]:
    login, password = f"{role}{next(_numbers)}_{name}", f"pw-{role}-{name}"
    server_access.add_user(url, login, password, role, organisation)
    return login, password


def dump_everything(cluster, database, login, password) -> str:
    """Every row of every table as `login` reads it with psql (donors: through their views)."""
    out = []
    for table in metadata.sorted_tables:
        result = cluster.psql(database, login, password, f"SELECT * FROM {table.name}")
        assert result.returncode == 0, result.stderr
        out.append(result.stdout)
    return "\n".join(out)


def test_a_donor_with_psql_sees_no_sensitive_record_or_field(team_plan):
    cluster, name, url = team_plan
    planner = add(cluster, name, url, "planner")
    donor = add(cluster, name, url, "donor")
    everything = dump_everything(cluster, name, *planner)
    assert all(secret in everything for secret in SENSITIVE_STRINGS)  # the planner sees all
    seen = dump_everything(cluster, name, *donor)
    leaked = [secret for secret in SENSITIVE_STRINGS if secret in seen]
    assert leaked == []
    assert "Radio Kelvara" in seen or "radio" in seen.lower()  # what is not sensitive is there
    # The plan's own tables are closed to a donor, whatever the query.
    direct = cluster.psql(name, *donor, "SELECT contact FROM public.actor")
    assert direct.returncode != 0 and "permission denied" in direct.stderr
    history = cluster.psql(name, *donor, "SELECT count(*) FROM auditentry")
    assert history.stdout.strip() == "0"  # old values of sensitive fields live there


def test_the_application_as_donor_computes_gaps_without_sensitive_names(team_plan):
    cluster, name, url = team_plan
    login, password = add(cluster, name, url, "donor")
    handle = plans.open_plan(cluster.url(name, login, password), user="donor")
    try:
        report = gaps.compute(handle)
        names = " ".join(c.name for c in inventory.list_capacities(handle))
        contacts = " ".join(a.contact for a in inventory.list_actors(handle))
        with pytest.raises(ServiceError):  # reads only
            inventory.add_location(handle, {"name": "Somewhere"})
    finally:
        handle.close()
    assert report.to_json_dict()["flags"]
    assert "Case file" not in names and not any(s in contacts for s in SENSITIVE_STRINGS)


def test_a_partner_edits_only_its_own_organisations_handovers(team_plan):
    cluster, name, url = team_plan
    planner_handle = plans.open_plan(url, user="lead")
    all_handovers = handovers.list_handovers(planner_handle)
    actors = {a.id: a for a in inventory.list_actors(planner_handle)}
    planner_handle.close()
    by_actor = {}
    for h in all_handovers:
        if not h.sensitive and not actors[h.actor_id].sensitive:
            by_actor.setdefault(h.actor_id, h)
    (own_actor, own), (_other_actor, other) = list(by_actor.items())[:2]
    login, password = add(cluster, name, url, "partner", actors[own_actor].name)
    handle = plans.open_plan(cluster.url(name, login, password), user=login)
    try:
        handovers.update_handover(handle, own.id, {"notes": "Staff list agreed."})
        with pytest.raises(ServiceError, match="may not"):
            handovers.update_handover(handle, other.id, {"notes": "Taken over."})
        with pytest.raises(ServiceError, match="may not"):
            inventory.add_location(handle, {"name": "Somewhere"})
        visible = {c.name for c in inventory.list_capacities(handle)}
    finally:
        handle.close()
    assert not any("Case file" in n for n in visible)
    planner_handle = plans.open_plan(url, user="lead")
    try:
        notes = {h.id: h.notes for h in handovers.list_handovers(planner_handle)}
    finally:
        planner_handle.close()
    assert notes[own.id] == "Staff list agreed." and notes[other.id] != "Taken over."


def test_logins_and_roles_are_checked(team_plan):
    cluster, name, url = team_plan
    with pytest.raises(server_access.AccessError, match="organisation"):
        server_access.add_user(url, f"p{name}", "pw", "partner")
    with pytest.raises(server_access.AccessError, match="Unknown role"):
        server_access.add_user(url, f"q{name}", "pw", "admin")
    with pytest.raises(server_access.AccessError, match="cannot be a login"):
        server_access.add_user(url, "Robert'); DROP TABLE plan; --", "pw", "planner")
    login, _password = add(cluster, name, url, "donor")
    with pytest.raises(server_access.AccessError, match="already"):
        server_access.add_user(url, login, "pw", "planner")
    server_access.grant(url, login, "planner")
    assert cluster.psql(name, login, f"pw-donor-{name}",
                        "SELECT count(*) FROM public.capacity").returncode == 0
    server_access.init_server(url)  # running it again changes nothing that works


def partner_of(cluster, name, url):
    """A partner login for an organisation that is not itself sensitive."""
    handle = plans.open_plan(url, user="lead")
    try:
        actors = {a.id: a for a in inventory.list_actors(handle) if not a.sensitive}
        actor = next(actors[h.actor_id] for h in handovers.list_handovers(handle)
                     if not h.sensitive and h.actor_id in actors)
    finally:
        handle.close()
    return add(cluster, name, url, "partner", actor.name)


def test_a_partner_with_psql_sees_no_sensitive_record_or_field(team_plan):
    cluster, name, url = team_plan
    partner = partner_of(cluster, name, url)
    seen = dump_everything(cluster, name, *partner)
    leaked = [secret for secret in SENSITIVE_STRINGS if secret in seen]
    assert leaked == []
    assert "Radio Kelvara" in seen or "radio" in seen.lower()
    direct = cluster.psql(name, *partner, "SELECT contact FROM public.actor")
    assert direct.returncode != 0 and "permission denied" in direct.stderr
    # Its writes go through its views, and the database checks each row is its organisation's.
    own = cluster.psql(name, *partner, "UPDATE handover SET notes = 'Agreed.' "
                       "WHERE actor_id = public.tp_organisation() RETURNING id")
    assert own.returncode == 0 and own.stdout.split("\n")[0] not in ("", "UPDATE 0"), own
    other = cluster.psql(name, *partner, "UPDATE handover SET notes = 'Taken.' "
                         "WHERE actor_id <> public.tp_organisation()")
    assert other.returncode != 0 and "another organisation" in other.stderr
    unmark = cluster.psql(name, *partner, "UPDATE handover SET sensitive = true "
                          "WHERE actor_id = public.tp_organisation()")
    assert unmark.returncode != 0 and "sensitive" in unmark.stderr
