"""`make bench`: how fast the planner is, as ratios against Flask's own floor, from one run.

Every request figure is measured the same way: the WSGI app called in-process
through Flask's test client, many times, reporting the median. The floor is a
bare Flask app that renders one small Jinja template from its loader (compiled
once and cached, as in any Flask app; `render_template_string` would compile it
on every request and make the floor five times slower than Flask really is).
A step's POST is decode token → validate → fold in → render the next step.
Ratios (floor time / step time) say how much of Flask's speed the planner
keeps; absolute times depend on the machine. Each step is also compared with a
POST floor: the same bare app receiving the very same form body and rendering
its one template, so body transfer and parsing weigh on both sides. The
stateless floor adds only opening and resealing the family's token to that
POST: no step can do less, so it bounds the ratio any step can reach. One more
row times signs → approach as a browser gets it, from one gunicorn worker over
loopback, against the bare app served the same way (context for the target).

Usage: python -m tools.bench [--write BENCHMARKS.md]
"""

import argparse
import datetime
import http.client
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from flask import Flask, render_template, request
from jinja2 import DictLoader
from werkzeug.datastructures import MultiDict

from app import create_app
from tests.support import STANDARD_ANSWERS, Journey, check_page, walk_to
from tools.samples import eight_member_plan
from wizard.content import load_content
from wizard.danger_words import signs_in
from wizard.document import build_document
from wizard.forms.base import forget_checks
from wizard.pdf import render_pdf
from wizard.planfile import dump_plan, load_plan
from wizard.token import decode, encode, fernet_for
from wizard.vocabulary import Language

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-secret"
FLOOR_TEMPLATE = "<!doctype html><html lang=en><title>{{ title }}</title><main><h1>{{ title }}</h1><p>{{ body }}</p></main>"


def median_seconds(call, repeat: int) -> float:
    for _ in range(min(20, repeat)):  # warm caches, compile templates
        call()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def floor_app() -> Flask:
    bare = Flask("floor")
    bare.jinja_loader = DictLoader({"floor.html": FLOOR_TEMPLATE})

    @bare.get("/")
    def page():
        return render_template("floor.html", title="Floor", body="One template, nothing else.")

    @bare.post("/")
    def posted():
        return render_template("floor.html", title="Floor", body=request.form.get("action", ""))

    sealer = fernet_for([SECRET])

    @bare.post("/sealed")
    def sealed():
        """The least any stateless step can do: open the family's token and seal it again."""
        plan = decode(request.form.get("token", ""), sealer)
        return render_template("floor.html", title="Floor", body=encode(plan, sealer)[:8])

    return bare


def step_post(client, path: str, data) -> None:
    response = client.post(path, data=data)
    assert response.status_code == 200, response.status_code


def step_posts(client, floor_client) -> list[tuple[str, float, float, float]]:
    """Each step's Save and continue, as the standard one-person journey posts it.

    Twice: as a journey meets it (finished steps' checks remembered from the page
    before, as happens when the same worker served it) and with nothing remembered;
    then the bare app's POST floor for the very same body.
    """
    timings = []
    for step in ("signs", "approach", "team", "statements", "boundaries", "rehearsal", "treatment", "review"):
        page = walk_to(Journey(client), step)
        answers = STANDARD_ANSWERS[step]
        kept = [(name, value) for name, value in page.form_values() if name not in answers]
        typed = [(name, v) for name, value in answers.items() for v in (value if isinstance(value, list) else [value])]
        data = MultiDict([*kept, *typed, ("action", "continue")])
        moved_on = check_page(client.post(f"/step/{step}", data=data)).step
        assert moved_on != step, f"the {step} answers did not move the journey on"
        warm = median_seconds(lambda: step_post(client, f"/step/{step}", data), 200)
        cold = median_seconds(lambda: (forget_checks(), step_post(client, f"/step/{step}", data)), 200)
        post_floor = median_seconds(lambda: floor_client.post("/", data=data), 500)
        timings.append((f"{step} → next", warm, cold, post_floor))
    return timings


