"""What a quantity of a clause carries through the rules (`parse.rules`): its `Reading`, the
`ClauseRun` of its clause and the `ClauseState` of its sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from plantrack.parse.phrases import Head, read_head
from plantrack.parse.quantity import Quantity


@dataclass(slots=True)
class ClauseState:
    """What a sentence carries from clause to clause."""

    kind: str | None = None
    subject: str = ""
    clause: str = ""
    unit: str | None = None  # the unit of the last target (a kind carries only to a like unit)
    comparator: str | None = None  # the comparator of the last target (折合9000美元)
    subjects: list[str] = field(default_factory=list)  # what the clause before found
    total: str = ""  # 其中，南宁市274户…: the subject of the total the sentence before stated
    label: str = ""  # 钢：从…增加到…: the words before a colon that opens the sentence
    item: str = ""  # 四、原盐。1985年生产1，650万吨: the thing a list item's paragraph opens naming
    # …辛集的细颗粒物浓度…，邢台、邯郸下降30%: the measure places listed after share
    measure: str = ""


@dataclass(slots=True)
class Reading:
    """One quantity of a clause on its way through the rules."""

    q: Quantity
    pre: str  # the text before it, from the clause (or the previous list value) on
    after: str  # the text after it, to the end of the clause (bounded)
    chained: bool  # it follows 、/和 after an earlier value of the same list
    head: Head = field(init=False)
    metric: str = ""
    kind: str | None = None
    post_metric: bool = False  # the metric is written after the number
    settled: bool = False  # a rule has read the metric from the words after the number
    comparator: str | None = None  # set by a rule (折合9000美元: the comparator before)

    def __post_init__(self) -> None:
        self.head = read_head(self.pre)
        self.metric = self.head.metric
        self.kind = self.head.kind


@dataclass(slots=True)
class ClauseRun:
    """What one clause carries from value to value."""

    clause: str
    state: ClauseState
    chain_kind: str | None = None
    last: str = ""  # the subject of the clause's last target (…、迈上3万亿元台阶)
    last_unit: str | None = None
    verb: str | None = None  # the verb of a number-noun list (保持2300万A和240万B)
    pending: tuple[float | None, int | None, str] | None = None  # 由45%提高到60%: 45, its year
    since: int | None = None  # 比1980年的4972亿元增长…: the base year of the growth that follows


Rule = Callable[[Reading, ClauseRun], str | None]
