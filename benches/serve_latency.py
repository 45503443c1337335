"""Save-to-served latency of `diptych serve` (or `hugo server`): edits a page, then asks the
server for the page (and for its section listing) until the new text is served.

    python3 benches/serve_latency.py SERVER SITE_DIR FILE PAGE [LISTING] [--edits 10]

FILE is the Markdown file to edit (relative to SITE_DIR), PAGE and LISTING site paths
(/de/zorg/seite-1/). With LISTING, each edit changes the page's title (its `title:` line)
and the text of its first paragraph, and waits until the page shows both and the listing
shows the new title; without it, only the text changes and only the page is asked for.
Prints the median, the fastest, the 90th percentile and the slowest, in milliseconds, and
with --json FILE writes them there. SITE_DIR is edited: pass a copy (the file is put back at
the end). When SERVER is a `hugo` binary, `hugo server` (which renders into memory) is
measured the same way on a Hugo site.
"""
import argparse
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time

ap = argparse.ArgumentParser()
ap.add_argument("server"); ap.add_argument("site"); ap.add_argument("file")
ap.add_argument("page"); ap.add_argument("listing", nargs="?")
ap.add_argument("--edits", type=int, default=10)
ap.add_argument("--json", help="also write the figures (milliseconds) to this file")
ap.add_argument("--log", help="write what the server prints (diptych: each rebuild's time) here")
args = ap.parse_args()

if os.path.basename(args.server) == "hugo":
    # The same measurement of `hugo server` on the benchmark's Hugo site, for comparison:
    # its default mode (fast render, rendering into memory).
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [args.server, "server", "--source", args.site, "--bind", "127.0.0.1",
               "--port", str(port), "--baseURL", f"http://127.0.0.1:{port}/"]
    started_line = r"Web Server is available at http://([\w.]+):(\d+)/"
else:
    command = [args.server, "serve", "--port", "0", "--root", args.site]
    started_line = r"Serving the site at http://([\d.]+):(\d+)/"
server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
address = None
for line in server.stdout:
    found = re.search(started_line, line)
    if found:
        address = (found.group(1), int(found.group(2)))
        break
if address is None:
    sys.exit(f"{os.path.basename(args.server)} did not start serving")
log = open(args.log, "w") if args.log else subprocess.DEVNULL
subprocess.Popen(["cat"], stdin=server.stdout, stdout=log)  # keep its pipe drained


def fetch(path):
    connection = http.client.HTTPConnection(*address, timeout=10)
    connection.request("GET", path)
    body = connection.getresponse().read().decode("utf-8", "replace")
    connection.close()
    return body


def edited(original, marker):
    """The file with `marker` in its title (with a listing) and in its first paragraph."""
    text = original
    if args.listing:
        text = re.sub(r"^title: (.*)$", rf"title: \1 {marker}T", text, count=1, flags=re.M)
    # The first line of the body that is a paragraph (not a heading, list or table).
    head, sep, body = text.partition("\n---\n")
    body = re.sub(r"^([A-Za-zÄÖÜäöüß].*)$", rf"\1 {marker}B.", body, count=1, flags=re.M)
    return head + sep + body


path = f"{args.site}/{args.file}"
original = open(path, encoding="utf-8").read()
times = []
try:
    fetch(args.page)
    if args.listing:
        fetch(args.listing)
    for edit in range(args.edits):
        marker = f"Edit{edit}x{time.time_ns() % 100000}"
        text = edited(original, marker)
        if f"{marker}B" not in text or (args.listing and f"{marker}T" not in text):
            sys.exit(f"{path}: found no title line or paragraph to edit")
        # What each address must show once the edit is served.
        wanted = [(args.page, [f"{marker}B"] + ([f"{marker}T"] if args.listing else []))]
        if args.listing:
            wanted.append((args.listing, [f"{marker}T"]))
        started = time.perf_counter()
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)
        while wanted:
            address_path, needles = wanted[0]
            body = fetch(address_path)
            if all(needle in body for needle in needles):
                wanted.pop(0)
            elif time.perf_counter() - started > 30:
                sys.exit(f"edit {edit} was never served at {address_path}")
            else:
                time.sleep(0.002)  # ask again soon, without taking the server's CPU
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(0.3)  # let the server settle before the next save
finally:
    with open(path, "w", encoding="utf-8") as out:
        out.write(original)
    server.terminate()
    server.wait()
times.sort()
figures = {
    "edits": len(times),
    "median": statistics.median(times),
    "min": times[0],
    "p90": times[max(0, int(len(times) * 0.9) - 1)],
    "max": times[-1],
}
if args.json:
    with open(args.json, "w", encoding="utf-8") as out:
        json.dump(figures, out)
print(f"{figures['edits']} edits: median {figures['median']:.1f} ms, "
      f"fastest {figures['min']:.1f} ms, 90th percentile {figures['p90']:.1f} ms, "
      f"slowest {figures['max']:.1f} ms")
