"""Builds StreamField bodies in French while recording the Arabic of every translatable string.

Every text is given as a (French, Arabic) pair; the builder writes the French into the
block value and keeps the pair, so the loader can fill wagtail-localize's segments later.
"""

from html import escape

YOUTUBE_URL = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
YOUTUBE_EMBED_HTML = (
    '<iframe width="640" height="360" src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ" '
    'title="Vidéo" frameborder="0" allow="encrypted-media; picture-in-picture" allowfullscreen></iframe>'
)


class BodyBuilder:
    def __init__(self):
        self.blocks = []
        self.pairs = []

    def raw(self):
        """The body in StreamField's JSON-like form, ready to assign to the field.

        Passed through the block definition so list items get Wagtail's current format (with
        ids): wagtail-localize only offers list items in that format for translation.
        """
        from core.blocks import BodyBlock

        block = BodyBlock()
        stream = block.to_python([{"type": t, "value": v} for t, v in self.blocks])
        list(stream)  # a lazy stream would hand its raw data back unchanged
        return block.get_prep_value(stream)

    def _text(self, pair):
        if pair is None:
            return ""
        self.pairs.append(pair)
        return pair[0]

    def _rich(self, *pairs):
        return "".join(f"<p>{escape(self._text(pair), quote=False)}</p>" for pair in pairs)

    def heading(self, pair, level="h2"):
        self.blocks.append(("heading", {"text": self._text(pair), "level": level}))
        return self

    def paragraph(self, *pairs):
        self.blocks.append(("paragraph", self._rich(*pairs)))
        return self

    def image(self, image, alt, caption=None, credit=None):
        self.blocks.append(("image", self._image_value(image, alt, caption, credit)))
        return self

    def _image_value(self, image, alt, caption=None, credit=None):
        return {
            "image": image.pk,
            "alt_text": self._text(alt),
            "decorative": False,
            "caption": self._text(caption),
            "credit": self._text(credit),
        }

    def quote(self, text, attribution):
        self.blocks.append(("quote", {"text": self._text(text), "attribution": self._text(attribution)}))
        return self

    def video(self, title, transcript):
        value = {"title": self._text(title), "video": YOUTUBE_URL, "transcript": self._rich(transcript)}
        self.blocks.append(("video", value))
        return self

    def document(self, document, title):
        self.blocks.append(("document", {"document": document.pk, "title": self._text(title)}))
        return self

    def table(self, caption, rows):
        """`rows` hold (French, Arabic) pairs or plain strings (figures, the same in both languages)."""
        cells = [[self._text(cell if isinstance(cell, tuple) else (cell, cell)) for cell in row] for row in rows]
        value = {"first_row_is_table_header": True, "first_col_is_header": False, "table_caption": self._text(caption)}
        value["data"] = cells
        self.blocks.append(("table", value))
        return self

    def key_figures(self, title, figures):
        items = [{"number": self._text((number, number)), "label": self._text(label)} for number, label in figures]
        self.blocks.append(("key_figures", {"title": self._text(title), "figures": items}))
        return self

    def call_to_action(self, title, text, page, button):
        value = {"title": self._text(title), "text": self._text(text), "page": page.pk, "url": ""}
        value["button_label"] = self._text(button)
        self.blocks.append(("call_to_action", value))
        return self

    def accordion(self, title, items):
        value = {
            "title": self._text(title),
            "items": [{"question": self._text(q), "answer": self._rich(a)} for q, a in items],
        }
        self.blocks.append(("accordion", value))
        return self

    def gallery(self, title, images):
        value = {
            "title": self._text(title),
            "images": [self._image_value(image, alt, caption) for image, alt, caption in images],
        }
        self.blocks.append(("gallery", value))
        return self


RECOMMENDATIONS = ("Les recommandations du Conseil", "توصيات المجلس")
KEY_POINTS = ("Ce qu’il faut retenir", "أبرز ما ينبغي معرفته")
CREDIT = ("Service communication du Conseil", "مصلحة التواصل بالمجلس")


def article_body(article, media, pages):
    """The body of a demo article: its paragraphs around a heading, and its `extra` blocks."""
    body = BodyBuilder()
    first, second = article["paragraphs"]
    heading = RECOMMENDATIONS if article["kind"] == "communique" else KEY_POINTS
    body.paragraph(first).heading(heading).paragraph(second)
    extra = article.get("extra")
    if extra:
        EXTRAS[extra](body, media, pages)
    return body


