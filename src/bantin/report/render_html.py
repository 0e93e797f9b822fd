"""The report as one self-contained HTML file: styles inline, charts as inline SVG, no script.
The PDF is this HTML rendered by WeasyPrint (render_pdf.py)."""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from bantin.local_time import LOCAL_TZ
from bantin.report.data import ReportData
from bantin.report.words import words
from bantin.web import charts
from bantin.web.i18n import alert_reason, counter, decimal, number


def report_charts(data: ReportData, lang: str) -> dict[str, Markup]:
    w = words(lang)
    result = {
        "volume": charts.line_chart({w("articles"): data.volume}, start=_bucket(data.since, data.interval),
                                    end=data.until, y_label=w("per_day_axis" if data.interval == "day" else "per_week_axis")),
        "sources": charts.bar_chart(
            [(s["source"], s.get("originals", s["articles"])) for s in data.sources[:15]], width=720, label_width=240,
            stacked=[(w("copies"), s["copies"]) for s in data.sources[:15]] if data.copying is not None else None),
    }
    for key in ("people", "organisations", "places"):
        rows = getattr(data, key)
        if rows:
            result[key] = charts.bar_chart([(r["name"], r["articles"]) for r in rows], width=720, label_width=240)
    if data.provinces:
        result["provinces"] = charts.bar_chart([(p["name_2025"], p["articles"]) for p in data.provinces], width=720, label_width=240)
    if data.emerging:
        result["emerging"] = charts.timeline([(e["day"], e["name"], e["articles"]) for e in data.emerging],
                                             start=data.since, end=data.until)
    return {k: Markup(v) for k, v in result.items()}  # charts escape their labels


def _bucket(day: date, interval: str) -> date:
    from datetime import timedelta

    return day - timedelta(days=day.weekday()) if interval == "week" else day


def context(data: ReportData, lang: str) -> dict[str, Any]:
    change = data.change()
    return {"d": data, "w": words(lang), "lang": lang, "charts": report_charts(data, lang),
            "change": None if change is None else f"{change:+.0%}", "count": counter(lang),
            "why": lambda e: emerging_reason(e, lang)}


def emerging_reason(issue: dict[str, Any], lang: str) -> str:
    """Why an alert of the emerging issues was raised, in the report's language, from its fields."""
    if not issue.get("explanation"):
        return ""
    return alert_reason(lang, kind=issue["kind"], name=issue["name"], count=issue["articles"], day=issue["day"],
                        baseline=issue["baseline"], window_days=issue["window_days"], phrase=issue["phrase"],
                        distinct_texts=issue["distinct_texts"])


def render_html(data: ReportData, *, lang: str = "vi", for_print: bool = False) -> str:
    env = Environment(loader=FileSystemLoader(str(resources.files("bantin.report") / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=True, lstrip_blocks=True)
    env.filters["day"] = lambda d: d.strftime("%d/%m/%Y") if hasattr(d, "strftime") else (d or "")
    env.filters["number"] = lambda n: number(n, lang) if isinstance(n, int) else n
    env.filters["decimal"] = lambda x: decimal(x, lang)
    env.filters["percent"] = lambda x: decimal(100 * x, lang) + "%" if x is not None else "—"
    env.filters["moment"] = _moment
    return env.get_template("report.html").render(for_print=for_print, **context(data, lang))


def _moment(value: Any) -> str:
    from datetime import datetime
    
    if not value:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value.astimezone(LOCAL_TZ).strftime("%d/%m/%Y")
