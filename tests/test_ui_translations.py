"""The window in French: the .ts holds French for every string lupdate finds in
transition_planner/ui, and every string the window asks Qt to translate is one of them."""

from __future__ import annotations

import ast
import itertools
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
)
from test_exchange_support import MatrixBook, build_small_plan
from ui_helpers import settle

from transition_planner.exchange.export import export_matrix
from transition_planner.services import dashboard, handovers, history_view, inventory, plans
from transition_planner.ui import translations
from transition_planner.ui.context import CAPACITY, LOCATION, PlanContext
from transition_planner.ui.dialogs import export_report
from transition_planner.ui.dialogs import import_matrix as matrix_ui
from transition_planner.ui.models.history_table import COL_ACTION, COL_CHANGES
from transition_planner.ui.pages.actors import ActorsPage
from transition_planner.ui.pages.dashboard import TAB_FLAGS, DashboardPage
from transition_planner.ui.pages.history import HistoryPage
from transition_planner.ui.pages.locations import LocationsPage

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "transition_planner" / "ui"
TS = ROOT / "resources" / "translations" / "transition_planner_fr.ts"
WAIT = 20_000
NB = "\xa0"  # French puts a no-break space before a colon
# The services' messages are looked up as they come; only the fixed ones have French.
LOOKED_UP_AS_THEY_COME = {"ServiceMessages"}


# --- the .ts file --------------------------------------------------------------------------


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> of a .ts file."""
    return {(context.findtext("name") or "", message.findtext("source")): message
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")}


def french_of(message: ET.Element) -> list[str]:
    """The French of a message ([] when unfinished, vanished or empty); plural forms each."""
    translation = message.find("translation")
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
    return forms if all(forms) else []


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w*\}|%\d|%n", text))


def test_the_ts_file_has_french_for_every_entry_and_keeps_placeholders():
    messages = ts_messages(TS)
    assert len(messages) > 900
    assert ("", "Cancel") not in messages  # nothing filed under an empty context any more
    unfinished = [key for key, m in messages.items() if not french_of(m)]
    assert unfinished == [], f"{len(unfinished)} without French, e.g. {unfinished[:5]}"
    lost = [(key, form) for key, m in messages.items() for form in french_of(m)
            if placeholders(form) != placeholders(key[1])]
    assert lost == [], f"placeholders lost in translation: {lost[:5]}"


def test_the_ts_file_holds_exactly_what_lupdate_finds_in_the_window(tmp_path):
    copy = tmp_path / "fr.ts"
    shutil.copy(TS, copy)
    translations.update([copy])  # the project's own lupdate run, on a copy
    found = ts_messages(copy)
    committed = ts_messages(TS)
    new = sorted(set(found) - set(committed))
    vanished = sorted(set(committed) - set(found))
    assert new == [], f"{len(new)} strings missing from the .ts, e.g. {new[:5]}"
    assert vanished == [], f"{len(vanished)} strings no longer used, e.g. {vanished[:5]}"


# --- strings hidden from lupdate -----------------------------------------------------------


TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"}


def _callee(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _is_translation(call: ast.Call) -> bool:
    """tr/translate as Qt's, not QPainter.translate or QTransform.translate."""
    name, f = _callee(call), call.func
    if name == "translate" and isinstance(f, ast.Attribute):
        return isinstance(f.value, ast.Name) and f.value.id in ("QCoreApplication",
                                                                "QApplication")
    return name in TRANSLATING


def _text_argument(call: ast.Call) -> ast.expr | None:
    one = _callee(call) in ("tr", "QT_TR_NOOP")
    index = 0 if one else 1
    return call.args[index] if len(call.args) > index else None


def _ui_trees():
    for path in sorted(UI.rglob("*.py")):
        yield path.relative_to(ROOT), ast.parse(path.read_text(encoding="utf-8"))


