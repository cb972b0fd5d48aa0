#!/usr/bin/env python3
"""Page latency of the workbench under load: 50 clients while two solves run.

Usage: scripts/workbench-load.py SECONDS SKILLPLAN [SKILLPLAN...]

For each binary in turn (say the one before a change and the one after, so that both are
measured in one run on the same machine): starts `skillplan serve` on a free loopback
port with a new plan store, solves the baseline and saves it (so the plan and history
pages have content), starts two long solves (training-20000 and rotation-3-year with a
300 s time limit, gap 0; each one that ends is replaced at once, so that two always
run), waits until both are searching, and runs wrk (2 threads, 50
connections, SECONDS each, --latency) against the scenarios page, a scenario's levers
page, the saved plan's page and the history page. Prints each page's requests a
second and its 50th, 90th and 99th percentile latency, and whether both solves were still
running when wrk ended; and, of the first solve (the baseline on the new server), the
seconds from pressing Solve to its first progress event and to the first bound and best
plan its page shows. Stops every server it started.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

CSRF = "0123456789abcdef0123456789abcdef"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def request(base, path, fields=None):
    data = urllib.parse.urlencode(list(fields) + [("_csrf", CSRF)]).encode() if fields is not None else None
    req = urllib.request.Request(base + path, data=data, headers={"Cookie": f"skillplan_csrf={CSRF}"})
    try:
        with OPENER.open(req, timeout=120) as response:
            return response.status, response.headers.get("Location", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location", ""), error.read()


def wait_done(base, job, seconds=600):
    deadline = time.time() + seconds
    while time.time() < deadline:
        _, _, events = request(base, f"/en/jobs/{job}/events")
        if b"event: done" in events:
            return
        time.sleep(1)
    raise SystemExit(f"job {job} did not finish in {seconds} s")


def first_progress(base):
    """The first solve of a new server (the baseline), as a planner presses Solve: the
    seconds from the press to its page, to the first progress event, and to the first one
    with a bound and a best plan (the numbers the page shows)."""
    import json
    started = time.time()
    _, location, _ = request(base, "/en/scenarios/xingning-2025/solve", [])
    job = location.rsplit("/", 1)[-1]
    request(base, location)
    page = time.time() - started
    first = numbers = done = None
    with OPENER.open(urllib.request.Request(base + f"/en/jobs/{job}/events"), timeout=600) as stream:
        for raw in stream:
            line = raw.decode().strip()
            if not line.startswith("data: "):
                continue
            status = json.loads(line[6:])
            first = first if first is not None else time.time() - started
            if status.get("bound", "–") != "–" and status.get("best", "–") != "–":
                numbers = time.time() - started
                break
            if status.get("state") == "done":
                done = time.time() - started
                break
    return {"job": job, "page": page, "first": first, "numbers": numbers, "done": done}


def state(base, job):
    """The job's phase, from its page (which also counts as watching it)."""
    _, _, page = request(base, f"/en/jobs/{job}")
    match = re.search(rb'data-state="(\w+)"', page)
    return match.group(1).decode() if match else "?"


def milliseconds(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def measure(binary, seconds, folder):
    store = os.path.join(folder, "store", "plans.sqlite")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.dirname(store), exist_ok=True)
    server = subprocess.Popen([binary, "serve", "--port", "0", "--store", store], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        base = None
        for _ in range(200):
            line = server.stdout.readline()
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", line or "")
            if match:
                base = f"http://127.0.0.1:{match.group(1)}"
                break
        if base is None:
            raise SystemExit(f"{binary} serve did not print its address")
        threading.Thread(target=server.stdout.read, daemon=True).start()
        progress = first_progress(base)
        job = progress["job"]
        wait_done(base, job)
        _, location, _ = request(base, f"/en/plans/r{job}/save", [("label", "baseline"), ("note", "")])
        plan = location.rsplit("/", 1)[-1]
        # Two solves all the time: each one that ends is replaced at once.
        scenarios = ["training-20000", "rotation-3-year"]

        def submit(index):
            _, location, _ = request(base, f"/en/scenarios/{scenarios[index]}/solve", [("solver.time_limit", "300"), ("solver.mip_gap", "0")])
            return location.rsplit("/", 1)[-1]

        solves = [submit(0), submit(1)]
        started = [2]
        stop = threading.Event()

        def keep_two():
            while not stop.is_set():
                for index, job in enumerate(solves):
                    if state(base, job) == "done":
                        solves[index] = submit(index)
                        started[0] += 1
                stop.wait(0.5)

        deadline = time.time() + 120
        while time.time() < deadline and not all(state(base, s) == "searching" for s in solves):
            time.sleep(0.5)
        keeper = threading.Thread(target=keep_two, daemon=True)
        keeper.start()
        rows = []
        for name, path in [("scenarios", "/en/"), ("levers", "/en/scenarios/xingning-2025"), ("plan", f"/en/plans/{plan}"),
                           ("history", "/en/history")]:
            _, _, page = request(base, path)
            output = subprocess.run(["wrk", "-t2", "-c50", f"-d{seconds}s", "--timeout", "10s", "--latency", base + path],
                                    capture_output=True, text=True, check=True).stdout
            latency = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)", output, re.M))
            rate = re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)
            errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)", output)
            rows.append((name, len(page), float(rate), *(milliseconds(latency[p]) for p in ("50", "90", "99")),
                         errors.group(0) if errors else "no errors"))
        stop.set()
        keeper.join(timeout=30)
        running = [state(base, s) for s in solves] + [f"{started[0]} solves started in all"]
        return rows, running, progress
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=90)
        except subprocess.TimeoutExpired:
            server.kill()


def main():
    seconds = int(sys.argv[1])
    binaries = [os.path.abspath(path) for path in sys.argv[2:]]
    for index, binary in enumerate(binaries):
        folder = os.path.abspath(f"out/workbench-load/{index}")
        rows, running, progress = measure(binary, seconds, folder)
        numbers = (f"{progress['numbers']:.2f} s" if progress["numbers"] is not None
                   else f"none before it ended with its plan at {progress['done']:.2f} s")
        print(f"{binary}: the first solve (the baseline, a new server): its page {progress['page']:.2f} s after Solve, "
              f"its first progress event {progress['first']:.2f} s, its first bound and best plan {numbers}")
        print(f"{binary}: the two solves were {', '.join(running)} when wrk ended (each one that ended was replaced at once)")
        print(f"  {'page':10} {'bytes':>8} {'req/s':>8} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8}")
        for name, size, rate, p50, p90, p99, errors in rows:
            print(f"  {name:10} {size:8d} {rate:8.1f} {p50:8.1f} {p90:8.1f} {p99:8.1f}  {errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
