"""Assessment: each target kind × comparator with hand-computed numbers and statuses.

Every expected number below is worked out by hand in the comment beside it (ln/exp to 6
places); the code computes it independently, so a change of method fails here.
"""

import pytest

from plantrack.errors import UnitMismatch, ValidationError
from plantrack.model import Location, Observation, Target
from plantrack.track.assess import AHEAD, ON_TRACK, assess, period_time

BASE = 2025  # a 2026–2030 plan: base year 2025


def tgt(value, unit, comparator=">=", kind="level", *, deadline=2030, **kw) -> Target:
    kw.setdefault("metric", "指标")
    kw.setdefault("text", kw["metric"])
    return Target(
        id="t1",
        value=value,
        unit=unit,
        comparator=comparator,
        kind=kind,
        deadline=deadline,
        location=Location(node="c1"),
        **kw,
    )


def obs(period, value, unit=None, **kw) -> Observation:
    return Observation(target_id="t1", period=str(period), value=value, unit=unit, **kw)


def money(**kw):
    # 金融业增加值达到2000亿元, baseline 1500 in 2025
    return tgt(2000, "亿元", ">=", baseline=1500, baseline_year=2025, **kw)


# ---------- level, compound (money), >= ----------


def test_level_compound_ahead_with_every_number():
    a = assess(money(), [obs(2026, 1600, "亿元")], base_year=BASE)
    # required CAGR = (2000/1500)^(1/5) − 1: ln(4/3) = 0.287682, /5 = 0.057536, e^ = 1.059224
    # observed CAGR = 1600/1500 − 1 = 0.066667; ratio = 0.066667 / 0.059224 = 1.12567 ≥ 1.10
    assert a.status == "ahead"
    assert a.method == "compound"
    assert a.ratio == pytest.approx(1.12567, abs=1e-4)
    assert a.expected == pytest.approx(1588.84, abs=0.01)  # 1500 × 1.059224
    assert a.actual == 1600
    assert a.projected == pytest.approx(2071.26, abs=0.01)  # 1600 × 1.066667^4 = 1600 × 1.294538
    assert a.required_pace == pytest.approx(0.057371, abs=1e-6)  # 1.25^(1/4) − 1
    assert a.as_of == "2026"
    text = "\n".join(a.explain)
    assert "1500 × (2000 / 1500)^0.2 = 1588.84 亿元" in text
    assert "6.67% / 5.92% = 1.126" in text
    assert a.explain[-1] == "状态 status: 快于预期 ahead"


def test_level_compound_on_track_but_lagging_when_binding():
    # observed 1580/1500 − 1 = 0.053333; ratio = 0.053333 / 0.059224 = 0.90053
    a = assess(money(), [obs(2026, 1580, "亿元")], base_year=BASE)
    assert a.ratio == pytest.approx(0.90053, abs=1e-4)
    assert a.status == "on_track"  # ≥ 0.90 for a 预期性 target
    b = assess(money(binding=True), [obs(2026, 1580, "亿元")], base_year=BASE)
    assert b.status == "lagging"  # < 0.95 for a 约束性 target
    assert ON_TRACK[True] > ON_TRACK[False]


def test_level_compound_lagging():
    # observed 1540/1500 − 1 = 0.026667; ratio = 0.026667 / 0.059224 = 0.45027
    a = assess(money(), [obs(2026, 1540, "亿元")], base_year=BASE)
    assert a.status == "lagging"
    assert a.ratio == pytest.approx(0.45027, abs=1e-4)


def test_level_achieved_early_and_deadline_missed():
    assert assess(money(), [obs(2027, 2010)], base_year=BASE).status == "achieved"
    late = assess(money(), [obs(2028, 1800), obs(2030, 1900)], base_year=BASE)
    assert late.status == "missed"  # 2030 reached, 1900 < 2000: 未完成
    assert late.as_of == "2030"


def test_observation_in_another_unit_is_converted():
    # 16,000,000 万元 = 1600 亿元: the same as the "ahead" case
    a = assess(money(), [obs(2026, 16_000_000, "万元")], base_year=BASE)
    assert a.actual == pytest.approx(1600)
    assert a.status == "ahead"
    with pytest.raises(UnitMismatch, match="cannot convert % to 亿元"):
        assess(money(), [obs(2026, 6.1, "%")], base_year=BASE)


