"""Page layouts of the six fictional news sites of the bantin demo corpus.

Each site has its own full-page template (header and menu, breadcrumb, title, sapo, byline,
date format, figures, "Xem thêm" links, related boxes, share bar, comments, sidebar,
newsletter form, footer with the licence). ``render(page)`` returns the page as a str;
``build_corpus.py`` encodes it and writes it. Everything here is fictional.
"""

from __future__ import annotations

import html
import json
from datetime import timedelta

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SECTION_SLUGS = {
    "Thời sự": "thoi-su", "Chính trị": "chinh-tri", "Kinh tế": "kinh-te", "Xã hội": "xa-hoi",
    "Pháp luật": "phap-luat", "Thế giới": "the-gioi", "Thể thao": "the-thao", "Giáo dục": "giao-duc",
    "Sức khỏe": "suc-khoe", "Văn hóa": "van-hoa", "Quốc phòng": "quoc-phong", "Giao thông": "giao-thong",
    "Xây dựng Đảng": "xay-dung-dang", "Địa phương": "dia-phuong", "Doanh nghiệp": "doanh-nghiep",
    "Tài chính": "tai-chinh", "Bất động sản": "bat-dong-san", "Quân sự": "quan-su",
    "Quốc phòng - An ninh": "quoc-phong-an-ninh", "Quân sự - Quốc phòng": "quan-su-quoc-phong",
    "Dân tộc - Miền núi": "dan-toc-mien-nui", "Quảng Trị quê hương": "que-huong", "Nhịp sống trẻ": "nhip-song-tre",
    "Tòa soạn - Bạn đọc": "ban-doc", "Cựu chiến binh": "cuu-chien-binh", "Kinh tế xanh": "kinh-te-xanh",
}


def e(text: str) -> str:
    return html.escape(text, quote=True)


def section_slug(section: str) -> str:
    return SECTION_SLUGS.get(section, "tin-tuc")


# --- sites -------------------------------------------------------------------------------------