def _figures(body, media, pages):
    body.heading(("Les chiffres de la visite", "أرقام الزيارة"), level="h3")
    body.key_figures(
        ("La visite en chiffres", "الزيارة بالأرقام"),
        [
            ("1 240", ("personnes détenues", "شخصا معتقلا")),
            ("162 %", ("taux d’occupation", "نسبة الاكتظاظ")),
            ("61", ("entretiens individuels", "مقابلة فردية")),
        ],
    )
    body.table(
        ("Occupation par quartier", "نسبة الملء حسب الجناح"),
        [
            [("Quartier", "الجناح"), ("Places", "الطاقة الاستيعابية"), ("Personnes détenues", "عدد المعتقلين")],
            ["A", "300", "520"],
            ["B", "250", "410"],
            ["C", "215", "310"],
        ],
    )
    body.document(
        media.documents["rapport-annuel-2025"],
        ("Lire le rapport annuel 2025 (PDF)", "قراءة التقرير السنوي 2025 (PDF)"),
    )


def _media(body, media, pages):
    body.quote(
        (
            "Informer n’est pas un délit : une société libre a besoin d’une presse libre.",
            "الإخبار ليس جريمة: المجتمع الحر في حاجة إلى صحافة حرة.",
        ),
        ("La présidente du Conseil", "رئيسة المجلس"),
    )
    body.video(
        (
            "Entretien avec la présidente du Conseil sur la liberté de la presse",
            "حوار مع رئيسة المجلس حول حرية الصحافة",
        ),
        (
            "La présidente revient sur les recommandations du Conseil et sur les poursuites engagées cette année.",
            "تعود الرئيسة إلى توصيات المجلس وإلى المتابعات التي تمت هذه السنة.",
        ),
    )


def _gallery(body, media, pages):
    body.image(
        media.images["women-forum"],
        ("Participantes au forum réunies en atelier", "مشاركات في المنتدى خلال ورشة"),
        ("L’atelier consacré à la participation politique des femmes", "الورشة المخصصة للمشاركة السياسية للنساء"),
        CREDIT,
    )
    body.gallery(
        ("Le forum en images", "المنتدى بالصور"),
        [
            (
                media.images["assembly"],
                ("La séance d’ouverture du forum", "الجلسة الافتتاحية للمنتدى"),
                ("Séance d’ouverture", "الجلسة الافتتاحية"),
            ),
            (
                media.images["training"],
                ("Un atelier de travail en petits groupes", "ورشة عمل في مجموعات صغيرة"),
                ("Travail en ateliers", "العمل في الورشات"),
            ),
            (
                media.images["regional-commission"],
                ("Les membres de la commission régionale", "أعضاء اللجنة الجهوية"),
                ("La commission régionale du Centre", "اللجنة الجهوية للوسط"),
            ),
        ],
    )


def _faq(body, media, pages):
    body.accordion(
        ("Questions fréquentes sur l’asile", "أسئلة متداولة حول اللجوء"),
        [
            (
                ("Qui peut demander l’asile ?", "من يحق له طلب اللجوء؟"),
                (
                    "Toute personne qui craint des persécutions dans son pays peut déposer une demande.",
                    "يحق لكل شخص يخشى التعرض للاضطهاد في بلده أن يقدم طلبا.",
                ),
            ),
            (
                ("Le Conseil peut-il m’aider ?", "هل يمكن للمجلس مساعدتي؟"),
                (
                    "Le Conseil reçoit les plaintes et peut intervenir auprès de l’administration.",
                    "يتلقى المجلس الشكايات ويمكنه التدخل لدى الإدارة.",
                ),
            ),
        ],
    )
    body.call_to_action(
        ("Vous êtes concerné ?", "هل أنت معني؟"),
        (
            "Adressez une plainte au Conseil ou à la commission régionale la plus proche.",
            "وجه شكايتك إلى المجلس أو إلى أقرب لجنة جهوية.",
        ),
        pages["contact"],
        ("Contacter le Conseil", "الاتصال بالمجلس"),
    )


EXTRAS = {"figures": _figures, "media": _media, "gallery": _gallery, "faq": _faq}
