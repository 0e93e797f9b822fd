"""Charts drawn on the server as SVG: a line chart over days (several series compared) and a
horizontal bar chart. No JavaScript, so they show in the dashboard, in the HTML report and in
its PDF alike. Every label is HTML-escaped here: names come from articles, which are untrusted.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from html import escape

# Okabe-Ito: distinguishable with the common colour-vision deficiencies, and in print.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif"


def _nice_step(peak: float, ticks: int = 4) -> float:
    raw = max(peak, 1) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return max(1.0, factor * magnitude)
    return 10 * magnitude


def line_chart(series: Mapping[str, Mapping[date, int]], *, start: date | None = None, end: date | None = None,
               width: int = 720, height: int = 260, title: str = "", y_label: str = "") -> str:
    """Counts per day (or per week: any dates) for each named series, on one shared date axis.

    Missing days count 0. The legend names each series; every point has a tooltip."""
    days = sorted({d for counts in series.values() for d in counts})
    if start is None and days:
        start = days[0]
    if end is None and days:
        end = days[-1]
    left, right, top, bottom = 44, 34, 28 if title else 12, 46
    legend_rows = math.ceil(len(series) / 3) if len(series) > 1 else 0
    height += legend_rows * 18
    plot_w, plot_h = width - left - right, height - top - bottom - legend_rows * 18
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart line-chart" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-label="{escape(title or y_label)}" font-family="{FONT}" font-size="11">']
    if title:
        parts.append(f'<text x="{left}" y="16" font-size="13" font-weight="bold">{escape(title)}</text>')
    if not start or not end:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="#666">—</text></svg>')
        return "".join(parts)
    span = max((end - start).days, 1)
    peak = max((c for counts in series.values() for c in counts.values()), default=0)
    step = _nice_step(peak)
    y_max = step * max(1, math.ceil(peak / step))
    x = lambda d: left + plot_w * (d - start).days / span  # noqa: E731
    y = lambda v: top + plot_h - plot_h * v / y_max  # noqa: E731
    tick = 0.0
    while tick <= y_max + 1e-9:
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#e3e3e3"/>')
        parts.append(f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" fill="#555">{_number(tick)}</text>')
        tick += step
    if y_label:
        parts.append(f'<text x="10" y="{top + plot_h / 2:.1f}" transform="rotate(-90 10 {top + plot_h / 2:.1f})" '
                     f'text-anchor="middle" fill="#555">{escape(y_label)}</text>')
    for d in _date_ticks(start, end):
        parts.append(f'<line x1="{x(d):.1f}" x2="{x(d):.1f}" y1="{top + plot_h}" y2="{top + plot_h + 4}" stroke="#888"/>')
        parts.append(f'<text x="{x(d):.1f}" y="{top + plot_h + 16}" text-anchor="middle" fill="#555">{d:%d/%m/%Y}</text>')
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#888"/>')
    every_day = _axis_days(start, end, days)
    for i, (name, counts) in enumerate(series.items()):
        colour = PALETTE[i % len(PALETTE)]
        points = [(x(d), y(counts.get(d, 0)), d, counts.get(d, 0)) for d in every_day]
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py, _, _ in points)
        parts.append(f'<g class="series" data-series="{escape(name)}">')
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{path}"/>')
        radius = 2.5 if len(points) <= 120 else 1.2
        for px, py, d, v in points:
            if v:
                parts.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="{radius}" fill="{colour}">'
                             f'<title>{escape(name)} · {d:%d/%m/%Y}: {v}</title></circle>')
        parts.append("</g>")
    if legend_rows:
        for i, name in enumerate(series):
            lx, ly = left + (i % 3) * (plot_w / 3), top + plot_h + 34 + (i // 3) * 18
            parts.append(f'<rect x="{lx:.1f}" y="{ly - 9}" width="14" height="4" fill="{PALETTE[i % len(PALETTE)]}"/>')
            parts.append(f'<text x="{lx + 20:.1f}" y="{ly - 3}">{escape(_short(name, 34))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(items: Sequence[tuple[str, float]], *, width: int = 520, bar: int = 20, title: str = "",
              colour: str = PALETTE[0], label_width: int = 190, stacked: Sequence[tuple[str, float]] | None = None,
              stacked_colour: str = PALETTE[1]) -> str:
    """Horizontal bars, one per (label, value), largest first as given. ``stacked`` adds a second
    segment per bar (e.g. copies after originals)."""
    top = 24 if title else 4
    height = top + bar * len(items) + 6
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart bar-chart" viewBox="0 0 {width} {max(height, 30)}" '
             f'width="100%" role="img" aria-label="{escape(title)}" font-family="{FONT}" font-size="11">']
    if title:
        parts.append(f'<text x="0" y="15" font-size="13" font-weight="bold">{escape(title)}</text>')
    totals = [v + (stacked[i][1] if stacked else 0) for i, (_, v) in enumerate(items)]
    peak = max(totals, default=0) or 1
    plot_w = width - label_width - 50
    for i, (label, value) in enumerate(items):
        y = top + i * bar
        w = plot_w * value / peak
        parts.append(f'<text x="{label_width - 6}" y="{y + bar * 0.68:.1f}" text-anchor="end">{escape(_short(label, 30))}'
                     f'<title>{escape(label)}</title></text>')
        parts.append(f'<rect x="{label_width}" y="{y + 3}" width="{w:.1f}" height="{bar - 6}" fill="{colour}">'
                     f'<title>{escape(label)}: {_number(value)}</title></rect>')
        extra = stacked[i][1] if stacked else 0
        if extra:
            w2 = plot_w * extra / peak
            parts.append(f'<rect x="{label_width + w:.1f}" y="{y + 3}" width="{w2:.1f}" height="{bar - 6}" '
                         f'fill="{stacked_colour}"><title>{escape(stacked[i][0])}: {_number(extra)}</title></rect>')
        parts.append(f'<text x="{label_width + plot_w * totals[i] / peak + 4:.1f}" y="{y + bar * 0.68:.1f}" '
                     f'fill="#333">{_number(totals[i])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def timeline(events: Sequence[tuple[date, str, float]], *, start: date, end: date, width: int = 720, title: str = "") -> str:
    """Labelled events on a date axis (emerging issues): one row per event, a dot sized by weight."""
    top, row, left, right = 24 if title else 6, 20, 34, 34
    height = top + row * max(len(events), 1) + 30
    span = max((end - start).days, 1)
    plot_w = width - left - right
    x = lambda d: left + plot_w * (d - start).days / span  # noqa: E731
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-label="{escape(title)}" font-family="{FONT}" font-size="11">']
    if title:
        parts.append(f'<text x="0" y="15" font-size="13" font-weight="bold">{escape(title)}</text>')
    peak = max((w for _, _, w in events), default=1) or 1
    for i, (day, label, weight) in enumerate(events):
        y = top + i * row + row / 2
        cx = x(min(max(day, start), end))
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#f0f0f0"/>')
        parts.append(f'<circle cx="{cx:.1f}" cy="{y:.1f}" r="{3 + 5 * weight / peak:.1f}" fill="{PALETTE[i % len(PALETTE)]}">'
                     f'<title>{escape(label)} · {day:%d/%m/%Y}</title></circle>')
        anchor, tx = ("end", cx - 10) if cx > left + plot_w * 0.6 else ("start", cx + 10)
        parts.append(f'<text x="{tx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">{escape(_short(label, 48))}</text>')
    axis_y = top + row * max(len(events), 1) + 6
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{axis_y}" y2="{axis_y}" stroke="#888"/>')
    for d in _date_ticks(start, end):
        parts.append(f'<text x="{x(d):.1f}" y="{axis_y + 16}" text-anchor="middle" fill="#555">{d:%d/%m/%Y}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _axis_days(start: date, end: date, days: Sequence[date]) -> list[date]:
    """Every day of the range when it is short enough (so zero days show), else the days present."""
    span = (end - start).days
    if span <= 800:
        step = 1
        if len(days) > 1 and all((b - a).days % 7 == 0 for a, b in zip(days, days[1:])):
            step = 7  # weekly buckets
        return [start + timedelta(days=i) for i in range(0, span + 1, step)]
    return list(days)


def _date_ticks(start: date, end: date, count: int = 5) -> list[date]:
    span = (end - start).days
    if span <= 0:
        return [start]
    n = min(count, span + 1)
    return [start + timedelta(days=round(span * i / (n - 1))) for i in range(n)] if n > 1 else [start]


def _number(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".") if float(value).is_integer() else f"{value:,.1f}"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
