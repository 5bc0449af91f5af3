<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ErrorText</name>
    <message>
        <source>The system refused to create more tasks: the limit on processes or threads was reached (EAGAIN). The tasks already running are kept.</source>
        <translation>Hệ thống từ chối tạo thêm tác vụ: đã đạt giới hạn số tiến trình hoặc luồng (EAGAIN). Các tác vụ đang chạy vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Not found: the file, program or task does not exist (any more).</source>
        <translation>Không tìm thấy: tệp, chương trình hoặc tác vụ không tồn tại (hoặc không còn nữa).</translation>
    </message>
    <message>
        <source>Permission denied: this needs more privileges (for example, a negative nice value needs root).</source>
        <translation>Không đủ quyền: thao tác này cần quyền cao hơn (ví dụ, giá trị nice âm cần quyền root).</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Yêu cầu không hợp lệ.</translation>
    </message>
    <message>
        <source>Not supported for this kind of task.</source>
        <translation>Không hỗ trợ với loại tác vụ này.</translation>
    </message>
    <message>
        <source>The file could not be read: it is damaged or not in the expected format.</source>
        <translation>Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng mong đợi.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>Thao tác không thành công.</translation>
    </message>
</context>
<context>
    <name>HardwareText</name>
    <message>
        <source>Machine (%1 total)</source>
        <translation>Máy (tổng %1)</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máy</translation>
    </message>
</context>
<context>
    <name>StateNames</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <source>admit</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>điều phối</translation>
    </message>
    <message>
        <source>preempt</source>
        <translation>giành quyền</translation>
    </message>
    <message>
        <source>block / wait</source>
        <translation>chặn / chờ</translation>
    </message>
    <message>
        <source>wake</source>
        <translation>đánh thức</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>tiếp tục</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>kết thúc</translation>
    </message>
    <message>
        <source>CPU-bound</source>
        <translation>Nặng CPU</translation>
    </message>
    <message>
        <source>I/O-bound</source>
        <translation>Nặng I/O</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Hỗn hợp</translation>
    </message>
    <message>
        <source>Lock contention</source>
        <translation>Tranh chấp khóa</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Ngủ</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Được theo dõi</translation>
    </message>
    <message>
        <source>Busy arithmetic without pause: always wants a CPU</source>
        <translation>Tính toán liên tục không nghỉ: luôn cần một CPU</translation>
    </message>
    <message>
        <source>Writes, flushes and reads a file, then waits for the next request</source>
        <translation>Ghi, đẩy xuống đĩa rồi đọc một tệp, sau đó chờ yêu cầu tiếp theo</translation>
    </message>
    <message>
        <source>Computes for the duty cycle of each 100 ms, blocks for the rest</source>
        <translation>Trong mỗi 100 ms, tính toán theo tỉ lệ làm việc, phần còn lại bị chặn</translation>
    </message>
    <message>
        <source>Every task takes one shared mutex and works while holding it</source>
        <translation>Mọi tác vụ cùng giành một mutex (khóa loại trừ) dùng chung và làm việc trong khi giữ nó</translation>
    </message>
    <message>
        <source>Sleeps 250 ms, works briefly, sleeps again</source>
        <translation>Ngủ 250 ms, làm việc chốc lát, rồi lại ngủ</translation>
    </message>
    <message>
        <source>A thread of ptlab itself, observed</source>
        <translation>Một luồng của chính ptlab, chỉ để quan sát</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>luồng</translation>
    </message>
    <message>
        <source>process</source>
        <translation>tiến trình</translation>
    </message>
    <message>
        <source>admission gate</source>
        <translation>cổng tiếp nhận</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>tự tạm dừng</translation>
    </message>
    <message>
        <source>disk I/O</source>
        <translation>I/O đĩa</translation>
    </message>
    <message>
        <source>next request</source>
        <translation>yêu cầu tiếp theo</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>ngủ</translation>
    </message>
    <message>
        <source>mutex</source>
        <translation>mutex</translation>
    </message>
    <message>
        <source>duty-cycle pause</source>
        <translation>khoảng nghỉ của chu kỳ</translation>
    </message>
    <message>
        <source>UI thread</source>
        <translation>Luồng giao diện</translation>
    </message>
    <message>
        <source>Reformat thread</source>
        <translation>Luồng định dạng lại</translation>
    </message>
    <message>
        <source>Browser loader thread</source>
        <translation>Luồng tải của trình duyệt</translation>
    </message>
    <message>
        <source>Browser script thread</source>
        <translation>Luồng script của trình duyệt</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::BrowserDemo</name>
    <message>
        <source>Load the page</source>
        <translation>Tải trang</translation>
    </message>
    <message>
        <source>Single-thread browser</source>
        <translation>Trình duyệt đơn luồng</translation>
    </message>
    <message>
        <source>Loading and the script run on the UI thread, one after the other</source>
        <translation>Việc tải trang và chạy script diễn ra lần lượt trên luồng giao diện</translation>
    </message>
    <message>
        <source>A loader thread reads the page&apos;s files from disk, a script thread computes, the UI thread draws.</source>
        <translation>Một luồng tải đọc các tệp của trang từ đĩa, một luồng script tính toán, còn luồng giao diện thì vẽ.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>script thread: %1 %</source>
        <translation>luồng script: %1 %</translation>
    </message>
    <message>
        <source>Done in %2 ms (files loaded: %1)</source>
        <translation>Xong trong %2 ms (số tệp đã tải: %1)</translation>
    </message>
    <message>
        <source>loader thread: files %1 / %2</source>
        <translation>luồng tải: tệp %1 / %2</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation>Phần cứng</translation>
    </message>
    <message>
        <source>Sample machines…</source>
        <translation>Máy mẫu…</translation>
    </message>
    <message>
        <source>Laptop: 4 cores, 8 hardware threads</source>
        <translation>Laptop: 4 lõi, 8 luồng phần cứng</translation>
    </message>
    <message>
        <source>Desktop: 6 cores, SMT off</source>
        <translation>Máy để bàn: 6 lõi, tắt SMT</translation>
    </message>
    <message>
        <source>Hybrid laptop: 4 performance + 8 efficiency cores</source>
        <translation>Laptop lai: 4 lõi hiệu năng + 8 lõi tiết kiệm điện</translation>
    </message>
    <message>
        <source>Server: 2 sockets, 2 NUMA nodes</source>
        <translation>Máy chủ: 2 socket, 2 nút NUMA</translation>
    </message>
    <message>
        <source>Big server: 4 sockets, 8 NUMA nodes</source>
        <translation>Máy chủ lớn: 4 socket, 8 nút NUMA</translation>
    </message>
    <message>
        <source>Could not describe this machine.</source>
        <translation>Không mô tả được máy này.</translation>
    </message>
    <message>
        <source>“%1” is not a valid synthetic description (for example: %2). The topology shown before is kept.</source>
        <translation>“%1” không phải là mô tả tổng hợp hợp lệ (ví dụ: %2). Vẫn giữ sơ đồ phần cứng đang hiển thị.</translation>
    </message>
    <message>
        <source>Could not load the topology from %1. The topology shown before is kept.</source>
        <translation>Không tải được sơ đồ phần cứng từ %1. Vẫn giữ sơ đồ đang hiển thị.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. The topology shown before is kept.</source>
        <translation>Không mở được %1: %2. Vẫn giữ sơ đồ phần cứng đang hiển thị.</translation>
    </message>
    <message>
        <source>This topology has no hwloc XML to export: it was read from /proc without hwloc.</source>
        <translation>Sơ đồ phần cứng này không có hwloc XML để xuất: nó được đọc từ /proc mà không qua hwloc.</translation>
    </message>
    <message>
        <source>Could not export the topology to %1.</source>
        <translation>Không xuất được sơ đồ phần cứng ra %1.</translation>
    </message>
    <message>
        <source>Topology saved to %1</source>
        <translation>Đã lưu sơ đồ phần cứng vào %1</translation>
    </message>
    <message>
        <source>hwloc could not describe this machine, so this picture was built from /proc instead. Reason: %1</source>
        <translation>hwloc không mô tả được máy này, nên hình này được dựng từ /proc thay thế. Lý do: %1</translation>
    </message>
    <message>
        <source>Loaded from %1. This is not the machine ptlab runs on, so no live load or tasks are drawn on it.</source>
        <translation>Tải từ %1. Đây không phải máy đang chạy ptlab, nên không vẽ mức tải hay tác vụ trực tiếp lên đó.</translation>
    </message>
    <message>
        <source>Synthetic machine “%1”. It is not the machine ptlab runs on, so no live load or tasks are drawn on it.</source>
        <translation>Máy giả định “%1”. Đây không phải máy đang chạy ptlab, nên không vẽ mức tải hay tác vụ trực tiếp lên đó.</translation>
    </message>
    <message>
        <source>Synthetic topology</source>
        <translation>Sơ đồ phần cứng giả định</translation>
    </message>
    <message>
        <source>An hwloc synthetic description: levels from the top, each with how many children it has. For example:
%1</source>
        <translation>Mô tả tổng hợp (synthetic) của hwloc: các cấp từ trên xuống, mỗi cấp kèm số phần tử con của nó. Ví dụ:
%1</translation>
    </message>
    <message>
        <source>Load an hwloc XML topology</source>
        <translation>Mở sơ đồ phần cứng dạng hwloc XML</translation>
    </message>
    <message>
        <source>hwloc XML (*.xml);;All files (*)</source>
        <translation>hwloc XML (*.xml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Export the topology as hwloc XML</source>
        <translation>Xuất sơ đồ phần cứng dạng hwloc XML</translation>
    </message>
    <message>
        <source>hwloc XML (*.xml)</source>
        <translation>hwloc XML (*.xml)</translation>
    </message>
    <message>
        <source>Cannot read the CPU load.</source>
        <translation>Không đọc được mức tải CPU.</translation>
    </message>
    <message>
        <source>Which machine</source>
        <translation>Máy nào</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source>Describe the computer ptlab runs on (hwloc)</source>
        <translation>Mô tả máy tính đang chạy ptlab (hwloc)</translation>
    </message>
    <message>
        <source>Load hwloc XML…</source>
        <translation>Mở hwloc XML…</translation>
    </message>
    <message>
        <source>Open a topology saved with “lstopo --of xml”</source>
        <translation>Mở sơ đồ phần cứng đã lưu bằng “lstopo --of xml”</translation>
    </message>
    <message>
        <source>Synthetic…</source>
        <translation>Giả định…</translation>
    </message>
    <message>
        <source>Describe an imaginary machine, for example %1</source>
        <translation>Mô tả một máy tưởng tượng, ví dụ %1</translation>
    </message>
    <message>
        <source>Export XML…</source>
        <translation>Xuất XML…</translation>
    </message>
    <message>
        <source>Save the topology shown as hwloc XML (for lstopo -i)</source>
        <translation>Lưu sơ đồ phần cứng đang hiển thị dạng hwloc XML (dùng cho lstopo -i)</translation>
    </message>
    <message>
        <source>Example machines shipped with ptlab</source>
        <translation>Các máy mẫu đi kèm ptlab</translation>
    </message>
    <message>
        <source>This machine, as hwloc sees it. PUs are coloured by their load; numbered tokens are the demo tasks, on the CPU each last ran on.</source>
        <translation>Máy này, theo cách hwloc nhìn thấy. Các PU được tô màu theo mức tải; thẻ đánh số là các tác vụ minh hoạ, nằm trên CPU mà mỗi tác vụ chạy gần nhất.</translation>
    </message>
    <message>
        <source>CPU (P#)</source>
        <translation>CPU (P#)</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Let task #%1 run on any CPU again</source>
        <translation>Cho tác vụ #%1 chạy lại trên CPU bất kỳ</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>Pin task #%1 to CPU %2</source>
        <translation>Ghim tác vụ #%1 vào CPU %2</translation>
    </message>
    <message>
        <source>No demo tasks: start some on the States page</source>
        <translation>Chưa có tác vụ minh hoạ: hãy tạo vài tác vụ ở trang Trạng thái tiến trình/luồng</translation>
    </message>
    <message>
        <source>CPU load of this machine: %1 %</source>
        <translation>Mức tải CPU của máy này: %1 %</translation>
    </message>
    <message>
        <source>CPU load of this machine</source>
        <translation>Mức tải CPU của máy này</translation>
    </message>
    <message>
        <source>How busy each CPU (hardware thread) was over the last half second, and all of them together, from /proc/stat</source>
        <translation>Mức bận của từng CPU (luồng phần cứng) và của tất cả gộp lại trong nửa giây vừa qua, lấy từ /proc/stat</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Shrink the drawing of a big machine so that all of it is visible at once</source>
        <translation>Thu nhỏ hình vẽ của máy lớn để thấy được toàn bộ cùng lúc</translation>
    </message>
    <message>
        <source>Fit in view</source>
        <translation>Vừa khung nhìn</translation>
    </message>
    <message>
        <source>Discovering this machine…</source>
        <translation>Đang dò cấu hình của máy này…</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::LatencyPlot</name>
    <message>
        <source>time (s)</source>
        <translation>thời gian (s)</translation>
    </message>
    <message>
        <source>timer lateness (ms)</source>
        <translation>độ trễ của bộ hẹn giờ (ms)</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>There is no lesson “%1”.</source>
        <translation>Không có bài học “%1”.</translation>
    </message>
    <message>
        <source>This lesson cannot be shown</source>
        <translation>Không thể hiển thị bài học này</translation>
    </message>
    <message>
        <source>No lesson to show</source>
        <translation>Không có bài học để hiển thị</translation>
    </message>
    <message>
        <source>No lessons were found for this language (%1). The installation may be incomplete.</source>
        <translation>Không tìm thấy bài học nào cho ngôn ngữ này (%1). Có thể bản cài đặt chưa đầy đủ.</translation>
    </message>
    <message>
        <source>Choose a lesson from the list.</source>
        <translation>Hãy chọn một bài học trong danh sách.</translation>
    </message>
    <message>
        <source>The lesson “%1” has no file in this language (%2). Choose another lesson from the list, or switch the language back.</source>
        <translation>Bài học “%1” chưa có tệp cho ngôn ngữ này (%2). Hãy chọn bài khác trong danh sách, hoặc chuyển lại ngôn ngữ cũ.</translation>
    </message>
    <message>
        <source>The lesson file %1 is damaged, so this lesson cannot be shown. The other lessons are not affected.</source>
        <translation>Tệp bài học %1 bị hỏng nên không thể hiển thị bài này. Các bài học khác không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Quiz score %1 of %2: your best so far.</source>
        <translation>Điểm trắc nghiệm %1/%2: cao nhất của bạn từ trước đến nay.</translation>
    </message>
    <message>
        <source>Quiz score %1 of %2.</source>
        <translation>Điểm trắc nghiệm %1/%2.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Trắc nghiệm</translation>
    </message>
    <message>
        <source>A quiz of this lesson is damaged and cannot be shown. The lesson itself is fine.</source>
        <translation>Một bài trắc nghiệm của bài học này bị hỏng và không thể hiển thị. Bản thân bài học vẫn bình thường.</translation>
    </message>
    <message>
        <source>✓ read</source>
        <translation>✓ đã đọc</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>chưa đọc</translation>
    </message>
    <message>
        <source>quiz %1/%2</source>
        <translation>trắc nghiệm %1/%2</translation>
    </message>
    <message>
        <source>⚠ cannot be shown</source>
        <translation>⚠ không thể hiển thị</translation>
    </message>
    <message>
        <source>Lessons read: %1 of %2
Quizzes taken: %3 of %4</source>
        <translation>Bài đã đọc: %1/%2
Trắc nghiệm đã làm: %3/%4</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Bài %1/%2</translation>
    </message>
    <message>
        <source>Process &amp; thread states</source>
        <translation>Trạng thái tiến trình/luồng</translation>
    </message>
    <message>
        <source>Word processor</source>
        <translation>Trình soạn thảo văn bản</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Phần cứng</translation>
    </message>
    <message>
        <source>Process vs thread</source>
        <translation>Tiến trình và luồng</translation>
    </message>
    <message>
        <source>Twelve workloads</source>
        <translation>Mười hai kiểu tải</translation>
    </message>
    <message>
        <source>Distributed training</source>
        <translation>Huấn luyện phân tán</translation>
    </message>
    <message>
        <source>Open the live demo: %1</source>
        <translation>Mở minh hoạ trực tiếp: %1</translation>
    </message>
    <message>
        <source>Opens the page “%1” set up for this lesson (Ctrl+Enter)</source>
        <translation>Mở trang “%1” đã thiết lập sẵn cho bài học này (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Live demo: the page “%1” will show this lesson; it is not in this version of ptlab yet.</source>
        <translation>Minh hoạ trực tiếp: trang “%1” sẽ minh hoạ bài học này; phiên bản ptlab này chưa có trang đó.</translation>
    </message>
    <message>
        <source>No lesson contains “%1”.</source>
        <translation>Không bài học nào chứa “%1”.</translation>
    </message>
    <message>
        <source>Lessons that contain “%1”: %2</source>
        <translation>Số bài học chứa “%1”: %2</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>Đặt lại tiến độ</translation>
    </message>
    <message>
        <source>Forget which lessons you have read and all your quiz scores? This cannot be undone.</source>
        <translation>Xóa thông tin các bài bạn đã đọc và mọi điểm trắc nghiệm? Thao tác này không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Progress reset: no lesson read, no quiz taken.</source>
        <translation>Đã đặt lại tiến độ: chưa đọc bài nào, chưa làm bài trắc nghiệm nào.</translation>
    </message>
    <message>
        <source>Search the lessons…</source>
        <translation>Tìm trong bài học…</translation>
    </message>
    <message>
        <source>Words to find in the lessons of the current language (Ctrl+F). Typed without diacritics, they also match words written with them.</source>
        <translation>Từ cần tìm trong các bài học của ngôn ngữ hiện tại (Ctrl+F). Gõ không dấu vẫn khớp với từ có dấu.</translation>
    </message>
    <message>
        <source>Reset progress…</source>
        <translation>Đặt lại tiến độ…</translation>
    </message>
    <message>
        <source>Forget which lessons were read and the quiz scores</source>
        <translation>Xóa thông tin bài đã đọc và điểm trắc nghiệm</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>Bài trước (Alt+Left)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right, or Page Down at the end of a lesson)</source>
        <translation>Bài tiếp theo (Alt+Right, hoặc Page Down ở cuối bài)</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::MainWindow</name>
    <message>
        <source>ptlab — Process &amp; Thread Lab</source>
        <translation>ptlab — Phòng thí nghiệm Tiến trình &amp; Luồng</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Switch the interface language (no restart needed)</source>
        <translation>Đổi ngôn ngữ giao diện (không cần khởi động lại)</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Trình chiếu</translation>
    </message>
    <message>
        <source>Full screen with large type for projecting (F5)</source>
        <translation>Toàn màn hình, chữ lớn để trình chiếu (F5)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Larger text and drawings (Ctrl+=)</source>
        <translation>Chữ và hình vẽ lớn hơn (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Smaller text and drawings (Ctrl+-)</source>
        <translation>Chữ và hình vẽ nhỏ hơn (Ctrl+-)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Đặt lại thu phóng</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Các phím tắt (F1)</translation>
    </message>
    <message>
        <source>Main action of the page</source>
        <translation>Thao tác chính của trang</translation>
    </message>
    <message>
        <source>Pause or resume the view</source>
        <translation>Tạm dừng hoặc tiếp tục hiển thị</translation>
    </message>
    <message>
        <source>Everything shown is live: states come from the Linux kernel (/proc).</source>
        <translation>Mọi thứ hiển thị đều là dữ liệu thật: trạng thái lấy trực tiếp từ nhân Linux (/proc).</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type</source>
        <translation>Chế độ trình chiếu: toàn màn hình, chữ lớn</translation>
    </message>
    <message>
        <source>Zoom in / out / reset (100–300 %)</source>
        <translation>Phóng to / thu nhỏ / đặt lại (100–300 %)</translation>
    </message>
    <message>
        <source>Main action of the page (States: spawn)</source>
        <translation>Thao tác chính của trang (Trạng thái: tạo tác vụ)</translation>
    </message>
    <message>
        <source>Pause or resume the live view</source>
        <translation>Tạm dừng hoặc tiếp tục hiển thị trực tiếp</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Danh sách này</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::QuizWidget</name>
    <message>
        <source>Not answered.</source>
        <translation>Chưa trả lời.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Đúng.</translation>
    </message>
    <message>
        <source>Not quite. Your answer:</source>
        <translation>Chưa đúng. Bạn đã chọn:</translation>
    </message>
    <message>
        <source>Correct answer:</source>
        <translation>Đáp án đúng:</translation>
    </message>
    <message>
        <source>Score: %1 of %2 correct</source>
        <translation>Điểm: đúng %1/%2 câu</translation>
    </message>
    <message>
        <source>Choose one answer per question, then press Check.</source>
        <translation>Chọn một đáp án cho mỗi câu hỏi, rồi bấm Kiểm tra.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Show which answers are right, with explanations, and the score</source>
        <translation>Cho biết đáp án nào đúng, kèm giải thích và điểm số</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Làm lại</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::StateDiagramWidget</name>
    <message>
        <source>Thread #%1: TID %2 in process %3</source>
        <translation>Luồng #%1: TID %2 trong tiến trình %3</translation>
    </message>
    <message>
        <source>Process #%1: PID %2</source>
        <translation>Tiến trình #%1: PID %2</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::StateTimelineWidget</name>
    <message>
        <source>time (s), live at the right edge</source>
        <translation>thời gian (s), hiện tại ở mép phải</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tác vụ</translation>
    </message>
    <message>
        <source>Thread #%1 (TID %2)</source>
        <translation>Luồng #%1 (TID %2)</translation>
    </message>
    <message>
        <source>Process #%1 (PID %2)</source>
        <translation>Tiến trình #%1 (PID %2)</translation>
    </message>
    <message>
        <source>%1
%2 at %3 s
this interval: %4 % on a CPU, %5 % waiting for one</source>
        <translation>%1
%2 lúc %3 s
trong khoảng này: %4 % chạy trên CPU, %5 % chờ CPU</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::StatesPage</name>
    <message>
        <source>Process &amp; thread states</source>
        <translation>Trạng thái tiến trình/luồng</translation>
    </message>
    <message>
        <source>Linux cannot kill one thread of a process: the selected threads were asked to stop.</source>
        <translation>Linux không thể buộc dừng riêng một luồng của tiến trình: các luồng đã chọn được yêu cầu tự kết thúc.</translation>
    </message>
    <message>
        <source>any CPU</source>
        <translation>CPU bất kỳ</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Spawn real tasks</source>
        <translation>Tạo tác vụ thật</translation>
    </message>
    <message>
        <source>Threads (in one process, ptlab-worker --host)</source>
        <translation>Luồng (trong một tiến trình, ptlab-worker --host)</translation>
    </message>
    <message>
        <source>Processes (ptlab-worker)</source>
        <translation>Tiến trình (ptlab-worker)</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Kiểu tải</translation>
    </message>
    <message>
        <source>Duty cycle</source>
        <translation>Tỉ lệ làm việc</translation>
    </message>
    <message>
        <source>Mixed workload: share of each 100 ms spent computing</source>
        <translation>Kiểu tải Hỗn hợp: phần của mỗi 100 ms dành cho tính toán</translation>
    </message>
    <message>
        <source>Spawn (Ctrl+Enter)</source>
        <translation>Tạo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Selected tasks</source>
        <translation>Tác vụ đã chọn</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Let a task held at the admission gate start: New → Ready</source>
        <translation>Cho tác vụ đang bị giữ ở cổng tiếp nhận bắt đầu: Mới → Sẵn sàng</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Processes get SIGSTOP; threads park themselves</source>
        <translation>Tiến trình nhận SIGSTOP; luồng tự tạm dừng</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Ask the task to finish (SIGTERM for a process)</source>
        <translation>Yêu cầu tác vụ kết thúc (SIGTERM với tiến trình)</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Buộc dừng</translation>
    </message>
    <message>
        <source>SIGKILL for a process; a thread can only be asked to stop</source>
        <translation>SIGKILL với tiến trình; luồng chỉ có thể được yêu cầu kết thúc</translation>
    </message>
    <message>
        <source>Nice value: higher is kinder to others (lower priority)</source>
        <translation>Giá trị nice: càng cao càng nhường tác vụ khác (độ ưu tiên thấp hơn)</translation>
    </message>
    <message>
        <source>Set nice</source>
        <translation>Đặt nice</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Ghim</translation>
    </message>
    <message>
        <source>Restrict the task to one CPU (sched_setaffinity)</source>
        <translation>Chỉ cho tác vụ chạy trên một CPU (sched_setaffinity)</translation>
    </message>
    <message>
        <source>Linux cannot stop a single thread with a signal (SIGSTOP stops the whole process), so a suspended thread parks itself cooperatively; it shows as Suspended once it has parked.</source>
        <translation>Linux không thể dùng tín hiệu để dừng riêng một luồng (SIGSTOP dừng cả tiến trình), vì vậy luồng được yêu cầu tạm dừng sẽ tự nguyện tự dừng; nó hiện là Tạm dừng khi đã dừng xong.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Bộ máy</translation>
    </message>
    <message>
        <source>Hold new tasks at admission (New)</source>
        <translation>Giữ tác vụ mới ở bước tiếp nhận (Mới)</translation>
    </message>
    <message>
        <source>Defer reaping (show zombies)</source>
        <translation>Hoãn thu dọn (hiện tiến trình zombie)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Dừng tất cả</translation>
    </message>
    <message>
        <source>Clear terminated</source>
        <translation>Xóa đã kết thúc</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Resume view (Ctrl+P)</source>
        <translation>Tiếp tục xem (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pause view (Ctrl+P)</source>
        <translation>Tạm dừng xem (Ctrl+P)</translation>
    </message>
    <message>
        <source>Show the last</source>
        <translation>Hiện khoảng cuối</translation>
    </message>
    <message numerus="yes">
        <source>Started %n task(s).</source>
        <translation>
            <numerusform>Đã khởi chạy %n tác vụ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more tasks in the table or the diagram first.</source>
        <translation>Hãy chọn trước một hoặc nhiều tác vụ trong bảng hoặc sơ đồ.</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>Live tasks: %1 · CPUs: %2 · sampled from /proc at %3 Hz</source>
        <translation>Tác vụ đang hoạt động: %1 · CPU: %2 · lấy mẫu từ /proc với tần số %3 Hz</translation>
    </message>
    <message>
        <source>Started %1 of %2 tasks.</source>
        <translation>Đã khởi chạy %1 trong số %2 tác vụ.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Export timeline…</source>
        <translation>Xuất dòng thời gian…</translation>
    </message>
    <message>
        <source>Save the tasks&apos; state timelines as Chrome trace-event JSON, which the Perfetto UI and chrome://tracing open: one track per task, one slice per state</source>
        <translation>Lưu dòng thời gian trạng thái của các tác vụ dưới dạng JSON trace-event của Chrome, mở được bằng Perfetto UI và chrome://tracing: mỗi tác vụ một làn, mỗi trạng thái một đoạn</translation>
    </message>
    <message>
        <source>To keep the window responsive, ptlab runs its demo tasks in a session of their own (the process ptlab-worker --host), which the kernel schedules apart from the window, starts them at nice %1 with 4 ms time slices, and asks for short time slices for the window and the sampler; the demo tasks&apos; priorities relative to each other are unchanged.</source>
        <translation>Để cửa sổ luôn phản hồi, ptlab chạy các tác vụ minh họa trong một phiên (session) riêng (tiến trình ptlab-worker --host) mà nhân hệ điều hành lập lịch tách khỏi cửa sổ, khởi động chúng với nice %1 và lát thời gian 4 ms, đồng thời xin lát thời gian ngắn cho cửa sổ và cho luồng lấy mẫu; mức ưu tiên giữa các tác vụ minh họa với nhau không đổi.</translation>
    </message>
    <message>
        <source>Exact states: the kernel reports every context switch of these tasks (perf events), so the timeline shows each interval as it happened.</source>
        <translation>Trạng thái chính xác: nhân hệ điều hành báo mọi lần chuyển ngữ cảnh của các tác vụ này (perf events), nên dòng thời gian cho thấy từng khoảng đúng như đã diễn ra.</translation>
    </message>
    <message>
        <source>Sampled states: /proc is read several times a second and the Running column holds no more tasks than there are CPUs, taking turns as the CPU time they used says. Exact mode is off (%1). The command sysctl kernel.perf_event_paranoid=2 enables it; distributions set a higher value because perf events have been a way to attack the kernel and to watch other users.</source>
        <translation>Trạng thái lấy mẫu: /proc được đọc vài lần mỗi giây và cột Đang chạy không bao giờ có nhiều tác vụ hơn số CPU, các tác vụ lần lượt vào đó theo thời gian CPU chúng đã dùng. Chế độ chính xác đang tắt (%1). Lệnh sysctl kernel.perf_event_paranoid=2 bật nó; các bản phân phối đặt giá trị cao hơn vì perf events từng là đường để tấn công nhân hệ điều hành và theo dõi người dùng khác.</translation>
    </message>
    <message>
        <source>The timeline could not be saved: %1</source>
        <translation>Không lưu được dòng thời gian: %1</translation>
    </message>
    <message>
        <source>Timeline saved to %1</source>
        <translation>Đã lưu dòng thời gian vào %1</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Xuất dòng thời gian</translation>
    </message>
    <message>
        <source>Trace-event JSON (*.json)</source>
        <translation>JSON trace-event (*.json)</translation>
    </message>
    <message>
        <source>Live tasks: %1 · CPUs: %2 · exact (perf events), /proc at %3 Hz</source>
        <translation>Tác vụ đang hoạt động: %1 · CPU: %2 · chính xác (perf events), /proc với tần số %3 Hz</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::SummaryCards</name>
    <message>
        <source>Model not reported</source>
        <translation>Không có thông tin mẫu CPU</translation>
    </message>
    <message>
        <source>Architecture: %1</source>
        <translation>Kiến trúc: %1</translation>
    </message>
    <message>
        <source>%1: %2 cores, %3 hardware threads</source>
        <translation>%1: %2 lõi, %3 luồng phần cứng</translation>
    </message>
    <message>
        <source>Every thread of every process runs on this processor; its model tells you how fast one thread can go.</source>
        <translation>Mọi luồng của mọi tiến trình đều chạy trên bộ xử lý này; mẫu bộ xử lý cho biết một luồng có thể chạy nhanh đến đâu.</translation>
    </message>
    <message>
        <source>Its cores are not all alike: a thread gets done sooner on a performance core than on an efficiency core.</source>
        <translation>Các lõi của nó không giống nhau: một luồng chạy xong trên lõi hiệu năng sớm hơn trên lõi tiết kiệm điện.</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Bộ xử lý</translation>
    </message>
    <message>
        <source>SMT on: %1 hardware threads share each core</source>
        <translation>Bật SMT: %1 luồng phần cứng dùng chung mỗi lõi</translation>
    </message>
    <message>
        <source>One hardware thread per core (no SMT)</source>
        <translation>Mỗi lõi một luồng phần cứng (không có SMT)</translation>
    </message>
    <message>
        <source>Cores and hardware threads</source>
        <translation>Lõi và luồng phần cứng</translation>
    </message>
    <message>
        <source>The kernel can run as many threads at the same instant as there are hardware threads; any more runnable threads take turns.</source>
        <translation>Tại cùng một thời điểm, nhân chạy được số luồng bằng số luồng phần cứng; các luồng sẵn sàng chạy còn lại phải luân phiên.</translation>
    </message>
    <message>
        <source>%1 × %2 of %3</source>
        <translation>%1 × %2 dung lượng %3</translation>
    </message>
    <message>
        <source>No caches reported</source>
        <translation>Không có thông tin bộ nhớ đệm</translation>
    </message>
    <message>
        <source>Caches</source>
        <translation>Bộ nhớ đệm (cache)</translation>
    </message>
    <message>
        <source>Threads on cores that share a cache exchange data cheaply; threads writing the same cache line from different cores slow each other down (false sharing).</source>
        <translation>Các luồng trên những lõi dùng chung một cache trao đổi dữ liệu với chi phí thấp; các luồng ghi cùng một dòng cache từ những lõi khác nhau sẽ làm chậm nhau (chia sẻ giả – false sharing).</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>Tổng cộng %1</translation>
    </message>
    <message>
        <source>Total not reported</source>
        <translation>Không có thông tin tổng dung lượng</translation>
    </message>
    <message>
        <source>%1 available now</source>
        <translation>Hiện còn trống %1</translation>
    </message>
    <message>
        <source>Memory (RAM)</source>
        <translation>Bộ nhớ (RAM)</translation>
    </message>
    <message>
        <source>The threads of a process share its memory, while every process gets its own address space: many processes need more RAM than many threads.</source>
        <translation>Các luồng của một tiến trình dùng chung bộ nhớ của nó, còn mỗi tiến trình có không gian địa chỉ riêng: nhiều tiến trình cần nhiều RAM hơn nhiều luồng.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>No discrete GPU found</source>
        <translation>Không tìm thấy GPU rời</translation>
    </message>
    <message>
        <source>Graphics processors (GPU)</source>
        <translation>Bộ xử lý đồ hoạ (GPU)</translation>
    </message>
    <message>
        <source>A GPU runs thousands of small threads in parallel; CPU threads hand it work through its driver.</source>
        <translation>GPU chạy song song hàng nghìn luồng nhỏ; các luồng CPU giao việc cho nó thông qua trình điều khiển.</translation>
    </message>
    <message>
        <source>Disks, network and other devices</source>
        <translation>Ổ đĩa, mạng và thiết bị khác</translation>
    </message>
    <message>
        <source>An I/O-bound thread waits for these devices; while it is blocked, its CPU runs other threads.</source>
        <translation>Luồng nặng I/O phải chờ các thiết bị này; trong lúc nó bị chặn, CPU của nó chạy các luồng khác.</translation>
    </message>
    <message>
        <source>Operating system not recorded</source>
        <translation>Không có thông tin hệ điều hành</translation>
    </message>
    <message>
        <source>Kernel %1</source>
        <translation>Nhân %1</translation>
    </message>
    <message>
        <source>Host name: %1</source>
        <translation>Tên máy: %1</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Hệ điều hành</translation>
    </message>
    <message>
        <source>The kernel creates every process and thread, and its scheduler picks which one runs on each hardware thread.</source>
        <translation>Nhân tạo ra mọi tiến trình và luồng, và bộ lập lịch của nhân chọn luồng nào chạy trên từng luồng phần cứng.</translation>
    </message>
    <message>
        <source>%1 in total, as the kernel counts it</source>
        <translation>Tổng cộng %1, theo cách nhân tính</translation>
    </message>
    <message>
        <source>%1 in the NUMA nodes hwloc found</source>
        <translation>%1 trong các nút NUMA mà hwloc tìm thấy</translation>
    </message>
    <message>
        <source>SMT on some cores only: their hardware threads share the core</source>
        <translation>Chỉ một số lõi bật SMT: các luồng phần cứng của chúng dùng chung lõi</translation>
    </message>
    <message>
        <source>Packages: %1 · cores: %2 · hardware threads: %3</source>
        <translation>Package: %1 · lõi: %2 · luồng phần cứng: %3</translation>
    </message>
    <message>
        <source>NUMA nodes: %1</source>
        <translation>Số nút NUMA: %1</translation>
    </message>
    <message>
        <source>PCI devices: %1</source>
        <translation>Số thiết bị PCI: %1</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::TaskTableModel</name>
    <message>
        <source>Total time on a CPU (schedstat)</source>
        <translation>Tổng thời gian chạy trên CPU (schedstat)</translation>
    </message>
    <message>
        <source>Involuntary context switches: Running → Ready</source>
        <translation>Chuyển ngữ cảnh không tự nguyện: Đang chạy → Sẵn sàng</translation>
    </message>
    <message>
        <source>Voluntary context switches: Running → Waiting</source>
        <translation>Chuyển ngữ cảnh tự nguyện: Đang chạy → Đang chờ</translation>
    </message>
    <message>
        <source>The CPU it last ran on (stat field 39)</source>
        <translation>CPU mà tác vụ chạy gần nhất (trường 39 của stat)</translation>
    </message>
    <message>
        <source>What the task reports it is waiting for</source>
        <translation>Thứ mà tác vụ báo là đang chờ</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Kiểu tải</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>On CPU (ms)</source>
        <translation>Trên CPU (ms)</translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation>Bị giành quyền</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bị chặn</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Nice</source>
        <translation>Nice</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Lý do chờ</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::TopologyView</name>
    <message>
        <source>A hardware thread: the kernel calls it CPU %1. One thread runs on it at a time.</source>
        <translation>Một luồng phần cứng: nhân gọi nó là CPU %1. Mỗi lúc chỉ có một luồng chạy trên nó.</translation>
    </message>
    <message>
        <source>Busy: %1 %</source>
        <translation>Bận: %1 %</translation>
    </message>
    <message>
        <source>Demo tasks that last ran here: %1</source>
        <translation>Tác vụ minh hoạ chạy ở đây gần nhất: %1</translation>
    </message>
    <message>
        <source>A core: its hardware threads share its execution units and L1 cache.</source>
        <translation>Một lõi: các luồng phần cứng của nó dùng chung các đơn vị thực thi và cache L1.</translation>
    </message>
    <message>
        <source>A cache shared by the cores below it.</source>
        <translation>Một cache dùng chung cho các lõi bên dưới nó.</translation>
    </message>
    <message>
        <source>Line size: %1 bytes</source>
        <translation>Kích thước dòng: %1 byte</translation>
    </message>
    <message>
        <source>A NUMA node: memory that the cores next to it reach faster than the others do.</source>
        <translation>Một nút NUMA: vùng nhớ mà các lõi gần nó truy cập nhanh hơn các lõi khác.</translation>
    </message>
    <message>
        <source>A package: one physical processor chip in its socket.</source>
        <translation>Một package: một chip vi xử lý vật lý cắm trong socket.</translation>
    </message>
    <message>
        <source>Right-click to pin a demo task to this CPU.</source>
        <translation>Nhấp chuột phải để ghim một tác vụ minh hoạ vào CPU này.</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::WordProcessorPage</name>
    <message>
        <source>Cursor on page %1 of %2</source>
        <translation>Con trỏ ở trang %1/%2</translation>
    </message>
    <message>
        <source>Longest freeze in the last 10 seconds:</source>
        <translation>Lần đứng hình lâu nhất trong 10 giây qua:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>UI thread</source>
        <translation>Luồng giao diện</translation>
    </message>
    <message>
        <source>Reformat thread</source>
        <translation>Luồng định dạng lại</translation>
    </message>
    <message>
        <source>on CPU %1 ms</source>
        <translation>trên CPU %1 ms</translation>
    </message>
    <message>
        <source>States from the kernel, as on the States page.</source>
        <translation>Trạng thái lấy từ nhân, như ở trang Trạng thái tiến trình/luồng.</translation>
    </message>
    <message>
        <source>The book</source>
        <translation>Cuốn sách</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Longer books take longer to reformat</source>
        <translation>Sách càng dài thì định dạng lại càng lâu</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>Sách mới</translation>
    </message>
    <message>
        <source>Delete a sentence on page 1</source>
        <translation>Xóa một câu ở trang 1</translation>
    </message>
    <message>
        <source>Every later line may move, so the whole book is reformatted</source>
        <translation>Mọi dòng phía sau đều có thể dịch chuyển, nên cả cuốn sách được định dạng lại</translation>
    </message>
    <message>
        <source>The same reformat runs on the thread that draws the window: it freezes until the work is done</source>
        <translation>Việc định dạng lại như trên chạy ngay trên luồng vẽ cửa sổ: cửa sổ đứng hình cho đến khi xong việc</translation>
    </message>
    <message>
        <source>This heart beats on the UI thread: when it stops, so does the window.</source>
        <translation>Trái tim này đập trên luồng giao diện: khi nó ngừng đập, cửa sổ cũng đứng hình.</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Not formatted yet</source>
        <translation>Chưa định dạng</translation>
    </message>
    <message>
        <source>Browser loader thread</source>
        <translation>Luồng tải của trình duyệt</translation>
    </message>
    <message>
        <source>Browser script thread</source>
        <translation>Luồng script của trình duyệt</translation>
    </message>
    <message>
        <source>Word processor</source>
        <translation>Trình soạn thảo văn bản</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Trình duyệt web</translation>
    </message>
    <message>
        <source>Word processor &amp; browser</source>
        <translation>Soạn thảo văn bản &amp; trình duyệt</translation>
    </message>
    <message>
        <source>Pages: %1 · reformatted in %2 ms</source>
        <translation>Số trang: %1 · định dạng lại trong %2 ms</translation>
    </message>
    <message>
        <source>Single-thread mode</source>
        <translation>Chế độ đơn luồng</translation>
    </message>
    <message>
        <source>Is the window alive?</source>
        <translation>Cửa sổ còn phản hồi không?</translation>
    </message>
    <message>
        <source>Make an edit: the page measures how long it froze the window.</source>
        <translation>Hãy sửa văn bản: trang sẽ đo cửa sổ bị đứng hình trong bao lâu.</translation>
    </message>
    <message>
        <source>This edit froze the window for %1 s</source>
        <translation>Lần sửa này làm cửa sổ đứng hình %1 giây</translation>
    </message>
    <message>
        <source>This edit froze the window for %1 ms</source>
        <translation>Lần sửa này làm cửa sổ đứng hình %1 ms</translation>
    </message>
    <message>
        <source>Measuring how fast this computer formats, to size the book…</source>
        <translation>Đang đo tốc độ dàn trang của máy này để chọn độ dài cuốn sách…</translation>
    </message>
    <message>
        <source>Hyphenation is off: the dictionary %1 could not be loaded (Debian package hyphen-en-us). Lines are set without hyphens.</source>
        <translation>Đã tắt ngắt từ: không nạp được từ điển %1 (gói Debian hyphen-en-us). Các dòng được dàn không có dấu gạch nối.</translation>
    </message>
</context>
</TS>