def test_trend_uses_least_squares_over_all_points():
    # points ln(1500), ln(1600), ln(1650) at 2025..2027: slope of ln v on t =
    # (ln1650 − ln1500)/2 = (7.408531 − 7.313220)/2 = 0.047655 (x centred: −1, 0, 1)
    # g = e^0.047655 − 1 = 0.048809; projected = 1650 × 1.048809^3 = 1650 × 1.153664 = 1903.55
    a = assess(money(), [obs(2026, 1600), obs(2027, 1650)], base_year=BASE)
    assert a.projected == pytest.approx(1903.55, abs=0.05)


# ---------- level, `>` strict ----------


def test_greater_than_is_strict():
    # 高性能算力规模超过10EFLOPS, baseline 5 in 2025
    t = tgt(10, "EFLOPS", ">", baseline=5, baseline_year=2025)
    at_ten = assess(t, [obs(2028, 10)], base_year=BASE)
    # not achieved (10 is not > 10); required (10/5)^(1/5) − 1 = 0.148698,
    # observed (10/5)^(1/3) − 1 = 0.259921; ratio = 1.74798 → ahead
    assert at_ten.status == "ahead"
    assert at_ten.ratio == pytest.approx(1.74798, abs=1e-4)
    assert assess(t, [obs(2028, 10.5)], base_year=BASE).status == "achieved"
    # 10,000 PFLOPS = 10 EFLOPS, converted
    assert assess(t, [obs(2028, 10_500, "PFLOPS")], base_year=BASE).status == "achieved"


# ---------- level, linear (shares), `~` ----------


def share(**kw):
    # 科技服务业增加值占比达到12%左右, baseline 10% in 2025: a level to reach (form floor)
    kw.setdefault("text", "科技服务业增加值占比达到12%左右")
    return tgt(12, "%", "~", baseline=10, baseline_year=2025, **kw)


@pytest.mark.parametrize(
    ("actual", "status", "ratio"),
    [
        (10.6, "lagging", 0.75),  # observed (10.6−10)/2 = 0.3/yr; required (12−10)/5 = 0.4; 0.75
        (10.8, "on_track", 1.0),  # 0.4 / 0.4 = 1.0 (expected 10 + 2 × 0.4 = 10.8)
        (11.0, "ahead", 1.25),  # 0.5 / 0.4 = 1.25
        (11.8, "achieved", None),  # within 2% of 12 (≥ 11.76): 左右 counts as reached
    ],
)
def test_level_linear_share_approx(actual, status, ratio):
    a = assess(share(), [obs(2027, actual, "%")], base_year=BASE)
    assert a.method == "linear"
    assert a.status == status
    if ratio is not None:
        assert a.ratio == pytest.approx(ratio)
        assert a.expected == pytest.approx(10.8)
        assert a.required_pace == pytest.approx((12 - actual) / 3)


def test_binding_approx_band_is_tighter():
    # binding band 1%: 12 × 0.99 = 11.88 > 11.8, so not reached; ratio (1.8/2)/0.4 = 2.25
    a = assess(share(binding=True), [obs(2027, 11.8)], base_year=BASE)
    assert a.status == "ahead"


def test_permille_observation_for_percent_target():
    # 108‰ = 10.8% → on_track as above
    assert assess(share(), [obs(2027, 108, "‰")], base_year=BASE).status == "on_track"


# ---------- level, `<=` and `<` (less is better) ----------


def intensity(**kw):
    # 单位GDP能耗降至0.4吨标准煤/万元以下, baseline 0.5 in 2025: a level to reach downwards
    kw.setdefault("text", "单位GDP能耗降至0.4吨标准煤/万元以下")
    return tgt(0.4, "吨标准煤/万元", "<=", baseline=0.5, baseline_year=2025, **kw)


@pytest.mark.parametrize(
    ("actual", "status", "ratio"),
    [
        # required (0.4/0.5)^(1/5) − 1: ln0.8 = −0.223144, /5 = −0.044629, e^ − 1 = −0.043648
        (0.48, "on_track", 0.91642),  # observed 0.96 − 1 = −0.04; −0.04/−0.043648 = 0.91642
        (0.47, "ahead", 1.37463),  # −0.06 / −0.043648 = 1.37463
        (0.52, "lagging", -0.91642),  # +0.04 / −0.043648: the wrong way
        (0.39, "achieved", None),
    ],
)
def test_level_less_is_better(actual, status, ratio):
    a = assess(intensity(), [obs(2026, actual)], base_year=BASE)
    assert a.status == status
    if ratio is not None:
        assert a.ratio == pytest.approx(ratio, abs=1e-4)


