"""gunicorn, configured from the environment: `gunicorn -c deploy/gunicorn.conf.py site_project.wsgi`.

Every value has a default fit for one machine; see docs/deployment.md for the variables.
"""

import os


def _int(name, default):
    return int(os.environ.get(name, "") or default)


bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two workers per core is gunicorn's advice; pages spend most of their time in Python, not waiting.
workers = _int("GUNICORN_WORKERS", 2 * (os.cpu_count() or 1) + 1)
threads = _int("GUNICORN_THREADS", 1)
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Recycle workers now and then, so a slow leak never grows for ever. Only the default (sync)
# workers retire cleanly: a threaded worker (GUNICORN_THREADS > 1) closes, when it retires, the
# connections it has accepted but not yet read, and nginx answers those readers 502 (measured in
# tests/test_two_app_servers.py). Threaded workers are therefore not recycled unless asked to.
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000 if threads == 1 else 0)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 100)
# Trust X-Forwarded-* only from the proxy in front (nginx or Varnish on the same machine by default).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# "-" is the standard output (journald under systemd); an empty value turns the access log off.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-") or "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
pidfile = os.environ.get("GUNICORN_PID_FILE") or None
proc_name = os.environ.get("GUNICORN_PROC_NAME", "site")
# Heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
