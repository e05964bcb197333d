"""Articles written in Arabic first, each text as an (Arabic, French) pair: the other direction of translation.

`french` says what the loader does with the French side: "live" (translated, reviewed, published),
"in_progress" (a third of the segments translated, a draft) or "missing" (no French version yet).
"""

from demo.articles import NEWS, PRESS

ARABIC_ORIGINALS = [
    {
        "slug": "بيان-حول-حرية-الصحافة",
        "date": "2026-11-20",
        "kind": PRESS,
        "themes": ["liberte-expression"],
        "image": "journalists",
        "heading": ("موقف المجلس", "La position du Conseil"),
        "tags": ["presse", "declarations"],
        "french": "live",
        "title": (
            "بيان المجلس حول حرية الصحافة والتعبير",
            "Déclaration du Conseil sur la liberté de la presse et d’expression",
        ),
        "summary": (
            "يذكر المجلس بأن حرية الصحافة ركن أساسي في مجتمع ديمقراطي، ويدعو إلى حماية الصحفيين.",
            "Le Conseil rappelle que la liberté de la presse est un pilier d’une société démocratique "
            "et appelle à protéger les journalistes.",
        ),
        "paragraphs": [
            (
                "تابع المجلس باهتمام النقاش العمومي حول مشروع القانون المتعلق بالصحافة والنشر.",
                "Le Conseil a suivi avec attention le débat public sur le projet de loi relatif à la presse "
                "et à l’édition.",
            ),
            (
                "ويوصي بعدم اللجوء إلى العقوبات السالبة للحرية في قضايا النشر.",
                "Il recommande de renoncer aux peines privatives de liberté dans les affaires de publication.",
            ),
        ],
    },
    {
        "slug": "كلمة-الرئيسة-في-اليوم-الوطني-للمرأة",
        "date": "2026-10-10",
        "kind": NEWS,
        "themes": ["droits-des-femmes"],
        "image": "women-forum",
        "heading": ("المساواة أولا", "L’égalité d’abord"),
        "tags": ["egalite", "discours"],
        "french": "in_progress",
        "title": (
            "كلمة رئيسة المجلس بمناسبة اليوم الوطني للمرأة",
            "Discours de la présidente du Conseil à l’occasion de la Journée nationale de la femme",
        ),
        "summary": (
            "دعت رئيسة المجلس إلى تسريع ملاءمة التشريعات الوطنية مع مبدأ المساواة.",
            "La présidente du Conseil a appelé à accélérer la mise en conformité des lois nationales "
            "avec le principe d’égalité.",
        ),
        "paragraphs": [
            (
                "ذكرت الرئيسة بالمكتسبات التي تحققت منذ إصلاح مدونة الأسرة.",
                "La présidente a rappelé les acquis obtenus depuis la réforme du Code de la famille.",
            ),
            (
                "وأكدت أن المساواة في الأجور ما تزال بعيدة المنال في عدة قطاعات.",
                "Elle a souligné que l’égalité salariale reste hors d’atteinte dans plusieurs secteurs.",
            ),
        ],
    },
    {
        "slug": "بلاغ-حول-زيارة-اللجنة-الجهوية",
        "date": "2026-09-02",
        "kind": PRESS,
        "themes": ["droits-de-l-enfant"],
        "image": "regional-commission",
        "heading": ("ملاحظات اللجنة", "Les constats de la commission"),
        "tags": ["enfance", "visites"],
        "french": "missing",
        "title": (
            "بلاغ حول زيارة اللجنة الجهوية لمراكز حماية الطفولة",
            "Communiqué sur la visite de la commission régionale aux centres de protection de l’enfance",
        ),
        "summary": (
            "زارت اللجنة الجهوية ثلاثة مراكز لحماية الطفولة ورصدت نقصا في الأطر التربوية.",
            "La commission régionale a visité trois centres de protection de l’enfance et relevé un manque "
            "d’encadrants éducatifs.",
        ),
        "paragraphs": [
            (
                "ستوجه اللجنة توصياتها إلى القطاعات المعنية خلال الشهر المقبل.",
                "La commission adressera ses recommandations aux départements concernés le mois prochain.",
            ),
        ],
    },
]
