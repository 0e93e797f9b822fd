"""Party committees, conferences and congresses (fictional)."""

ARTICLES = [
    dict(
        site="baoquangtri-demo.vn",
        slug="ban-thuong-vu-dang-uy-quan-su-tinh-so-ket-5-nam-nghi-quyet-07",
        section="Quốc phòng - An ninh",
        date="2023-05-26 09:00",
        title="Ban Thường vụ Đảng ủy Quân sự tỉnh sơ kết 5 năm thực hiện Nghị quyết số 07-NQ/ĐU",
        lead=("Sáng 25/5, Ban Thường vụ Đảng ủy Quân sự tỉnh Quảng Trị tổ chức hội nghị sơ kết 5 năm thực hiện "
              "Nghị quyết số 07-NQ/ĐU về nâng cao chất lượng huấn luyện, sẵn sàng chiến đấu giai đoạn 2018 - 2023."),
        authors=["Hồ Nguyên Kha"],
        audio=True,
        dup_caption=True,
        tags=["Đảng ủy Quân sự tỉnh", "sơ kết", "huấn luyện"],
        body=[
            "Đại tá Lê Đình Thắng, Bí thư Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự (CHQS) tỉnh chủ trì hội nghị. "
            "Dự hội nghị có đại diện Đảng ủy Quân khu 4, các đồng chí trong Ban Thường vụ Đảng ủy Quân sự tỉnh "
            "và bí thư các tổ chức đảng trực thuộc.",
            "Sau 5 năm triển khai nghị quyết, các cấp ủy, tổ chức đảng trong Đảng bộ Quân sự tỉnh đã quán triệt "
            "sâu sắc quan điểm, mục tiêu và nhiệm vụ huấn luyện. Công tác huấn luyện được đổi mới theo hướng sát "
            "thực tế, sát đối tượng và địa bàn tác chiến; tỷ lệ kiểm tra đạt khá, giỏi năm sau cao hơn năm trước.",
            ("fig", "Đại tá Lê Đình Thắng, Chính ủy Bộ CHQS tỉnh phát biểu kết luận hội nghị."),
            "Đáng chú ý, lực lượng vũ trang tỉnh đã tổ chức thành công 3 cuộc diễn tập khu vực phòng thủ cấp huyện "
            "và 27 cuộc diễn tập chiến đấu phòng thủ cấp xã. Các đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến "
            "đấu, chủ động nắm chắc tình hình trên tuyến biên giới Việt - Lào và vùng biển của tỉnh.",
            "Tại hội nghị, các đại biểu thẳng thắn chỉ ra những hạn chế như cơ sở vật chất phục vụ huấn luyện ở một "
            "số đơn vị còn thiếu, chất lượng huấn luyện dân quân tự vệ chưa đồng đều giữa các địa phương. Một số ý "
            "kiến đề xuất tăng cường ứng dụng mô hình, học cụ điện tử trong huấn luyện chiến sĩ mới.",
            "Phát biểu kết luận, Đại tá Lê Đình Thắng đề nghị các cấp ủy tiếp tục lãnh đạo thực hiện nghị quyết với "
            "quyết tâm cao, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Mỗi cán bộ, "
            "đảng viên phải gương mẫu, đi đầu trong huấn luyện và rèn luyện kỷ luật.",
            "Dịp này, Ban Thường vụ Đảng ủy Quân sự tỉnh đã khen thưởng 6 tập thể và 12 cá nhân có thành tích xuất "
            "sắc trong 5 năm thực hiện Nghị quyết số 07-NQ/ĐU.",
        ],
    ),
    dict(
        site="tinmoi24.vn",
        slug="hoi-nghi-ban-chap-hanh-dang-bo-tinh-nghe-an-ban-giai-phap-tang-truong",
        section="Thời sự",
        date="2023-05-08 14:30",
        title="Hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An bàn giải pháp giữ đà tăng trưởng",
        lead=("Ban Chấp hành Đảng bộ tỉnh Nghệ An khai mạc hội nghị lần thứ 14, tập trung đánh giá tình hình kinh tế "
              "- xã hội 4 tháng đầu năm và bàn các giải pháp tháo gỡ khó khăn cho doanh nghiệp."),
        authors=["Minh Anh"],
        tags=["Nghệ An", "Tỉnh ủy", "tăng trưởng"],
        body=[
            "Sáng 8/5, tại thành phố Vinh, Ban Chấp hành Đảng bộ tỉnh Nghệ An khai mạc hội nghị lần thứ 14. "
            "Bí thư Tỉnh ủy Nguyễn Đức Trung chủ trì hội nghị, với sự tham dự của các ủy viên Ban Chấp hành, "
            "lãnh đạo HĐND, UBND, Ủy ban MTTQ tỉnh và các sở, ngành.",
            "Theo báo cáo của UBND tỉnh, tổng sản phẩm trên địa bàn quý I ước tăng 6,1% so với cùng kỳ, thấp hơn "
            "kịch bản đề ra. Sản xuất công nghiệp gặp khó khăn do đơn hàng xuất khẩu giảm, trong khi thu ngân sách "
            "từ đất đạt thấp vì thị trường bất động sản trầm lắng.",
            ("fig", "Các đại biểu dự hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh Nghệ An."),
            "Phó Bí thư Thường trực Tỉnh ủy Hoàng Nghĩa Hiếu cho biết tỉnh sẽ thành lập tổ công tác đặc biệt để gỡ "
            "vướng mắc cho các dự án đầu tư lớn. Những dự án chậm tiến độ kéo dài sẽ bị kiểm tra, xử lý dứt điểm "
            "trong quý III.",
            "Thảo luận tại hội nghị, nhiều ý kiến đề nghị đẩy nhanh giải ngân vốn đầu tư công, nhất là các công "
            "trình giao thông kết nối khu kinh tế Đông Nam với cảng Cửa Lò. Một số đại biểu lo ngại tình trạng cán "
            "bộ né tránh, sợ trách nhiệm làm chậm thủ tục hành chính.",
            "Chủ tịch UBND tỉnh Nguyễn Văn Đệ cam kết chỉ đạo quyết liệt, phấn đấu giải ngân trên 95% kế hoạch vốn "
            "năm 2023. Tỉnh cũng sẽ rà soát, cắt giảm thời gian giải quyết hồ sơ đất đai cho doanh nghiệp.",
            "Hội nghị làm việc trong hai ngày, dự kiến cho ý kiến về đề án sắp xếp đơn vị hành chính cấp huyện, "
            "cấp xã giai đoạn 2023 - 2025.",
        ],
    ),
    dict(
        site="baothoidai.vn",
        slug="dai-hoi-dai-bieu-hoi-nong-dan-tinh-bac-kan-lan-thu-x",
        section="Chính trị",
        date="2023-06-20 16:45",
        title="Đại hội đại biểu Hội Nông dân tỉnh Bắc Kạn lần thứ X thành công tốt đẹp",
        lead=("Sau hai ngày làm việc, Đại hội đại biểu Hội Nông dân tỉnh Bắc Kạn lần thứ X, nhiệm kỳ 2023 - 2028 "
              "đã bế mạc, bầu Ban Chấp hành khóa mới gồm 31 đồng chí."),
        authors=["Thu Hằng"],
        tags=["Bắc Kạn", "đại hội", "Hội Nông dân"],
        body=[
            "Chiều 20/6, tại thành phố Bắc Kạn, Đại hội đại biểu Hội Nông dân tỉnh lần thứ X bế mạc sau hai ngày "
            "làm việc khẩn trương. Dự phiên bế mạc có Phó Bí thư Thường trực Tỉnh ủy Phương Thị Thanh cùng đại diện "
            "Trung ương Hội Nông dân Việt Nam.",
            "Nhiệm kỳ qua, các cấp hội đã vận động hội viên xây dựng hơn 1.200 mô hình kinh tế tập thể, hỗ trợ "
            "hàng nghìn hộ vay vốn phát triển sản xuất. Nhiều sản phẩm chủ lực như miến dong, cam sành, hồng không "
            "hạt đã đạt chứng nhận OCOP từ 3 sao trở lên.",
            ("fig", "Ban Chấp hành Hội Nông dân tỉnh Bắc Kạn khóa X ra mắt đại hội."),
            "Phát biểu chỉ đạo, Phó Bí thư Thường trực Tỉnh ủy đề nghị Hội Nông dân tỉnh tiếp tục đổi mới nội dung, "
            "phương thức hoạt động, hướng mạnh về cơ sở. Hội cần đồng hành cùng nông dân trong chuyển đổi số, "
            "liên kết sản xuất theo chuỗi giá trị.",
            "Đại hội đã bầu 31 đồng chí vào Ban Chấp hành khóa X. Đồng chí Hoàng Văn Quân tiếp tục được tín nhiệm "
            "bầu giữ chức Chủ tịch Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028.",
            "Đại hội cũng bầu 7 đại biểu chính thức đi dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ "
            "VIII.",
        ],
    ),
    dict(
        site="dantocviet.vn",
        slug="dang-uy-xa-vung-cao-bac-kan-lanh-dao-giam-ngheo",
        section="Dân tộc - Miền núi",
        date="2023-05-17 08:20",
        title="Một Đảng ủy xã vùng cao và bài toán giảm nghèo bền vững",
        lead=("Từ một xã đặc biệt khó khăn của huyện Ba Bể, Đảng ủy xã Cao Thượng đã lãnh đạo người dân chuyển "
              "đổi cây trồng, đưa tỷ lệ hộ nghèo giảm mạnh chỉ sau ba năm."),
        authors=["Hà Linh"],
        url_mode="sidecar",
        tags=["Bắc Kạn", "Đảng ủy", "giảm nghèo"],
        body=[
            "Năm 2020, tỷ lệ hộ nghèo của xã Cao Thượng còn trên 40%, phần lớn là đồng bào Tày, Dao sống dựa vào "
            "cây lúa một vụ. Đến cuối năm 2022, con số này chỉ còn 18,6%.",
            "Bí thư Đảng ủy xã Triệu Văn Sáng cho biết Đảng ủy xã đã ban hành nghị quyết chuyên đề về phát triển "
            "cây dong riềng và chăn nuôi dê. Mỗi đảng viên được phân công giúp đỡ ít nhất một hộ nghèo.",
            ("fig", "Người dân xã Cao Thượng thu hoạch dong riềng."),
            "Ông Ma Văn Tiến, thôn Nà Làng, là một trong những hộ đầu tiên chuyển từ trồng ngô sang dong riềng. "
            "Với hai mẫu ruộng, mỗi năm gia đình ông thu về khoảng 90 triệu đồng, gấp ba lần trước đây.",
            "Để giữ đầu ra ổn định, xã đã mời một hợp tác xã chế biến miến dong về liên kết, bao tiêu sản phẩm. "
            "Nhờ đó, người dân không còn cảnh được mùa mất giá như những năm trước.",
            "Tuy vậy, theo lãnh đạo xã, hạ tầng giao thông ở một số thôn vẫn còn khó khăn, nhất là vào mùa mưa. "
            "Xã đang đề nghị huyện hỗ trợ bê tông hóa tuyến đường vào thôn Khuổi Tàu trong năm nay.",
        ],
    ),
    dict(
        site="quandoi-demo.vn",
        slug="dang-uy-quan-su-tinh-nghe-an-lanh-dao-nhiem-vu-6-thang-cuoi-nam",
        section="Quân sự - Quốc phòng",
        date="2023-06-28 07:30",
        title="Đảng ủy Quân sự tỉnh Nghệ An ra nghị quyết lãnh đạo nhiệm vụ 6 tháng cuối năm",
        lead=("Hội nghị Đảng ủy Quân sự tỉnh Nghệ An xác định tập trung nâng cao chất lượng huấn luyện, chuẩn bị "
              "chu đáo cho diễn tập khu vực phòng thủ và công tác tuyển quân năm 2024."),
        authors=["Thái Hùng"],
        byline_prefix="Tin, ảnh: ",
        tags=["Đảng ủy Quân sự", "Nghệ An"],
        body=[
            "Ngày 27/6, Đảng ủy Quân sự tỉnh Nghệ An tổ chức hội nghị sơ kết công tác lãnh đạo 6 tháng đầu năm, "
            "triển khai nhiệm vụ 6 tháng cuối năm 2023. Đại tá Phan Văn Bình, Bí thư Đảng ủy, Chính ủy Bộ CHQS "
            "tỉnh chủ trì hội nghị.",
            "Trong 6 tháng đầu năm, Bộ CHQS tỉnh đã hoàn thành 100% chỉ tiêu giao quân với chất lượng cao, số "
            "thanh niên có trình độ cao đẳng, đại học tình nguyện nhập ngũ tăng so với năm trước. Công tác huấn "
            "luyện chiến sĩ mới bảo đảm tuyệt đối an toàn.",
            ("fig", "Đại tá Phan Văn Bình phát biểu tại hội nghị."),
            "Hội nghị thống nhất xác định nhiệm vụ trọng tâm là tổ chức diễn tập khu vực phòng thủ huyện Quỳnh Lưu "
            "và thị xã Hoàng Mai. Các cơ quan, đơn vị phải chuẩn bị văn kiện, lực lượng và bảo đảm hậu cần, kỹ "
            "thuật ngay từ tháng 7.",
            "Đại tá Nguyễn Văn Hùng, Chỉ huy trưởng Bộ CHQS tỉnh, đề nghị các đơn vị duy trì nghiêm chế độ trực sẵn "
            "sàng chiến đấu, nhất là trong mùa mưa bão. Lực lượng vũ trang tỉnh sẵn sàng tham gia ứng phó thiên tai, "
            "tìm kiếm cứu nạn khi có tình huống.",
            "Hội nghị đã ban hành nghị quyết lãnh đạo nhiệm vụ 6 tháng cuối năm với 5 chỉ tiêu và 4 nhóm giải pháp "
            "chủ yếu.",
        ],
    ),
    dict(
        site="kinhtesaigon-demo.vn",
        slug="dang-uy-khoi-doanh-nghiep-gan-sinh-hoat-dang-voi-san-xuat",
        section="Doanh nghiệp",
        date="2023-06-23 10:05",
        title="Gắn sinh hoạt đảng với bài toán sản xuất kinh doanh",
        lead=("Nhiều tổ chức đảng trong doanh nghiệp ở TP Hồ Chí Minh đang đưa các chỉ tiêu về đơn hàng, việc làm "
              "và năng suất vào nghị quyết, thay vì chỉ sinh hoạt theo hình thức."),
        authors=["Thanh Tùng"],
        tags=["đảng bộ doanh nghiệp", "TP Hồ Chí Minh"],
        body=[
            "Tại một công ty may ở quận Bình Tân, mỗi kỳ sinh hoạt chi bộ đều có một nội dung cố định: tình hình "
            "đơn hàng và đời sống công nhân. Bí thư chi bộ Trần Thị Ngọc Lan cho biết cách làm này giúp đảng viên "
            "thấy rõ trách nhiệm của mình với doanh nghiệp.",
            "Theo Đảng ủy Khối Doanh nghiệp thành phố, nửa đầu năm nay nhiều doanh nghiệp giảm từ 20 đến 30% đơn "
            "hàng so với cùng kỳ. Trong bối cảnh đó, tổ chức đảng được yêu cầu đồng hành cùng ban giám đốc tìm thị "
            "trường mới và giữ chân người lao động.",
            ("fig", "Công nhân một doanh nghiệp dệt may tại TP Hồ Chí Minh trong giờ làm việc."),
            "Ở một số doanh nghiệp cơ khí, đảng viên được giao phụ trách các sáng kiến cải tiến kỹ thuật. Năm 2022, "
            "các sáng kiến này giúp tiết kiệm hơn 12 tỷ đồng chi phí sản xuất.",
            "Dù vậy, việc phát triển đảng viên trong doanh nghiệp ngoài nhà nước vẫn gặp khó. Người lao động thường "
            "xuyên thay đổi chỗ làm, còn chủ doanh nghiệp chưa thật sự quan tâm đến công tác xây dựng Đảng.",
            "Đảng ủy Khối đặt mục tiêu đến cuối năm kết nạp thêm 600 đảng viên, chú trọng công nhân trực tiếp sản "
            "xuất và kỹ sư trẻ.",
        ],
    ),
    dict(
        site="baoquangtri-demo.vn",
        slug="hoi-nghi-tinh-uy-lan-thu-12-cho-y-kien-quy-hoach-tinh",
        section="Chính trị",
        date="2023-05-09 17:00",
        title="Hội nghị Tỉnh ủy lần thứ 12 cho ý kiến về quy hoạch tỉnh thời kỳ 2021 - 2030",
        lead=("Ngày 9/5, Ban Chấp hành Đảng bộ tỉnh Quảng Trị tổ chức hội nghị lần thứ 12 để cho ý kiến về dự thảo "
              "quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050."),
        authors=["Lê Thị Hương"],
        tags=["Tỉnh ủy", "quy hoạch"],
        body=[
            "Bí thư Tỉnh ủy Lê Quang Tùng chủ trì hội nghị. Tham dự có các đồng chí Ủy viên Ban Chấp hành Đảng bộ "
            "tỉnh, lãnh đạo các sở, ban, ngành và bí thư các huyện ủy, thành ủy, thị ủy.",
            "Theo dự thảo, Quảng Trị xác định bốn trụ cột tăng trưởng gồm năng lượng, công nghiệp chế biến, du lịch "
            "và nông nghiệp công nghệ cao. Không gian phát triển được tổ chức theo hai hành lang kinh tế Đông - Tây "
            "và Bắc - Nam.",
            ("fig", "Quang cảnh hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh."),
            "Thảo luận tại hội nghị, các đại biểu đề nghị làm rõ hơn định hướng phát triển khu kinh tế Đông Nam "
            "Quảng Trị và cảng biển Mỹ Thủy. Nhiều ý kiến lưu ý cần dành quỹ đất hợp lý cho nhà ở xã hội và thiết "
            "chế văn hóa ở các khu công nghiệp.",
            "Phó Bí thư Thường trực Tỉnh ủy Nguyễn Đăng Quang đề nghị cơ quan lập quy hoạch tiếp thu đầy đủ ý kiến, "
            "bảo đảm tính khả thi và kết nối với quy hoạch vùng Bắc Trung Bộ và duyên hải miền Trung.",
            "Kết luận hội nghị, Bí thư Tỉnh ủy yêu cầu hoàn thiện hồ sơ quy hoạch trong tháng 6 để trình Hội đồng "
            "thẩm định quốc gia.",
        ],
    ),
    dict(
        site="tinmoi24.vn",
        slug="dang-uy-khoi-cac-co-quan-ha-noi-kiem-diem-giua-nhiem-ky",
        section="Thời sự",
        date="2023-06-06 18:20",
        title="Đảng ủy Khối các cơ quan Hà Nội kiểm điểm giữa nhiệm kỳ",
        lead=("Đảng ủy Khối các cơ quan thành phố Hà Nội đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ "
              "Khối lần thứ XXVIII, chỉ rõ những việc còn chậm và giải pháp cho nửa nhiệm kỳ còn lại."),
        authors=["Quốc Huy", "Minh Anh"],
        tags=["Hà Nội", "Đảng ủy", "giữa nhiệm kỳ"],
        body=[
            "Chiều 6/6, Đảng ủy Khối các cơ quan thành phố Hà Nội tổ chức hội nghị đánh giá giữa nhiệm kỳ thực hiện "
            "Nghị quyết Đại hội Đảng bộ Khối. Phó Bí thư Thường trực Thành ủy Nguyễn Văn Phong dự và chỉ đạo hội "
            "nghị.",
            "Báo cáo cho thấy 13 trên 15 chỉ tiêu của nghị quyết đã đạt và vượt kế hoạch giữa nhiệm kỳ. Công tác "
            "kiểm tra, giám sát được tăng cường, kịp thời phát hiện và xử lý đảng viên vi phạm.",
            "Tuy nhiên, chỉ tiêu kết nạp đảng viên mới và tỷ lệ tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ "
            "chưa đạt. Việc ứng dụng công nghệ thông tin trong quản lý đảng viên ở một số đơn vị còn chậm.",
            ("fig", "Phó Bí thư Thường trực Thành ủy Nguyễn Văn Phong phát biểu tại hội nghị."),
            "Phát biểu chỉ đạo, Phó Bí thư Thường trực Thành ủy đề nghị Đảng ủy Khối tập trung nâng cao chất lượng "
            "sinh hoạt chi bộ, gắn với cải cách hành chính và tinh thần phục vụ nhân dân.",
            "Đảng ủy Khối cho biết sẽ triển khai sổ tay đảng viên điện tử tới toàn bộ các chi bộ trực thuộc trước "
            "ngày 2/9.",
        ],
    ),
]
