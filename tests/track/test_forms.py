"""Target forms as one model (issue 12): each case is a sentence as a plan writes it, read by the
target grammar, then judged on figures as an office records them; expected status and why.

Base year 2025, deadline 2030 unless the sentence says otherwise; a figure for 2027 is 2/5 of the
way (f = 0.4)."""

from __future__ import annotations

import pytest

from plantrack.model import Location, Observation
from plantrack.parse.targets import extract_targets
from plantrack.track.assess import assess
from plantrack.track.forms import form_of

LOC = Location(node="c1.p1", chapter=1, path=["第一章 主要目标"])


def target_of(sentence: str):
    (target,) = extract_targets(sentence, node_id="c1.p1", end_year=2030, location=LOC)
    return target


def obs(period: str, value: float, unit: str | None = None, **kw) -> Observation:
    return Observation(target_id="c1.p1.t1", period=period, value=value, unit=unit, **kw)


CASES = [
    # (sentence, figures, expected form, expected status, why)
    (
        "城镇调查失业率保持在5%左右。",
        [obs("2025", 4.8, "%"), obs("2026", 6.0, "%")],
        "band",
        "lagging",
        "6.0 is outside 5 ± 0.5: 左右 is two-sided, not 'achieved early'",
    ),
    (
        "城镇调查失业率保持在5%左右。",
        [obs("2025", 4.8, "%"), obs("2026", 4.7, "%")],
        "band",
        "on_track",
        "4.7 is within 5 ± 0.5: holding a band is 基本符合预期, whichever side",
    ),
    (
        "粮食产量保持在120万吨。",
        [obs("2025", 125, "万吨"), obs("2026", 100, "万吨")],
        "band",
        "lagging",
        "100 is outside 120 ± 5 %",
    ),
    (
        "居民消费价格涨幅控制在3%左右。",
        [obs("2025", 2.0, "%"), obs("2026", 5.0, "%")],
        "band",
        "lagging",
        "5.0 is above 3 ± 0.5",
    ),
    (
        "城镇调查失业率控制在5.5%以内。",
        [obs("2025", 5.0, "%"), obs("2026", 5.2, "%")],
        "ceiling",
        "on_track",
        "a cap that holds before its deadline is 基本符合预期 (the official mid-term verdict)",
    ),
    (
        "城镇调查失业率控制在5.5%以内。",
        [obs("2025", 5.0, "%"), obs("2030", 5.2, "%")],
        "ceiling",
        "completed",
        "held at the deadline: 已完成",
    ),
    (
        "常住人口城镇化率提高2个百分点。",
        [obs("2025", 70, "%"), obs("2027", 71, "%")],
        "pp_change",
        "ahead",
        "target 70 + 2 = 72 %; (71 − 70)/2 ÷ (2/5) = 1.25",
    ),
    (
        "常住人口城镇化率提高2个百分点。",
        [obs("2025", 70, "%"), obs("2027", 72.1, "%")],
        "pp_change",
        "achieved",
        "72.1 ≥ 72",
    ),
    (
        "贫困发生率降低2个百分点。",
        [obs("2025", 5, "%"), obs("2027", 4.6, "%")],
        "pp_change",
        "lagging",
        "target 5 − 2 = 3 % (a fall): observed (4.6 − 5)/2 = −0.2/yr, required −0.4/yr: r = 0.5",
    ),
    (
        "单位地区生产总值能耗下降13.5%。",
        [obs("2026", 3.2, "%"), obs("2027", 3.0, "%")],
        "reduction",
        "on_track",
        "yearly cuts compound: 1 − 0.968 × 0.970 = 6.10 % ≥ 1 − 0.865^0.4 = 5.64 % needed",
    ),
    (
        "单位地区生产总值能耗下降13.5%。",
        [obs("2027", 6.1, "%", basis="total")],
        "reduction",
        "on_track",
        "the cumulative cut given directly: 6.1 % ÷ 5.64 % = 1.08",
    ),
    (
        "单位地区生产总值能耗下降13.5%。",
        [obs("2026", 1.0, "%"), obs("2027", 1.0, "%")],
        "reduction",
        "lagging",
        "1.99 % ÷ 5.64 % = 0.35",
    ),
    (
        "累计新增保障性租赁住房10万套。",
        [
            obs("2025", 11, "万套", basis="total", is_baseline=True),
            obs("2026", 13, "万套", basis="total"),
            obs("2027", 15, "万套", basis="total"),
        ],
        "increment",
        "on_track",
        "added 15 − 11 = 4 of 10, 4 expected at f = 0.4: not 'achieved' on the running total",
    ),
    (
        "累计新增保障性租赁住房10万套。",
        [obs("2026", 13, "万套", basis="total"), obs("2027", 15, "万套", basis="total")],
        "increment",
        "no_baseline",
        "running totals 13, 15 include the stock before the plan: without the base-year total"
        " what was added is unknown (not 提前实现 on 15 ≥ 10)",
    ),
    (
        "新增城镇就业12万人。",
        [obs("2026", 2.5, "万人"), obs("2027", 2.5, "万人")],
        "increment",
        "on_track",
        "yearly flows sum to 5 of 12; 4.8 expected at f = 0.4: 5 ÷ 4.8 = 1.04",
    ),
    (
        "城镇新增就业12万人。",
        [obs("2026", 2.5, "万人"), obs("2027", 2.5, "万人")],
        "increment",
        "on_track",
        "the indicator names what is added (a level to the extractor): its yearly flows sum, 5 of 12",
    ),
]


