"""The demo's publications: each has a generated PDF, a cover and, for some, annexes."""

PUBLICATIONS = [
    {
        "slug": "rapport-annuel-2025",
        "date": "2026-06-25",
        "type": "rapport-annuel",
        "themes": ["privation-de-liberte", "liberte-expression", "droits-des-femmes"],
        "featured": True,
        "title": ("Rapport annuel 2025", "التقرير السنوي 2025"),
        "summary": (
            "L’état des droits humains en 2025 : plaintes, visites, avis rendus et suivi des recommandations.",
            "وضعية حقوق الإنسان سنة 2025: الشكايات والزيارات والآراء الصادرة وتتبع التوصيات.",
        ),
        "paragraph": (
            "Le rapport rend compte de l’activité du Conseil et de ses commissions régionales, "
            "et formule cinquante recommandations aux pouvoirs publics.",
            "يعرض التقرير حصيلة أنشطة المجلس ولجانه الجهوية، ويصوغ خمسين توصية موجهة إلى السلطات العمومية.",
        ),
        "annexes": [("Tableaux statistiques", "الجداول الإحصائية"), ("Liste des visites", "لائحة الزيارات")],
    },
    {
        "slug": "conditions-de-detention-2026",
        "date": "2026-04-14",
        "type": "rapport-thematique",
        "themes": ["privation-de-liberte"],
        "featured": True,
        "title": (
            "Les conditions de détention dans les établissements pénitentiaires",
            "ظروف الاعتقال في المؤسسات السجنية",
        ),
        "summary": (
            "Constats de trente visites et dix mesures contre la surpopulation.",
            "ملاحظات ثلاثين زيارة وعشرة تدابير لمواجهة الاكتظاظ.",
        ),
        "paragraph": (
            "Le rapport s’appuie sur des entretiens avec plus de mille personnes détenues et avec le personnel.",
            "يستند التقرير إلى مقابلات مع أكثر من ألف معتقل ومعتقلة ومع الموظفين.",
        ),
        "annexes": [("Méthodologie des visites", "منهجية الزيارات")],
    },
    {
        "slug": "avis-projet-loi-asile",
        "date": "2026-09-22",
        "type": "avis",
        "themes": ["migrants-refugies"],
        "featured": True,
        "title": (
            "Avis sur le projet de loi relatif à l’asile",
            "رأي بشأن مشروع القانون المتعلق باللجوء",
        ),
        "summary": (
            "Douze amendements pour garantir un examen équitable de chaque demande.",
            "اثنا عشر تعديلا لضمان دراسة منصفة لكل طلب.",
        ),
        "paragraph": (
            "Le Conseil a été saisi par la commission parlementaire compétente "
            "et a entendu les associations d’aide aux réfugiés.",
            "أحالت اللجنة البرلمانية المختصة مشروع القانون على المجلس، الذي استمع إلى جمعيات مساعدة اللاجئين.",
        ),
        "annexes": [],
    },
    {
        "slug": "etude-enfants-en-situation-de-rue",
        "date": "2025-11-20",
        "type": "etude",
        "themes": ["droits-de-l-enfant"],
        "featured": False,
        "title": ("Les enfants en situation de rue", "الأطفال في وضعية الشارع"),
        "summary": (
            "Une étude de terrain dans six villes, fondée sur la parole des enfants.",
            "دراسة ميدانية في ست مدن، تنطلق من أقوال الأطفال.",
        ),
        "paragraph": (
            "L’étude décrit les parcours qui mènent à la rue et les services qui permettent d’en sortir.",
            "تصف الدراسة المسارات التي تقود إلى الشارع والخدمات التي تساعد على مغادرته.",
        ),
        "annexes": [],
    },
    {
        "slug": "memorandum-travail-domestique",
        "date": "2025-07-24",
        "type": "memorandum",
        "themes": ["droits-des-femmes"],
        "featured": False,
        "title": (
            "Mémorandum sur l’application de la loi relative au travail domestique",
            "مذكرة حول تطبيق القانون المتعلق بالعمل المنزلي",
        ),
        "summary": (
            "Contrôles, contrats et protection des mineures : les propositions du Conseil.",
            "المراقبة والعقود وحماية القاصرات: مقترحات المجلس.",
        ),
        "paragraph": (
            "Le mémorandum a été remis au ministère chargé de l’emploi et aux deux chambres du Parlement.",
            "سلمت المذكرة إلى الوزارة المكلفة بالشغل وإلى مجلسي البرلمان.",
        ),
        "annexes": [],
    },
    {
        "slug": "rapport-parallele-convention-enfant",
        "date": "2025-03-31",
        "type": "rapport-parallele",
        "themes": ["droits-de-l-enfant"],
        "featured": False,
        "title": (
            "Rapport parallèle au Comité des droits de l’enfant",
            "التقرير الموازي المقدم إلى لجنة حقوق الطفل",
        ),
        "summary": (
            "L’appréciation indépendante du Conseil sur la mise en œuvre de la Convention.",
            "تقييم المجلس المستقل لتنفيذ الاتفاقية.",
        ),
        "paragraph": (
            "Le rapport complète le rapport du gouvernement et signale les écarts entre les textes et la pratique.",
            "يكمل التقرير تقرير الحكومة ويرصد الفجوات بين النصوص والممارسة.",
        ),
        "annexes": [("Consultation des enfants", "استشارة الأطفال")],
    },
    {
        "slug": "rapport-annuel-2024",
        "date": "2025-06-18",
        "type": "rapport-annuel",
        "themes": ["privation-de-liberte", "droit-a-la-sante"],
        "featured": False,
        "title": ("Rapport annuel 2024", "التقرير السنوي 2024"),
        "summary": (
            "Une année marquée par la hausse des plaintes liées à la santé et à la protection sociale.",
            "سنة تميزت بارتفاع الشكايات المتعلقة بالصحة والحماية الاجتماعية.",
        ),
        "paragraph": (
            "Le rapport fait le point sur la mise en œuvre des recommandations des années précédentes.",
            "يقدم التقرير حصيلة تنفيذ توصيات السنوات السابقة.",
        ),
        "annexes": [],
    },
    {
        "slug": "etude-acces-aux-soins-rural",
        "date": "2024-11-12",
        "type": "etude",
        "themes": ["droit-a-la-sante"],
        "featured": False,
        "title": ("L’accès aux soins en milieu rural", "الولوج إلى العلاج في الوسط القروي"),
        "summary": (
            "Distances, coûts et personnel : ce qui éloigne les habitants des villages des soins.",
            "المسافات والتكاليف والموارد البشرية: ما يبعد سكان القرى عن العلاج.",
        ),
        "paragraph": (
            "L’étude repose sur une enquête auprès de deux mille ménages dans quarante communes.",
            "تعتمد الدراسة على بحث شمل ألفي أسرة في أربعين جماعة.",
        ),
        "annexes": [],
    },
    {
        "slug": "avis-liberte-association",
        "date": "2024-08-29",
        "type": "avis",
        "themes": ["liberte-expression"],
        "featured": False,
        "title": ("Avis sur la liberté d’association", "رأي بشأن حرية تأسيس الجمعيات"),
        "summary": (
            "Simplifier la déclaration des associations et encadrer strictement les refus.",
            "تبسيط التصريح بالجمعيات وتأطير حالات الرفض بصرامة.",
        ),
        "paragraph": (
            "L’avis propose un récépissé délivré en ligne dès le dépôt du dossier complet.",
            "يقترح الرأي تسليم وصل إلكتروني بمجرد إيداع الملف كاملا.",
        ),
        "annexes": [],
    },
    {
        "slug": "rapport-thematique-migrants-transit",
        "date": "2024-05-06",
        "type": "rapport-thematique",
        "themes": ["migrants-refugies"],
        "featured": False,
        "title": ("Les migrants en transit", "المهاجرون العابرون"),
        "summary": (
            "Accès aux soins, à la justice et à l’hébergement des personnes en transit.",
            "ولوج الأشخاص العابرين إلى العلاج والعدالة والإيواء.",
        ),
        "paragraph": (
            "Le rapport rassemble les constats des commissions régionales du Nord et de l’Est.",
            "يجمع التقرير ملاحظات اللجنتين الجهويتين للشمال والشرق.",
        ),
        "annexes": [],
        "arabic": "missing",
    },
]
