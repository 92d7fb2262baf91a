"""What the gap rules read: agreements, fallbacks, scenario months and closures, readiness policy

Revision ID: 0003
Revises: 0002
"""

import json

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

import transition_planner.store.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch_op:
        batch_op.add_column(sa.Column(
            "unassessed_readiness", sqlmodel.sql.sqltypes.AutoString(), nullable=False,
            server_default="not_ready",
        ))
    with op.batch_alter_table("scenario") as batch_op:
        batch_op.add_column(sa.Column(
            "closure_shift_months", sa.Integer(), nullable=False, server_default="0"
        ))
    with op.batch_alter_table("handover") as batch_op:
        batch_op.add_column(sa.Column(
            "agreement_status", sqlmodel.sql.sqltypes.AutoString(), nullable=False,
            server_default="none",
        ))
        batch_op.add_column(sa.Column("agreement_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("alternative_to_id", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_handover_alternative_to_id"), ["alternative_to_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_handover_alternative_to_id_handover"), "handover",
            ["alternative_to_id"], ["id"], ondelete="SET NULL",
        )
    # The server defaults only fill the existing rows: the models set the values from now on.
    for table, column in (("plan", "unassessed_readiness"), ("scenario", "closure_shift_months"),
                          ("handover", "agreement_status")):
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column(column, server_default=None)
    # An agreement reference recorded before agreements had a state is taken as signed.
    op.execute("UPDATE handover SET agreement_status = 'signed' WHERE agreement_ref != ''")
    _mark_at_risk()

    op.create_table(
        "scenarioclosure",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", transition_planner.store.types.UTCDateTime(length=32),
                  nullable=False),
        sa.Column("updated_at", transition_planner.store.types.UTCDateTime(length=32),
                  nullable=False),
        sa.Column("scenario_id", sa.String(length=36), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("closure_date", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["location_id"], ["location.id"],
                                name=op.f("fk_scenarioclosure_location_id_location"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["scenario_id"], ["scenario.id"],
                                name=op.f("fk_scenarioclosure_scenario_id_scenario"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenarioclosure")),
        sa.UniqueConstraint("scenario_id", "location_id", name="uq_scenarioclosure"),
    )
    with op.batch_alter_table("scenarioclosure") as batch_op:
        batch_op.create_index(batch_op.f("ix_scenarioclosure_location_id"), ["location_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_scenarioclosure_scenario_id"), ["scenario_id"],
                              unique=False)


def _mark_at_risk() -> None:
    """The built-in 'at risk' status now says so: the gap rules then look at its fallback."""
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, attributes FROM taxonomyterm "
        "WHERE kind = 'handover_status' AND code = 'at_risk' AND builtin"
    )).all()
    for term_id, attributes in rows:
        values = json.loads(attributes) if isinstance(attributes, str) else dict(attributes)
        values["at_risk"] = True
        conn.execute(sa.text("UPDATE taxonomyterm SET attributes = :a WHERE id = :i"),
                     {"a": json.dumps(values), "i": term_id})


def downgrade() -> None:
    op.drop_table("scenarioclosure")
    with op.batch_alter_table("handover") as batch_op:
        batch_op.drop_constraint("fk_handover_alternative_to_id_handover", type_="foreignkey")
        batch_op.drop_index("ix_handover_alternative_to_id")
        batch_op.drop_column("alternative_to_id")
        batch_op.drop_column("agreement_date")
        batch_op.drop_column("agreement_status")
    with op.batch_alter_table("scenario") as batch_op:
        batch_op.drop_column("closure_shift_months")
    with op.batch_alter_table("plan") as batch_op:
        batch_op.drop_column("unassessed_readiness")
