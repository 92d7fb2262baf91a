"""The Qt binding keeps Python's reference counts: thousands of Qt calls must not crash us."""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
app = QCoreApplication([])
class Sender(QObject):
    sig = Signal()
sender, timer = Sender(), QTimer()
def calls(n):
    for _ in range(n):
        sender.sig.emit()
        sender.setObjectName("x")
        sender.blockSignals(False)
        timer.setInterval(0)
        timer.isActive()
calls(100)  # first calls fill the binding's caches (a reference or two moves then)
before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
calls(5000)
after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
print([a - b for a, b in zip(after, before)])
"""


def test_void_and_bool_returning_qt_calls_keep_none_true_and_false_alive():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, timeout=60)
    assert out.returncode == 0, out.stderr[-500:]
    # the bug dropped a reference per call (-5000 here, then an abort); a cache settling
    # elsewhere in the interpreter may still move a count by one
    moved = [int(x) for x in out.stdout.strip().strip("[]").split(",")]
    assert all(abs(m) <= 2 for m in moved), moved
