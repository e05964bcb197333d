from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Rebuild the site search index (French and Arabic, PDF text included) from every live page."

    def handle(self, **options):
        indexing.rebuild(stdout=self.stdout if options["verbosity"] else None)
