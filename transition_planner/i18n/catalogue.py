"""The core's gettext catalogues: resources/locale/<lang>/LC_MESSAGES/transition_planner.po
(the sources translators edit with any PO editor) and the .mo compiled from them.

`compile_all()` builds each .mo beside its .po (`python -m transition_planner.ui.translations`
runs it with the window's .qm); a checkout whose .mo is missing or older than its .po reads the
.po itself, so a language never falls back to English because a build step was skipped.
`update()` re-extracts every message of the core (the whole package but ui/, which has Qt's
.ts) with Babel and merges it into each .po: new messages come in untranslated, vanished ones
are dropped.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from transition_planner.paths import RESOURCES

DOMAIN = "transition_planner"
LOCALE = RESOURCES / "locale"
PACKAGE = Path(__file__).resolve().parent.parent
# What Babel reads: every module of the package except the window's (Qt's lupdate reads those)
METHOD_MAP = [("ui/**.py", "ignore"), ("**.py", "python")]
# The translator's methods besides gettext's own names: _(msgid, **params),
# n_(singular, plural, n, **params), p_(context, msgid, **params), and the markers N_ / NP_
# of messages worded later.
KEYWORDS = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "n_": (1, 2),
    "p_": ((1, "c"), 2),
    "np_": ((1, "c"), 2, 3),
    "N_": None,
    "_p": None,  # domain.wording's words as data
    "_np": (1, 2),
    "NP_": ((1, "c"), 2),
    # the handover matrix's column constructor (exchange/matrix.py): its 4th argument is the
    # column's English header
    "_c": (4,),
}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdf]|%[sdf]")
COUNT = "num"  # the placeholder of the number a plural message counts


def po_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or LOCALE) / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages(folder: Path | None = None) -> list[str]:
    """The languages with a core catalogue (English needs none: its words are the msgids)."""
    folder = folder or LOCALE
    return sorted(p.parent.parent.name for p in folder.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def mo_bytes(po: Path) -> bytes:
    """The .mo of a .po, compiled in memory by Babel."""
    from babel.messages.mofile import write_mo

    buffer = io.BytesIO()
    write_mo(buffer, read(po))
    return buffer.getvalue()


def read(po: Path):
    from babel.messages.pofile import read_po

    with po.open("rb") as f:
        return read_po(f, domain=DOMAIN)


def write(catalog, po: Path) -> None:
    from babel.messages.pofile import write_po

    po.parent.mkdir(parents=True, exist_ok=True)
    with po.open("wb") as f:
        # no line numbers: a .po changes only when a message does
        write_po(f, catalog, width=100, omit_header=False, sort_output=False,
                 include_previous=False, include_lineno=False)


def load_gettext(lang: str, folder: Path | None = None):
    """The stdlib translations of `lang`: its .mo, or its .po compiled in memory when the .mo
    is missing or older; None when the language has no catalogue."""
    import gettext

    po = po_path(lang, folder)
    mo = po.with_suffix(".mo")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as f:
            return gettext.GNUTranslations(f)
    if po.exists():
        return gettext.GNUTranslations(io.BytesIO(mo_bytes(po)))
    return None


def compile_all(folder: Path | None = None) -> list[Path]:
    """Build each language's .mo beside its .po."""
    built = []
    for lang in languages(folder):
        po = po_path(lang, folder)
        mo = po.with_suffix(".mo")
        mo.write_bytes(mo_bytes(po))
        built.append(mo)
    return built


def extract():
    """Every message of the core, as a Babel template catalogue."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    template = Catalog(domain=DOMAIN, project="Transition Planner", charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE), METHOD_MAP, keywords=KEYWORDS, comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        path = f"transition_planner/{Path(filename).as_posix()}"
        template.add(message, None, [(path, lineno)], auto_comments=comments, context=context)
    for label, kind in taxonomy_labels():
        template.add(label, None, [("resources/taxonomy.json", 0)], context=TAXONOMY + kind)
    return template


TAXONOMY = "taxonomy "  # domain.taxonomy.TAXONOMY_CONTEXT


def taxonomy_labels() -> list[tuple[str, str]]:
    """(label, kind) of every built-in taxonomy term: their words in other languages are in
    the catalogue (French also in taxonomy.json itself, as label_fr)."""
    import json

    data = json.loads((RESOURCES / "taxonomy.json").read_text(encoding="utf-8"))
    return [(term["label"], kind) for kind, terms in data.items() if not kind.startswith("_")
            for term in terms]


def update(folder: Path | None = None, langs: list[str] | None = None) -> list[Path]:
    """Merge the extracted messages into each .po (default: every language that has one)."""
    from babel.messages.catalog import Catalog

    template = extract()
    written = []
    for lang in langs if langs is not None else languages(folder):
        po = po_path(lang, folder)
        if po.exists():
            catalog = read(po)
        else:
            catalog = Catalog(locale=lang, domain=DOMAIN, project="Transition Planner",
                              copyright_holder="the Transition Planner authors",
                              last_translator="Transition Planner translators",
                              language_team=lang, fuzzy=False)
        created, revised = catalog.creation_date, catalog.revision_date
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()  # a vanished message is gone, not kept commented out
        # the dates only change with the messages (no churn from merely re-running update)
        catalog.creation_date, catalog.revision_date = created, revised
        write(catalog, po)
        written.append(po)
    return written


def placeholders(text: str) -> set[str]:
    return {m.group(0) for m in PLACEHOLDER.finditer(text)}


def problems(lang: str, folder: Path | None = None) -> list[str]:
    """What is wrong with a language's catalogue: messages untranslated or fuzzy, plural forms
    missing, placeholders lost or added. A plural form may leave out the count where it
    stands for one number only and the language says it with the noun (Arabic 'شهران', two
    months); French 'mois' for 0 and 1 may not."""
    catalog = read(po_path(lang, folder))
    single = _single_number_forms(catalog.plural_expr)
    found = []
    for message in catalog:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        if message.fuzzy:
            found.append(f"fuzzy: {key!r}")
        if message.pluralizable:
            forms = list(message.string)
            if len(forms) != catalog.num_plurals or not all(forms):
                found.append(f"untranslated plural: {key!r}")
                continue
            wanted = placeholders(message.id[1])
            count = f"%({COUNT})s"
            for index, form in enumerate(forms):
                got = placeholders(form)
                if got != wanted and not (index in single and got | {count} == wanted):
                    found.append(f"placeholders {sorted(got)} != {sorted(wanted)}: {key!r}")
        else:
            if not message.string:
                found.append(f"untranslated: {key!r}")
            elif placeholders(message.string) != placeholders(message.id):
                found.append(f"placeholders changed: {key!r}")
    return found


def _single_number_forms(plural_expr: str) -> set[int]:
    """The plural forms that a single number selects (Arabic: 0, 1 and 2)."""
    import gettext
    from collections import Counter

    choose = gettext.c2py(plural_expr)
    hits = Counter(choose(n) for n in range(1000))
    return {form for form, count in hits.items() if count == 1}
