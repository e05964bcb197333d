"""Images and PDFs the demo draws itself, so loading it needs no network and no fixture files."""

import zlib
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

# key: (title, background, accent)
PHOTOS = {
    "prison-visit": ("Visite d’un établissement pénitentiaire", "#3d4a5c", "#c9a227"),
    "press-conference": ("Conférence de presse du Conseil", "#1f5f8b", "#f2f2f2"),
    "women-forum": ("Forum régional sur l’égalité", "#7a2e5a", "#f4b942"),
    "migrants-reception": ("Accueil des personnes migrantes", "#2e6b4f", "#e8d8b0"),
    "children-school": ("Enfants à l’école", "#d9822b", "#fdf3e1"),
    "health-centre": ("Centre de santé rural", "#2a7f8f", "#ffffff"),
    "regional-commission": ("Commission régionale du Centre", "#5b4a8a", "#d6cff0"),
    "assembly": ("Assemblée plénière du Conseil", "#8b2e2e", "#f0d9b5"),
    "training": ("Atelier de formation", "#4a6b2e", "#e4f0c9"),
    "journalists": ("Journalistes au travail", "#263238", "#ff7043"),
}
COVER_COLOURS = ["#1f5f8b", "#8b2e2e", "#2e6b4f", "#5b4a8a", "#d9822b", "#2a7f8f"]


@dataclass
class DemoMedia:
    images: dict = field(default_factory=dict)
    covers: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)


FONT = Path(settings.BASE_DIR) / "static" / "fonts" / "noto-sans-latin-wght.woff2"


def _font(size):
    # The site's own font has the accents French titles need; Pillow's default font does not.
    try:
        return ImageFont.truetype(str(FONT), size)
    except OSError:
        return ImageFont.load_default(size=size)


def draw_photo(background, accent, size=(960, 540)):
    """A flat illustration of coloured shapes, as a small JPEG.

    No text on it: listings crop images to other proportions, which would cut a caption.
    """
    width, height = size
    picture = PILImage.new("RGB", size, background)
    draw = ImageDraw.Draw(picture)
    draw.ellipse((width * 0.55, -height * 0.2, width * 1.15, height * 0.75), fill=accent)
    draw.polygon([(0, height * 0.7), (width * 0.35, height * 0.35), (width * 0.6, height * 0.7)], fill=accent)
    return _jpeg(picture)


def draw_cover(title, kind, colour, size=(420, 594)):
    """A report cover: a band of colour, the type and the title."""
    width, height = size
    picture = PILImage.new("RGB", size, "#ffffff")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, width, height * 0.45), fill=colour)
    draw.ellipse((width * 0.6, height * 0.3, width * 1.1, height * 0.6), fill="#f2c14e")
    draw.text((28, height * 0.5), kind.upper(), fill=colour, font=_font(20))
    for line_number, line in enumerate(_wrap(title, 26)):
        draw.text((28, height * 0.56 + line_number * 30), line, fill="#222222", font=_font(24))
    draw.text((28, height * 0.92), "Conseil national des droits humains", fill="#555555", font=_font(16))
    return _jpeg(picture)


def _jpeg(picture):
    buffer = BytesIO()
    picture.save(buffer, "JPEG", quality=70, optimize=True)
    return buffer.getvalue()


def _wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line] if line else lines


def build_pdf(title, pages):
    """A valid PDF with one page per text, in Helvetica (Latin-1 text only)."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)
    page_ids = []
    for number, text in enumerate(pages, start=1):
        lines = [title, "", *_wrap(text, 80), "", f"Page {number} / {len(pages)}"]
        stream = b"BT /F1 12 Tf 16 TL 56 780 Td " + b" ".join(b"(" + _pdf_text(line) + b") '" for line in lines)
        stream += b" ET"
        compressed = zlib.compress(stream)
        content = add(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(compressed) + compressed + b"\nendstream"
        )
        page_ids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                b"/Contents %d 0 R >>" % (pages_id, font, content)
            )
        )
    kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title (" + _pdf_text(title) + b") /Producer (Conseil national des droits humains) >>")

    output = BytesIO()
    output.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        output.write(b"%010d 00000 n \n" % offset)
    output.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\n" % (len(objects) + 1, catalog, info))
    output.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return output.getvalue()


def _pdf_text(text):
    text = text.replace("’", "'").replace("œ", "oe").replace("\u202f", " ")
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def ensure_image(title, filename, draw):
    """The Wagtail image with this title, drawn and stored the first time only."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, file=ImageFile(BytesIO(draw()), name=filename))
        image.save()
    return image


def ensure_document(title, filename, render):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(filename, ContentFile(render()), save=False)
        document.save()
    return document
