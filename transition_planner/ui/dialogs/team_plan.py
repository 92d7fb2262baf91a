"""File > Open team plan: where the server is, who you are, and the password (kept in the
system keyring only when asked and when this computer has one; never in QSettings)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from transition_planner.store import server
from transition_planner.ui.widgets.fields import ERROR_STYLE

KEYRING_SERVICE = "Transition Planner team plan"
DEFAULT_PORT = 5432
MAX_RECENT_TEAM = 8


# --- the system keyring ----------------------------------------------------------------------


def keyring_backend():
    """The keyring to keep passwords in, or None when this computer has none worth the name.

    keyring falls back to a 'fail' backend without a desktop keyring, and with keyrings.alt
    installed to a plain-text file: neither is used unless the user chose it (keyring's own
    PYTHON_KEYRING_BACKEND or keyringrc.cfg); a real one (Secret Service, KWallet, macOS
    Keychain, Windows Credential Manager) has a priority of 1 or more.
    """
    try:
        import keyring
        from keyring.backends import fail, null
        from keyring.util import platform_
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    chosen = bool(os.environ.get("PYTHON_KEYRING_BACKEND")) or (
        Path(platform_.config_root()) / "keyringrc.cfg").is_file()
    try:
        priority = float(backend.priority)
    except Exception:  # a chainer asks its members; no priority: not a system keyring
        priority = 0.0
    return backend if chosen or priority >= 1 else None


def stored_password(address: str) -> str | None:
    backend = keyring_backend()
    if backend is None:
        return None
    try:
        return backend.get_password(KEYRING_SERVICE, server.display(address))
    except Exception:  # a locked or broken keyring: ask instead
        return None


def store_password(address: str, password: str) -> bool:
    backend = keyring_backend()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, server.display(address), password)
    except Exception:
        return False
    return True


def forget_password(address: str) -> None:
    backend = keyring_backend()
    if backend is None:
        return
    try:
        backend.delete_password(KEYRING_SERVICE, server.display(address))
    except Exception:  # none was kept
        pass


def password_from_elsewhere() -> bool:
    """libpq's own sources of a password: PGPASSWORD, or a password file."""
    pgpass = Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")
    return bool(os.environ.get("PGPASSWORD")) or pgpass.is_file()


# --- addresses -------------------------------------------------------------------------------


def address_of(host: str, port: int, database: str, user: str) -> str:
    """postgresql://user@host:port/database; a folder as host is a local server's socket."""
    from urllib.parse import quote

    who = f"{quote(user, safe='')}@" if user else ""
    if host.startswith("/"):
        return f"postgresql://{who}/{quote(database, safe='')}?host={quote(host)}&port={port}"
    return f"postgresql://{who}{host}:{port}/{quote(database, safe='')}"


def fields_of(address: str) -> dict:
    """Host, port, database and user of an address (its password left out)."""
    url = server.parse_address(address)
    host = url.host or url.query.get("host") or ""
    port = url.port or url.query.get("port") or DEFAULT_PORT
    if isinstance(host, tuple):
        host = host[0]
    if isinstance(port, tuple):
        port = port[0]
    return {"host": host, "port": int(port), "database": url.database or "",
            "user": url.username or "", "password": url.password}


def short_name(address: str) -> str:
    """How a team plan is named in a title or a menu: database on host, with the user."""
    f = fields_of(address)
    host = f["host"] if not f["host"].startswith("/") else "localhost"
    return f"{f['database']} ({f['user'] + '@' if f['user'] else ''}{host})"


# --- the dialog ------------------------------------------------------------------------------


