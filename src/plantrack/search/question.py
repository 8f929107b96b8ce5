"""The question-type step before retrieval: a rule table, first matching row wins.

    question_type("宁波要引进多少海外优秀人才？") -> "value"
    question_type("高性能算力规模由哪个部门牵头？") -> "owner"
    question_type("算力规模目前进展如何？") -> "progress"

Types (docs/search.md has the table with examples): value, list, count, when, how, owner,
progress, where, who, passage (anything else). "none" is not a question type but the answer's
when the plans do not say. The order of the rows is the tie-break: progress words beat 多少
(截至2026年建了多少个), 什么时候 beats 完成 (什么时候完成), an owner word beats 谁 (谁牵头),
几项 beats 措施 (有几项保障措施), 举措 beats 哪些 (有哪些举措), 哪几 is a list (哪几条铁路), and
达到/目标 turn 几家 from a count into a value (要达到几家).
"""

from __future__ import annotations

import re

# every type with its words in Chinese and English (the CLI and the ask page show them)
TYPE_LABELS: dict[str, tuple[str, str]] = {
    "value": ("数值目标", "value"),
    "list": ("列举", "list"),
    "count": ("数量", "count"),
    "when": ("时间", "when"),
    "how": ("举措", "measures"),
    "owner": ("责任部门", "owner"),
    "progress": ("进展", "progress"),
    "where": ("地点", "where"),
    "who": ("机构", "who"),
    "passage": ("原文", "passage"),
    "none": ("未找到", "not found"),
}
TYPES = tuple(t for t in TYPE_LABELS if t != "none")

# what a planner calls the progress of a target, whatever its subject
PROGRESS_STRONG = re.compile(
    r"进展|进度|滞后|落后|慢于|快于预期|超前|提前实现|提前完成|符合预期|跟上|截至|截止到?|"
    r"到目前为止|完成率"
)
WHEN = re.compile(r"什么时候|啥时候|什么时间|何时|哪一?年|哪个年份|时间节点|时限|期限|几几年")
OWNER = re.compile(
    r"哪个部门|哪些部门|什么部门|哪个单位|哪些单位|哪家单位|责任部门|责任单位|牵头|"
    r"谁负责|由谁|谁来抓|谁来管|谁在管|谁主管|主管部门|归哪|分工|负责部门|负责单位|负责推进"
)
PROGRESS_WEAK = re.compile(
    r"完成得|完成情况|完成了|完成没|实现了吗|实现没|达标了|目前|现在|眼下|当前|最新|"
    r"情况怎|情况如何|怎么样了|到哪一步|做得怎么样|进行得"
)
HOW = re.compile(
    r"怎么|怎样|如何|举措|措施|办法|做法|路径|抓手|手段|采取什么|哪些工作|干什么|做什么"
)
COUNT = re.compile(r"(?<!哪)(?:几|多少)[项类种条大批]|一共|总共|共有|共[几多]|(?<!哪)几[个家所座]")
VALUE_WORDS = re.compile(r"达到|目标|要达|提高到|提升到|增加到|降到|控制在")
WHERE = re.compile(
    r"哪个[区县市地镇乡]|哪些[区县市地镇乡]|哪里|哪儿|在哪|何地|什么地方|哪个片区|哪个城市|"
    r"哪个园区|哪个新区|什么区"
)
WHO = re.compile(
    r"谁|哪个机构|哪家|哪些机构|什么机构|哪所|哪个实验室|哪些高校|哪个平台|哪些院所|哪些大学"
)
VALUE = re.compile(
    r"多少|(?<!哪)几[个家名项所座条类]?|比例|比重|占比|规模|多大|多高|多长|多远|目标值|数量|百分之|"
    r"要达到|达到什么|达到多|上限|下限|增长多|什么目标|目标是什么|什么水平|什么程度|目标[？?]?$"
)
LIST = re.compile(
    r"包括哪些|有哪些|包含哪些|哪些|哪几|列举|分别是|涵盖|都有什么|有什么|要建什么|建些什么|什么内容|"
    r"发展什么|干哪些"
)

RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("progress", PROGRESS_STRONG),
    ("when", WHEN),
    ("owner", OWNER),
    ("progress", PROGRESS_WEAK),
    ("count", COUNT),
    ("how", HOW),
    ("where", WHERE),
    ("who", WHO),
    ("value", VALUE),
    ("list", LIST),
)


def question_type(question: str) -> str:
    """The type of a question from its words (the first matching row of RULES)."""
    text = question.strip()
    for name, pattern in RULES:
        if pattern.search(text):
            if name == "count" and VALUE_WORDS.search(text):
                return "value"  # 要达到几家: a target's figure, not a number of items
            return name
    return "passage"


FILLER = re.compile(r"谁|是否|是不是|有没有|了吗|了没有|没有|吗|呢|这件事|这块|这个指标|工作")


def topic(question: str) -> str:
    """What an owner, progress or how question is about, without its cue words (牵头, 进展, 目前,
    举措 …): the words to search the plan for."""
    text = re.sub(r"由(?=哪|谁|什么)", "", question)
    for pattern in (OWNER, PROGRESS_STRONG, PROGRESS_WEAK, HOW, FILLER):
        text = pattern.sub(" ", text)
    return text if re.search(r"[\w\u4e00-\u9fff]{2,}", text) else question
