"""The columns of the handover matrix: headers, HXL hashtags and cell codecs.

A column's words (its header, what it takes, who fills it) are English in the code and worded
in the workbook's language through the core catalogue (transition_planner.i18n): `_c`'s English
header is extracted as a message (catalogue.KEYWORDS). The French header written beside it is
the one earlier versions exported: it is still recognised on import, as is every header in
every language of the catalogue.

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
from transition_planner.i18n import LANGUAGES, N_, translator

FORMAT_VERSION = "1"
MATRIX_SHEET, INSTRUCTIONS_SHEET, LOOKUPS_SHEET = "Matrix", "Instructions", "Lookups"
META_SHEET, BASE_SHEET = "_meta", "_base"

CAPACITY, HANDOVER, READINESS, ROW_ID, INFO = "capacity", "handover", "readiness", "id", "info"
YES, NO = "yes", "no"
CELL_LIMIT = 32_767  # characters one cell holds in Excel and LibreOffice (longer is cut or
# comes from no spreadsheet program)
ERROR_VALUES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}


class CellProblem(ValueError):
    """A cell a partner filled in that cannot be read: a catalogue message and its values,
    worded in the current language (`word(t)` in another)."""

    def __init__(self, message: str, /, **params):
        super().__init__(message)
        self.message, self.params = message, params

    def word(self, t=None) -> str:
        t = t if hasattr(t, "gettext") else translator(t)
        text = t.gettext(self.message)
        return text % self.params if self.params else text

    def __str__(self) -> str:
        return self.word()


@dataclass(frozen=True)
class Column:
    """One column of the matrix sheet."""

    key: str
    record: str  # capacity | handover | readiness | id | info
    kind: str  # text | date | money | number | share | score | bool | code | codes | ...
    en: str  # the header, English (the catalogue's message)
    fr: str  # the French header of earlier exports, still recognised
    hxl: str
    width: int = 14
    taxonomy: str = ""  # the taxonomy kind of coded columns
    attr: str = ""  # the model attribute (or readiness dimension)
    required: bool = False

    @property
    def editable(self) -> bool:
        return self.record not in (ROW_ID, INFO)

    def header(self, lang: str) -> str:
        return translator(lang).gettext(self.en)

    @property
    def owner(self) -> str:
        """Who fills the column: the plan (ids, province), the mission (the capacity's facts)
        or the partner taking it over (everything about the handover)."""
        if self.record in (ROW_ID, INFO):
            return PLAN_OWNED
        return MISSION_OWNED if self.record == CAPACITY else PARTNER_OWNED

    def allowed(self, lang: str) -> str:
        """What the column takes, in a sentence (the input prompt and the legend)."""
        return translator(lang).gettext(ALLOWED.get(self.key) or ALLOWED[self.kind])

    def owner_label(self, lang: str) -> str:
        return translator(lang).gettext(OWNER_LABELS[self.owner])


PLAN_OWNED, MISSION_OWNED, PARTNER_OWNED = "plan", "mission", "partner"
OWNER_LABELS = {
    PLAN_OWNED: N_("Plan (do not change)"),
    MISSION_OWNED: N_("Mission"),
    PARTNER_OWNED: N_("Partner"),
}
# what each kind of column (or a column by its key) takes
ALLOWED = {
    "text": N_("Free text."),
    "date": N_("A date, YYYY-MM-DD (DD/MM/YYYY is read too)."),
    "money": N_("An amount of 0 or more, in the row's currency."),
    "number": N_("A number."),
    "share": N_("A percentage from 0% to 100% of the capacity."),
    "score": N_("A whole number from 1 (not ready) to 5 (fully ready)."),
    "bool": N_("Yes or No (from the list)."),
    "code": N_("One value from the drop-down list."),
    "codes": N_("Values from the Lookups sheet, separated by ';'."),
    "currency": N_("A three-letter currency code such as USD."),
    "location": N_("A location from the list (a new row needs one)."),
    "pcode": N_("The location's P-code; filled from the location."),
    "successor": N_("An organisation from the list, or the full name of a new one."),
    "successor_type": N_("The organisation's type, from the list (for a new organisation)."),
    "capacity_id": N_("The plan's id of the capacity: keeps your row tied to it. Do not change; "
                      "empty on rows you add."),
    "handover_id": N_("The plan's id of the handover: keeps your row tied to it. Do not change; "
                      "empty on rows you add."),
    "base_version": N_("A check of the values exported in this row, so the plan can merge your "
                       "copy with other partners' edits. Do not change."),
    "province": N_("Filled from the location."),
    "province_pcode": N_("Filled from the location."),
    "district": N_("Filled from the location."),
    "district_pcode": N_("Filled from the location."),
    "country_code": N_("Filled from the location."),
    "cluster": N_("Filled from the category: its humanitarian cluster, by IASC code (PRO is "
                  "Protection)."),
    "aor": N_("Filled from the category: its area of responsibility within Protection, by IASC "
              "code (PRO-CPN, PRO-GBV, PRO-MIN, PRO-HLP)."),
    "end_date": N_("The date the mission stops this capacity: its own date, else the closure "
                   "of its location."),
}
# Yes and No as the workbook writes them (the cell's list), in its language
YES_NO = {True: N_("Yes"), False: N_("No")}


def _c(key, record, kind, en, fr, hxl, width=14, taxonomy="", attr="", required=False):
    return Column(key, record, kind, en, fr, hxl, width, taxonomy, attr or key, required)


READINESS_HEADERS = {
    "capacity": (N_("Readiness: capacity"), "Préparation : capacité"),
    "willingness": (N_("Readiness: willingness"), "Préparation : volonté"),
    "funding": (N_("Readiness: funding"), "Préparation : financement"),
    "access": (N_("Readiness: access"), "Préparation : accès"),
    "legitimacy": (N_("Readiness: legitimacy"), "Préparation : légitimité"),
    "independence": (N_("Readiness: independence"), "Préparation : indépendance"),
    "data_transfer": (N_("Readiness: data transfer"), "Préparation : transfert de données"),
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
    """Header or label text compared without case, accents, punctuation or extra spaces
    (Arabic without its vowel marks)."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", str(text))
                   if ch.isascii() or (ord(ch) >= 0x0370 and unicodedata.category(ch)[0] == "L"))
    return " ".join(_NOT_FOLDED.sub(" ", text.casefold()).split())


