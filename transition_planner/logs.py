"""The log file the window and the command line share, in the user's data folder."""

from __future__ import annotations

import logging
from pathlib import Path

from transition_planner import settings

LOG = logging.getLogger("transition_planner")
LOG_FILE_NAME = "transition-planner.log"


def log_folder() -> Path:
    return settings.data_dir() / "logs"


def setup_logging() -> Path:
    """Send the application's log to a rotating file in the user's data folder."""
    import logging.handlers  # here: its sockets and pickling, 6 ms, only for a log to write

    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    for handler in LOG.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    for handler in list(LOG.handlers):  # a previous data folder (tests switch it)
        if isinstance(handler, logging.FileHandler):
            LOG.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO)
    return path
