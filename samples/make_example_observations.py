"""Write samples/observations-2026.xlsx: baselines (2025) and a year of figures (2026) for the sample.

The figures for 2026 are the ones in samples/bulletins/ningbo-2026-bulletin.txt (so reading that
bulletin afterwards changes nothing it shares); the baselines are invented for the demo. They are
chosen so that `plantrack status` shows every status (numbers worked out in docs/tracking.md):

    achieved  金融业增加值 2150 ≥ 2000 亿元
    ahead     高性能算力规模 4.5 → 6.2 EFLOPS (observed 37.8%/yr vs 17.3% required)
    on_track  省级以上企业研发机构 1276 → 1320 家 (3.45%/yr vs 3.29%: ratio 1.05)
    lagging   专精特新“小巨人”企业 420 → 452 家 (7.6%/yr vs 10.8%: ratio 0.71)
    no_data   every target without a figure

    .venv/bin/python samples/make_example_observations.py
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent / "observations-2026.xlsx"
PLAN = "宁波市国民经济和社会发展的第十五个五年规划纲要"
BULLETIN = "宁波市2026年统计公报（模拟）"
HEADERS = [
    "指标编号",
    "指标名称",
    "年份",
    "数值",
    "单位",
    "来源",
    "口径",
    "备注",
    "进展",
    "基期",
    "数值性质",
]

# target id, metric, period, value, unit, source, vintage, note, milestone, baseline?, basis
# fmt: off
ROWS: list[tuple] = [
    ('c2.s4.box2.i3.t1', '金融业增加值', 2025, 1880, '亿元', '2025年统计公报', '最终核实', None, None, '是', None),
    ('c2.s4.box2.i3.t1', '金融业增加值', 2026, 2150, '亿元', '宁波市2026年统计公报（模拟）', '初步核算', None, None, None, None),
    ('c4.s1.p1.t1', '高性能算力规模', 2025, 4.5, 'EFLOPS', '市经信局', None, None, None, '是', None),
    ('c4.s1.p1.t1', '高性能算力规模', 2026, 6.2, 'EFLOPS', '宁波市2026年统计公报（模拟）', '初步核算', None, None, None, None),
    ('c3.s2.p1.t3', '省级以上企业研发机构', 2025, 1276, '家', '市科技局', None, None, None, '是', None),
    ('c3.s2.p1.t3', '省级以上企业研发机构', 2026, 1320, '家', '宁波市2026年统计公报（模拟）', None, None, None, None, None),
    ('c2.s5.p2.t3', '专精特新“小巨人”企业', 2025, 420, '家', '市经信局', None, None, None, '是', None),
    ('c2.s5.p2.t3', '专精特新“小巨人”企业', 2026, 452, '家', '宁波市2026年统计公报（模拟）', None, None, None, None, None),
    ('c2.s4.box2.i5.t1', '信息传输、软件和信息技术服务业增加值占生产性服务业比重', 2025, 8.6, '%', '市统计局', None, None, None, '是', None),
    ('c2.s4.box2.i5.t1', '信息传输、软件和信息技术服务业增加值占生产性服务业比重', 2026, 8.7, '%', '宁波市2026年统计公报（模拟）', None, None, None, None, None),
    ('c2.s4.box2.i1.t1', '国家5A级物流企业', 2025, 12, '家', '市商务局', None, None, None, '是', None),
    ('c2.s4.box2.i1.t1', '国家5A级物流企业', 2026, 13, '家', '宁波市2026年统计公报（模拟）', None, None, None, None, None),
    ('c3.s4.p1.t1', '科技型中小企业贷款余额', 2025, 10250000, '万元', '人行宁波市分行', None, '以万元报送', None, '是', None),
    ('c3.s4.p1.t1', '科技型中小企业贷款余额', 2026, 1180, '亿元', '宁波市2026年统计公报（模拟）', None, None, None, None, None),
    ('c3.s2.p1.t2', '高新技术企业（每年新认定）', 2026, 612, '家', '宁波市2026年统计公报（模拟）', None, None, None, None, None),
    ('c3.s3.box4.i2.t1', '国内一流科技领军人才（新集聚）', 2026, 96, '名', '市委人才办', None, None, None, None, 'flow'),
    ('c3.s3.box4.i2.t2', '海外优秀人才（新集聚）', 2026, 172, '名', '市委人才办', None, None, None, None, 'flow'),
    ('c4.s1.p4.t1', '5G-A基站（累计）', 2025, 600, '个', '市通信管理局', None, '年末累计', None, '是', 'total'),
    ('c4.s1.p4.t1', '5G-A基站（累计）', 2026, 3200, '个', '宁波市2026年统计公报（模拟）', None, '年末累计建成', None, None, 'total'),
    ('c3.s1.p1.t1', '省级以上高能级科创平台重点科技创新领域全覆盖', 2026, None, None, '市科技局', None, '已覆盖5个领域中的3个', 'in_progress', None, None),
    ('c3.s2.p1.t5', '规上工业企业研发机构基本全覆盖', 2026, None, None, '市经信局', None, None, 'in_progress', None, None),
]
# fmt: on


def main() -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = PLAN[:31]
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for row in ROWS:
        sheet.append(list(row))
    for col, width in zip("ABCDEFGHIJK", [18, 36, 8, 12, 8, 24, 10, 18, 12, 6, 10], strict=True):
        sheet.column_dimensions[col].width = width
    sheet.freeze_panes = "A2"
    book.save(OUT)
    print(f"{OUT}: {len(ROWS)} rows")


if __name__ == "__main__":
    main()
