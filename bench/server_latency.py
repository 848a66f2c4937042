#!/usr/bin/env python3
"""Latency of `campspec server`: from a didChange of a plan to its diagnostics, and of
hover and completion requests.

Usage: bench/server_latency.py BINARY PLAN [CHANGES]

Starts the server, opens PLAN, then sends CHANGES full-text changes (alternating the
plan and a copy with one planted mistake, so every change gives new diagnostics) and
times each until its publishDiagnostics arrives. The server checks a change once the
input has been quiet for twice its last check's time (5 to 150 ms), so this figure
includes that pause. Then
it times CHANGES hover and CHANGES completion requests on a value in the middle of the
plan. Prints the median, 90th percentile and maximum in milliseconds, and the plan's
size.
"""
import json
import os
import statistics
import subprocess
import sys
import time


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def read(proc):
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("the server closed its output")
        line = line.strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))


def main():
    binary, plan = sys.argv[1], sys.argv[2]
    changes = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    text = open(plan, encoding="utf-8").read()
    lines = text.split("\n")
    # One planted mistake: a misspelt key on the first top-level line with a colon.
    planted = "\n".join(lines[:1] + ["unknwon_key: 1"] + lines[1:])
    uri = "file://" + os.path.abspath(plan)
    proc = subprocess.Popen(
        [binary, "server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        env=dict(os.environ, CAMPSPEC_LANG="en"),
    )
    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"processId": None, "rootUri": None, "capabilities": {}}})
    read(proc)
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
    read(proc)
    times = []
    for version in range(2, changes + 2):
        body = planted if version % 2 == 0 else text
        start = time.perf_counter()
        send(proc, {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": body}]}})
        while True:
            message = read(proc)
            if message.get("method") == "textDocument/publishDiagnostics" \
                    and message["params"].get("version") == version:
                break
        times.append((time.perf_counter() - start) * 1000)
    report(f"plan {len(text.encode()) / 1024:.1f} KB, {changes} changes", times)
    # A value in the middle of the plan: after the colon of a `key: value` line.
    middle = len(lines) // 2
    line = next(n for n in range(middle, len(lines)) if ": " in lines[n]) \
        if any(": " in l for l in lines[middle:]) else 0
    character = len(lines[line].split(": ")[0].encode("utf-16-le")) // 2 + 2
    position = {"line": line, "character": character}
    for method in ["textDocument/hover", "textDocument/completion"]:
        times = []
        for n in range(changes):
            request_id = 100 + n
            start = time.perf_counter()
            send(proc, {"jsonrpc": "2.0", "id": request_id, "method": method, "params": {
                "textDocument": {"uri": uri}, "position": position}})
            while read(proc).get("id") != request_id:
                pass
            times.append((time.perf_counter() - start) * 1000)
        report(f"{method}, {changes} requests", times)
    send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    read(proc)
    send(proc, {"jsonrpc": "2.0", "method": "exit"})
    proc.wait(timeout=10)


def report(what, times):
    times = sorted(times)
    p90 = times[max(int(len(times) * 0.9) - 1, 0)]
    print(f"{what}: median {statistics.median(times):.2f} ms, p90 {p90:.2f} ms, "
          f"max {times[-1]:.2f} ms")


if __name__ == "__main__":
    main()
