"""Accepted-risk decisions on gap flags

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

import transition_planner.store.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "flagacceptance",
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
        sa.Column("flag_key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("justification", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("accepted_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flagacceptance")),
        sa.UniqueConstraint("flag_key", name=op.f("uq_flagacceptance_flag_key")),
    )


def downgrade() -> None:
    op.drop_table("flagacceptance")