def test_less_is_better_binding_tighter():
    assert assess(intensity(binding=True), [obs(2026, 0.48)], base_year=BASE).status == "lagging"


def test_cap_already_met_at_baseline():
    # 城镇调查失业率控制在5.5%以内 (<), baseline 5.0: the task is to stay under every year, so
    # holding it is 基本符合预期 (as the official mid-term evaluation judged), met at the deadline
    t = tgt(5.5, "%", "<", baseline=5.0, baseline_year=2025, text="城镇调查失业率控制在5.5%以内")
    a = assess(t, [obs(2026, 5.2)], base_year=BASE)
    assert (a.status, a.form) == ("on_track", "ceiling")
    assert assess(t, [obs(2026, 5.5)], base_year=BASE).status == "lagging"  # not < 5.5
    assert assess(t, [obs(2030, 5.2)], base_year=BASE).status == "completed"


# ---------- level without a baseline ----------


def station(**kw):
    # 累计部署5G-A基站超过6000个 as a stock, no baseline in the plan
    return tgt(6000, "个", ">", **kw)


def test_no_baseline_judged_on_projection():
    # g = 4000/3200 − 1 = 0.25; projected 4000 × 1.25^3 = 7812.5; q = 7812.5/6000 = 1.30208
    a = assess(station(), [obs(2026, 3200), obs(2027, 4000)], base_year=BASE)
    assert a.expected is None
    assert a.projected == pytest.approx(7812.5)
    assert a.ratio == pytest.approx(1.30208, abs=1e-5)
    assert a.status == "ahead"
    assert any("仅按趋势预测" in line for line in a.explain)
    # g = 3300/3200 − 1 = 0.03125; projected 3300 × 1.03125^3 = 3300 × 1.096710 = 3619.14
    b = assess(station(), [obs(2026, 3200), obs(2027, 3300)], base_year=BASE)
    assert b.projected == pytest.approx(3619.14, abs=0.01)
    assert b.status == "lagging"  # q = 0.603


def test_zero_target_without_baseline_is_judged_met_or_not():
    # 安全生产事故“零”的目标: a ratio to 0 means nothing, so the projection meets it or not.
    # 0 → 0 projects 0, not above 0: lagging; −1 → −0.5 projects −0.5 + 3×0.5 = 1 > 0: ahead
    flat = assess(tgt(0, "起", ">"), [obs(2026, 0), obs(2027, 0)], base_year=BASE)
    assert flat.status == "lagging"  # strictly above 0 is required and 0 is projected
    rising = assess(tgt(0, "起", ">"), [obs(2026, -1), obs(2027, -0.5)], base_year=BASE)
    assert rising.projected == pytest.approx(1.0)
    assert rising.status == "ahead"
    assert any("目标值非正" in line for line in rising.explain)


def test_no_baseline_single_figure_is_no_baseline():
    # figures but no pace to judge: 待评估：缺基期值 with the latest figure and the gap (not 暂无数据)
    a = assess(station(), [obs(2026, 3200)], base_year=BASE)
    assert (a.status, a.actual, a.gap, a.as_of) == ("no_baseline", 3200, 2800, "2026")
    assert a.actual == 3200


def test_recorded_baseline_overrides_the_plans():
    # plan says 1500; a recorded baseline of 1550 wins: observed 1600/1550 − 1 = 0.032258,
    # required (2000/1550)^(1/5) − 1: ln(1.290323) = 0.254892, /5 = 0.050978, e^ − 1 = 0.052300
    # ratio = 0.032258 / 0.052300 = 0.61679
    a = assess(money(), [obs(2025, 1550, is_baseline=True), obs(2026, 1600)], base_year=BASE)
    assert a.ratio == pytest.approx(0.61679, abs=1e-4)
    assert a.status == "lagging"


