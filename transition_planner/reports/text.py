"""The report's static text in English, French and Arabic; numbers and dates in each language."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

LANGUAGES = ("en", "fr", "ar")
RTL_LANGUAGES = frozenset({"ar"})
NNBSP = "\u202f"  # French thousands separator and space before % (narrow no-break space)
NBSP = "\u00a0"
_AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"),
}
SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."),
    "ar": MONTHS["ar"],
}

# key -> {language: text}; a (singular, plural) pair where the text depends on a count.
T: dict[str, dict[str, str | tuple[str, str]]] = {
    # cover, header and footer
    "report_title": {"en": "Protection transition report",
                     "fr": "Rapport sur la transition de la protection",
                     "ar": "تقرير الانتقال في مجال الحماية"},
    "report_subtitle": {"en": "Handover of the mission's protection capacities to its successors",
                        "fr": "Transfert des capacités de protection de la mission à ses "
                              "successeurs",
                        "ar": "تسليم قدرات الحماية التابعة للبعثة إلى الجهات الخلف"},
    "mission": {"en": "Mission", "fr": "Mission", "ar": "البعثة"},
    "host_country": {"en": "Host country", "fr": "Pays hôte", "ar": "البلد المضيف"},
    "plan": {"en": "Plan", "fr": "Plan", "ar": "الخطة"},
    "scenario": {"en": "Scenario", "fr": "Scénario", "ar": "السيناريو"},
    "mandate_end": {"en": "Mandate ends", "fr": "Fin du mandat", "ar": "نهاية الولاية"},
    "planned_exit": {"en": "Mission exit", "fr": "Départ de la mission", "ar": "خروج البعثة"},
    "report_date": {"en": "Date of the report", "fr": "Date du rapport", "ar": "تاريخ التقرير"},
    "locations_covered": {"en": "Locations covered", "fr": "Lieux couverts",
                          "ar": "المواقع المشمولة"},
    "all_locations": {"en": "All locations of the plan", "fr": "Tous les lieux du plan",
                      "ar": "جميع مواقع الخطة"},
    "prepared_for": {"en": "Prepared for", "fr": "Destinataires", "ar": "أُعدّ من أجل"},
    "audience_donor": {"en": "Donors and headquarters", "fr": "Bailleurs de fonds et sièges",
                       "ar": "المانحون والمقار"},
    "audience_cluster": {"en": "Protection cluster and partners",
                         "fr": "Cluster protection et partenaires",
                         "ar": "مجموعة الحماية والشركاء"},
    "audience_internal": {"en": "Mission planners (internal)",
                          "fr": "Planificateurs de la mission (interne)",
                          "ar": "مخططو البعثة (داخلي)"},
    "classification_donor": {
        "en": "For donors and headquarters. Records and details marked sensitive are withheld.",
        "fr": "Destiné aux bailleurs de fonds et aux sièges. Les éléments marqués comme "
              "sensibles ne figurent pas dans ce rapport.",
        "ar": "موجّه إلى المانحين والمقار. حُجبت السجلات والتفاصيل المصنّفة حساسة."},
    "classification_cluster": {
        "en": "For the protection cluster and its partners. Records and details marked "
              "sensitive are withheld.",
        "fr": "Destiné au cluster protection et à ses partenaires. Les éléments marqués comme "
              "sensibles ne figurent pas dans ce rapport.",
        "ar": "موجّه إلى مجموعة الحماية وشركائها. حُجبت السجلات والتفاصيل المصنّفة حساسة."},
    "classification_internal": {
        "en": "{classification}: contains sensitive information. Do not share outside the "
              "mission.",
        "fr": "{classification} : contient des informations sensibles. Ne pas diffuser hors de "
              "la mission.",
        "ar": "{classification}: يتضمن معلومات حساسة. لا يُتداول خارج البعثة."},
    "footer_donor": {"en": "Donor version: sensitive information withheld",
                     "fr": "Version bailleurs : informations sensibles retirées",
                     "ar": "نسخة المانحين: المعلومات الحساسة محجوبة"},
    "footer_cluster": {"en": "Cluster version: sensitive information withheld",
                       "fr": "Version cluster : informations sensibles retirées",
                       "ar": "نسخة مجموعة الحماية: المعلومات الحساسة محجوبة"},
    "footer_internal": {"en": "{classification}: not for distribution",
                        "fr": "{classification} : diffusion interdite",
                        "ar": "{classification}: غير مخصص للتوزيع"},
    "page_of": {"en": "Page {page} of {pages}", "fr": "Page {page} sur {pages}",
                "ar": "الصفحة {page} من {pages}"},
    "generated_by": {"en": "Generated with Transition Planner {version}.",
                     "fr": "Produit avec Transition Planner {version}.",
                     "ar": "أُعدّ باستخدام Transition Planner {version}."},
    "contents": {"en": "Contents", "fr": "Table des matières", "ar": "المحتويات"},
    # sections
    "sec_summary": {"en": "Executive summary", "fr": "Résumé analytique", "ar": "ملخص تنفيذي"},
    "sec_cliff": {"en": "The protection cliff", "fr": "La falaise de protection",
                  "ar": "هاوية الحماية"},
    "sec_coverage": {"en": "Coverage by category and location",
                     "fr": "Couverture par catégorie et par lieu",
                     "ar": "التغطية حسب الفئة والموقع"},
    "sec_unfunded": {"en": "Unfunded protection functions",
                     "fr": "Fonctions de protection non financées",
                     "ar": "مهام الحماية غير الممولة"},
    "sec_handovers": {"en": "Handovers by successor", "fr": "Transferts par successeur",
                      "ar": "عمليات التسليم حسب الجهة الخلف"},
    "sec_readiness": {"en": "Readiness of successors", "fr": "Préparation des successeurs",
                      "ar": "جاهزية الجهات الخلف"},
    "sec_timeline": {"en": "Timeline of closures and handovers",
                     "fr": "Calendrier des fermetures et des transferts",
                     "ar": "الجدول الزمني لعمليات الإغلاق والتسليم"},
    "sec_flags": {"en": "Flags and accepted risks", "fr": "Alertes et risques acceptés",
                  "ar": "التنبيهات والمخاطر المقبولة"},
    "sec_sheets": {"en": "Handover sheets by capacity", "fr": "Fiches de transfert par capacité",
                   "ar": "بطاقات التسليم حسب القدرة"},
    "sub_by_category": {"en": "By category", "fr": "Par catégorie", "ar": "حسب الفئة"},
    "sub_by_location": {"en": "By location", "fr": "Par lieu", "ar": "حسب الموقع"},
    "sub_monthly": {"en": "Month by month", "fr": "Mois par mois", "ar": "شهراً بشهر"},
    "sub_flags_by_kind": {"en": "Flags by kind", "fr": "Alertes par type",
                          "ar": "التنبيهات حسب النوع"},
    "sub_flags_list": {"en": "Flags to act on", "fr": "Alertes à traiter",
                       "ar": "تنبيهات تستدعي الإجراء"},
    "sub_accepted": {"en": "Accepted risks", "fr": "Risques acceptés", "ar": "المخاطر المقبولة"},
    # empty plan
    "empty_plan": {
        "en": "This plan holds no protection capacities yet, so there is nothing to report. "
              "Add the mission's capacities and their successors, then build the report again.",
        "fr": "Ce plan ne contient encore aucune capacité de protection : il n'y a rien à "
              "présenter. Ajoutez les capacités de la mission et leurs successeurs, puis "
              "produisez à nouveau le rapport.",
        "ar": "لا تتضمن هذه الخطة أي قدرات حماية بعد، ولذلك لا يوجد ما يُبلَّغ عنه. أضف قدرات "
              "البعثة والجهات الخلف لها، ثم أعد إنشاء التقرير."},
    "empty_selection": {
        "en": "No protection capacity sits in the selected locations ({locations}), so there "
              "is nothing to report for them.",
        "fr": "Aucune capacité de protection ne se trouve dans les lieux choisis ({locations}) : "
              "il n'y a rien à présenter pour ces lieux.",
        "ar": "لا توجد أي قدرة حماية في المواقع المختارة ({locations})، ولذلك لا يوجد ما يُبلَّغ "
              "عنه بشأنها."},
    # executive summary
    "summary_scope": {
        "en": "The plan lists {capacities} protection capacities of the mission and "
              "{handovers} handovers to successors over {months} months from {start}.",
        "fr": "Le plan recense {capacities} capacités de protection de la mission et "
              "{handovers} transferts à des successeurs sur {months} mois à partir de {start}.",
        "ar": "تتضمن الخطة {capacities} من قدرات الحماية التابعة للبعثة و{handovers} من عمليات "
              "التسليم إلى جهات خلف على مدى {months} شهراً اعتباراً من {start}."},
    "summary_exit": {"en": "The mission is due to leave on {date}.",
                     "fr": "Le départ de la mission est prévu le {date}.",
                     "ar": "من المقرر أن تغادر البعثة في {date}."},
    "summary_no_exit": {"en": "No exit date is set for the mission yet.",
                        "fr": "Aucune date de départ n'est encore fixée pour la mission.",
                        "ar": "لم يُحدَّد بعد موعد لخروج البعثة."},
    "summary_cliff": {
        "en": "Coverage first falls below the requirement in {first}. At its lowest, in "
              "{lowest}, {pct} of the requirement is covered.",
        "fr": "La couverture passe pour la première fois sous le besoin en {first}. Au plus "
              "bas, en {lowest}, {pct} du besoin est couvert.",
        "ar": "تنخفض التغطية لأول مرة عن الاحتياج في {first}. وفي أدنى مستوياتها، في {lowest}، "
              "لا يُغطّى سوى {pct} من الاحتياج."},
    "summary_no_cliff": {
        "en": "Coverage meets the requirement in every month of the planning horizon.",
        "fr": "La couverture répond au besoin chaque mois de l'horizon de planification.",
        "ar": "تلبي التغطية الاحتياج في كل شهر من أشهر الأفق الزمني للتخطيط."},
    "summary_unfunded": {
        "en": "Protection functions worth {amount} are unfunded after the mission leaves.",
        "fr": "Des fonctions de protection représentant {amount} ne sont pas financées après "
              "le départ de la mission.",
        "ar": "تبلغ قيمة مهام الحماية غير الممولة بعد مغادرة البعثة {amount}."},
    "summary_all_funded": {
        "en": "No protection function is left unfunded after the mission leaves.",
        "fr": "Aucune fonction de protection ne reste sans financement après le départ de la "
              "mission.",
        "ar": "لا تبقى أي مهمة حماية دون تمويل بعد مغادرة البعثة."},
    "summary_withheld": {
        "en": "The figures count every record of the plan; {n} records marked sensitive are "
              "not named in this version.",
        "fr": "Les chiffres tiennent compte de tous les éléments du plan ; {n} éléments marqués "
              "comme sensibles ne sont pas nommés dans cette version.",
        "ar": "تشمل الأرقام جميع سجلات الخطة؛ ولا تُذكر في هذه النسخة {n} من السجلات المصنّفة "
              "حساسة."},
    "key_figures": {"en": "Key figures", "fr": "Chiffres clés", "ar": "الأرقام الرئيسية"},
    "kf_capacities": {"en": "Protection capacities", "fr": "Capacités de protection",
                      "ar": "قدرات الحماية"},
    "kf_handovers": {"en": "Handovers to successors", "fr": "Transferts à des successeurs",
                     "ar": "عمليات التسليم إلى الجهات الخلف"},
    "kf_without_successor": {"en": "Capacities without a successor",
                             "fr": "Capacités sans successeur", "ar": "قدرات بلا جهة خلف"},
    "kf_not_ready": {"en": "Capacities whose successor is not ready",
                     "fr": "Capacités dont le successeur n'est pas prêt",
                     "ar": "قدرات جهتها الخلف غير جاهزة"},
    "kf_gap_months": {"en": "Capacity-months below the requirement",
                      "fr": "Mois-capacités sous le besoin",
                      "ar": "أشهر-القدرات دون مستوى الاحتياج"},
    "kf_location_months": {"en": "Location-months with a gap", "fr": "Mois-lieux avec une lacune",
                           "ar": "أشهر-المواقع التي توجد فيها فجوة"},
    "kf_unfunded": {"en": "Unfunded after the mission leaves",
                    "fr": "Non financé après le départ de la mission",
                    "ar": "غير ممول بعد مغادرة البعثة"},
    "kf_flags": {"en": "Flags (high / medium / low)", "fr": "Alertes (élevée / moyenne / faible)",
                 "ar": "التنبيهات (عالية / متوسطة / منخفضة)"},
    "kf_accepted": {"en": "Flags accepted as known risks",
                    "fr": "Alertes acceptées comme risques connus",
                    "ar": "تنبيهات قُبلت بوصفها مخاطر معروفة"},
    "kf_exit": {"en": "Mission exit", "fr": "Départ de la mission", "ar": "خروج البعثة"},
    "kf_horizon": {"en": "Planning horizon", "fr": "Horizon de planification",
                   "ar": "الأفق الزمني للتخطيط"},
    "horizon_range": {"en": "{start} to {end} ({months} months)",
                      "fr": "de {start} à {end} ({months} mois)",
                      "ar": "من {start} إلى {end} ({months} شهراً)"},
    "not_set": {"en": "not set", "fr": "non fixé", "ar": "غير محدد"},
    "figure": {"en": "Figure", "fr": "Valeur", "ar": "القيمة"},
    # the cliff chart
    "cliff_intro": {
        "en": "Month by month, the protection the plan requires (the black line) and who covers "
              "it: the mission, then its successors grouped as UN, government, NGO and civil "
              "society, and others. Red is the part of the requirement nobody covers; the "
              "dashed line marks the mission's exit, the ticks under the axis site closures.",
        "fr": "Mois par mois, la protection requise par le plan (la ligne noire) et qui l'assure "
              ": la mission, puis ses successeurs regroupés en ONU, gouvernement, ONG et société "
              "civile, et autres. Le rouge est la part du besoin que personne ne couvre ; la "
              "ligne pointillée marque le départ de la mission, les traits sous l'axe les "
              "fermetures de sites.",
        "ar": "شهراً بشهر، الحماية التي تتطلبها الخطة، وهي الخط الأسود، ومن يغطيها، أي البعثة ثم "
              "الجهات الخلف مجمّعةً في الأمم المتحدة والحكومة والمنظمات غير الحكومية والمجتمع "
              "المدني وجهات أخرى. ويمثل الأحمر الجزء من الاحتياج الذي لا تغطيه أي جهة؛ ويحدد "
              "الخط المتقطع موعد خروج البعثة، وتحدد العلامات تحت المحور مواعيد إغلاق المواقع."},
    "chart_mission": {"en": "Mission", "fr": "Mission", "ar": "البعثة"},
    "chart_gap": {"en": "Gap", "fr": "Lacune", "ar": "الفجوة"},
    "chart_requirement": {"en": "Requirement", "fr": "Besoin", "ar": "الاحتياج"},
    "chart_exit": {"en": "Exit", "fr": "Départ", "ar": "الخروج"},
    "chart_units": {"en": "capacity-equivalents", "fr": "équivalents-capacités",
                    "ar": "وحدات مكافئة للقدرة"},
    "chart_group_un": {"en": "UN", "fr": "ONU", "ar": "الأمم المتحدة"},
    "chart_group_government": {"en": "Government", "fr": "Gouvernement", "ar": "الحكومة"},
    "chart_group_ngo": {"en": "NGO / civil society", "fr": "ONG / société civile",
                        "ar": "المنظمات غير الحكومية / المجتمع المدني"},
    "chart_group_other": {"en": "Other", "fr": "Autres", "ar": "جهات أخرى"},
    "chart_closures": {"en": "Site closure", "fr": "Fermeture de site", "ar": "إغلاق موقع"},
    "cliff_unit": {
        "en": "Unit: capacity-equivalents; 1 is one protection capacity fully provided for a "
              "month. Bars show what is covered, up to the requirement; red is what nobody "
              "covers.",
        "fr": "Unité : équivalents-capacités ; 1 est une capacité de protection pleinement "
              "assurée pendant un mois. Les barres montrent ce qui est couvert, jusqu'au "
              "besoin ; le rouge est ce que personne ne couvre.",
        "ar": "الوحدة: وحدات مكافئة للقدرة؛ والواحد قدرة حماية واحدة مقدَّمة بالكامل لمدة شهر. "
              "تبيّن الأعمدة ما هو مغطّى حتى حد الاحتياج، ويمثل الأحمر ما لا تغطيه أي جهة."},
    "col_month": {"en": "Month", "fr": "Mois", "ar": "الشهر"},
    "col_requirement": {"en": "Requirement", "fr": "Besoin", "ar": "الاحتياج"},
    "col_mission": {"en": "Mission", "fr": "Mission", "ar": "البعثة"},
    "col_successors": {"en": "Successors", "fr": "Successeurs", "ar": "الجهات الخلف"},
    "col_gap": {"en": "Gap", "fr": "Lacune", "ar": "الفجوة"},
    "col_covered": {"en": "Covered", "fr": "Couvert", "ar": "المغطّى"},
    # coverage
    "coverage_intro": {
        "en": "Capacity-months below the requirement, the first month with a gap, and the "
              "share of the requirement met after the mission stops providing each capacity.",
        "fr": "Mois-capacités sous le besoin, premier mois avec une lacune, et part du besoin "
              "couverte une fois que la mission cesse d'assurer chaque capacité.",
        "ar": "أشهر-القدرات دون مستوى الاحتياج، وأول شهر تظهر فيه فجوة، ونسبة الاحتياج المُلبّاة "
              "بعد توقف البعثة عن تقديم كل قدرة."},
    "col_category": {"en": "Category", "fr": "Catégorie", "ar": "الفئة"},
    "col_location": {"en": "Location", "fr": "Lieu", "ar": "الموقع"},
    "col_closure": {"en": "Closure", "fr": "Fermeture", "ar": "الإغلاق"},
    "col_capacities": {"en": "Capacities", "fr": "Capacités", "ar": "القدرات"},
    "col_gap_months": {"en": "Gap months", "fr": "Mois de lacune", "ar": "أشهر الفجوة"},
    "col_first_gap": {"en": "First gap", "fr": "Première lacune", "ar": "أول فجوة"},
    "col_met_after_exit": {"en": "Met after exit", "fr": "Couvert après départ",
                           "ar": "المُلبّى بعد الخروج"},
    "col_unfunded": {"en": "Unfunded", "fr": "Non financé", "ar": "غير ممول"},
    "chart_met_after_exit": {"en": "Share of the requirement met after the mission leaves",
                             "fr": "Part du besoin couverte après le départ de la mission",
                             "ar": "نسبة الاحتياج المُلبّاة بعد مغادرة البعثة"},
    # unfunded
    "unfunded_intro": {
        "en": "Protection functions that lose their funding when the mission leaves: the "
              "amount needed to keep each at its required level for the rest of the planning "
              "horizon, from the first unfunded month.",
        "fr": "Fonctions de protection qui perdent leur financement au départ de la mission : "
              "montant nécessaire pour maintenir chacune au niveau requis jusqu'à la fin de "
              "l'horizon de planification, à partir du premier mois non financé.",
        "ar": "مهام الحماية التي تفقد تمويلها عند مغادرة البعثة: المبلغ اللازم للإبقاء على كل "
              "منها في المستوى المطلوب حتى نهاية الأفق الزمني للتخطيط، اعتباراً من أول شهر غير "
              "ممول."},
    "col_capacity": {"en": "Capacity", "fr": "Capacité", "ar": "القدرة"},
    "col_from": {"en": "From", "fr": "À partir de", "ar": "اعتباراً من"},
    "col_months": {"en": "Months", "fr": "Mois", "ar": "الأشهر"},
    "col_amount": {"en": "Amount", "fr": "Montant", "ar": "المبلغ"},
    "col_source_ended": {"en": "Funding after the mission", "fr": "Financement après la mission",
                         "ar": "التمويل بعد البعثة"},
    "source_until": {"en": "{source}, secured until {date}",
                     "fr": "{source}, acquis jusqu'au {date}",
                     "ar": "{source}، مضمون حتى {date}"},
    "source_open": {"en": "{source}, secured with no end date",
                    "fr": "{source}, acquis sans échéance",
                    "ar": "{source}، مضمون دون تاريخ انتهاء"},
    "source_not_secured": {"en": "{source}, {status}: not secured",
                           "fr": "{source}, {status} : non acquis",
                           "ar": "{source}، {status}: غير مضمون"},
    "source_mission_budget": {"en": "None: mission budget only",
                              "fr": "Aucun : budget de la mission uniquement",
                              "ar": "لا يوجد: ميزانية البعثة فقط"},
    "total": {"en": "Total", "fr": "Total", "ar": "المجموع"},
    "unfunded_none": {"en": "No protection function is left unfunded after the mission leaves.",
                      "fr": "Aucune fonction de protection ne reste sans financement après le "
                            "départ de la mission.",
                      "ar": "لا تبقى أي مهمة حماية دون تمويل بعد مغادرة البعثة."},
    "withheld_capacities": {"en": ("{n} capacity not listed (sensitive)",
                                   "{n} capacities not listed (sensitive)"),
                            "fr": ("{n} capacité non détaillée (sensible)",
                                   "{n} capacités non détaillées (sensibles)"),
                            "ar": "قدرات غير مدرجة لحساسيتها: {n}"},
    "more_capacities": {"en": ("{n} more capacity (all are listed in the internal report)",
                               "{n} more capacities (all are listed in the internal report)"),
                        "fr": ("{n} autre capacité (toutes figurent dans le rapport interne)",
                               "{n} autres capacités (toutes figurent dans le rapport interne)"),
                        "ar": "قدرات أخرى مدرجة كلها في التقرير الداخلي: {n}"},
    "more_handovers": {"en": ("{n} more handover (all are listed in the internal report)",
                              "{n} more handovers (all are listed in the internal report)"),
                       "fr": ("{n} autre transfert (tous figurent dans le rapport interne)",
                              "{n} autres transferts (tous figurent dans le rapport interne)"),
                       "ar": "عمليات تسليم أخرى مدرجة كلها في التقرير الداخلي: {n}"},
    "more_flags": {"en": ("{n} more flag, counted by kind above (all are listed in the internal "
                          "report)",
                          "{n} more flags, counted by kind above (all are listed in the internal "
                          "report)"),
                   "fr": ("{n} autre alerte, comptée par type ci-dessus (toutes figurent dans "
                          "le rapport interne)",
                          "{n} autres alertes, comptées par type ci-dessus (toutes figurent dans "
                          "le rapport interne)"),
                   "ar": "تنبيهات أخرى محسوبة حسب النوع أعلاه ومدرجة كلها في التقرير الداخلي: {n}"},
    # handovers
    "handovers_intro": {
        "en": "Each successor with the capacities it takes over. Readiness is the successor's "
              "lowest score on any dimension (1 not ready, 5 fully ready); funding says "
              "whether money beyond the mission's budget is secured.",
        "fr": "Chaque successeur avec les capacités qu'il reprend. La préparation est la note "
              "la plus basse du successeur sur l'ensemble des dimensions (1 pas prêt, 5 "
              "entièrement prêt) ; le financement indique si des fonds autres que le budget de "
              "la mission sont acquis.",
        "ar": "كل جهة خلف مع القدرات التي تتسلمها. الجاهزية هي أدنى درجة للجهة الخلف في أي بُعد "
              "(١ غير جاهزة، ٥ جاهزة تماماً)؛ ويبيّن التمويل ما إذا كانت هناك أموال مضمونة من "
              "خارج ميزانية البعثة."},
    "handovers_none": {"en": "No handover to a successor is recorded yet.",
                       "fr": "Aucun transfert à un successeur n'est encore enregistré.",
                       "ar": "لم تُسجَّل بعد أي عملية تسليم إلى جهة خلف."},
    "n_handovers": {"en": ("{n} handover", "{n} handovers"),
                    "fr": ("{n} transfert", "{n} transferts"),
                    "ar": "عمليات التسليم: {n}"},
    "successor_heading": {"en": "{name}: {type}", "fr": "{name} : {type}", "ar": "{name}: {type}"},
    "col_successor": {"en": "Successor", "fr": "Successeur", "ar": "الجهة الخلف"},
    "col_role": {"en": "Role", "fr": "Rôle", "ar": "الدور"},
    "col_modality": {"en": "Modality", "fr": "Modalité", "ar": "الطريقة"},
    "col_start": {"en": "Start", "fr": "Début", "ar": "البدء"},
    "col_status": {"en": "Status", "fr": "Statut", "ar": "الحالة"},
    "col_readiness": {"en": "Readiness", "fr": "Préparation", "ar": "الجاهزية"},
    "col_funding": {"en": "Funding", "fr": "Fonds", "ar": "التمويل"},
    "funding_secured": {"en": "secured", "fr": "acquis", "ar": "مضمون"},
    "funding_not_secured": {"en": "not secured", "fr": "non acquis", "ar": "غير مضمون"},
    "not_assessed": {"en": "not assessed", "fr": "non évalué", "ar": "لم تُقيَّم"},
    "not_scheduled": {"en": "not scheduled", "fr": "non planifié", "ar": "غير مجدول"},
    "score": {"en": "{score}/5", "fr": "{score}/5", "ar": "{score}/٥"},
    "withheld_handovers": {"en": ("{n} handover not listed (sensitive)",
                                  "{n} handovers not listed (sensitive)"),
                           "fr": ("{n} transfert non détaillé (sensible)",
                                  "{n} transferts non détaillés (sensibles)"),
                           "ar": "عمليات تسليم غير مدرجة لحساسيتها: {n}"},
    "unnamed_successor": {"en": "Successor not named", "fr": "Successeur non nommé",
                          "ar": "جهة خلف غير مسمّاة"},
    "unnamed_successor_inline": {"en": "a successor not named", "fr": "un successeur non nommé",
                                 "ar": "جهة خلف غير مسمّاة"},
    "unnamed_location_inline": {"en": "a location not named", "fr": "un lieu non nommé",
                                "ar": "موقع غير مسمّى"},
    "unnamed_successors": {"en": "Successors not named (sensitive)",
                           "fr": "Successeurs non nommés (sensibles)",
                           "ar": "جهات خلف غير مسمّاة (حساسة)"},
    "unnamed_location": {"en": "Location not named", "fr": "Lieu non nommé",
                         "ar": "موقع غير مسمّى"},
    "unnamed_locations": {"en": "Locations not named (sensitive)",
                          "fr": "Lieux non nommés (sensibles)",
                          "ar": "مواقع غير مسمّاة (حساسة)"},
    "withheld": {"en": "withheld", "fr": "non communiqué", "ar": "محجوب"},
    "continued": {"en": "(continued)", "fr": "(suite)", "ar": "(تابع)"},
    "banner_internal": {"en": "RESTRICTED · INTERNAL", "fr": "DIFFUSION RESTREINTE · INTERNE",
                        "ar": "مقيّد · داخلي"},
    # the brief at the front
    "sec_brief": {"en": "The transition in brief", "fr": "La transition en bref",
                  "ar": "الانتقال بإيجاز"},
    "brief_no_cliff": {"en": "Coverage does not fall below the requirement in any month of "
                             "the plan.",
                       "fr": "La couverture ne passe sous le besoin à aucun mois du plan.",
                       "ar": "لا تنخفض التغطية عن الاحتياج في أي شهر من أشهر الخطة."},
    "brief_headline": {"en": "Coverage first falls short of the requirement in {month}, at "
                             "{places}.",
                       "fr": "La couverture passe pour la première fois sous le besoin en "
                             "{month}, à {places}.",
                       "ar": "تنخفض التغطية عن الاحتياج لأول مرة في {month}، في {places}."},
    "list_more": {"en": "{items} and {n} more", "fr": "{items} et {n} autres",
                  "ar": "{items} و{n} غيرها"},
    "brief_places": {"en": "Places that lose cover", "fr": "Lieux qui perdent leur couverture",
                     "ar": "المواقع التي تفقد التغطية"},
    "brief_functions": {"en": "Protection functions left short",
                        "fr": "Fonctions de protection insuffisamment couvertes",
                        "ar": "وظائف الحماية غير المغطاة بالكامل"},
    "brief_of": {"en": "{n} of {total}", "fr": "{n} sur {total}", "ar": "{n} من {total}"},
    "brief_protection": {"en": "Protection lost (functions)",
                         "fr": "Protection perdue (fonctions)",
                         "ar": "الحماية المفقودة (الوظائف)"},
    "brief_people": {"en": "People affected", "fr": "Personnes touchées",
                     "ar": "الأشخاص المتضررون"},
    "brief_people_none": {"en": "not recorded", "fr": "non renseigné", "ar": "غير مسجل"},
    "brief_lowest": {"en": "Lowest coverage", "fr": "Couverture la plus basse",
                     "ar": "أدنى تغطية"},
    "brief_lowest_value": {"en": "{pct} of the requirement, in {month}",
                           "fr": "{pct} du besoin, en {month}",
                           "ar": "{pct} من الاحتياج، في {month}"},
    "brief_ask_total": {"en": "Funding still needed after the exit",
                        "fr": "Financement encore nécessaire après le départ",
                        "ar": "التمويل اللازم بعد الخروج"},
    "brief_ask": {"en": "The funding ask", "fr": "Le financement demandé",
                  "ar": "التمويل المطلوب"},
    "brief_ask_intro": {
        "en": "What the successors' work costs after the mission leaves and no secured funding "
              "pays, by year; 'Pledged' is the secured funding (pledged, committed or disbursed, "
              "not the mission's budget) already recorded for the same capacities.",
        "fr": "Ce que coûte le travail des successeurs après le départ de la mission et "
              "qu'aucun financement acquis ne paie, par année ; « Promis » est le financement "
              "acquis (promis, engagé ou versé, hors budget de la mission) déjà enregistré pour "
              "les mêmes capacités.",
        "ar": "ما يكلّفه عمل الجهات الخلف بعد خروج البعثة ولا يغطيه أي تمويل مضمون، حسب السنة؛ "
              "و«المتعهَّد به» هو التمويل المضمون (المتعهَّد به أو الملتزم به أو المصروف، من غير "
              "ميزانية البعثة) المسجل للقدرات نفسها."},
    "brief_ask_currency": {"en": "Amounts in {currency}.", "fr": "Montants en {currency}.",
                           "ar": "المبالغ بعملة {currency}."},
    "brief_withheld": {"en": "Withheld records", "fr": "Éléments non communiqués",
                       "ar": "سجلات محجوبة"},
    "brief_other_locations": {"en": "Other locations ({n})", "fr": "Autres lieux ({n})",
                              "ar": "مواقع أخرى ({n})"},
    "col_total_ask": {"en": "Total", "fr": "Total", "ar": "المجموع"},
    "col_pledged": {"en": "Pledged", "fr": "Promis", "ar": "المتعهَّد به"},
    "brief_risks": {"en": "The five gravest risks", "fr": "Les cinq risques les plus graves",
                    "ar": "أخطر خمسة مخاطر"},
    "col_risk": {"en": "Risk", "fr": "Risque", "ar": "الخطر"},
    "col_who_acts": {"en": "Who must act", "fr": "Qui doit agir", "ar": "من يجب أن يتصرف"},
    "col_by_when": {"en": "By when", "fr": "D'ici le", "ar": "الموعد"},
    "overdue": {"en": "{date} (overdue)", "fr": "{date} (en retard)", "ar": "{date} (متأخر)"},
    "act_donors": {"en": "Donors", "fr": "Bailleurs de fonds", "ar": "المانحون"},
    "act_mission": {"en": "The mission", "fr": "La mission", "ar": "البعثة"},
    # readiness
    "readiness_intro": {
        "en": "Each successor's lowest score per dimension across its handovers (1 not ready, "
              "5 fully ready). Scores below the plan's threshold of {threshold} are marked in "
              "red.",
        "fr": "Note la plus basse de chaque successeur par dimension sur l'ensemble de ses "
              "transferts (1 pas prêt, 5 entièrement prêt). Les notes inférieures au seuil du "
              "plan ({threshold}) sont en rouge.",
        "ar": "أدنى درجة لكل جهة خلف في كل بُعد عبر جميع عمليات التسليم الخاصة بها (١ غير جاهزة، "
              "٥ جاهزة تماماً). وتظهر باللون الأحمر الدرجات التي تقل عن عتبة الخطة البالغة "
              "{threshold}."},
    "readiness_summary": {
        "en": "{below} of {total} handovers have a successor below the threshold on at least "
              "one dimension; {unassessed} have not been assessed.",
        "fr": "{below} transferts sur {total} ont un successeur sous le seuil pour au moins "
              "une dimension ; {unassessed} n'ont pas été évalués.",
        "ar": "{below} من أصل {total} من عمليات التسليم جهتها الخلف دون العتبة في بُعد واحد على "
              "الأقل؛ و{unassessed} لم تُقيَّم."},
    "col_handovers_short": {"en": "Hand-\novers", "fr": "Trans-\nferts", "ar": "عمليات\nالتسليم"},
    "col_lowest": {"en": "Lowest", "fr": "Min.", "ar": "الأدنى"},
    "dim_capacity": {"en": "Capacity", "fr": "Capacité", "ar": "القدرة"},
    "dim_willingness": {"en": "Will,\nmandate", "fr": "Volonté,\nmandat",
                        "ar": "الإرادة\nوالولاية"},
    "dim_funding": {"en": "Funding", "fr": "Finan-\ncement", "ar": "التمويل"},
    "dim_access": {"en": "Access", "fr": "Accès", "ar": "الوصول"},
    "dim_legitimacy": {"en": "Legiti-\nmacy", "fr": "Légiti-\nmité", "ar": "الشرعية"},
    "dim_independence": {"en": "Indepen-\ndence", "fr": "Indépen-\ndance", "ar": "الاستقلالية"},
    "dim_data_transfer": {"en": "Data", "fr": "Données", "ar": "البيانات"},
    # timeline
    "timeline_intro": {
        "en": "Closures of mission locations, milestones and the months in which successors "
              "start taking over capacities, in date order.",
        "fr": "Fermetures des lieux de la mission, jalons et mois où les successeurs commencent "
              "à reprendre des capacités, par ordre chronologique.",
        "ar": "عمليات إغلاق مواقع البعثة، والمعالم الرئيسية، والأشهر التي تبدأ فيها الجهات الخلف "
              "تسلّم القدرات، مرتبةً حسب التاريخ."},
    "timeline_none": {"en": "No closure, milestone or handover date is recorded yet.",
                      "fr": "Aucune date de fermeture, de jalon ou de transfert n'est encore "
                            "enregistrée.",
                      "ar": "لم يُسجَّل بعد أي تاريخ إغلاق أو معلم رئيسي أو تسليم."},
    "col_date": {"en": "Date", "fr": "Date", "ar": "التاريخ"},
    "col_event": {"en": "Event", "fr": "Événement", "ar": "الحدث"},
    "event_closure": {"en": "The mission leaves {location}", "fr": "La mission quitte {location}",
                      "ar": "البعثة تغادر {location}"},
    "event_exit": {"en": "Mission exit", "fr": "Départ de la mission", "ar": "خروج البعثة"},
    "event_handover": {"en": ("{actor} starts taking over {n} capacity",
                              "{actor} starts taking over {n} capacities"),
                       "fr": ("{actor} commence à reprendre {n} capacité",
                              "{actor} commence à reprendre {n} capacités"),
                       "ar": "{actor} تبدأ تسلّم قدرات (العدد: {n})"},
    "event_handover_unnamed": {"en": ("A successor not named starts taking over {n} capacity",
                                      "Successors not named start taking over {n} capacities"),
                               "fr": ("Un successeur non nommé commence à reprendre {n} "
                                      "capacité",
                                      "Des successeurs non nommés commencent à reprendre {n} "
                                      "capacités"),
                               "ar": "جهات خلف غير مسمّاة تبدأ تسلّم قدرات (العدد: {n})"},
    # flags
    "flags_intro": {
        "en": "Rule-based warnings from the gap analysis, most severe first. A flag the "
              "planners accepted as a known risk is marked with their justification below.",
        "fr": "Alertes issues des règles de l'analyse des lacunes, des plus graves aux moins "
              "graves. Une alerte acceptée comme risque connu par les planificateurs est "
              "signalée, avec sa justification plus bas.",
        "ar": "تنبيهات قائمة على القواعد مستمدة من تحليل الفجوات، تبدأ بالأشد خطورة. ويُشار إلى "
              "التنبيه الذي قبله المخططون بوصفه خطراً معروفاً، مع مبرراتهم أدناه."},
    "flags_none": {"en": "The gap analysis raises no flag.",
                   "fr": "L'analyse des lacunes ne soulève aucune alerte.",
                   "ar": "لا يُظهر تحليل الفجوات أي تنبيه."},
    "col_severity": {"en": "Severity", "fr": "Gravité", "ar": "الخطورة"},
    "col_flag": {"en": "Flag", "fr": "Alerte", "ar": "التنبيه"},
    "col_details": {"en": "Details", "fr": "Détails", "ar": "التفاصيل"},
    "col_accepted": {"en": "Accepted", "fr": "Accepté", "ar": "مقبول"},
    "col_high": {"en": "High", "fr": "Élevée", "ar": "عالية"},
    "col_medium": {"en": "Medium", "fr": "Moyenne", "ar": "متوسطة"},
    "col_low": {"en": "Low", "fr": "Faible", "ar": "منخفضة"},
    "col_concerns": {"en": "Concerns", "fr": "Concerne", "ar": "يتعلق بـ"},
    "col_justification": {"en": "Justification", "fr": "Justification", "ar": "المبررات"},
    "col_accepted_by": {"en": "Accepted by", "fr": "Accepté par", "ar": "قَبِله"},
    "yes": {"en": "yes", "fr": "oui", "ar": "نعم"},
    "accepted_none": {"en": "No flag has been accepted as a known risk.",
                      "fr": "Aucune alerte n'a été acceptée comme risque connu.",
                      "ar": "لم يُقبَل أي تنبيه بوصفه خطراً معروفاً."},
    "accepted_resolved": {"en": "no longer raised", "fr": "plus soulevée", "ar": "لم يعد قائماً"},
    "withheld_flags": {"en": ("{n} flag about records not listed (sensitive)",
                              "{n} flags about records not listed (sensitive)"),
                       "fr": ("{n} alerte portant sur des éléments non détaillés (sensibles)",
                              "{n} alertes portant sur des éléments non détaillés (sensibles)"),
                       "ar": "تنبيهات تتعلق بسجلات غير مدرجة لحساسيتها: {n}"},
    "withheld_acceptances": {"en": ("{n} accepted risk about records not listed (sensitive)",
                                    "{n} accepted risks about records not listed (sensitive)"),
                             "fr": ("{n} risque accepté portant sur des éléments non détaillés",
                                    "{n} risques acceptés portant sur des éléments non "
                                    "détaillés"),
                             "ar": "مخاطر مقبولة تتعلق بسجلات غير مدرجة لحساسيتها: {n}"},
    "flag_no_successor": {"en": "No successor", "fr": "Aucun successeur",
                          "ar": "لا توجد جهة خلف"},
    "flag_discontinued": {"en": "Discontinued", "fr": "Arrêtée", "ar": "متوقفة"},
    "flag_successor_ends": {"en": "Successor ends", "fr": "Fin du successeur",
                            "ar": "انتهاء التزام الجهة الخلف"},
    "flag_partial_cover": {"en": "Partly covered", "fr": "Couverture partielle",
                           "ar": "تغطية جزئية"},
    "flag_readiness_not_assessed": {"en": "Readiness not assessed", "fr": "Préparation non évaluée",
                                    "ar": "الجاهزية غير مقيّمة"},
    "flag_alternative_not_agreed": {"en": "Fallback not agreed", "fr": "Repli non convenu",
                                    "ar": "البديل غير متفق عليه"},
    "flag_agreement_missing": {"en": "No signed agreement", "fr": "Pas d'accord signé",
                               "ar": "لا اتفاق موقّع"},
    "flag_late_successor": {"en": "Successor starts late", "fr": "Successeur tardif",
                            "ar": "الجهة الخلف تبدأ متأخرة"},
    "flag_readiness_below_threshold": {"en": "Successor not ready", "fr": "Successeur pas prêt",
                                       "ar": "الجهة الخلف غير جاهزة"},
    "flag_unfunded_after_exit": {"en": "Unfunded after exit", "fr": "Non financé après départ",
                                 "ar": "غير ممول بعد الخروج"},
    "flag_over_allocation": {"en": "Shares above 100%", "fr": f"Parts au-delà de 100{NNBSP}%",
                             "ar": "حصص تتجاوز ١٠٠٪"},
    "flag_enabler_orphaned": {"en": "Enabler lost", "fr": "Capacité d'appui perdue",
                              "ar": "فقدان عامل تمكيني"},
    "flag_independence_conflict": {"en": "Independence conflict",
                                   "fr": "Conflit d'indépendance",
                                   "ar": "تعارض مع الاستقلالية"},
    "flag_data_without_protocol": {"en": "Sensitive data without protocol",
                                   "fr": "Données sensibles sans protocole",
                                   "ar": "بيانات حساسة دون بروتوكول"},
    "flag_re_engagement_trigger": {"en": "Re-engagement trigger",
                                   "fr": "Déclencheur de réengagement",
                                   "ar": "مؤشر لإعادة الانخراط"},
    # flag messages
    "msg_no_successor": {
        "en": "No successor is planned for {capacity} in {location}: the mission stops "
              "providing it on {date}, and {share} of it is still required afterwards.",
        "fr": "Aucun successeur n'est prévu pour {capacity} à {location} : la mission cesse de "
              "l'assurer le {date} et {share} en reste nécessaire ensuite.",
        "ar": "لا توجد جهة خلف مقررة لـ{capacity} في {location}: إذ تتوقف البعثة عن تقديمها في "
              "{date}، ويظل {share} منها مطلوباً بعد ذلك."},
    "msg_no_successor_undated": {
        "en": "No successor is planned for {capacity} in {location}: the mission has no end "
              "date for it yet, and {share} of it is still required afterwards.",
        "fr": "Aucun successeur n'est prévu pour {capacity} à {location} : la mission n'a pas "
              "encore de date de fin pour cette capacité et {share} en reste nécessaire ensuite.",
        "ar": "لا توجد جهة خلف مقررة لـ{capacity} في {location}: ولم تحدد البعثة بعد موعداً "
              "لانتهائها، ويظل {share} منها مطلوباً بعد ذلك."},
    "msg_not_counted_undated": {
        "en": "{actor} has no start date.",
        "fr": "{actor} n'a pas de date de début.",
        "ar": "ليس لـ{actor} تاريخ بدء."},
    "msg_not_counted_excluded": {
        "en": "{actor} cannot take it over ({type}).",
        "fr": "{actor} ne peut pas la reprendre ({type}).",
        "ar": "لا يمكن لـ{actor} تسلّمها ({type})."},
    "msg_not_counted_status": {
        "en": "{actor} is only {status}, which counts for nothing.",
        "fr": "{actor} n'en est qu'au stade « {status} », qui ne compte pour rien.",
        "ar": "{actor} ما زالت في مرحلة «{status}»، وهي لا تُحتسب."},
    "msg_no_successor_cost": {
        "en": ("Its cost after the mission leaves, {amount} for {n} month from {date}, is "
               "unfunded until the plan's horizon, {until}.",
               "Its cost after the mission leaves, {amount} for {n} months from {date}, is "
               "unfunded until the plan's horizon, {until}."),
        "fr": ("Son coût après le départ de la mission, {amount} pour {n} mois à partir du "
               "{date}, n'est pas financé jusqu'à l'horizon du plan, le {until}.",
               "Son coût après le départ de la mission, {amount} pour {n} mois à partir du "
               "{date}, n'est pas financé jusqu'à l'horizon du plan, le {until}."),
        "ar": "وتكلفتها بعد مغادرة البعثة، {amount} لمدة {n} شهراً اعتباراً من {date}، غير "
              "ممولة حتى أفق الخطة في {until}."},
    "msg_discontinued": {
        "en": "{capacity} in {location} is discontinued when the mission leaves, with "
              "mitigation by {actor}: {share} of it is still required and nobody provides it "
              "from {date} until the plan's horizon, {until}.",
        "fr": "{capacity} à {location} est arrêtée au départ de la mission, avec des mesures "
              "d'atténuation de {actor} : {share} en reste nécessaire et personne ne l'assure à "
              "partir du {date} jusqu'à l'horizon du plan, le {until}.",
        "ar": "تتوقف {capacity} في {location} عند مغادرة البعثة، مع تدابير تخفيف من {actor}: "
              "ويظل {share} منها مطلوباً ولا تقدمها أي جهة اعتباراً من {date} حتى أفق الخطة في "
              "{until}."},
    "msg_late_successor": {
        "en": ("The mission leaves {location} on {date} and {actor} starts taking over "
               "{capacity} on {start}: {n} day with nobody in charge.",
               "The mission leaves {location} on {date} and {actor} starts taking over "
               "{capacity} on {start}: {n} days with nobody in charge."),
        "fr": ("La mission quitte {location} le {date} et {actor} commence à reprendre "
               "{capacity} le {start} : {n} jour sans personne aux commandes.",
               "La mission quitte {location} le {date} et {actor} commence à reprendre "
               "{capacity} le {start} : {n} jours sans personne aux commandes."),
        "ar": "تغادر البعثة {location} في {date}، وتبدأ {actor} تسلّم {capacity} في {start}: "
              "{n} يوماً دون أي جهة مسؤولة."},
    "msg_successor_ends": {
        "en": "{actor} takes over {capacity} in {location} only until {end}: from {date}, "
              "{share} of it is uncovered until the plan's horizon, {until}.",
        "fr": "{actor} ne reprend {capacity} à {location} que jusqu'au {end} : à partir du "
              "{date}, {share} n'en est plus couvert jusqu'à l'horizon du plan, le {until}.",
        "ar": "تتسلّم {actor} {capacity} في {location} حتى {end} فقط: واعتباراً من {date} يبقى "
              "{share} منها دون تغطية حتى أفق الخطة في {until}."},
    "msg_successor_ends_next": {
        "en": "{actor} takes over {capacity} in {location} only until {end}: from {date}, "
              "{share} of it is uncovered until {next} starts on {next_start}.",
        "fr": "{actor} ne reprend {capacity} à {location} que jusqu'au {end} : à partir du "
              "{date}, {share} n'en est plus couvert jusqu'à ce que {next} commence le "
              "{next_start}.",
        "ar": "تتسلّم {actor} {capacity} في {location} حتى {end} فقط: واعتباراً من {date} يبقى "
              "{share} منها دون تغطية إلى أن تبدأ {next} في {next_start}."},
    "msg_partial_cover": {
        "en": ("Successors take over only {covered} of {capacity} in {location} from {date}, "
               "where {required} is required: {missing} of it is uncovered in {n} month until "
               "the plan's horizon, {until}.",
               "Successors take over only {covered} of {capacity} in {location} from {date}, "
               "where {required} is required: {missing} of it is uncovered in {n} months until "
               "the plan's horizon, {until}."),
        "fr": ("Les successeurs ne reprennent que {covered} de {capacity} à {location} à partir "
               "du {date}, alors que {required} est nécessaire : {missing} n'en est pas couvert "
               "pendant {n} mois jusqu'à l'horizon du plan, le {until}.",
               "Les successeurs ne reprennent que {covered} de {capacity} à {location} à partir "
               "du {date}, alors que {required} est nécessaire : {missing} n'en est pas couvert "
               "pendant {n} mois jusqu'à l'horizon du plan, le {until}."),
        "ar": "لا تتسلّم الجهات الخلف سوى {covered} من {capacity} في {location} اعتباراً من "
              "{date}، في حين أن المطلوب {required}: ويبقى {missing} منها دون تغطية لمدة {n} "
              "شهراً حتى أفق الخطة في {until}."},
    "msg_readiness_below_threshold": {
        "en": "{actor} is not ready to take over {capacity} in {location}: {scores} "
              "(threshold {threshold}), so only {share} of its share is counted.",
        "fr": "{actor} n'est pas prêt à reprendre {capacity} à {location} : {scores} "
              "(seuil {threshold}) ; seule {share} de sa part est donc comptée.",
        "ar": "{actor} غير جاهزة لتسلّم {capacity} في {location}: {scores} (العتبة "
              "{threshold})، ولذلك لا يُحتسب إلا {share} من حصتها."},
    "msg_readiness_not_assessed": {
        "en": "Nobody has assessed whether {actor} is ready to take over {capacity} in "
              "{location}: until it is, only {share} of its share is counted, as for a "
              "successor that is not ready.",
        "fr": "Personne n'a évalué si {actor} est prêt à reprendre {capacity} à {location} : "
              "d'ici là, seule {share} de sa part est comptée, comme pour un successeur qui "
              "n'est pas prêt.",
        "ar": "لم يقيّم أحد مدى جاهزية {actor} لتسلّم {capacity} في {location}: وإلى أن يتم ذلك "
              "لا يُحتسب إلا {share} من حصتها، كما لو كانت غير جاهزة."},
    "msg_readiness_not_assessed_trusted": {
        "en": "Nobody has assessed whether {actor} is ready to take over {capacity} in "
              "{location}: the plan's policy counts it as ready until it is.",
        "fr": "Personne n'a évalué si {actor} est prêt à reprendre {capacity} à {location} : "
              "la règle du plan le compte comme prêt d'ici là.",
        "ar": "لم يقيّم أحد مدى جاهزية {actor} لتسلّم {capacity} في {location}: وتعتبرها "
              "قاعدة الخطة جاهزة إلى أن يتم ذلك."},
    "msg_unfunded_after_exit": {
        "en": ("Secured funding does not pay for {capacity} in {location} after the mission "
               "leaves: {amount} of the {need} its successors' shares cost is unfunded, in {n} "
               "month from {date} until the plan's horizon, {until}.",
               "Secured funding does not pay for {capacity} in {location} after the mission "
               "leaves: {amount} of the {need} its successors' shares cost is unfunded, in {n} "
               "months from {date} until the plan's horizon, {until}."),
        "fr": ("Les financements acquis ne couvrent pas {capacity} à {location} après le départ "
               "de la mission : {amount} sur les {need} que coûtent les parts de ses "
               "successeurs ne sont pas financés, sur {n} mois à partir du {date} jusqu'à "
               "l'horizon du plan, le {until}.",
               "Les financements acquis ne couvrent pas {capacity} à {location} après le départ "
               "de la mission : {amount} sur les {need} que coûtent les parts de ses "
               "successeurs ne sont pas financés, sur {n} mois à partir du {date} jusqu'à "
               "l'horizon du plan, le {until}."),
        "ar": "لا يغطي التمويل المضمون {capacity} في {location} بعد مغادرة البعثة: فمبلغ "
              "{amount} من أصل {need} هي تكلفة حصص الجهات الخلف غير ممول، على مدى {n} شهراً "
              "اعتباراً من {date} حتى أفق الخطة في {until}."},
    "msg_over_allocation": {
        "en": "The successors of {capacity} in {location} claim {share} of it for the same "
              "months from {date}: shares above 100% overstate its coverage.",
        "fr": "Les successeurs de {capacity} à {location} en revendiquent {share} pour les "
              f"mêmes mois à partir du {{date}} : des parts au-delà de 100{NNBSP}% surestiment "
              "sa couverture.",
        "ar": "تطالب الجهات الخلف لـ{capacity} في {location} بـ{share} منها للأشهر نفسها "
              "اعتباراً من {date}: والحصص التي تتجاوز ١٠٠٪ تبالغ في تقدير تغطيتها."},
    "msg_alternative_not_agreed": {
        "en": "{capacity} in {location} rests on {actor}, the fallback for {primary} "
              "({primary_status}), and {actor} is only {status}: the fallback is not agreed.",
        "fr": "{capacity} à {location} repose sur {actor}, solution de repli de {primary} "
              "({primary_status}), et {actor} n'en est qu'au stade « {status} » : le repli "
              "n'est pas convenu.",
        "ar": "تعتمد {capacity} في {location} على {actor}، البديل الاحتياطي لـ{primary} "
              "({primary_status})، و{actor} ما زالت في مرحلة «{status}»: فالبديل غير متفق "
              "عليه."},
    "msg_agreement_missing": {
        "en": "{actor} takes over {capacity} in {location} from {start} without a signed "
              "agreement: nothing written gives it the authority to do so.",
        "fr": "{actor} reprend {capacity} à {location} à partir du {start} sans accord "
              "signé : aucun écrit ne lui en donne l'autorité.",
        "ar": "تتسلّم {actor} {capacity} في {location} اعتباراً من {start} دون اتفاق موقّع: "
              "ولا يمنحها أي نص مكتوب الصلاحية لذلك."},
    "msg_agreement_draft": {
        "en": "{actor} takes over {capacity} in {location} from {start} on a draft agreement "
              "only: nothing signed gives it the authority to do so.",
        "fr": "{actor} reprend {capacity} à {location} à partir du {start} sur la base d'un "
              "simple projet d'accord : rien de signé ne lui en donne l'autorité.",
        "ar": "تتسلّم {actor} {capacity} في {location} اعتباراً من {start} بموجب مشروع اتفاق "
              "فقط: ولا يمنحها أي نص موقّع الصلاحية لذلك."},
    "msg_enabler_orphaned": {
        "en": "{capacity} in {location} depends on {enabler}, which nobody takes over from "
              "{date}.",
        "fr": "{capacity} à {location} dépend de {enabler}, que personne ne reprend à partir "
              "du {date}.",
        "ar": "تعتمد {capacity} في {location} على {enabler}، التي لا تتسلمها أي جهة اعتباراً "
              "من {date}."},
    "msg_independence_not_successor": {
        "en": "{capacity} in {location} is to be handed to {actor}, a {type}: such actors are "
              "not successors, so it counts for no coverage.",
        "fr": "{capacity} à {location} doit être transférée à {actor} ({type}) : de tels "
              "acteurs ne sont pas des successeurs : cela ne compte pour aucune couverture.",
        "ar": "من المقرر تسليم {capacity} في {location} إلى {actor} ({type})، وهذه الجهات ليست "
              "جهات خلف، فلا تُحتسب أي تغطية."},
    "msg_independence_party": {
        "en": "{capacity} in {location} is to be handed to {actor} ({type}), a party to the "
              "conflict, so {category} would no longer be independent: it counts for no "
              "coverage.",
        "fr": "{capacity} à {location} doit être transférée à {actor} ({type}), partie au "
              "conflit : {category} ne serait plus indépendant, et cela ne compte pour aucune "
              "couverture.",
        "ar": "من المقرر تسليم {capacity} في {location} إلى {actor} ({type})، وهي طرف في "
              "النزاع، فلا يعود {category} مستقلاً، ولا تُحتسب أي تغطية."},
    "msg_data_without_protocol": {
        "en": "{capacity} in {location} holds sensitive data and no successor has agreed a "
              "data-handover protocol.",
        "fr": "{capacity} à {location} détient des données sensibles et aucun successeur n'a "
              "convenu d'un protocole de transfert des données.",
        "ar": "تحتفظ {capacity} في {location} ببيانات حساسة ولم تتفق أي جهة خلف على بروتوكول "
              "لتسليم البيانات."},
    # capacity sheets
    "sheets_intro": {
        "en": "One sheet per capacity with its successors, funding, readiness and flags. "
              "Internal version: sensitive records are marked.",
        "fr": "Une fiche par capacité avec ses successeurs, son financement, la préparation et "
              "les alertes. Version interne : les éléments sensibles sont signalés.",
        "ar": "بطاقة لكل قدرة تتضمن الجهات الخلف والتمويل والجاهزية والتنبيهات. نسخة داخلية: "
              "يُشار إلى السجلات الحساسة."},
    "labelled": {"en": "{label}: {text}", "fr": "{label} : {text}", "ar": "{label}: {text}"},
    "sensitive_record": {"en": "SENSITIVE", "fr": "SENSIBLE", "ar": "حساس"},
    "f_category": {"en": "Category", "fr": "Catégorie", "ar": "الفئة"},
    "f_tier": {"en": "POC tier", "fr": "Niveau PdC", "ar": "مستوى حماية المدنيين"},
    "f_component": {"en": "Component", "fr": "Composante", "ar": "العنصر"},
    "f_quantity": {"en": "Quantity", "fr": "Quantité", "ar": "الكمية"},
    "f_annual_cost": {"en": "Annual cost", "fr": "Coût annuel", "ar": "التكلفة السنوية"},
    "f_mission_end": {"en": "Mission provides it until", "fr": "Assurée par la mission jusqu'au",
                      "ar": "تقدمها البعثة حتى"},
    "f_criticality": {"en": "Criticality", "fr": "Criticité", "ar": "الأهمية الحرجة"},
    "f_populations": {"en": "Populations served", "fr": "Populations servies",
                      "ar": "الفئات السكانية المستفيدة"},
    "f_required_share": {"en": "Still required after the mission",
                         "fr": "Encore nécessaire après la mission",
                         "ar": "المطلوب بعد البعثة"},
    "f_data_assets": {"en": "Data assets", "fr": "Données détenues", "ar": "أصول البيانات"},
    "f_description": {"en": "Description", "fr": "Description", "ar": "الوصف"},
    "f_notes": {"en": "Notes", "fr": "Notes", "ar": "ملاحظات"},
    "f_enablers": {"en": "Depends on", "fr": "Dépend de", "ar": "تعتمد على"},
    "col_agreement": {"en": "Agreement", "fr": "Accord", "ar": "الاتفاق"},
    "col_data_handover": {"en": "Data handover", "fr": "Transfert des données",
                          "ar": "تسليم البيانات"},
    "col_source": {"en": "Source", "fr": "Source", "ar": "المصدر"},
    "col_donor": {"en": "Donor", "fr": "Bailleur", "ar": "الجهة المانحة"},
    "col_period": {"en": "Period", "fr": "Période", "ar": "الفترة"},
    "sheet_no_handover": {"en": "No successor is mapped to this capacity.",
                          "fr": "Aucun successeur n'est associé à cette capacité.",
                          "ar": "لم تُحدَّد أي جهة خلف لهذه القدرة."},
    "sheet_no_funding": {"en": "No funding line is recorded for this capacity.",
                         "fr": "Aucune ligne de financement n'est enregistrée pour cette "
                               "capacité.",
                         "ar": "لم يُسجَّل أي بند تمويل لهذه القدرة."},
    "period": {"en": "{start} to {end}", "fr": "du {start} au {end}", "ar": "من {start} إلى {end}"},
    "open_start": {"en": "start of the horizon", "fr": "début de l'horizon",
                   "ar": "بداية الأفق الزمني"},
    "open_end": {"en": "open", "fr": "sans fin", "ar": "مفتوحة"},
    # the map of where coverage falls (reports/map.py)
    "sec_map": {"en": "Where coverage falls", "fr": "Où la couverture tombe",
                "ar": "أين تنهار التغطية"},
    "map_intro": {
        "en": "Areas are coloured by the capacity-months without enough cover over the plan's "
              "horizon, from {start} to {end}, for the capacities at locations inside them; "
              "dots are team sites and offices, coloured the same way for their own "
              "capacities. The second map shows the month coverage first falls: the darker, "
              "the earlier.",
        "fr": "Les zones sont colorées selon les capacités-mois sans couverture suffisante sur "
              "l'horizon du plan, de {start} à {end}, pour les capacités des lieux qu'elles "
              "contiennent ; les points sont les bases d'opérations et les bureaux, colorés "
              "de même pour leurs propres capacités. La seconde carte montre le mois où la "
              "couverture tombe pour la première fois : plus c'est foncé, plus c'est tôt.",
        "ar": "تُلوَّن المناطق بحسب أشهر القدرات التي تفتقر إلى تغطية كافية خلال أفق الخطة، من "
              "{start} إلى {end}، للقدرات الموجودة في المواقع داخلها؛ والنقاط هي مواقع "
              "الأفرقة والمكاتب، ملوّنة بالطريقة نفسها لقدراتها. وتُظهر الخريطة الثانية الشهر "
              "الذي تنهار فيه التغطية أول مرة: كلما كان اللون أغمق كان ذلك أبكر."},
    "map_uncovered_title": {"en": "Uncovered capacity-months", "fr": "Capacités-mois non "
                            "couvertes", "ar": "أشهر القدرات غير المغطاة"},
    "map_first_gap_title": {"en": "Month coverage first falls",
                            "fr": "Mois où la couverture tombe pour la première fois",
                            "ar": "الشهر الذي تنهار فيه التغطية أول مرة"},
    "map_legend_uncovered": {"en": "Capacity-months without enough cover",
                             "fr": "Capacités-mois sans couverture suffisante",
                             "ar": "أشهر القدرات دون تغطية كافية"},
    "map_legend_first_gap": {"en": "First month without enough cover",
                             "fr": "Premier mois sans couverture suffisante",
                             "ar": "أول شهر دون تغطية كافية"},
    "map_no_gap": {"en": "covered throughout", "fr": "couvert tout du long",
                   "ar": "مغطى طوال الفترة"},
    "map_no_capacity": {"en": "no capacity", "fr": "aucune capacité", "ar": "لا توجد قدرات"},
    "map_hidden_places": {
        "en": ("One place is not drawn: it is marked sensitive.",
               "{n} places are not drawn: they are marked sensitive."),
        "fr": ("{n} lieu n'est pas représenté : il est marqué sensible.",
               "{n} lieux ne sont pas représentés : ils sont marqués sensibles."),
        "ar": ("لم يُرسم موقع واحد لأنه مصنّف حساساً.",
               "لم تُرسم {n} مواقع لأنها مصنّفة حساسة.")},
}

# Arabic labels of the built-in taxonomy; English and French come from the plan's taxonomy.
AR_LABELS: dict[tuple[str, str], str] = {
    ("category", "physical_protection"): "الحماية البدنية",
    ("category", "policing"): "عمل الشرطة (شرطة الأمم المتحدة)",
    ("category", "early_warning"): "الإنذار المبكر وشبكات التنبيه",
    ("category", "community_engagement"): "المشاركة المجتمعية",
    ("category", "political_engagement"): "المشاركة السياسية والمساعي الحميدة",
    ("category", "protection_coordination"): "استراتيجية الحماية وتنسيقها",
    ("category", "human_rights"): "رصد حقوق الإنسان والإبلاغ عنها",
    ("category", "child_protection"): "حماية الطفل",
    ("category", "crsv_gbv"): "العنف الجنسي المرتبط بالنزاعات والعنف القائم على النوع الاجتماعي",
    ("category", "mine_action"): "الإجراءات المتعلقة بالألغام",
    ("category", "ddr_cvr"): "نزع السلاح والتسريح وإعادة الإدماج والحد من العنف المجتمعي",
    ("category", "rule_of_law"): "سيادة القانون وقطاع الأمن",
    ("category", "radio_communications"): "الاتصالات الاستراتيجية والإذاعة",
    ("category", "logistics_access"): "خدمات الأمن واللوجستيات وإمكانية الوصول",
    ("category", "situational_awareness"): "الوعي بالحالة والتحليل",
    ("category", "civil_affairs"): "الشؤون المدنية والمشاريع السريعة الأثر",
    ("actor_type", "host_ministry"): "الحكومة المضيفة: وزارة وطنية",
    ("actor_type", "host_security_forces"): "الحكومة المضيفة: قوات الأمن",
    ("actor_type", "host_local_authority"): "الحكومة المضيفة: سلطة محلية",
    ("actor_type", "nhri"): "مؤسسة وطنية لحقوق الإنسان",
    ("actor_type", "un_agency"): "وكالة أو صندوق أو برنامج تابع للأمم المتحدة",
    ("actor_type", "un_follow_on"): "بعثة أو مكتب لاحق للأمم المتحدة",
    ("actor_type", "protection_cluster"): "مجموعة الحماية / مجال المسؤولية",
    ("actor_type", "international_ngo"): "منظمة غير حكومية دولية",
    ("actor_type", "national_ngo"): "منظمة غير حكومية وطنية أو مجتمع مدني",
    ("actor_type", "community_structure"): "هيكل مجتمعي",
    ("actor_type", "regional_organisation"): "منظمة إقليمية أو دون إقليمية",
    ("actor_type", "donor"): "جهة مانحة أو سفارة",
    ("actor_type", "independent_media"): "وسائط إعلام مستقلة",
    ("actor_type", "private_sector"): "القطاع الخاص",
    ("actor_type", "private_military_company"): "شركة عسكرية خاصة",
    ("funding_source", "mission_assessed"): "الميزانية المقررة للبعثة",
    ("funding_source", "mission_programmatic"): "الأموال البرنامجية للبعثة",
    ("funding_source", "peacebuilding_fund"): "صندوق بناء السلام",
    ("funding_source", "un_agency_funds"): "الموارد الأساسية أو غير الأساسية لوكالة أممية",
    ("funding_source", "humanitarian_pooled"): "صندوق إنساني مشترك (CBPF، CERF)",
    ("funding_source", "mptf"): "صندوق استئماني متعدد الشركاء",
    ("funding_source", "bilateral"): "جهة مانحة ثنائية",
    ("funding_source", "host_government"): "ميزانية الحكومة المضيفة",
    ("funding_source", "private_other"): "مصادر خاصة أو أخرى",
    ("funding_status", "required"): "مطلوب",
    ("funding_status", "pledged"): "مُتعهَّد به",
    ("funding_status", "committed"): "مُلتزَم به",
    ("funding_status", "disbursed"): "مصروف",
    ("handover_status", "identified"): "محدَّدة",
    ("handover_status", "proposed"): "اقتُرحت جهة خلف",
    ("handover_status", "agreed"): "متفق عليها",
    ("handover_status", "co_delivery"): "تنفيذ مشترك / مرافقة",
    ("handover_status", "handed_over"): "تم التسليم",
    ("handover_status", "verified_3m"): "استدامة مؤكدة (+٣ أشهر)",
    ("handover_status", "verified_6m"): "استدامة مؤكدة (+٦ أشهر)",
    ("handover_status", "at_risk"): "معرّضة للخطر",
    ("handover_status", "declined"): "مرفوضة",
    ("handover_status", "handed_back"): "أُعيدت إلى البعثة",
    ("modality", "transfer"): "نقل",
    ("modality", "co_delivery"): "تنفيذ مشترك تدريجي",
    ("modality", "capacity_building"): "بناء قدرات الجهة الخلف",
    ("modality", "discontinue"): "إيقاف مع تدابير للتخفيف",
    ("handover_role", "lead"): "جهة رائدة",
    ("handover_role", "support"): "دعم",
    ("readiness_dimension", "capacity"): "القدرة (الموظفون والمهارات والوجود)",
    ("readiness_dimension", "willingness"): "الإرادة والولاية أو السلطة القانونية",
    ("readiness_dimension", "funding"): "تمويل مضمون طوال الأفق الزمني",
    ("readiness_dimension", "access"): "الوصول الفعلي إلى المنطقة",
    ("readiness_dimension", "legitimacy"): "الشرعية وثقة المجتمع",
    ("readiness_dimension", "independence"): "الاستقلالية والضمانات",
    ("readiness_dimension", "data_transfer"): "نقل البيانات والمعارف",
    ("confidence", "low"): "منخفضة",
    ("confidence", "medium"): "متوسطة",
    ("confidence", "high"): "عالية",
    ("population", "idps"): "المشردون داخلياً",
    ("population", "women_girls"): "النساء والفتيات",
    ("population", "children"): "الأطفال",
    ("population", "disabilities"): "الأشخاص ذوو الإعاقة",
    ("population", "minorities"): "الأقليات",
    ("population", "refugees"): "اللاجئون",
    ("population", "host_communities"): "المجتمعات المضيفة",
    ("component", "military"): "عسكري",
    ("component", "police"): "شرطة",
    ("component", "civilian"): "مدني",
    ("component", "mission_support"): "دعم البعثة",
    ("poc_tier", "I"): "المستوى الأول: الحوار والتواصل",
    ("poc_tier", "II"): "المستوى الثاني: الحماية البدنية",
    ("poc_tier", "III"): "المستوى الثالث: البيئة الحمائية",
    ("criticality", "low"): "منخفضة",
    ("criticality", "medium"): "متوسطة",
    ("criticality", "high"): "عالية",
    ("criticality", "critical"): "حرجة",
    ("location_level", "country"): "البلد",
    ("location_level", "admin1"): "المقاطعة / الإقليم (المستوى الإداري ١)",
    ("location_level", "admin2"): "المنطقة / الدائرة (المستوى الإداري ٢)",
    ("location_level", "team_site"): "موقع فريق",
    ("location_level", "field_office"): "مكتب ميداني",
    ("milestone_kind", "mandate_decision"): "قرار مجلس الأمن بشأن الولاية",
    ("milestone_kind", "drawdown_phase"): "مرحلة التقليص",
    ("milestone_kind", "site_closure"): "إغلاق موقع فريق",
    ("milestone_kind", "handover"): "تسليم",
    ("milestone_kind", "exit"): "خروج البعثة",
    ("milestone_kind", "liquidation"): "التصفية",
    ("milestone_kind", "review"): "استعراض",
}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language '{lang}' (use {', '.join(LANGUAGES)})")
    return lang


class Words:
    """Static text, taxonomy labels, numbers and dates in one report language."""

    def __init__(self, lang: str, taxonomy=None):
        self.lang = check_language(lang)
        self.rtl = lang in RTL_LANGUAGES
        self.taxonomy = taxonomy

    def __call__(self, key: str, **values) -> str:
        text = T[key][self.lang]
        if isinstance(text, tuple):
            text = text[1]
        return text.format(**self._values(values)) if values else text

    def _values(self, values: dict) -> dict:
        if not self.rtl:
            return values
        from transition_planner.reports.arabic import embed_ltr

        return {k: embed_ltr(v) if isinstance(v, str) else v for k, v in values.items()}

    def count(self, key: str, n: int, **values) -> str:
        """A text that depends on a count, with the count formatted for the language."""
        text = T[key][self.lang]
        if isinstance(text, tuple):
            singular = n == 1 or (self.lang == "fr" and n == 0)
            text = text[0] if singular else text[1]
        return text.format(n=self.number(n), **self._values(values))

    def label(self, kind: str, code: str | None) -> str:
        """A taxonomy term in the report's language (a user's own term keeps its label)."""
        if not code:
            return ""
        if self.lang == "ar" and (kind, code) in AR_LABELS:
            return AR_LABELS[kind, code]
        if self.taxonomy is None:
            return code
        return self.taxonomy.label(kind, code, "fr" if self.lang == "fr" else "en")

    # --- numbers ---------------------------------------------------------------------------

    def number(self, value, decimals: int = 0) -> str:
        """A number with the language's grouping and decimal marks (half up rounding)."""
        if isinstance(value, Decimal):
            value = value.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
            text = f"{abs(value):.{decimals}f}"
        else:
            value = round(float(value), decimals) + 0.0  # + 0.0: no "-0"
            text = f"{abs(value):.{decimals}f}"
        whole, _, fraction = text.partition(".")
        group, point = {"en": (",", "."), "fr": (NNBSP, ","), "ar": ("٬", "٫")}[self.lang]
        groups = []
        while len(whole) > 3:
            whole, groups = whole[:-3], [whole[-3:], *groups]
        out = group.join([whole, *groups]) + (point + fraction if fraction else "")
        out = ("-" if value < 0 else "") + out
        return out.translate(_AR_DIGITS) if self.lang == "ar" else out

    def percent(self, share: float, decimals: int = 0) -> str:
        """A share (0..1) as a percentage."""
        number = self.number(share * 100, decimals)
        return {"en": f"{number}%", "fr": f"{number}{NNBSP}%", "ar": f"{number}٪"}[self.lang]

    def money(self, amount, currency: str) -> str:
        """An amount to the cent with its ISO code, as every output writes money (the parts a
        donor adds up give the totals shown)."""
        number = self.number(Decimal(amount), 2)
        return f"{currency} {number}" if self.lang == "en" else f"{number}{NBSP}{currency}"

    def moneys(self, amounts: dict) -> str:
        """Amounts in several currencies, e.g. 'USD 1,200; EUR 300'."""
        if not amounts:
            return self.number(0)
        sep = "؛ " if self.lang == "ar" else "; "
        return sep.join(self.money(a, c) for c, a in sorted(amounts.items()))

    def join(self, items) -> str:
        """Items of a list in a sentence, with the Arabic comma in Arabic."""
        return ("، " if self.lang == "ar" else ", ").join(items)

    def share(self, value: float) -> str:
        return self.percent(value, 0 if abs(value * 100 - round(value * 100)) < 1e-9 else 1)

    # --- dates -----------------------------------------------------------------------------

    def date(self, day: date | None) -> str:
        if day is None:
            return self("not_set")
        month = MONTHS[self.lang][day.month - 1]
        if self.lang == "fr":
            return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
        text = f"{day.day} {month} {day.year}"
        return text.translate(_AR_DIGITS) if self.lang == "ar" else text

    def month(self, day: date) -> str:
        """A month and its year, e.g. 'March 2028'."""
        text = f"{MONTHS[self.lang][day.month - 1]} {day.year}"
        return text.translate(_AR_DIGITS) if self.lang == "ar" else text

    def month_short(self, day: date) -> str:
        """A compact month label for chart axes, e.g. 'Mar 28'."""
        text = f"{SHORT_MONTHS[self.lang][day.month - 1]} {day.year % 100:02d}"
        return text.translate(_AR_DIGITS) if self.lang == "ar" else text

    def digits(self, text: str) -> str:
        """Western digits in a text made for this language (Arabic uses Arabic-Indic ones)."""
        return text.translate(_AR_DIGITS) if self.lang == "ar" else text
