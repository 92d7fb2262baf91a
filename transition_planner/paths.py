"""Where the project's shipped files live."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
TEMPLATES = ROOT / "templates"
TAXONOMY_FILE = RESOURCES / "taxonomy.json"
FONTS = RESOURCES / "fonts"
DEMO_GEODATA = RESOURCES / "demo"  # the demo country's gazetteer and boundaries
