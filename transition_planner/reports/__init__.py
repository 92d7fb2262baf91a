"""PDF transition reports built from the services and the gap engine."""
