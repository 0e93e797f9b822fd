"""Society (fictional): traffic, health, education, labour; includes the old TCVN3 page."""

ARTICLES = [
    dict(
        site="tinmoi24.vn",
        slug="tai-nan-giao-thong-giam-sau-5-thang-kiem-tra-nong-do-con",
        section="Xã hội",
        date="2023-06-01 21:00",
        title="Tai nạn giao thông giảm sau 5 tháng tăng cường kiểm tra nồng độ cồn",
        lead=("Trong 5 tháng đầu năm, cả nước ghi nhận số vụ tai nạn giao thông giảm gần 10% so với cùng kỳ, trong "
              "khi lực lượng cảnh sát giao thông xử lý hơn 200.000 trường hợp vi phạm nồng độ cồn."),
        authors=["Hải Yến"],
        tags=["tai nạn giao thông", "nồng độ cồn"],
        body=[
            "Theo số liệu của Ủy ban An toàn giao thông quốc gia, từ đầu năm đến hết tháng 5 đã xảy ra hơn 4.500 vụ "
            "tai nạn giao thông, làm chết gần 2.700 người. So với cùng kỳ năm trước, số người chết giảm 8%.",
            "Lực lượng cảnh sát giao thông đã kiểm tra hơn 1,2 triệu lượt phương tiện, phát hiện hơn 200.000 trường "
            "hợp điều khiển xe khi trong máu hoặc hơi thở có nồng độ cồn. Phần lớn vi phạm là người đi xe máy.",
            ("fig", "Cảnh sát giao thông kiểm tra nồng độ cồn người điều khiển xe máy tại Hà Nội."),
            "Đại diện Cục Cảnh sát giao thông cho biết việc tổ chức kiểm tra vào ban đêm và dịp cuối tuần đã tạo sức "
            "răn đe rõ rệt. Nhiều người dân đã chủ động gọi xe công nghệ sau khi uống rượu bia.",
            "Tuy nhiên, tai nạn liên quan đến xe khách, xe tải trên các tuyến quốc lộ vẫn diễn biến phức tạp. Nhiều "
            "vụ tai nạn đặc biệt nghiêm trọng xảy ra do tài xế chạy quá tốc độ hoặc vượt ẩu.",
            "Trong thời gian tới, lực lượng chức năng sẽ tăng cường xử lý qua hình ảnh từ camera giám sát trên các "
            "tuyến cao tốc và quốc lộ trọng điểm.",
        ],
    ),
    dict(
        site="tinmoi24.vn",
        slug="so-ca-mac-sot-xuat-huyet-o-ha-noi-tang",
        section="Sức khỏe",
        date="2023-06-20 11:40",
        title="Số ca mắc sốt xuất huyết ở Hà Nội tăng, ngành y tế cảnh báo nguy cơ bùng dịch",
        lead=("Tuần qua, Hà Nội ghi nhận 186 ca mắc sốt xuất huyết, tăng 40 ca so với tuần trước, tập trung ở các "
              "quận Hoàng Mai, Đống Đa và huyện Thạch Thất."),
        authors=["Minh Anh"],
        tags=["sốt xuất huyết", "Hà Nội", "y tế"],
        body=[
            "Theo Sở Y tế Hà Nội, từ đầu năm đến nay thành phố ghi nhận hơn 1.100 ca mắc sốt xuất huyết, chưa có "
            "trường hợp tử vong. Số ca bệnh đang có xu hướng tăng khi bước vào mùa mưa.",
            "Qua giám sát, cơ quan y tế phát hiện nhiều ổ bọ gậy trong các dụng cụ chứa nước, lốp xe cũ và chậu cây "
            "cảnh tại các khu dân cư. Một số công trình xây dựng bỏ hoang cũng là nơi muỗi sinh sản.",
            ("fig", "Nhân viên y tế phun hóa chất diệt muỗi tại một khu dân cư ở quận Hoàng Mai."),
            "Bác sĩ Lê Thị Thu Hà, Khoa Truyền nhiễm của một bệnh viện tuyến thành phố, cho biết nhiều người bệnh đến "
            "viện muộn vì nhầm với cảm cúm thông thường. Người dân khi sốt cao liên tục từ hai ngày trở lên cần đi "
            "khám để được theo dõi.",
            "Sở Y tế đề nghị các quận, huyện tổ chức chiến dịch vệ sinh môi trường, diệt bọ gậy hằng tuần. Người dân "
            "cần ngủ màn, đậy kín dụng cụ chứa nước và loại bỏ các vật dụng có thể đọng nước.",
        ],
    ),
    dict(
        site="baothoidai.vn",
        slug="xe-khach-lat-tren-deo-hai-van-nhieu-nguoi-bi-thuong",
        section="Xã hội",
        date="2023-06-25 22:10",
        title="Xe khách lật trên đèo Hải Vân, 12 người bị thương",
        lead=("Chiếc xe khách 29 chỗ chở đoàn du lịch từ Huế vào Đà Nẵng bị lật khi đổ dốc đèo Hải Vân tối 25/6, "
              "12 hành khách bị thương được đưa đi cấp cứu."),
        authors=["Đức Hoàng"],
        tags=["tai nạn giao thông", "Đà Nẵng"],
        body=[
            "Khoảng 19 giờ 30 tối 25/6, xe khách biển số Thừa Thiên Huế chở 26 người đang xuống dốc đèo Hải Vân theo "
            "hướng Bắc - Nam thì mất lái, đâm vào vách núi rồi lật nghiêng giữa đường.",
            "Người dân và lực lượng chức năng đã phá cửa kính, đưa các hành khách ra ngoài. Ba người bị thương nặng "
            "được chuyển đến Bệnh viện Đà Nẵng, những người còn lại bị xây xát nhẹ.",
            ("fig", "Hiện trường vụ xe khách lật trên đèo Hải Vân."),
            "Một hành khách kể xe đang đi thì có mùi khét bốc lên, sau đó tài xế hô mọi người bám chắc ghế. Chỉ vài "
            "giây sau, chiếc xe đâm vào vách đá.",
            "Vụ tai nạn khiến giao thông qua đèo Hải Vân ùn tắc gần hai giờ. Cảnh sát giao thông Công an thành phố "
            "Đà Nẵng đã phân luồng, đưa xe cẩu đến giải phóng hiện trường.",
            "Cơ quan chức năng đang điều tra nguyên nhân vụ tai nạn, trong đó có khả năng xe bị mất phanh khi đổ dốc.",
        ],
    ),
    dict(
        site="baothoidai.vn",
        slug="hon-100-000-thi-sinh-ha-noi-thi-vao-lop-10",
        section="Giáo dục",
        date="2023-06-10 12:30",
        title="Hơn 100.000 thí sinh Hà Nội hoàn thành môn thi đầu tiên vào lớp 10",
        lead=("Sáng 10/6, hơn 100.000 thí sinh Hà Nội làm bài thi môn Ngữ văn, mở đầu kỳ thi tuyển sinh vào lớp 10 "
              "THPT công lập được đánh giá là căng thẳng nhất trong nhiều năm."),
        authors=["Thu Hằng"],
        byline_prefix="Nhóm phóng viên: ",
        tags=["tuyển sinh lớp 10", "Hà Nội"],
        body=[
            "Năm nay, Hà Nội có hơn 105.000 học sinh đăng ký dự thi vào lớp 10 công lập, trong khi chỉ tiêu của các "
            "trường THPT công lập khoảng 72.000. Như vậy, gần một phần ba thí sinh sẽ phải tìm chỗ học ở trường tư "
            "thục hoặc giáo dục thường xuyên.",
            "Đề Ngữ văn gồm hai phần, yêu cầu thí sinh phân tích một đoạn thơ và viết đoạn văn nghị luận về lòng biết "
            "ơn. Nhiều thí sinh đánh giá đề vừa sức, có tính phân loại.",
            ("fig", "Thí sinh rời phòng thi sau buổi thi môn Ngữ văn tại một điểm thi ở quận Cầu Giấy."),
            "Em Phạm Ngọc Anh, học sinh Trường THCS Dịch Vọng, cho biết em hoàn thành bài trước giờ khoảng 10 phút. "
            "Em tự tin đạt trên 8 điểm môn thi này.",
            "Buổi chiều, thí sinh tiếp tục thi môn Ngoại ngữ. Ngày 11/6, các em thi môn Toán và thi chuyên với thí "
            "sinh đăng ký vào các trường chuyên.",
            "Sở Giáo dục và Đào tạo Hà Nội cho biết điểm thi dự kiến được công bố trước ngày 30/6.",
        ],
    ),
    dict(
        site="dantocviet.vn",
        slug="tram-y-te-xa-vung-cao-dien-bien-thieu-bac-si",
        section="Xã hội",
        date="2023-05-29 10:15",
        title="Trạm y tế xã vùng cao Điện Biên thiếu bác sĩ",
        lead=("Nhiều trạm y tế xã ở các huyện vùng cao của Điện Biên chỉ có y sĩ, người dân phải đi hàng chục km để "
              "khám bệnh ở tuyến huyện."),
        authors=["Lò Thị Duyên", "Hà Linh"],
        tags=["Điện Biên", "y tế cơ sở"],
        body=[
            "Trạm y tế xã Sín Thầu, huyện Mường Nhé nằm cách trung tâm huyện gần 100 km. Cả trạm có 5 nhân viên, "
            "nhưng chưa có bác sĩ nào.",
            "Y sĩ Lò Văn Pánh, Trưởng trạm, cho biết mỗi tháng trạm tiếp nhận khoảng 300 lượt khám, chủ yếu là các "
            "bệnh thông thường. Những ca nặng phải chuyển lên tuyến trên, đường đi vào mùa mưa rất khó khăn.",
            ("fig", "Y sĩ Trạm y tế xã Sín Thầu khám bệnh cho trẻ em."),
            "Theo Sở Y tế Điện Biên, toàn tỉnh còn gần 40 trạm y tế xã chưa có bác sĩ. Nhiều bác sĩ được luân phiên "
            "về xã nhưng chỉ làm việc một thời gian ngắn rồi xin chuyển đi.",
            "Tỉnh đang thực hiện chính sách đào tạo bác sĩ theo địa chỉ sử dụng, ưu tiên con em đồng bào dân tộc thiểu "
            "số. Sau khi tốt nghiệp, các bác sĩ phải cam kết làm việc tại địa phương ít nhất 5 năm.",
            "Ngoài ra, ngành y tế triển khai khám chữa bệnh từ xa, kết nối trạm y tế xã với bệnh viện tuyến tỉnh để "
            "hỗ trợ chẩn đoán.",
        ],
    ),
    dict(
        site="dantocviet.vn",
        slug="hoc-sinh-ban-tru-vung-cao-vao-mua-thi",
        section="Giáo dục",
        date="2023-06-14 16:30",
        title="Học sinh bán trú vùng cao vào mùa thi",
        lead=("Ở lại trường bán trú suốt tháng 6, học sinh lớp 12 người Mông, Dao ở Lào Cai tranh thủ từng giờ ôn "
              "tập, quyết tâm vượt qua kỳ thi tốt nghiệp THPT."),
        authors=["Hà Linh"],
        tags=["Lào Cai", "bán trú", "thi tốt nghiệp THPT"],
        body=[
            "Tối nào cũng vậy, khu ký túc xá của Trường THPT số 2 Bát Xát lại sáng đèn đến 22 giờ. Hơn 150 học sinh "
            "lớp 12 ngồi theo nhóm, cùng nhau giải đề và hỏi bài thầy cô.",
            "Em Thào Thị Mai, nhà ở xã Y Tý, cho biết em chỉ về nhà một lần trong tháng vì đường xa. Em mong đỗ tốt "
            "nghiệp để thi vào trường sư phạm, sau này về dạy học ở quê.",
            ("fig", "Học sinh lớp 12 Trường THPT số 2 Bát Xát ôn tập buổi tối."),
            "Thầy giáo Nguyễn Văn Thành, Hiệu trưởng nhà trường, cho biết giáo viên chia ca để kèm học sinh buổi tối, "
            "không thu bất kỳ khoản phí nào. Nhà trường cũng nấu thêm bữa phụ cho các em trong mùa thi.",
            "Năm học này, tỷ lệ học sinh chuyên cần của trường đạt trên 97%, cao nhất từ trước đến nay. Nhiều em đã "
            "đăng ký xét tuyển vào các trường đại học ở Hà Nội và Thái Nguyên.",
        ],
    ),
    dict(
        site="baoquangtri-demo.vn",
        slug="trung-tam-y-te-vinh-linh-kham-benh-mien-phi-cho-nguoi-cao-tuoi",
        section="Xã hội",
        date="2023-06-14 08:00",
        title="Trung tâm Y tế huyện Vĩnh Linh khám bệnh miễn phí cho người cao tuổi",
        lead=("Hơn 400 người cao tuổi ở các xã vùng biển của huyện Vĩnh Linh đã được khám bệnh, cấp thuốc miễn phí "
              "trong đợt khám lưu động vừa qua."),
        authors=["Nguyễn Hoài Nam"],
        encoding="tcvn3",
        tags=["y tế", "người cao tuổi"],
        body=[
            "Trong hai ngày 12 và 13/6, Trung tâm Y tế huyện Vĩnh Linh phối hợp với Hội Người cao tuổi huyện tổ chức "
            "khám bệnh lưu động tại các xã Vĩnh Thái, Vĩnh Kim và Vĩnh Thạch.",
            "Các bác sĩ đã khám nội khoa, đo huyết áp, xét nghiệm đường huyết và tư vấn chế độ dinh dưỡng cho người "
            "cao tuổi. Những trường hợp có dấu hiệu bệnh nặng được hướng dẫn chuyển lên tuyến trên.",
            ("fig", "Bác sĩ Trung tâm Y tế huyện khám bệnh cho người cao tuổi xã Vĩnh Thái."),
            "Bà Trần Thị Lài, 78 tuổi, ở thôn Thái Lai cho biết đã lâu bà không đi khám vì nhà xa trung tâm. Lần này "
            "bà được bác sĩ phát hiện bị tăng huyết áp và được cấp thuốc uống trong một tháng.",
            "Theo bác sĩ Lê Văn Hiền, Giám đốc Trung tâm Y tế huyện, bệnh thường gặp nhất ở người cao tuổi vùng biển "
            "là tăng huyết áp, đau khớp và các bệnh về mắt.",
            "Dịp này, đơn vị đã trao 50 suất quà cho người cao tuổi có hoàn cảnh khó khăn.",
        ],
    ),
    dict(
        site="baoquangtri-demo.vn",
        slug="dong-ha-lap-lai-trat-tu-via-he",
        section="Xã hội",
        date="2023-05-05 16:00",
        title="Đông Hà ra quân lập lại trật tự vỉa hè, lòng đường",
        lead=("Thành phố Đông Hà ra quân đợt cao điểm lập lại trật tự đô thị trên các tuyến đường chính, xử lý nhiều "
              "trường hợp lấn chiếm vỉa hè để buôn bán."),
        authors=["Trần Tuyền"],
        tags=["Đông Hà", "trật tự đô thị"],
        body=[
            "Sáng 5/5, lực lượng liên ngành của thành phố Đông Hà gồm công an, quản lý đô thị và các phường đồng loạt "
            "ra quân trên các tuyến đường Lê Duẩn, Hùng Vương và Quốc lộ 9.",
            "Đoàn kiểm tra đã nhắc nhở hơn 80 hộ kinh doanh, tạm giữ nhiều bàn ghế, biển quảng cáo đặt trái phép "
            "trên vỉa hè. Một số hộ tự giác thu dọn hàng hóa vào trong nhà.",
            ("fig", "Lực lượng chức năng nhắc nhở hộ kinh doanh trên đường Hùng Vương."),
            "Phó Chủ tịch UBND thành phố Đông Hà Nguyễn Văn Cường cho biết đợt ra quân kéo dài đến cuối tháng 6. Sau "
            "đó, các phường phải duy trì kiểm tra thường xuyên, tránh tình trạng tái lấn chiếm.",
            "Nhiều người dân đồng tình với việc làm này, bởi vỉa hè bị lấn chiếm khiến người đi bộ phải xuống lòng "
            "đường, rất nguy hiểm.",
        ],
    ),
    dict(
        site="kinhtesaigon-demo.vn",
        slug="nguoi-lao-dong-mat-viec-xep-hang-nhan-tro-cap-that-nghiep",
        section="Xã hội",
        date="2023-05-16 09:40",
        title="Người lao động mất việc xếp hàng nhận trợ cấp thất nghiệp",
        lead=("Mỗi ngày, các điểm tiếp nhận hồ sơ bảo hiểm thất nghiệp ở TP Hồ Chí Minh đón hàng nghìn người lao "
              "động, phần lớn làm trong ngành dệt may, da giày và đồ gỗ."),
        authors=["Bảo Châu"],
        tags=["lao động", "bảo hiểm thất nghiệp"],
        body=[
            "Từ 6 giờ sáng, trước Trung tâm Dịch vụ việc làm thành phố trên đường Điện Biên Phủ đã có hàng trăm người "
            "chờ nộp hồ sơ. Nhiều người mang theo con nhỏ vì không có ai trông.",
            "Chị Lê Thị Hồng, 38 tuổi, từng làm công nhân may ở quận Bình Tân được 12 năm, cho biết công ty cắt giảm "
            "một nửa lao động từ tháng 3. Chị đang tìm việc mới nhưng các doanh nghiệp chủ yếu tuyển người trẻ.",
            ("fig", "Người lao động chờ nộp hồ sơ hưởng bảo hiểm thất nghiệp."),
            "Theo Sở Lao động - Thương binh và Xã hội, 4 tháng đầu năm thành phố có hơn 70.000 người nộp hồ sơ hưởng "
            "trợ cấp thất nghiệp, tăng 28% so với cùng kỳ.",
            "Trung tâm dịch vụ việc làm đã tổ chức thêm các phiên giao dịch việc làm trực tuyến, kết nối người lao "
            "động với doanh nghiệp trong ngành dịch vụ, logistics đang có nhu cầu tuyển dụng.",
            "Các chuyên gia khuyến nghị người lao động tranh thủ thời gian này tham gia học nghề miễn phí để chuyển "
            "đổi sang công việc mới.",
        ],
    ),
]
