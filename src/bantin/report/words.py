"""The report's words in Vietnamese (default) and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Báo cáo sơ kết thông tin báo chí", "Press coverage review"),
    "period": ("Kỳ báo cáo", "Period"),
    "query": ("Phạm vi", "Scope"),
    "all_articles": ("toàn bộ bài báo trong kho", "every article in the store"),
    "generated": ("Lập lúc", "Generated"),
    "figures": ("1. Số liệu chính", "1. Key figures"),
    "articles": ("Số bài", "Articles"),
    "sources": ("Số nguồn tin", "Sources"),
    "days": ("Số ngày có bài", "Days with articles"),
    "per_day": ("Bình quân mỗi ngày", "Per day on average"),
    "previous": ("Kỳ trước", "Previous period"),
    "change": ("Thay đổi so với kỳ trước", "Change from the previous period"),
    "volume": ("2. Số bài theo thời gian", "2. Articles over time"),
    "per_day_axis": ("Số bài mỗi ngày", "Articles per day"),
    "per_week_axis": ("Số bài mỗi tuần", "Articles per week"),
    "stories": ("3. Sự kiện nổi bật", "3. Top stories"),
    "story": ("Sự kiện", "Story"),
    "size": ("Số bài", "Articles"),
    "origin": ("Nguồn đưa tin đầu tiên", "Broken by"),
    "outlets": ("Số nguồn", "Outlets"),
    "first_seen": ("Xuất hiện", "First seen"),
    "names": ("4. Nhân vật, tổ chức, địa phương", "4. People, organisations and provinces"),
    "people": ("Nhân vật", "People"),
    "organisations": ("Tổ chức", "Organisations"),
    "places": ("Địa danh", "Places"),
    "provinces": ("Tỉnh thành (34 đơn vị từ 1/7/2025; trong ngoặc: tỉnh cũ)",
                  "Provinces (the 34 since 1 July 2025; in brackets: former provinces)"),
    "name": ("Tên", "Name"),
    "before": ("Kỳ trước", "Before"),
    "source_section": ("5. Nguồn tin: bài gốc và bài đăng lại", "5. Sources: originals and copies"),
    "source": ("Nguồn", "Source"),
    "share": ("Tỷ trọng", "Share"),
    "originals": ("Bài gốc", "Originals"),
    "copies": ("Bài đăng lại", "Copies"),
    "copier": ("Báo đăng lại", "Copied by"),
    "copied_from": ("Đăng lại từ", "Copied from"),
    "who_copies": ("Ai đăng lại của ai", "Who copies whom"),
    "emerging": ("6. Vấn đề nổi lên", "6. Emerging issues"),
    "issue": ("Vấn đề", "Issue"),
    "day": ("Ngày", "Day"),
    "why": ("Lý do", "Why"),
    "emerging_keyphrases": ("Cụm từ khóa xuất hiện nhiều hơn hẳn so với kỳ trước (số bài kỳ này / (kỳ trước + 1)); "
                            "ngày là ngày cụm từ xuất hiện lần đầu trong kỳ.",
                            "Keyphrases far more frequent than in the previous period (articles now / (before + 1)); "
                            "the day is the phrase's first appearance in the period."),
    "emerging_alerts": ("Các đợt tăng đột biến do bantin phát hiện (so với mức thường ngày).",
                        "Bursts detected by bantin (against the usual daily level)."),
    "methodology": ("7. Phương pháp", "7. Methodology"),
    "method_text": (
        "Số liệu lấy từ kho bài báo của bantin: các bài được thu thập từ trang báo, trích xuất nội dung chính, "
        "chuẩn hóa tiếng Việt (Unicode NFC) và lưu mọi phiên bản. Mỗi bài được tính theo ngày đăng (giờ Việt Nam). "
        "Nhân vật, tổ chức, địa danh và tỉnh thành do bộ phân tích ngôn ngữ của bantin nhận diện tự động, có thể có sai sót; "
        "tỉnh thành được quy đổi theo Nghị quyết 202/2025/QH15 (34 đơn vị từ 1/7/2025). "
        "Bài đăng lại là bài trùng hoặc gần trùng nội dung với một bài đăng sớm hơn (bài gốc); "
        "sự kiện là nhóm bài viết về cùng một việc trong khoảng vài ngày. "
        "Kỳ trước là khoảng thời gian liền trước, cùng độ dài.",
        "Figures come from bantin's store: articles collected from news sites, their main text extracted, the "
        "Vietnamese normalised (Unicode NFC), every revision kept. Each article counts on its publication day "
        "(Vietnam time). People, organisations, places and provinces are recognised automatically by bantin's "
        "language layer and may contain errors; provinces follow Resolution 202/2025/QH15 (34 since 1 July 2025). "
        "A copy is an article identical or nearly identical to an earlier one (the original); a story is a group "
        "of articles about one event within a few days. The previous period is the one just before, of the same length."),
    "no_connect": ("Chưa có dữ liệu: phân tích trùng lặp và sự kiện chưa được chạy trên kho này (bantin connect).",
                   "No data yet: duplicates and stories have not been computed for this store (bantin connect)."),
    "no_data": ("Chưa có dữ liệu.", "No data yet."),
    "footer": ("Báo cáo do bantin lập tự động từ các bài báo đã đăng.",
               "Generated automatically by bantin from published articles."),
}


def words(lang: str):
    index = 0 if lang == "vi" else 1
    return lambda key: WORDS[key][index]