def test_earliest_observation_at_base_year_becomes_baseline():
    # baseline 3000 (2025 observation); required (6000/3000)^(1/5) − 1 = 0.148698;
    # observed 3200/3000 − 1 = 0.066667; ratio = 0.44834
    a = assess(station(), [obs(2025, 3000), obs(2026, 3200)], base_year=BASE)
    assert a.ratio == pytest.approx(0.44834, abs=1e-4)
    assert a.status == "lagging"
    only_base = assess(station(), [obs(2025, 3000)], base_year=BASE)
    assert only_base.status == "no_data"


# ---------- multiple (翻番) ----------


def test_multiple_doubles_the_baseline():
    # 基础研发经费投入实现翻番: baseline 40 亿元 → goal 80; required 2^(1/5) − 1 = 0.148698;
    # observed (50/40)^(1/2) − 1 = 0.118034; ratio 0.79378 → lagging
    t = tgt(2, "亿元", ">=", "multiple", baseline=40, baseline_year=2025)
    a = assess(t, [obs(2027, 50)], base_year=BASE)
    assert a.method == "multiple"
    assert a.ratio == pytest.approx(0.79378, abs=1e-4)
    assert a.status == "lagging"
    assert a.expected == pytest.approx(40 * 2**0.4)  # 52.78
    assert assess(t, [obs(2029, 81)], base_year=BASE).status == "achieved"
    no_base = assess(tgt(2, "亿元", ">=", "multiple"), [obs(2027, 50)], base_year=BASE)
    assert (no_base.status, no_base.actual) == ("no_baseline", 50)


def test_multiple_written_in_bei_uses_the_figures_unit():
    # the extractor gives 翻番 as value 2, unit 倍; baseline 4000 万元 (2025) = 0.4 亿元 →
    # goal 8000 万元; 2027 at 0.5 亿元 = 5000 万元: same ratio as above (0.79378)
    t = tgt(2, "倍", ">=", "multiple")
    a = assess(t, [obs(2025, 4000, "万元"), obs(2027, 0.5, "亿元")], base_year=BASE)
    assert a.actual == pytest.approx(5000)
    assert a.ratio == pytest.approx(0.79378, abs=1e-4)


def test_increase_in_percentage_points():
    # 提高2个百分点 from 30% (2025): goal 32%; 2027 at 30.8%: observed 0.4/yr, required 0.4/yr
    t = tgt(2, "个百分点", ">=", "increment", baseline=30, baseline_year=2025)
    a = assess(t, [obs(2027, 30.8, "%")], base_year=BASE)
    assert a.ratio == pytest.approx(1.0)
    assert a.status == "on_track"


# ---------- increment and cumulative (sum since the base year) ----------


def talent(comparator="~", kind="increment"):
    # 新集聚国内一流科技领军人才500名左右
    return tgt(500, "名", comparator, kind)


def test_increment_sums_flows():
    # 90 + 110 = 200; expected 500 × (2027−2025)/5 = 200; ratio 1.0
    a = assess(talent(), [obs(2026, 90), obs(2027, 110)], base_year=BASE)
    assert a.method == "sum"
    assert a.actual == 200
    assert a.expected == pytest.approx(200)
    assert a.ratio == pytest.approx(1.0)
    assert a.projected == pytest.approx(500)  # 200 / 2 × 5
    assert a.required_pace == pytest.approx(100)  # (500 − 200) / 3
    assert a.status == "on_track"
    # 120 in one year: expected 100, ratio 1.2 → ahead
    assert assess(talent(), [obs(2026, 120)], base_year=BASE).status == "ahead"
    # 60 in one year: ratio 0.6 → lagging
    assert assess(talent(), [obs(2026, 60)], base_year=BASE).status == "lagging"
    # 490 within the 2% band of 500 → achieved
    assert assess(talent(), [obs(2026, 250), obs(2027, 240)], base_year=BASE).status == "achieved"


def test_increment_ignores_figures_before_base_year_and_converts_people():
    # 2025 is the base year itself: not part of the sum; 0.01 万人 = 100 人
    a = assess(talent(">=", "increment"), [obs(2025, 999), obs(2026, 0.01, "万人")], base_year=BASE)
    assert a.actual == pytest.approx(100)
    assert a.status == "on_track"  # 100 / 100 = 1.0


