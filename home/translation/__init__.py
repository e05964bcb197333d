"""The French-to-Arabic translation workflow built on wagtail-localize."""
