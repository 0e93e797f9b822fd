"""Vietnam's time, in which bantin's users read dates and count days.

Every publication day (``articles.day``), every date a page or a sitemap gives without an offset,
and every time shown in the dashboard, the reports and the CLI is in ``LOCAL_TZ``. Stored instants
are UTC; this module is where they become Vietnamese days.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def local_day(moment: datetime) -> str:
    """The calendar day of ``moment`` in Vietnam, as ISO text ("2024-06-14"): ``articles.day``,
    written by the store and by the Spark tasks, and the day of an undated article's first sighting."""
    return moment.astimezone(LOCAL_TZ).date().isoformat()
