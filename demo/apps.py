from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and `load_demo`: the only app that imports every other."""

    name = "demo"
