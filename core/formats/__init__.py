"""Input formats for every admin language: day first, as the settings give them.

Django's own English (and unset Arabic) formats read `03/04/2026` month first; FORMAT_MODULE_PATH
points here so every admin language parses what Wagtail's date picker writes (WAGTAIL_DATE_FORMAT).
"""
