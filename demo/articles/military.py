"""Military and defence news (fictional): exercises, training, border guards, appointments."""

ARTICLES = [
    dict(
        site="quandoi-demo.vn",
        slug="bo-chqs-tinh-quang-tri-dien-tap-chien-dau-phong-thu-xa",
        section="Quân sự - Quốc phòng",
        date="2023-05-04 08:10",
        title="Bộ CHQS tỉnh Quảng Trị chỉ đạo diễn tập chiến đấu phòng thủ xã Gio Việt",
        lead=("Cuộc diễn tập chiến đấu phòng thủ xã Gio Việt, huyện Gio Linh diễn ra trong ba ngày, kiểm tra khả "
              "năng lãnh đạo, chỉ huy của cấp ủy, chính quyền cơ sở trong tình huống chiến tranh bảo vệ Tổ quốc."),
        authors=["Hồ Quang Hải"],
        tags=["diễn tập", "Quảng Trị", "Bộ CHQS tỉnh"],
        body=[
            "Ngày 3/5, Bộ Chỉ huy Quân sự tỉnh Quảng Trị chỉ đạo Ban CHQS huyện Gio Linh tổ chức diễn tập chiến đấu "
            "phòng thủ xã Gio Việt năm 2023. Đại tá Nguyễn Văn Hòa, Chỉ huy trưởng Bộ CHQS tỉnh trực tiếp theo dõi, "
            "chỉ đạo cuộc diễn tập.",
            "Theo ý định, diễn tập được chia thành hai giai đoạn: chuyển địa phương vào trạng thái quốc phòng và thực "
            "hành chiến đấu phòng thủ xã. Lực lượng tham gia gồm dân quân cơ động, dân quân tại chỗ, công an xã và "
            "các đoàn thể chính trị - xã hội.",
            ("fig", "Lực lượng dân quân xã Gio Việt thực hành đánh địch đổ bộ đường biển."),
            "Ở phần thực binh, lực lượng dân quân đã xử lý tình huống địch đổ bộ vào khu vực cửa biển Cửa Việt, phối "
            "hợp với lực lượng công an bảo vệ mục tiêu và sơ tán nhân dân an toàn. Các tình huống được xây dựng sát "
            "với đặc điểm địa bàn ven biển.",
            "Phát biểu tại buổi tổng kết, Đại tá Nguyễn Văn Hòa đánh giá cuộc diễn tập đạt mục đích, yêu cầu đề ra, "
            "bảo đảm tuyệt đối an toàn về người và vũ khí, trang bị. Cấp ủy, chính quyền xã đã thể hiện rõ vai trò "
            "lãnh đạo, điều hành trong các tình huống.",
            "Đại tá Nguyễn Văn Hòa đề nghị huyện Gio Linh rút kinh nghiệm để tổ chức tốt diễn tập ở các xã còn lại "
            "trong năm nay.",
        ],
    ),
    dict(
        site="quandoi-demo.vn",
        slug="trung-doan-bo-binh-ren-chien-si-moi-trong-nang-nong",
        section="Quân sự - Quốc phòng",
        date="2023-05-15 06:45",
        title="Rèn chiến sĩ mới giữa những ngày nắng nóng",
        lead=("Nhiệt độ ngoài thao trường nhiều ngày vượt 38 độ C, các đơn vị huấn luyện chiến sĩ mới của Sư đoàn "
              "bộ binh 324 đã điều chỉnh giờ luyện tập, vừa bảo đảm chất lượng vừa giữ gìn sức khỏe bộ đội."),
        authors=["Ngọc Trung", "Văn Chiến"],
        byline_prefix="Bài và ảnh: ",
        tags=["huấn luyện", "chiến sĩ mới", "quân sự"],
        body=[
            "Mới 5 giờ sáng, thao trường của Trung đoàn 1 đã rộn tiếng hô khẩu lệnh. Những tân binh nhập ngũ từ tháng "
            "2 đang bước vào nội dung bắn súng tiểu liên AK bài 1, một trong những bài kiểm tra quan trọng của giai "
            "đoạn huấn luyện chiến sĩ mới.",
            "Thượng tá Trần Minh Khoa, Trung đoàn trưởng, cho biết đơn vị chuyển giờ huấn luyện buổi chiều sang cuối "
            "ngày, tránh thời điểm nắng gắt nhất. Mỗi thao trường đều bố trí lán nghỉ, nước uống pha muối và tổ quân "
            "y trực thường xuyên.",
            ("fig", "Chiến sĩ mới Trung đoàn 1 luyện tập ngắm bắn trên thao trường."),
            "Binh nhì Lương Văn Tâm, quê Thanh Chương, Nghệ An, kể những ngày đầu chưa quen nếp sống quân ngũ, anh "
            "thường xuyên mệt mỏi. Sau ba tháng, anh đã bắn đạt loại giỏi ở lần kiểm tra thử và được đơn vị biểu "
            "dương.",
            "Để giúp tân binh yên tâm, đơn vị duy trì hòm thư góp ý, tổ chức gặp mặt đồng hương và thông tin kết quả "
            "rèn luyện về gia đình. Cán bộ khung thường xuyên ăn, ở cùng chiến sĩ để kịp thời nắm bắt tâm tư.",
            "Theo kế hoạch, cuối tháng 5 đơn vị sẽ kiểm tra kết thúc giai đoạn huấn luyện chiến sĩ mới, trước khi "
            "bàn giao quân cho các đơn vị chiến đấu.",
        ],
    ),
    dict(
        site="quandoi-demo.vn",
        slug="hoi-thao-quan-su-quan-khu-4-nam-2023",
        section="Quân sự - Quốc phòng",
        date="2023-06-12 16:20",
        title="Sôi nổi hội thao quân sự Quân khu 4 năm 2023",
        lead=("Gần 400 vận động viên của 17 đoàn thuộc các bộ chỉ huy quân sự tỉnh và đơn vị trực thuộc tranh tài "
              "ở 8 nội dung tại hội thao quân sự Quân khu 4."),
        authors=["Thái Hùng"],
        byline_prefix="Tin, ảnh: ",
        tags=["hội thao", "Quân khu 4", "quân sự"],
        body=[
            "Sáng 12/6, tại Trường Quân sự Quân khu 4, Bộ Tư lệnh Quân khu tổ chức khai mạc hội thao quân sự năm "
            "2023. Thiếu tướng Lê Văn Dũng, Phó Tư lệnh Quân khu, Trưởng ban Chỉ đạo hội thao dự và phát biểu khai "
            "mạc.",
            "Hội thao gồm các nội dung bắn súng tiểu liên, ném lựu đạn, bơi vũ trang, chạy vũ trang 3.000 mét, băng "
            "bó cứu thương và thi chỉ huy tiểu đội. Đây là dịp kiểm tra kết quả huấn luyện thực tế của các đơn vị.",
            ("fig", "Vận động viên Bộ CHQS tỉnh Hà Tĩnh thi nội dung bơi vũ trang."),
            "Ngay trong ngày đầu, nội dung chạy vũ trang đã diễn ra hấp dẫn khi Bộ CHQS tỉnh Quảng Bình và Bộ CHQS "
            "tỉnh Thanh Hóa liên tục bám đuổi nhau. Nhiều vận động viên đạt thành tích vượt chỉ tiêu loại giỏi.",
            "Đại tá Nguyễn Văn Hòa, Chỉ huy trưởng Bộ CHQS tỉnh Quảng Trị, cho biết đơn vị đã chuẩn bị lực lượng từ "
            "tháng 3, luyện tập theo đúng giáo trình và tăng cường thể lực cho vận động viên.",
            "Hội thao kéo dài đến ngày 16/6, kết quả sẽ được dùng để đánh giá chất lượng huấn luyện của các cơ quan, "
            "đơn vị trong năm.",
        ],
    ),
    dict(
        site="baoquangtri-demo.vn",
        slug="nang-cao-chat-luong-huan-luyen-dan-quan-tu-ve",
        section="Quốc phòng - An ninh",
        date="2023-06-02 10:00",
        title="Nâng cao chất lượng huấn luyện dân quân tự vệ",
        lead=("Năm nay, Bộ CHQS tỉnh chỉ đạo các địa phương đổi mới cách huấn luyện dân quân tự vệ, tăng thời gian "
              "thực hành và luyện tập các tình huống cứu hộ, cứu nạn."),
        authors=["Hồ Nguyên Kha"],
        tags=["dân quân tự vệ", "Bộ CHQS tỉnh"],
        body=[
            "Những ngày đầu tháng 6, tại thao trường huấn luyện của Ban CHQS huyện Triệu Phong, hơn 120 dân quân cơ "
            "động đang luyện tập các nội dung điều lệnh, kỹ thuật bắn súng và chiến thuật từng người.",
            "Thượng tá Hoàng Văn Thuận, Chỉ huy trưởng Ban CHQS huyện, cho biết năm nay huyện dành 40% thời gian "
            "huấn luyện cho các tình huống cứu hộ, cứu nạn như sơ tán dân, vận chuyển người bị thương và chống sạt "
            "lở bờ sông.",
            ("fig", "Dân quân huyện Triệu Phong luyện tập kỹ thuật cứu đuối."),
            "Theo Bộ CHQS tỉnh, toàn tỉnh hiện có gần 9.000 dân quân tự vệ, trong đó lực lượng thường trực được bố "
            "trí ở các xã trọng điểm ven biển và biên giới. Việc huấn luyện được tổ chức theo cụm xã để tiết kiệm "
            "chi phí và bảo đảm thao trường.",
            "Một khó khăn là nhiều dân quân là lao động tự do, thường đi làm ăn xa vào mùa vụ. Các địa phương đã "
            "linh hoạt bố trí lịch huấn luyện vào thời điểm nông nhàn để bảo đảm quân số.",
            "Kết thúc đợt huấn luyện, 100% dân quân tự vệ được kiểm tra đạt yêu cầu, trong đó hơn 60% đạt khá, giỏi.",
        ],
    ),
    dict(
        site="tinmoi24.vn",
        slug="nghe-an-co-tan-chi-huy-truong-bo-chi-huy-quan-su-tinh",
        section="Thời sự",
        date="2023-05-22 15:40",
        title="Nghệ An có tân Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        lead=("Đại tá Nguyễn Văn Hùng, Phó Chỉ huy trưởng, Tham mưu trưởng được bổ nhiệm giữ chức Chỉ huy trưởng Bộ "
              "Chỉ huy Quân sự tỉnh Nghệ An."),
        authors=["Minh Anh"],
        tags=["Nghệ An", "bổ nhiệm", "quân sự"],
        body=[
            "Chiều 22/5, Bộ Tư lệnh Quân khu 4 tổ chức lễ công bố quyết định của Bộ trưởng Bộ Quốc phòng về công tác "
            "cán bộ tại Bộ Chỉ huy Quân sự tỉnh Nghệ An.",
            "Theo quyết định, Đại tá Nguyễn Văn Hùng, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh được bổ "
            "nhiệm giữ chức Chỉ huy trưởng. Đại tá Trương Đình Lộc, nguyên Chỉ huy trưởng, được điều động nhận nhiệm "
            "vụ mới tại Quân khu.",
            ("fig", "Đại tá Nguyễn Văn Hùng nhận quyết định bổ nhiệm."),
            "Đại tá Nguyễn Văn Hùng sinh năm 1975, quê huyện Đô Lương, từng giữ nhiều cương vị chỉ huy ở các đơn vị "
            "bộ binh của Quân khu. Ông có trình độ cử nhân quân sự và thạc sĩ khoa học quân sự.",
            "Phát biểu nhận nhiệm vụ, tân Chỉ huy trưởng cam kết cùng tập thể Đảng ủy, Bộ CHQS tỉnh phát huy truyền "
            "thống, tham mưu tốt cho Tỉnh ủy, UBND tỉnh về công tác quân sự, quốc phòng địa phương.",
            "Phó Bí thư Thường trực Tỉnh ủy Hoàng Nghĩa Hiếu đề nghị Bộ CHQS tỉnh tiếp tục làm tốt công tác tuyển "
            "quân, xây dựng khu vực phòng thủ vững chắc và sẵn sàng ứng phó thiên tai.",
        ],
    ),
    dict(
        site="dantocviet.vn",
        slug="don-bien-phong-giup-dong-bao-mong-dung-nha",
        section="Dân tộc - Miền núi",
        date="2023-06-09 11:30",
        title="Bộ đội Biên phòng giúp đồng bào Mông dựng nhà trước mùa mưa",
        lead=("Hơn 30 cán bộ, chiến sĩ Đồn Biên phòng Lũng Cú đã giúp 5 hộ đồng bào Mông ở xã Lũng Cú, huyện Đồng "
              "Văn dựng lại nhà, kịp tránh những trận mưa lớn đầu mùa."),
        authors=["Hà Linh"],
        encoding="cp1258",
        tags=["Hà Giang", "Biên phòng"],
        body=[
            "Những ngày này, trên các sườn núi đá của xã Lũng Cú, cán bộ, chiến sĩ Đồn Biên phòng Lũng Cú cùng người "
            "dân khẩn trương vận chuyển vật liệu, dựng khung nhà cho các hộ khó khăn.",
            "Ngôi nhà mới của gia đình anh Vàng Mí Sính ở thôn Séo Lủng được dựng trong 10 ngày. Trước đây, cả gia "
            "đình 6 người sống trong căn nhà vách ván đã mục, mỗi khi mưa to nước lại tràn vào bếp.",
            ("fig", "Cán bộ, chiến sĩ Đồn Biên phòng Lũng Cú vận chuyển vật liệu lên thôn Séo Lủng."),
            "Thiếu tá Lò Văn Thắng, Chính trị viên Đồn, cho biết kinh phí làm nhà do các nhà hảo tâm ủng hộ, còn bộ "
            "đội góp công lao động. Mỗi ngôi nhà được hỗ trợ 50 triệu đồng, gia đình đóng góp thêm gỗ và đá.",
            "Bà Giàng Thị Mỷ, 62 tuổi, không giấu được xúc động khi nhận nhà mới. Bà nói từ nay con cháu sẽ không "
            "còn phải chạy sang nhà hàng xóm mỗi đêm mưa gió.",
            "Từ năm 2020 đến nay, Đồn Biên phòng Lũng Cú đã phối hợp xây mới và sửa chữa 27 ngôi nhà cho hộ nghèo "
            "trên địa bàn biên giới.",
        ],
    ),
    dict(
        site="baothoidai.vn",
        slug="luc-luong-vu-trang-da-nang-dien-tap-phong-chong-thien-tai",
        section="Thời sự",
        date="2023-05-31 09:15",
        title="Lực lượng vũ trang Đà Nẵng diễn tập phòng chống thiên tai, tìm kiếm cứu nạn",
        lead=("Gần 1.000 người thuộc các lực lượng quân sự, công an, biên phòng và dân quân đã tham gia diễn tập ứng "
              "phó bão mạnh kết hợp mưa lớn gây ngập lụt tại quận Liên Chiểu."),
        authors=["Quốc Tuấn"],
        tags=["Đà Nẵng", "diễn tập", "quân sự"],
        body=[
            "Sáng 30/5, Bộ Chỉ huy Quân sự thành phố Đà Nẵng phối hợp UBND quận Liên Chiểu tổ chức diễn tập phòng "
            "chống thiên tai, tìm kiếm cứu nạn năm 2023. Đại tá Trần Văn Bảo, Chỉ huy trưởng Bộ CHQS thành phố, làm "
            "Trưởng ban chỉ đạo diễn tập.",
            "Tình huống giả định là một cơn bão mạnh cấp 12 đổ bộ trực tiếp vào Đà Nẵng, kèm mưa lớn khiến nhiều khu "
            "dân cư ven sông Cu Đê bị ngập sâu. Các lực lượng phải sơ tán hơn 500 hộ dân và cứu một tàu cá gặp nạn "
            "ngoài vịnh.",
            ("fig", "Bộ đội và dân quân sơ tán người dân khỏi vùng ngập tại quận Liên Chiểu."),
            "Xuồng cứu hộ, xe lội nước và thiết bị bay không người lái được huy động để tìm kiếm người mất tích. Lực "
            "lượng y tế quân sự dựng trạm cấp cứu dã chiến ngay tại nhà văn hóa phường.",
            "Phát biểu tổng kết, Phó Chủ tịch UBND thành phố Trần Phước Sơn đánh giá các lực lượng đã phối hợp nhịp "
            "nhàng, xử lý tình huống nhanh chóng. Ông yêu cầu các quận, huyện rà soát phương án sơ tán trước mùa "
            "mưa bão.",
            "Đây là cuộc diễn tập thứ hai trong năm của thành phố, nhằm chủ động ứng phó với thời tiết ngày càng "
            "cực đoan.",
        ],
    ),
]
