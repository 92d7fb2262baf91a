"""Plain-Python domain: taxonomy, value objects and the gap engine (no Qt, no SQL)."""
