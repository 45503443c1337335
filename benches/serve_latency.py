"""Save-to-served latency of `diptych serve`: edits a page, then asks the server for the
page (and for its section listing, for a title edit) until the new text is served.

    python3 benches/serve_latency.py DIPTYCH SITE_DIR FILE PAGE [LISTING] [--edits 50]

FILE is the Markdown file to edit (relative to SITE_DIR), PAGE and LISTING site paths
(/nl/zorg/pagina-17/). The edit changes the title (its `title:` line) when LISTING is
given, else the first paragraph's text. Prints the median, the 90th percentile and the
slowest, in milliseconds. SITE_DIR is edited: pass a copy. When DIPTYCH is a `hugo`
binary, `hugo server` is measured the same way on a Hugo site.
"""
import argparse
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import time

ap = argparse.ArgumentParser()
ap.add_argument("diptych"); ap.add_argument("site"); ap.add_argument("file")
ap.add_argument("page"); ap.add_argument("listing", nargs="?")
ap.add_argument("--edits", type=int, default=50)
args = ap.parse_args()

if os.path.basename(args.diptych) == "hugo":
    # The same measurement of `hugo server` on the benchmark's Hugo site, for comparison.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [args.diptych, "server", "--source", args.site, "--bind", "127.0.0.1",
               "--port", str(port), "--baseURL", f"http://127.0.0.1:{port}/"]
    started_line = r"Web Server is available at http://([\w.]+):(\d+)/"
else:
    command = [args.diptych, "serve", "--port", "0", "--root", args.site]
    started_line = r"Serving the site at http://([\d.]+):(\d+)/"
server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
address = None
for line in server.stdout:
    found = re.search(started_line, line)
    if found:
        address = (found.group(1), int(found.group(2)))
        break
if address is None:
    sys.exit("diptych serve did not start")
subprocess.Popen(["cat"], stdin=server.stdout, stdout=subprocess.DEVNULL)  # keep its pipe drained

def fetch(path):
    connection = http.client.HTTPConnection(*address, timeout=10)
    connection.request("GET", path)
    body = connection.getresponse().read().decode("utf-8", "replace")
    connection.close()
    return body

path = f"{args.site}/{args.file}"
original = open(path, encoding="utf-8").read()
times = []
try:
    fetch(args.page)
    for edit in range(args.edits):
        marker = f"Bewerkt{edit}x{time.time_ns() % 100000}"
        if args.listing:
            text = re.sub(r"^title: .*$", f"title: {marker}", original, count=1, flags=re.M)
        else:
            text = original.rstrip("\n") + f"\n\n{marker}\n"
        started = time.perf_counter()
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)
        wanted = [args.page] + ([args.listing] if args.listing else [])
        while wanted:
            if marker in fetch(wanted[0]):
                wanted.pop(0)
            elif time.perf_counter() - started > 20:
                sys.exit(f"edit {edit} was never served")
            else:
                time.sleep(0.002)  # ask again soon, without taking the server's CPU
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(0.05)
finally:
    with open(path, "w", encoding="utf-8") as out:
        out.write(original)
    server.terminate()
times.sort()
print(f"{len(times)} edits: median {statistics.median(times):.1f} ms, "
      f"90th percentile {times[int(len(times) * 0.9) - 1]:.1f} ms, slowest {times[-1]:.1f} ms")
