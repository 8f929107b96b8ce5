"""The department form: 备注, the unit prefilled, a saved message naming the indicator, and a
template (XLSX and CSV) of the department's targets that imports as it is once filled in."""

from __future__ import annotations

import csv
import io
import re

import pytest
from openpyxl import load_workbook
from web_helpers import A_TARGETS, DEPT_A

FIN, CALC = A_TARGETS  # 金融业增加值 (亿元), 高性能算力规模 (EFLOPS)


@pytest.fixture
def editor(as_user, web_ws):
    client = as_user("ed_a")
    client.dept = next(d["id"] for d in web_ws.departments() if d["name"] == DEPT_A)
    return client


def test_form_has_note_unit_and_the_heading_names_both_formats(editor):
    html = editor.get(f"/departments/{editor.dept}").text
    assert 'name="note"' in html and "批量导入（XLSX 或 CSV）" in html
    units = dict(re.findall(r'<option value="([^"]+)" data-unit="([^"]*)"', html))
    assert units == {FIN: "亿元", CALC: "EFLOPS"}
    first = re.search(r'<option value="([^"]+)"[^>]* selected>', html).group(1)
    assert re.search(rf'id="figure-unit" name="unit" type="text" value="{units[first]}"', html)
    # ?target= (the 填报 link of a row) picks the target and its unit without JavaScript
    other = CALC if first == FIN else FIN
    html = editor.get(f"/departments/{editor.dept}?target={other}").text
    assert re.search(rf'<option value="{re.escape(other)}" data-unit="[^"]*" selected>', html)
    assert f'id="figure-unit" name="unit" type="text" value="{units[other]}"' in html
    assert f'href="?plan=1&amp;target={other}#figure-form"' in html


def test_saved_message_names_the_indicator(editor, web_ws):
    response = editor.post(
        f"/departments/{editor.dept}/observations",
        data={
            "csrf_token": editor.csrf,
            "plan": "1",
            "target_id": FIN,
            "period": "2026",
            "value": "1520",
            "unit": "亿元",
            "source": "2026年统计公报",
            "note": "初步核算",
        },
    )
    assert response.status_code == 303
    location = response.headers["location"]
    assert location.endswith("#saved") and f"saved={FIN}" in location
    html = editor.get(location.split("#")[0]).text
    assert '<p class="ok" id="saved" role="status" tabindex="-1" data-autofocus>' in html
    assert "已保存：金融业增加值，2026" in html and FIN not in html.split('id="saved"')[1][:80]
    assert web_ws.observations(1, FIN)[0].note == "初步核算"


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_template_lists_the_departments_targets_and_imports_back(editor, web_ws, fmt):
    response = editor.get(f"/departments/{editor.dept}/template.{fmt}?plan=1&year=2026")
    assert response.status_code == 200
    assert "filename*=UTF-8''" in response.headers["content-disposition"]
    if fmt == "xlsx":
        sheet = load_workbook(io.BytesIO(response.content)).active
        rows = [[c if c is not None else "" for c in r] for r in sheet.iter_rows(values_only=True)]
    else:
        assert response.content.startswith(b"\xef\xbb\xbf")  # Excel/WPS read it as UTF-8
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["指标编号", "指标名称", "年份", "数值", "单位", "来源", "备注"]
    assert sorted((r[0], r[2], r[4]) for r in rows[1:]) == sorted(
        [(FIN, "2026", "亿元"), (CALC, "2026", "EFLOPS")]
    )
    # fill in one row, leave the other as it came: the filled row is stored, the other skipped
    filled = [
        r if r[0] != FIN else [FIN, r[1], "2026", "1520", "亿元", "2026年公报", ""] for r in rows
    ]
    out = io.StringIO()
    csv.writer(out).writerows(filled)
    report = editor.post(
        f"/departments/{editor.dept}/import",
        files={"file": ("模板.csv", out.getvalue().encode("utf-8"), "text/csv")},
        data={"csrf_token": editor.csrf, "plan": "1"},
        headers={"accept": "application/json"},
    ).json()
    assert report["recorded"] == 1
    by_id = {r["target_id"]: r for r in report["rows"]}
    assert by_id[FIN]["ok"] and by_id[CALC].get("skipped") and not by_id[CALC]["ok"]
    assert [(o.target_id, o.value) for o in web_ws.observations(1)] == [(FIN, 1520)]


def test_an_untouched_template_is_refused_with_one_line(editor, web_ws):
    body = editor.get(f"/departments/{editor.dept}/template.csv?plan=1").content
    page = editor.post(
        f"/departments/{editor.dept}/import",
        files={"file": ("模板.csv", body, "text/csv")},
        data={"csrf_token": editor.csrf, "plan": "1"},
    )
    assert page.status_code == 422
    assert "模板.csv：没有一行填写了数值，未导入任何数据" in page.text
    assert web_ws.observations(1) == []
