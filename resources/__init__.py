"""Files the application ships: taxonomy, fonts, translations, icon and desktop files.

This folder is the package `transition_planner.resources` (setup.py maps it), so a wheel and
a bundle carry it inside `transition_planner/`; read it through transition_planner.paths.
"""
