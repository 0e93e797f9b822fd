"""The dashboard's words, in Vietnamese (the default) and English. ``?lang=en`` switches and a
cookie remembers the choice. Vietnamese strings are NFC."""

from __future__ import annotations

import re
from datetime import date

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

STRINGS: dict[str, tuple[str, str]] = {
    # key: (Vietnamese, English)
    "app_title": ("Bản tin — theo dõi báo chí", "bantin — news monitor"),
    "nav_home": ("Tổng quan", "Overview"),
    "nav_search": ("Tìm kiếm", "Search"),
    "nav_trends": ("Xu hướng", "Trends"),
    "nav_stories": ("Sự kiện", "Stories"),
    "nav_people": ("Nhân vật", "People"),
    "nav_orgs": ("Tổ chức", "Organisations"),
    "nav_places": ("Địa danh", "Places"),
    "nav_provinces": ("Tỉnh thành", "Provinces"),
    "nav_sources": ("Nguồn tin", "Sources"),
    "nav_alerts": ("Cảnh báo", "Alerts"),
    "switch_language": ("English", "Tiếng Việt"),
    "search_placeholder": ("Từ khóa, ví dụ: quân sự, \"Đảng ủy\", bão OR lũ", "Words, e.g. quân sự, \"Đảng ủy\", bão OR lũ"),
    "search_button": ("Tìm", "Search"),
    "since": ("Từ ngày", "From"),
    "until": ("Đến ngày", "To"),
    "filters": ("Bộ lọc", "Filters"),
    "clear_filters": ("Bỏ lọc", "Clear filters"),
    "results": ("kết quả", "results"),
    "no_results": ("Không có kết quả.", "No results."),
    "page": ("Trang", "Page"),
    "previous": ("« Trước", "« Previous"),
    "next": ("Sau »", "Next »"),
    "source": ("Nguồn", "Source"),
    "topic": ("Chủ đề", "Topic"),
    "province": ("Tỉnh thành", "Province"),
    "entity": ("Thực thể", "Entity"),
    "published": ("Ngày đăng", "Published"),
    "undated": ("không rõ ngày", "undated"),
    "authors": ("Tác giả", "Authors"),
    "section": ("Chuyên mục", "Section"),
    "keyphrases": ("Cụm từ khóa", "Keyphrases"),
    "entities": ("Nhân vật, tổ chức, địa danh", "People, organisations, places"),
    "provinces": ("Tỉnh thành được nhắc đến", "Provinces concerned"),
    "revisions": ("Các phiên bản", "Revisions"),
    "original_link": ("Xem trên trang báo", "View on the publisher's site"),
    "duplicates": ("Bài trùng lặp / đăng lại", "Duplicates and copies"),
    "story": ("Thuộc sự kiện", "Part of the story"),
    "related": ("Bài liên quan (cùng nhân vật, tổ chức)", "Related (shared names)"),
    "no_data": ("Chưa có dữ liệu.", "No data yet."),
    "no_connect": ("Chưa có dữ liệu: phân tích trùng lặp, sự kiện và cảnh báo chưa được chạy trên kho này.",
                   "No data yet: duplicates, stories and alerts have not been computed for this store."),
    "articles": ("bài", "articles"),
    "article": ("bài", "article"),
    "result": ("kết quả", "result"),
    "days_n": ("ngày", "days"),
    "day_n": ("ngày", "day"),
    "articles_cap": ("Số bài", "Articles"),
    "key_figures": ("Số liệu chính", "Key figures"),
    "sources_count": ("nguồn tin", "sources"),
    "days_count": ("ngày có bài", "days with articles"),
    "volume": ("Số bài theo thời gian", "Articles over time"),
    "per_day": ("Số bài mỗi ngày", "Articles per day"),
    "per_week": ("Số bài mỗi tuần", "Articles per week"),
    "latest": ("Bài mới nhất", "Latest articles"),
    "top_people": ("Nhân vật được nhắc nhiều", "Most mentioned people"),
    "top_orgs": ("Tổ chức được nhắc nhiều", "Most mentioned organisations"),
    "top_places": ("Địa danh được nhắc nhiều", "Most mentioned places"),
    "trends_title": ("Mức độ quan tâm theo thời gian", "Attention over time"),
    "trends_help": ("Nhập tối đa 6 truy vấn để so sánh (mỗi dòng một truy vấn).",
                    "Up to 6 queries to compare, one per line."),
    "compare": ("So sánh", "Compare"),
    "view": ("Cách xem", "View"),
    "view_count": ("Số bài", "Articles"),
    "view_ratio": ("Tỷ lệ trên tổng số bài", "Share of all articles"),
    "view_share_of_voice": ("Tỷ trọng giữa các truy vấn", "Share of voice"),
    "view_ratio_help": (("Số bài khớp chia cho tổng số bài của cùng các nguồn trong kỳ: tăng vì được quan tâm hơn, "
                         "không phải vì thu thập nhiều bài hơn."),
                        ("Matching articles over all the articles of the same sources in the period: a rise in "
                         "attention, not in how much was collected.")),
    "view_share_of_voice_help": ("Số bài của mỗi truy vấn chia cho tổng số bài của các truy vấn đang so sánh trong kỳ.",
                                 "Each query's articles over the sum of the compared queries' articles in the period."),
    "y_count_day": ("Số bài mỗi ngày", "Articles per day"),
    "y_count_week": ("Số bài mỗi tuần", "Articles per week"),
    "y_count_month": ("Số bài mỗi tháng", "Articles per month"),
    "y_ratio": ("% tổng số bài", "% of all articles"),
    "y_share_of_voice": ("% giữa các truy vấn", "% of the queries' articles"),
    "interval": ("Theo", "By"),
    "month": ("tháng", "month"),
    "stories_title": ("Sự kiện", "Stories"),
    "story_origin": ("Nguồn đưa tin đầu tiên", "Broken by"),
    "story_size": ("Số bài", "Articles"),
    "story_timeline": ("Diễn biến sự kiện", "Story timeline"),
    "first_seen": ("Xuất hiện", "First seen"),
    "last_seen": ("Gần nhất", "Last seen"),
    "people_title": ("Nhân vật", "People"),
    "orgs_title": ("Tổ chức", "Organisations"),
    "places_title": ("Địa danh", "Places"),
    "name_filter": ("Lọc theo tên", "Filter by name"),
    "titles_seen": ("Chức danh được nêu", "Titles and positions seen"),
    "cooccurring": ("Thường xuất hiện cùng", "Often mentioned with"),
    "mentions": ("Lần nhắc", "Mentions"),
    "provinces_title": ("Tỉnh thành", "Provinces"),
    "provinces_help": ("Theo 34 đơn vị hành chính cấp tỉnh từ 1/7/2025; trong ngoặc là các tỉnh cũ (63 tỉnh trước 1/7/2025).",
                       "Under the 34 provinces since 1 July 2025; in brackets the former provinces (63 before that date)."),
    "province_new": ("Tỉnh/thành (từ 1/7/2025)", "Province (since 1 July 2025)"),
    "province_old": ("Tỉnh/thành cũ", "Former provinces"),
    "sources_title": ("Nguồn tin", "Sources"),
    "share": ("Tỷ trọng", "Share"),
    "originals": ("Bài gốc", "Originals"),
    "copies": ("Bài đăng lại", "Copies"),
    "original_share": ("Tỷ lệ bài gốc", "Share of originals"),
    "who_copies_whom": ("Ai đăng lại của ai", "Who copies whom"),
    "copier": ("Báo đăng lại", "Copied by"),
    "copied_from": ("Đăng lại từ", "Copied from"),
    "first_day": ("Ngày đầu", "First day"),
    "last_day": ("Ngày cuối", "Last day"),
    "active_days": ("Số ngày có bài", "Active days"),
    "alerts_title": ("Cảnh báo vấn đề nổi lên", "Emerging issues"),
    "alert_day": ("Ngày", "Day"),
    "alert_what": ("Vấn đề", "Issue"),
    "alert_count": ("Số bài", "Articles"),
    "alert_baseline": ("Mức thường ngày", "Usual level"),
    "alert_why": ("Lý do", "Why"),
    "export": ("Xuất dữ liệu", "Export"),
    "error": ("Lỗi", "Error"),
    "bad_query": ("Truy vấn không hợp lệ", "Malformed query"),
    "not_found": ("Không tìm thấy.", "Not found."),
    "private_person": ("Không hiển thị: bantin không lập hồ sơ cá nhân riêng tư.",
                       "Not shown: bantin does not profile private persons."),
    "bad_date": ("{field}: {value!r} không phải ngày hợp lệ (YYYY-MM-DD); bộ lọc này đã được bỏ qua",
                 "{field}: {value!r} is not a valid date (YYYY-MM-DD); this filter was ignored"),
    "page_beyond": ("Trang {page} / {pages}: không có trang này.", "Page {page} / {pages}: there is no such page."),
    "last_page": ("Về trang cuối", "Go to the last page"),
    "kind_entity": ("nhân vật, tổ chức, địa danh", "person, organisation or place"),
    "kind_keyphrase": ("cụm từ khóa", "keyphrase"),
    "kind_province": ("tỉnh thành", "province"),
    "kind_topic": ("chủ đề", "topic"),
    "alert_explained": ("{what}: {count} ngày {day}, so với {rate}/ngày trong {days} ngày trước đó",
                        "{what}: {count} on {day}, against {rate}/day over the previous {days} days"),
    "alert_explained_short": ("{what}: {count} ngày {day}, so với {rate}/ngày trước đó",
                              "{what}: {count} on {day}, against {rate}/day before"),
    "alert_in_province": ("'{phrase}' ở {place}", "'{phrase}' in {place}"),
    "alert_topic": ("chủ đề '{topic}'", "topic '{topic}'"),
    "alert_texts": ("{originals}, {copies}", "{originals}, {copies}"),
    "originals_n": ("bài gốc", "originals"),
    "original_n": ("bài gốc", "original"),
    "copies_n": ("bài đăng lại", "copies"),
    "copy_n": ("bài đăng lại", "copy"),
    "docs_title": ("Tài liệu API", "API reference"),
    "docs_intro": ("Mọi điểm truy cập của API JSON, sinh từ lược đồ OpenAPI của máy chủ này.",
                   "Every endpoint of the JSON API, from this server's OpenAPI schema."),
    "docs_parameters": ("Tham số", "Parameters"),
    "docs_in": ("Vị trí", "In"),
    "docs_type": ("Kiểu", "Type"),
    "docs_required": ("bắt buộc", "required"),
    "docs_description": ("Mô tả", "Description"),
    "docs_responses": ("Phản hồi", "Responses"),
    "docs_none": ("Không có tham số.", "No parameters."),
    "ranked_in_blocks": ("Nhiều kết quả: xếp hạng theo từng nhóm {n} bài mới nhất.",
                         "Many matches: ranked in blocks of the {n} most recent."),
    "facets_sampled": ("Thống kê trên {n} bài mới nhất.", "Counted over the latest {n} matches."),
    "all": ("Tất cả", "All"),
    "type": ("Loại", "Type"),
    "PER": ("Nhân vật", "Person"),
    "ORG": ("Tổ chức", "Organisation"),
    "LOC": ("Địa danh", "Place"),
    "name": ("Tên", "Name"),
    "day": ("ngày", "day"),
    "week": ("tuần", "week"),
    "api_docs": ("Tài liệu API", "API docs"),
    "footer": ("bantin phân tích những gì báo chí đã đăng; không theo dõi cá nhân.",
               "bantin analyses what the press has published; it does not profile individuals."),
}


