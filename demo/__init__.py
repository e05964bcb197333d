"""Demo content for `manage.py load_demo`: a fictional national human-rights council, in French and Arabic."""
