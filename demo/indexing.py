"""Search and reference indexing done once per object at the end of a bulk load.

A page created and translated by the demo is saved several times (creation, revision, publication,
translation); indexing it on every save costs a third of the load time.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def indexing_deferred():
    """Within the block, remember what is saved instead of indexing it; index it on leaving.

    It changes process-wide signal connections: meant for management commands, not request threads.
    """
    saved = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[(sender, instance.pk)] = None

    searchable = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in searchable:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="demo-indexing-deferred")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="demo-indexing-deferred")
        for model in searchable:
            post_save.connect(post_save_signal_handler, sender=model)

    tracked = set(ReferenceIndex.tracked_models)
    for model, pk in saved:
        if model not in tracked and model not in searchable:
            continue
        instance = model._default_manager.filter(pk=pk).first()
        if instance is None:
            continue
        if model in searchable:
            index.insert_or_update_object(instance)
        if model in tracked:
            ReferenceIndex.create_or_update_for_object(instance)
