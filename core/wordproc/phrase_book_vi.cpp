#include "core/wordproc/phrase_book.h"

namespace ptlab::wordproc {

namespace {

constexpr std::string_view kTitles[] = {
    "Một tiến trình ra đời",
    "Chờ ổ đĩa",
    "Hàng đợi sẵn sàng",
    "Những luồng dùng chung mọi thứ",
    "Cửa sổ đứng hình",
    "Bài học về chuyển ngữ cảnh",
    "Minh bắt đầu viết tiểu thuyết",
    "Đêm dài của bộ lập lịch",
    "Khóa và chìa",
    "Hai lõi, bốn luồng",
    "Dàn trang trong nền",
    "Tín hiệu trong bóng tối",
    "Tiến trình ma trong bảng tiến trình",
    "Đường ống giữa hai căn phòng",
    "Tạm dừng nhưng không bị lãng quên",
    "Nhịp tim trên máy chiếu",
    "Lời cảnh báo của Amdahl",
    "Khi quạt máy kêu to",
    "Bế tắc lúc giữa trưa",
    "Sự kiên nhẫn của hàng đợi máy in",
    "Đo thời gian một lần fork",
    "Câu hỏi của Lan",
    "Trang cuối cùng",
    "Thư viện của những luồng",
};

constexpr std::string_view kSystemSubjects[] = {
    "bộ lập lịch",
    "nhân hệ điều hành",
    "mỗi luồng trong nhóm",
    "luồng chạy nền",
    "luồng giao diện",
    "tiến trình con",
    "tiến trình cha",
    "trình soạn thảo văn bản",
    "hệ điều hành",
    "chiếc máy tính xách tay cũ trên bàn",
    "tác vụ dàn trang",
    "bộ điều khiển ổ đĩa",
    "mỗi lõi của bộ xử lý",
    "ngắt đồng hồ",
    "bộ đệm trang",
    "bộ quản lý bộ nhớ",
    "một tiến trình vừa được tạo",
    "luồng xử lý phụ",
    "hàng đợi máy in",
    "card mạng",
    "bộ kiểm tra chính tả",
    "vòng lặp sự kiện",
    "trình duyệt web",
    "trình biên dịch",
    "máy chủ đa luồng",
};

constexpr std::string_view kSystemPredicates[] = {
    "kiên nhẫn chờ ổ đĩa trả lời",
    "dùng chung không gian địa chỉ với mọi luồng anh em",
    "nhận một không gian địa chỉ hoàn toàn mới",
    "rời hàng đợi sẵn sàng để lên bộ xử lý",
    "nhường bộ xử lý trước khi hết lượt của mình",
    "ngủ cho đến khi thông điệp tiếp theo đến",
    "sao chép bảng trang của tiến trình cha",
    "dàn lại toàn bộ cuốn sách sau mỗi lần gõ phím",
    "gửi kết quả qua một đường ống",
    "giữ khóa lâu hơn mức cần thiết một chút",
    "đánh thức các luồng đang chờ khóa",
    "kiểm tra cờ hủy trước mỗi đoạn văn",
    "đếm số lần chuyển ngữ cảnh của từng tác vụ",
    "đo xem cửa sổ bị đứng trong bao lâu",
    "chuyển phần việc còn lại sang một lõi khác",
    "giữ cho con trỏ tiếp tục nhấp nháy trong khi các trang được dựng lại",
    "nạp chương tiếp theo từ ổ đĩa",
    "dừng một tiến trình chạy mất kiểm soát bằng một tín hiệu",
    "lưu một bản sao của tài liệu sau mỗi phút",
    "chia các đoạn văn cho hai lõi cùng làm",
    "đọc trạng thái của mọi tác vụ từ hệ thống tệp proc",
    "trả lời cú nhấp chuột chỉ trong vài mili giây",
    "giành lại bộ xử lý từ luồng đã dùng hết lượt",
    "đưa tiến trình bị tạm dừng trở lại hàng đợi sẵn sàng",
    "cấp phát một ngăn xếp mới cho luồng",
    "ghi nhật ký xuống ổ đĩa từng chút một",
    "vẽ lại nhịp tim trên màn hình sáu mươi lần mỗi giây",
    "bỏ ngay bản dàn trang cũ khi có lần sửa mới",
    "bắt mọi yêu cầu xếp hàng sau một chiếc khóa duy nhất",
    "nhờ cơ chế giao tiếp liên tiến trình để trao đổi với hàng xóm",
};

constexpr std::string_view kPersonSubjects[] = {
    "Minh",
    "Lan",
    "cô Hoa",
    "cậu sinh viên ngồi bàn đầu",
    "anh trợ giảng",
    "Tuấn",
    "thầy giáo",
    "Mai",
};

constexpr std::string_view kPersonPredicates[] = {
    "gõ thêm một câu vào chương đầu tiên",
    "xóa câu mở đầu ở trang một",
    "nhìn thanh tiến độ bò chậm chạp trên màn hình",
    "hỏi vì sao cửa sổ không còn phản hồi",
    "vẽ sáu trạng thái của tiến trình lên bảng",
    "thở dài đếm số trang của bản nháp",
    "giải thích sự khác nhau giữa tiến trình và luồng",
    "chuyển bản trình diễn sang chế độ một luồng",
    "mở trình quản lý tác vụ để tìm thủ phạm",
    "chỉ vào nhịp tim đứng yên trên máy chiếu",
    "viết một chương trình nhỏ khởi động bốn luồng",
    "so sánh hai dòng thời gian đặt cạnh nhau",
    "cẩn thận ghi chép về chuyển ngữ cảnh",
    "mỉm cười khi con trỏ lại di chuyển",
    "đọc to chương nói về bế tắc",
    "dừng bài giảng để trả lời một câu hỏi",
    "kết thúc tiến trình bị treo từ cửa sổ dòng lệnh",
    "đo xem lệnh fork mất bao lâu trên máy này",
    "nhớ lại chiếc máy tính đầu tiên trong thư viện trường",
    "gập máy tính lại và nghĩ về việc làm song song",
    "giải thích vì sao đồng bộ hóa không bao giờ miễn phí",
    "minh họa đa chương trình bằng một hình vẽ có ba hàng đợi",
};

constexpr std::string_view kOpeners[] = {
    "Trong lúc đó, ",
    "Tối hôm ấy, ",
    "Lúc đầu, ",
    "Một lát sau, ",
    "Dĩ nhiên, ",
    "Trong thí nghiệm tiếp theo, ",
    "Cứ vài mili giây, ",
    "Không nói một lời, ",
    "Trên lõi thứ hai, ",
    "Trở lại lớp học, ",
    "Đôi khi ",
    "Một lần nữa, ",
};

constexpr std::string_view kTails[] = {
    ", trong khi người dùng vẫn tiếp tục gõ",
    " trước khi ngắt đồng hồ tiếp theo xảy ra",
    ", và không ai trong phòng nhận ra",
    " mà không làm phiền các luồng khác",
    ", đúng như bài giảng đã nói",
    " lần thứ ba trong buổi sáng nay",
    ", dù cuốn sách dài gần hai nghìn trang",
    " một cách lặng lẽ nhất có thể",
    ", việc này chỉ mất chưa đến một giây",
    " giữa buổi học chiều",
    ", nhờ vậy giao diện không bao giờ bị đứng",
    " trong khi quạt của máy tính kêu mỗi lúc một to",
    ", và nhịp tim trên màn hình vẫn đập đều đặn",
    " sớm hơn mọi người tưởng",
    ", đúng như sơ đồ trên bảng đã dự đoán",
    ", và cả lớp nghiêng người về phía trước để xem",
};

constexpr std::pair<std::string_view, std::string_view> kJoins[] = {
    { "", ", và " },
    { "", ", nhưng " },
    { "Khi ", ", " },
    { "", " vì " },
    { "Trong khi ", ", " },
    { "", ", nên " },
};

constexpr std::string_view kFacts[] = {
    "Một tiến trình sở hữu không gian địa chỉ, các tệp đang mở và ít nhất một luồng.",
    "Các luồng của cùng một tiến trình dùng chung bộ nhớ, nên chúng trao đổi với nhau mà không cần sao chép gì.",
    "Chuyển ngữ cảnh giữa hai luồng rẻ hơn giữa hai tiến trình, vì bảng trang vẫn giữ nguyên.",
    "Khi một tiến trình gặp lỗi và dừng lại, các tiến trình khác vẫn chạy như không có chuyện gì xảy ra.",
    "Khi một luồng làm hỏng bộ nhớ, cả tiến trình có thể sụp đổ theo.",
    "Sẵn sàng nghĩa là tác vụ đã có mọi thứ nó cần, chỉ còn thiếu bộ xử lý.",
    "Chờ nghĩa là tác vụ đang đợi một sự kiện: ổ đĩa, mạng, một chiếc khóa hay một tín hiệu.",
    "Một bộ xử lý hai lõi chỉ chạy song song thật sự được hai luồng cùng lúc.",
    "Giao tiếp giữa các tiến trình cần đến đường ống, vùng nhớ chia sẻ hoặc socket.",
    "Đa chương trình giữ cho bộ xử lý luôn bận trong khi một chương trình đang chờ nhập xuất.",
    "Đồng bộ hóa là cái giá mà mọi chương trình phải trả khi dùng chung dữ liệu.",
    "Siêu phân luồng cho phép một lõi chạy xen kẽ hai luồng phần cứng.",
    "Trình soạn thảo văn bản cần một luồng nền để dàn trang, nếu không cửa sổ sẽ đứng hình sau mỗi lần gõ phím.",
    "Định luật Amdahl nhắc chúng ta rằng phần việc tuần tự luôn giới hạn mức tăng tốc.",
    "Một tiến trình mới bắt đầu ở trạng thái khởi tạo, rồi được hệ điều hành đưa vào hàng đợi sẵn sàng.",
    "Tiến trình đã kết thúc vẫn là tiến trình ma cho đến khi tiến trình cha nhận mã thoát của nó.",
    "Tạo một luồng chỉ mất vài micro giây, còn tạo một tiến trình thì lâu hơn thấy rõ.",
    "Tiến trình bị tạm dừng vẫn giữ bộ nhớ của mình, nhưng không được cấp chút thời gian xử lý nào.",
};

constexpr std::string_view kQuotes[] = {
    "Sao cửa sổ lại đứng nữa rồi?",
    "Nhìn nhịp tim kìa",
    "Mỗi lần sửa là cả cuốn sách được dàn lại",
    "Tạo một luồng rẻ hơn tạo một tiến trình",
    "Hãy để luồng nền làm phần việc nặng",
    "Hủy tác vụ cũ rồi bắt đầu tác vụ mới",
    "Bộ lập lịch không hề thiên vị đâu",
    "Thử chạy với một luồng xem sao",
    "Hãy đếm số đoạn văn, đừng đếm số giây",
    "Ai đang giữ khóa vậy?",
    "Máy này có bao nhiêu lõi?",
    "Con trỏ không bao giờ được ngừng nhấp nháy",
};

constexpr std::string_view kSpeakers[] = { "Minh", "Lan", "cô Hoa", "Tuấn", "Mai", "thầy giáo" };

} // namespace

const PhraseBook& vietnamesePhrases()
{
    static const PhraseBook book { kTitles, "Chương", kSystemSubjects, kSystemPredicates, kPersonSubjects,
        kPersonPredicates, kOpeners, kTails, kJoins, kFacts, kQuotes, kSpeakers };
    return book;
}

} // namespace ptlab::wordproc