def test_no_string_of_the_window_is_hidden_from_lupdate():
    """lupdate reads only literal text in tr()/translate() and their markers: a wrapper taking
    the text, a text built at run time or a bare tr() outside a class hides it from the .ts."""
    problems = []
    wrappers: dict[str, int] = {}  # function forwarding one of its parameters as the text
    for path, tree in _ui_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                params = [a.arg for a in node.args.args]
                for call in ast.walk(node):
                    text = isinstance(call, ast.Call) and _is_translation(call) and \
                        _text_argument(call)
                    if isinstance(text, ast.Name) and text.id in params:
                        wrappers[node.name] = params.index(text.id)
            if not (isinstance(node, ast.Call) and _is_translation(node)):
                continue
            where = f"{path}:{node.lineno}"
            text = _text_argument(node)
            if isinstance(text, (ast.JoinedStr, ast.BinOp)) or (
                    isinstance(text, ast.Call) and _callee(text) == "format"):
                problems.append(f"{where}: text built at run time")
            if _callee(node) == "tr" and isinstance(node.func, ast.Name):
                problems.append(f"{where}: tr() outside a class files under no context")
            if _callee(node) == "QT_TR_NOOP":
                problems.append(f"{where}: QT_TR_NOOP files under no context in Python")
            if _callee(node).startswith("QT_TRANSLATE_NOOP") and not all(
                    isinstance(a, ast.Constant) for a in node.args[:2]):
                problems.append(f"{where}: a marker lupdate cannot read")
    for path, tree in _ui_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _callee(node) in wrappers:
                args = node.args
                index = wrappers[_callee(node)] - (1 if isinstance(node.func, ast.Attribute)
                                                   else 0)
                if 0 <= index < len(args) and isinstance(args[index], ast.Constant):
                    problems.append(f"{path}:{node.lineno}: '{args[index].value}' passed "
                                    f"through {_callee(node)}() is never extracted")
    assert problems == []


# --- the window in French ------------------------------------------------------------------


class RecordingTranslator(QTranslator):
    """Notes every (context, text) the window asks for, and lets the French translator answer
    (Qt asks the translator installed last first)."""

    def __init__(self):
        super().__init__()
        self.asked: list[tuple[str, str]] = []

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.append((context, source))
        return None  # not ours to answer: Qt goes on to the next translator

    def isEmpty(self) -> bool:
        return False


def our_contexts() -> set[str]:
    """Contexts of the window's strings: the .ts's, its classes' and its literal ones."""
    names = {context for context, _ in ts_messages(TS)}
    for _path, tree in _ui_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and _is_translation(node) and node.args and \
                    isinstance(node.args[0], ast.Constant) and _callee(node) != "tr":
                names.add(node.args[0].value)
    return names - {""}


def untranslated(recorder: RecordingTranslator, ts: Path = TS) -> list[tuple[str, str]]:
    """What the window asked for that has no translation in `ts` (French by default).
    PySide's self.tr() asks a class, then each base class in turn: one run of asks for the
    same text is one string."""
    french = {key for key, message in ts_messages(ts).items() if french_of(message)}
    ours = our_contexts() - LOOKED_UP_AS_THEY_COME
    missing = set()
    for _text, run in itertools.groupby(recorder.asked, key=lambda asked: asked[1]):
        run = list(run)
        if run[0][0] in ours and run[0][1] and not any(asked in french for asked in run):
            missing.add(run[0])
    return sorted(missing)


@pytest.fixture
def french(qapp, tmp_path, monkeypatch):
    """The French .qm built from the .ts in git, and a recorder of what the window asks."""
    folder = tmp_path / "qm"
    assert translations.build(target=folder)
    monkeypatch.setattr(translations, "TRANSLATIONS", folder)
    assert translations.apply_language(qapp, "fr")
    recorder = RecordingTranslator()
    qapp.installTranslator(recorder)
    yield recorder
    qapp.removeTranslator(recorder)
    translations.apply_language(qapp, "en")


@pytest.fixture
def small(plan, qtbot):
    context = PlanContext()
    context.handle = plan
    yield context
    context.handle = None  # the plan fixture disposes of the engine


@pytest.fixture
def demo(demo_plan):
    context = PlanContext()
    context.set_handle(demo_plan)
    return context