@contextmanager
def gunicorn(target: str):
    """One sync gunicorn worker serving `target` on loopback: yields (port, seconds to the first 200)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PLANNER_SECRET_KEY": SECRET}
    start = time.perf_counter()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "1", target],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.perf_counter() - start > 30:
                    raise RuntimeError("gunicorn did not answer within 30 s")
                time.sleep(0.01)
        yield port, time.perf_counter() - start
    finally:
        server.terminate()
        server.wait()


def cold_start_seconds() -> float:
    """Seconds from launching gunicorn to the first 200 from the start page."""
    with gunicorn("app:create_app()") as (_, seconds):
        return seconds


def served_post_seconds(port: int, path: str, body: str) -> float:
    """Median time of one POST over loopback, a new connection each time (as gunicorn's sync worker closes it)."""

    def once():
        connection = http.client.HTTPConnection("127.0.0.1", port)
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": f"http://127.0.0.1:{port}"}
        connection.request("POST", path, body, headers)
        response = connection.getresponse()
        response.read()
        connection.close()
        assert response.status == 200, response.status

    return median_seconds(once, 300)


def served_step_and_floor(client) -> tuple[float, float]:
    """Signs → approach as a browser gets it from gunicorn, and the bare app's POST of the same body."""
    page = walk_to(Journey(client), "signs")
    answers = STANDARD_ANSWERS["signs"]
    kept = [(name, value) for name, value in page.form_values() if name not in answers]
    typed = [(name, v) for name, value in answers.items() for v in (value if isinstance(value, list) else [value])]
    body = urllib.parse.urlencode([*kept, *typed, ("action", "continue")])
    with gunicorn("app:create_app()") as (port, _):
        step = served_post_seconds(port, "/step/signs", body)
    with gunicorn("tools.bench:floor_app()") as (port, _):
        floor = served_post_seconds(port, "/", body)
    return step, floor


def page_weights(client, plan_token: str, encoding: str | None = None) -> dict[str, int]:
    """Bytes of HTML for every step of the eight-person plan, plus our CSS and JS (what a phone downloads).

    With `encoding` (an Accept-Encoding header), the bytes as sent to a browser that sends it; without, uncompressed.
    """
    headers = {"Accept-Encoding": encoding} if encoding else {}
    weights = {}
    for step in ("signs", "approach", "team", "statements", "boundaries", "rehearsal", "treatment", "review", "plan"):
        response = client.post(f"/step/{step}", data={"token": plan_token, "action": "show"}, headers=headers)
        assert response.status_code == 200
        weights[step] = len(response.data) + assets(client, encoding)
    return weights


def assets(client, encoding: str | None = None) -> int:
    headers = {"Accept-Encoding": encoding} if encoding else {}
    return sum(len(client.get(path, headers=headers).data) for path in ("/static/css/app.css", "/static/js/app.js"))


def measure() -> list[tuple[str, str]]:
    content = load_content()
    app = create_app({"TESTING": True, "SECRET_KEYS": [SECRET]})
    client = app.test_client()
    floor_client = floor_app().test_client()
    plan = eight_member_plan()
    token = encode(plan, fernet_for([SECRET]))

    floor = median_seconds(lambda: floor_client.get("/"), 2000)
    journey = Journey(client)
    signs = walk_to(journey, "signs")
    small_step = {"token": signs.token, "action": "continue", "warning": ["lies_secrecy"], "substances": ["alcohol"]}
    small = median_seconds(lambda: step_post(client, "/step/signs", small_step), 500)
    small_floor = median_seconds(lambda: floor_client.post("/", data=small_step), 500)
    sealed_floor = median_seconds(lambda: floor_client.post("/sealed", data=small_step), 500)
    eight_treatment = {
        "token": token, "action": "continue", "option": "inpatient", "facility": "Lakeside Recovery",
        "contact": "555-0100", "admission_confirmed": "y", "place": "Aunt Zoë’s house",
    }  # fmt: skip
    big = median_seconds(lambda: step_post(client, "/step/treatment", eight_treatment), 200)
    statements = median_seconds(lambda: step_post(client, "/step/statements", {"token": token, "action": "show"}), 100)

    document = build_document(plan, content)
    pdf_time = median_seconds(lambda: render_pdf(document), 30)
    pdf_build = median_seconds(lambda: render_pdf(build_document(plan, content)), 30)
    pdf_size = len(render_pdf(document))
    steps = step_posts(client, floor_client)
    # Danger written in the plan's texts: each text is read once per process, then remembered.
    texts = plan.words_typed()
    rule_sets = tuple(load_content(language.value).danger_words for language in Language)
    danger_scan = median_seconds(lambda: [signs_in(text, rule_sets) for text in texts], 30)
    saved = dump_plan(plan)
    save_time = median_seconds(lambda: dump_plan(plan), 100)
    open_time = median_seconds(lambda: load_plan(saved), 100)
    weights = page_weights(client, token)
    # What Chromium asks for; Flask-Compress answers pages with br and static files (streamed) with zstd.
    sent = page_weights(client, token, encoding="gzip, deflate, br, zstd")
    heaviest = max(weights, key=weights.get)
    launch = cold_start_seconds()
    served_step, served_floor = served_step_and_floor(client)

    ms = lambda seconds: f"{seconds * 1000:.2f} ms"  # noqa: E731
    return [
        ("Floor: bare Flask page, one Jinja template (GET)", ms(floor)),
        (
            "Step POST, one-person plan (signs → approach): time · × the floor (target ≥ 0.5×) · × the POST floor",
            f"{ms(small)} · {floor / small:.2f}× · {small_floor / small:.2f}× (POST floor, same body: {ms(small_floor)})",
        ),
        (
            "Stateless floor: the bare app's POST of the same body that also opens and reseals the token "
            "(nothing validated, one template) · × the floor",
            f"{ms(sealed_floor)} · {floor / sealed_floor:.2f}×",
        ),
        ("Step POST, eight-person plan (treatment → review)", f"{ms(big)} · {floor / big:.2f}× the floor"),
        ("Statements page, eight 500-word letters, each checked", f"{ms(statements)} · {floor / statements:.2f}× the floor"),
        (
            f"Danger words read in the eight-person plan's {len(texts)} texts ({sum(map(len, texts)) / 1024:.0f} KB), not remembered (median of 30)",
            ms(danger_scan),
        ),
        ("PDF, eight 500-word letters (render only, median of 30)", ms(pdf_time)),
        ("PDF, eight letters, document built + rendered (median of 30)", ms(pdf_build)),
        ("PDF size, eight letters", f"{pdf_size / 1024:.1f} KB"),
        (
            f"Heaviest page: {heaviest}, eight-person plan, HTML + CSS + JS: as sent to a browser (br/zstd) / uncompressed",
            f"{sent[heaviest] / 1024:.1f} KB / {weights[heaviest] / 1024:.1f} KB (target < 50 KB)",
        ),
        ("Start page, HTML + CSS + JS", f"{(len(client.get('/').data) + assets(client)) / 1024:.1f} KB"),
        ("Token, eight-person plan (hidden field)", f"{len(token) / 1024:.1f} KB"),
        ("Plan file, eight-person plan: size / save / open", f"{len(saved) / 1024:.1f} KB / {ms(save_time)} / {ms(open_time)}"),
        *[
            (
                f"Step POST {name} (one-person plan): remembered checks / none remembered · × the POST floor",
                f"{ms(warm)} · {floor / warm:.2f}× / {ms(cold)} · {floor / cold:.2f}× · "
                f"{post_floor / warm:.2f}× (POST floor, same body: {ms(post_floor)})",
            )
            for name, warm, cold, post_floor in steps
        ],
        (
            "Served by gunicorn over loopback (new connection each): step POST signs → approach · the bare app's POST of the same body · ratio",
            f"{ms(served_step)} · {ms(served_floor)} · {served_floor / served_step:.2f}×",
        ),
        ("Cold start: gunicorn launch → first 200", f"{launch * 1000:.0f} ms"),
    ]


def machine() -> str:
    cpus = os.cpu_count()
    return f"{platform.machine()}, {cpus} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", type=Path, help="also write the figures to this Markdown file")
    args = parser.parse_args()
    rows = measure()
    lines = [
        "# Benchmarks",
        "",
        f"Measured {datetime.date.today().isoformat()} on {machine()}, by `make bench` (one run; medians).",
        "Requests are timed in-process through Flask's test client, so the figures compare code, not the network.",
        "",
        "| measure | result |",
        "|---|---|",
        *[f"| {name} | {value} |" for name, value in rows],
        "",
    ]
    print("\n".join(lines))
    if args.write:
        args.write.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
