from django.core.management.base import BaseCommand

from demo.loader import load_demo


class Command(BaseCommand):
    help = "Loads the demo site (news, publications, institutional pages) in French and Arabic; safe to run again."

    def handle(self, *args, **options):
        load_demo(log=self.stdout.write)
