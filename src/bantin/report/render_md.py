"""The report as Markdown: the same sections as the HTML report, tables instead of charts
(plus a text bar per period for the volume), for pasting into documents and wikis."""

from __future__ import annotations

from bantin.report.data import ReportData
from bantin.report.render_html import emerging_reason
from bantin.report.words import words
from bantin.web.i18n import decimal, number

BAR_WIDTH = 30


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def render_markdown(data: ReportData, *, lang: str = "vi") -> str:
    w = words(lang)

    def _n(value: int) -> str:
        return number(value, lang)

    d = data
    scope = f"**{_cell(d.query)}**" if d.query else w("all_articles")
    change = d.change()
    out = [f"# {w('title')}", "",
           f"{w('period')}: **{d.since:%d/%m/%Y} – {d.until:%d/%m/%Y}** · {w('query')}: {scope} · "
           f"{w('generated')}: {d.generated_at:%H:%M %d/%m/%Y}", "", f"## {w('figures')}", ""]
    out += _table([w("articles"), w("sources"), w("days"), w("per_day"), w("previous"), w("change")],
                  [[_n(d.figures["articles"]), d.figures["sources"], d.figures["days"],
                    decimal(d.figures["per_day"], lang), _n(d.previous["articles"]),
                    "—" if change is None else f"{change:+.0%}"]])
    out += [f"## {w('volume')}", "", "```"]
    peak = max(d.volume.values(), default=0) or 1
    for day, n in d.volume.items():
        out.append(f"{day:%d/%m/%Y}  {'█' * max(1, round(BAR_WIDTH * n / peak))} {n}")
    out += ["```", "", f"## {w('stories')}", ""]
    if d.stories is None:
        out += [f"_{w('no_connect')}_", ""]
    elif not d.stories:
        out += [f"_{w('no_data')}_", ""]
    else:
        out += _table([w("story"), w("size"), w("outlets"), w("origin")],
                      [[s["label"] or s["origin_title"], s["size"], s["sources"], s["origin_source"]] for s in d.stories])
    out += [f"## {w('names')}", ""]
    for key in ("people", "organisations", "places"):
        rows = getattr(d, key)
        out += [f"### {w(key)}", ""]
        out += _table([w("name"), w("articles"), w("before")], [[r["name"], r["articles"], r["before"]] for r in rows]) \
            if rows else [f"_{w('no_data')}_", ""]
    out += [f"### {w('provinces')}", ""]
    out += _table([w("name"), w("articles")],
                  [[p["name_2025"] + (" (" + ", ".join(f"{f['name']}: {f['articles']}" for f in p["former"]) + ")"
                                      if [f["name"] for f in p["former"]] != [p["name_2025"]] else ""), p["articles"]]
                   for p in d.provinces]) if d.provinces else [f"_{w('no_data')}_", ""]
    out += [f"## {w('source_section')}", ""]
    header = [w("source"), w("articles"), w("share")] + ([w("originals"), w("copies")] if d.copying is not None else [])
    out += _table(header, [[s["source"], _n(s["articles"]), decimal(100 * s["share"], lang) + "%"]
                           + ([s["originals"], s["copies"]] if d.copying is not None else []) for s in d.sources])
    if d.copying is None:
        out += [f"_{w('no_connect')}_", ""]
    elif d.copying:
        out += [f"### {w('who_copies')}", ""] + _table([w("copier"), w("copied_from"), w("articles")], [list(p) for p in d.copying])
    out += [f"## {w('emerging')}", ""]
    if d.emerging:
        out += [w("emerging_alerts" if d.emerging_from == "alerts" else "emerging_keyphrases"), ""]
        alerts = d.emerging_from == "alerts"
        out += _table([w("day"), w("issue"), w("articles"), w("before")] + ([w("why")] if alerts else []),
                      [[f"{e['day']:%d/%m/%Y}", e["name"], e["articles"],
                        decimal(e["baseline"], lang) if isinstance(e["baseline"], float) else e["baseline"]]
                       + ([emerging_reason(e, lang)] if alerts else []) for e in d.emerging])
    else:
        out += [f"_{w('no_data')}_", ""]
    out += [f"## {w('methodology')}", "", w("method_text"), "", f"_{w('footer')}_", ""]
    return "\n".join(out)