def watch_progress_dialogs() -> tuple[QTimer, list[tuple[str, str]]]:
    """Note the title and text of every progress dialog while the work runs."""
    seen: list[tuple[str, str]] = []
    timer = QTimer()
    timer.timeout.connect(lambda: seen.extend(
        (w.windowTitle(), w.labelText()) for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and (w.windowTitle(), w.labelText()) not in seen))
    timer.start(5)
    return timer, seen


def test_matrix_export_and_import_speak_french(french, small, tmp_path, qtbot, monkeypatch):
    ids = build_small_plan(small.handle)
    asked, told = [], []
    monkeypatch.setattr(matrix_ui.ExportMatrixDialog, "exec", lambda self: (
        told.append(("options", self.windowTitle())), QDialog.DialogCode.Accepted)[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, title, _s, kinds: (
        asked.append((title, kinds)), (str(tmp_path / "partner"), ""))[1])
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, text: told.append((title, text)))
    timer, progress = watch_progress_dialogs()
    path = matrix_ui.export_matrix_interactive(small, None)
    assert path == tmp_path / "partner.xlsx"
    assert asked == [("Exporter la matrice de transfert", "Classeur Excel (*.xlsx)")]
    assert told == [("options", "Exporter la matrice de transfert"),
                    ("Matrice exportée", "5 lignes écrites dans partner.xlsx.")]
    assert ("Exporter la matrice de transfert", "Écriture du classeur…") in progress

    # A partner changes a status the plan changed too: a conflict to resolve.
    handovers.set_status(small.handle, ids["h_unicef"], "at_risk")
    book = MatrixBook(path)
    book.set(book.row_of(ids["h_unicef"]), "status", "Handed over")
    book.save()
    asked.clear()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, title, _f, kinds: (
        asked.append((title, kinds)), (str(path), ""))[1])
    shown, summary = {}, []

    def look(dialog):
        tree = dialog.conflict_tree
        shown.update(title=dialog.windowTitle(), button=dialog.apply_button.text(),
                     tabs=[dialog.tabs.tabText(i) for i in range(dialog.tabs.count())],
                     field=tree.topLevelItem(0).child(0).text(0),
                     headers=[tree.headerItem().text(i) for i in range(tree.columnCount())],
                     left=dialog.left.text())
        summary.append(dialog.summary.text())
        dialog.reject()

    monkeypatch.setattr(matrix_ui.ImportMatrixDialog, "exec", look)
    matrix_ui.import_matrix_interactive(small, None)
    timer.stop()
    assert asked == [("Importer une matrice de transfert",
                      "Matrice de transfert (*.xlsx *.csv)")]
    assert ("Importer une matrice de transfert", "Lecture de partner.xlsx…") in progress
    assert shown == {
        "title": "Importer partner.xlsx", "button": "Importer",
        "tabs": ["Conflits (1)", "Modifiées (1)", "Ajoutées (0)", "Supprimées (0)",
                 "Illisibles (0)"],
        "field": "Statut",  # the workbook's own French header, not "Status"
        "headers": ["Ligne / champ", "À l’export", "Plan actuel", "Classeur", "Garder"],
        "left": "1 conflit(s) restant(s) à résoudre",
    }
    assert f"UTC pour le public «{NB}interne{NB}»{NB}: 0 ajoutée(s), 1 modifiée(s)" in summary[0]
    assert untranslated(french) == []


