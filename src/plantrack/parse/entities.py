"""Named things a plan mentions: places, institutions, sectors, tracks and programmes.

    extract_entities(nodes) -> [Entity(name, type, mentions=[(node_id, start, end), ...])]

Types: `place` (Ningbo's districts and counties, named areas, and any 市/县/区/新区/园区 the
segmenter tags as a place name), `institution` (…实验室, …大学, …研究所, …中心), `sector` and
`track` (the 、 lists before 等…产业 / 等…赛道, and 发展…产业 task titles), `programme`
(“1510”人才强市体系, 科创甬江2035). Mention spans are offsets in the plan's cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from plantrack.model import Entity, Node

NINGBO_DISTRICTS = ("海曙", "江北", "北仑", "镇海", "鄞州", "奉化", "余姚", "慈溪", "宁海", "象山")
NINGBO_AREAS = (
    "甬江科创区",
    "前湾新区",
    "象山南田岛",
    "南田岛",
    "宁波高新区",
    "杭州湾新区",
    "梅山",
    "大榭",
    "东钱湖",
    "三江口",
    "宁波舟山港",
    "宁波市",
    "宁波",
)
# Places around Ningbo that plans name without a 市/区 suffix.
REGIONS = (
    "长三角",
    "浙江",
    "华东",
    "上海",
    "杭州",
    "杭州城西",
    "绍兴",
    "舟山",
    "台州",
    "嘉兴",
    "温州",
    "金华",
    "湖州",
    "义乌",
    "香港",
)
KNOWN_INSTITUTIONS = (
    "宁波东方理工大学",
    "中国科学院宁波材料所",
    "甬江实验室",
    "宁波大学",
    "浙江大学",
    "中国船级社",
    "宁波诺丁汉大学",
    "宁波工程学院",
)
NINGBO_PLACES = (
    *NINGBO_DISTRICTS,
    *(
        d + ("市" if d in ("余姚", "慈溪") else "县" if d in ("宁海", "象山") else "区")
        for d in NINGBO_DISTRICTS
    ),
    *NINGBO_AREAS,
)
PLACE_SUFFIXES = ("高新区", "开发区", "新区", "园区", "区", "县", "市", "镇", "乡", "街道")
# Tagged as places by the segmenter but not places a reader asks about.
NOT_PLACES = frozenset(
    [
        "中国",
        "全国",
        "国家",
        "国际",
        "全球",
        "海外",
        "境外",
        "境内",
        "世界",
        "亚洲",
        "东方",
        "南北",
        "全市",
        "全省",
        "市域",
        "城西",
        "新区",
        "园区",
        "北京路",
    ]
)

INSTITUTION_SUFFIXES = (
    "实验室",
    "大学",
    "学院",
    "研究院",
    "研究所",
    "材料所",
    "科学院",
    "研究中心",
    "创新中心",
    "交易中心",
    "服务中心",
    "医院",
    "中心",
)
NOUN_TAGS = ("n", "ns", "nt", "nz", "j", "eng", "an", "b")
GENERIC_INSTITUTIONS = frozenset(
    [
        "实验室",
        "大学",
        "学院",
        "研究院",
        "研究所",
        "中心",
        "创新中心",
        "研究中心",
        "服务中心",
        "医院",
        "科学院",
    ]
)

PROGRAMME_SUFFIX = (
    r"(?:人才强市体系|体系建设工程|体系|工程|计划|行动|专项行动|专项|品牌|模式|战略|试点|机制)"
)
QUOTED_PROGRAMME = re.compile(
    r"“([^”“]{2,16})”((?:(?!等)[\u4e00-\u9fff]){0,6}?" + PROGRAMME_SUFFIX + ")?"
)

LIST_ITEM_PREFIX = re.compile(
    r"^(?:(?:积极|加快|大力|重点|前瞻|优先|着力|全面|深入|持续|稳步|有序|进一步|超前|率先|聚焦|围绕|"
    r"包括|涵盖|做强|做优|做大|做亮|壮大|提升|实施|推动|推进|引进|支持|培育|开拓|布局|发展|建设|打造|"
    r"强化|巩固|延伸|谋划|探索|瞄准|面向|力争|形成|构建|高水平|自建|加强|组建|创建|争创)+)"
)
COUNT_GROUP = re.compile(
    r"^(?P<items>.+?)(?:等|[一二三四五六七八九十两]+[大个项类种条])"
    r"(?P<label>[\u4e00-\u9fff]{0,10}?(?P<suffix>赛道|产业|产业集群))$"
)
TITLE_SECTOR = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}?(?:发展|培育|壮大|推动|提速发展|加快壮大|大力培育))"
    r"(?P<name>[\u4e00-\u9fff与]{2,12}?产业)(?:规模化|创新|高质量|集群)?(?:发展)?$"
)
TOWN = re.compile(
    r"(?:(?<=[、，和与在])|(?<=推动)|(?<=支持)|(?<=推进)|^)([\u4e00-\u9fff]{2,3}(?:镇|乡|街道))"
)
CLAUSE_SPLIT = re.compile(r"[，。；：！？,;:\n]")


def split_list(clause: str) -> tuple[list[str], str | None]:
    """A 、 list ending in 等…赛道/产业 (or 五大…赛道) -> (items, label), else ([], None).

    积极开拓具身智能、前沿新材料等成长型赛道 -> (["具身智能", "前沿新材料"], "成长型赛道").
    """
    if "、" not in clause:
        return [], None
    match = COUNT_GROUP.match(clause)
    if not match:
        return [], None
    items = [item.strip("“”\"' ") for item in match.group("items").split("、")]
    items[0] = strip_lead_verbs(items[0])
    items = [item for item in items if 1 < len(item) <= 14]
    return (items, match.group("label")) if len(items) >= 2 else ([], None)


def strip_lead_verbs(text: str) -> str:
    """前瞻布局量子科技 -> 量子科技 (the verbs that open a plan's list sentence)."""
    stripped = LIST_ITEM_PREFIX.sub("", text)
    return stripped if len(stripped) >= 2 else text


def _tagged(text: str) -> list[tuple[str, str, int]]:
    import rjieba

    out, pos = [], 0
    for word, tag in rjieba.tag(text):
        out.append((word, tag, pos))
        pos += len(word)
    return out


def _places(text: str) -> Iterable[str]:
    """Place names the segmenter tags (ns) with a 市/县/区/新区/园区 suffix, or bare city names."""
    tagged = _tagged(text)
    for i, (word, tag, _pos) in enumerate(tagged):
        known = word in NINGBO_PLACES or word in REGIONS
        if (tag != "ns" and not known) or len(word) < 2 or word in NOT_PLACES:
            continue
        following = tagged[i + 1][0] if i + 1 < len(tagged) else ""
        following2 = following + (tagged[i + 2][0] if i + 2 < len(tagged) else "")
        if following2 in PLACE_SUFFIXES:  # 慈溪 高新 区
            yield word + following2
        elif following in PLACE_SUFFIXES:
            yield word + following
        elif (word.endswith(PLACE_SUFFIXES) and len(word) >= 3) or word in REGIONS:
            yield word
        if (
            word.endswith("市")
            and following.endswith(("区", "县", "市"))
            and 3 <= len(following) <= 4
        ):
            yield following  # 绍兴市柯桥区: a district right after its city, however it is tagged


def _towns(text: str) -> Iterable[str]:
    """Towns and townships named in a list or after 在/推动/支持: 观海卫镇、周巷镇."""
    for match in TOWN.finditer(text):
        yield match.group(1)


def _institutions(text: str) -> Iterable[str]:
    """Noun runs ending in an institution word: 中国科学院宁波材料所, 甬江实验室, 宁波东方理工大学."""
    tagged = _tagged(text)
    for i, (word, _tag, _pos) in enumerate(tagged):
        if not word.endswith(INSTITUTION_SUFFIXES) and word not in ("所",):
            continue
        j = i
        while (
            j > 0
            and tagged[j - 1][1].startswith(NOUN_TAGS)
            and tagged[j - 1][0] not in ("和", "与", "及", "等", "一批", "若干", "各类", "更多")
        ):
            j -= 1
            if i - j >= 4:
                break
        name = strip_lead_verbs("".join(w for w, _t, _p in tagged[j : i + 1]))
        if (
            len(name) >= 4
            and name not in GENERIC_INSTITUTIONS
            and re.fullmatch(r"[\u4e00-\u9fff（）]+", name)
        ):
            yield name


def _programmes(text: str) -> Iterable[str]:
    for match in QUOTED_PROGRAMME.finditer(text):
        quoted, suffix = match.group(1), match.group(2)
        if not re.search(r"[\u4e00-\u9fff0-9]", quoted):
            continue
        if re.fullmatch(r"[0-9]+", quoted) and suffix:
            yield f"“{quoted}”{suffix}"
        elif suffix and re.search(r"[\u4e00-\u9fff]{2,}\d{2,}$", quoted):
            yield quoted  # 科创甬江2035
        elif suffix and re.search(r"[\u4e00-\u9fff]", quoted) and len(quoted) >= 3:
            yield f"“{quoted}”{suffix}"


def _lists(text: str) -> Iterable[tuple[str, str]]:
    for clause in CLAUSE_SPLIT.split(text):
        items, label = split_list(clause)
        if not items or label is None:
            continue
        kind = "track" if label.endswith("赛道") else "sector"
        for item in items:
            yield item, kind


def extract_entities(nodes: list[Node]) -> list[Entity]:
    """Entities of a plan's nodes with every mention (node id, start, end in the cleaned text)."""
    found: dict[tuple[str, str], Entity] = {}

    def add(name: str, kind: str) -> None:
        name = name.strip()
        if len(name) >= 2:
            found.setdefault((name, kind), Entity(name=name, type=kind))

    for place in NINGBO_PLACES:
        add(place, "place")
    for name in KNOWN_INSTITUTIONS:
        add(name, "institution")
    for node in nodes:
        if node.kind not in ("paragraph", "item", "heading", "box", "section", "chapter"):
            continue
        text = node.text
        for name in _programmes(text):
            add(name, "programme")
        for name in _institutions(text):
            add(name, "institution")
        for name in _places(text):
            add(name, "place")
        for name in _towns(text):
            add(name, "place")
        for name, kind in _lists(text):
            add(name, kind)
        if node.kind in ("paragraph", "item"):
            match = TITLE_SECTOR.match(node.title)
            if match:
                add(match.group("name"), "sector")
    _find_mentions(list(found.values()), nodes)
    return [e for e in found.values() if e.mentions]


def _find_mentions(items: list[Entity], nodes: list[Node]) -> None:
    """Every occurrence of every name. Within one type the longest name wins where names overlap
    (象山南田岛 over 象山); across types overlaps stay (象山南田岛 the place in 象山南田岛算力中心)."""
    by_type: dict[str, dict[str, Entity]] = {}
    for entity in items:
        by_type.setdefault(entity.type, {})[entity.name] = entity
    for by_name in by_type.values():
        pattern = re.compile("|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True)))
        for node in nodes:
            if node.kind == "table":
                continue
            for match in pattern.finditer(node.text):
                start = node.span[0] + match.start()
                by_name[match.group()].mentions.append(
                    (node.node_id, start, start + len(match.group()))
                )
