"""Post-exit monitoring: indicators linked to handovers, baselines, periods; import mappings

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

import transition_planner.store.types

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _stamp(name: str) -> sa.Column:
    return sa.Column(name, transition_planner.store.types.UTCDateTime(length=32), nullable=False)


def upgrade() -> None:
    with op.batch_alter_table("protectionindicator", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("handover_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True)
        )
        batch_op.add_column(sa.Column("baseline", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column(
            "period", sqlmodel.sql.sqltypes.AutoString(), server_default="month", nullable=False
        ))
        batch_op.add_column(
            sa.Column("trigger_periods", sa.Integer(), server_default="3", nullable=False)
        )
        batch_op.add_column(sa.Column("monitor_from", sa.Date(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_protectionindicator_handover_id"), ["handover_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_protectionindicator_handover_id_handover"), "handover",
            ["handover_id"], ["id"], ondelete="SET NULL",
        )
    with op.batch_alter_table("indicatorvalue", schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            "source", sqlmodel.sql.sqltypes.AutoString(), server_default="", nullable=False
        ))
    op.create_table(
        "monitoringimportmap",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        _stamp("created_at"),
        _stamp("updated_at"),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoringimportmap")),
        sa.UniqueConstraint("name", name=op.f("uq_monitoringimportmap_name")),
    )


def downgrade() -> None:
    op.drop_table("monitoringimportmap")
    with op.batch_alter_table("indicatorvalue", schema=None) as batch_op:
        batch_op.drop_column("source")
    with op.batch_alter_table("protectionindicator", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_protectionindicator_handover_id_handover"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_protectionindicator_handover_id"))
        batch_op.drop_column("monitor_from")
        batch_op.drop_column("trigger_periods")
        batch_op.drop_column("period")
        batch_op.drop_column("baseline")
        batch_op.drop_column("handover_id")
