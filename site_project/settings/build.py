"""Build time (container image, release directory): collect static files in production's layout
without production's environment, which is not known when the image is built."""

from .base import *  # noqa: F403

SECRET_KEY = "build-only-not-a-secret"
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}  # noqa: F405
