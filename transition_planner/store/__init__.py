"""Plan files: SQLModel tables, the engine and session factory, and Alembic migrations."""
