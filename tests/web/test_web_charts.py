"""The target chart: round ticks, the target line in the legend, the unit clear of the top tick,
a text alternative in the page's language, projections from fewer than three points marked."""

from __future__ import annotations

import math
import re

import pytest
from web_helpers import A_TARGETS

from plantrack.web.charts import nice_step, status_bar, target_chart, y_ticks
from plantrack.web.pages import chart_labels

FIN = A_TARGETS[0]


@pytest.mark.parametrize(
    ("lo", "hi", "ticks"),
    [
        (0, 816.5, [0, 200, 400, 600, 800, 1000]),  # was 189/378/567/756
        (0, 10.8, [0, 2.5, 5, 7.5, 10, 12.5]),
        (0, 2160, [0, 500, 1000, 1500, 2000, 2500]),
        (-3, 4, [-4, -2, 0, 2, 4]),
    ],
)
def test_round_ticks(lo, hi, ticks):
    assert y_ticks(lo, hi) == ticks


def test_nice_steps_are_1_2_2_5_or_5():
    for span in (0.37, 3.1, 47, 189, 5_000, 123_456):
        step = nice_step(span)
        mantissa = step / 10 ** math.floor(math.log10(step))
        assert round(mantissa, 9) in (1, 2, 2.5, 5), (span, step)
        assert span / 5 <= step <= span / 2, (span, step)


SERIES = {
    "title": "金融业增加值",
    "unit": "亿元",
    "deadline": 2030,
    "target": 2000.0,
    "observed": [(2025.0, 1500.0), (2026.0, 1520.0)],
    "expected": [(2025.0, 1500.0), (2030.0, 2000.0)],
    "projection": [(2026.0, 1520.0), (2030.0, 1602.7)],
    "low_confidence": True,
}


def test_chart_legend_ticks_unit_and_text_alternative():
    svg = target_chart(SERIES, chart_labels("zh"))
    legend = re.search(r'<g class="legend">(.*?)</g>', svg).group(1)
    words = re.findall(r">([^<]+)</text>", legend)
    assert words == ["实际值", "预期路径", "趋势预测 (参考)", "目标值"]
    ticks = [t.replace(",", "") for t in re.findall(r'class="tick"[^>]*>([^<]+)<', svg)]
    assert ticks == ["0", "500", "1000", "1500", "2000", "2500"]  # 2,000 plus room above
    unit_y = float(re.search(r'class="unit" x="[^"]+" y="([^"]+)"', svg).group(1))
    tick_ys = [float(y) for y in re.findall(r'class="tick" x="[^"]+" y="([^"]+)"', svg)]
    assert unit_y + 4 <= min(tick_ys) - 12  # the unit's baseline clears the top tick's cap
    label = re.search(r'aria-label="([^"]+)"', svg).group(1)
    assert label.startswith("走势图: 金融业增加值")
    assert "2025年 1,500" in label and "目标值 2,000 亿元 (2030年)" in label and "(参考)" in label
    assert 'class="projection low-confidence"' in svg
    english = target_chart({**SERIES, "low_confidence": False}, chart_labels("en"))
    assert 'class="projection"' in english and "indicative" not in english
    assert "target" in re.search(r'<g class="legend">(.*?)</g>', english).group(1)


def test_status_bar_says_its_counts():
    svg = status_bar(
        {"lagging": 2, "no_data": 3}, labels={"lagging": "滞后", "no_data": "暂无数据"}, sep="，"
    )
    assert 'role="img" aria-label="滞后 2，暂无数据 3"' in svg


def test_projection_from_two_points_is_marked_on_the_target_page(as_user, web_ws):
    client = as_user("viewer")
    client.app.state.cache.max_stale = 0  # the viewer sees the test's writes at once
    web_ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True, source="公报")
    web_ws.record(FIN, period=2026, value=1520, unit="亿元", source="公报")
    data = client.get(f"/targets/{FIN}.json").json()
    assert data["projection_points"] == 2 and data["projection_low_confidence"] is True
    html = client.get(f"/targets/{FIN}").text
    assert re.search(
        r'id="projected"><span class="low-confidence">[\d,]+</span> <small class="tag">参考</small>',
        html,
    )
    web_ws.record(FIN, period=2027, value=1580, unit="亿元", source="公报")
    data = client.get(f"/targets/{FIN}.json").json()
    assert data["projection_points"] == 3 and data["projection_low_confidence"] is False
    assert 'class="tag">参考' not in client.get(f"/targets/{FIN}").text


def test_target_header_shows_the_baseline_and_two_distinct_ratios(as_user, web_ws):
    client = as_user("viewer")
    web_ws.record(FIN, period=2025, value=1500, unit="亿元", source="公报")  # not marked: by date
    web_ws.record(FIN, period=2026, value=1700, unit="亿元", source="公报")
    data = client.get(f"/targets/{FIN}.json").json()
    assert data["baseline"] == {
        "value": 1500,
        "period": "2025",
        "unit": "亿元",
        "from": "observation",
    }
    html = client.get(f"/targets/{FIN}").text
    assert '<td id="baseline">1,500 亿元 (2025) <small>来自监测值</small></td>' in html
    a = data["assessment"]
    assert f"{a['actual'] / a['expected'] * 100:.1f}%" in html
    assert "实际值 ÷ 预期值" in html and "进度比（判定依据）" in html and ">比值<" not in html
