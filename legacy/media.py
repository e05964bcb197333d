"""Images and documents of the old site, stored once each in their Wagtail collection.

A file is known by its SHA-1, the hash Wagtail itself keeps in `file_hash`: the same photo used
by twenty articles, or by an article and its Arabic translation, is one image. Files are looked
for in the export's folder: a path as written, relative to that folder, or its part after
Drupal's `sites/default/files/` (also under `files/`).
"""

import hashlib
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

DRUPAL_FILE_PREFIXES = ("sites/default/files/", "system/files/")
IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp"}


class MissingFile(ValueError):
    pass


def file_hash(path):
    digest = hashlib.sha1()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


class MediaLibrary:
    """Finds the export's files and imports each once; `dry_run` only checks that they exist."""

    def __init__(self, collection_name="Ancien site", dry_run=False, local_hosts=()):
        self.collection_name = collection_name
        self.dry_run = dry_run
        self.local_hosts = {host.lower() for host in local_hosts}
        self._hashes = {}
        self._images = {}
        self._documents = {}
        self._collections = None
        self.created = {"images": 0, "documents": 0}

    def forget(self):
        """Drops what was stored in a transaction that rolled back: those rows no longer exist."""
        self._images, self._documents, self._collections = {}, {}, None

    # Finding files

    def locate(self, reference, base_dir):
        """The file a path or URL of the export names, or None when it is elsewhere or missing."""
        parts = urlsplit(reference.strip())
        if parts.scheme and parts.scheme not in ("http", "https", "file"):
            return None
        if parts.netloc and (parts.hostname or "").lower() not in self.local_hosts:
            return None
        relative = unquote(parts.path).lstrip("/")
        if not relative:
            return None
        base = Path(base_dir).resolve()
        candidates = [relative]
        for prefix in DRUPAL_FILE_PREFIXES:
            if relative.startswith(prefix):
                candidates += [relative[len(prefix) :], "files/" + relative[len(prefix) :]]
        for candidate in candidates:
            path = (base / candidate).resolve()
            # Never outside the export's folder, whatever `..` the export holds.
            if path.is_file() and path.is_relative_to(base):
                return path
        return None

    def require(self, reference, base_dir):
        path = self.locate(reference, base_dir)
        if path is None:
            raise MissingFile(f"missing file: {reference}")
        return path

    def hash_of(self, path):
        if path not in self._hashes:
            self._hashes[path] = file_hash(path)
        return self._hashes[path]

    # Importing

    def collections(self):
        if self._collections is None:
            root = Collection.get_first_root_node()
            parent = root.get_children().filter(name=self.collection_name).first()
            if parent is None:
                parent = root.add_child(name=self.collection_name)
            self._collections = {}
            for key, name in (("images", "Images"), ("documents", "Documents")):
                child = parent.get_children().filter(name=name).first()
                self._collections[key] = child or parent.add_child(name=name)
        return self._collections

    def image(self, path, title, alt=""):
        """The Wagtail image for this file, created the first time; its description is the alt text."""
        digest = self.hash_of(path)
        if self.dry_run:
            return _Placeholder(digest)
        if digest not in self._images:
            Image = get_image_model()
            image = Image.objects.filter(file_hash=digest).first()
            if image is None:
                with open(path, "rb") as handle:
                    image = Image(
                        title=title[:255] or path.stem,
                        description=alt[:255],
                        collection=self.collections()["images"],
                        file=ImageFile(ContentFile(handle.read()), name=path.name),
                        file_hash=digest,
                        file_size=path.stat().st_size,
                    )
                    image.save()
                self.created["images"] += 1
            elif alt and not image.description:
                image.description = alt[:255]
                image.save(update_fields=["description"])
            self._images[digest] = image
        return self._images[digest]

    def document(self, path, title):
        digest = self.hash_of(path)
        if self.dry_run:
            return _Placeholder(digest)
        if digest not in self._documents:
            Document = get_document_model()
            document = Document.objects.filter(file_hash=digest).first()
            if document is None:
                document = Document(
                    title=title[:255] or path.stem,
                    collection=self.collections()["documents"],
                    file_hash=digest,
                    file_size=path.stat().st_size,
                )
                with open(path, "rb") as handle:
                    document.file.save(path.name, ContentFile(handle.read()), save=False)
                document.save()
                self.created["documents"] += 1
            self._documents[digest] = document
        return self._documents[digest]


class _Placeholder:
    """Stands for an image or document in a dry run, where nothing is stored."""

    pk = None

    def __init__(self, digest):
        self.file_hash = digest
