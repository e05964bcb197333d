from django.core.management.commands import makemessages


class Command(makemessages.Command):
    """makemessages without fuzzy matching: a new string starts empty, never with a neighbour's translation."""

    msgmerge_options = makemessages.Command.msgmerge_options + ["--no-fuzzy-matching"]
