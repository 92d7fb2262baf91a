"""Validated inputs of the services (forms and imports go through these, never raw tables)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from transition_planner.domain.parse import ParseError, parse_date, parse_number

# What one workbook cell holds: longer text could not go through the handover matrix.
MAX_TEXT = 32_767
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_TEXT)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


def _typed_number(value):
    """Numbers typed as text go through the one parser: "250,000" is 250000, "inf" no number."""
    if value is None:
        return None
    try:
        return parse_number(value)
    except ParseError as exc:
        raise ValueError(exc.reason) from None


def _typed_date(value):
    """Dates typed as text go through the one parser: "2026-12-31xyz" is no date."""
    try:
        return parse_date(value)
    except ParseError as exc:
        raise ValueError(exc.reason) from None


Number = BeforeValidator(_typed_number)
Day = Annotated[date, BeforeValidator(_typed_date)]


def _currency_code(value: str) -> str:
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha() or not code.isascii():
        raise ValueError("must be a three-letter currency code such as USD or EUR")
    return code


Currency = Annotated[str, AfterValidator(_currency_code)]
Money = Annotated[Decimal, Number, Field(ge=0, max_digits=15, decimal_places=2)]
Share = Annotated[float, Number, Field(ge=0, le=1)]
Quantity = Annotated[float, Number, Field(ge=0)]
Whole = Annotated[int, Number]
Measure = Annotated[float, Number]


class Input(BaseModel):
    """Base of every input model: unknown fields are an error, strings are trimmed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _dates_in_order(start: date | None, end: date | None, what: str) -> None:
    if start and end and end < start:
        raise ValueError(f"{what} ends ({end}) before it starts ({start})")


class SensitiveInput(Input):
    sensitive: bool = False
    sensitive_fields: list[str] = []


class PlanCreate(Input):
    name: Name
    mission_name: Text = ""
    mission_acronym: Text = ""
    host_country: Text = ""
    mandate_end: Day | None = None
    planned_exit: Day | None = None
    currency: Currency = "USD"
    languages: list[str] = ["en"]
    classification: Text = "Internal"
    horizon_start: Day | None = None  # default: the first of the current month
    horizon_months: Annotated[Whole, Field(ge=1, le=240)] = 36
    readiness_threshold: Annotated[Whole, Field(ge=1, le=5)] = 3
    unassessed_readiness: Literal["not_ready", "ready"] = "not_ready"


class ScenarioCreate(Input):
    name: Name
    description: Text = ""
    is_baseline: bool = False
    closure_shift_days: Annotated[Whole, Field(ge=-3650, le=3650)] = 0
    closure_shift_months: Annotated[Whole, Field(ge=-120, le=120)] = 0
    exit_date: Day | None = None


class ScenarioClosureInput(Input):
    location_id: Text
    closure_date: Day


class TermCreate(Input):
    kind: Name
    code: Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z0-9_]{1,60}$")]
    label: Name
    label_fr: Text = ""
    attributes: dict = {}


class LocationCreate(SensitiveInput):
    name: Name
    parent_id: str | None = None
    level: Text = "team_site"
    pcode: Annotated[str, StringConstraints(strip_whitespace=True, max_length=20)] = ""
    closure_date: Day | None = None
    notes: Text = ""
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)

    @model_validator(mode="after")
    def _both_coordinates(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("give both the latitude and the longitude, or neither")
        return self


class ActorCreate(SensitiveInput):
    name: Name
    acronym: Text = ""
    actor_type: Text
    description: Text = ""
    contact: Text = ""


class CapacityCreate(SensitiveInput):
    name: Name
    description: Text = ""
    location_id: Text
    category: Text
    poc_tier: Text = "I"
    component: Text = "civilian"
    quantity: Quantity = 1.0
    unit: Text = ""
    annual_cost: Money = Decimal(0)
    currency: Currency = "USD"
    end_date: Day | None = None
    criticality: Text = "medium"
    populations: list[str] = []
    required_share: Share = 1.0
    data_assets: Text = ""
    has_sensitive_data: bool = False
    notes: Text = ""


class HandoverCreate(SensitiveInput):
    capacity_id: Text
    actor_id: Text
    role: Text = "lead"
    share: Share = 1.0
    quantity: Quantity | None = None
    modality: Text = "transfer"
    start_date: Day | None = None
    end_date: Day | None = None
    status: Text = "identified"
    agreement_status: Literal["none", "draft", "signed"] = "none"
    agreement_ref: Text = ""
    agreement_date: Day | None = None
    alternative_to_id: str | None = None  # the handover this one is the fallback for
    data_handover: Text = ""
    data_protocol_agreed: bool = False
    notes: Text = ""

    @model_validator(mode="after")
    def _order(self):
        _dates_in_order(self.start_date, self.end_date, "the handover")
        return self


class ReadinessInput(Input):
    dimension: Text
    score: Annotated[Whole, Field(ge=1, le=5)]
    confidence: Text = "medium"
    evidence: Text = ""
    assessed_on: Day | None = None


class FundingLineCreate(SensitiveInput):
    capacity_id: Text
    handover_id: str | None = None
    source_type: Text
    donor: Text = ""
    amount: Money
    currency: Currency
    status: Text = "required"
    period_start: Day | None = None
    period_end: Day | None = None
    notes: Text = ""

    @model_validator(mode="after")
    def _order(self):
        _dates_in_order(self.period_start, self.period_end, "the funding period")
        return self


class MilestoneCreate(Input):
    title: Name
    kind: Text = "review"
    due_date: Day
    location_id: str | None = None
    notes: Text = ""


class IndicatorCreate(Input):
    name: Name
    location_id: Text
    unit: Text = ""
    threshold: Measure
    trigger_when: Annotated[str, StringConstraints(pattern=r"^(above|below)$")] = "above"
    notes: Text = ""
    handover_id: str | None = None
    baseline: Annotated[float | None, Number] = None
    period: Literal["month", "quarter"] = "month"
    trigger_periods: Annotated[Whole, Field(ge=1, le=24)] = 3
    monitor_from: Day | None = None


class IndicatorValueCreate(Input):
    indicator_id: Text
    measured_on: Day
    value: Measure
    source: Text = ""


class CommentCreate(SensitiveInput):
    record_type: Text
    record_id: Text
    body: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                           max_length=MAX_TEXT)]
