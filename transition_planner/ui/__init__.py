"""The PySide6 window: the only package that imports Qt."""

import sys

if sys.version_info < (3, 12) and not hasattr(sys, "gettotalrefcount"):
    import ctypes

    # PySide6 6.12 hands back None, True and False from wrapped calls without a reference of
    # their own (harmless from Python 3.12, where they are immortal). On 3.11 every void Qt
    # call and every Signal.emit() loses one, and the interpreter aborts after some thousands
    # (a few dashboard redraws). Give them references enough for any session, as 3.12 does.
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
