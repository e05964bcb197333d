#!/usr/bin/env python
"""`make serve`: the production stack on this machine (gunicorn and a task worker, PostgreSQL, Redis).

Runs the upgrade steps (catalogues, migrate, static files, `check --deploy`), then gunicorn with
deploy/gunicorn.conf.py and one task worker, until Ctrl-C. DATABASE_URL and REDIS_URL must be set;
everything else defaults to this machine (http://127.0.0.1:PORT, database task queue).
"""

import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def environment():
    port = os.environ.get("PORT", "8000")
    key_file = ROOT / ".serve-secret-key"
    if not os.environ.get("SECRET_KEY") and not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    defaults = {
        "DJANGO_SETTINGS_MODULE": "site_project.settings.production",
        "SECRET_KEY": key_file.read_text().strip() if key_file.exists() else "",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "BASE_URL": f"http://127.0.0.1:{port}",
        "HTTPS": "false",  # plain http on this machine: secure cookies would never come back
        "TASK_BACKEND": "database",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
    }
    return {**defaults, **{key: value for key, value in os.environ.items() if value}}


def run(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def main():
    env = environment()
    missing = [name for name in ("DATABASE_URL", "REDIS_URL") if not env.get(name)]
    if missing:
        sys.exit(
            "make serve needs " + " and ".join(missing) + ", e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/site "
            "REDIS_URL=redis://127.0.0.1:6379/0 make serve (docs/deployment.md)"
        )
    run(env, "compile_catalogues", "--verbosity", "0")
    run(env, "migrate", "--noinput")
    run(env, "setup_site")
    run(env, "collectstatic", "--noinput", "--verbosity", "0")
    run(env, "check", "--deploy")
    gunicorn = [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "site_project.wsgi"]
    processes = [
        subprocess.Popen(gunicorn, cwd=ROOT, env=env),
        subprocess.Popen([PYTHON, "manage.py", "run_task_worker"], cwd=ROOT, env=env),
    ]
    print(f"Serving {env['BASE_URL']} (gunicorn and a task worker); Ctrl-C stops both.", flush=True)

    def stop(*_args):
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    try:
        os.wait()  # the first of the two to end stops the other
    except KeyboardInterrupt:
        pass
    stop()
    for process in processes:
        process.wait()


if __name__ == "__main__":
    main()
