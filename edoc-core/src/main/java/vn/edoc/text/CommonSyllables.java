package vn.edoc.text;

import java.util.Set;

/**
 * A few hundred of the most frequent Vietnamese syllables of administrative writing (and common names), written
 * for this package. Detection uses them only to settle a tie between two decodings that both read as
 * Vietnamese, which happens on inputs of a word or two: the bytes of VNI "Sơn" are TCVN3 "Sụn", the bytes of
 * Windows-1258 "Văn" are TCVN3 "Vón"; the frequent reading is the likely one.
 */
final class CommonSyllables {

    private static final Set<String> WORDS = Set.of((
            "của và các có được trong cho là với những không người một này đã để theo về tại từ đến khi"
            + " năm ngày tháng số quyết định ban hành văn bản nhân dân ủy tỉnh huyện xã phường thị trấn"
            + " thành phố sở phòng cơ quan đơn vị tổ chức cán bộ công viên thông tin báo cáo kế hoạch thực"
            + " hiện nhiệm vụ quản lý nhà nước hệ thống điện tử hồ sơ việc trách chủ tịch phó giám đốc"
            + " trưởng chánh hội đồng chính phủ thủ tướng nội tài nguyên môi trường giao vận tải xây dựng"
            + " kinh tế y giáo dục đào tạo lao động thương binh tư pháp kiểm tra thanh an quân sự đảng mặt"
            + " trận quốc việt nam cộng hòa độc lập tự do hạnh phúc điều khoản mục chương phụ lục quy chế"
            + " hướng dẫn đề nghị xin ý kiến giải xử phê duyệt trình ký gửi nhận đi lưu trữ thời gian hạn"
            + " chậm nhất ngay sau trước trên dưới giữa ngoài dung liên phối hợp trì cấp cao trung ương"
            + " địa bàn tình hình kết quả đánh giá tổng thi đua khen thưởng kỷ luật tiếp họp mời dự toán"
            + " phí ngân sách đầu án đất đai nông nghiệp thôn lâm thủy sản sức khỏe toàn phẩm chống thiên"
            + " tai cứu nạn hóa thể thao du lịch khoa học nghệ chuyển đổi cải cách dịch cổng trang mạng"
            + " thư hòm sổ hiệu sao gốc mật khẩn hỏa tốc thượng yêu cầu đôn chỉ đạo triển khai mới cũ lớn"
            + " nhỏ nhiều ít tốt rà soát cập nhật sửa bổ sung thay thế bãi bỏ lực kể nơi như đây đó ấy nào"
            + " gì sẽ đang vẫn còn cũng rất hơn mỗi mọi tất cả bao gồm cụ chung riêng đặc biệt hằng hàng"
            + " thường xuyên kỳ đột xuất tuần quý sáu mười hai ba bốn bảy tám chín trăm nghìn triệu tỷ"
            + " hoặc nếu thì mà nên vì bởi tuy nhiên ra cần phải phép nghiêm túc đúng sai đủ thiếu sơn hà"
            + " đà nẵng huế thơ hải lạng long bình thuận phước ninh giang biên lào cai nguyễn trần lê phạm"
            + " hoàng huỳnh phan vũ võ đặng bùi đỗ ngô dương đức minh hùng dũng hương lan").split(" "));

    private CommonSyllables() {
    }

    /** True when {@code lowercaseNfc} is one of the frequent syllables. */
    static boolean contains(String lowercaseNfc) {
        return WORDS.contains(lowercaseNfc);
    }
}
