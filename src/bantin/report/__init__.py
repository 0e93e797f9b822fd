"""The periodic review report ("báo cáo sơ kết / tổng kết"): ``build_report`` gathers the data
(report/data.py, pure), ``render`` writes it as HTML, PDF or Markdown (report/render_*.py)."""

from __future__ import annotations

from pathlib import Path

from bantin.report.data import ReportData, build_report

FORMATS = ("html", "pdf", "md")


def render(data: ReportData, fmt: str, out: Path, *, lang: str = "vi") -> None:
    if fmt == "html":
        from bantin.report.render_html import render_html

        out.write_text(render_html(data, lang=lang), encoding="utf-8")
    elif fmt == "md":
        from bantin.report.render_md import render_markdown

        out.write_text(render_markdown(data, lang=lang), encoding="utf-8")
    elif fmt == "pdf":
        from bantin.report.render_pdf import render_pdf

        out.write_bytes(render_pdf(data, lang=lang))
    else:
        raise ValueError(f"unknown report format {fmt!r}: use one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "ReportData", "build_report", "render"]
