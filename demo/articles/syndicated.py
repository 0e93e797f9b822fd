"""Syndicated stories (fictional): a storm warning first published on tinmoi24.vn and copied,
lightly edited, on three other sites hours to a day later; and an exam story published on
baothoidai.vn and copied on the provincial paper. Plus a weather story of the provincial paper
(the page with no URL at all)."""

_P1 = ("Hồi 4 giờ sáng 14/6, vị trí tâm áp thấp nhiệt đới ở vào khoảng 14,2 độ Vĩ Bắc; 114,5 độ Kinh Đông, cách "
       "quần đảo Hoàng Sa khoảng 250 km về phía Đông Nam. Sức gió mạnh nhất vùng gần tâm áp thấp nhiệt đới mạnh "
       "cấp 7, giật cấp 9.")
_P2 = ("Dự báo trong 24 giờ tới, áp thấp nhiệt đới di chuyển theo hướng Tây Tây Bắc, mỗi giờ đi được khoảng 15 km "
       "và có khả năng mạnh lên thành bão. Đến 4 giờ sáng 15/6, tâm bão ở ngay trên vùng biển quần đảo Hoàng Sa, "
       "sức gió mạnh nhất cấp 8, giật cấp 10.")
_P3 = ("Do ảnh hưởng của áp thấp nhiệt đới, vùng biển phía Bắc và giữa Biển Đông, bao gồm vùng biển quần đảo Hoàng "
       "Sa có mưa dông, gió mạnh cấp 6 - 7, giật cấp 9, sóng biển cao 3 - 5 m, biển động rất mạnh.")
_P4 = ("Cơ quan khí tượng cảnh báo cấp độ rủi ro thiên tai do gió mạnh trên biển là cấp 3. Tất cả tàu thuyền hoạt "
       "động trong vùng nguy hiểm đều có nguy cơ chịu tác động của dông, lốc, gió mạnh và sóng lớn.")
_P5 = ("Ban Chỉ đạo quốc gia về phòng, chống thiên tai đã đề nghị các tỉnh, thành phố ven biển từ Quảng Ninh đến "
       "Khánh Hòa theo dõi chặt chẽ diễn biến của áp thấp nhiệt đới. Các địa phương cần thông báo cho chủ phương "
       "tiện, thuyền trưởng để chủ động di chuyển, tránh trú an toàn.")
_P6 = ("Bộ đội Biên phòng các tỉnh miền Trung đã kiểm đếm, hướng dẫn hàng nghìn tàu cá đang hoạt động trên biển giữ "
       "liên lạc thường xuyên với đất liền.")
_STORM_LEAD = ("Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết áp thấp nhiệt đới trên khu vực giữa Biển Đông "
               "đang di chuyển theo hướng Tây Tây Bắc, trong 24 giờ tới có khả năng mạnh lên thành bão.")
_STORM_FIG = ("fig", "Dự báo đường đi của áp thấp nhiệt đới trên Biển Đông, cập nhật sáng 14/6.")

_E1 = ("Theo Bộ Giáo dục và Đào tạo, cả nước có hơn 1,02 triệu thí sinh đăng ký dự thi tốt nghiệp THPT năm 2023, "
       "trong đó khoảng 96% thí sinh đăng ký xét tuyển đại học bằng kết quả kỳ thi. Kỳ thi được tổ chức tại 2.280 "
       "điểm thi trên toàn quốc.")
_E2 = ("Chiều 27/6, thí sinh đã có mặt tại các điểm thi để làm thủ tục, nghe phổ biến quy chế và đính chính sai sót "
       "thông tin đăng ký. Thí sinh chỉ được mang vào phòng thi bút viết, thước kẻ, máy tính cầm tay không có thẻ "
       "nhớ và át-lát địa lý.")
_E3 = ("Thứ trưởng Bộ Giáo dục và Đào tạo Hoàng Minh Sơn cho biết năm nay Bộ tiếp tục siết chặt khâu in sao đề "
       "thi, vận chuyển bài thi và chấm thi. Các điểm thi đều được lắp camera giám sát, thiết bị phát hiện sóng "
       "vô tuyến được sử dụng tại nhiều hội đồng thi.")
