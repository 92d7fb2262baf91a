"""The one number parser and the one date parser, on what partners really type."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from transition_planner.domain.parse import (
    COMMA,
    DOT,
    ParseError,
    decimal_separator,
    parse_date,
    parse_number,
)


@pytest.mark.parametrize(("text", "decimal", "expected"), [
    ("250,000", DOT, "250000"),  # thousands, as English writes them
    ("250000", DOT, "250000"),
    ("1,000,000", DOT, "1000000"),
    ("1,000.50", DOT, "1000.50"),
    ("1.000,50", DOT, "1000.50"),  # a German or Portuguese partner: never 1.00
    ("1.000,50", COMMA, "1000.50"),
    ("1 000,50", COMMA, "1000.50"),
    ("1\u202f250\u202f000,5", COMMA, "1250000.5"),  # French formatting: narrow no-break space
    ("1\xa0250", DOT, "1250"),
    ("12,5", COMMA, "12.5"),
    ("12,5", DOT, "12.5"),  # ",5" cannot be a group of thousands
    ("0,500", DOT, "0.500"),  # nor can it follow a 0
    ("12.5", COMMA, "12.5"),
    ("250.000", COMMA, "250000"),  # in French the dot groups thousands
    ("250.000", DOT, "250.000"),  # in English it is the decimal point
    ("250,000", COMMA, "250.000"),  # and in French the comma is
    ("1'000.25", DOT, "1000.25"),
    ("-3", DOT, "-3"),
    ("\u22123,5", COMMA, "-3.5"),
    (" +7 ", DOT, "7"),
    (".5", DOT, "0.5"),
    ("\u0661\u0662\u066b\u0665", DOT, "12.5"),  # Arabic-Indic digits, Arabic decimal point
    ("\u0661\u066c\u0662\u0665\u0660", DOT, "1250"),
])
def test_numbers_as_partners_type_them(text, decimal, expected):
    assert parse_number(text, decimal=decimal) == Decimal(expected)


@pytest.mark.parametrize("text", [
    "inf", "-inf", "Infinity", "NaN", "nan", "1e999", "1e3", "1E+15", "12 apples", "$250",
    "1,00,000", "12,34.5", "1.2.3,4,5", "1,000.000,5", ",", ".", "-", "1 250,000", "١٢x",
    "1" * 31, "0x1F", "½",
])
def test_what_is_not_a_number_is_refused(text):
    with pytest.raises(ParseError) as info:
        parse_number(text)
    assert info.value.reason == "is not a number"
    assert str(info.value) == f"'{text.strip()}' is not a number"


def test_numbers_given_as_numbers():
    assert parse_number(3) == Decimal(3)
    assert parse_number(0.1) == Decimal("0.1")  # not 0.1000000000000000055…
    assert parse_number(Decimal("2.50")) == Decimal("2.50")
    assert parse_number(None) is None and parse_number("  ") is None
    for bad in (float("inf"), float("nan"), Decimal("Infinity"), True, [1]):
        with pytest.raises(ParseError):
            parse_number(bad)


def test_decimal_separator_of_a_language():
    assert decimal_separator("fr") == COMMA
    assert decimal_separator("fr_FR") == COMMA
    assert decimal_separator("pt-BR") == COMMA
    assert decimal_separator("en") == DOT
    assert decimal_separator("ar") == DOT
    with pytest.raises(ValueError):
        parse_number("1", decimal=";")


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-12-31", date(2026, 12, 31)),
    ("2026-12-31 00:00:00", date(2026, 12, 31)),  # a date cell saved as text
    ("2026-12-31T00:00", date(2026, 12, 31)),
    ("31/12/2026", date(2026, 12, 31)),
    ("1/2/2027", date(2027, 2, 1)),
    ("31.12.2026", date(2026, 12, 31)),
    ("31-12-2026", date(2026, 12, 31)),
    (" 2026-01-05 ", date(2026, 1, 5)),
])
def test_dates_as_partners_type_them(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "2026-12-31xyz", "2026-12-31 14:30", "2026-02-30", "12/31/2026", "31/12/26", "2026-1-5",
    "31/12-2026", "tomorrow", "0026-12-31", "2226-12-31", "46387",
])
def test_what_is_not_a_date_is_refused(text):
    with pytest.raises(ParseError) as info:
        parse_date(text)
    assert info.value.reason == "is not a date (use YYYY-MM-DD)"


def test_dates_given_as_dates():
    assert parse_date(datetime(2026, 12, 31, 0, 0)) == date(2026, 12, 31)
    assert parse_date(date(2026, 1, 1)) == date(2026, 1, 1)
    assert parse_date(None) is None and parse_date("") is None
    with pytest.raises(ParseError):
        parse_date(46387)  # a date cell that lost its format: refused, not guessed
