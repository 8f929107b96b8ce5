"""A number found in text (`Quantity`), and the words that say what kind of number it is: the
units of a count, the units that make a name or a duration, the comparator words after a value."""

from __future__ import annotations

from dataclasses import dataclass

from plantrack.read.lexicon import TIME_AND_GRADE_UNITS

# Units that make a name or a duration phrase (15分钟生活圈, 三年行动) unless a verb or
# 以内/以上 says it is a target.
WEAK_UNITS = {*TIME_AND_GRADE_UNITS, "度", "个点", "期"}

# Classifiers of a count: after one, 大/型 opens the counted noun (16处大宗固废…, 5个大型…).
COUNT_UNITS = frozenset(
    "个家处座所条项件台套辆艘架张场次款种部名位户批只支间栋块片幢口宗笔颗份根樘对堂例具组面眼班"
)


def is_count(unit: str | None) -> bool:
    """个, 万个, 千家: a classifier of a count, with or without its scale."""
    return (unit or "").lstrip("万亿千百") in COUNT_UNITS


SUFFIX_COMPARATORS: dict[str, str] = {
    "及以上": ">=",
    "以上": ">=",
    "之上": ">=",
    "以下": "<=",
    "以内": "<=",
    "之内": "<=",
    "左右": "~",
    "上下": "~",
    "内": "<=",
}

# 15、12和10标台: the words that join a list's values
LIST_JOIN_CHARS = "、和及与"


@dataclass(slots=True)
class Quantity:
    """A number with its unit as found in text; `name` is a reason when it is not a value."""

    start: int
    end: int  # end of number+unit+suffix
    num_text: str
    value: float | None
    unit: str | None
    suffix: str | None
    chinese: bool
    name: str | None = None
    high: float | None = None  # upper end of a range (5%—6%, 3-5个); `value` is the lower
    more: bool = False  # 1900多个, 50余人: more than the number

    @property
    def comparator(self) -> str | None:
        if self.suffix:
            return SUFFIX_COMPARATORS.get(self.suffix)
        if self.more:
            return ">"
        return ">=" if self.high is not None else None

    @property
    def fraction(self) -> bool:
        """三分之一, 1/3: a fraction, a value with no unit."""
        return self.unit is None and ("分之" in self.num_text or "/" in self.num_text)

    @property
    def text(self) -> str:
        if self.unit in ("%", "‰") and not self.num_text[0].isdigit():
            per = "百" if self.unit == "%" else "千"
            return f"{per}分之{self.num_text}{self.suffix or ''}"
        return f"{self.num_text}{self.unit or ''}{self.suffix or ''}"
