#!/usr/bin/env python3
"""The workbench killed with SIGKILL in the middle of 20 concurrent saves: no version lost.

Usage: scripts/workbench-sigkill.py PATH/TO/skillplan [ROUNDS] [OUTPUT_FOLDER]

Starts `skillplan serve` on a free loopback port with a new plan store, solves the
baseline once and downloads its CSV export. Then, each round: evaluates that export 20
times (20 results to save), saves 2 of them one by one, fingerprints every version in the
store (its row, its plan JSON and its input files, SHA-256), fires 20 saves at once from
20 threads, and kills the server with SIGKILL as soon as the round's first saves are
answered (round k waits for k answers), while the others are in flight. After each kill
it checks, with SQLite itself and with the server restarted:
  - PRAGMA integrity_check is "ok";
  - every save the server answered (303 to /plans/vN) is version N, with its label, a
    plan and its input files (0 lost);
  - every version saved before the round is byte-identical (same fingerprint);
  - no version is half-written (each row has its plan and at least one input file);
  - the restarted server lists every version on its history page.
Then the planner saves again each of the 20 results whose save was not answered
(same label and note; the restarted server), and it checks:
  - every such save is answered with a version (303), none refused;
  - each of the round's 20 results is exactly one version (0 duplicated: a save that
    the store committed before the kill is found by the result's save key);
  - the history page lists none of the 20 as a result not saved.
Prints one line per round and a total; exit 1 when any check fails.
"""
import hashlib
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