_E4 = ("Sáng 28/6, thí sinh làm bài thi Ngữ văn theo hình thức tự luận trong 120 phút. Buổi chiều, thí sinh thi môn "
       "Toán theo hình thức trắc nghiệm trong 90 phút.")
_E5 = ("Ngày 29/6, thí sinh thi bài thi tổ hợp Khoa học tự nhiên hoặc Khoa học xã hội vào buổi sáng và môn Ngoại "
       "ngữ vào buổi chiều. Ngày 30/6 là ngày dự phòng.")
_E6 = ("Kết quả thi dự kiến được công bố vào 8 giờ ngày 18/7. Thí sinh có thể tra cứu điểm thi qua cổng thông tin "
       "của Bộ Giáo dục và Đào tạo hoặc tại trường phổ thông nơi đăng ký dự thi.")
_EXAM_FIG = ("fig", "Thí sinh làm thủ tục dự thi tốt nghiệp THPT tại một điểm thi ở Hà Nội.")

ARTICLES = [
    dict(
        site="tinmoi24.vn",
        slug="ap-thap-nhiet-doi-tren-bien-dong-co-kha-nang-manh-len-thanh-bao",
        section="Thời sự",
        date="2023-06-14 05:30",
        title="Áp thấp nhiệt đới trên Biển Đông có khả năng mạnh lên thành bão",
        lead=_STORM_LEAD,
        authors=["Hải Yến"],
        tags=["áp thấp nhiệt đới", "bão", "Biển Đông"],
        body=[_P1, _P2, _STORM_FIG, _P3, _P4, _P5, _P6],
    ),
    dict(
        site="baothoidai.vn",
        slug="ap-thap-nhiet-doi-co-the-manh-len-thanh-bao-bien-dong-rat-manh",
        section="Thời sự",
        date="2023-06-14 07:10",
        title="Áp thấp nhiệt đới có thể mạnh lên thành bão, biển động rất mạnh",
        lead=("Áp thấp nhiệt đới trên giữa Biển Đông đang di chuyển theo hướng Tây Tây Bắc và có khả năng mạnh lên "
              "thành bão trong 24 giờ tới, gây gió mạnh, sóng lớn ở vùng biển Hoàng Sa."),
        authors=[],
        credit="Theo TTXVN",
        tags=["áp thấp nhiệt đới", "bão"],
        body=[_P1, _P2, _STORM_FIG, _P3, _P4, _P5],
    ),
    dict(
        site="dantocviet.vn",
        slug="canh-bao-ap-thap-nhiet-doi-tren-bien-dong-co-the-thanh-bao",
        section="Thời sự",
        date="2023-06-14 09:45",
        title="Cảnh báo áp thấp nhiệt đới trên Biển Đông có thể thành bão trong 24 giờ tới",
        lead=_STORM_LEAD,
        authors=[],
        credit="Theo TTXVN",
        tags=["thời tiết", "bão"],
        body=[_P1, _P2, _P3, _P4, _P5, _P6,
              "Người dân vùng ven biển cần thường xuyên theo dõi bản tin dự báo để chủ động phòng tránh, không ra "
              "khơi khi có cảnh báo."],
    ),
    dict(
        site="kinhtesaigon-demo.vn",
        slug="ap-thap-nhiet-doi-gan-hoang-sa-sap-thanh-bao-tau-thuyen-can-tranh-tru",
        section="Thời sự",
        date="2023-06-15 06:00",
        title="Áp thấp nhiệt đới gần Hoàng Sa sắp thành bão, tàu thuyền cần tránh trú",
        lead=("Áp thấp nhiệt đới trên Biển Đông đang tiến gần quần đảo Hoàng Sa và có khả năng mạnh lên thành bão, "
              "cơ quan khí tượng cảnh báo rủi ro thiên tai cấp 3 trên biển."),
        authors=[],
        credit="Theo TTXVN",
        tags=["bão", "áp thấp nhiệt đới"],
        body=[_P1, _P2, _STORM_FIG,
              "Do ảnh hưởng của áp thấp nhiệt đới, vùng biển phía Bắc và giữa Biển Đông, bao gồm vùng biển quần "
              "đảo Hoàng Sa có mưa dông, gió mạnh cấp 6 - 7, giật cấp 9, sóng biển cao 3 - 5 m. Biển động rất mạnh, "
              "các hoạt động khai thác hải sản và vận tải biển đều bị ảnh hưởng.",
              _P4, _P5],
    ),
    dict(
        site="baothoidai.vn",
        slug="hon-1-trieu-thi-sinh-buoc-vao-ky-thi-tot-nghiep-thpt-nam-2023",
        section="Giáo dục",
        date="2023-06-27 17:30",
        title="Hơn 1 triệu thí sinh bước vào kỳ thi tốt nghiệp THPT năm 2023",
        lead=("Chiều 27/6, thí sinh cả nước làm thủ tục dự thi tốt nghiệp THPT năm 2023, chuẩn bị cho hai ngày thi "
              "chính thức 28 và 29/6."),
        authors=["Thu Hằng"],
        tags=["thi tốt nghiệp THPT", "tuyển sinh"],
        body=[_E1, _E2, _EXAM_FIG, _E3, _E4, _E5, _E6],
    ),
    dict(
        site="baoquangtri-demo.vn",
        slug="thi-sinh-ca-nuoc-buoc-vao-ky-thi-tot-nghiep-thpt",
        section="Xã hội",
        date="2023-06-28 06:30",
        title="Thí sinh cả nước bước vào kỳ thi tốt nghiệp THPT năm 2023",
        lead=("Hôm nay 28/6, hơn 1 triệu thí sinh trên cả nước, trong đó có hơn 8.000 thí sinh Quảng Trị, bước vào "
              "ngày thi chính thức đầu tiên của kỳ thi tốt nghiệp THPT năm 2023."),
        authors=[],
        credit="Theo Báo Thời Đại",
        tags=["thi tốt nghiệp THPT"],
        body=[_E1, _E2,
              "Tại Quảng Trị, có 8.126 thí sinh đăng ký dự thi tại 28 điểm thi. Sở Giáo dục và Đào tạo đã phối hợp "
              "với công an, điện lực và y tế bảo đảm an ninh, an toàn cho kỳ thi, đồng thời bố trí chỗ ở cho thí "
              "sinh có hoàn cảnh khó khăn ở huyện miền núi Hướng Hóa và Đakrông.",
              _E3, _E4, _E5, _E6],
    ),
    dict(
        site="baoquangtri-demo.vn",
        slug="kiem-tra-an-toan-ho-dap-truoc-mua-mua-bao",
        section="Thời sự",
        date="2023-05-19 15:00",
        title="Kiểm tra an toàn hồ đập trước mùa mưa bão",
        lead=("Đoàn công tác của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh đã kiểm tra công tác "
              "bảo đảm an toàn tại các hồ chứa nước lớn ở Vĩnh Linh và Gio Linh."),
        authors=["Trần Tuyền"],
        url_mode="none",
        tags=["hồ đập", "phòng chống thiên tai"],
        body=[
            "Ngày 18/5, Phó Chủ tịch UBND tỉnh Hoàng Nam, Trưởng ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu "
            "nạn tỉnh dẫn đầu đoàn công tác kiểm tra hồ Bảo Đài, hồ Kinh Môn và đập dâng Bàu Nhum.",
            "Theo báo cáo của Công ty TNHH MTV Quản lý khai thác công trình thủy lợi, toàn tỉnh có 142 hồ chứa nước, "
            "trong đó 19 hồ đã xuống cấp, cần sửa chữa. Một số hồ nhỏ do UBND xã quản lý chưa có quy trình vận hành "
            "được phê duyệt.",
            ("fig", "Đoàn công tác kiểm tra cống lấy nước hồ Bảo Đài."),
            "Tại hồ Bảo Đài, đoàn ghi nhận mái đập thượng lưu có hiện tượng sạt lở cục bộ, hệ thống quan trắc mực "
            "nước còn thủ công. Đơn vị quản lý đề nghị tỉnh bố trí vốn để gia cố mái đập trước tháng 9.",
            "Phó Chủ tịch UBND tỉnh Hoàng Nam yêu cầu các đơn vị quản lý hồ đập rà soát phương án ứng phó tình huống "
            "khẩn cấp, chuẩn bị sẵn vật tư dự phòng và tổ chức trực 24/24 giờ trong mùa mưa bão.",
            "Ông cũng đề nghị các địa phương thông báo kịp thời cho người dân vùng hạ du khi hồ chứa xả lũ.",
        ],
    ),
]
