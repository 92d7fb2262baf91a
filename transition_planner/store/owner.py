"""Who has a plan file open for editing: the owner file beside it.

A window that opens a plan for editing writes who, where and since when into
`.~lock.NAME.tplan#` beside the plan and holds an operating-system lock on that file for as
long as the plan is open. A second window (of this or another person) finds the file, sees
that its lock is held, and tells the person who has the plan open. A file whose lock can be
taken is left over from a window that is gone (a crash, a power cut), and is taken over.

Why a file of our own and not SQLite's locks: SQLite locks only while a transaction runs and
cannot say by whom; holding one for as long as a window is open would stop every other window
and command from writing. Writes stay safe without the owner file (each action takes SQLite's
write lock, see planfile.py); the file is there to tell people about each other. On a network
folder the other machine's lock may not be visible: the file still says who and since when.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from transition_planner.store.planfile import PlanFileError, owner_path

_LOCK_OFFSET = 1 << 20  # Windows locks the byte there, leaving the text readable to others


@dataclass(frozen=True)
class PlanOwner:
    """The person and window that have a plan open for editing."""

    user: str
    host: str
    pid: int
    since: str  # ISO time, UTC

    def describe(self) -> str:
        when = self.since[:16].replace("T", " ")
        here = self.host == socket.gethostname()
        return (f"open by {self.user or 'someone'} "
                f"{'on this computer' if here else f'on {self.host}'} since {when} UTC")


class PlanInUse(PlanFileError):
    """Another window has the plan open for editing; `owner` says who."""

    def __init__(self, path: Path, owner: PlanOwner):
        self.path, self.owner = path, owner
        super().__init__(f"{path.name} is {owner.describe()}.")


class OwnerClaim:
    """This process's claim on a plan: the owner file, locked until the last release."""

    def __init__(self, path: Path):
        self.path = path
        self.released = False

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        handle, count = _claims.pop(self.path)
        if count > 1:  # the same plan is open twice in this process (a window re-opening it)
            _claims[self.path] = (handle, count - 1)
            return
        try:
            self.path.unlink(missing_ok=True)  # before unlocking: nobody takes a dead claim
        except OSError:
            pass
        _unlock(handle)
        handle.close()


_claims: dict[Path, tuple] = {}  # owner file -> (its open file, how many claims hold it)


def claim(plan: Path, user: str) -> OwnerClaim:
    """Say that this window has `plan` open for editing; PlanInUse if another live one has."""
    path = owner_path(Path(plan)).absolute()
    if path in _claims:
        handle, count = _claims[path]
        _claims[path] = (handle, count + 1)
        return OwnerClaim(path)
    for _attempt in range(3):
        handle = _open(path, plan)
        if not _try_lock(handle):
            owner = _read(handle) or PlanOwner("", "another window", 0, _now())
            handle.close()
            raise PlanInUse(Path(plan), owner)
        if _same_file(handle, path):
            break
        _unlock(handle)  # the file was released and removed meanwhile: claim the new one
        handle.close()
    else:
        raise PlanFileError(f"Cannot note that {Path(plan).name} is open: it keeps changing.")
    owner = PlanOwner(user, socket.gethostname(), os.getpid(), _now())
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(owner.__dict__))
    handle.flush()
    _claims[path] = (handle, 1)
    return OwnerClaim(path)


def _open(path: Path, plan: Path):
    try:
        return open(path, "a+", encoding="utf-8")  # noqa: SIM115 (held open while claimed)
    except OSError as exc:
        raise PlanFileError(
            f"Cannot note that {Path(plan).name} is open: {exc.strerror}.") from exc


def _same_file(handle, path: Path) -> bool:
    try:
        return os.fstat(handle.fileno()).st_ino == os.stat(path).st_ino
    except OSError:
        return False


def current_owner(plan: Path) -> PlanOwner | None:
    """Who has `plan` open for editing in a live window, if anyone."""
    path = owner_path(Path(plan))
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115
    except OSError:
        return None
    try:
        if _try_lock(handle):
            _unlock(handle)
            return None  # left over from a window that is gone
        return _read(handle)
    finally:
        handle.close()


def _read(handle) -> PlanOwner | None:
    try:
        handle.seek(0)
        data = json.loads(handle.read(4096) or "{}")
        return PlanOwner(str(data["user"]), str(data["host"]), int(data["pid"]),
                         str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle) -> bool:
        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle) -> None:
        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
