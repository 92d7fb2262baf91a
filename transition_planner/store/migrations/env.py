"""Alembic environment: migrations always run on a connection the plan-file code opens."""

from alembic import context

from transition_planner.store.models import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by running the alembic CLI by mistake
    raise SystemExit("Migrations run through transition_planner.store.planfile, not the CLI.")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
