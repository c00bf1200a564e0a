"""`make load`: the app under gunicorn on loopback, driven by the real journey's requests.

First the journey is walked once in-process, recording every request a family's
browser sends (start page, each step's POST with its real sealed token and
answers, the PDF). Then 64 connections replay that mix against gunicorn for
60 seconds, each connection walking the journey in order, over and over. The
tokens were sealed with the same key the server is given, so every request
does the real work: decode, validate, render. Prints requests per second,
p50/p99 latency and the error count, and exits non-zero on any error.

Usage: python -m tools.load [--seconds 60] [--connections 64] [--workers N]
"""

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import aiohttp

from app import create_app
from tests.support import Journey, walk_to

ROOT = Path(__file__).resolve().parent.parent
SECRET = "load-test-secret"


def record_journey() -> list[tuple[str, str, list[tuple[str, str]] | None]]:
    """(method, path, form pairs) for every request of one family's journey, in order."""
    app = create_app({"TESTING": True, "SECRET_KEYS": [SECRET]})
    client = app.test_client()
    recorded: list[tuple[str, str, list[tuple[str, str]] | None]] = [("GET", "/", None)]
    original_post = client.post

    def recording_post(path, data=None, **kwargs):
        recorded.append(("POST", path, list(data.items(multi=True)) if data is not None else []))
        return original_post(path, data=data, **kwargs)

    client.post = recording_post
    plan_page = walk_to(Journey(client), "plan")
    recorded.append(("POST", "/plan.pdf", [("token", plan_page.token)]))
    return recorded


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "PLANNER_SECRET_KEY": SECRET}
    command = [
        str(Path(sys.executable).parent / "gunicorn"), "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers), "--worker-class", "gthread", "--threads", "8",
        "--keep-alive", "5", "--log-level", "warning", "app:create_app()",
    ]  # fmt: skip
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1):
                return server
        except OSError:
            time.sleep(0.05)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


async def family(session, base: str, journey, stop_at: float, latencies: list[float], errors: list[str]) -> None:
    while time.monotonic() < stop_at:
        for method, path, form in journey:
            if time.monotonic() >= stop_at:
                return
            start = time.perf_counter()
            try:
                data = aiohttp.FormData(form) if form is not None else None
                async with session.request(method, base + path, data=data) as response:
                    await response.read()
                    if response.status != 200:
                        errors.append(f"{method} {path}: {response.status}")
            except aiohttp.ClientError as error:
                errors.append(f"{method} {path}: {error!r}")
            latencies.append(time.perf_counter() - start)


async def drive(base: str, journey, seconds: float, connections: int) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    connector = aiohttp.TCPConnector(limit=connections)
    # Browsers send Origin on form posts; ours are same-origin.
    async with aiohttp.ClientSession(connector=connector, headers={"Origin": base}) as session:
        started = time.monotonic()
        stop_at = started + seconds
        await asyncio.gather(*(family(session, base, journey, stop_at, latencies, errors) for _ in range(connections)))
        elapsed = time.monotonic() - started
    return latencies, errors, elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()

    journey = record_journey()
    port = free_port()
    server = start_gunicorn(port, args.workers)
    try:
        latencies, errors, elapsed = asyncio.run(
            drive(f"http://127.0.0.1:{port}", journey, args.seconds, args.connections)
        )
    finally:
        server.terminate()
        server.wait()
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    steps = ", ".join(sorted({path.rsplit("/", 1)[-1] or "start" for _, path, _ in journey}))
    print(f"load: {args.connections} connections for {elapsed:.0f} s against gunicorn ({args.workers} workers × 8 threads)")
    print(f"mix: {len(journey)} requests per journey ({steps})")
    print(f"requests: {len(latencies)}  ·  {len(latencies) / elapsed:.1f} requests/s")
    print(f"latency: p50 {statistics.median(latencies) * 1000:.1f} ms  ·  p99 {p99 * 1000:.1f} ms")
    print(f"errors: {len(errors)}")
    for error in sorted(set(errors))[:10]:
        print(f"  {error}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
