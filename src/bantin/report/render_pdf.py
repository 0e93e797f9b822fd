"""The report as PDF: the HTML report laid out by WeasyPrint (pango shapes the text, so
Vietnamese stacked diacritics render correctly; the fonts used are embedded, subset, in the PDF).

The fonts come from the system: the stylesheet asks for Noto Sans, then DejaVu Sans, both of
which cover Vietnamese (Debian: fonts-noto-core, fonts-dejavu-core)."""

from __future__ import annotations

from bantin.report.data import ReportData
from bantin.report.render_html import render_html


class PdfError(RuntimeError):
    """The PDF renderer is missing or failed."""


def render_pdf(data: ReportData, *, lang: str = "vi") -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: pango/harfbuzz libraries missing
        raise PdfError(f"PDF needs WeasyPrint and the pango library (Debian: libpango-1.0-0): {exc}") from exc
    return HTML(string=render_html(data, lang=lang, for_print=True)).write_pdf()