def test_cumulative_running_total_then_flows_without_base_total():
    # 累计招收博士后突破3000名: a 累计 total of 700 in 2026, then 500 added in 2027 → 1200.
    # The total at the base year is unknown, so no path: trend of (2026, 700), (2027, 1200):
    # slope 500/yr; projected 1200 + 500 × 3 = 2700; q = 2700 / 3000 = 0.9 < 0.95 → lagging
    t = tgt(3000, "名", ">", "cumulative")
    a = assess(t, [obs(2026, 700, basis="total"), obs(2027, 500)], base_year=BASE)
    assert a.actual == 1200
    assert a.projected == pytest.approx(2700)
    assert a.ratio == pytest.approx(0.9)
    assert a.status == "lagging"
    # a single running total and no base-year total: no trend, no path
    one = assess(t, [obs(2028, 2900, basis="total")], base_year=BASE)
    assert one.status == "no_baseline"
    assert one.required_pace == pytest.approx(50)  # (3000 − 2900) / 2
    assert assess(t, [obs(2028, 3001, basis="total")], base_year=BASE).status == "achieved"


def test_running_total_counts_from_the_base_year_total():
    # 累计招收博士后突破3000名 with a running total of 1900 at the end of 2025 and 2350 in 2026:
    # expected 1900 + (3000 − 1900) × 0.2 = 2120; ratio (2350 − 1900)/(2120 − 1900) = 2.04545
    # projected 1900 + 450 / 1 × 5 = 4150; pace (3000 − 2350) / 4 = 162.5
    t = tgt(3000, "名", ">", "cumulative")
    a = assess(t, [obs(2025, 1900, basis="total"), obs(2026, 2350, basis="total")], base_year=BASE)
    assert a.expected == pytest.approx(2120)
    assert a.ratio == pytest.approx(2.04545, abs=1e-5)
    assert a.projected == pytest.approx(4150)
    assert a.required_pace == pytest.approx(162.5)
    assert a.status == "ahead"
    # 2150: ratio 250 / 220 = 1.136 → ahead; 2100: 200 / 220 = 0.909 → on_track; 2000: 0.4545
    statuses = [
        assess(
            t, [obs(2025, 1900, basis="total"), obs(2026, v, basis="total")], base_year=BASE
        ).status
        for v in (2150, 2100, 2000)
    ]
    assert statuses == ["ahead", "on_track", "lagging"]


@pytest.mark.parametrize(
    ("flow", "status"),
    [(15, "on_track"), (30, "lagging"), (120, "lagging")],
    # 15 → projected 75 ≤ 100; 30 → projected 150 > 100; 120 → cap exceeded already
)
def test_increment_cap(flow, status):
    t = tgt(100, "公顷", "<=", "increment", metric="新增建设用地")
    assert assess(t, [obs(2026, flow)], base_year=BASE).status == status


def test_increment_cap_at_deadline_within_cap_is_achieved():
    t = tgt(100, "公顷", "<=", "increment")
    assert assess(t, [obs(y, 18) for y in range(2026, 2031)], base_year=BASE).status == "completed"


# ---------- annual (each year) ----------


def hightech(**kw):
    # 每年新认定高新技术企业500家以上
    return tgt(500, "家", ">=", "annual", **kw)


@pytest.mark.parametrize(
    ("values", "status", "ratio"),
    [
        ([612, 550], "ahead", 1.162),  # both met; mean 581; 581/500 = 1.162 ≥ 1.05
        ([510, 505], "on_track", 1.015),  # both met; mean 507.5
        ([612, 480], "lagging", 1.092),  # the latest year missed
        ([480, 520], "on_track", 1.0),  # latest met, mean 500 ≥ 0.95 × 500
        ([400, 510], "lagging", 0.91),  # latest met but mean 455 < 475
    ],
)
def test_annual_each_year(values, status, ratio):
    a = assess(hightech(), [obs(2026 + i, v) for i, v in enumerate(values)], base_year=BASE)
    assert a.method == "annual"
    assert a.status == status
    assert a.ratio == pytest.approx(ratio)


def test_annual_all_years_met_at_deadline_is_achieved():
    values = [obs(y, 520) for y in range(2026, 2031)]
    assert assess(hightech(), values, base_year=BASE).status == "completed"  # 已完成


