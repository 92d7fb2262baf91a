"""Reusable widgets of the window: the capacity detail panel and its forms."""
