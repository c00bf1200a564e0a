"""`make screenshots` still works: every step at phone and desktop widths."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.browser
def test_screenshots_are_written_for_a_phone_and_a_desktop(tmp_path, browser):
    run = subprocess.run(
        [sys.executable, "-m", "tools.screenshots", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    names = {path.name for path in tmp_path.glob("*.png")}
    for width in (360, 1280):
        assert any(name.startswith(f"{width}-") and "statements" in name for name in names), names
