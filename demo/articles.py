"""The demo's news items and press releases, each text as a (French, Arabic) pair.

`arabic` says what the loader does with the Arabic side: "live" (default), "missing",
"outdated" (the French page changes after its translation), "in_progress" or "awaiting_review".
`extra` names a set of richer blocks added to the body (see demo.bodies).
"""

NEWS = "actualite"
PRESS = "communique"

ARTICLES = [
    {
        "slug": "visite-centre-penitentiaire-region-nord",
        "date": "2026-11-18",
        "kind": NEWS,
        "themes": ["privation-de-liberte", "droit-a-la-sante"],
        "tags": ["prisons", "visites"],
        "image": "prison-visit",
        "title": (
            "Visite inopinée du centre pénitentiaire de la région du Nord",
            "زيارة مفاجئة للمؤسسة السجنية بجهة الشمال",
        ),
        "summary": (
            "Une délégation du Conseil a visité sans préavis le centre pénitentiaire et relevé "
            "une surpopulation préoccupante dans deux quartiers.",
            "قام وفد من المجلس بزيارة المؤسسة السجنية دون إشعار مسبق، وسجل اكتظاظا مقلقا في جناحين.",
        ),
        "paragraphs": [
            (
                "La délégation, composée de quatre membres et d’un médecin, s’est entretenue en privé "
                "avec une soixantaine de personnes détenues.",
                "أجرى الوفد، المكون من أربعة أعضاء وطبيب، مقابلات على انفراد مع حوالي ستين شخصا من النزلاء.",
            ),
            (
                "Le Conseil demande l’ouverture rapide du nouveau quartier et un meilleur accès aux "
                "consultations médicales.",
                "ويطالب المجلس بالإسراع في فتح الجناح الجديد وبتحسين الولوج إلى الاستشارات الطبية.",
            ),
        ],
        "extra": "figures",
    },
    {
        "slug": "liberte-de-la-presse-journee-mondiale",
        "date": "2026-10-30",
        "kind": PRESS,
        "themes": ["liberte-expression"],
        "tags": ["presse", "journalistes"],
        "image": "journalists",
        "title": (
            "Liberté de la presse : le Conseil appelle à réviser le code pénal",
            "حرية الصحافة: المجلس يدعو إلى مراجعة القانون الجنائي",
        ),
        "summary": (
            "Le Conseil recommande de supprimer les peines privatives de liberté pour les délits de presse.",
            "يوصي المجلس بإلغاء العقوبات السالبة للحرية في جرائم الصحافة.",
        ),
        "paragraphs": [
            (
                "Le Conseil rappelle que le code de la presse prévoit déjà des amendes proportionnées "
                "et que le recours au code pénal fragilise la liberté d’informer.",
                "يذكر المجلس بأن قانون الصحافة ينص أصلا على غرامات متناسبة، وبأن اللجوء إلى القانون "
                "الجنائي يضعف حرية الإخبار.",
            ),
            (
                "Il propose d’ouvrir une concertation avec les syndicats de journalistes et les éditeurs.",
                "ويقترح فتح باب التشاور مع نقابات الصحفيين والناشرين.",
            ),
        ],
        "extra": "media",
    },
    {
        "slug": "forum-egalite-commissions-regionales",
        "date": "2026-10-08",
        "kind": NEWS,
        "themes": ["droits-des-femmes"],
        "tags": ["égalité", "commissions régionales"],
        "image": "women-forum",
        "title": (
            "Forum régional sur l’égalité entre les femmes et les hommes",
            "منتدى جهوي حول المساواة بين النساء والرجال",
        ),
        "summary": (
            "Trois cents participantes et participants ont débattu de l’accès des femmes à l’emploi "
            "et aux responsabilités locales.",
            "ناقش ثلاثمائة مشارك ومشاركة ولوج النساء إلى الشغل وإلى مواقع المسؤولية المحلية.",
        ),
        "paragraphs": [
            (
                "Organisé par la commission régionale du Centre, le forum a réuni élues, associations "
                "et représentants des administrations.",
                "جمع المنتدى، الذي نظمته اللجنة الجهوية للوسط، منتخبات وجمعيات وممثلين عن الإدارات.",
            ),
            (
                "Les recommandations issues des ateliers seront transmises aux conseils communaux de la région.",
                "وستحال التوصيات المنبثقة عن الورشات على المجالس الجماعية بالجهة.",
            ),
        ],
        "extra": "gallery",
    },
    {
        "slug": "accueil-migrants-avis-projet-de-loi",
        "date": "2026-09-22",
        "kind": PRESS,
        "themes": ["migrants-refugies"],
        "tags": ["asile", "projet de loi"],
        "image": "migrants-reception",
        "title": (
            "Projet de loi sur l’asile : le Conseil rend son avis",
            "مشروع القانون المتعلق باللجوء: المجلس يصدر رأيه",
        ),
        "summary": (
            "Saisi par le Parlement, le Conseil salue l’avancée du texte et propose douze amendements.",
            "أشاد المجلس، بعد إحالة البرلمان، بالتقدم الذي يمثله النص، واقترح اثني عشر تعديلا.",
        ),
        "paragraphs": [
            (
                "L’avis insiste sur le droit de chaque demandeur d’être entendu dans une langue qu’il comprend.",
                "يؤكد الرأي على حق كل طالب لجوء في الاستماع إليه بلغة يفهمها.",
            ),
            (
                "Le Conseil demande aussi que les mineurs non accompagnés ne soient jamais placés en rétention.",
                "كما يطالب المجلس بألا يوضع القاصرون غير المصحوبين في الاحتفاظ الإداري تحت أي ظرف.",
            ),
        ],
        "extra": "faq",
    },
    {
        "slug": "rentree-scolaire-enfants-handicap",
        "date": "2026-09-05",
        "kind": NEWS,
        "themes": ["droits-de-l-enfant"],
        "tags": ["éducation", "handicap"],
        "image": "children-school",
        "title": (
            "Rentrée scolaire : l’inclusion des enfants en situation de handicap en question",
            "الدخول المدرسي: سؤال إدماج الأطفال في وضعية إعاقة",
        ),
        "summary": (
            "Les commissions régionales ont reçu cent quarante plaintes de familles dont l’enfant "
            "n’a pas trouvé de place en classe.",
            "تلقت اللجان الجهوية مائة وأربعين شكاية من أسر لم يجد أطفالها مقعدا في الفصل.",
        ),
        "paragraphs": [
            (
                "La plupart des plaintes concernent l’absence d’accompagnants et de salles adaptées.",
                "تتعلق أغلب الشكايات بغياب المرافقين وبانعدام القاعات الملائمة.",
            ),
            (
                "Le Conseil a saisi le ministère de l’Éducation et suivra chaque dossier jusqu’à sa résolution.",
                "وقد راسل المجلس وزارة التربية وسيتابع كل ملف إلى حين معالجته.",
            ),
        ],
    },
    {
        "slug": "sante-mentale-hopitaux-psychiatriques",
        "date": "2026-07-14",
        "kind": NEWS,
        "themes": ["droit-a-la-sante", "privation-de-liberte"],
        "tags": ["santé mentale", "visites"],
        "image": "health-centre",
        "title": (
            "Santé mentale : visites de trois hôpitaux psychiatriques",
            "الصحة النفسية: زيارة ثلاثة مستشفيات للأمراض العقلية",
        ),
        "summary": (
            "Le Conseil constate des hospitalisations sans consentement prolongées faute de contrôle judiciaire.",
            "يسجل المجلس حالات استشفاء دون موافقة تطول بسبب غياب المراقبة القضائية.",
        ),
        "paragraphs": [
            (
                "Dans deux établissements, des patients étaient hospitalisés depuis plus d’un an sans "
                "que leur situation ait été réexaminée.",
                "في مؤسستين، كان بعض المرضى يقيمون بالمستشفى منذ أكثر من سنة دون إعادة النظر في وضعيتهم.",
            ),
            (
                "Le Conseil recommande qu’un juge se prononce sur chaque hospitalisation au-delà de quinze jours.",
                "ويوصي المجلس بأن يبت قاض في كل استشفاء تتجاوز مدته خمسة عشر يوما.",
            ),
        ],
    },
    {
        "slug": "rapport-annuel-2025-presentation",
        "date": "2026-06-25",
        "kind": PRESS,
        "themes": ["privation-de-liberte", "liberte-expression", "droits-des-femmes"],
        "tags": ["rapport annuel"],
        "image": "assembly",
        "title": (
            "Le Conseil présente son rapport annuel 2025 au Parlement",
            "المجلس يقدم تقريره السنوي لسنة 2025 أمام البرلمان",
        ),
        "summary": (
            "Plaintes en hausse, visites plus nombreuses et cinquante recommandations : l’essentiel du rapport.",
            "ارتفاع في عدد الشكايات، وزيارات أكثر، وخمسون توصية: أهم ما جاء في التقرير.",
        ),
        "paragraphs": [
            (
                "La présidente du Conseil a présenté le rapport devant les deux chambres réunies.",
                "قدمت رئيسة المجلس التقرير أمام مجلسي البرلمان في جلسة مشتركة.",
            ),
            (
                "Le rapport consacre un chapitre aux droits économiques et sociaux dans les zones rurales.",
                "ويخصص التقرير فصلا للحقوق الاقتصادية والاجتماعية في المناطق القروية.",
            ),
        ],
    },
    {
        "slug": "violences-faites-aux-femmes-plateforme",
        "date": "2026-05-19",
        "kind": NEWS,
        "themes": ["droits-des-femmes"],
        "tags": ["violences", "plaintes"],
        "image": "women-forum",
        "title": (
            "Une plateforme d’écoute pour les femmes victimes de violences",
            "منصة للإنصات إلى النساء ضحايا العنف",
        ),
        "summary": (
            "Le Conseil ouvre une ligne d’écoute gratuite, tenue par des juristes et des psychologues.",
            "يطلق المجلس خطا مجانيا للإنصات يشرف عليه قانونيون وأخصائيون نفسيون.",
        ),
        "paragraphs": [
            (
                "La ligne fonctionne six jours sur sept, en arabe, en amazighe et en français.",
                "يعمل الخط ستة أيام في الأسبوع، بالعربية والأمازيغية والفرنسية.",
            ),
            (
                "Chaque appel peut donner lieu, avec l’accord de la personne, à l’ouverture d’un dossier de plainte.",
                "ويمكن أن تفضي كل مكالمة، بموافقة المعنية بالأمر، إلى فتح ملف شكاية.",
            ),
        ],
    },
    {
        "slug": "droit-de-manifester-observation",
        "date": "2026-04-28",
        "kind": NEWS,
        "themes": ["liberte-expression"],
        "tags": ["manifestations", "observation"],
        "image": "press-conference",
        "title": (
            "Des observateurs du Conseil aux manifestations du printemps",
            "ملاحظو المجلس في احتجاجات الربيع",
        ),
        "summary": (
            "Quarante observateurs ont suivi douze rassemblements ; le Conseil publie ses constats.",
            "تابع أربعون ملاحظا اثني عشر تجمعا، وينشر المجلس ملاحظاته.",
        ),
        "paragraphs": [
            (
                "La plupart des rassemblements se sont déroulés sans incident notable.",
                "مرت أغلب التجمعات دون حوادث تذكر.",
            ),
            (
                "Le Conseil a toutefois relevé deux interpellations sans motif communiqué "
                "et a demandé des explications.",
                "غير أن المجلس سجل حالتي توقيف دون تبليغ السبب، وطلب توضيحات بشأنهما.",
            ),
        ],
    },
    {
        "slug": "mineurs-en-conflit-avec-la-loi",
        "date": "2026-03-11",
        "kind": PRESS,
        "themes": ["droits-de-l-enfant", "privation-de-liberte"],
        "tags": ["justice des mineurs"],
        "image": "children-school",
        "title": (
            "Justice des mineurs : privilégier les alternatives à l’enfermement",
            "عدالة الأحداث: إعطاء الأولوية لبدائل الإيداع",
        ),
        "summary": (
            "Le Conseil publie un avis sur la réforme de la justice des mineurs.",
            "ينشر المجلس رأيا بشأن إصلاح عدالة الأحداث.",
        ),
        "paragraphs": [
            (
                "L’enfermement d’un enfant doit rester une mesure de dernier recours et de la durée la plus courte.",
                "يجب أن يظل إيداع الطفل تدبيرا أخيرا ولأقصر مدة ممكنة.",
            ),
            (
                "Le Conseil recommande de développer la médiation pénale et les mesures éducatives en milieu ouvert.",
                "ويوصي المجلس بتطوير الوساطة الجنائية والتدابير التربوية في الوسط المفتوح.",
            ),
        ],
        "arabic": "outdated",
    },
    {
        "slug": "formation-agents-penitentiaires",
        "date": "2026-02-16",
        "kind": NEWS,
        "themes": ["privation-de-liberte"],
        "tags": ["formation", "prisons"],
        "image": "training",
        "title": (
            "Formation des agents pénitentiaires à la prévention de la torture",
            "تكوين موظفي السجون في مجال الوقاية من التعذيب",
        ),
        "summary": (
            "Cent vingt agents ont suivi le cycle de formation conçu avec l’administration pénitentiaire.",
            "استفاد مائة وعشرون موظفا من دورة التكوين التي أعدت بتعاون مع إدارة السجون.",
        ),
        "paragraphs": [
            (
                "Les modules portent sur l’usage de la force, la gestion des conflits et le signalement des abus.",
                "تتناول الوحدات استعمال القوة وتدبير النزاعات والتبليغ عن التجاوزات.",
            ),
            (
                "Une évaluation sera conduite six mois après la formation dans les établissements concernés.",
                "وسيجرى تقييم بعد ستة أشهر من التكوين في المؤسسات المعنية.",
            ),
        ],
    },
    {
        "slug": "acces-aux-soins-zones-rurales",
        "date": "2026-01-20",
        "kind": NEWS,
        "themes": ["droit-a-la-sante"],
        "tags": ["santé", "monde rural"],
        "image": "health-centre",
        "title": (
            "Accès aux soins dans les zones rurales : une enquête de terrain",
            "الولوج إلى العلاج في المناطق القروية: بحث ميداني",
        ),
        "summary": (
            "Dans les communes enquêtées, le centre de santé le plus proche est en moyenne à vingt-deux kilomètres.",
            "في الجماعات المشمولة بالبحث، يبعد أقرب مركز صحي في المتوسط باثنين وعشرين كيلومترا.",
        ),
        "paragraphs": [
            (
                "Les enquêteurs ont rencontré des femmes enceintes contraintes de parcourir de longues "
                "distances pour une consultation.",
                "التقى الباحثون نساء حوامل يضطررن إلى قطع مسافات طويلة من أجل استشارة طبية.",
            ),
            (
                "Le Conseil propose des unités mobiles et une prise en charge des frais de transport.",
                "ويقترح المجلس وحدات متنقلة والتكفل بمصاريف التنقل.",
            ),
        ],
        "arabic": "missing",
    },
    {
        "slug": "bilan-plaintes-2025",
        "date": "2025-12-10",
        "kind": PRESS,
        "themes": ["privation-de-liberte", "droit-a-la-sante"],
        "tags": ["plaintes", "journée des droits humains"],
        "image": "assembly",
        "title": (
            "Journée des droits humains : le bilan des plaintes de l’année",
            "اليوم العالمي لحقوق الإنسان: حصيلة الشكايات خلال السنة",
        ),
        "summary": (
            "Le Conseil a reçu 3 480 plaintes en 2025, dont un tiers concerne la justice.",
            "تلقى المجلس 3480 شكاية سنة 2025، ثلثها يتعلق بالعدالة.",
        ),
        "paragraphs": [
            (
                "Les plaintes relatives à la santé et à la protection sociale progressent pour la deuxième année.",
                "تواصل الشكايات المتعلقة بالصحة والحماية الاجتماعية ارتفاعها للسنة الثانية على التوالي.",
            ),
            (
                "Huit plaintes sur dix ont reçu une réponse de l’administration concernée dans un délai de trois mois.",
                "وتلقت ثماني شكايات من أصل عشر جوابا من الإدارة المعنية في أجل ثلاثة أشهر.",
            ),
        ],
    },
    {
        "slug": "commission-regionale-sud-installation",
        "date": "2025-11-03",
        "kind": NEWS,
        "themes": ["migrants-refugies"],
        "tags": ["commissions régionales"],
        "image": "regional-commission",
        "title": (
            "Installation de la nouvelle commission régionale du Sud",
            "تنصيب اللجنة الجهوية الجديدة للجنوب",
        ),
        "summary": (
            "Onze membres issus de la société civile, du barreau et de l’université composent la commission.",
            "تتألف اللجنة من أحد عشر عضوا من المجتمع المدني وهيئة المحامين والجامعة.",
        ),
        "paragraphs": [
            (
                "La commission suivra en priorité la situation des migrants en transit dans la région.",
                "ستتابع اللجنة على سبيل الأولوية وضعية المهاجرين العابرين بالجهة.",
            ),
            (
                "Elle tiendra des permanences hebdomadaires dans trois provinces.",
                "وستنظم مداومات أسبوعية في ثلاثة أقاليم.",
            ),
        ],
    },
    {
        "slug": "liberte-association-recepisses",
        "date": "2025-10-15",
        "kind": PRESS,
        "themes": ["liberte-expression"],
        "tags": ["associations"],
        "image": "press-conference",
        "title": (
            "Associations : le Conseil demande la délivrance des récépissés en attente",
            "الجمعيات: المجلس يطالب بتسليم وصولات الإيداع العالقة",
        ),
        "summary": (
            "Trente-cinq associations attendent depuis plus de six mois le récépissé de leur déclaration.",
            "تنتظر خمس وثلاثون جمعية منذ أكثر من ستة أشهر وصل إيداع تصريحها.",
        ),
        "paragraphs": [
            (
                "La loi prévoit la délivrance immédiate d’un récépissé provisoire ; le refus n’a pas de base légale.",
                "ينص القانون على تسليم وصل مؤقت فورا، ولا يستند الرفض إلى أي أساس قانوني.",
            ),
            (
                "Le Conseil a transmis la liste des dossiers au ministère de l’Intérieur.",
                "وقد أحال المجلس لائحة الملفات على وزارة الداخلية.",
            ),
        ],
    },
    {
        "slug": "enfants-des-rues-etude",
        "date": "2025-09-09",
        "kind": NEWS,
        "themes": ["droits-de-l-enfant"],
        "tags": ["protection de l’enfance"],
        "image": "children-school",
        "title": (
            "Enfants en situation de rue : lancement d’une étude nationale",
            "الأطفال في وضعية الشارع: إطلاق دراسة وطنية",
        ),
        "summary": (
            "L’étude, menée avec deux universités, couvrira six villes pendant un an.",
            "ستشمل الدراسة، المنجزة بشراكة مع جامعتين، ست مدن على مدى سنة.",
        ),
        "paragraphs": [
            (
                "Les chercheurs recueilleront la parole des enfants eux-mêmes, avec des méthodes adaptées à leur âge.",
                "سيستمع الباحثون إلى الأطفال أنفسهم، باعتماد مناهج ملائمة لسنهم.",
            ),
            (
                "Les résultats alimenteront les recommandations du Conseil sur la protection de l’enfance.",
                "وستغني النتائج توصيات المجلس بشأن حماية الطفولة.",
            ),
        ],
    },
    {
        "slug": "travailleuses-domestiques-memorandum",
        "date": "2025-07-24",
        "kind": PRESS,
        "themes": ["droits-des-femmes", "droits-de-l-enfant"],
        "tags": ["travail domestique"],
        "image": "women-forum",
        "title": (
            "Travailleuses domestiques : un mémorandum pour l’application de la loi",
            "العاملات المنزليات: مذكرة من أجل تطبيق القانون",
        ),
        "summary": (
            "Le Conseil demande des contrôles effectifs et l’interdiction réelle du travail des mineures.",
            "يطالب المجلس بمراقبة فعلية وبمنع حقيقي لتشغيل القاصرات.",
        ),
        "paragraphs": [
            (
                "Cinq ans après l’entrée en vigueur de la loi, peu de contrats ont été déclarés.",
                "بعد خمس سنوات من دخول القانون حيز التنفيذ، لم يصرح إلا بعدد قليل من العقود.",
            ),
            (
                "Le mémorandum propose de confier aux inspecteurs du travail un droit de visite encadré.",
                "وتقترح المذكرة تخويل مفتشي الشغل حق زيارة مؤطرا.",
            ),
        ],
    },
    {
        "slug": "centres-de-retention-visites",
        "date": "2025-06-12",
        "kind": NEWS,
        "themes": ["migrants-refugies", "privation-de-liberte"],
        "tags": ["visites", "rétention"],
        "image": "migrants-reception",
        "title": (
            "Visites de deux lieux de rétention administrative",
            "زيارة مكانين للاحتفاظ الإداري",
        ),
        "summary": (
            "Le Conseil a vérifié l’information des personnes retenues sur leurs droits et l’accès à un avocat.",
            "تحقق المجلس من إخبار الأشخاص المحتفظ بهم بحقوقهم ومن ولوجهم إلى محام.",
        ),
        "paragraphs": [
            (
                "Les notifications de droits n’étaient disponibles qu’en deux langues.",
                "لم تكن إشعارات الحقوق متوفرة إلا بلغتين.",
            ),
            (
                "Le Conseil recommande le recours systématique à des interprètes et un registre unique des placements.",
                "ويوصي المجلس بالاستعانة المنتظمة بمترجمين وبسجل موحد للإيداعات.",
            ),
        ],
        "arabic": "missing",
    },
    {
        "slug": "journee-internationale-enfance-2025",
        "date": "2025-05-28",
        "kind": NEWS,
        "themes": ["droits-de-l-enfant"],
        "tags": ["participation"],
        "image": "children-school",
        "title": (
            "Un parlement des enfants réuni au siège du Conseil",
            "برلمان للأطفال يجتمع بمقر المجلس",
        ),
        "summary": (
            "Soixante élèves de toutes les régions ont interpellé des responsables publics.",
            "وجه ستون تلميذا وتلميذة من مختلف الجهات أسئلتهم إلى مسؤولين عموميين.",
        ),
        "paragraphs": [
            (
                "Les questions ont porté sur le harcèlement à l’école, le transport scolaire et les loisirs.",
                "تناولت الأسئلة التحرش في المدرسة والنقل المدرسي والترفيه.",
            ),
            (
                "Les réponses des ministères seront publiées sur ce site dans un délai de deux mois.",
                "وستنشر أجوبة الوزارات على هذا الموقع في أجل شهرين.",
            ),
        ],
    },
    {
        "slug": "greve-de-la-faim-detenus",
        "date": "2025-04-07",
        "kind": PRESS,
        "themes": ["privation-de-liberte", "droit-a-la-sante"],
        "tags": ["prisons", "santé"],
        "image": "prison-visit",
        "title": (
            "Détenus en grève de la faim : le Conseil a rendu visite aux intéressés",
            "معتقلون مضربون عن الطعام: المجلس يزور المعنيين",
        ),
        "summary": (
            "Le Conseil veille au suivi médical et à l’examen des revendications des détenus.",
            "يسهر المجلس على التتبع الطبي وعلى دراسة مطالب المعتقلين.",
        ),
        "paragraphs": [
            (
                "Les médecins du Conseil ont examiné les quatre détenus avec leur consentement.",
                "فحص أطباء المجلس المعتقلين الأربعة بموافقتهم.",
            ),
            (
                "Le Conseil rappelle que l’alimentation forcée est contraire à l’éthique médicale.",
                "ويذكر المجلس بأن التغذية القسرية تتنافى مع أخلاقيات مهنة الطب.",
            ),
        ],
    },
    {
        "slug": "egalite-successorale-debat",
        "date": "2025-03-08",
        "kind": NEWS,
        "themes": ["droits-des-femmes"],
        "tags": ["égalité", "8 mars"],
        "image": "women-forum",
        "title": (
            "8 mars : un débat public sur l’égalité dans le code de la famille",
            "8 مارس: نقاش عمومي حول المساواة في مدونة الأسرة",
        ),
        "summary": (
            "Juristes, théologiens et associations ont confronté leurs analyses devant un large public.",
            "تبادل قانونيون وعلماء دين وجمعيات تحليلاتهم أمام جمهور واسع.",
        ),
        "paragraphs": [
            (
                "Le débat a porté sur la tutelle légale des enfants et le partage des biens acquis pendant le mariage.",
                "تناول النقاش النيابة القانونية على الأطفال وتقسيم الممتلكات المكتسبة خلال الزواج.",
            ),
            (
                "Le Conseil publiera une synthèse des échanges et ses propres recommandations.",
                "وسينشر المجلس خلاصة للنقاشات وتوصياته الخاصة.",
            ),
        ],
    },
    {
        "slug": "defenseurs-droits-humains-protection",
        "date": "2025-02-11",
        "kind": PRESS,
        "themes": ["liberte-expression"],
        "tags": ["défenseurs"],
        "image": "journalists",
        "title": (
            "Protection des défenseurs des droits humains : un mécanisme d’alerte",
            "حماية المدافعين عن حقوق الإنسان: آلية للإنذار",
        ),
        "summary": (
            "Les défenseurs menacés pourront saisir le Conseil en urgence, de jour comme de nuit.",
            "سيكون بإمكان المدافعين المهددين اللجوء إلى المجلس بشكل استعجالي ليلا ونهارا.",
        ),
        "paragraphs": [
            (
                "Chaque alerte est examinée sous vingt-quatre heures par une cellule dédiée.",
                "تدرس خلية مختصة كل إنذار في أجل أربع وعشرين ساعة.",
            ),
            (
                "Le Conseil peut intervenir auprès des autorités et, si nécessaire, rendre l’affaire publique.",
                "ويمكن للمجلس أن يتدخل لدى السلطات وأن يعلن القضية للرأي العام عند الاقتضاء.",
            ),
        ],
    },
    {
        "slug": "vaccination-couverture-medicale",
        "date": "2025-01-14",
        "kind": NEWS,
        "themes": ["droit-a-la-sante"],
        "tags": ["couverture médicale"],
        "image": "health-centre",
        "title": (
            "Couverture médicale : les travailleurs indépendants encore exclus",
            "التغطية الصحية: العمال المستقلون ما زالوا خارجها",
        ),
        "summary": (
            "Un travailleur indépendant sur trois n’est toujours pas affilié, selon une enquête du Conseil.",
            "لا يزال عامل مستقل من كل ثلاثة غير منخرط، حسب بحث أجراه المجلس.",
        ),
        "paragraphs": [
            (
                "Le coût des cotisations et la complexité des démarches expliquent la plupart des non-affiliations.",
                "تفسر كلفة الاشتراكات وتعقيد المساطر معظم حالات عدم الانخراط.",
            ),
            (
                "Le Conseil recommande un barème progressif et un guichet unique dans chaque commune.",
                "ويوصي المجلس بسلم تصاعدي للاشتراكات وبشباك وحيد في كل جماعة.",
            ),
        ],
    },
    {
        "slug": "prisons-surpopulation-rapport",
        "date": "2024-12-02",
        "kind": PRESS,
        "themes": ["privation-de-liberte"],
        "tags": ["prisons", "surpopulation"],
        "image": "prison-visit",
        "title": (
            "Surpopulation carcérale : le Conseil propose dix mesures",
            "الاكتظاظ في السجون: المجلس يقترح عشرة تدابير",
        ),
        "summary": (
            "La détention provisoire représente près de quarante pour cent de la population carcérale.",
            "يمثل الاعتقال الاحتياطي قرابة أربعين في المائة من الساكنة السجنية.",
        ),
        "paragraphs": [
            (
                "Le Conseil propose d’élargir les peines alternatives et de limiter la détention provisoire.",
                "يقترح المجلس توسيع العقوبات البديلة والحد من الاعتقال الاحتياطي.",
            ),
            (
                "Il recommande aussi un seuil d’occupation au-delà duquel aucune nouvelle "
                "incarcération n’est possible.",
                "كما يوصي بتحديد سقف للطاقة الاستيعابية لا يمكن بعده إيداع أي نزيل جديد.",
            ),
        ],
    },
    {
        "slug": "migrants-acces-ecole",
        "date": "2024-10-21",
        "kind": NEWS,
        "themes": ["migrants-refugies", "droits-de-l-enfant"],
        "tags": ["éducation", "migrants"],
        "image": "migrants-reception",
        "title": (
            "Scolarisation des enfants migrants : des progrès à consolider",
            "تمدرس الأطفال المهاجرين: تقدم ينبغي تعزيزه",
        ),
        "summary": (
            "Plus de sept mille enfants migrants sont inscrits à l’école publique cette année.",
            "سجل أكثر من سبعة آلاف طفل مهاجر في المدرسة العمومية هذه السنة.",
        ),
        "paragraphs": [
            (
                "Les classes de mise à niveau linguistique restent insuffisantes dans les grandes villes.",
                "لا تزال أقسام التأهيل اللغوي غير كافية في المدن الكبرى.",
            ),
            (
                "Le Conseil salue la simplification des pièces exigées à l’inscription.",
                "ويشيد المجلس بتبسيط الوثائق المطلوبة للتسجيل.",
            ),
        ],
    },
    {
        "slug": "liberte-expression-en-ligne-etude",
        "date": "2024-09-17",
        "kind": NEWS,
        "themes": ["liberte-expression"],
        "tags": ["numérique"],
        "image": "journalists",
        "title": (
            "Liberté d’expression en ligne : le Conseil lance une consultation",
            "حرية التعبير على الإنترنت: المجلس يطلق استشارة",
        ),
        "summary": (
            "Internautes, plateformes et juristes sont invités à répondre jusqu’à la fin de l’année.",
            "المستخدمون والمنصات والقانونيون مدعوون إلى المشاركة إلى غاية نهاية السنة.",
        ),
        "paragraphs": [
            (
                "La consultation porte sur la modération des contenus et les poursuites pour des publications.",
                "تتناول الاستشارة الإشراف على المحتوى والمتابعات بسبب المنشورات.",
            ),
            (
                "Les contributions seront rendues publiques, sauf demande contraire de leur auteur.",
                "وستنشر المساهمات للعموم، ما لم يطلب أصحابها خلاف ذلك.",
            ),
        ],
        "arabic": "in_progress",
    },
    {
        "slug": "droits-des-personnes-agees",
        "date": "2024-07-09",
        "kind": NEWS,
        "themes": ["droit-a-la-sante"],
        "tags": ["personnes âgées"],
        "image": "health-centre",
        "title": (
            "Personnes âgées en établissement : le Conseil visite cinq maisons de retraite",
            "المسنون في المؤسسات: المجلس يزور خمس دور للمسنين",
        ),
        "summary": (
            "Le Conseil a relevé un manque de personnel soignant la nuit dans quatre établissements.",
            "سجل المجلس نقصا في الأطر التمريضية ليلا في أربع مؤسسات.",
        ),
        "paragraphs": [
            (
                "Les résidents rencontrés ont exprimé le souhait de garder des liens réguliers avec leur famille.",
                "عبر المقيمون الذين تم لقاؤهم عن رغبتهم في الحفاظ على صلات منتظمة بأسرهم.",
            ),
            (
                "Le Conseil recommande des normes minimales d’encadrement fixées par décret.",
                "ويوصي المجلس بمعايير دنيا للتأطير تحدد بمرسوم.",
            ),
        ],
        "arabic": "missing",
    },
    {
        "slug": "elections-observation-independante",
        "date": "2024-06-03",
        "kind": PRESS,
        "themes": ["liberte-expression"],
        "tags": ["élections", "observation"],
        "image": "assembly",
        "title": (
            "Élections locales : le Conseil accrédite des observateurs indépendants",
            "الانتخابات المحلية: المجلس يعتمد ملاحظين مستقلين",
        ),
        "summary": (
            "Mille deux cents observateurs de quarante associations suivront le scrutin.",
            "سيتابع ألف ومائتا ملاحظ من أربعين جمعية عملية الاقتراع.",
        ),
        "paragraphs": [
            (
                "Les observateurs ont été formés aux règles du scrutin et à la rédaction de rapports factuels.",
                "تلقى الملاحظون تكوينا في قواعد الاقتراع وفي تحرير تقارير موضوعية.",
            ),
            (
                "Le rapport d’observation sera publié dans les trois mois suivant le vote.",
                "وسينشر تقرير الملاحظة في غضون ثلاثة أشهر بعد الاقتراع.",
            ),
        ],
    },
    {
        "slug": "mariage-des-mineures-campagne",
        "date": "2024-04-22",
        "kind": NEWS,
        "themes": ["droits-des-femmes", "droits-de-l-enfant"],
        "tags": ["mariage des mineures", "campagne"],
        "image": "women-forum",
        "title": (
            "Mariage des mineures : une campagne dans vingt communes rurales",
            "زواج القاصرات: حملة في عشرين جماعة قروية",
        ),
        "summary": (
            "Les commissions régionales sont allées à la rencontre des familles, des enseignants et des élus.",
            "التقت اللجان الجهوية بالأسر والمدرسين والمنتخبين.",
        ),
        "paragraphs": [
            (
                "Les rencontres ont mis en avant le maintien des filles à l’école comme première protection.",
                "أبرزت اللقاءات أن بقاء الفتيات في المدرسة هو أول أشكال الحماية.",
            ),
            (
                "Le Conseil demande la suppression de la possibilité de dérogation judiciaire à l’âge du mariage.",
                "ويطالب المجلس بإلغاء إمكانية الإذن القضائي بالزواج دون السن القانوني.",
            ),
        ],
    },
    {
        "slug": "torture-prevention-mecanisme-national",
        "date": "2024-02-26",
        "kind": PRESS,
        "themes": ["privation-de-liberte"],
        "tags": ["prévention de la torture"],
        "image": "prison-visit",
        "title": (
            "Prévention de la torture : deux ans d’action du mécanisme national",
            "الوقاية من التعذيب: سنتان من عمل الآلية الوطنية",
        ),
        "summary": (
            "Le mécanisme a conduit cent trente visites de lieux de privation de liberté depuis sa création.",
            "أنجزت الآلية مائة وثلاثين زيارة لأماكن الحرمان من الحرية منذ إحداثها.",
        ),
        "paragraphs": [
            (
                "Les visites ont concerné des prisons, des commissariats, des centres pour mineurs et des hôpitaux.",
                "شملت الزيارات سجونا ومخافر للشرطة ومراكز للأحداث ومستشفيات.",
            ),
            (
                "La moitié des recommandations adressées aux administrations ont été mises en œuvre.",
                "وقد نفذ نصف التوصيات الموجهة إلى الإدارات.",
            ),
        ],
    },
    {
        "slug": "refugies-acces-emploi",
        "date": "2024-01-15",
        "kind": NEWS,
        "themes": ["migrants-refugies"],
        "tags": ["emploi", "réfugiés"],
        "image": "migrants-reception",
        "title": (
            "Réfugiés : lever les obstacles à l’emploi",
            "اللاجئون: رفع العوائق أمام الشغل",
        ),
        "summary": (
            "Le Conseil réunit employeurs, syndicats et associations autour de l’accès des réfugiés au travail.",
            "يجمع المجلس المشغلين والنقابات والجمعيات حول ولوج اللاجئين إلى الشغل.",
        ),
        "paragraphs": [
            (
                "La reconnaissance des diplômes étrangers reste le principal obstacle cité par les participants.",
                "يظل الاعتراف بالشهادات الأجنبية أبرز عائق أشار إليه المشاركون.",
            ),
            (
                "Une feuille de route commune sera présentée au gouvernement au printemps.",
                "وستقدم خارطة طريق مشتركة إلى الحكومة خلال فصل الربيع.",
            ),
        ],
        "arabic": "awaiting_review",
    },
]

# What the French team changes after the Arabic translation went live ("outdated" pages).
OUTDATED_SUMMARY_SUFFIX = " Le Parlement examinera le texte à la session d’automne."
