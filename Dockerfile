# The site's image: the same commands as docs/deployment.md, "Installing a release".
# Web:    docker run --env-file site.env -p 8000:8000 IMAGE
# Worker: docker run --env-file site.env IMAGE .venv/bin/python manage.py run_task_worker
# Before the new image serves: docker run --env-file site.env IMAGE .venv/bin/python manage.py migrate --noinput
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
RUN useradd --system --home-dir /srv/site --shell /usr/sbin/nologin site
WORKDIR /srv/site

COPY requirements.txt .
RUN python3 -m venv .venv
RUN .venv/bin/pip install --no-cache-dir -r requirements.txt
COPY . .
RUN .venv/bin/python manage.py compile_catalogues --verbosity 0
RUN DJANGO_SETTINGS_MODULE=site_project.settings.build .venv/bin/python manage.py collectstatic --noinput

USER site
ENV DJANGO_SETTINGS_MODULE=site_project.settings.production GUNICORN_BIND=0.0.0.0:8000
EXPOSE 8000
CMD [".venv/bin/gunicorn", "-c", "deploy/gunicorn.conf.py", "site_project.wsgi"]