_NOT_FOLDED = re.compile("[^a-z0-9#+\u0370-\U0010ffff]+")


def hxl_key(tag: str) -> str:
    """An HXL hashtag with its attributes in a fixed order: '#org +name' == '#org+name'."""
    parts = [p.strip().casefold() for p in str(tag).replace(" ", "").split("+")]
    return "+".join([parts[0], *sorted(p for p in parts[1:] if p)])


HEADER_LOOKUP: dict[str, str] = {}
for _col in COLUMNS:
    HEADER_LOOKUP[fold(_col.en)] = _col.key
    HEADER_LOOKUP[fold(_col.fr)] = _col.key
    HEADER_LOOKUP[hxl_key(_col.hxl)] = _col.key
_HEADERS_IN_LANGUAGES: list = []  # filled on first use: it loads every catalogue


def _header_lookup() -> dict[str, str]:
    """HEADER_LOOKUP with each column's header in every language of the catalogue."""
    if not _HEADERS_IN_LANGUAGES:
        for lang in LANGUAGES:
            for column in COLUMNS:
                HEADER_LOOKUP.setdefault(fold(column.header(lang)), column.key)
        _HEADERS_IN_LANGUAGES.append(True)
    return HEADER_LOOKUP


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
    return _header_lookup().get(fold(text))


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
        raise CellProblem(N_("bad date '%(text)s' (use YYYY-MM-DD or DD/MM/YYYY)"),
                          text=exc.text) from None


NOT_A = {"a number": N_("'%(text)s' is not a number"),
         "an amount": N_("'%(text)s' is not an amount"),
         "a share": N_("'%(text)s' is not a share"),
         "a readiness score": N_("'%(text)s' is not a readiness score")}


def _decimal_number(value, what: str, decimal: str) -> Decimal | None:
    if isinstance(value, str) and not value.strip():
        return None
    try:
        return parse.parse_number(value, decimal=decimal)
    except parse.ParseError as exc:
        raise CellProblem(NOT_A[what], text=exc.text) from None


def parse_number(value, what: str = "a number", decimal: str = parse.DOT) -> float | None:
    """A number cell or text, with `decimal` the workbook language's decimal separator."""
    number = _decimal_number(value, what, decimal)
    return None if number is None else float(number)


def parse_money(value, decimal: str = parse.DOT) -> Decimal:
    number = _decimal_number(value, "an amount", decimal)
    if number is None:
        return Decimal("0.00")
    if number < 0:
        raise CellProblem(N_("amount %(number)s must not be negative"), number=str(number))
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
        raise CellProblem(N_("share %(share)s must not be negative"),
                          share=translator(None).percent(float(number)))
    if number > 1:
        raise CellProblem(N_("share %(share)s is above 100%%"),
                          share=translator(None).percent(float(number)))
    return round(float(number), 6)


def parse_score(value, decimal: str = parse.DOT) -> int | None:
    number = parse_number(value, "a readiness score", decimal)
    if number is None:
        return None
    if not float(number).is_integer() or not 1 <= number <= 5:
        raise CellProblem(N_("readiness score '%(text)s' is not a whole number from 1 to 5"),
                          text=text_of(value))
    return int(number)


_BOOLS = {"yes": True, "oui": True, "true": True, "vrai": True, "1": True, "x": True,
          "no": False, "non": False, "false": False, "faux": False, "0": False, "": False}


_BOOL_WORDS: dict[str, bool] = {}


def _bool_words() -> dict[str, bool]:
    """_BOOLS with Yes and No as each language's workbook writes them (first use: catalogues)."""
    if not _BOOL_WORDS:
        for lang in LANGUAGES:
            for answer, word in YES_NO.items():
                _BOOL_WORDS[fold(translator(lang).gettext(word))] = answer
        _BOOL_WORDS.update(_BOOLS)
    return _BOOL_WORDS


def parse_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    answer = _bool_words().get(fold(text_of(value)))
    if answer is None:
        raise CellProblem(N_("'%(text)s' is neither Yes nor No"), text=text_of(value))
    return answer


def parse_currency(value) -> str:
    text = text_of(value).upper()
    if not text:
        return ""
    if len(text) != 3 or not text.isalpha() or not text.isascii():
        raise CellProblem(N_("currency '%(text)s' is not a three-letter code such as USD"),
                          text=text)
    return text


class Codes:
    """Taxonomy codes of a plan, found by code, English label or French label."""

    def __init__(self, taxonomy):
        self.taxonomy = taxonomy
        self._lookup: dict[str, dict[str, str]] = {}
        for kind in {c.taxonomy for c in COLUMNS if c.taxonomy}:
            table = self._lookup.setdefault(kind, {})
            for term in taxonomy.terms(kind):
                for text in (term.label_fr, term.label, term.code,
                             *(term.label_for(lang) for lang in LANGUAGES)):
                    if text:
                        table[fold(text)] = term.code

    def code(self, kind: str, value, what: str) -> str:
        text = text_of(value)
        if not text:
            return ""
        code = self._lookup.get(kind, {}).get(fold(text))
        if code is None:
            raise CellProblem(N_("unknown %(what)s '%(text)s'"), what=what, text=text)
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