def translator(lang: str):
    index = 0 if lang == "vi" else 1

    def t(name: str, **values: object) -> str:
        text = STRINGS[name][index] if name in STRINGS else name
        return text.format(**values) if values else text

    return t


# English plural -> singular, for ``count``; Vietnamese nouns do not change with the number
SINGULAR = {"articles": "article", "results": "result", "days_n": "day_n", "originals_n": "original_n",
            "copies_n": "copy_n"}

# The search parser's and filters' messages (bantin.search.query and bantin.search.filters
# QueryError), matched from their beginning, in Vietnamese; ``{0}`` is the part the message quotes
# (the text it could not read, the province or topic typed).
QUERY_ERRORS_VI: list[tuple[re.Pattern[str], str]] = [(re.compile(pattern), text) for pattern, text in [
    (r"empty query", "truy vấn trống: hãy nhập ít nhất một từ"),
    (r"unbalanced '\)'", "thừa dấu ')' trong truy vấn"),
    (r"unbalanced '\('", "thiếu dấu ')' đóng ngoặc trong truy vấn"),
    (r"cannot read the query at (.*)$", "không đọc được truy vấn tại {0}"),
    (r"unbalanced quote", 'thiếu dấu ngoặc kép đóng: cụm từ phải kết thúc bằng "'),
    (r"'-' must be followed", "sau dấu '-' phải là một từ hoặc một \"cụm từ\" (không loại trừ được cả nhóm)"),
    (r"NOT must be followed by a word or a \"phrase\", not (.*)$", "sau NOT phải là một từ hoặc một \"cụm từ\", không phải {0}"),
    (r"NOT must be followed .*\(a group", "sau NOT phải là một từ hoặc một \"cụm từ\" (không loại trừ được cả nhóm)"),
    (r"NOT must be followed", "sau NOT phải là một từ hoặc một \"cụm từ\""),
    (r"empty phrase", 'cụm từ trống ""'),
    (r"OR needs a term", "OR cần có từ ở cả hai bên"),
    (r"a query needs at least one word", "truy vấn cần ít nhất một từ không bị loại trừ (bằng '-' hoặc NOT)"),
    (r"empty group", "nhóm trống trong truy vấn"),
    (r"unknown province ('.*?'|\".*?\"):", ("không có tỉnh thành {0}: hãy nhập một trong 63 tỉnh, thành phố trước"
                                           " 1/7/2025 hoặc 34 tỉnh, thành phố từ ngày đó (ví dụ 'Quảng Trị', 'quang tri',"
                                           " 'TP.HCM')")),
    (r"unknown topic ('.*?'|\".*?\"): one of (.*)$", "không có chủ đề {0}: chọn một trong {1}"),
]]