SITES = {
    "tinmoi24.vn": {
        "name": "Tin Mới 24h",
        "menu": ["Thời sự", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới", "Thể thao", "Giáo dục",
                 "Sức khỏe", "Nhịp sống trẻ"],
        "menu_snippet": "Nhịp sống trẻ",
        "share_snippet": "Chia sẻ bài viết qua Zalo",
        "licence": "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 15/3/2021.",
        "archive": [
            "Giá xăng dầu đồng loạt giảm nhẹ từ chiều nay",
            "Hà Nội thí điểm xe buýt điện trên tuyến nội đô mới",
            "Học sinh lớp 12 tăng tốc ôn tập trước kỳ thi quan trọng",
            "Nắng nóng gay gắt kéo dài ở Bắc Bộ và Trung Bộ",
            "Thị trường vàng trong nước biến động mạnh đầu tuần",
            "Cảnh báo lừa đảo qua tin nhắn giả mạo ngân hàng",
            "Sân bay Nội Bài đón lượng khách kỷ lục dịp cuối tuần",
            "Nông dân miền Tây trúng mùa lúa hè thu sớm",
        ],
    },
    "baothoidai.vn": {
        "name": "Báo Thời Đại",
        "menu": ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới", "Thể thao",
                 "Văn hóa", "Tòa soạn - Bạn đọc"],
        "menu_snippet": "Tòa soạn - Bạn đọc",
        "share_snippet": "Chia sẻ lên Facebook",
        "licence": "Giấy phép hoạt động báo điện tử số 245/GP-BTTTT, Bộ Thông tin và Truyền thông cấp ngày 02/6/2020.",
        "archive": [
            "Quốc hội thảo luận về dự án Luật Đất đai sửa đổi",
            "Xuất khẩu nông sản sang Trung Quốc có dấu hiệu phục hồi",
            "Bảo tồn làng nghề truyền thống trong thời kỳ hội nhập",
            "Nhiều địa phương chủ động phương án phòng chống hạn mặn",
            "Đội tuyển bóng chuyền nữ tập trung chuẩn bị giải châu Á",
            "Người dân vùng cao đón điện lưới quốc gia về bản",
            "Triển lãm ảnh về biển đảo quê hương thu hút khách tham quan",
            "Tăng cường kiểm tra an toàn thực phẩm trong mùa hè",
        ],
    },
    "dantocviet.vn": {
        "name": "Dân Tộc Việt",
        "menu": ["Thời sự", "Dân tộc - Miền núi", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới",
                 "Văn hóa", "Thể thao", "Giáo dục"],
        "menu_snippet": "Dân tộc - Miền núi",
        "share_snippet": "Gửi bài viết qua Zalo",
        "licence": "Giấy phép số 88/GP-BTTTT ngày 20/4/2022 của Bộ Thông tin và Truyền thông.",
        "archive": [
            "Đồng bào Mông ở Hà Giang chuyển đổi cây trồng trên đất dốc",
            "Lễ hội xuống đồng của người Tày thu hút đông đảo du khách",
            "Mở rộng mô hình trường bán trú cho học sinh vùng khó khăn",
            "Đường giao thông nông thôn mới về đến các bản xa",
            "Nghệ nhân già truyền dạy hát then cho thế hệ trẻ",
            "Chợ phiên vùng cao rộn ràng sắc màu thổ cẩm",
            "Hỗ trợ sinh kế cho hộ nghèo vùng đồng bào dân tộc thiểu số",
            "Y tế thôn bản góp phần chăm sóc sức khỏe người dân vùng sâu",
        ],
    },
    "baoquangtri-demo.vn": {
        "name": "Báo Quảng Trị (bản demo)",
        "menu": ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Quốc phòng - An ninh", "Văn hóa",
                 "Thể thao", "Quảng Trị quê hương"],
        "menu_snippet": "Quảng Trị quê hương",
        "share_snippet": "Chia sẻ qua mạng xã hội",
        "licence": "Giấy phép xuất bản số 317/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 09/8/2019.",
        "archive": [
            "Quảng Trị đẩy mạnh phát triển khu kinh tế Đông Nam",
            "Nông dân Hải Lăng ra quân thu hoạch lúa vụ đông xuân",
            "Thành Cổ Quảng Trị đón nhiều đoàn khách về tri ân",
            "Cồn Cỏ hướng tới đảo du lịch sinh thái biển",
            "Triển khai các giải pháp phòng chống cháy rừng mùa khô",
            "Hướng Hóa mở rộng diện tích cà phê chất lượng cao",
            "Tuổi trẻ Quảng Trị ra quân tình nguyện hè",
            "Cải thiện chỉ số năng lực cạnh tranh cấp tỉnh",
        ],
    },
    "quandoi-demo.vn": {
        "name": "Quân Đội Demo",
        "menu": ["Thời sự", "Quân sự - Quốc phòng", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật",
                 "Thế giới", "Thể thao", "Cựu chiến binh"],
        "menu_snippet": "Cựu chiến binh",
        "share_snippet": "Chia sẻ bài viết này",
        "licence": "Giấy phép số 56/GP-BTTTT của Bộ Thông tin và Truyền thông cấp ngày 11/01/2022.",
        "archive": [
            "Huấn luyện chiến sĩ mới bảo đảm an toàn tuyệt đối",
            "Bộ đội Biên phòng giúp dân thu hoạch lúa chạy lũ",
            "Hội thao quân sự cấp quân khu sôi nổi, hiệu quả",
            "Tăng gia sản xuất cải thiện đời sống bộ đội",
            "Dân quân tự vệ biển sẵn sàng bám biển, giữ ngư trường",
            "Cựu chiến binh làm kinh tế giỏi, giúp nhau thoát nghèo",
            "Đơn vị tổ chức ngày hội văn hóa thể thao cho chiến sĩ",
            "Xây dựng lực lượng dự bị động viên vững mạnh",
        ],
    },
    "kinhtesaigon-demo.vn": {
        "name": "Kinh tế Sài Gòn Demo",
        "menu": ["Thời sự", "Kinh tế", "Tài chính", "Doanh nghiệp", "Bất động sản", "Xã hội",
                 "Thế giới", "Thể thao", "Kinh tế xanh"],
        "menu_snippet": "Kinh tế xanh",
        "share_snippet": "Sao chép liên kết bài viết",
        "licence": "Giấy phép hoạt động số 402/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 28/12/2021.",
        "archive": [
            "Lãi suất huy động tiếp tục giảm ở nhiều ngân hàng",
            "Doanh nghiệp dệt may tìm đơn hàng cho quý cuối năm",
            "Thị trường căn hộ TP Hồ Chí Minh chờ tín hiệu phục hồi",
            "Chứng khoán tăng điểm nhờ dòng tiền nội",
            "Giá cà phê xuất khẩu lập đỉnh mới",
            "Cảng Cát Lái quá tải trong mùa cao điểm",
            "Doanh nghiệp nhỏ xoay xở trước áp lực chi phí",
            "Thương mại điện tử tăng trưởng mạnh ở phía Nam",
        ],
    },
}


# --- shared pieces -------------------------------------------------------------------------------

def weekday(dt) -> str:
    return WEEKDAYS[dt.weekday()]


def iso(dt) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def iso_utc(dt) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def json_ld(p, with_author=True) -> str:
    a = p["article"]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": p["url"] or ""},
        "headline": a["title"],
        "description": a["lead"],
        "image": [p["image_base"] + "-1.jpg"],
        "datePublished": iso(p["dt"]),
        "dateModified": iso(p["dt"] + timedelta(minutes=40)),
        "publisher": {"@type": "Organization", "name": p["site"]["name"],
                      "logo": {"@type": "ImageObject", "url": f"https://{p['domain']}/static/logo.png"}},
    }
    if with_author and a.get("authors"):
        data["author"] = [{"@type": "Person", "name": n} for n in a["authors"]]
    return ('<script type="application/ld+json">\n'
            + json.dumps(data, ensure_ascii=False, indent=2) + "\n</script>")


