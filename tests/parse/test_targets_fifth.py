"""Fifth round: values, units and lists as the retired fourth batch wrote them, each mechanism in
words other than the documents it was seen in."""

from __future__ import annotations

from plantrack.model import Location
from plantrack.parse.targets import extract_targets

LOC = Location(node="c1.p1", chapter=1, path=["第一章"])


def found(text: str, end_year: int = 2027) -> list[tuple]:
    targets = extract_targets(text, node_id="c1.p1", end_year=end_year, location=LOC)
    return [(t.metric, t.value, t.unit, t.comparator) for t in targets if t.value is not None]


def test_jun_after_a_list_gives_each_item_the_value() -> None:
    # A、B、C产量均…: one target for each item, the last item's measure shared
    assert found("全县茶叶、水果、食用菌产量均保持在十万吨以上。") == [
        ("茶叶产量", 10, "万吨", ">="),
        ("水果产量", 10, "万吨", ">="),
        ("食用菌产量", 10, "万吨", ">="),
    ]
    # without 均 (or with a one-character measure) the list stays one target
    assert len(found("甲镇、乙镇污水处理率均达到95%。")) == 1


def test_a_rate_per_a_scaled_denominator_is_one_unit() -> None:
    got = found("道路交通万车死亡率控制在1.2人/万辆以内，火灾死亡率低于0.3人/百亿元。")
    assert [(g[1], g[2]) for g in got] == [(1.2, "人/万辆"), (0.3, "人/百亿元")]


def test_a_chinese_numeral_before_a_scale_word() -> None:
    assert found("全市物流总额突破千亿元。") == [("物流总额", 1000, "亿元", ">")]


def test_computing_power_in_p() -> None:
    assert found("智能算力规模超过2万P。") == [("智能算力规模", 2, "万P", ">")]


def test_a_count_with_its_other_classifier_in_brackets() -> None:
    got = found("整治背街小巷40条（段），新增口袋公园6处（个）。")
    assert [(g[1], g[2]) for g in got] == [(40, "条（段）"), (6, "处（个）")]


def kinds(text: str) -> list[tuple[str, str]]:
    targets = extract_targets(text, node_id="c1.p1", end_year=2027, location=LOC)
    return [(t.metric, str(t.kind.value)) for t in targets if t.value is not None]


def test_increment_only_for_a_new_thing_verb_with_xin() -> None:
    # GUIDE.md, kind: 新建/新入库/新立项 + a count is what is new; new and renovated together,
    # or a creation verb without 新, is a level
    assert kinds("新建社区食堂12个，新入库科技型企业80家。") == [
        ("社区食堂", "increment"),
        ("科技型企业", "increment"),
    ]
    assert kinds("新建改造城乡供水管网300公里。") == [("城乡供水管网", "level")]
    assert kinds("新建改扩建幼儿园15所。") == [("幼儿园", "level")]
    assert kinds("打造特色街区6个。")[0][1] == "level"
    # an average of what is new is a level
    assert kinds("新增从业人员平均培训年限达到3年。")[0][1] == "level"


def test_nian_jun_is_not_jun() -> None:
    # 年均/人均 are measures, not 均 after a list: the two places keep one growth target
    assert len(found("东区和西区地区生产总值年均增长6%以上。")) == 1


def test_units_per_kilogram_and_short_square_metres() -> None:
    assert found("耕地土壤有机质平均含量达到25克/千克。")[0][1:3] == (25, "克/千克")
    assert found("每年改造老旧小区屋面50万平米。")[0][1:3] == (50, "万平米")


def test_a_share_after_a_yearly_growth_is_a_level() -> None:
    got = kinds("居民收入年均增长6%，其中财产性收入占比12%左右。")
    assert got == [("居民收入增长", "annual"), ("财产性收入占比", "level")]


def test_a_count_with_yishang_de_before_its_noun() -> None:
    assert found("建成12所以上的标准化学校。") == [("标准化学校", 12, "所", ">=")]
    # money before 以上的 stays a threshold, not a count
    assert [g[1:3] for g in found("实施1亿元以上的项目30个。")] == [(30, "个")]


def test_a_share_of_units_that_reach_a_standard() -> None:
    got = found("推动70%以上的乡镇卫生院服务能力达标。")
    assert [(g[1], g[2]) for g in got] == [(70, "%")] and "乡镇卫生院" in got[0][0]


def test_a_work_verb_a_bound_then_the_count_and_its_noun() -> None:
    assert found("每年提供不少于3000个见习岗位。") == [("见习岗位", 3000, "个", ">=")]
    assert found("培育至少20家链主企业。") == [("链主企业", 20, "家", ">=")]


def test_a_new_amount_and_its_running_total() -> None:
    # 新增A、累计达B: two targets of one thing, an increment and a cumulative total
    assert kinds("新增300个智能快递柜、累计达到2000个。") == [
        ("智能快递柜", "increment"),
        ("智能快递柜", "cumulative"),
    ]
    # a number inside the next metric stays inside it
    assert len(found("每千人口拥有3岁以下婴幼儿托位数达到4.5个。")) == 1
