"""World news, sport and culture (fictional); includes the page with no date at all."""

ARTICLES = [
    dict(
        site="tinmoi24.vn",
        slug="sea-games-32-doan-the-thao-viet-nam-giu-vung-ngoi-dau",
        section="Thể thao",
        date="2023-05-16 22:30",
        title="SEA Games 32: Đoàn thể thao Việt Nam giữ vững ngôi đầu bảng tổng sắp",
        lead=("Khép lại ngày thi đấu cuối cùng ở Phnom Penh, đoàn thể thao Việt Nam tiếp tục dẫn đầu bảng tổng sắp "
              "huy chương với khoảng cách an toàn so với đoàn chủ nhà Campuchia và Thái Lan."),
        authors=["Hoàng Long"],
        tags=["SEA Games 32", "thể thao"],
        body=[
            "Trong ngày 16/5, các vận động viên Việt Nam giành thêm 9 huy chương vàng ở các môn vật, karate và bơi "
            "lặn, nâng tổng số huy chương vàng của đoàn vượt chỉ tiêu đề ra trước đại hội.",
            "Điểm nhấn của ngày thi đấu là chiến thắng của đô vật Nguyễn Thị Xuân Hạnh ở hạng cân 62 kg. Sau khi bị "
            "dẫn điểm ở hiệp một, cô lội ngược dòng thuyết phục trước đối thủ Thái Lan.",
            ("fig", "Đô vật Nguyễn Thị Xuân Hạnh ăn mừng chức vô địch."),
            "Ở môn điền kinh, các vận động viên trẻ tiếp tục gây ấn tượng khi giành hai huy chương vàng nội dung chạy "
            "tiếp sức. Đây là tín hiệu tích cực cho quá trình chuyển giao thế hệ của điền kinh Việt Nam.",
            "Trưởng đoàn thể thao Việt Nam cho biết kết quả này là thành quả của quá trình tập huấn dài hạn cả trong "
            "nước và nước ngoài. Tuy nhiên, ngành thể thao cần đầu tư nhiều hơn cho các môn Olympic để nâng tầm ở "
            "đấu trường châu lục.",
            "Lễ bế mạc SEA Games 32 sẽ diễn ra vào tối 17/5 tại sân vận động quốc gia Morodok Techo.",
        ],
    ),
    dict(
        site="tinmoi24.vn",
        slug="an-do-nang-nong-khien-hang-tram-nguoi-nhap-vien",
        section="Thế giới",
        date="2023-06-19 13:00",
        title="Ấn Độ: Nắng nóng khiến hàng trăm người phải nhập viện",
        lead=("Nhiệt độ vượt 45 độ C ở nhiều bang miền Bắc Ấn Độ đã khiến hàng trăm người phải nhập viện vì say nắng "
              "trong những ngày qua, các bệnh viện địa phương rơi vào tình trạng quá tải."),
        authors=["Thanh Bình"],
        tags=["Ấn Độ", "nắng nóng", "thế giới"],
        body=[
            "Theo truyền thông Ấn Độ, bang Uttar Pradesh và bang Bihar là hai nơi chịu ảnh hưởng nặng nhất. Nhiều bệnh "
            "viện phải kê thêm giường ở hành lang để tiếp nhận bệnh nhân.",
            "Phần lớn người nhập viện là người cao tuổi và người có bệnh nền. Các bác sĩ cho biết nhiều trường hợp "
            "bị mất nước nghiêm trọng, sốt cao và rối loạn ý thức.",
            ("fig", "Người dân che ô tránh nắng trên một con phố ở bang Uttar Pradesh."),
            "Chính quyền các bang đã cho học sinh nghỉ học sớm, yêu cầu người lao động ngoài trời hạn chế làm việc "
            "vào buổi trưa. Các trạm cung cấp nước uống miễn phí được dựng tại nhiều nơi công cộng.",
            "Cơ quan khí tượng Ấn Độ dự báo nắng nóng sẽ giảm dần khi gió mùa đến trong tuần tới. Tuy nhiên, các nhà "
            "khoa học cảnh báo những đợt nắng nóng cực đoan sẽ ngày càng thường xuyên do biến đổi khí hậu.",
        ],
    ),
    dict(
        site="baothoidai.vn",
        slug="trien-lam-tranh-son-mai-cua-cac-hoa-si-tre",
        section="Văn hóa",
        date="2023-05-20 15:00",
        title="Sơn mài đương đại qua góc nhìn của các họa sĩ trẻ",
        lead=("Triển lãm giới thiệu 45 tác phẩm sơn mài của 12 họa sĩ trẻ, cho thấy những tìm tòi mới về chất liệu "
              "truyền thống trong đời sống nghệ thuật đương đại."),
        authors=["Mai Lan"],
        tags=["triển lãm", "sơn mài", "mỹ thuật"],
        body=[
            "Triển lãm khai mạc chiều 20/5 tại Bảo tàng Mỹ thuật Việt Nam, kéo dài đến hết ngày 4/6. Các họa sĩ tham "
            "gia đều dưới 35 tuổi, phần lớn tốt nghiệp Trường Đại học Mỹ thuật Việt Nam.",
            "Bên cạnh những đề tài quen thuộc như phong cảnh làng quê, phố cổ, nhiều tác phẩm khai thác đời sống đô thị "
            "hiện đại. Có họa sĩ kết hợp sơn mài với kim loại, vải và ánh sáng để tạo hiệu ứng thị giác mới.",
            ("fig", "Khách tham quan xem tranh tại triển lãm."),
            "Họa sĩ Đỗ Minh Châu cho biết để hoàn thành một bức tranh khổ lớn, anh mất gần một năm với hàng chục lớp "
            "sơn và mài. Theo anh, chính sự chậm rãi ấy làm nên vẻ đẹp riêng của sơn mài.",
            "Nhà phê bình mỹ thuật Lê Thiết Hùng nhận xét các họa sĩ trẻ đã mạnh dạn thoát khỏi lối mòn nhưng vẫn "
            "giữ được tinh thần của chất liệu truyền thống.",
            "Trong thời gian triển lãm, ban tổ chức sẽ tổ chức hai buổi trình diễn kỹ thuật vẽ sơn mài cho học sinh, "
            "sinh viên.",
        ],
    ),
    dict(
        site="baothoidai.vn",
        slug="doi-tuyen-bong-da-nu-viet-nam-len-duong-tap-huan-chau-au",
        section="Thể thao",
        date="2023-06-26 10:45",
        title="Đội tuyển bóng đá nữ Việt Nam lên đường tập huấn tại châu Âu",
        lead=("Đội tuyển bóng đá nữ Việt Nam có chuyến tập huấn ba tuần tại châu Âu, thi đấu giao hữu với nhiều đội "
              "mạnh để chuẩn bị cho vòng chung kết World Cup nữ 2023."),
        authors=["Trung Kiên"],
        byline_prefix="",
        tags=["bóng đá nữ", "World Cup nữ 2023"],
        body=[
            "Sáng 26/6, 26 cầu thủ cùng ban huấn luyện đội tuyển nữ đã rời Hà Nội lên đường sang châu Âu. Đây là đợt "
            "tập huấn cuối cùng trước khi đội bay sang New Zealand dự World Cup.",
            "Huấn luyện viên trưởng cho biết mục tiêu của chuyến tập huấn là giúp các cầu thủ làm quen với lối chơi "
            "tốc độ và thể lực của các đội bóng châu Âu. Đội dự kiến thi đấu ba trận giao hữu.",
            ("fig", "Các cầu thủ đội tuyển nữ Việt Nam tại sân bay Nội Bài."),
            "Tiền vệ Nguyễn Thị Hồng Nhung chia sẻ toàn đội đã sẵn sàng về thể lực và tinh thần. Các cầu thủ hiểu rằng "
            "đây là cơ hội hiếm có để học hỏi từ những đội bóng hàng đầu thế giới.",
            "Tại vòng chung kết World Cup nữ 2023, đội tuyển Việt Nam nằm ở bảng đấu có đương kim vô địch Mỹ, Hà Lan "
            "và Bồ Đào Nha.",
        ],
    ),
    dict(
        site="dantocviet.vn",
        slug="nghe-det-tho-cam-cua-nguoi-thai-o-mai-chau",
        section="Văn hóa",
        date="2023-06-21 09:00",
        nodate=True,
        title="Giữ nghề dệt thổ cẩm của người Thái ở Mai Châu",
        lead=("Ở bản Lác, Mai Châu, tiếng khung cửi vẫn vang lên mỗi ngày, khi những người phụ nữ Thái vừa giữ nghề "
              "truyền thống vừa làm du lịch."),
        authors=["Nông Thị Hoa"],
        tags=["Hòa Bình", "thổ cẩm", "du lịch cộng đồng"],
        body=[
            "Bà Hà Thị Pọm năm nay đã ngoài 70 tuổi nhưng ngày nào cũng ngồi bên khung cửi trước hiên nhà sàn. Bà học "
            "dệt từ năm lên 10 tuổi, khi còn phải dệt vải để may váy áo cho cả gia đình.",
            "Theo bà Pọm, để có một tấm thổ cẩm đẹp, người dệt phải trải qua nhiều công đoạn từ trồng bông, se sợi, "
            "nhuộm màu đến dệt hoa văn. Mỗi hoa văn đều gắn với một câu chuyện của người Thái.",
            ("fig", "Bà Hà Thị Pọm bên khung cửi ở bản Lác."),
            "Những năm gần đây, du khách đến bản Lác ngày càng đông. Nhiều gia đình đã mở gian hàng giới thiệu sản phẩm "
            "thổ cẩm, hướng dẫn khách tự tay dệt thử.",
            "Hợp tác xã dệt thổ cẩm của bản hiện có 30 thành viên, sản phẩm được bán cho du khách và gửi đi các cửa "
            "hàng ở Hà Nội. Thu nhập từ nghề dệt giúp nhiều chị em có thêm khoản tiền trang trải cuộc sống.",
            "Điều bà Pọm lo lắng nhất là lớp trẻ ít người còn mặn mà với nghề. Bà vẫn kiên trì dạy các cháu gái trong "
            "bản mỗi dịp hè.",
        ],
    ),
    dict(
        site="dantocviet.vn",
        slug="ngay-hoi-van-hoa-cac-dan-toc-tinh-dak-lak",
        section="Văn hóa",
        date="2023-05-07 09:00",
        title="Rộn ràng Ngày hội văn hóa các dân tộc tỉnh Đắk Lắk",
        lead=("Hơn 600 nghệ nhân, diễn viên của 15 huyện, thị xã, thành phố đã tham gia Ngày hội văn hóa các dân tộc "
              "tỉnh Đắk Lắk lần thứ nhất tại thành phố Buôn Ma Thuột."),
        authors=["Y Bhim Niê"],
        tags=["Đắk Lắk", "văn hóa dân tộc", "cồng chiêng"],
        body=[
            "Ngày hội diễn ra trong ba ngày với nhiều hoạt động như trình diễn cồng chiêng, thi trang phục truyền "
            "thống, tái hiện lễ cúng bến nước của người Ê Đê và thi đấu các môn thể thao dân gian.",
            "Không khí náo nhiệt nhất là phần thi đánh chiêng. Các đội nghệ nhân đến từ buôn làng xa đã mang tới những "
            "bài chiêng cổ hiếm khi được trình diễn.",
            ("fig", "Nghệ nhân huyện Krông Bông biểu diễn cồng chiêng tại ngày hội."),
            "Nghệ nhân ưu tú Y Kiơ Niê, 68 tuổi, cho biết đội chiêng của buôn ông có 5 em học sinh lần đầu tham gia. "
            "Ông mừng vì lớp trẻ bắt đầu tìm về với cồng chiêng.",
            "Phó Chủ tịch UBND tỉnh Đắk Lắk cho biết ngày hội sẽ được tổ chức định kỳ ba năm một lần. Đây là dịp để "
            "các dân tộc giao lưu, quảng bá văn hóa và thu hút khách du lịch đến Tây Nguyên.",
        ],
    ),
    dict(
        site="quandoi-demo.vn",
        slug="benh-vien-da-chien-cap-2-hoan-thanh-nhiem-vu-tai-nam-sudan",
        section="Thế giới",
        date="2023-05-29 14:20",
        title="Bệnh viện dã chiến cấp 2 hoàn thành nhiệm vụ gìn giữ hòa bình tại Nam Sudan",
        lead=("Sau một năm làm nhiệm vụ tại phái bộ Liên hợp quốc ở Nam Sudan, các thành viên Bệnh viện dã chiến cấp 2 "
              "của Việt Nam đã về nước an toàn, được đánh giá cao về chuyên môn và tinh thần phục vụ."),
        authors=["Phạm Tuấn"],
        tags=["gìn giữ hòa bình", "Nam Sudan"],
        body=[
            "Chiều 28/5, tại sân bay Nội Bài, Cục Gìn giữ hòa bình Việt Nam tổ chức lễ đón các thành viên Bệnh viện dã "
            "chiến cấp 2 trở về sau thời gian làm nhiệm vụ tại Bentiu, Nam Sudan.",
            "Trong một năm, bệnh viện đã khám, điều trị cho hơn 4.000 lượt người bệnh, thực hiện hàng trăm ca phẫu "
            "thuật, trong đó có nhiều ca cấp cứu phức tạp. Đơn vị cũng tổ chức khám bệnh, tặng quà cho người dân địa "
            "phương.",
            ("fig", "Các thành viên Bệnh viện dã chiến cấp 2 tại lễ đón ở sân bay Nội Bài."),
            "Thượng tá, bác sĩ Vũ Văn Quyết, Giám đốc bệnh viện, cho biết điều kiện làm việc ở Bentiu rất khắc nghiệt "
            "với nắng nóng, mưa lũ và dịch bệnh. Các nữ quân nhân đã vượt qua khó khăn, hoàn thành tốt nhiệm vụ.",
            "Đại diện phái bộ Liên hợp quốc đã trao huân chương gìn giữ hòa bình cho toàn bộ thành viên bệnh viện, ghi "
            "nhận những đóng góp của lực lượng Việt Nam.",
        ],
    ),
    dict(
        site="quandoi-demo.vn",
        slug="giai-ban-sung-quan-dung-toan-quan-nam-2023",
        section="Thể thao",
        date="2023-06-21 17:45",
        title="Khai mạc giải bắn súng quân dụng toàn quân năm 2023",
        lead=("Gần 300 vận động viên của 24 đoàn thuộc các quân khu, quân đoàn, quân chủng, binh chủng tham gia tranh "
              "tài tại giải bắn súng quân dụng toàn quân năm 2023."),
        authors=["Ngọc Trung"],
        byline_prefix="Tin, ảnh: ",
        tags=["bắn súng", "thể thao quân đội"],
        body=[
            "Giải được tổ chức tại Trung tâm Huấn luyện thể thao quân sự ở Hà Nội từ ngày 21 đến 29/6. Các vận động "
            "viên thi đấu ở các nội dung súng ngắn, súng tiểu liên AK và súng trường bắn tỉa.",
            "Phát biểu khai mạc, Thiếu tướng Nguyễn Văn Long, Phó Tổng Tham mưu trưởng, yêu cầu các đoàn thi đấu trung "
            "thực, khách quan, bảo đảm an toàn tuyệt đối về người và vũ khí.",
            ("fig", "Vận động viên thi đấu nội dung súng ngắn quân dụng."),
            "Ngay trong ngày đầu, đoàn Quân khu 4 và đoàn Bộ đội Biên phòng đã thể hiện phong độ ổn định ở nội dung "
            "súng ngắn bắn mục tiêu ẩn hiện.",
            "Giải bắn súng quân dụng là dịp để kiểm tra chất lượng huấn luyện bắn súng của các đơn vị, đồng thời tuyển "
            "chọn vận động viên cho các giải đấu quốc tế.",
        ],
    ),
    dict(
        site="quandoi-demo.vn",
        slug="doi-quy-tap-hoi-huong-hai-cot-liet-si-hy-sinh-tai-lao",
        section="Quân sự - Quốc phòng",
        date="2023-06-30 08:00",
        title="Hồi hương 18 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào",
        lead=("Sau mùa khô tìm kiếm tại tỉnh Savannakhet, Đội K91 của Bộ CHQS tỉnh Quảng Trị đã hồi hương 18 hài cốt "
              "liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào."),
        authors=["Hồ Quang Hải"],
        tags=["quy tập hài cốt liệt sĩ", "Quảng Trị", "Lào"],
        body=[
            "Sáng 29/6, tại Cửa khẩu quốc tế Lao Bảo, tỉnh Quảng Trị, Bộ CHQS tỉnh phối hợp với các cơ quan chức năng "
            "tổ chức lễ tiếp nhận 18 hài cốt liệt sĩ do Đội K91 tìm kiếm, quy tập.",
            "Trong mùa khô 2022 - 2023, Đội K91 đã phối hợp với lực lượng vũ trang và nhân dân các bộ tộc Lào tìm kiếm "
            "ở nhiều địa bàn rừng núi hiểm trở. Có những nơi cán bộ, chiến sĩ phải đi bộ hàng ngày đường.",
            ("fig", "Cán bộ, chiến sĩ Đội K91 đưa hài cốt liệt sĩ qua Cửa khẩu quốc tế Lao Bảo."),
            "Đại tá Nguyễn Văn Hòa, Chỉ huy trưởng Bộ CHQS tỉnh Quảng Trị, cảm ơn chính quyền và nhân dân Lào đã giúp "
            "đỡ, cung cấp thông tin về nơi an táng liệt sĩ.",
            "Các hài cốt liệt sĩ được an táng tại Nghĩa trang liệt sĩ quốc gia Đường 9 trong ngày 30/6.",
        ],
    ),
]