def test_matrix_import_refusals_speak_french(french, small, tmp_path, qtbot, monkeypatch):
    build_small_plan(small.handle)
    other = plans.new_plan(tmp_path / "other.tplan", {"name": "Other"}, user="x")
    build_small_plan(other)
    foreign = tmp_path / "foreign.xlsx"
    export_matrix(other, foreign)
    other.close()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook at all")
    files = iter([str(foreign), str(bad)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (next(files), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text: (
        told.append((title, text.rsplit("\n\n", 1)[1])), QMessageBox.StandardButton.No)[1])
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, _text: told.append(title))
    assert matrix_ui.import_matrix_interactive(small, None) is None
    assert matrix_ui.import_matrix_interactive(small, None) is None
    assert told == [("Importer comme nouvelles lignes\u202f?",
                     "Ajouter plutôt ses lignes à ce plan comme nouvelles lignes\u202f?"),
                    "Impossible d’importer le classeur"]
    assert untranslated(french) == []


def test_report_export_speaks_french(french, demo, tmp_path, qtbot, monkeypatch):
    told = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text: told.append((title, text)))
    assert export_report.export_report_interactive(PlanContext(), None) is None
    assert told.pop() == ("Exporter un rapport", "Ouvrez d’abord un plan.")

    options = {}

    def choose_when_shown():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, export_report.ReportOptionsDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, choose_when_shown)
            return
        options.update(title=dialog.windowTitle(), warning=dialog.warning.text(),
                       audiences=[dialog.audience.itemText(i)
                                  for i in range(dialog.audience.count())])
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, title, _s, kinds: (
        asked.append((title, kinds)), (str(tmp_path / "rapport"), ""))[1])
    QTimer.singleShot(0, choose_when_shown)
    export = export_report.export_report_interactive(demo, None)
    assert (export.progress.windowTitle(), export.progress.labelText()) == (
        "Exporter un rapport", "Écriture du rapport…")
    with qtbot.waitSignal(export.sig_done, timeout=120_000) as done:
        pass
    assert options == {
        "title": "Exporter un rapport",
        "warning": "Les enregistrements et champs marqués sensibles sont exclus\u202f; "
                   "les chiffres les comptent toujours.",
        "audiences": ["Bailleurs et siège", "Cluster Protection et partenaires",
                      "Planificateurs de la mission (interne)"],
    }
    assert asked == [("Enregistrer le rapport sous", "Documents PDF (*.pdf)")]
    out = tmp_path / "rapport.pdf"
    assert told == [("Rapport enregistré", f"Le rapport a été enregistré dans {out} "
                                           f"({done.args[0].pages} pages).")]

    again = export_report.ReportExport(demo, None, tmp_path / "r.pdf",
                                       export_report.ReportOptions())
    again.start()
    again.cancel()
    assert again.progress.labelText() == "Annulation…"
    with qtbot.waitSignal(again.sig_done, timeout=120_000):
        pass
    assert untranslated(french) == []


def headers(model, roles=(Qt.ItemDataRole.DisplayRole,)) -> list:
    return [model.headerData(c, Qt.Orientation.Horizontal, role)
            for role in roles for c in range(model.columnCount())]


def column_texts(model, column: int, role=Qt.ItemDataRole.DisplayRole) -> set:
    return {model.data(model.index(r, column), role) for r in range(model.rowCount())}


def test_actors_table_speaks_french(french, demo, qtbot):
    page = ActorsPage(demo)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert headers(model) == ["Nom", "Sigle", "Type", "Risque", "Reprise", "Préparation",
                              "Présent à"]
    assert model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
        f"Types d’acteurs à risque{NB}: parties au conflit, non-successeurs"
    assert {"Partie au conflit", "Non-successeur"} <= column_texts(model, 3)
    assert any(text.startswith("Les acteurs de ce type peuvent eux-mêmes porter atteinte")
               for text in column_texts(model, 3, Qt.ItemDataRole.ToolTipRole) if text)
    readiness = sorted(t for t in column_texts(model, 5) if t)
    assert readiness and all(re.fullmatch(rf"\d,\d{NB}/{NB}5", t) for t in readiness)
    assert column_texts(model, 5, Qt.ItemDataRole.ToolTipRole) == {
        "Moyenne de toutes les notes de préparation (1 à 5) des transferts à cet acteur"}
    assert untranslated(french) == []


