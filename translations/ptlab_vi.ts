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
        <translation>Tranh chấp khoá</translation>
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
        <translation>Mọi tác vụ cùng giành một mutex (khoá loại trừ) dùng chung và làm việc trong khi giữ nó</translation>
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
        <translation>Trạng thái tiến trình &amp; luồng</translation>
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
        <source>Threads (inside ptlab)</source>
        <translation>Luồng (bên trong ptlab)</translation>
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
        <translation>Kết thúc</translation>
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
        <translation>Kết thúc tất cả</translation>
    </message>
    <message>
        <source>Clear terminated</source>
        <translation>Xoá đã kết thúc</translation>
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
    <message>
        <source>%1 live tasks on %2 CPUs, sampled from /proc at %3 Hz.</source>
        <translation>%1 tác vụ đang hoạt động trên %2 CPU, lấy mẫu từ /proc với tần số %3 Hz.</translation>
    </message>
    <message>
        <source>Started %1 of %2.</source>
        <translation>Đã khởi chạy %1 trong số %2.</translation>
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
</TS>
