#!/usr/bin/env python3
"""How long until a new verdict shows on the leaderboard (BENCHMARKS.md, "Leaderboards").

Each trial registers a fresh user (through the real form, CSRF and all), creates an API token, submits the
reference solution of an easy problem over the API, then polls two endpoints back to back every 10 ms:
the submission (until its status is DONE) and the board (until GET /api/leaderboards shows the caller as
"me"). It prints, per trial, submit -> verdict stored, submit -> on the board, and the difference (verdict
-> board), then the median and worst of each. Standard library only.

    python3 backend/bench/verdict_to_board.py http://localhost:18087 [trials] [problem]
"""
import http.cookiejar
import json
import pathlib
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request
import uuid

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
TRIALS = int(sys.argv[2]) if len(sys.argv) > 2 else 10
PROBLEM = sys.argv[3] if len(sys.argv) > 3 else "euclidean-distance"
ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCE = (ROOT / "problem-bank" / "problems" / PROBLEM / "reference" / "Solution.java").read_text()
PASSWORD = "bench-password-42"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def site():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def form(opener, page, action, fields):
    html = opener.open(BASE + page).read().decode()
    fields = dict(fields, _csrf=re.search(r'name="_csrf"[^>]*value="([^"]+)"', html).group(1))
    try:
        opener.open(BASE + action, urllib.parse.urlencode(fields).encode())
    except urllib.error.HTTPError as redirect:  # 302 after a successful post
        if redirect.code != 302:
            raise


def api(method, path, token=None, body=None, basic=None):
    request = urllib.request.Request(BASE + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Accept", "application/json")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if basic:
        import base64
        request.add_header("Authorization", "Basic " + base64.b64encode(basic.encode()).decode())
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read().decode())


def trial():
    name = "lat" + uuid.uuid4().hex[:10]
    opener = site()
    form(opener, "/register", "/register", {"username": name, "password": PASSWORD, "confirmation": PASSWORD})
    token = api("POST", "/api/tokens", body={"name": "bench"}, basic=name + ":" + PASSWORD)["token"]
    started = time.monotonic()
    submission = api("POST", "/api/submissions", token, {"problem": PROBLEM, "source": SOURCE})["id"]
    judged = on_board = None
    while on_board is None:
        now = time.monotonic()
        if judged is None and api("GET", "/api/submissions/%d" % submission, token)["status"] == "DONE":
            judged = time.monotonic()
        if api("GET", "/api/leaderboards?period=week", token)["me"] is not None:
            on_board = time.monotonic()
            judged = judged or on_board
        if now - started > 30:
            raise SystemExit("not on the board after 30 s")
        time.sleep(0.01)
    return (judged - started) * 1000, (on_board - started) * 1000


def main():
    rows = []
    print("trial  submit->verdict ms  submit->board ms  verdict->board ms")
    for i in range(TRIALS):
        verdict, board = trial()
        rows.append((verdict, board, board - verdict))
        print("%5d  %18.0f  %16.0f  %17.0f" % (i + 1, verdict, board, board - verdict))
    for label, column in (("median", statistics.median), ("worst", max)):
        print("%6s %18.0f  %16.0f  %17.0f" % (label, *(column(r[k] for r in rows) for k in range(3))))


if __name__ == "__main__":
    main()
