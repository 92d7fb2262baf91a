"""Team plans: a version on every record, field copies' checkout and base, server accounts

Revision ID: 0007
Revises: 0004
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

import transition_planner.store.types

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None

# Every table of a Record (all but the audit trail and the tables below).
VERSIONED = (
    "plan", "scenario", "scenarioclosure", "taxonomyterm", "location", "adminunit", "actor", "actorpresence", "capacity",
    "capacityenabler", "handover", "handoverstatuschange", "readinessscore", "fundingline",
    "milestone", "protectionindicator", "indicatorvalue", "comment", "flagacceptance",
)


def _id() -> sa.Column:
    return sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )
    with op.batch_alter_table("auditentry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_version", sa.Integer(), nullable=True))

    op.create_table(
        "checkout",
        _id(),
        sa.Column("server", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("plan_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("location_ids", sa.JSON(), nullable=False),
        sa.Column(
            "checked_out_at",
            transition_planner.store.types.UTCDateTime(length=32),
            nullable=False,
        ),
        sa.Column("checked_out_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column(
            "synced_at", transition_planner.store.types.UTCDateTime(length=32), nullable=True
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkout")),
    )
    op.create_table(
        "syncbase",
        _id(),
        sa.Column("record_type", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_syncbase")),
        sa.UniqueConstraint("record_type", "record_id", name="uq_syncbase_record"),
    )
    op.create_table(
        "serveraccount",
        sa.Column("login", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("actor_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_serveraccount")),
    )


def downgrade() -> None:
    op.drop_table("serveraccount")
    op.drop_table("syncbase")
    op.drop_table("checkout")
    with op.batch_alter_table("auditentry", schema=None) as batch_op:
        batch_op.drop_column("record_version")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
