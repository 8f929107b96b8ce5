"""Entities: places, institutions, sectors/tracks from 、 lists, programmes, mention spans."""

from __future__ import annotations

from plantrack.model import Block
from plantrack.parse.entities import extract_entities, split_list, strip_lead_verbs
from plantrack.parse.outline import build_outline
from plantrack.workspace import Workspace

TEXT = [
    "第一章 总体要求",
    "第一节 发展布局",
    "优化空间布局。支持鄞州建设省低空经济“先飞区”试点，谋划建设象山南田岛算力中心，推动甬江科创区与"
    "杭州市萧山区、绍兴市柯桥区联动发展，推动观海卫镇、周巷镇开展试点。",
    "前瞻布局未来产业。积极开拓具身智能、前沿新材料、氢能与核能、激光制造等成长型赛道，"
    "前瞻布局量子科技、脑机接口、原子级制造、6G等颠覆型赛道。",
    "增强科创策源功能。支持中国科学院宁波材料所、甬江实验室、宁波东方理工大学建设创新平台，"
    "深入实施“1510”人才强市体系建设工程，迭代实施“科创甬江2035”重点研发计划。",
    "提速发展新一代信息技术产业。重点发展集成电路、智能终端等领域。",
]


def _entities():
    outline = build_outline([Block(text=t) for t in TEXT])
    found = extract_entities(outline.nodes)
    return outline, {(e.name, e.type): e for e in found}


def test_places_known_and_by_pattern():
    _outline, found = _entities()
    places = {name for name, kind in found if kind == "place"}
    assert {"鄞州", "象山南田岛", "甬江科创区"} <= places
    assert {"萧山区", "柯桥区", "观海卫镇", "周巷镇"} <= places
    assert "象山" not in places  # only inside 象山南田岛
    assert "先飞区" not in places


def test_tracks_from_lists_before_the_track_word():
    _outline, found = _entities()
    tracks = {name for name, kind in found if kind == "track"}
    assert {"具身智能", "前沿新材料", "氢能与核能", "激光制造", "量子科技", "6G"} <= tracks
    assert "积极开拓具身智能" not in tracks and "前瞻布局量子科技" not in tracks
    assert ("新一代信息技术产业", "sector") in found


def test_institutions_and_programmes():
    _outline, found = _entities()
    institutions = {name for name, kind in found if kind == "institution"}
    assert {"中国科学院宁波材料所", "甬江实验室", "宁波东方理工大学"} <= institutions
    programmes = {name for name, kind in found if kind == "programme"}
    assert "“1510”人才强市体系" in programmes or "“1510”人才强市体系建设工程" in programmes
    assert "科创甬江2035" in programmes


def test_mention_spans_point_into_the_cleaned_text():
    outline, found = _entities()
    for entity in found.values():
        assert entity.mentions, entity.name
        for node_id, start, end in entity.mentions:
            assert outline.text[start:end] == entity.name, (entity.name, node_id)


def test_split_list_and_lead_verbs():
    assert split_list("积极开拓具身智能、前沿新材料等成长型赛道") == (
        ["具身智能", "前沿新材料"],
        "成长型赛道",
    )
    assert split_list("聚焦新材料、人工智能与大数据、高端装备五大科技创新赛道")[0] == [
        "新材料",
        "人工智能与大数据",
        "高端装备",
    ]
    assert split_list("面向制造、港航、医疗等重点领域") == ([], None)
    assert split_list("没有列表的句子") == ([], None)
    assert strip_lead_verbs("前瞻布局量子科技") == "量子科技"
    assert strip_lead_verbs("发展") == "发展"


def test_entities_stored_at_ingest_with_mentions(sample_ws: Workspace):
    places = sample_ws.entities(type="place")
    names = [e.name for e in places]
    assert "象山南田岛" in names and "鄞州" in names and "海曙" in names
    text = sample_ws.plan_text()
    for entity in places:
        for _node, start, end in entity.mentions:
            assert text[start:end] == entity.name
    tracks = {e.name for e in sample_ws.entities(type="track")}
    assert {"量子科技", "脑机接口", "原子级制造", "6G"} <= tracks
    assert {e.type for e in sample_ws.entities()} == {
        "place",
        "institution",
        "sector",
        "track",
        "programme",
    }
    data = places[0].to_dict()
    assert set(data) == {"name", "type", "mentions"} and set(data["mentions"][0]) == {
        "node",
        "start",
        "end",
    }
