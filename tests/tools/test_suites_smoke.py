"""The fast part of `make load` and `make bench`, so they cannot rot between runs.

No timing is asserted here (figures belong in BENCHMARKS.md); these check the
suites still run end to end and that what they measure is the real thing.
"""

import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from app import create_app
from tools import bench
from tools.load import record_journey
from tools.samples import eight_member_plan
from wizard.token import encode, fernet_for

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_load_mix_is_the_real_journey_with_every_step_and_the_pdf():
    journey = record_journey()
    # A step form posts to its own address with the page's language (?lang=en), as a browser sends it.
    paths = [urlsplit(path).path for _, path, _ in journey]
    for step in ("start", "signs", "approach", "team", "statements", "boundaries", "rehearsal", "treatment", "review"):
        assert f"/step/{step}" in paths
    assert paths[-1] == "/plan.pdf"
    assert all(dict(form).get("token") for (method, _, form), path in zip(journey, paths) if method == "POST" and path != "/step/start")


def test_a_short_load_run_under_gunicorn_has_no_errors():
    run = subprocess.run(
        [sys.executable, "-m", "tools.load", "--seconds", "3", "--connections", "8", "--workers", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "errors: 0" in run.stdout


def test_the_benchmark_pages_of_the_eight_person_plan_all_render():
    app = create_app({"TESTING": True, "SECRET_KEYS": [bench.SECRET]})
    token = encode(eight_member_plan(), fernet_for([bench.SECRET]))
    weights = bench.page_weights(app.test_client(), token)
    assert set(weights) >= {"statements", "boundaries", "review", "plan"}
    assert all(weight > bench.assets(app.test_client()) for weight in weights.values())


def test_the_stateless_floor_really_opens_and_reseals_the_token():
    """The floor a step cannot beat must do the token work a step does, or the bound means nothing."""
    floor = bench.floor_app().test_client()
    token = encode(eight_member_plan(), fernet_for([bench.SECRET]))
    opened = floor.post("/sealed", data={"token": token, "action": "continue"})
    assert opened.status_code == 200
    assert token[:8] in opened.get_data(as_text=True)
    assert floor.post("/sealed", data={"token": token[:-4] + "AAAA"}).status_code == 500  # a token it cannot open
