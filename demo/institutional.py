"""The listing indexes and the institutional pages of the demo site, under each home."""

from demo.bodies import CREDIT, BodyBuilder

NEWS_INDEX = {
    "slug": "actualites",
    "title": ("Actualités", "المستجدات"),
    "intro": (
        "Les activités du Conseil et de ses commissions régionales, ses communiqués et ses prises de position.",
        "أنشطة المجلس ولجانه الجهوية، وبلاغاته ومواقفه.",
    ),
}

PUBLICATION_INDEX = {
    "slug": "publications",
    "title": ("Publications", "المنشورات"),
    "intro": (
        "Rapports annuels et thématiques, études, avis et mémorandums du Conseil, à télécharger en PDF.",
        "التقارير السنوية والموضوعاتية والدراسات والآراء والمذكرات الصادرة عن المجلس، للتحميل بصيغة PDF.",
    ),
}


def _council(media, pages):
    return (
        BodyBuilder()
        .paragraph(
            (
                "Le Conseil national des droits humains est une institution indépendante, créée par la loi, "
                "chargée de protéger et de promouvoir les droits humains.",
                "المجلس الوطني لحقوق الإنسان مؤسسة مستقلة أحدثت بموجب القانون، تتولى حماية حقوق الإنسان والنهوض بها.",
            )
        )
        .key_figures(
            ("Le Conseil en bref", "المجلس في سطور"),
            [
                ("27", ("membres", "عضوا")),
                ("12", ("commissions régionales", "لجنة جهوية")),
                ("3 480", ("plaintes reçues en 2025", "شكاية توصل بها سنة 2025")),
            ],
        )
    )


def _mandate(media, pages):
    return (
        BodyBuilder()
        .heading(("Protéger", "الحماية"))
        .paragraph(
            (
                "Le Conseil reçoit les plaintes, visite les lieux de privation de liberté et enquête sur les "
                "atteintes aux droits humains.",
                "يتلقى المجلس الشكايات، ويزور أماكن الحرمان من الحرية، ويحقق في انتهاكات حقوق الإنسان.",
            )
        )
        .heading(("Promouvoir", "النهوض"))
        .paragraph(
            (
                "Il rend des avis sur les projets de loi, forme les acteurs publics et sensibilise le public.",
                "ويبدي رأيه في مشاريع القوانين، ويكون الفاعلين العموميين، ويحسس العموم.",
            ),
            (
                "Il présente chaque année un rapport sur l’état des droits humains au Parlement.",
                "ويقدم كل سنة تقريرا عن وضعية حقوق الإنسان أمام البرلمان.",
            ),
        )
    )


def _composition(media, pages):
    return (
        BodyBuilder()
        .paragraph(
            (
                "Le Conseil compte vingt-sept membres, dont la moitié au moins sont des femmes, issus de la "
                "société civile, de la magistrature, du barreau, de la médecine et de l’université.",
                "يضم المجلس سبعة وعشرين عضوا، نصفهم على الأقل من النساء، ينتمون إلى المجتمع المدني والقضاء "
                "وهيئة المحامين والطب والجامعة.",
            )
        )
        .quote(
            (
                "Notre force tient à la diversité de nos membres et à leur indépendance.",
                "تكمن قوتنا في تنوع أعضائنا وفي استقلاليتهم.",
            ),
            ("La présidente du Conseil", "رئيسة المجلس"),
        )
        .image(
            media.images["assembly"],
            ("Les membres du Conseil en assemblée plénière", "أعضاء المجلس خلال الجمعية العامة"),
            ("L’assemblée plénière de juin", "الجمعية العامة لشهر يونيو"),
            CREDIT,
        )
    )


def _regional(media, pages):
    return (
        BodyBuilder()
        .paragraph(
            (
                "Douze commissions régionales reçoivent les plaintes au plus près des habitants et suivent la "
                "situation des droits humains dans leur région.",
                "تتلقى اثنتا عشرة لجنة جهوية الشكايات عن قرب، وتتابع وضعية حقوق الإنسان في جهاتها.",
            )
        )
        .table(
            ("Permanences des commissions régionales", "مداومات اللجان الجهوية"),
            [
                [
                    ("Commission", "اللجنة"),
                    ("Jours de permanence", "أيام المداومة"),
                    ("Plaintes en 2025", "الشكايات سنة 2025"),
                ],
                [("Nord", "الشمال"), ("Lundi et jeudi", "الاثنين والخميس"), "412"],
                [("Sud", "الجنوب"), ("Mardi", "الثلاثاء"), "268"],
                [("Est", "الشرق"), ("Mercredi", "الأربعاء"), "305"],
                [("Centre", "الوسط"), ("Lundi au vendredi", "من الاثنين إلى الجمعة"), "690"],
            ],
        )
    )


