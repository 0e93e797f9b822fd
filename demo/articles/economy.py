"""Economy (fictional): exports, banking, property, logistics, prices, farming."""

ARTICLES = [
    dict(
        site="kinhtesaigon-demo.vn",
        slug="gia-thue-mat-bang-ban-le-khu-trung-tam-giam",
        section="Bất động sản",
        date="2023-05-03 10:20",
        title="Giá thuê mặt bằng bán lẻ khu trung tâm giảm, nhiều nhà phố treo biển cho thuê",
        lead=("Sức mua yếu khiến nhiều thương hiệu thu hẹp cửa hàng, giá thuê mặt bằng bán lẻ ở khu trung tâm TP Hồ "
              "Chí Minh giảm từ 10 đến 15% so với cuối năm ngoái."),
        authors=["Lê Minh", "Bảo Châu"],
        tags=["bất động sản", "bán lẻ", "TP Hồ Chí Minh"],
        body=[
            "Trên đường Nguyễn Trãi, quận 1, đoạn từ ngã sáu Phù Đổng đến chợ Bến Thành, hàng chục nhà phố đang treo "
            "biển cho thuê. Nhiều mặt bằng từng là cửa hàng thời trang, quán cà phê đã đóng cửa từ đầu năm.",
            "Theo một công ty tư vấn bất động sản, giá thuê bình quân mặt bằng bán lẻ khu trung tâm quý I giảm 12% so "
            "với quý IV năm 2022. Tỷ lệ trống ở các tuyến phố thương mại tăng lên khoảng 20%.",
            ("fig", "Nhiều nhà phố trên đường Nguyễn Trãi, quận 1 treo biển cho thuê."),
            "Ông Phạm Quốc Bảo, chủ một căn nhà mặt tiền ở quận 3, cho biết đã chấp nhận giảm giá thuê từ 150 triệu "
            "xuống 120 triệu đồng mỗi tháng nhưng vẫn chưa tìm được khách. Theo ông, người thuê hiện nay cân nhắc rất "
            "kỹ và thường đòi hợp đồng ngắn hạn.",
            "Các chuyên gia cho rằng xu hướng mua sắm trực tuyến và chi tiêu thắt chặt của người dân là nguyên nhân "
            "chính. Doanh nghiệp bán lẻ đang ưu tiên các mặt bằng nhỏ trong khu dân cư thay vì cửa hàng lớn ở trung "
            "tâm.",
            "Dù vậy, nguồn cung mặt bằng trong các trung tâm thương mại vẫn giữ được tỷ lệ lấp đầy trên 90% nhờ lượng "
            "khách ổn định vào cuối tuần.",
        ],
    ),
    dict(
        site="kinhtesaigon-demo.vn",
        slug="lai-suat-cho-vay-giam-doanh-nghiep-van-kho-tiep-can-von",
        section="Tài chính",
        date="2023-05-24 19:10",
        title="Lãi suất cho vay giảm, doanh nghiệp vẫn khó tiếp cận vốn",
        lead=("Nhiều ngân hàng thương mại đã hạ lãi suất cho vay từ 0,5 đến 1 điểm phần trăm, nhưng doanh nghiệp nhỏ "
              "và vừa cho biết điều kiện tài sản bảo đảm vẫn là rào cản lớn."),
        authors=["Ngọc Hân"],
        tags=["lãi suất", "ngân hàng", "tín dụng"],
        body=[
            "Từ đầu tháng 5, hàng loạt ngân hàng thương mại công bố các gói tín dụng ưu đãi với lãi suất từ 7,5 đến "
            "9% một năm cho khách hàng doanh nghiệp. Mức này thấp hơn khoảng 1 điểm phần trăm so với cuối năm ngoái.",
            "Tuy nhiên, bà Nguyễn Thị Mai Hương, giám đốc một công ty sản xuất bao bì ở Bình Dương, cho biết doanh "
            "nghiệp của bà vẫn chưa vay được vốn mới. Ngân hàng yêu cầu bổ sung tài sản thế chấp trong khi nhà xưởng "
            "đã được cầm cố cho khoản vay cũ.",
            "Số liệu của Ngân hàng Nhà nước chi nhánh khu vực cho thấy tín dụng trên địa bàn TP Hồ Chí Minh đến cuối "
            "tháng 4 chỉ tăng 2,1% so với đầu năm, thấp hơn nhiều so với cùng kỳ.",
            "Theo TS Trần Đình Phúc, chuyên gia tài chính ngân hàng, vấn đề hiện nay không chỉ nằm ở lãi suất mà còn "
            "ở sức cầu. Khi đơn hàng giảm, doanh nghiệp không dám vay để mở rộng sản xuất.",
            "Ông đề xuất mở rộng vai trò của các quỹ bảo lãnh tín dụng địa phương, giúp doanh nghiệp nhỏ có thêm "
            "kênh tiếp cận vốn mà không cần tài sản bảo đảm.",
        ],
    ),
    dict(
        site="kinhtesaigon-demo.vn",
        slug="xuat-khau-thuy-san-5-thang-giam-doanh-nghiep-tim-thi-truong-moi",
        section="Kinh tế",
        date="2023-06-05 08:30",
        title="Xuất khẩu thủy sản 5 tháng giảm gần 30%, doanh nghiệp tìm thị trường mới",
        lead=("Kim ngạch xuất khẩu thủy sản 5 tháng đầu năm ước đạt 3,4 tỷ USD, giảm 28% so với cùng kỳ, do nhu cầu "
              "tại các thị trường lớn như Mỹ và châu Âu sụt giảm."),
        authors=["Thanh Tùng"],
        tags=["thủy sản", "xuất khẩu"],
        body=[
            "Theo hiệp hội ngành hàng, mặt hàng cá tra và tôm chịu ảnh hưởng nặng nhất khi giá xuất khẩu giảm từ 15 "
            "đến 20%. Tồn kho cao ở các nhà nhập khẩu khiến đơn hàng mới chỉ nhỏ giọt.",
            "Ông Võ Thanh Sơn, tổng giám đốc một doanh nghiệp chế biến tôm ở Sóc Trăng, cho biết công ty đã phải giảm "
            "một ca sản xuất. Tuy nhiên, doanh nghiệp vẫn cố gắng giữ chân công nhân lành nghề bằng cách luân phiên "
            "làm việc.",
            ("fig", "Chế biến tôm xuất khẩu tại một nhà máy ở Sóc Trăng."),
            "Trước khó khăn, nhiều doanh nghiệp chuyển hướng sang các thị trường Trung Đông và châu Phi, nơi nhu cầu "
            "về thủy sản giá vừa phải đang tăng. Một số công ty đầu tư dây chuyền chế biến sâu để tăng giá trị sản "
            "phẩm.",
            "Hiệp hội dự báo xuất khẩu thủy sản có thể phục hồi vào quý IV khi các nhà nhập khẩu bắt đầu mua hàng cho "
            "mùa lễ hội cuối năm.",
        ],
    ),
    dict(
        site="kinhtesaigon-demo.vn",
        slug="doanh-nghiep-logistics-ky-vong-vao-duong-vanh-dai-3",
        section="Doanh nghiệp",
        date="2023-06-29 14:00",
        title="Doanh nghiệp logistics kỳ vọng vào đường Vành đai 3",
        lead=("Khi tuyến Vành đai 3 hoàn thành, thời gian vận chuyển container từ Bình Dương, Đồng Nai về cảng Cát "
              "Lái có thể rút ngắn gần một nửa, giúp doanh nghiệp giảm đáng kể chi phí."),
        authors=["Thanh Tùng"],
        tags=["logistics", "Vành đai 3", "hạ tầng"],
        body=[
            "Mỗi ngày, công ty vận tải của ông Lê Hoàng Nam có khoảng 60 chuyến xe container chạy từ các khu công "
            "nghiệp ở Bình Dương về cảng Cát Lái. Vào giờ cao điểm, một chuyến có thể mất tới bốn giờ vì ùn tắc.",
            "Theo ông Nam, chi phí nhiên liệu và thời gian chờ đợi chiếm gần 35% giá thành vận chuyển. Nếu đường Vành "
            "đai 3 đi vào khai thác, doanh nghiệp có thể tăng số chuyến mỗi ngày mà không cần mua thêm xe.",
            ("fig", "Công trường thi công đường Vành đai 3 đoạn qua tỉnh Bình Dương."),
            "Dự án đường Vành đai 3 TP Hồ Chí Minh dài gần 76 km, đi qua bốn địa phương, được khởi công từ tháng 6 năm "
            "2023. Mục tiêu cơ bản hoàn thành vào năm 2025 và đưa vào khai thác năm 2026.",
            "Các doanh nghiệp cũng đề nghị sớm quy hoạch các trung tâm logistics dọc tuyến đường, tránh tình trạng "
            "hạ tầng giao thông đi trước nhưng dịch vụ kho bãi không theo kịp.",
            "Đại diện Sở Giao thông vận tải cho biết thành phố đang nghiên cứu bố trí ba trung tâm logistics lớn ở "
            "Củ Chi, Hóc Môn và Thủ Đức trong quy hoạch mới.",
        ],
    ),
    dict(
        site="tinmoi24.vn",
        slug="ha-noi-gia-rau-xanh-tang-manh-sau-dot-nang-nong",
        section="Kinh tế",
        date="2023-06-07 07:00",
        title="Hà Nội: Giá rau xanh tăng mạnh sau đợt nắng nóng kéo dài",
        lead=("Nắng nóng gay gắt khiến nhiều vùng rau ven đô mất mùa, giá rau xanh tại các chợ dân sinh ở Hà Nội tăng "
              "từ 30 đến 50% chỉ trong một tuần."),
        authors=["Quốc Huy"],
        tags=["giá cả", "Hà Nội", "nắng nóng"],
        body=[
            "Sáng 7/6, tại chợ Hôm, quận Hai Bà Trưng, rau muống được bán với giá 15.000 đồng một mớ, tăng gần gấp "
            "đôi so với đầu tháng. Rau cải, mồng tơi và mướp đắng cũng tăng từ 5.000 đến 10.000 đồng mỗi kg.",
            "Chị Nguyễn Thu Trang, một tiểu thương bán rau lâu năm, cho biết nguồn hàng từ Đông Anh, Gia Lâm giảm "
            "mạnh. Nhiều ruộng rau bị cháy lá vì nhiệt độ ngoài trời có lúc vượt 40 độ C.",
            ("fig", "Người dân mua rau tại một chợ dân sinh ở quận Hai Bà Trưng."),
            "Ông Đỗ Văn Thịnh, nông dân xã Văn Đức, huyện Gia Lâm, cho biết gia đình phải tưới rau hai lần mỗi ngày "
            "nhưng năng suất vẫn giảm một nửa. Chi phí điện bơm nước cũng tăng lên đáng kể.",
            "Tại các siêu thị, giá rau được giữ ổn định hơn nhờ hợp đồng bao tiêu với các hợp tác xã. Một số chuỗi bán "
            "lẻ đã tăng nhập rau từ Lâm Đồng để bù nguồn hàng thiếu hụt.",
            "Theo cơ quan khí tượng, nắng nóng ở Bắc Bộ có thể kéo dài đến giữa tháng 6, giá rau vì thế khó giảm trong "
            "thời gian tới.",
        ],
    ),
    dict(
        site="baothoidai.vn",
        slug="nong-dan-dong-thap-trung-mua-xoai",
        section="Kinh tế",
        date="2023-05-12 11:05",
        title="Nông dân Đồng Tháp trúng mùa xoài, giá bán ổn định",
        lead=("Vụ xoài năm nay ở Cao Lãnh cho năng suất cao, trong khi thương lái thu mua với giá ổn định, giúp nhà "
              "vườn có lãi khá sau hai năm thua lỗ."),
        authors=["Quốc Tuấn"],
        tags=["xoài", "Đồng Tháp", "nông nghiệp"],
        body=[
            "Những ngày này, các vườn xoài ở xã Mỹ Xương, huyện Cao Lãnh đang vào chính vụ thu hoạch. Xe tải của "
            "thương lái xếp hàng dài chờ cân xoài ngay tại đầu bờ.",
            "Ông Trần Văn Út, một nhà vườn có 2 ha xoài cát Hòa Lộc, cho biết năng suất năm nay đạt khoảng 14 tấn mỗi "
            "ha. Với giá bán 30.000 đồng mỗi kg cho xoài loại một, gia đình ông lãi hơn 400 triệu đồng.",
            ("fig", "Nông dân xã Mỹ Xương thu hoạch xoài cát Hòa Lộc."),
            "Theo ngành nông nghiệp tỉnh, Đồng Tháp có hơn 11.000 ha xoài, trong đó gần 3.000 ha được cấp mã số vùng "
            "trồng phục vụ xuất khẩu. Xoài Đồng Tháp đã có mặt ở các thị trường khó tính như Nhật Bản, Hàn Quốc và "
            "Australia.",
            "Nhiều hợp tác xã đã liên kết với doanh nghiệp chế biến để tiêu thụ xoài loại hai, loại ba. Nhờ đó, nhà "
            "vườn không còn phụ thuộc hoàn toàn vào thương lái.",
            "Tỉnh đang vận động nông dân áp dụng quy trình sản xuất theo tiêu chuẩn VietGAP để nâng cao giá trị và "
            "giữ ổn định đầu ra.",
        ],
    ),
    dict(
        site="dantocviet.vn",
        slug="hop-tac-xa-mien-dong-bac-kan-vuon-ra-thi-truong",
        section="Kinh tế",
        date="2023-05-25 14:50",
        title="Hợp tác xã miến dong Bắc Kạn vươn ra thị trường lớn",
        lead=("Từ sản phẩm truyền thống của đồng bào Tày ở Na Rì, miến dong đã trở thành hàng OCOP 4 sao, có mặt tại "
              "nhiều siêu thị ở Hà Nội và TP Hồ Chí Minh."),
        authors=["Nông Thị Hoa"],
        tags=["Bắc Kạn", "OCOP", "miến dong"],
        body=[
            "Hợp tác xã Nông nghiệp Côn Minh được thành lập năm 2015 với 7 thành viên. Đến nay, hợp tác xã liên kết "
            "với hơn 200 hộ trồng dong riềng, mỗi năm sản xuất khoảng 120 tấn miến.",
            "Giám đốc hợp tác xã Hoàng Thị Lìu cho biết bí quyết của sản phẩm nằm ở nguồn bột dong sạch và quy trình "
            "phơi miến tự nhiên. Hợp tác xã không dùng chất tẩy trắng hay phụ gia.",
            ("fig", "Thành viên Hợp tác xã Nông nghiệp Côn Minh phơi miến dong."),
            "Năm 2022, doanh thu của hợp tác xã đạt hơn 8 tỷ đồng, tạo việc làm thường xuyên cho 35 lao động địa "
            "phương. Thu nhập bình quân của người lao động khoảng 6 triệu đồng mỗi tháng.",
            "Để mở rộng thị trường, hợp tác xã đã đưa sản phẩm lên các sàn thương mại điện tử và tham gia hội chợ xúc "
            "tiến thương mại. Bao bì sản phẩm được thiết kế lại, có mã truy xuất nguồn gốc.",
            "UBND huyện Na Rì cho biết sẽ hỗ trợ hợp tác xã xây dựng nhà xưởng mới để nâng công suất lên 200 tấn mỗi "
            "năm.",
        ],
    ),
    dict(
        site="baoquangtri-demo.vn",
        slug="huong-hoa-nong-dan-phan-khoi-vi-gia-ca-phe-tang",
        section="Kinh tế",
        date="2023-06-16 08:00",
        title="Hướng Hóa: Nông dân phấn khởi vì giá cà phê tăng cao",
        lead=("Giá cà phê nhân xô tại Hướng Hóa đạt mức cao nhất trong nhiều năm, giúp người trồng cà phê có thêm "
              "nguồn lực chăm sóc vườn cây và tái canh."),
        authors=["Lê Thị Hương"],
        tags=["cà phê", "Hướng Hóa"],
        body=[
            "Ông Hồ Văn Chiêng, người Vân Kiều ở xã Hướng Phùng, vừa bán hết 3 tấn cà phê nhân còn tồn từ vụ trước. "
            "Với giá 61.000 đồng mỗi kg, gia đình ông thu về hơn 180 triệu đồng.",
            "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện Hướng Hóa, toàn huyện có khoảng 5.000 ha cà phê, chủ "
            "yếu là cà phê chè. Giá cà phê tăng giúp nhiều hộ mạnh dạn đầu tư phân bón và hệ thống tưới.",
            ("fig", "Nông dân xã Hướng Phùng chăm sóc vườn cà phê."),
            "Tuy vậy, nhiều vườn cà phê đã già cỗi, năng suất thấp. Huyện đang hỗ trợ cây giống để người dân tái "
            "canh khoảng 300 ha trong giai đoạn 2023 - 2025.",
            "Một số hợp tác xã đã liên kết với doanh nghiệp để sản xuất cà phê đặc sản, bán với giá cao gấp đôi cà "
            "phê thông thường.",
        ],
    ),
]
