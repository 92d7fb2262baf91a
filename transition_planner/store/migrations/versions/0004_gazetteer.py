"""Gazetteer of administrative units (P-codes, boundaries) and location coordinates

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

import transition_planner.store.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "adminunit",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column(
            "created_at",
            transition_planner.store.types.UTCDateTime(length=32),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            transition_planner.store.types.UTCDateTime(length=32),
            nullable=False,
        ),
        sa.Column("pcode", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("parent_pcode", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("boundary", sa.JSON(), nullable=True),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adminunit")),
        sa.UniqueConstraint("pcode", name=op.f("uq_adminunit_pcode")),
    )
    with op.batch_alter_table("adminunit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_adminunit_parent_pcode"), ["parent_pcode"], unique=False
        )
    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.add_column(sa.Column("latitude", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("longitude", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.drop_column("longitude")
        batch_op.drop_column("latitude")
    with op.batch_alter_table("adminunit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adminunit_parent_pcode"))
    op.drop_table("adminunit")