def url_meta(p, canonical=True, og=True) -> str:
    """<link rel=canonical> and og:url, unless the article asks for fewer."""
    mode = p["article"].get("url_mode", "default")
    out = []
    if mode in ("sidecar", "none") or not p["url"]:
        return ""
    if mode == "og":
        canonical, og = False, True
    if mode == "canonical":
        canonical, og = True, False
    if canonical:
        out.append(f'<link rel="canonical" href="{e(p["url"])}">')
    if og:
        out.append(f'<meta property="og:url" content="{e(p["url"])}">')
    return "\n".join(out)


def og_meta(p) -> str:
    a = p["article"]
    return "\n".join([
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{e(a["title"])}">',
        f'<meta property="og:description" content="{e(a["lead"])}">',
        f'<meta property="og:image" content="{e(p["image_base"])}-1.jpg">',
        f'<meta property="og:site_name" content="{e(p["site"]["name"])}">',
    ])


def link(p, title, url=None) -> str:
    return f'<a href="{e(url or p["link_for"](title))}" title="{e(title)}">{e(title)}</a>'


def body_items(p, figure, xem_them, para=None):
    """The article body: paragraphs, figures (rendered by the site's ``figure``), one
    "Xem thêm" box after the second paragraph, and a repeated caption when asked."""
    a = p["article"]
    para = para or (lambda t: f"<p>{e(t)}</p>")
    out, n_para, n_fig = [], 0, 0
    for item in a["body"]:
        if isinstance(item, tuple):
            n_fig += 1
            caption = item[1]
            alt = caption if a.get("dup_caption") else a["title"]
            out.append(figure(f'{p["image_base"]}-{n_fig}.jpg', alt, caption))
            if a.get("dup_caption"):
                out.append(para(caption))
        else:
            out.append(para(item))
            n_para += 1
            if n_para == 2 and p["related"]:
                out.append(xem_them(p["related"][0]))
    return "\n".join(out)


def audio_player() -> str:
    return """<div class="audio-player" data-src="/audio/tts.mp3">
  <span class="audio-title">Nghe bài viết</span>
  <button class="audio-play" aria-label="Phát">&#9654;</button>
  <div class="audio-progress"><span class="audio-time">0:00 / 0:00</span></div>
  <div class="audio-speed"><button>1x</button><button>1.25x</button><button>1.5x</button></div>
</div>"""


# --- tinmoi24.vn: national online paper, date "Thứ Hai, 29/05/2023 10:15 (GMT+7)" -----------------

def render_tinmoi24(p) -> str:
    a, s, dt = p["article"], p["site"], p["dt"]
    menu = "\n".join(f'<li><a href="/{section_slug(m)}">{e(m)}</a></li>' for m in s["menu"])
    figure = lambda src, alt, cap: (
        f'<figure class="expNoEdit"><img src="{e(src)}" alt="{e(alt)}" width="680">'
        f'<figcaption><p>{e(cap)}</p></figcaption></figure>')
    xem = lambda t: f'<p class="xem-them-inline"><strong>Xem thêm:</strong> {link(p, t)}</p>'
    related = "\n".join(f"<li>{link(p, t)}</li>" for t in p["related"][1:4])
    most = "\n".join(f'<li><span class="rank">{i}</span>{link(p, t)}</li>' for i, t in enumerate(p["sidebar"], 1))
    meta_dates = "" if a.get("nodate") else (
        f'<meta property="article:published_time" content="{iso(dt)}">\n'
        f'<meta property="article:modified_time" content="{iso(dt + timedelta(hours=2))}">')
    date = "" if a.get("nodate") else f'<span class="date">{weekday(dt)}, {dt:%d/%m/%Y %H:%M} (GMT+7)</span>'
    authors = " - ".join(a["authors"])
    credit = f'<p class="source-credit"><em>{e(a["credit"])}</em></p>' if a.get("credit") else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} | Tin Mới 24h</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(a["lead"])}">
{url_meta(p)}
{og_meta(p)}
{meta_dates}
<link rel="stylesheet" href="/static/css/main.min.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "{e(a["section"])}"}});</script>
</head>
<body class="page-detail">
<header class="site-header">
  <div class="top-bar"><span class="today">Hà Nội</span> <a href="/rss">RSS</a> <a href="/lien-he">Liên hệ</a> <a href="/dang-nhap">Đăng nhập</a></div>
  <a class="logo" href="/"><img src="/static/logo.svg" alt="Tin Mới 24h"></a>
  <nav class="main-menu"><ul>
<li><a href="/" class="home">Trang chủ</a></li>
{menu}
  </ul></nav>