def query_error(message: str, lang: str) -> str:
    """A QueryError's message in the page's language; an unknown message is shown as it is."""
    if lang != "vi":
        return message
    for pattern, vietnamese in QUERY_ERRORS_VI:
        found = pattern.match(message)
        if found:
            return vietnamese.format(*found.groups())
    return message


def counter(lang: str):
    """``count(n, "articles")``: "1 article", "2 articles"; "1 bài", "2 bài"."""
    t = translator(lang)

    def count(n: int, name: str) -> str:
        word = t(SINGULAR.get(name, name) if n == 1 and lang == "en" else name)
        return f"{number(n, lang)} {word}"

    return count


def number(n: int, lang: str) -> str:
    """1.234 in Vietnamese, 1,234 in English."""
    return f"{n:,}".replace(",", "." if lang == "vi" else ",")


def decimal(value: float | None, lang: str, digits: int = 1) -> str:
    """A decimal number with the language's separator: 0,8 in Vietnamese, 0.8 in English."""
    if value is None:
        return "—"
    text = f"{value:,.{digits}f}"
    return text.translate(str.maketrans(",.", ".,")) if lang == "vi" else text


def alert_articles(lang: str, count: int, distinct_texts: int | None = None) -> str:
    """An alert's articles, and when some are copies of others how many are distinct texts: "3 bài
    (1 bài gốc, 2 bài đăng lại)", "3 articles (1 original, 2 copies)"; "3 bài" when every article
    is its own text (or the store does not say, ``None``)."""
    n = counter(lang)
    if distinct_texts is None or distinct_texts >= count:
        return n(count, "articles")
    texts = translator(lang)("alert_texts", originals=n(distinct_texts, "originals_n"),
                             copies=n(count - distinct_texts, "copies_n"))
    return f"{n(count, 'articles')} ({texts})"


def alert_reason(lang: str, *, kind: str, name: str, count: int, day: date, baseline: float,
                 window_days: int | None = None, phrase: str | None = None, distinct_texts: int | None = None) -> str:
    """Why an alert was raised, in ``lang``, from its fields (``bantin.connect.bursts`` stores this
    sentence in English only): "'bão': 3 bài (1 bài gốc, 2 bài đăng lại) ngày 14/06/2023, so với
    0,0/ngày trong 9 ngày trước đó"."""
    t = translator(lang)
    if kind == "province" and phrase:
        what = t("alert_in_province", phrase=phrase, place=name)
    elif kind == "province":
        what = name
    elif kind == "topic":
        what = t("alert_topic", topic=name)
    else:
        what = f"'{name}'"
    values = {"what": what, "count": alert_articles(lang, count, distinct_texts), "day": day.strftime("%d/%m/%Y"),
              "rate": decimal(baseline, lang)}
    if window_days:
        return t("alert_explained", days=window_days, **values)
    return t("alert_explained_short", **values)


def pick_language(query_value: str | None, cookie_value: str | None, accept: str | None = None) -> str:
    for value in (query_value, cookie_value):
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE
