"""The columns of the handover matrix: headers (English, French), HXL hashtags and cell codecs.

Every column has a stable `key`. Cell values are converted three ways by its codec:
`to_cell` (plan value -> what the workbook shows), `parse` (what a partner typed -> plan value,
or a CellProblem saying why not) and `canon` (plan value -> a plain string). The three-way merge
compares canonical strings only, so a date re-saved by LibreOffice, a share typed as "50%" and a
category typed as its French label all compare equal to what was exported.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from transition_planner.domain import parse
from transition_planner.domain import taxonomy as tx
from transition_planner.i18n import N_

FORMAT_VERSION = "1"
MATRIX_SHEET, INSTRUCTIONS_SHEET, LOOKUPS_SHEET = "Matrix", "Instructions", "Lookups"
META_SHEET, BASE_SHEET = "_meta", "_base"

CAPACITY, HANDOVER, READINESS, ROW_ID, INFO = "capacity", "handover", "readiness", "id", "info"
YES, NO = "yes", "no"
CELL_LIMIT = 32_767  # characters one cell holds in Excel and LibreOffice (longer is cut or
# comes from no spreadsheet program)
ERROR_VALUES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}


class CellProblem(ValueError):
    """A cell a partner filled in that cannot be read; the message says why."""


@dataclass(frozen=True)
class Column:
    """One column of the matrix sheet."""

    key: str
    record: str  # capacity | handover | readiness | id | info
    kind: str  # text | date | money | number | share | score | bool | code | codes | ...
    en: str
    fr: str
    hxl: str
    width: int = 14
    taxonomy: str = ""  # the taxonomy kind of coded columns
    attr: str = ""  # the model attribute (or readiness dimension)
    required: bool = False

    @property
    def editable(self) -> bool:
        return self.record not in (ROW_ID, INFO)

    def header(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en

    @property
    def owner(self) -> str:
        """Who fills the column: the plan (ids, province), the mission (the capacity's facts)
        or the partner taking it over (everything about the handover)."""
        if self.record in (ROW_ID, INFO):
            return PLAN_OWNED
        return MISSION_OWNED if self.record == CAPACITY else PARTNER_OWNED

    def allowed(self, lang: str) -> str:
        """What the column takes, in a sentence (the input prompt and the legend)."""
        texts = ALLOWED.get(self.key) or ALLOWED[self.kind]
        return texts[1] if lang == "fr" else texts[0]


PLAN_OWNED, MISSION_OWNED, PARTNER_OWNED = "plan", "mission", "partner"
OWNER_LABELS = {
    PLAN_OWNED: ("Plan (do not change)", "Plan (ne pas modifier)"),
    MISSION_OWNED: ("Mission", "Mission"),
    PARTNER_OWNED: ("Partner", "Partenaire"),
}
# what each kind of column (or a column by its key) takes: (English, French)
ALLOWED = {
    "text": ("Free text.", "Texte libre."),
    "date": ("A date, YYYY-MM-DD (DD/MM/YYYY is read too).",
             "Une date, AAAA-MM-JJ (JJ/MM/AAAA est lu aussi)."),
    "money": ("An amount of 0 or more, in the row's currency.",
              "Un montant de 0 ou plus, dans la devise de la ligne."),
    "number": ("A number.", "Un nombre."),
    "share": ("A percentage from 0% to 100% of the capacity.",
              "Un pourcentage de 0 % à 100 % de la capacité."),
    "score": ("A whole number from 1 (not ready) to 5 (fully ready).",
              "Un nombre entier de 1 (pas prêt) à 5 (tout à fait prêt)."),
    "bool": ("Yes or No (from the list).", "Oui ou Non (dans la liste)."),
    "code": ("One value from the drop-down list.", "Une valeur de la liste déroulante."),
    "codes": ("Values from the Lookups sheet, separated by ';'.",
              "Des valeurs de la feuille Lookups, séparées par « ; »."),
    "currency": ("A three-letter currency code such as USD.",
                 "Un code de devise à trois lettres, par ex. USD."),
    "location": ("A location from the list (a new row needs one).",
                 "Un lieu de la liste (obligatoire pour une nouvelle ligne)."),
    "pcode": ("The location's P-code; filled from the location.",
              "Le code P du lieu ; rempli d'après le lieu."),
    "successor": ("An organisation from the list, or the full name of a new one.",
                  "Une organisation de la liste, ou le nom complet d'une nouvelle."),
    "successor_type": ("The organisation's type, from the list (for a new organisation).",
                       "Le type de l'organisation, dans la liste (pour une nouvelle)."),
    "capacity_id": ("The plan's id of the capacity: keeps your row tied to it. Do not change; "
                    "empty on rows you add.",
                    "L'identifiant de la capacité dans le plan : relie votre ligne. Ne pas "
                    "modifier ; vide sur les lignes ajoutées."),
    "handover_id": ("The plan's id of the handover: keeps your row tied to it. Do not change; "
                    "empty on rows you add.",
                    "L'identifiant du transfert dans le plan : relie votre ligne. Ne pas "
                    "modifier ; vide sur les lignes ajoutées."),
    "base_version": ("A check of the values exported in this row, so the plan can merge your "
                     "copy with other partners' edits. Do not change.",
                     "Un contrôle des valeurs exportées de la ligne, pour fusionner votre copie "
                     "avec celles des autres partenaires. Ne pas modifier."),
    "province": ("Filled from the location.", "Rempli d'après le lieu."),
    "district": ("Filled from the location.", "Rempli d'après le lieu."),
    "district_pcode": ("Filled from the location.", "Rempli d'après le lieu."),
    "country_code": ("Filled from the location.", "Rempli d'après le lieu."),
    "cluster": ("Filled from the category: its humanitarian cluster, by IASC code (PRO is "
                "Protection).",
                "Rempli d'après la catégorie : son cluster humanitaire, par code IASC (PRO est "
                "la Protection)."),
    "aor": ("Filled from the category: its area of responsibility within Protection, by IASC "
            "code (PRO-CPN, PRO-GBV, PRO-MIN, PRO-HLP).",
            "Rempli d'après la catégorie : son domaine de responsabilité au sein de la "
            "Protection, par code IASC (PRO-CPN, PRO-GBV, PRO-MIN, PRO-HLP)."),
    "province_pcode": ("Filled from the location.", "Rempli d'après le lieu."),
    "end_date": ("The date the mission stops this capacity: its own date, else the closure "
                 "of its location.",
                 "La date à laquelle la mission arrête cette capacité : la sienne, sinon la "
                 "fermeture de son lieu."),
}


def _c(key, record, kind, en, fr, hxl, width=14, taxonomy="", attr="", required=False):
    return Column(key, record, kind, en, fr, hxl, width, taxonomy, attr or key, required)


READINESS_HEADERS = {
    "capacity": ("Readiness: capacity", "Préparation : capacité"),
    "willingness": ("Readiness: willingness", "Préparation : volonté"),
    "funding": ("Readiness: funding", "Préparation : financement"),
    "access": ("Readiness: access", "Préparation : accès"),
    "legitimacy": ("Readiness: legitimacy", "Préparation : légitimité"),
    "independence": ("Readiness: independence", "Préparation : indépendance"),
    "data_transfer": ("Readiness: data transfer", "Préparation : transfert de données"),
}

COLUMNS: tuple[Column, ...] = (
    _c("location", CAPACITY, "location", "Location", "Lieu", "#loc+name", 22, attr="location_id",
       required=True),
    _c("pcode", CAPACITY, "pcode", "P-code", "Code P", "#loc+code", 12, attr="location_id"),
    _c("name", CAPACITY, "text", "Capacity", "Capacité", "#activity+name", 40, required=True),
    _c("category", CAPACITY, "code", "Category", "Catégorie", "#activity+type", 30, tx.CATEGORY,
       required=True),
    _c("poc_tier", CAPACITY, "code", "POC tier", "Niveau PdC", "#indicator+poc_tier", 12,
       tx.POC_TIER),
    _c("component", CAPACITY, "code", "Component", "Composante", "#meta+component", 14,
       tx.COMPONENT),
    _c("quantity", CAPACITY, "number", "Quantity", "Quantité", "#capacity+num", 10),
    _c("unit", CAPACITY, "text", "Unit", "Unité", "#capacity+unit", 14),
    _c("annual_cost", CAPACITY, "money", "Annual cost", "Coût annuel", "#value+annual", 14),
    _c("currency", CAPACITY, "currency", "Currency", "Devise", "#currency+code", 9),
    _c("end_date", CAPACITY, "date", "Mission end date", "Fin de la mission", "#date+end+mission",
       13),
    _c("criticality", CAPACITY, "code", "Criticality", "Criticité", "#severity", 12,
       tx.CRITICALITY),
    _c("populations", CAPACITY, "codes", "Populations served", "Populations servies",
       "#description+populations", 24, tx.POPULATION),
    _c("successor", HANDOVER, "successor", "Successor", "Successeur", "#org+impl+name", 28,
       attr="actor_id"),
    _c("successor_type", HANDOVER, "successor_type", "Successor type", "Type de successeur",
       "#org+impl+type", 26, tx.ACTOR_TYPE, attr="actor_id"),
    _c("role", HANDOVER, "code", "Role", "Rôle", "#meta+role", 10, tx.HANDOVER_ROLE),
    _c("share", HANDOVER, "share", "Share", "Part", "#indicator+share", 8),
    _c("modality", HANDOVER, "code", "Modality", "Modalité", "#meta+modality", 22, tx.MODALITY),
    _c("status", HANDOVER, "code", "Status", "Statut", "#status", 20, tx.HANDOVER_STATUS),
    _c("start_date", HANDOVER, "date", "Handover date", "Date du transfert", "#date+start", 13),
    _c("handover_end", HANDOVER, "date", "Commitment ends", "Fin de l'engagement", "#date+end",
       13, attr="end_date"),
    _c("agreement_ref", HANDOVER, "text", "Agreement", "Accord", "#meta+agreement", 18),
    _c("data_handover", HANDOVER, "text", "Data handover", "Transfert des données",
       "#meta+data_handover", 24),
    _c("data_protocol_agreed", HANDOVER, "bool", "Data protocol agreed",
       "Protocole de données convenu", "#meta+data_protocol", 12),
    *(
        _c(f"readiness_{dim}", READINESS, "score", en, fr, f"#indicator+readiness+{dim}", 12,
           attr=dim)
        for dim, (en, fr) in READINESS_HEADERS.items()
    ),
    _c("capacity_notes", CAPACITY, "text", "Capacity notes", "Notes sur la capacité",
       "#description+capacity", 30, attr="notes"),
    _c("handover_notes", HANDOVER, "text", "Handover notes", "Notes sur le transfert",
       "#description+handover", 30, attr="notes"),
    _c("province", INFO, "text", "Province", "Province", "#adm1+name", 18),
    _c("province_pcode", INFO, "text", "Province P-code", "Code P de la province", "#adm1+code",
       12),
    # HXL's places and clusters beside the plan's own (English headers in the core catalogue)
    _c("district", INFO, "text", N_("Territory"), "Territoire", "#adm2+name", 18),
    _c("district_pcode", INFO, "text", N_("Territory P-code"), "Code P du territoire",
       "#adm2+code", 12),
    _c("country_code", INFO, "text", N_("Country code"), "Code du pays", "#country+code", 9),
    _c("cluster", INFO, "text", N_("Cluster"), "Cluster", "#sector+code", 9),
    _c("aor", INFO, "text", N_("Area of responsibility"), "Domaine de responsabilité",
       "#subsector+code", 14),
    _c("capacity_id", ROW_ID, "text", "Capacity ID", "ID capacité", "#activity+code", 12),
    _c("handover_id", ROW_ID, "text", "Handover ID", "ID transfert", "#meta+handover+code", 12),
    _c("base_version", ROW_ID, "text", "Base version", "Version de base", "#meta+base_version",
       10),
)
BY_KEY = {c.key: c for c in COLUMNS}
# Merge units: one per plan value. Location and P-code feed one value (the location), and so do
# Successor and Successor type (the actor); the province columns only follow the location.
FIELDS: tuple[str, ...] = tuple(
    c.key for c in COLUMNS if c.editable and c.key not in ("pcode", "successor_type")
)
CAPACITY_FIELDS = tuple(k for k in FIELDS if BY_KEY[k].record == CAPACITY)
HANDOVER_FIELDS = tuple(k for k in FIELDS if BY_KEY[k].record in (HANDOVER, READINESS))
READINESS_KEYS = {f"readiness_{dim}": dim for dim in READINESS_HEADERS}


def readable_field(key: str, lang: str = "en") -> str:
    """A field's header: a matrix column's, or a Funding sheet column's."""
    if key in BY_KEY:
        return BY_KEY[key].header(lang)
    from transition_planner.exchange.funding_sheet import funding_header

    return funding_header(key, lang)


# --- recognising headers ---------------------------------------------------------------------


def fold(text) -> str:
    """Header or label text compared without case, accents, punctuation or extra spaces."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9#+]+", " ", text.casefold()).split())


def hxl_key(tag: str) -> str:
    """An HXL hashtag with its attributes in a fixed order: '#org +name' == '#org+name'."""
    parts = [p.strip().casefold() for p in str(tag).replace(" ", "").split("+")]
    return "+".join([parts[0], *sorted(p for p in parts[1:] if p)])


HEADER_LOOKUP: dict[str, str] = {}
for _col in COLUMNS:
    HEADER_LOOKUP[fold(_col.en)] = _col.key
    HEADER_LOOKUP[fold(_col.fr)] = _col.key
    HEADER_LOOKUP[hxl_key(_col.hxl)] = _col.key


# hashtags of earlier exports, still read: #sector held the mission's category (HXL's #sector
# is the cluster), #affected counts people, #modality is HXL's cash modality and +pct means a
# 0-100 percentage while the share column holds a 0-1 fraction
FORMER_HXL = {
    "category": "#sector", "component": "#org+component", "currency": "#currency",
    "populations": "#affected+type", "successor": "#org+name", "successor_type": "#org+type",
    "share": "#indicator+share+pct", "modality": "#modality", "role": "#org+role",
}
for _key, _tag in FORMER_HXL.items():
    HEADER_LOOKUP.setdefault(hxl_key(_tag), _key)


def column_for_header(text) -> str | None:
    """The column key a header cell names (English, French or HXL hashtag), or None."""
    if text is None:
        return None
    text = str(text).strip()
    if text.startswith("#"):
        return HEADER_LOOKUP.get(hxl_key(text))
    return HEADER_LOOKUP.get(fold(text))


def is_hxl_row(values) -> bool:
    tags = [v for v in values if isinstance(v, str) and v.strip()]
    return bool(tags) and all(t.strip().startswith("#") for t in tags)


# --- codecs ----------------------------------------------------------------------------------


def text_of(value) -> str:
    """A cell as text: whole numbers without '.0', dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if not value.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def number_text(value: float | None) -> str:
    return "" if value is None else f"{float(value):.10g}"


def parse_date(value) -> date | None:
    try:
        return parse.parse_date(value)
    except parse.ParseError as exc:
        raise CellProblem(f"bad date '{exc.text}' (use YYYY-MM-DD or DD/MM/YYYY)") from None


def _decimal_number(value, what: str, decimal: str) -> Decimal | None:
    if isinstance(value, str) and not value.strip():
        return None
    try:
        return parse.parse_number(value, decimal=decimal)
    except parse.ParseError as exc:
        raise CellProblem(f"'{exc.text}' is not {what}") from None


def parse_number(value, what: str = "a number", decimal: str = parse.DOT) -> float | None:
    """A number cell or text, with `decimal` the workbook language's decimal separator."""
    number = _decimal_number(value, what, decimal)
    return None if number is None else float(number)


def parse_money(value, decimal: str = parse.DOT) -> Decimal:
    number = _decimal_number(value, "an amount", decimal)
    if number is None:
        return Decimal("0.00")
    if number < 0:
        raise CellProblem(f"amount {number} must not be negative")
    return number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def parse_share(value, decimal: str = parse.DOT) -> float | None:
    if isinstance(value, str) and value.strip().endswith("%"):
        number = _decimal_number(value.strip()[:-1].strip(), "a share", decimal)
        number = None if number is None else number / 100
    else:
        number = _decimal_number(value, "a share", decimal)
    if number is None:
        return None
    if number < 0:
        raise CellProblem(f"share {float(number):.0%} must not be negative")
    if number > 1:
        raise CellProblem(f"share {float(number):.0%} is above 100%")
    return round(float(number), 6)


def parse_score(value, decimal: str = parse.DOT) -> int | None:
    number = parse_number(value, "a readiness score", decimal)
    if number is None:
        return None
    if not float(number).is_integer() or not 1 <= number <= 5:
        raise CellProblem(f"readiness score '{text_of(value)}' is not a whole number from 1 to 5")
    return int(number)


_BOOLS = {"yes": True, "oui": True, "true": True, "vrai": True, "1": True, "x": True,
          "no": False, "non": False, "false": False, "faux": False, "0": False, "": False}


def parse_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    answer = _BOOLS.get(fold(text_of(value)))
    if answer is None:
        raise CellProblem(f"'{text_of(value)}' is neither Yes nor No")
    return answer


def parse_currency(value) -> str:
    text = text_of(value).upper()
    if not text:
        return ""
    if len(text) != 3 or not text.isalpha() or not text.isascii():
        raise CellProblem(f"currency '{text}' is not a three-letter code such as USD")
    return text


class Codes:
    """Taxonomy codes of a plan, found by code, English label or French label."""

    def __init__(self, taxonomy):
        self.taxonomy = taxonomy
        self._lookup: dict[str, dict[str, str]] = {}
        for kind in {c.taxonomy for c in COLUMNS if c.taxonomy}:
            table = self._lookup.setdefault(kind, {})
            for term in taxonomy.terms(kind):
                for text in (term.label_fr, term.label, term.code):
                    if text:
                        table[fold(text)] = term.code

    def code(self, kind: str, value, what: str) -> str:
        text = text_of(value)
        if not text:
            return ""
        code = self._lookup.get(kind, {}).get(fold(text))
        if code is None:
            raise CellProblem(f"unknown {what} '{text}'")
        return code

    def codes(self, kind: str, value, what: str) -> list[str]:
        parts = [p for p in re.split(r"[;,\n]", text_of(value)) if p.strip()]
        return sorted({self.code(kind, p, what) for p in parts})

    def label(self, kind: str, code: str, lang: str) -> str:
        return self.taxonomy.label(kind, code, lang) if code else ""


def canon(key: str, value) -> str:
    """The plain string the merge compares for a plan value of column `key`."""
    return canon_of_kind(BY_KEY[key].kind, value)


def canon_of_kind(kind: str, value) -> str:
    """`canon` for a column kind (see Column.kind)."""
    if value is None:
        return ""
    if kind in _PLAIN_KINDS:
        return str(value).strip()
    if kind == "date":
        return value.isoformat()
    if kind == "money":
        return str(Decimal(value).quantize(_CENT))
    if kind in ("number", "share"):
        return number_text(value)
    if kind == "score":
        return str(int(value))
    if kind == "bool":
        return YES if value else NO
    if kind == "codes":
        return ",".join(sorted(value))
    return str(value).strip()


_PLAIN_KINDS = frozenset({"text", "code", "currency", "location", "successor"})
_CENT = Decimal("0.01")
FIELD_KINDS: tuple[str, ...] = tuple(BY_KEY[k].kind for k in FIELDS)