SKILLPLAN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/skillplan")
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
OUT = os.path.abspath(sys.argv[3] if len(sys.argv) > 3 else "out/workbench-sigkill")
STORE = os.path.join(OUT, "store", "plans.sqlite")
CSRF = "0123456789abcdef0123456789abcdef"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def request(base, path, data=None, content_type=None, timeout=60):
    """(status, location, body) of a request; a POST carries the CSRF cookie."""
    headers = {"Cookie": f"skillplan_csrf={CSRF}"}
    if content_type:
        headers["Content-Type"] = content_type
    req = urllib.request.Request(base + path, data=data, headers=headers)
    try:
        with OPENER.open(req, timeout=timeout) as response:
            return response.status, response.headers.get("Location", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location", ""), error.read()


def form(fields):
    return urllib.parse.urlencode(list(fields) + [("_csrf", CSRF)]).encode()


def multipart(fields, files):
    boundary = uuid.uuid4().hex
    body = b""
    for name, value in list(fields) + [("_csrf", CSRF)]:
        body += f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode()
    for name, data in files:
        body += f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\r\n".encode() + data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def start_server():
    server = subprocess.Popen([SKILLPLAN, "serve", "--port", "0", "--store", STORE],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = server.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line or "")
        if match:
            threading.Thread(target=server.stdout.read, daemon=True).start()
            return server, f"http://127.0.0.1:{match.group(1)}"
        if not line:
            break
    server.kill()
    raise SystemExit("skillplan serve did not print its address within 60 s")


def fingerprints():
    """SHA-256 of each version's row, plan and input files, by version id."""
    db = sqlite3.connect(f"file:{STORE}?mode=ro", uri=True)
    try:
        prints = {}
        for row in db.execute("SELECT * FROM versions ORDER BY id"):
            digest = hashlib.sha256(repr(row).encode())
            for (blob,) in db.execute("SELECT json FROM plans WHERE version_id = ?", (row[0],)):
                digest.update(blob if isinstance(blob, bytes) else blob.encode())
            for path, blob in db.execute("SELECT path, bytes FROM input_files WHERE version_id = ? ORDER BY ordinal", (row[0],)):
                digest.update(path.encode())
                digest.update(blob)
            prints[row[0]] = digest.hexdigest()
        return prints
    finally:
        db.close()


def store_facts():
    db = sqlite3.connect(f"file:{STORE}?mode=ro", uri=True)
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        labels = dict(db.execute("SELECT id, label FROM versions"))
        without_plan = db.execute("SELECT COUNT(*) FROM versions WHERE id NOT IN (SELECT version_id FROM plans)").fetchone()[0]
        without_inputs = db.execute("SELECT COUNT(*) FROM versions WHERE id NOT IN (SELECT version_id FROM input_files)").fetchone()[0]
        return integrity, labels, without_plan + without_inputs
    finally:
        db.close()


def notes_per_result():
    """How many versions each result was saved as (the note names the result)."""
    db = sqlite3.connect(f"file:{STORE}?mode=ro", uri=True)
    try:
        counts = {}
        for (note,) in db.execute("SELECT note FROM versions WHERE note LIKE 'sigkill r%'"):
            result = int(note.rsplit(" r", 1)[1])
            counts[result] = counts.get(result, 0) + 1
        return counts
    finally:
        db.close()


def evaluate_results(base, export, count):
    results = []
    for _ in range(count):
        body, content_type = multipart([("scenario", "xingning-2025")], [("plan-csv.zip", export)])
        status, location, _ = request(base, "/en/evaluate", body, content_type)
        match = re.search(r"result=r(\d+)", location)
        if status != 303 or not match:
            raise SystemExit(f"evaluating the export gave {status} {location}")
        results.append(int(match.group(1)))
    return results


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(os.path.dirname(STORE), exist_ok=True)
    server, base = start_server()
    # The baseline, solved once; its CSV export is evaluated into results to save.
    status, location, _ = request(base, "/en/scenarios/xingning-2025/solve", form([]), "application/x-www-form-urlencoded")
    job = location.rstrip("/").split("/")[-1]
    deadline = time.time() + 600
    while time.time() < deadline:
        _, _, events = request(base, f"/en/jobs/{job}/events")
        if b"event: done" in events:
            break
        time.sleep(1)
    _, _, export = request(base, f"/en/plans/r{job}/download/csv")
    failures = 0
    total_answered = total_lost = total_changed = total_duplicated = total_refused = 0
    for round_number in range(1, ROUNDS + 1):
        results = evaluate_results(base, export, 22)
        for result in results[:2]:
            request(base, f"/en/plans/r{result}/save", form([("label", f"before-{round_number}-r{result}"), ("note", "")]),
                    "application/x-www-form-urlencoded")
        before = fingerprints()
        answered = {}
        saved_results = set()
        lock = threading.Lock()
        enough = threading.Event()
        kill_after = round_number

        def save(result):
            label = f"round-{round_number}-r{result}"
            try:
                status, location, _ = request(base, f"/en/plans/r{result}/save", form([("label", label), ("note", f"sigkill r{result}")]),
                                              "application/x-www-form-urlencoded", timeout=30)
            except Exception:
                return
            match = re.search(r"/plans/v(\d+)$", location)
            if status == 303 and match:
                with lock:
                    answered[int(match.group(1))] = label
                    saved_results.add(result)
                    if len(answered) >= kill_after:
                        enough.set()

        threads = [threading.Thread(target=save, args=(result,)) for result in results[2:]]
        for thread in threads:
            thread.start()
        enough.wait(timeout=60)
        server.send_signal(signal.SIGKILL)
        server.wait()
        with lock:
            acknowledged = dict(answered)
        for thread in threads:
            thread.join(timeout=60)
        integrity, labels, half = store_facts()
        lost = [version for version, label in acknowledged.items() if labels.get(version) != label]
        after = fingerprints()
        changed = [version for version, digest in before.items() if after.get(version) != digest]
        in_store = sum(1 for label in labels.values() if label and label.startswith(f"round-{round_number}-"))
        server, base = start_server()
        _, _, history = request(base, "/en/history")
        listed = len(re.findall(rb'name="p" value="v\d+"', history))
        # The planner saves again every result whose save was not answered.
        retried = [result for result in results[2:] if result not in saved_results]
        refused = 0
        for result in retried:
            status, location, _ = request(base, f"/en/plans/r{result}/save",
                                          form([("label", f"round-{round_number}-r{result}"), ("note", f"sigkill r{result}")]),
                                          "application/x-www-form-urlencoded")
            refused += 0 if status == 303 and re.search(r"/plans/v\d+$", location) else 1
        per_result = notes_per_result()
        duplicated = sum(1 for result in results[2:] if per_result.get(result, 0) > 1)
        missing = sum(1 for result in results[2:] if per_result.get(result, 0) == 0)
        _, _, history = request(base, "/en/history")
        unsaved = sum(1 for result in results[2:] if f'value="r{result}"'.encode() in history)
        ok = (integrity == "ok" and not lost and not changed and half == 0 and listed == len(labels)
              and refused == 0 and duplicated == 0 and missing == 0 and unsaved == 0)
        failures += 0 if ok else 1
        total_answered += len(acknowledged)
        total_lost += len(lost)
        total_changed += len(changed)
        total_duplicated += duplicated
        total_refused += refused
        print(f"round {round_number}: killed after {len(acknowledged)} of 20 saves answered; {in_store} of this round's saves in the store; "
              f"lost {len(lost)}; earlier versions {len(before)}, changed {len(changed)}; integrity {integrity}; half-written {half}; "
              f"history lists {listed} of {len(labels)}; saved again {len(retried)}: refused {refused}, "
              f"results with two versions {duplicated}, with none {missing}, listed as not saved {unsaved} -> {'ok' if ok else 'FAILED'}")
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=60)
    print(f"total: {ROUNDS} rounds, {total_answered} saves answered before SIGKILL, {total_lost} lost, "
          f"{total_changed} earlier versions changed, {total_refused} saves again refused, {total_duplicated} results saved twice, "
          f"{failures} failed rounds")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
