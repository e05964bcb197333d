"""Servers that tests start on 127.0.0.1, on ports 8130-8199, and stop themselves."""

import os
import socket
import time

PORTS = range(8130, 8200)


def free_port(exclude=()):
    """A port of our range that nothing listens on; xdist workers start at different offsets."""
    offset = (os.getpid() * 7) % len(PORTS)
    for index in range(len(PORTS)):
        port = PORTS[(offset + index) % len(PORTS)]
        if port in exclude:
            continue
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 8130-8199")


def wait_for_port(port, timeout=30, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server on port {port} exited with {process.returncode}")
        with socket.socket() as probe:
            probe.settimeout(0.2)
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")
