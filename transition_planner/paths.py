"""Where the project's shipped files live: inside the package, however it was installed."""

from pathlib import Path

import transition_planner.resources

# setup.py maps the checkout's resources/ folder to this package. A wheel, an editable checkout
# and a PyInstaller bundle all give a real folder, which reportlab (fonts) and Qt
# (translations, icons) need: they open files by name. The package's own __init__.py is in
# that folder (what importlib.resources would find, without its 6 ms of imports at start-up).
RESOURCES = Path(transition_planner.resources.__file__).parent
TAXONOMY_FILE = RESOURCES / "taxonomy.json"
FONTS = RESOURCES / "fonts"
DEMO_GEODATA = RESOURCES / "demo"  # the demo country's gazetteer and boundaries
TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"
APP_ICON = ICONS / "transition-planner.svg"
GUIDE = RESOURCES / "guide"  # Help > User guide: one folder of HTML pages per language
DESKTOP = RESOURCES / "desktop"  # the freedesktop entry and the shared-mime-info type
BUILD_INFO = RESOURCES / "build.json"  # written by a wheel or bundle build, absent in a checkout

# The source checkout (tests, benchmarks and developer tools only; not part of an install).
ROOT = Path(__file__).resolve().parent.parent
