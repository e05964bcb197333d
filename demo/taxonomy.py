"""Themes and publication types of the demo site: (slug, French name, Arabic name, French, Arabic description)."""

THEMES = [
    (
        "privation-de-liberte",
        ("Privation de liberté", "الحرمان من الحرية"),
        (
            "Visites des prisons, des commissariats et des centres fermés ; conditions de détention.",
            "زيارات السجون ومخافر الشرطة والمراكز المغلقة؛ ظروف الاحتجاز.",
        ),
    ),
    (
        "liberte-expression",
        ("Liberté d’expression", "حرية التعبير"),
        (
            "Presse, réseaux sociaux, réunions pacifiques et associations.",
            "الصحافة وشبكات التواصل الاجتماعي والتجمعات السلمية والجمعيات.",
        ),
    ),
    (
        "droits-des-femmes",
        ("Droits des femmes", "حقوق النساء"),
        (
            "Égalité, lutte contre les violences et participation à la vie publique.",
            "المساواة ومناهضة العنف والمشاركة في الحياة العامة.",
        ),
    ),
    (
        "migrants-refugies",
        ("Migrants et réfugiés", "المهاجرون واللاجئون"),
        (
            "Accueil, accès aux droits et protection des personnes en déplacement.",
            "الاستقبال والولوج إلى الحقوق وحماية الأشخاص في وضعية تنقل.",
        ),
    ),
    (
        "droits-de-l-enfant",
        ("Droits de l’enfant", "حقوق الطفل"),
        (
            "Éducation, protection contre l’exploitation et justice adaptée aux mineurs.",
            "التعليم والحماية من الاستغلال وعدالة ملائمة للقاصرين.",
        ),
    ),
    (
        "droit-a-la-sante",
        ("Droit à la santé", "الحق في الصحة"),
        (
            "Accès aux soins, santé mentale et couverture médicale.",
            "الولوج إلى العلاج والصحة النفسية والتغطية الصحية.",
        ),
    ),
]

PUBLICATION_TYPES = [
    ("rapport-annuel", ("Rapport annuel", "تقرير سنوي")),
    ("rapport-thematique", ("Rapport thématique", "تقرير موضوعاتي")),
    ("etude", ("Étude", "دراسة")),
    ("avis", ("Avis", "رأي")),
    ("memorandum", ("Mémorandum", "مذكرة")),
    ("rapport-parallele", ("Rapport parallèle", "تقرير مواز")),
]