@pytest.mark.parametrize(("sentence", "figures", "form", "status", "why"), CASES)
def test_forms_and_statuses(sentence, figures, form, status, why) -> None:
    target = target_of(sentence)
    assert form_of(target) == form
    a = assess(target, figures, base_year=2025)
    assert (a.form, a.status) == (form, status), "\n".join(a.explain)


def test_after_the_deadline_completed_late_and_missed() -> None:
    # 到2025年 in a 2021–2025 plan: base year 2020
    target = target_of("到2025年，高新技术企业达到3000家。")
    base = [obs("2020", 2000, "家")]
    late = assess(target, [*base, obs("2025", 2900, "家"), obs("2026", 3100, "家")], base_year=2020)
    assert late.status == "completed_late"  # 逾期完成, not 提前实现
    assert "2026年才达到" in late.explain[-2]
    on_time = assess(target, [*base, obs("2025", 3050, "家")], base_year=2020)
    assert on_time.status == "completed"  # 已完成
    short = assess(target, [*base, obs("2025", 2900, "家")], base_year=2020)
    assert short.status == "missed"  # 未完成


def test_no_baseline_shows_the_latest_figure_and_the_gap() -> None:
    a = assess(target_of("规上工业企业达到3000家。"), [obs("2026", 2600, "家")], base_year=2025)
    assert (a.status, a.actual, a.gap, a.as_of) == ("no_baseline", 2600, 400, "2026")


def test_baseline_is_the_latest_figure_at_or_before_the_base_year() -> None:
    # a 2025-06-30 figure and the 2025 year-end one: the year-end one is the baseline
    figures = [obs("2025-06-30", 2000, "家"), obs("2025", 2400, "家"), obs("2026", 2600, "家")]
    a = assess(target_of("规上工业企业达到3000家。"), figures, base_year=2025)
    assert any("2025 2400" in line for line in a.explain), a.explain


def test_the_targets_own_base_year_gives_the_baseline() -> None:
    # 比2020年翻一番: the 2020 figure is the baseline, not the plan's 2025
    target = target_of("城乡居民人均收入比2020年翻一番。")
    figures = [obs("2020", 3.0, "万元"), obs("2025", 4.5, "万元"), obs("2027", 5.0, "万元")]
    a = assess(target, figures, base_year=2025)
    assert a.form == "multiple" and a.expected is not None
    assert any("3 × 2" in line or "2 × 3" in line for line in a.explain), a.explain


def test_a_stretch_beside_a_floor_is_shown_as_li_zheng_with_its_gap() -> None:
    from plantrack.track.status import build_report

    targets = extract_targets(
        "今年地区生产总值增长5%以上，力争6%。", node_id="c1.p1", end_year=2026, location=LOC
    )
    figures = [
        Observation(target_id=t.id, period="2026", value=5.3, unit="%", source="t") for t in targets
    ]
    rows = build_report(1, "plan", targets, figures, base_year=2025, as_of_year=2026).rows
    floor, stretch = (r.assessment for r in rows)
    assert floor.status != "stretch" and floor.form == "level"
    assert stretch.status == "stretch"  # 力争, not a second 滞后
    assert stretch.gap == pytest.approx(0.7)


@pytest.mark.parametrize(
    ("figures", "status"),
    [
        ([(2025, 5.0), (2027, 5.3)], "on_track"),  # +3 % a year the right way: substantial
        ([(2025, 5.0), (2027, 5.02)], "on_track"),  # +0.2 % a year: moderate progress
        ([(2025, 5.0), (2027, 4.8)], "lagging"),  # the wrong way: deterioration
    ],
)
def test_direction_only_targets_use_open_sdgs_method_without_a_value(figures, status) -> None:
    (target,) = extract_targets(
        "居民收入增长与经济增长同步。", node_id="c1.p1", end_year=2030, location=LOC
    )
    assert (target.value, form_of(target)) == (None, "direction")
    a = assess(target, [obs(str(y), v, "万元") for y, v in figures], base_year=2025)
    assert (a.status, a.method) == (status, "direction"), a.explain
