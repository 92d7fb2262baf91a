"""Writing files made from a plan (workbooks, reports, copies) without ever harming a plan.

Every such file is written to a temporary file beside its target and moved over the target in
one step once it is complete, so a failure, a cancel or a crash leaves the old file as it was.
A target that is the open plan (or its log, shared-memory or owner file), by any path or
symbolic link, or any other plan file, is refused before anything is written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from transition_planner.i18n import N_
from transition_planner.services.errors import ServiceError, Word
from transition_planner.store import planfile


def _umask() -> int:
    mask = os.umask(0)  # the only way to read it; set back at once, at import time
    os.umask(mask)
    return mask


# mkstemp makes files only their owner may read; a finished file gets the usual permissions
FILE_MODE = 0o666 & ~_umask()


class OutputRefused(ServiceError):
    """A file cannot be written where asked; nothing was written."""


# The files written through here, as the messages name them (worded in the user's language).
WHAT = (N_("file"), N_("report"), N_("matrix workbook"), N_("change workbook"), N_("table"),
        N_("copy"), N_("chart"))


def check_target(target: Path, plan: Path | None, what: str,
                 error: type[ServiceError] = OutputRefused, replaces_plans: bool = False) -> None:
    """Refuse a target that is a folder, in no folder, or a plan (the open one above all;
    another one too unless `replaces_plans`, as a copy of the plan may)."""
    what = Word(what)
    if target.is_dir():
        raise error(N_("%(target)s is a folder; choose a file name for the %(what)s."),
                    target=str(target), what=what)
    if not target.parent.is_dir():
        raise error(N_("The folder %(folder)s does not exist."), folder=str(target.parent))
    if plan is not None and _is_part_of(target, Path(plan)):
        raise error(N_(
            "%(name)s is the plan itself (or one of its files); writing the %(what)s there "
            "would destroy the plan. Choose another file name."), name=target.name, what=what)
    if not replaces_plans and target.is_file() and planfile.looks_like_plan(target):
        raise error(N_(
            "%(name)s is a Transition Planner plan; writing the %(what)s there would "
            "destroy it. Choose another file name."), name=target.name, what=what)


def _is_part_of(target: Path, plan: Path) -> bool:
    """Whether `target` names the plan file or a file SQLite or we keep beside it."""
    for own in planfile.plan_files(plan):
        if target.resolve() == own.resolve():
            return True
        try:
            if target.exists() and own.exists() and os.path.samefile(target, own):
                return True  # a hard link, or a path through another mount
        except OSError:
            continue
    return False


@contextmanager
def replacing(target: str | Path, *, plan: Path | None = None, what: str = "file",
              error: type[ServiceError] = OutputRefused, replaces_plans: bool = False
              ) -> Iterator[Path]:
    """A temporary path beside `target`; when the block ends without an error the file
    written there is flushed to disk and replaces `target` in one step, else it is removed.

    `plan` is the open plan the file is made from (never overwritten); `what` names the file
    in messages ("report", "matrix workbook"); `error` is the kind of ServiceError raised;
    `replaces_plans` lets a copy of the plan replace another plan file (never the open one).
    """
    target = Path(target)
    check_target(target, plan, what, error, replaces_plans)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                        dir=target.parent)
    except OSError as exc:
        raise error(N_("Cannot write the %(what)s to %(place)s: %(reason)s."), what=Word(what),
                    place=str(target.parent), reason=exc.strerror or str(exc)) from None
    os.close(handle)
    part = Path(name)
    try:
        yield part
        _flush(part)
        os.chmod(part, target.stat().st_mode & 0o777 if target.exists() else FILE_MODE)
        os.replace(part, target)
        _flush_folder(target.parent)
    except OSError as exc:
        raise error(N_("Cannot write the %(what)s to %(place)s: %(reason)s."), what=Word(what),
                    place=str(target), reason=exc.strerror or str(exc)) from None
    finally:
        part.unlink(missing_ok=True)


def _flush(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
