from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from search import indexing


class Command(WagtailUpdateIndex):
    """Wagtail's update_index (admin search), then the site search index, so one command leaves both complete."""

    def handle(self, **options):
        super().handle(**options)
        if not options.get("schema_only"):
            indexing.rebuild(stdout=self.stdout if options["verbosity"] else None)
