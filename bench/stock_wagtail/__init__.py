"""Stock Wagtail 8, for bench/stock_load.py: what `wagtail start` and the getting-started tutorial give.

A project of its own (settings, urls, wsgi) and one app, `stock_wagtail`: a home page, a news
index listing its children with `get_children().live().specific()` and Django's Paginator,
articles, a publications index, publications and standard pages, whose StreamField blocks have
the same names and fields as the site's (so a page's stream data copies over unchanged), plain
templates with `{% pageurl %}`, `{% picture %}`/`{% image %}` and `{% include_block %}`, a menu
from `site_root.get_children().live().in_menu()`, and no caching beyond Wagtail's own.
It imports nothing from the site.
"""
