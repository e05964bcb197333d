"""Documents in object storage are handed out by signed redirect, with the type and disposition
Wagtail's own serve view would send (PDF inline, others as an attachment with their file name)."""

from django.http import HttpResponseRedirect


def signed_redirect(document):
    storage = document.file.storage
    try:
        storage.path(document.file.name)
    except NotImplementedError:
        pass
    else:
        return None  # on the filesystem, Wagtail's serve view streams the file itself
    parameters = {
        "ResponseContentType": document.content_type,
        "ResponseContentDisposition": document.content_disposition,
    }
    try:
        url = storage.url(document.file.name, parameters=parameters)
    except TypeError:  # a storage whose url() takes no parameters: Wagtail's own redirect
        return None
    response = HttpResponseRedirect(url)
    response["Cache-Control"] = "private, no-store"  # the signed URL expires; never cache the redirect
    return response
