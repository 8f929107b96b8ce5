"""The report as a sequence of neutral blocks (headings, paragraphs, tables, images).

Every writer (html, pdf, docx, md) renders the same blocks, so the four formats always carry the
same sections, tables and numbers; only the typography differs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plantrack.model import STATUS_ZH
from plantrack.report.charts import Charts
from plantrack.report.data import Box, ReportData, TargetLine

CN_NUMBERS = "一二三四五六七八九十"


@dataclass(slots=True)
class Heading:
    level: int  # 0 = document title, 1 = section, 2 = subsection
    text: str


@dataclass(slots=True)
class Paragraph:
    text: str
    style: str = "body"  # body | note | subtitle | lead


@dataclass(slots=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative column widths
    status_column: int | None = None  # cells holding a status label (coloured by writers)
    statuses: list[str] = field(default_factory=list)  # status code per row, when relevant
    numeric: tuple[int, ...] = ()  # right-aligned columns
    caption: str = ""


@dataclass(slots=True)
class Image:
    png: bytes
    caption: str
    width_cm: float
    svg: str = ""  # the same chart as inline SVG (HTML), when drawn


Block = Heading | Paragraph | Table | Image


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"


def _owner(line: TargetLine) -> str:
    return "、".join(line.lead)


def _summary_table(data: ReportData) -> Table:
    rows = [[s.label, str(s.count), f"{s.share:.1%}"] for s in data.summary]
    rows.append(["合计", str(data.total), "100%" if data.total else "—"])
    return Table(
        ["进展状态", "指标数（项）", "占比"],
        rows,
        [3, 2, 2],
        status_column=0,
        statuses=[s.status for s in data.summary] + [""],
        numeric=(1, 2),
    )


def _chapter_table(data: ReportData) -> Table:
    shown = [c.status for c in data.summary]
    rows = [[c.title, *(str(c.counts[s]) for s in shown), str(c.total)] for c in data.chapters]
    return Table(
        ["章节", *(STATUS_ZH[s] for s in shown), "合计"],
        rows,
        [6, *([1.6] * len(shown)), 1.3],
        numeric=tuple(range(1, len(shown) + 2)),
    )


def _targets_table(lines: list[TargetLine]) -> Table:
    rows = [
        [
            line.target.id,
            line.target.metric,
            line.binding_label or "—",
            line.baseline or "—",
            line.latest or "—",
            line.goal,
            line.projected or "—",
            line.status_zh,
            _owner(line) or "—",
        ]
        for line in lines
    ]
    return Table(
        ["编号", "指标", "属性", "基期值", "最新值", "目标值", "预计到期值", "状态", "牵头单位"],
        rows,
        [2.6, 4.2, 1.3, 2.2, 2.4, 3.2, 2.1, 1.8, 2.2],
        status_column=7,
        statuses=[line.status for line in lines],
    )


def _lagging_table(lines: list[TargetLine]) -> Table:
    rows = [
        [
            line.target.metric,
            line.latest or "—",
            line.expected or "—",
            line.goal,
            line.projected or "—",
            line.pace or "—",
            _owner(line) or "—",
        ]
        for line in lines
    ]
    return Table(
        ["指标", "最新值", "按进度应达", "目标值", "预计到期值", "尚需进度", "牵头单位"],
        rows,
        [4.2, 2.4, 2.2, 3.0, 2.2, 2.6, 2.2],
    )


def _progress_table(data: ReportData) -> Table:
    lines = [line for line in data.targets if line.progress_share is not None]
    rows = [
        [line.target.metric, _pct(line.progress_share), _pct(data.elapsed_share), line.status_zh]
        for line in lines
    ]
    return Table(
        ["指标", "目标完成进度", "时间进度", "状态"],
        rows,
        [6, 2, 2, 2],
        status_column=3,
        statuses=[line.status for line in lines],
        numeric=(1, 2),
    )


def _appendix_table(data: ReportData) -> Table:
    rows = [
        [line.target.id, line.target.metric, f"“{line.citation}”", " › ".join(line.path) or "—"]
        for line in data.targets
    ]
    return Table(["编号", "指标", "规划原文", "出处"], rows, [2.4, 3.2, 9, 4.4])


def build_blocks(data: ReportData, charts: Charts) -> list[Block]:
    """The sections of the report in order; headings are numbered 一、二、… like a 公文."""
    blocks: list[Block] = [
        Heading(0, data.title),
        Paragraph(data.subtitle, "subtitle"),
        Paragraph(
            f"基期 {data.base_year} 年 · 监测年度 {data.year} 年 · "
            f"监测值 {data.observation_count} 条 · 生成于 "
            f"{data.generated_at}",
            "note",
        ),
    ]
    sections: list[tuple[str, list[Block]]] = []
    overview: list[Block] = [
        Paragraph(data.conclusion(), "lead"),
        _summary_table(data),
        Image(charts.status_png, "图1 指标进展状态（按章节）", 15.5, charts.status_svg),
    ]
    sections.append(("总体情况", overview))
    sections.append(("分章节进展", [_chapter_table(data)]))
    if data.kind == "midterm":
        sections.append(("时间进度与目标进度", _progress_section(data)))
    sections.append(("主要指标进展", _targets_section(data)))
    sections.append(("滞后指标及尚需进度", _lagging_section(data, charts)))
    sections.append(("重点工程（专栏）进展", _boxes_section(data)))
    for number, (title, body) in enumerate(sections):
        blocks.append(Heading(1, f"{CN_NUMBERS[number]}、{title}"))
        blocks.extend(body)
    blocks.append(Heading(1, "附录 指标原文出处"))
    blocks.append(_appendix_table(data))
    blocks.append(Heading(1, "说明"))
    blocks.extend(Paragraph(note, "note") for note in data.notes)
    return blocks


def _progress_section(data: ReportData) -> list[Block]:
    """The mid-term section comparing each target's progress with the time elapsed."""
    elapsed = _pct(data.elapsed_share) or "—"
    progress: list[Block] = [
        Paragraph(
            f"截至{data.year}年，规划期（{data.plan.period_start}—{data.plan.period_end}年，"
            f"基期{data.base_year}年）时间进度为"
            f"{elapsed}。下表对照各项指标的目标完成进度（自基期值至目标值已完成的比例）与时间进度，"
            "检视“时间过半、任务过半”的情况。",
            "body",
        )
    ]
    table = _progress_table(data)
    progress.append(table if table.rows else Paragraph("暂无可计算完成进度的指标。", "note"))
    return progress


