"""Fifty-sixth round: forms of the retired documents' misses in words of their own — the sizes
that describe a project, the digits that spell a programme's name."""

from __future__ import annotations

from pathlib import Path

from paragraph import document_targets, targets_of


def test_two_sizes_that_describe_a_project_are_no_targets() -> None:
    text = (
        "构建主水网骨架，突出抓好受益灌面770万亩、惠及3600万人的引水“世纪工程”。"
        "建设年产10万吨、产值5亿元的新材料项目。"
    )
    assert targets_of(text, 2023, 2023) == []


def test_two_targets_named_by_the_goal_after_them_stay() -> None:
    text = "实现城镇新增就业1.2万人、城镇登记失业率控制在3%以内的目标。"
    found = sorted((t.value, t.unit) for t in targets_of(text, 2023, 2023))
    assert found == [(1.2, "万人"), (3.0, "%")]


def test_a_count_of_projects_after_their_sizes_stays() -> None:
    text = "新建日处理能力5万吨、服务人口20万人的污水处理厂2座。"
    found = [(t.value, t.unit) for t in targets_of(text, 2023, 2023)]
    assert found == [(2.0, "座")]


def test_what_work_is_done_on_is_counted_after_a_place_or_named_ones() -> None:
    text = (
        "今年将对全区62面指路标志进行更换，对环河13座桥梁进行文化和景观出新，"
        "对新民洲大寨河等3公里河道实施生态综合治理。"
    )
    found = {(t.value, t.unit, t.kind) for t in targets_of(text, 2026, 2026)}
    assert found == {(62.0, "面", "level"), (13.0, "座", "level"), (3.0, "公里", "level")}


def test_work_done_on_them_is_a_review() -> None:
    text = "对全国30个省、自治区、直辖市节能目标完成情况进行了评价考核。"
    assert targets_of(text, 2008, 2008) == []


def test_a_face_is_a_measure_word_only_before_a_noun() -> None:
    text = "新建面积达到100平方米的广场3个。"
    found = {(t.value, t.unit) for t in targets_of(text, 2026, 2026)}
    assert (100.0, "面") not in found and (3.0, "个") in found


def test_a_count_of_one_character_things_is_named_by_its_work() -> None:
    text = "重点改造提升192栋楼。新建3座桥。"
    found = {(t.value, t.unit, t.metric) for t in targets_of(text, 2023, 2023)}
    assert found == {(192.0, "栋", "改造楼"), (3.0, "座", "新建桥")}


def test_a_floor_between_a_service_and_the_people_it_reaches() -> None:
    text = "走访慰问全市不低于120名困境儿童。帮扶不少于300户困难家庭。"
    found = {(t.value, t.unit, t.metric, t.comparator) for t in targets_of(text, 2026, 2026)}
    assert found == {
        (120.0, "名", "慰问困境儿童", ">="),
        (300.0, "户", "帮扶困难家庭", ">="),
    }


def test_places_rebuilt_elsewhere_are_counted() -> None:
    found = [
        (t.value, t.unit, t.deadline)
        for t in targets_of("用三年左右时间整体迁建6家卫生院。", 2022, 2024)
    ]
    assert found == [(6.0, "家", 2024)]


def test_a_dash_item_opens_its_own_metric_and_kind() -> None:
    found = [(t.value, t.metric, t.kind) for t in targets_of("——新引进大学生5万名。", 2019, 2019)]
    assert found == [(5.0, "大学生", "increment")]


def test_new_pipes_and_new_users_are_increments() -> None:
    text = "新铺天然气管道400公里以上，累计建成1000公里以上，新发展用户30000户。"
    found = {(t.value, t.kind) for t in targets_of(text, 2021, 2026)}
    assert found == {(400.0, "increment"), (1000.0, "cumulative"), (30000.0, "increment")}


def test_the_work_named_last_after_a_dui_object_counts_it() -> None:
    text = "对69个小区污水管网重建性提升、补充性改造。"
    found = [(t.value, t.unit) for t in targets_of(text, 2021, 2026)]
    assert found == [(69.0, "个")]


def test_crossing_a_mark_is_going_beyond_it() -> None:
    found = [(t.value, t.comparator) for t in targets_of("经济总量跨越6万亿元。", 2021, 2025)]
    assert found == [(6.0, ">")]


def test_the_capacity_of_a_facility_built_is_no_target() -> None:
    text = "建成昆仑燃气年输气量2亿方门站，完成新奥燃气输气能力20万方/小时门站。污水处理能力达到5万吨。"
    found = [(t.value, t.unit) for t in targets_of(text, 2021, 2026)]
    assert found == [(5.0, "万吨")]


def test_a_task_that_improves_the_base_is_no_review(tmp_path: Path) -> None:
    text = (
        "（四）进一步完善基础条件，为稳增长提供坚实支撑\n完善交通网络。完成农村通畅工程600公里。\n"
    )
    found = [(t.value, t.unit) for t in document_targets(tmp_path, text, 2018, 2018)]
    assert found == [(600.0, "公里")]


def test_what_is_bred_is_no_new_thing_of_the_clause_before() -> None:
    text = (
        "全省计划到2022年新增建成高标准农田310万亩；"
        "育成具有自主知识产权的突破性农作物新品种16个，畜禽新品种配套系7个。"
    )
    found = {(t.value, t.kind) for t in targets_of(text, 2021, 2025)}
    assert found == {(310.0, "increment"), (16.0, "level"), (7.0, "level")}