</header>
<main class="container">
<div class="breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <a href="/{section_slug(a["section"])}">{e(a["section"])}</a></div>
<article class="detail">
  <div class="detail-meta">{date}</div>
  <h1 class="detail-title">{e(a["title"])}</h1>
  <h2 class="sapo">{e(a["lead"])}</h2>
  <div class="detail-content" id="main-detail">
{body_items(p, figure, xem)}
{credit}
  </div>
  {f'<p class="author">{e(authors)}</p>' if authors else ""}
  <div class="detail-tags"><span>Từ khóa:</span> {" ".join(f'<a href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(a.get("tags", [a["section"]])))}</div>
  <div class="social-share">
    <span>Chia sẻ bài viết qua Zalo</span>
    <a class="btn-fb" href="#">Facebook</a> <a class="btn-zalo" href="#">Zalo</a> <a class="btn-print" href="#">In bài</a>
  </div>
  <div class="box-related"><h3>Tin liên quan</h3><ul>
{related}
  </ul></div>
  <section class="comment-box">
    <h3>Bình luận (0)</h3>
    <textarea placeholder="Ý kiến của bạn..."></textarea>
    <button type="submit">Gửi bình luận</button>
  </section>
</article>
<aside class="sidebar">
  <div class="most-read"><h3>Đọc nhiều</h3><ol>
{most}
  </ol></div>
  <form class="newsletter-form"><p>Nhận bản tin Tin Mới 24h mỗi sáng</p><input type="email" placeholder="Email của bạn"><button>Đăng ký</button></form>
</aside>
</main>
<footer class="site-footer">
  <ul class="footer-menu">{"".join(f'<li><a href="/{section_slug(m)}">{e(m)}</a></li>' for m in s["menu"][:6])}</ul>
  <p>Cơ quan chủ quản: Công ty Cổ phần Truyền thông Tin Mới. Tổng biên tập: Phạm Văn Khải.</p>
  <p>{e(s["licence"])}</p>
  <p>Địa chỉ: Tầng 8, số 24 phố Trần Hưng Đạo, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024 3999 2424.</p>
  <p>© 2023 Tin Mới 24h. Ghi rõ nguồn "Tin Mới 24h" khi phát hành lại thông tin từ website này.</p>
</footer>
</body>
</html>
"""


# --- baothoidai.vn: JSON-LD, "Bài và ảnh:" byline under the title, date "29/5/2023 - 10:15 (GMT+7)" -

def render_baothoidai(p) -> str:
    a, s, dt = p["article"], p["site"], p["dt"]
    menu = "\n".join(f'<a class="nav-item" href="/{section_slug(m)}">{e(m)}</a>' for m in s["menu"])
    figure = lambda src, alt, cap: (
        f'<figure class="image align-center"><img src="{e(src)}" alt="{e(alt)}">'
        f'<figcaption class="caption">{e(cap)}</figcaption></figure>')
    xem = lambda t: (f'<div class="box-xemthem"><span class="label">Xem thêm:</span>'
                     f'<ul><li>{link(p, t)}</li></ul></div>')
    related = "\n".join(f'<div class="item">{link(p, t)}</div>' for t in p["related"][1:4])
    readmore = "\n".join(f"<li>{link(p, t)}</li>" for t in p["readmore"])
    most = "\n".join(f"<li>{link(p, t)}</li>" for t in p["sidebar"])
    byline = ""
    if a["authors"]:
        prefix = a.get("byline_prefix", "Bài và ảnh: ")
        byline = f'<span class="byline">{e(prefix + " - ".join(a["authors"]))}</span>'
    date = "" if a.get("nodate") else f'<span class="date-publish">{dt.day}/{dt.month}/{dt.year} - {dt:%H:%M} (GMT+7)</span>'
    credit = f'<p class="text-right"><strong>{e(a["credit"])}</strong></p>' if a.get("credit") else ""
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="UTF-8">
<title>{e(a["title"])} - Báo Thời Đại</title>
<meta name="description" content="{e(a["lead"])}">
{url_meta(p)}
{og_meta(p)}
{"" if a.get("nodate") else json_ld(p, with_author=False)}
</head>
<body>
<div id="wrapper">
<header id="header">
  <div class="header-top"><a href="/" class="logo">BÁO THỜI ĐẠI</a><div class="header-search"><input placeholder="Tìm kiếm..."></div></div>
  <nav id="nav">
    <a class="nav-item home" href="/">Trang chủ</a>
{menu}
  </nav>
</header>
<div class="main-content">
  <div class="cat-header"><a class="cat-parent" href="/{section_slug(a["section"])}">{e(a["section"])}</a></div>
  <div class="article">
    <h1 class="article-title">{e(a["title"])}</h1>
    <div class="article-info">{byline} {date}</div>
    <div class="share-top"><a class="share-fb">Facebook</a><a class="share-zalo">Zalo</a><span>Chia sẻ lên Facebook</span></div>
    <p class="description">{e(a["lead"])}</p>
    <div class="article-body">
{body_items(p, figure, xem)}
{credit}
    </div>
    <div class="box-read-more"><h4>Đọc thêm</h4><ul>
{readmore}
    </ul></div>
    <div class="tin-lien-quan"><h3>Tin liên quan</h3>
{related}
    </div>
    <div id="binh-luan"><h3>Bình luận</h3><p>Bạn cần đăng nhập để gửi bình luận.</p><textarea></textarea><button>Gửi bình luận</button></div>
  </div>
  <div class="sidebar-right">
    <div class="box-docnhieu"><h3>Đọc nhiều</h3><ul>
{most}
    </ul></div>
    <div class="box-newsletter"><h4>Đăng ký nhận tin</h4><form><input type="email" placeholder="Nhập email"><button>Gửi</button></form></div>
  </div>
</div>
<footer id="footer">
  <div class="footer-logo">BÁO THỜI ĐẠI</div>
  <p>Cơ quan chủ quản: Hội Nhà báo Thời Đại. Tổng biên tập: Lê Quang Vinh.</p>
  <p>{e(s["licence"])}</p>
  <p>Trụ sở: 45 Lý Thường Kiệt, quận Hoàn Kiếm, Hà Nội. Email: toasoan@baothoidai.vn</p>
  <p>© Bản quyền thuộc về Báo Thời Đại. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
</footer>
</div>
</body>
</html>
"""


# --- dantocviet.vn: only a visible date "10:15 29/05/2023", author in <meta name=author> ------------

def render_dantocviet(p) -> str:
    a, s, dt = p["article"], p["site"], p["dt"]
    charset = p.get("charset", "utf-8")
    menu = "\n".join(f'<li class="menu-item"><a href="/{section_slug(m)}">{e(m)}</a></li>' for m in s["menu"])
    figure = lambda src, alt, cap: (
        f'<figure class="photo"><img class="lazy" data-src="{e(src)}" src="{e(src)}" alt="{e(alt)}">'
        f'<figcaption>{e(cap)}</figcaption></figure>')
    xem = lambda t: f'<p class="related-inline">&gt;&gt; <strong>Xem thêm:</strong> {link(p, t)}</p>'
    related = "\n".join(f"<li>{link(p, t)}</li>" for t in p["related"][1:4])
    readmore = "\n".join(f"<li>{link(p, t)}</li>" for t in p["readmore"])
    most = "\n".join(f"<li>{link(p, t)}</li>" for t in p["sidebar"])
    author_meta = f'<meta name="author" content="{e(", ".join(a["authors"]))}">' if a["authors"] else ""
    date = "" if a.get("nodate") else f'<span class="time">{dt:%H:%M %d/%m/%Y}</span>'
    credit = f'<p class="nguon"><em>{e(a["credit"])}</em></p>' if a.get("credit") else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="{charset}">
<title>{e(a["title"])}</title>
{author_meta}
<meta name="keywords" content="{e(", ".join(a.get("tags", [a["section"]])))}">
{url_meta(p, og=False)}
<link rel="alternate" type="application/rss+xml" href="/rss/home.rss">
</head>
<body>
<div class="header">
  <div class="header-inner"><a class="brand" href="/">Dân Tộc Việt</a><span class="slogan">Tiếng nói của đồng bào các dân tộc</span></div>
  <ul class="menu">
{menu}
  </ul>
</div>
<div class="page">
  <div class="col-main">
    <ul class="breadcrumbs"><li><a href="/">Trang chủ</a></li><li><a href="/{section_slug(a["section"])}">{e(a["section"])}</a></li></ul>
    <div class="post">
      <h1 class="post-title">{e(a["title"])}</h1>
      <div class="post-meta">{date} <span class="views">Lượt xem: {sum(map(ord, a["slug"])) % 900 + 100}</span></div>
      <div class="chapeau">{e(a["lead"])}</div>
      <div class="post-content">
{body_items(p, figure, xem)}
{credit}
      </div>
      <div class="doc-them"><h4>Đọc thêm</h4><ul>
{readmore}
      </ul></div>
      <div class="share-tools"><span>Gửi bài viết qua Zalo</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Email</a></div>
      <div class="tinlienquan"><h3>Tin liên quan</h3><ul>
{related}
      </ul></div>
      <div class="fb-comments-wrap"><h3>Bình luận</h3><form><textarea placeholder="Viết bình luận"></textarea><button>Gửi bình luận</button></form></div>
    </div>
  </div>
  <div class="col-side">
    <div class="widget most-read"><h3>Đọc nhiều</h3><ol>
{most}
    </ol></div>
    <div class="widget newsletter"><p>Đăng ký để nhận tin mới nhất từ Dân Tộc Việt</p><input type="email"><button>Đăng ký</button></div>
  </div>
</div>
<div class="footer">
  <p><strong>DÂN TỘC VIỆT</strong> - Chuyên trang thông tin về đồng bào các dân tộc Việt Nam</p>
  <p>{e(s["licence"])}</p>
  <p>Địa chỉ: 80 Phan Đình Phùng, quận Ba Đình, Hà Nội. Điện thoại: 024 3733 8888.</p>
  <p>© 2023 Dân Tộc Việt. Không được sao chép nội dung khi chưa có sự đồng ý của tòa soạn.</p>
</div>
</body>
</html>
"""


# --- baoquangtri-demo.vn: provincial paper, date "Thứ Sáu, ngày 26 tháng 5 năm 2023", no time --------

def render_baoquangtri(p) -> str:
    a, s, dt = p["article"], p["site"], p["dt"]
    menu = "\n".join(f'<li><a href="/{section_slug(m)}">{e(m)}</a></li>' for m in s["menu"])
    figure = lambda src, alt, cap: (
        f'<figure class="image"><img src="{e(src)}" alt="{e(alt)}" style="width:100%">'
        f'<figcaption>{e(cap)}</figcaption></figure>')
    xem = lambda t: f'<p class="xemthem"><em>Xem thêm:</em> {link(p, t)}</p>'
    related = "\n".join(f"<li>{link(p, t)}</li>" for t in p["related"][1:4])
    most = "\n".join(f"<li>{link(p, t)}</li>" for t in p["sidebar"])
    date = "" if a.get("nodate") else f'<div class="post-date">{weekday(dt)}, ngày {dt.day} tháng {dt.month} năm {dt.year}</div>'
    authors = " - ".join(a["authors"])
    credit = f'<p class="nguon-tin"><em>{e(a["credit"])}</em></p>' if a.get("credit") else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(a["title"])} - Báo Quảng Trị điện tử</title>
{url_meta(p, og=False)}
<meta property="og:title" content="{e(a["title"])}">
</head>
<body>
<div id="top"><div class="banner"><a href="/">BÁO QUẢNG TRỊ ĐIỆN TỬ</a><span>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị</span></div>
<ul id="mainmenu">
<li><a href="/">Trang chủ</a></li>
{menu}
</ul></div>
<div id="content">
  <div class="left">
    <div class="cate-title">{e(a["section"])}</div>
    {date}
    <h1 class="title">{e(a["title"])}</h1>
    {audio_player() if a.get("audio") else ""}
    <div class="summary"><strong>{e(a["lead"])}</strong></div>
    <div class="content">
{body_items(p, figure, xem)}
{f'<p class="tac-gia" style="text-align:right"><strong>{e(authors)}</strong></p>' if authors else ""}
{credit}
    </div>
    <div class="share"><span>Chia sẻ qua mạng xã hội</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a></div>
    <div class="other-news"><h3>Tin liên quan</h3><ul>
{related}
    </ul></div>
    <div class="comment"><h3>Ý kiến bạn đọc</h3><input placeholder="Họ và tên"><textarea></textarea><button>Gửi bình luận</button></div>
  </div>
  <div class="right">
    <div class="box-docnhieu"><h3>Đọc nhiều</h3><ul>
{most}
    </ul></div>
    <div class="box-epaper"><a href="/epaper">Báo in Quảng Trị</a></div>
  </div>
</div>
<div id="footer">
  <p>BÁO QUẢNG TRỊ ĐIỆN TỬ - Tổng Biên tập: Nguyễn Thị Thu Hà</p>
  <p>{e(s["licence"])}</p>
  <p>Tòa soạn: 124 Hùng Vương, thành phố Đông Hà, tỉnh Quảng Trị. Điện thoại: 0233 3852 000.</p>
  <p>© 2023 Báo Quảng Trị. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
</body>
</html>
"""


def render_baoquangtri_tcvn3(p) -> str:
    """An old table layout of the same provincial paper, in the .VnTime font (TCVN3 text);
    build_corpus converts the whole page with unicode_to_tcvn3 and encodes it as Windows-1252.
    Date "Thứ tư, 14/06/2023", no time. Only characters TCVN3 can round-trip are used."""
    a, s, dt = p["article"], p["site"], p["dt"]
    menu = " | ".join(f'<a href="/{section_slug(m)}">{e(m)}</a>' for m in s["menu"])
    rows = []
    n_fig = 0
    for item in a["body"]:
        if isinstance(item, tuple):
            n_fig += 1
            rows.append(f'<table align="center" class="anh"><tr><td><img src="{e(p["image_base"])}-{n_fig}.jpg" '
                        f'alt="{e(a["title"])}" width="400"></td></tr><tr><td class="chuthich"><i>{e(item[1])}</i></td></tr></table>')
        else:
            rows.append(f"<p>{e(item)}</p>")
            if len(rows) == 2 and p["related"]:
                rows.append(f'<p class="xemthem"><i>Xem thêm:</i> {link(p, p["related"][0])}</p>')
    related = "<br>\n".join(link(p, t) for t in p["related"][1:4])
    most = "<br>\n".join(link(p, t) for t in p["sidebar"])
    weekday_lower = weekday(dt)[:4] + weekday(dt)[4:].lower()
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{e(a["title"])}</title>
{url_meta(p, og=False)}
<style type="text/css">
body, td, p {{ font-family: .VnTime; font-size: 13pt; }}
.tieude {{ font-family: .VnTime; font-size: 16pt; font-weight: bold; }}
</style>
</head>
<body bgcolor="#FFFFFF">
<table width="780" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="banner"><b>Báo Quảng Trị điện tử</b> - Cơ quan của Đảng bộ tỉnh Quảng Trị</td></tr>
<tr><td colspan="2" class="menu"><a href="/">Trang chủ</a> | {menu}</td></tr>
<tr>
<td width="560" valign="top" class="noidung">
<p class="ngay">{weekday_lower}, {dt:%d/%m/%Y}</p>
<p class="tieude">{e(a["title"])}</p>
<p class="trichyeu"><b><i>{e(a["lead"])}</i></b></p>
{chr(10).join(rows)}
<p align="right" class="tacgia"><b>{e(" - ".join(a["authors"]))}</b></p>
<p class="chiase">Gửi cho bạn bè | In trang này | Chia sẻ qua mạng xã hội</p>
<p class="tinkhac"><b>Tin liên quan</b><br>
{related}</p>
</td>
<td width="220" valign="top" class="cotphai">
<p><b>Đọc nhiều</b><br>
{most}</p>
</td>
</tr>
<tr><td colspan="2" class="chantrang" align="center">
Báo Quảng Trị điện tử. {e(s["licence"])}<br>
Tòa soạn: 124 Hùng Vương, thành phố Đông Hà, tỉnh Quảng Trị. Bản quyền thuộc Báo Quảng Trị.
</td></tr>
</table>
</body>
</html>
"""


# --- quandoi-demo.vn: army paper, "Thứ Hai, 29-05-2023, 10:15", byline with link under the sapo ------

def render_quandoi(p) -> str:
    a, s, dt = p["article"], p["site"], p["dt"]
    menu = "\n".join(f'<li class="nav__item"><a href="/{section_slug(m)}">{e(m)}</a></li>' for m in s["menu"])
    figure = lambda src, alt, cap: (
        f'<div class="post-image"><figure><img src="{e(src)}" alt="{e(alt)}" loading="lazy">'
        f'<figcaption><em>{e(cap)}</em></figcaption></figure></div>')
    xem = lambda t: f'<div class="lienquan-inline"><p><strong>Xem thêm:</strong></p><ul><li>{link(p, t)}</li></ul></div>'
    related = "\n".join(f"<li>{link(p, t)}</li>" for t in p["related"][1:4])
    most = "\n".join(f"<li>{link(p, t)}</li>" for t in p["sidebar"])
    byline = ""
    if a["authors"]:
        prefix = e(a.get("byline_prefix", "Bài và ảnh: "))
        names = ", ".join(f'<a href="/tac-gia/{i}" rel="author">{e(n)}</a>' for i, n in enumerate(a["authors"]))
        byline = f'<div class="post-author">{prefix}{names}</div>'
    date = "" if a.get("nodate") else f'<span class="date">{weekday(dt)}, {dt:%d-%m-%Y, %H:%M}</span>'
    meta_dates = "" if a.get("nodate") else f'<meta property="article:published_time" content="{iso(dt)}">'
    credit = f'<p class="post-source">{e(a["credit"])}</p>' if a.get("credit") else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} - Quân Đội Demo</title>
{url_meta(p)}
{og_meta(p)}
{meta_dates}
{"" if a.get("nodate") else json_ld(p)}
</head>
<body>
<header class="header">
  <div class="header__brand"><a href="/">QUÂN ĐỘI DEMO</a> <span>Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng (trang mô phỏng)</span></div>
  <nav class="nav"><ul>
<li class="nav__item"><a href="/">Trang chủ</a></li>
{menu}
  </ul></nav>
</header>
<div class="main">
  <div class="post">
    <div class="post-cate"><a href="/{section_slug(a["section"])}">{e(a["section"])}</a> {date}</div>
    <h1 class="post-title">{e(a["title"])}</h1>
    <h2 class="post-summary">{e(a["lead"])}</h2>
    {byline}
    <div class="post-content">
{body_items(p, figure, xem)}
{credit}
    </div>
    <div class="post-share"><span>Chia sẻ bài viết này</span> <a href="#">Facebook</a> <a href="#">Zalo</a></div>
    <div class="related-posts"><h3>Tin liên quan</h3><ul>
{related}
    </ul></div>
    <div class="comments"><h3>Bình luận</h3><textarea></textarea><button>Gửi bình luận</button></div>
  </div>
  <aside class="aside">
    <div class="most-viewed"><h3>Đọc nhiều</h3><ul>
{most}
    </ul></div>
    <div class="newsletter"><p>Đăng ký nhận bản tin Quân Đội Demo</p><input type="email"><button>Đăng ký</button></div>
  </aside>
</div>
<footer class="footer">
  <p>QUÂN ĐỘI DEMO - Tổng Biên tập: Thiếu tướng Trần Đức Thắng</p>
  <p>{e(s["licence"])}</p>
  <p>Địa chỉ: 7 Phan Đình Phùng, quận Ba Đình, Hà Nội. Đường dây nóng: 069 555 123.</p>
  <p>© Bản quyền thuộc về Quân Đội Demo.</p>
</footer>
</body>
</html>
"""


# --- kinhtesaigon-demo.vn: og:url only, <time datetime> in UTC, "Thứ Năm, 1/6/2023, 08:30" -------

def render_kinhtesaigon(p) -> str:
    a, s, dt = p["article"], p["site"], p["dt"]
    menu = "\n".join(f'<a href="/{section_slug(m)}">{e(m)}</a>' for m in s["menu"])
    figure = lambda src, alt, cap: (
        f'<figure class="tplCaption"><img src="{e(src)}" alt="{e(alt)}">'
        f'<figcaption><p class="Image">{e(cap)}</p></figcaption></figure>')
    xem = lambda t: f'<p class="box-xem-them"><strong>Xem thêm:</strong> {link(p, t)}</p>'
    related = "\n".join(f"<li>{link(p, t)}</li>" for t in p["related"][1:4])
    readmore = "\n".join(f"<li>{link(p, t)}</li>" for t in p["readmore"])
    most = "\n".join(f"<li>{link(p, t)}</li>" for t in p["sidebar"])
    author_meta = f'<meta name="author" content="{e(", ".join(a["authors"]))}">' if a["authors"] else ""
    if a.get("nodate"):
        date, meta_dates = "", ""
    else:
        date = (f'<time class="date" datetime="{iso_utc(dt)}">{weekday(dt)}, '
                f'{dt.day}/{dt.month}/{dt.year}, {dt:%H:%M}</time>')
        meta_dates = f'<meta property="article:published_time" content="{iso_utc(dt)}">'
    credit = f'<p class="credit"><em>{e(a["credit"])}</em></p>' if a.get("credit") else ""
    authors = " - ".join(a["authors"])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} - Kinh tế Sài Gòn Demo</title>
{author_meta}
{meta_dates}
{url_meta(p, canonical=False)}
{og_meta(p)}
</head>
<body>
<div class="topnav"><a class="logo" href="/">Kinh tế Sài Gòn <sup>Demo</sup></a>
<nav class="menu">
<a href="/">Trang chủ</a>
{menu}
</nav>
<div class="topnav-tools"><a href="/dat-bao">Đặt báo in</a> <a href="/dang-nhap">Đăng nhập</a></div>
</div>
<div class="wrap">
  <div class="article-column">
    <div class="breadcrumb"><a href="/">KTSG Demo</a> / <a href="/{section_slug(a["section"])}">{e(a["section"])}</a></div>
    {date}
    <h1 class="title-detail">{e(a["title"])}</h1>
    <p class="lead">{e(a["lead"])}</p>
    <div class="fck_detail">
{body_items(p, figure, xem)}
{f'<p class="author-name" style="text-align:right"><strong>{e(authors)}</strong></p>' if authors else ""}
{credit}
    </div>
    <div class="social"><span>Sao chép liên kết bài viết</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">LinkedIn</a></div>
    <div class="read-also"><h4>Đọc thêm</h4><ul>
{readmore}
    </ul></div>
    <div class="related_news"><h3>Tin liên quan</h3><ul>
{related}
    </ul></div>
    <div class="box-comment"><h3>Bình luận</h3><p>Ý kiến của bạn sẽ được biên tập trước khi đăng.</p><textarea></textarea><button>Gửi bình luận</button></div>
  </div>
  <div class="sidebar">
    <div class="most-read"><h3>Đọc nhiều</h3><ol>
{most}
    </ol></div>
    <div class="newsletter"><h4>Bản tin kinh tế mỗi sáng</h4><input type="email" placeholder="Email"><button>Đăng ký</button></div>
  </div>
</div>
<footer>
  <p>Kinh tế Sài Gòn Demo - Trang tin kinh tế mô phỏng.</p>
  <p>{e(s["licence"])}</p>
  <p>Địa chỉ: 35 Nam Kỳ Khởi Nghĩa, quận 1, TP Hồ Chí Minh. Điện thoại: 028 3829 5936.</p>
  <p>© 2023 Kinh tế Sài Gòn Demo. Mọi hình thức sao chép phải ghi rõ nguồn.</p>
</footer>
</body>
</html>
"""


RENDERERS = {
    "tinmoi24.vn": render_tinmoi24,
    "baothoidai.vn": render_baothoidai,
    "dantocviet.vn": render_dantocviet,
    "baoquangtri-demo.vn": render_baoquangtri,
    "quandoi-demo.vn": render_quandoi,
    "kinhtesaigon-demo.vn": render_kinhtesaigon,
}