def test_history_table_speaks_french(french, demo, demo_plan, qtbot):
    page = HistoryPage(demo)
    qtbot.addWidget(page)
    page.show()
    places = {loc.name: loc for loc in inventory.list_locations(demo_plan)}
    inventory.update_location(demo_plan, places["Kanzi team site"].id,
                              {"parent_id": places["Belgora"].id, "pcode": "KV020202",
                               "sensitive": True})
    demo.changed(LOCATION)
    page.table.selectRow(0)
    changes = page.changes_model
    assert headers(changes) == ["Champ", "Ancienne valeur", "Nouvelle valeur"]
    assert {changes.data(changes.index(r, 0)): (changes.data(changes.index(r, 1)),
                                                changes.data(changes.index(r, 2)))
            for r in range(changes.rowCount())} == {
        "dans": ("Kanzi", "Belgora"), "code P": ("KV020101", "KV020202"),
        "sensible": ("non", "oui")}
    summary = page.model.data(page.model.index(0, COL_CHANGES)).split("; ")
    assert {f"dans{NB}: Kanzi → Belgora", f"sensible{NB}: non → oui"} <= set(summary)

    victim = next(c for c in inventory.list_capacities(demo_plan)
                  if c.name.startswith("Protective patrols around Kanzi"))
    inventory.delete_capacity(demo_plan, victim.id)
    demo.changed(CAPACITY)
    model = page.model
    assert headers(model) == ["Quand", "Utilisateur", "Action", "Type d’enregistrement",
                              "Enregistrement", "Modifications"]
    assert model.data(model.index(0, COL_ACTION)) == "supprimé"
    assert model.data(model.index(0, COL_ACTION), Qt.ItemDataRole.ToolTipRole) == \
        f"Supprimé{NB}: sélectionnez-le et appuyez sur Rétablir pour le faire revenir"
    assert model.data(model.index(0, COL_CHANGES)).startswith(f"supprimé avec{NB}: Transfert")
    history_view.restore(demo_plan, model.row_at(0).id)
    demo.changed(CAPACITY)
    assert "supprimé (rétabli depuis)" in column_texts(model, COL_ACTION)
    assert untranslated(french) == []


def test_every_field_a_change_can_touch_has_a_name_to_translate():
    """A column missing from the history's names would show as code ('closure_shift_days'
    reads 'closure shift days', in English whatever the language)."""
    from sqlmodel import SQLModel

    import transition_planner.store.models  # noqa: F401  (registers the tables)
    from transition_planner.store.transfer import LOCAL_TABLES  # never in the history
    from transition_planner.ui.models.history_table import FIELDS

    unnamed = [f"{table.name}.{column.name}" for table in SQLModel.metadata.sorted_tables
               if table.name not in {"auditentry", *LOCAL_TABLES} for column in table.columns
               if column.name not in {*FIELDS, "id", "created_at", "updated_at", "version"}]
    assert unnamed == []


