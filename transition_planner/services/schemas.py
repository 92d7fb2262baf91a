"""Validated inputs of the services (forms and imports go through these, never raw tables)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

Text = Annotated[str, StringConstraints(strip_whitespace=True)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


def _currency_code(value: str) -> str:
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha() or not code.isascii():
        raise ValueError("must be a three-letter currency code such as USD or EUR")
    return code


Currency = Annotated[str, AfterValidator(_currency_code)]
Money = Annotated[Decimal, Field(ge=0, max_digits=15, decimal_places=2)]
Share = Annotated[float, Field(ge=0, le=1)]


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
    mandate_end: date | None = None
    planned_exit: date | None = None
    currency: Currency = "USD"
    languages: list[str] = ["en"]
    classification: Text = "Internal"
    horizon_start: date | None = None  # default: the first of the current month
    horizon_months: int = Field(36, ge=1, le=240)
    readiness_threshold: int = Field(3, ge=1, le=5)
    unassessed_readiness: Literal["not_ready", "ready"] = "not_ready"


class ScenarioCreate(Input):
    name: Name
    description: Text = ""
    is_baseline: bool = False
    closure_shift_days: int = Field(0, ge=-3650, le=3650)
    closure_shift_months: int = Field(0, ge=-120, le=120)
    exit_date: date | None = None


class ScenarioClosureInput(Input):
    location_id: Text
    closure_date: date


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
    closure_date: date | None = None
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
    quantity: float = Field(1.0, ge=0)
    unit: Text = ""
    annual_cost: Money = Decimal(0)
    currency: Currency = "USD"
    end_date: date | None = None
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
    quantity: float | None = Field(None, ge=0)
    modality: Text = "transfer"
    start_date: date | None = None
    end_date: date | None = None
    status: Text = "identified"
    agreement_status: Literal["none", "draft", "signed"] = "none"
    agreement_ref: Text = ""
    agreement_date: date | None = None
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
    score: int = Field(ge=1, le=5)
    confidence: Text = "medium"
    evidence: Text = ""
    assessed_on: date | None = None


class FundingLineCreate(SensitiveInput):
    capacity_id: Text
    handover_id: str | None = None
    source_type: Text
    donor: Text = ""
    amount: Money
    currency: Currency
    status: Text = "required"
    period_start: date | None = None
    period_end: date | None = None
    notes: Text = ""

    @model_validator(mode="after")
    def _order(self):
        _dates_in_order(self.period_start, self.period_end, "the funding period")
        return self


class MilestoneCreate(Input):
    title: Name
    kind: Text = "review"
    due_date: date
    location_id: str | None = None
    notes: Text = ""


class IndicatorCreate(Input):
    name: Name
    location_id: Text
    unit: Text = ""
    threshold: float
    trigger_when: Annotated[str, StringConstraints(pattern=r"^(above|below)$")] = "above"
    notes: Text = ""


class IndicatorValueCreate(Input):
    indicator_id: Text
    measured_on: date
    value: float


class CommentCreate(SensitiveInput):
    record_type: Text
    record_id: Text
    body: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