class TeamPlanDialog(QDialog):
    """Connect to a team plan; `handle` is the open plan once accepted."""

    def __init__(self, user: str, recent: list[str] = (), address: str = "", parent=None,
                 problem: str = ""):
        super().__init__(parent)
        self.user = user
        self.handle = None
        self.address = ""
        self._thread = None
        self._outcome: dict = {}
        self.setWindowTitle(self.tr("Open a team plan"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A team plan lives in a PostgreSQL database that your team works on together. "
            "Ask the mission's IT for the server's address, the database and your login."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.recent = QComboBox()
        self.recent.setAccessibleName(self.tr("Recent team plans"))
        self.recent.addItem(self.tr("(type the server below)"), "")
        for item in recent:
            self.recent.addItem(server.display(item), item)
        self.recent.currentIndexChanged.connect(self._on_recent)
        self.recent.setVisible(bool(recent))
        recent_label = QLabel(self.tr("&Recent:"))
        recent_label.setBuddy(self.recent)
        if recent:
            form.addRow(recent_label, self.recent)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. db.mission.example, or 192.0.2.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setLocale(QLocale.c())  # a port number as the server's IT writes it
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("e.g. plan"))
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for text, widget in ((self.tr("&Server:"), self.host), (self.tr("P&ort:"), self.port),
                             (self.tr("&Database:"), self.database),
                             (self.tr("&User:"), self.login),
                             (self.tr("&Password:"), self.password)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        self.has_keyring = keyring_backend() is not None
        if not self.has_keyring:
            self.remember.setEnabled(False)
            self.remember.setText(self.tr(
                "This computer has no keyring to keep the password in: it is asked each time"))
        else:
            self.remember.setToolTip(self.tr(
                "Kept by the system (Secret Service, KWallet, Keychain, Credential Manager), "
                "never in Transition Planner's settings"))
        layout.addWidget(self.remember)
        self.problem = QLabel()
        self.problem.setObjectName("team_plan_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._check_done)
        self.login.setText(user)
        if address:
            self.show_address(address)
        if problem:
            self.show_problem(problem)

    def show_address(self, address: str) -> None:
        f = fields_of(address)
        self.host.setText(f["host"])
        self.port.setValue(f["port"])
        self.database.setText(f["database"])
        self.login.setText(f["user"] or self.login.text())
        kept = stored_password(address)
        self.password.setText(f["password"] or kept or "")
        self.remember.setChecked(kept is not None)
        (self.password if not self.password.text() else self.open_button).setFocus()

    def _on_recent(self, index: int) -> None:
        address = self.recent.itemData(index)
        if address:
            self.show_address(address)

    def typed_address(self) -> str:
        return address_of(self.host.text().strip() or "localhost", self.port.value(),
                          self.database.text().strip(), self.login.text().strip())

    # --- connecting (off the window's thread: an unreachable server takes seconds) ---

    def connect_to_server(self) -> None:
        if not self.database.text().strip():
            self.show_problem(self.tr("Give the name of the plan's database."))
            self.database.setFocus()
            return
        if self._thread is not None:
            return
        address, password = self.typed_address(), self.password.text() or None
        self.address = address
        self.problem.setText(self.tr("Connecting to {server}…").format(
            server=server.display(address)))
        self.problem.setStyleSheet("")
        self.problem.show()
        self.open_button.setEnabled(False)
        self._outcome = {}
        user = self.user

        def connect():
            from transition_planner.services import plans

            try:
                self._outcome["handle"] = plans.open_plan(address, user=user, password=password)
            except Exception as exc:  # shown in the dialog
                self._outcome["error"] = exc

        self._thread = threading.Thread(target=connect, name="team-plan-connect", daemon=True)
        self._thread.start()
        self._timer.start()

    def busy(self) -> bool:
        return self._thread is not None

    def _check_done(self) -> None:
        if self._thread is None or self._thread.is_alive():
            return
        self._thread.join()
        self._thread = None
        self._timer.stop()
        self.open_button.setEnabled(True)
        error = self._outcome.get("error")
        if error is not None:
            self.show_problem(self.error_text(error))
            if getattr(error, "kind", "") == server.PASSWORD:
                self.password.selectAll()
                self.password.setFocus()
            return
        self.handle = self._outcome["handle"]
        password = self.password.text()
        if self.remember.isChecked() and password:
            store_password(self.address, password)
        elif self.has_keyring and not self.remember.isChecked():
            forget_password(self.address)
        self.accept()

    def show_problem(self, text: str) -> None:
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def error_text(self, error: Exception) -> str:
        """What went wrong, worded for the person at the window, with the server's words."""
        kind = getattr(error, "kind", "")
        database = self.database.text().strip()
        words = {
            server.PASSWORD: self.tr(
                "The server refused this user name or password. Check them and try again."),
            server.UNREACHABLE: self.tr(
                "The server cannot be reached. Check the server's name and port, and that "
                "this computer is connected to the mission's network."),
            server.NO_DATABASE: self.tr(
                "The server has no database called {database}.").format(database=database),
            server.NOT_A_PLAN: self.tr(
                "The database {database} is not a Transition Planner plan: it holds no plan "
                "yet.").format(database=database),
            server.OLDER: self.tr(
                "The plan on the server was made by an older version: ask its administrator "
                "to back it up and upgrade it (transition-planner server init)."),
            server.NEWER: self.tr(
                "The plan on the server was made by a newer version of Transition Planner: "
                "update the application to open it."),
        }.get(kind)
        if words is None:
            return str(error)
        reason = getattr(error, "reason", "")
        return words + ("\n" + self.tr("The server said: {reason}").format(reason=reason)
                        if reason else "")

    def reject(self) -> None:
        if self._thread is not None:  # a connection under way: let it end, then drop it
            self._thread.join()
            self._thread = None
            self._timer.stop()
            handle = self._outcome.get("handle")
            if handle is not None:
                handle.close()
        super().reject()