def test_location_tables_speak_french(french, demo, demo_plan, qtbot):
    nord = next(loc for loc in inventory.list_locations(demo_plan) if loc.name == "Nord-Asari")
    inventory.add_location(demo_plan, {"name": "Undated site", "level": "team_site",
                                       "parent_id": nord.id})
    page = LocationsPage(demo)
    qtbot.addWidget(page)
    page.show()
    tree = page.model
    assert headers(tree) == ["Lieu", "Niveau", "Code P", "Fermeture", "Capacités"]
    assert headers(tree, (Qt.ItemDataRole.ToolTipRole,))[2:4] == [
        "Code P de l’OCHA (codes admin1/admin2)",
        "Fermeture prévue de la présence de la mission\u202f; une date entre parenthèses "
        "vient d’un lieu englobant"]
    calendar = page.calendar_model
    assert headers(calendar) == ["Ferme le", "Lieu", "Niveau", "Dans", "Capacités"]
    undated = next(r for r in range(calendar.rowCount())
                   if calendar.row_at(r).name == "Undated site")
    assert calendar.data(calendar.index(undated, 0)) == "sans date"
    tip = calendar.data(calendar.index(undated, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Pas de date propre\u202f; ferme avec le lieu englobant le 20")
    assert untranslated(french) == []


def test_gap_charts_and_tables_speak_french(french, demo, demo_plan, tmp_path, qtbot,
                                            monkeypatch):
    row = next(r for r in dashboard.load_dashboard(demo_plan).flags
               if r.kind == "over_allocation")
    dashboard.accept_flag(demo_plan, row.kind, row.record_ids, "Parts en renégociation.")
    page = DashboardPage(demo)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and not page.worker.busy(), timeout=WAIT)
    cliff = page.charts.cliff
    assert cliff.plot.getAxis("left").labelText == "Capacités (chacune compte 1)"
    assert "Non couvert (lacune)" in [name for name, _ in cliff.layers]

    page.tabs.setCurrentIndex(TAB_FLAGS)
    flags = page.flag_model
    assert headers(flags) == ["Gravité", "Alerte", "Motif", "Enregistrements concernés",
                              "Risque accepté"]
    assert column_texts(flags, 0) <= {"Élevée", "Moyenne", "Faible"}
    accepted = flags.row_of_key(row.key)
    assert flags.data(flags.index(accepted, 4), Qt.ItemDataRole.ToolTipRole) == \
        f"Risque accepté par tester{NB}: Parts en renégociation."
    compared = page.comparison_model
    assert [compared.headerData(c, Qt.Orientation.Horizontal) for c in (0, 3)] == [
        "Mesure", "Variation"]

    page.tabs.setCurrentIndex(0)
    answers = iter([(str(tmp_path / "cliff.pdf"), ""), (str(tmp_path / "no" / "x.png"), ""),
                    (str(tmp_path / "cliff.svg"), "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: next(answers))
    with qtbot.waitSignal(demo.sig_error, timeout=2000) as refused:
        assert page.export_chart("cliff") is None
    assert refused.args == ["Enregistrer le graphique", "Les graphiques s’enregistrent en PNG "
                            f"ou en SVG, pas en «{NB}.pdf{NB}»."]
    with qtbot.waitSignal(demo.sig_error, timeout=2000) as refused:
        assert page.export_chart("cliff") is None
    assert refused.args[1] == f"Le dossier {tmp_path / 'no'} n’existe pas."
    svg = page.export_chart("cliff")
    title = ET.parse(svg).getroot().find("{http://www.w3.org/2000/svg}title")
    assert title.text == "Graphique de Transition Planner"
    page.wait_for_workers()
    assert untranslated(french) == []


def every_text(view: QAbstractItemView) -> int:
    """Ask a view's model for every header, cell text and tooltip, as painting and hovering
    would (a tree's children too); returns how many cells were read."""
    model, read = view.model(), 0
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    if not type(model).__module__.startswith("transition_planner."):
        return 0  # a widget's own list, filled with texts translated when it was built
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for orientation, role in itertools.product(Qt.Orientation, roles):
        count = model.columnCount() if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            model.headerData(section, orientation, role)
    todo = [QModelIndex()]
    while todo:
        parent = todo.pop()
        for r in range(model.rowCount(parent)):
            for c in range(model.columnCount(parent)):
                index = model.index(r, c, parent)
                for role in roles:
                    model.data(index, role)
                read += 1
            child = model.index(r, 0, parent)
            if model.rowCount(child):
                todo.append(child)
    return read


def read_every_page(qtbot, window) -> int:
    """Show every page once its data is read and ask each of its views for every text, as
    a user scrolling through them would: how many texts were read."""
    read = 0
    for spec in window.specs:
        page = window.show_page(spec.key)
        if hasattr(page, "worker"):
            qtbot.waitUntil(lambda p=page: p.data is not None and not p.worker.busy(),
                            timeout=WAIT)
        if hasattr(page, "loader"):
            settle(qtbot, page)
        qtbot.wait(50)
        for view in page.findChildren(QAbstractItemView):
            read += every_text(view)
    return read


def test_every_page_of_the_window_asks_only_for_strings_with_french(french, demo_path, qtbot):
    from transition_planner.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_plan(demo_path)
    settle(qtbot, window.page("inventory"))
    assert read_every_page(qtbot, window) > 5000
    assert ("Pages", "Inventory") in french.asked  # the recorder hears every lookup
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Inventaire", "Successeurs", "Lieux", "Financement", "Chronologie", "Lacunes",
        "Carte", "Suivi", "Historique"]
    assert QCoreApplication.translate("ActorTableModel", "Not a successor") == "Non-successeur"
    window.close()
    assert untranslated(french) == []