def _targets_section(data: ReportData) -> list[Block]:
    """The targets section: binding targets first, then the others."""
    binding = [line for line in data.targets if line.target.binding]
    others = [line for line in data.targets if not line.target.binding]
    targets: list[Block] = []
    if binding:
        targets += [Heading(2, f"约束性指标（{len(binding)}项）"), _targets_table(binding)]
    if others:
        if binding:
            targets.append(Heading(2, f"其他指标（{len(others)}项）"))
        targets.append(_targets_table(others))
    if not data.targets:
        targets.append(Paragraph("本规划暂无量化指标。", "note"))
    return targets


def _lagging_section(data: ReportData, charts: Charts) -> list[Block]:
    """The lagging targets with the pace still needed, and a trend chart for each."""
    lagging: list[Block] = []
    if not data.lagging:
        lagging.append(Paragraph("本期无滞后指标。", "body"))
        return lagging
    lagging.append(
        Paragraph(
            f"以下{len(data.lagging)}项指标进度滞后，列出当前值、按规划路径"
            "应达到的值，以及到期实现目标尚需的年均进度。",
            "body",
        )
    )
    lagging.append(_lagging_table(data.lagging))
    for index, line in enumerate(data.lagging, start=1):
        png = charts.trends.get(line.target.id)
        if png is not None:
            lagging.append(
                Image(
                    png,
                    f"图2-{index} {line.target.metric}（{line.target.id}）"
                    "：监测值、规划路径与趋势预测",
                    10.5,
                    charts.trend_svgs.get(line.target.id, ""),
                )
            )
    return lagging


def _boxes_section(data: ReportData) -> list[Block]:
    """The 专栏 section: each box's progress and a table of its items."""
    boxes: list[Block] = []
    for box in data.boxes:
        boxes.append(Heading(2, box.title))
        boxes.append(Paragraph(f"进展：{box.progress_text()}。", "body"))
        rows, statuses = _box_rows(box)
        if rows:
            boxes.append(
                Table(
                    ["项目", "牵头单位", "指标", "最新值", "状态"],
                    rows,
                    [2.6, 2.2, 6.4, 2.6, 1.8],
                    status_column=4,
                    statuses=statuses,
                )
            )
    if not data.boxes:
        boxes.append(Paragraph("本规划未设重点工程专栏。", "note"))
    return boxes


def _box_rows(box: Box) -> tuple[list[list[str]], list[str]]:
    """A box's table rows (one per item target, or one for an item without any) and statuses."""
    rows: list[list[str]] = []
    statuses: list[str] = []
    for item in box.items:
        if item.targets:
            for line in item.targets:
                rows.append(
                    [
                        item.title,
                        "、".join(item.lead or line.lead) or "—",
                        line.phrase,
                        line.latest or "—",
                        line.status_zh,
                    ]
                )
                statuses.append(line.status)
        else:
            rows.append([item.title, "、".join(item.lead) or "—", "（无量化指标）", "—", "—"])
            statuses.append("")
    return rows, statuses
