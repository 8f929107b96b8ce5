"""An indicator table whose header puts each year over the same measures — 空间类型 | 2020年 over
面积指标(平方公里) | 占全省陆域空间比例, then 2030年 over the same two — turned into one row per
name and measure, with one column a year (一级生态功能区面积指标(平方公里) | 11535 | 11535)."""

from __future__ import annotations

import re

from plantrack.parse.table_columns import find_columns

_YEAR_MEASURE = re.compile(r"^((?:19|20)\d\d年)(\D.*)$")


def _measure_name(name: str, measure: str) -> str:
    """一级生态功能区 + 各功能区面积指标 → 一级生态功能区面积指标: 各 and the words the name
    already ends with are dropped."""
    measure = measure.removeprefix("各")
    for k in range(min(len(name), len(measure)), 1, -1):
        if name.endswith(measure[:k]):
            return name + measure[k:]
    return name + measure


def by_measure(rows: list[list[str]]) -> list[list[str]]:
    """The rows, pivoted when a header row (of the first three) holds each year over the same
    two or more measures; else unchanged."""
    for h, header in enumerate(rows[:3]):
        found = [(i, _YEAR_MEASURE.match(c.strip())) for i, c in enumerate(header)]
        split = {i: (m.group(1), m.group(2)) for i, m in found if m}
        years = list(dict.fromkeys(y for y, _ in split.values()))
        measures = list(dict.fromkeys(m for _, m in split.values()))
        place = {pair: i for i, pair in split.items()}
        if len(years) < 2 or len(measures) < 2 or len(place) != len(years) * len(measures):
            continue
        keep = [i for i in range(len(header)) if i not in split]
        new_header = [header[i] for i in keep] + years
        cols = find_columns([new_header])
        if cols is None or cols.name >= len(keep):
            continue
        out = [*rows[:h], new_header]
        for row in rows[h + 1 :]:
            if len(row) < len(header):
                out.append([row[i] if i < len(row) else "" for i in keep] + [""] * len(years))
                continue
            for measure in measures:
                cells = [row[i] for i in keep]
                cells[cols.name] = _measure_name(cells[cols.name].strip(), measure)
                out.append(cells + [row[place[(year, measure)]] for year in years])
        return out
    return rows
