#!/usr/bin/env python3
"""Cold start of a published bot: the time from starting its process to the first answered POST /api/messages.

    dotnet publish src/RunnersKnee.Bot -c Release -r linux-x64 --self-contained false -o /tmp/rk-publish
    python3 bench/cold-start.py /tmp/rk-publish [runs]      # prints each run and the median (default 5 runs)

The bot runs as the bench runs it (Production, anonymous loopback, memory store, embedded timers in a temporary
folder); its replies go to a loopback sink in this script that answers 200 at once, so "answered" includes the
welcome's delivery, as a real first turn would. Each run is a fresh process (no warm state between runs).

Besides the time, each run prints the CPU the bot's process used up to that answer (user + system, from /proc): on a
machine shared with other work the time depends on who else runs, the CPU much less, so compare both.
"""
import http.server, json, os, socket, statistics, subprocess, sys, tempfile, threading, time, urllib.request


class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b'{"id":"sent"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid):
    """User + system CPU of the process so far (Linux /proc; fields 14 and 15 of stat, in clock ticks)."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_run(publish_dir, sink_url):
    port = free_port()
    data = tempfile.mkdtemp(prefix="rk-cold-")
    env = dict(os.environ,
               Urls=f"http://127.0.0.1:{port}", ASPNETCORE_ENVIRONMENT="Production", DOTNET_ENVIRONMENT="Production",
               BotAuthentication__AllowAnonymous="true", Storage__Provider="Memory",
               Timers__Local__Directory=os.path.join(data, "timers"), Logging__LogLevel__Default="Warning")
    activity = json.dumps({
        "type": "message", "id": "cold|0000001", "channelId": "webchat", "serviceUrl": sink_url,
        "from": {"id": "user-cold", "name": "Runner"}, "recipient": {"id": "bot", "name": "Runner's Knee Coach"},
        "conversation": {"id": "cold"}, "locale": "en-US", "text": "hi"}).encode()
    started = time.monotonic()
    process = subprocess.Popen(["dotnet", os.path.join(publish_dir, "RunnersKnee.Bot.dll")], cwd=publish_dir, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.monotonic() - started < 60:
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/api/messages", data=activity,
                                                 headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(request, timeout=30) as response:
                    if response.status < 300:
                        return time.monotonic() - started, cpu_seconds(process.pid)
            except (ConnectionError, urllib.error.URLError):
                time.sleep(0.005)
        raise RuntimeError("the bot did not answer within 60 s")
    finally:
        process.kill()
        process.wait()


def main():
    publish_dir = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    sink = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Sink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    sink_url = f"http://127.0.0.1:{sink.server_address[1]}/"
    times, cpus = [], []
    for run in range(runs):
        elapsed, cpu = one_run(publish_dir, sink_url)
        times.append(elapsed)
        cpus.append(cpu)
        print(f"run {run + 1}: {elapsed * 1000:.0f} ms, CPU {cpu * 1000:.0f} ms; load average {os.getloadavg()[0]:.2f}", flush=True)
    print(f"median of {runs}: {statistics.median(times) * 1000:.0f} ms, CPU {statistics.median(cpus) * 1000:.0f} ms; "
          f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