def _contact(media, pages):
    return (
        BodyBuilder()
        .paragraph(
            (
                "Le siège du Conseil accueille le public du lundi au vendredi, de 9 h à 16 h.",
                "يستقبل مقر المجلس العموم من الاثنين إلى الجمعة، من الساعة التاسعة صباحا إلى الرابعة بعد الزوال.",
            )
        )
        .accordion(
            ("Déposer une plainte", "تقديم شكاية"),
            [
                (
                    ("Comment déposer une plainte ?", "كيف أقدم شكاية؟"),
                    (
                        "Par courrier, au siège, dans une commission régionale ou par le formulaire en ligne.",
                        "عبر البريد، أو بالمقر، أو لدى لجنة جهوية، أو بواسطة الاستمارة الإلكترونية.",
                    ),
                ),
                (
                    ("Faut-il un avocat ?", "هل يلزم محام؟"),
                    (
                        "Non. La plainte est gratuite et peut être rédigée en arabe, en amazighe ou en français.",
                        "لا. الشكاية مجانية ويمكن تحريرها بالعربية أو الأمازيغية أو الفرنسية.",
                    ),
                ),
            ],
        )
    )


def _legal(media, pages):
    return BodyBuilder().paragraph(
        (
            "Ce site est édité par le Conseil national des droits humains. Les contenus peuvent être repris "
            "en citant leur source.",
            "ينشر هذا الموقع المجلس الوطني لحقوق الإنسان. ويمكن إعادة استعمال المحتويات مع الإشارة إلى مصدرها.",
        )
    )


def _privacy(media, pages):
    return BodyBuilder().paragraph(
        (
            "Le Conseil ne recueille sur ce site que les données que vous lui confiez : votre adresse "
            "électronique pour le bulletin d’information, vos coordonnées quand vous lui écrivez.",
            "لا يجمع المجلس عبر هذا الموقع إلا المعطيات التي تسلمونها إليه: عنوان بريدكم الإلكتروني "
            "للنشرة الإخبارية، وبيانات الاتصال بكم عندما تراسلونه.",
        ),
        (
            "Ces données ne sont transmises à personne. Chaque bulletin contient un lien de "
            "désinscription ; la désinscription efface votre adresse.",
            "لا تحال هذه المعطيات على أي جهة. وتتضمن كل نشرة رابطا لإلغاء الاشتراك، ويمحو إلغاء الاشتراك عنوانكم.",
        ),
        (
            "Le site ne dépose aucun cookie chez ses lecteurs et ne charge aucun service tiers.",
            "لا يضع الموقع أي ملف تعريف ارتباط لدى قرائه ولا يحمل أي خدمة خارجية.",
        ),
    )


# (key, slug, parent key or None for the home, in menus, side menu, title, summary, body, Arabic state)
STANDARD_PAGES = [
    (
        "council",
        "le-conseil",
        None,
        True,
        True,
        ("Le Conseil", "المجلس"),
        (
            "Une institution nationale indépendante au service des droits humains.",
            "مؤسسة وطنية مستقلة في خدمة حقوق الإنسان.",
        ),
        _council,
        "live",
    ),
    (
        "mandate",
        "mandat",
        "council",
        True,
        True,
        ("Mandat", "الاختصاصات"),
        ("Ce que la loi confie au Conseil.", "ما يخوله القانون للمجلس."),
        _mandate,
        "live",
    ),
    (
        "composition",
        "composition",
        "council",
        True,
        True,
        ("Composition", "التركيبة"),
        ("Les membres du Conseil et leur désignation.", "أعضاء المجلس وكيفية تعيينهم."),
        _composition,
        "live",
    ),
    (
        "regional",
        "commissions-regionales",
        "council",
        True,
        True,
        ("Commissions régionales", "اللجان الجهوية"),
        ("Douze commissions au plus près des habitants.", "اثنتا عشرة لجنة قريبة من المواطنين."),
        _regional,
        "live",
    ),
    (
        "contact",
        "contact",
        None,
        True,
        False,
        ("Contact", "اتصل بنا"),
        ("Écrire au Conseil, déposer une plainte, venir au siège.", "مراسلة المجلس، تقديم شكاية، زيارة المقر."),
        _contact,
        "live",
    ),
    (
        "legal",
        "mentions-legales",
        None,
        False,
        False,
        ("Mentions légales", "الإشعار القانوني"),
        ("Éditeur du site et conditions de réutilisation.", "ناشر الموقع وشروط إعادة الاستعمال."),
        _legal,
        "live",
    ),
    (
        "privacy",
        "donnees-personnelles",
        None,
        False,
        False,
        ("Protection des données personnelles", "حماية المعطيات الشخصية"),
        (
            "Les données que le Conseil recueille sur ce site et ce qu’il en fait.",
            "المعطيات التي يجمعها المجلس عبر هذا الموقع وما يفعله بها.",
        ),
        _privacy,
        "live",
    ),
]

# The footer's links (core.models.FooterLinks), by field: key in STANDARD_PAGES.
FOOTER_LINKS = {"legal_notice_page": "legal", "privacy_page": "privacy", "contact_page": "contact"}
