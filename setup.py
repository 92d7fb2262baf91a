"""Packaging beyond what pyproject.toml can say: the checkout's resources/ folder becomes the
package `transition_planner.resources`, and a wheel records its build and refuses to ship
without the built translations."""

import json
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py
from setuptools.errors import SetupError

HERE = Path(__file__).resolve().parent
RESOURCES = "transition_planner.resources"


def unbuilt_translations() -> list[str]:
    """The .ts (window) and .po (core) sources whose .qm or .mo is missing or older (the
    window would fall back to English; the core would compile its .po at each start)."""
    resources = HERE / "resources"
    stale = []
    for source, built in (("translations/*.ts", ".qm"), ("locale/*/LC_MESSAGES/*.po", ".mo")):
        for path in sorted(resources.glob(source)):
            target = path.with_suffix(built)
            if not target.exists() or target.stat().st_mtime < path.stat().st_mtime:
                stale.append(str(path.relative_to(resources)))
    return stale


class BuildPy(build_py):
    """build_py that checks the translations and writes resources/build.json into the wheel."""

    def run(self):
        editable = getattr(self, "editable_mode", False)
        if not editable and unbuilt_translations():
            raise SetupError(
                "The translations are not built (" + ", ".join(unbuilt_translations())
                + "): run `python -m transition_planner.ui.translations` (scripts/setup.sh "
                "does) before building a wheel.")
        super().run()
        if not editable:
            sys.path.insert(0, str(HERE))
            from transition_planner import buildinfo

            target = Path(self.build_lib, *RESOURCES.split("."), "build.json")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(buildinfo.make("wheel", HERE), indent=2),
                              encoding="utf-8")


setup(
    packages=[*find_packages(include=["transition_planner", "transition_planner.*"]), RESOURCES],
    package_dir={RESOURCES: "resources"},
    package_data={
        "transition_planner.store": ["migrations/*.py", "migrations/*.mako",
                                     "migrations/versions/*.py"],
        RESOURCES: ["taxonomy.json", "fonts/*", "translations/*.qm", "locale/*/LC_MESSAGES/*.mo",
                    "locale/*/LC_MESSAGES/*.po", "icons/*", "icons/pages/*",
                    "desktop/*", "demo/*", "guide/*/*"],
    },
    cmdclass={"build_py": BuildPy},
)
