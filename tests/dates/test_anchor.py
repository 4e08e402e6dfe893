"""Calendar arithmetic of relative dates: properties that must hold for every anchor."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from eventwire.dates import anchor as cal

anchors = st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 10, 31))
weekdays = st.integers(min_value=0, max_value=6)
months = st.integers(min_value=1, max_value=12)
seasons = st.sampled_from(cal.SEASONS)


@given(anchors, weekdays, st.booleans())
def test_past_weekday_is_within_the_week_before(anchor, weekday, strict):
    d = cal.weekday_near(anchor, weekday, -1, strict)
    assert d.weekday() == weekday
    low, high = (7, 1) if strict else (6, 0)
    assert anchor - timedelta(days=low) <= d <= anchor - timedelta(days=high)


@given(anchors, weekdays, st.booleans())
def test_future_weekday_is_within_the_week_after(anchor, weekday, strict):
    d = cal.weekday_near(anchor, weekday, 1, strict)
    assert d.weekday() == weekday
    low, high = (1, 7) if strict else (0, 6)
    assert anchor + timedelta(days=low) <= d <= anchor + timedelta(days=high)


def test_friday_before_a_tuesday_report():
    assert cal.weekday_near(date(2015, 11, 17), 4, -1) == date(2015, 11, 13)
    assert cal.weekday_near(date(2015, 11, 17), 1, -1) == date(2015, 11, 17)
    assert cal.weekday_near(date(2015, 11, 17), 1, -1, strict=True) == date(2015, 11, 10)


@given(anchors, months, st.booleans())
def test_past_month_is_the_latest_not_after_the_anchor(anchor, month, strict):
    year = cal.month_near(anchor, month, -1, strict)
    first = date(year, month, 1)
    assert first <= anchor
    assert (anchor.year - year) * 12 + anchor.month - month <= (12 if strict else 11)
    if strict:
        assert (year, month) != (anchor.year, anchor.month)


@given(anchors, months)
def test_future_month_is_the_earliest_not_before_the_anchor(anchor, month):
    year = cal.month_near(anchor, month, 1)
    assert cal.month_end(year, month) >= anchor
    assert (year - anchor.year) * 12 + month - anchor.month <= 11


@given(anchors, months, st.integers(min_value=1, max_value=28), st.sampled_from([-1, 1]))
def test_month_and_day_land_on_the_right_side_within_a_year(anchor, month, day, direction):
    d = cal.day_near(anchor, month, day, direction)
    assert d is not None and (d.month, d.day) == (month, day)
    assert abs((d - anchor).days) <= 366
    assert (d <= anchor) if direction < 0 else (d >= anchor)


@given(anchors, seasons, st.sampled_from([-1, 1]), st.booleans())
def test_seasons_are_on_the_right_side_and_ordered(anchor, season, direction, strict):
    start, end = cal.season_bounds(cal.season_near(anchor, season, direction, strict), season)
    assert start < end and (end - start).days < 93
    if direction < 0:
        assert start <= anchor and (anchor - start).days < 366 + 92
    else:
        assert end >= anchor and (end - anchor).days < 366 + 92


@given(anchors)
def test_a_day_is_in_its_own_season_and_week(anchor):
    start, end = cal.season_bounds(*cal.season_of(anchor))
    assert start <= anchor <= end
    monday, sunday = cal.week_bounds(anchor)
    assert monday.weekday() == 0 and sunday.weekday() == 6 and monday <= anchor <= sunday


@given(st.integers(min_value=1900, max_value=2100), months,
       st.sampled_from(sorted(cal.PART_DAYS)))
def test_parts_of_a_month_are_ordered_ranges_inside_it(year, month, part):
    start, end = cal.part_of_month(year, month, part)
    first, last = cal.month_bounds(year, month)
    assert first <= start <= end <= last


@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=1, max_value=4))
def test_quarters_tile_the_year(year, quarter):
    start, end = cal.quarter_bounds(year, quarter)
    assert start.month == 3 * quarter - 2 and start < end
    assert end + timedelta(days=1) == (date(year + 1, 1, 1) if quarter == 4
                                       else cal.quarter_bounds(year, quarter + 1)[0])


@given(st.integers(min_value=1900, max_value=2100), months, st.integers(-40, 40))
def test_add_months_round_trips(year, month, n):
    assert cal.add_months(*cal.add_months(year, month, n), -n) == (year, month)
