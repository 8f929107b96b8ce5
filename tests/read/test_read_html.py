"""HTML reading: the article only, in order, for a known CMS container and an unknown page."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from plantrack.errors import ReadError
from plantrack.read import read_document

ARTICLE = [
    "第三章 建设全域高水平创新型城市",
    "坚持以科技创新塑造发展新优势，推动创新链产业链资金链人才链深度融合。",
    "第一节 增强科技创新策源能力",
    "打造重大科技力量矩阵。面向国家战略需求和产业发展需要，构建区域重大科技力量体系。",
    "优化市域创新空间布局。坚持整体布局、错位协同，构建全域创新空间体系。",
    "加强关键核心技术攻关。迭代实施“科创甬江2035”重点研发计划。",
    "第二节 推动科技创新和产业创新深度融合",
    "强化企业科技创新主体地位。建立健全创新资源向企业集聚的政策体系。",
    "加快科技成果转化应用。深化国家科技成果转移转化示范区建设。",
    "加大应用场景建设开放力度。因地制宜建设一批综合性重大场景。",
]


def _page(article_html: str, *, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}">
<title>宁波市国民经济和社会发展第十五个五年规划纲要_宁波市人民政府</title>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
<style>.nav {{ color: red }}</style></head>
<body>
<div class="header"><a href="/">宁波市人民政府</a> <input placeholder="请输入关键词"></div>
<ul class="nav"><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li></ul>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 规划信息</div>
<div class="main">
<div class="info">发布日期：2026-01-20 来源：宁波市发展和改革委员会 字号：[大 中 小] 浏览次数：1234</div>
{article_html}
<div class="share">分享到：微信 微博 打印本页 关闭窗口</div>
<div class="related"><h4>相关链接</h4><ul><li><a href="/a">宁波市十四五规划纲要</a></li></ul></div>
</div>
<div class="footer"><p>主办单位：宁波市人民政府办公厅 浙ICP备05002001号</p></div>
<script>console.log("footer script")</script>
</body></html>"""


def _paragraphs(texts: list[str]) -> str:
    out = []
    for text in texts:
        if re.match(r"第.{1,3}[章节] ", text):
            out.append(f'<p style="text-align:center"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{text}</p>')
    return "\n".join(out)


def test_known_container_keeps_every_paragraph_table_and_br(tmp_path: Path):
    table = """<table border="1"><tbody>
      <tr><th>类别</th><th>指标</th><th>2030年</th></tr>
      <tr><td rowspan="2">创新驱动</td><td>研发投入强度（%）</td><td>3.5</td></tr>
      <tr><td>每万人高价值发明专利拥有量（件）</td><td>30</td></tr>
      <tr><td colspan="2">说明</td><td>预期性</td></tr>
    </tbody></table>"""
    body = (
        '<div id="UCAP-CONTENT">'
        + _paragraphs(ARTICLE[:5])
        + table
        + "<div>"
        + "<br>".join(ARTICLE[5:7])
        + "<br/></div>"
        + _paragraphs(ARTICLE[7:])
        + "</div>"
    )
    path = tmp_path / "article.html"
    path.write_text(_page(body), encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "html"
    assert doc.title == "宁波市国民经济和社会发展第十五个五年规划纲要"
    assert doc.warnings == []  # the known container was used
    assert [b.text for b in doc.blocks if b.kind != "table"] == ARTICLE
    assert [b.kind for b in doc.blocks].index("table") == 5  # in place, between the paragraphs
    table_block = doc.blocks[5]
    assert table_block.rows == [
        ["类别", "指标", "2030年"],
        ["创新驱动", "研发投入强度（%）", "3.5"],
        ["创新驱动", "每万人高价值发明专利拥有量（件）", "30"],  # rowspan repeated
        ["说明", "预期性"],  # colspan once
    ]


def test_unknown_page_uses_trafilatura_offline(tmp_path: Path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the HTML reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    body = (
        '<div class="c-body"><h1>宁波市国民经济和社会发展第十五个五年规划纲要</h1>'
        f"{_paragraphs(ARTICLE)}</div>"
    )
    path = tmp_path / "unknown.htm"
    path.write_text(_page(body), encoding="utf-8")
    doc = read_document(path)
    assert [b.text for b in doc.blocks] == [
        "宁波市国民经济和社会发展第十五个五年规划纲要",
        *ARTICLE,
    ]
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].level == 1
    assert doc.warnings == ["main text found by trafilatura (no known article container)"]


def test_gbk_page_with_meta_charset(tmp_path: Path):
    body = f'<div class="TRS_Editor">{_paragraphs(ARTICLE)}</div>'
    path = tmp_path / "gbk.HTML"
    path.write_bytes(_page(body, charset="gb2312").encode("gbk"))
    doc = read_document(path)
    assert doc.encoding == "gb18030"
    assert [b.text for b in doc.blocks] == ARTICLE


def test_page_without_article_text(tmp_path: Path):
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>空</title><script>var a=1;</script></head><body></body></html>"
    )
    with pytest.raises(ReadError, match=r"empty\.html: (no article text found|empty)"):
        read_document(path)


def test_unknown_page_keeps_repeated_paragraphs(tmp_path: Path):
    # a plan may repeat paragraphs word for word: trafilatura must not de-duplicate them
    sample = Path(__file__).resolve().parents[2] / "samples" / "ningbo-15th-fyp-excerpt.txt"
    lines = [line.strip() for line in sample.read_text(encoding="utf-8").splitlines()]
    texts = [line for line in lines if line] * 2
    body = "".join(f"<p>{text}</p>" for text in texts)
    path = tmp_path / "twice.html"
    path.write_text(_page(f'<div class="wz">{body}</div>'), encoding="utf-8")
    doc = read_document(path)
    assert [b.text for b in doc.blocks] == texts


def test_wrapper_with_a_boilerplate_like_class_is_kept(tmp_path: Path):
    # Bootstrap's position-relative matches the "position" (当前位置) pattern, but holds the article
    body = f'<div class="container position-relative"><div class="wz">{_paragraphs(ARTICLE)}</div></div>'
    path = tmp_path / "bootstrap.html"
    path.write_text(_page(body), encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == ARTICLE


def test_fifo_is_not_a_regular_file(tmp_path: Path):
    import os

    path = tmp_path / "pipe.html"
    os.mkfifo(path)
    with pytest.raises(ReadError) as exc:
        read_document(path)
    assert str(exc.value) == f"{path}: not a regular file"