def test_annual_average_growth():
    # 年均增长7%: 6.5 and 7.0 → mean 6.75; 6.75/7 = 0.96429 ≥ 0.95 on_track; binding needs 0.98
    t = tgt(7, "%", ">=", "annual", text="地区生产总值年均增长7%")
    a = assess(t, [obs(2026, 6.5), obs(2027, 7.0)], base_year=BASE)
    assert a.ratio == pytest.approx(0.96429, abs=1e-5)
    assert a.status == "on_track"
    t.binding = True
    assert assess(t, [obs(2026, 6.5), obs(2027, 7.0)], base_year=BASE).status == "lagging"


def test_annual_cap_met_every_year_is_on_track_not_ahead():
    # 居民消费价格涨幅每年控制在3%以内: 2.0 and 2.5 both ≤ 3
    t = tgt(3, "%", "<=", "annual")
    a = assess(t, [obs(2026, 2.0), obs(2027, 2.5)], base_year=BASE)
    assert a.status == "on_track"
    assert a.ratio == pytest.approx(3 / 2.25)
    assert assess(t, [obs(2026, 2.0), obs(2027, 3.2)], base_year=BASE).status == "lagging"


# ---------- qualitative ----------


def quali():
    return tgt(None, None, None, "qualitative", milestone="全覆盖", metric="重点科技创新领域全覆盖")


@pytest.mark.parametrize(
    ("state", "period", "status"),
    [
        ("done", "2027", "achieved"),
        ("in_progress", "2027", "on_track"),
        ("in_progress", "2030", "missed"),  # deadline reached, still in progress: 未完成
        ("not_started", "2027", "lagging"),
    ],
)
def test_qualitative_milestones(state, period, status):
    o = Observation(target_id="t1", period=period, value=None, unit=None, milestone=state)
    a = assess(quali(), [o], base_year=BASE)
    assert (a.status, a.method, a.as_of) == (status, "milestone", period)


def test_qualitative_milestone_argument_and_no_data():
    assert assess(quali(), [], base_year=BASE).status == "no_data"
    assert assess(quali(), [], base_year=BASE, milestone="done").status == "achieved"
    with pytest.raises(ValidationError, match="milestone 'finished'"):
        assess(quali(), [], base_year=BASE, milestone="finished")


def test_qualitative_with_implied_value():
    # 本土世界500强企业实现零的突破 = at least 1
    t = tgt(1, "家", ">=", "qualitative", milestone="零的突破")
    assert assess(t, [obs(2028, 1)], base_year=BASE).status == "achieved"


# ---------- general ----------


def test_no_observations_is_no_data():
    a = assess(money(), [], base_year=BASE)
    assert a.status == "no_data"
    assert a.status_zh == "暂无数据"


def test_target_without_value_is_no_data():
    assert assess(tgt(None, "亿元"), [obs(2026, 5)], base_year=BASE).status == "no_data"


def test_as_of_year_ignores_later_figures_and_last_entry_wins():
    values = [obs(2026, 1500), obs(2026, 1600), obs(2027, 2010)]
    a = assess(money(), values, base_year=BASE, as_of_year=2026)
    assert a.actual == 1600  # the later entry for 2026 replaced 1500
    assert a.status == "ahead"


def test_date_periods():
    # 2026-06-30: day 181 of 365 → 2025 + 181/365 = 2025.49589
    assert period_time("2026-06-30") == pytest.approx(2025.49589, abs=1e-5)
    assert period_time("2026") == 2026.0
    with pytest.raises(ValidationError, match="period '2026/6'"):
        period_time("2026/6")
    with pytest.raises(ValidationError, match="day 31 does not exist"):
        period_time("2026-06-31")


def test_zero_in_the_trend_and_same_moment_periods_do_not_break_the_fit():
    # a 0 among the figures: the trend falls back to a linear fit over (2025, 1500), (2026, 0),
    # (2027, 1650): slope = (1650 − 1500) / 2 = 75; projected 1650 + 75 × 3 = 1875
    a = assess(money(), [obs(2026, 0), obs(2027, 1650)], base_year=BASE)
    assert a.projected == pytest.approx(1875)
    # "2026" and "2026-12-31" are the same moment: no division by zero
    b = assess(station(), [obs("2026-12-31", 3000), obs(2026, 3200)], base_year=BASE)
    assert b.projected == pytest.approx(3200)


def test_thresholds_are_as_documented():
    assert (AHEAD, ON_TRACK[False], ON_TRACK[True]) == (1.10, 0.90, 0.95)
