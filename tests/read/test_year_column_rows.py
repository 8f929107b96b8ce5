"""An old plan's table a scan broke into lines under a header of years alone."""

from __future__ import annotations

from pathlib import Path

from plantrack.parse.plan import parse_document
from plantrack.read import read_document
from plantrack.read.year_column_rows import year_column_rows, year_header

# the 六五 plan's consumption table as OCR left it: name, unit, one value a line, a lost cell blank
CONSUMPTION = """1985年，主要消费品的消费量和拥有量的增长情况如下
1980年 1985年1985年比1980年增长
粮食（消费量）
市斤/人
428
443

食用植物油（消费量）
市斤/人


41.3
布（消费量）
市尺/人
30 · 1
33 · 1
11 · 0
自行车（拥有量）
辆/百人

18 · 7
92 · 8
· 。
缝纫机（拥有量）
架/百人


91 · 5
此外，城乡居民的文化、服务性消费，也将有较大的增加，生活将日趋方便。
"""

# its education table: a unit in the header, rows on one line or on three, and the change
# column read apart after the rows
SCHOOLS = """六五”期间，各类中学的在校学生人数如下
1980年（万人）1985年（万人） 1985年比1980年增减
\t普通高中\t969 · 8\t750\t一22 · 7％
387。

技工学校
68
78
职业中学
13 · 4

农业中学
32
228
\t初中 4，538 · 3\t5，000
\u3000\u3000
+ 14 · 7％
+ 5 · 5倍
+ 6 · 1倍 + 10 · 2％
\u3000\u3000
　　各级政府要重视发展少数民族中小学教育事业。
"""


def _lines(text: str) -> list[tuple[str, int]]:
    """(line, blank lines before it) of the non-blank lines from the header on."""
    out: list[tuple[str, int]] = []
    blanks = 0
    for line in text.splitlines()[1:]:
        if line.strip():
            out.append((line, blanks))
            blanks = 0
        else:
            blanks += 1
    return out


def test_a_header_of_years_alone_is_split_into_its_cells() -> None:
    assert year_header("1980年 1985年1985年比1980年增长") == [
        "1980年",
        "1985年",
        "1985年比1980年增长",
    ]
    assert year_header("1980年（万人）1985年（万人） 1985年比1980年增减") == [
        "1980年（万人）",
        "1985年（万人）",
        "1985年比1980年增减",
    ]
    assert year_header("2025年") is None  # one year: a heading, not a header
    assert year_header("2025年经济社会发展主要预期目标") is None


def test_blank_lines_are_the_cells_a_scan_lost() -> None:
    rows, used = year_column_rows(_lines(CONSUMPTION))
    assert rows == [
        ["指标", "单位", "1980年", "1985年", "1985年比1980年增长"],
        ["粮食（消费量）", "市斤/人", "428", "443", ""],
        ["食用植物油（消费量）", "市斤/人", "", "", "41.3"],
        ["布（消费量）", "市尺/人", "30.1", "33.1", "11.0"],
        ["自行车（拥有量）", "辆/百人", "", "18.7", "92.8"],
        ["缝纫机（拥有量）", "架/百人", "", "", "91.5"],
    ]
    assert _lines(CONSUMPTION)[used][0].startswith("此外")  # the sentence after is not the table's


def test_a_column_read_apart_fills_the_rows_that_lost_it_in_order() -> None:
    rows, _ = year_column_rows(_lines(SCHOOLS))
    assert rows == [
        ["指标", "单位", "1980年", "1985年", "1985年比1980年增减"],
        ["普通高中", "万人", "969.8", "750", "-22.7%"],
        ["技工学校", "万人", "68", "78", "14.7%"],
        ["职业中学", "万人", "13.4", "", "5.5倍"],
        ["农业中学", "万人", "32", "228", "6.1倍"],
        ["初中", "万人", "4538.3", "5000", "10.2%"],
    ]


def test_years_over_prose_are_no_table() -> None:
    text = "2020年 2025年\n经济发展\n全市经济保持平稳增长，结构持续优化。\n"
    assert year_column_rows(_lines(text)) == ([], 0)


def test_each_row_gives_its_level_and_its_change_since_the_base_year(tmp_path: Path) -> None:
    path = tmp_path / "六五计划.txt"
    path.write_text(CONSUMPTION + SCHOOLS, encoding="utf-8")
    parsed = parse_document(read_document(path), period=(1981, 1985))
    found = {
        (t.metric, t.value, t.unit, t.baseline, t.baseline_year, t.deadline)
        for t in parsed.targets
        if t.value is not None
    }
    assert {
        ("粮食（消费量）", 443.0, "市斤/人", 428.0, 1980, 1985),
        ("食用植物油（消费量）增长", 41.3, "%", None, 1980, 1985),
        ("布（消费量）", 33.1, "市尺/人", 30.1, 1980, 1985),
        ("布（消费量）增长", 11.0, "%", None, 1980, 1985),
        ("自行车（拥有量）", 18.7, "辆/百人", None, None, 1985),
        ("普通高中", 750.0, "万人", 969.8, 1980, 1985),
        ("普通高中增减", -22.7, "%", None, 1980, 1985),
        ("职业中学增减", 5.5, "倍", None, 1980, 1985),
        ("初中增减", 10.2, "%", None, 1980, 1985),
    } <= found
    # the column read apart gives no target of its own in the prose
    assert not any(t.value == 10.2 and "初中" not in t.metric for t in parsed.targets)
