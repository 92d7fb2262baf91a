"""Qt table models: thin adapters over plain rows from the services."""
