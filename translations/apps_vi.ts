<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AppsCatalog</name>
    <message>
        <source>Web server handling many requests</source>
        <translation>Máy chủ web xử lý nhiều yêu cầu</translation>
    </message>
    <message>
        <source>Apache (processes or threads), Nginx (worker processes with event loops)</source>
        <translation>Apache (tiến trình hoặc luồng), Nginx (các tiến trình worker, mỗi tiến trình một vòng lặp sự kiện)</translation>
    </message>
    <message>
        <source>Requests are independent of each other. A process per connection isolates a handler that crashes; threads and event loops cost far less per connection and share caches.</source>
        <translation>Các yêu cầu độc lập với nhau. Mỗi kết nối một tiến trình thì một trình xử lý bị sập không kéo theo các kết nối khác; luồng và vòng lặp sự kiện tốn ít hơn nhiều cho mỗi kết nối và dùng chung bộ đệm.</translation>
    </message>
    <message>
        <source>Game engine</source>
        <translation>Engine trò chơi (game engine)</translation>
    </message>
    <message>
        <source>Unity, Unreal Engine</source>
        <translation>Unity, Unreal Engine</translation>
    </message>
    <message>
        <source>Rendering, physics, audio and input work on the same game state every frame (about 16 ms): threads share it without copying.</source>
        <translation>Đồ họa, vật lý, âm thanh và xử lý đầu vào cùng làm việc trên một trạng thái trò chơi trong mỗi khung hình (khoảng 16 ms): các luồng dùng chung trạng thái đó mà không phải sao chép.</translation>
    </message>
    <message>
        <source>Big-data analysis</source>
        <translation>Phân tích dữ liệu lớn</translation>
    </message>
    <message>
        <source>Hadoop, Spark</source>
        <translation>Hadoop, Spark</translation>
    </message>
    <message>
        <source>The data splits into independent pieces spread over many machines; a task in its own process can fail and be rerun without losing the whole job.</source>
        <translation>Dữ liệu được chia thành các phần độc lập trải trên nhiều máy; một tác vụ chạy trong tiến trình riêng có thể hỏng và được chạy lại mà không làm mất cả công việc.</translation>
    </message>
    <message>
        <source>Video rendering</source>
        <translation>Dựng video (rendering)</translation>
    </message>
    <message>
        <source>Adobe Premiere, Blender</source>
        <translation>Adobe Premiere, Blender</translation>
    </message>
    <message>
        <source>Every tile of a frame reads the same large scene; threads share it in memory instead of each worker holding a copy.</source>
        <translation>Mọi ô của một khung hình đều đọc cùng một cảnh lớn; các luồng dùng chung cảnh đó trong bộ nhớ thay vì mỗi worker giữ một bản sao.</translation>
    </message>
    <message>
        <source>Downloading many files at once</source>
        <translation>Tải nhiều tệp song song</translation>
    </message>
    <message>
        <source>Web browsers, IDM</source>
        <translation>Trình duyệt web, IDM</translation>
    </message>
    <message>
        <source>A download spends nearly all its time waiting for the network; a waiting thread costs little, and all of them update the same download list.</source>
        <translation>Một lượt tải gần như toàn bộ thời gian là chờ mạng; một luồng đang chờ tốn rất ít, và tất cả cùng cập nhật một danh sách tải.</translation>
    </message>
    <message>
        <source>Training AI/ML models</source>
        <translation>Huấn luyện mô hình AI/ML</translation>
    </message>
    <message>
        <source>TensorFlow, PyTorch</source>
        <translation>TensorFlow, PyTorch</translation>
    </message>
    <message>
        <source>One process per GPU or machine scales past a single computer and past Python's interpreter lock; the workers exchange gradients explicitly.</source>
        <translation>Mỗi GPU hoặc mỗi máy một tiến trình thì mở rộng được ra ngoài một máy tính và vượt qua khóa trình thông dịch của Python; các worker trao đổi gradient một cách tường minh.</translation>
    </message>
    <message>
        <source>Antivirus scan</source>
        <translation>Quét virus</translation>
    </message>
    <message>
        <source>Avast, Kaspersky</source>
        <translation>Avast, Kaspersky</translation>
    </message>
    <message>
        <source>A scanner parses hostile files. When a parser crashes or is exploited, only its sandboxed process is lost, not the scanner.</source>
        <translation>Trình quét phải phân tích các tệp độc hại. Khi một bộ phân tích bị sập hoặc bị khai thác, chỉ tiến trình hộp cát của nó mất đi, không phải cả trình quét.</translation>
    </message>
    <message>
        <source>Chat server</source>
        <translation>Máy chủ chat</translation>
    </message>
    <message>
        <source>WhatsApp servers, Discord back end</source>
        <translation>Máy chủ WhatsApp, back end của Discord</translation>
    </message>
    <message>
        <source>Many long-lived, mostly idle connections share who is online and the rooms; threads or an event loop keep that state in one memory.</source>
        <translation>Rất nhiều kết nối sống lâu, phần lớn thời gian nhàn rỗi, cùng dùng danh sách người đang trực tuyến và các phòng; luồng hoặc một vòng lặp sự kiện giữ trạng thái đó trong cùng một bộ nhớ.</translation>
    </message>
    <message>
        <source>Compiler building many files</source>
        <translation>Trình biên dịch dịch nhiều tệp</translation>
    </message>
    <message>
        <source>GCC, Clang (make -j)</source>
        <translation>GCC, Clang (make -j)</translation>
    </message>
    <message>
        <source>Each source file compiles on its own; make starts one compiler process per file, so a crash or a memory hog costs one file only.</source>
        <translation>Mỗi tệp nguồn được biên dịch độc lập; make khởi động một tiến trình trình biên dịch cho mỗi tệp, nên một lần sập hay một tiến trình ngốn bộ nhớ chỉ ảnh hưởng một tệp.</translation>
    </message>
    <message>
        <source>Physics simulation</source>
        <translation>Mô phỏng vật lý</translation>
    </message>
    <message>
        <source>NASA simulations, game physics</source>
        <translation>Mô phỏng của NASA, vật lý trong game</translation>
    </message>
    <message>
        <source>Every step needs every body's position from the step before: shared memory and a barrier are cheaper than sending all positions around.</source>
        <translation>Mỗi bước cần vị trí của mọi vật thể từ bước trước: bộ nhớ dùng chung và một rào chắn (barrier) rẻ hơn việc gửi toàn bộ vị trí qua lại.</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>PostgreSQL (a process per connection), MySQL (threads)</source>
        <translation>PostgreSQL (mỗi kết nối một tiến trình), MySQL (luồng)</translation>
    </message>
    <message>
        <source>PostgreSQL keeps each session in its own process for isolation; MySQL gives each connection a thread to share its buffer pool cheaply.</source>
        <translation>PostgreSQL đặt mỗi phiên làm việc trong một tiến trình riêng để cách ly; MySQL cho mỗi kết nối một luồng để dùng chung vùng đệm (buffer pool) với chi phí thấp.</translation>
    </message>
    <message>
        <source>Virtual machines and containers</source>
        <translation>Máy ảo và container</translation>
    </message>
    <message>
        <source>VMware, Docker</source>
        <translation>VMware, Docker</translation>
    </message>
    <message>
        <source>Isolation is the whole point: each VM or container is one or more processes that the kernel keeps apart (namespaces, cgroups).</source>
        <translation>Cách ly chính là mục đích: mỗi máy ảo hay container là một hoặc nhiều tiến trình được nhân hệ điều hành tách biệt (namespaces, cgroups).</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Đa luồng</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Đa tiến trình</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Cả hai</translation>
    </message>
    <message>
        <source>Web server (HTTP on loopback)</source>
        <translation>Máy chủ web (HTTP trên loopback)</translation>
    </message>
    <message>
        <source>Physics: n-body</source>
        <translation>Vật lý: bài toán n vật thể</translation>
    </message>
    <message>
        <source>Compiler: build many files</source>
        <translation>Trình biên dịch: dịch nhiều tệp</translation>
    </message>
    <message>
        <source>Parallel downloads</source>
        <translation>Tải song song</translation>
    </message>
    <message>
        <source>Big data: map-reduce word count</source>
        <translation>Dữ liệu lớn: đếm từ kiểu map-reduce</translation>
    </message>
    <message>
        <source>Rendering: Mandelbrot tiles</source>
        <translation>Dựng hình: các ô Mandelbrot</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>luồng</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>tiến trình</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>vòng lặp sự kiện</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::AppsPage</name>
    <message>
        <source>Twelve workloads</source>
        <translation>Mười hai bài toán</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Thread or process? %1</source>
        <translation>Luồng hay tiến trình? %1</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>Đúng: %1.</translation>
    </message>
    <message>
        <source>Not quite: real systems use %1.</source>
        <translation>Chưa đúng: các hệ thống thực tế dùng %1.</translation>
    </message>
    <message>
        <source>Choose an answer; the explanation follows.</source>
        <translation>Hãy chọn một câu trả lời; lời giải thích sẽ hiện ra.</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 right</source>
        <translation>Đã trả lời %1/%2, đúng %3</translation>
    </message>
    <message>
        <source>Measuring the speed-up…</source>
        <translation>Đang đo mức tăng tốc…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <source>Cancelled: every worker was stopped and reaped.</source>
        <translation>Đã hủy: mọi worker đã được dừng và thu hồi.</translation>
    </message>
    <message>
        <source>Stopped at the time limit: every worker was stopped and reaped.</source>
        <translation>Dừng vì hết thời gian cho phép: mọi worker đã được dừng và thu hồi.</translation>
    </message>
    <message>
        <source>The loopback port is already in use by another program.</source>
        <translation>Cổng loopback đang được một chương trình khác sử dụng.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n worker(s)</source>
        <translation>
            <numerusform>%1, %2, %n worker</numerusform>
        </translation>
    </message>
    <message>
        <source>Wall time: %1 s</source>
        <translation>Thời gian thực: %1 s</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>yêu cầu/s</translation>
    </message>
    <message>
        <source>files/s</source>
        <translation>tệp/s</translation>
    </message>
    <message>
        <source>words/s</source>
        <translation>từ/s</translation>
    </message>
    <message>
        <source>pixels/s</source>
        <translation>điểm ảnh/s</translation>
    </message>
    <message>
        <source>body-steps/s</source>
        <translation>vật-bước/s</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>tin nhắn/s</translation>
    </message>
    <message>
        <source>Throughput: %1 %2</source>
        <translation>Thông lượng: %1 %2</translation>
    </message>
    <message>
        <source>CPU: %1 % (100 % = one core busy)</source>
        <translation>CPU: %1 % (100 % = một lõi bận)</translation>
    </message>
    <message>
        <source>Peak resident memory: %1 MB</source>
        <translation>Bộ nhớ thường trú cao nhất: %1 MB</translation>
    </message>
    <message>
        <source>Checksum: %1 (the same in every mode for the same size)</source>
        <translation>Tổng kiểm tra: %1 (giống nhau ở mọi chế độ với cùng khối lượng)</translation>
    </message>
    <message>
        <source>Latency: median %1 ms, 99th percentile %2 ms</source>
        <translation>Độ trễ: trung vị %1 ms, phân vị 99 là %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>One thread crashed (SIGSEGV): the whole process died with its %n thread(s); nothing was returned. (It ran in a sacrificial child process, so ptlab survived.)</source>
        <translation>
            <numerusform>Một luồng bị sập (SIGSEGV): cả tiến trình chết cùng %n luồng của nó; không có kết quả nào trả về. (Nó chạy trong một tiến trình con hy sinh, nên ptlab vẫn sống.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Result checked: correct.</source>
        <translation>Đã kiểm tra kết quả: đúng.</translation>
    </message>
    <message>
        <source>Result checked: WRONG.</source>
        <translation>Đã kiểm tra kết quả: SAI.</translation>
    </message>
    <message>
        <source>Worker processes were forked without exec (pids %1). They appear on the States and Hardware pages while they run.</source>
        <translation>Các tiến trình worker được tạo bằng fork, không exec (pid %1). Chúng hiện trên trang Trạng thái và trang Phần cứng trong lúc chạy.</translation>
    </message>
    <message>
        <source>The worker threads appear on the States and Hardware pages while they run.</source>
        <translation>Các luồng worker hiện trên trang Trạng thái và trang Phần cứng trong khi chúng chạy.</translation>
    </message>
    <message>
        <source>Twelve classic applications and the model they use</source>
        <translation>Mười hai ứng dụng kinh điển và mô hình chúng dùng</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Ứng dụng</translation>
    </message>
    <message>
        <source>Thread or process?</source>
        <translation>Luồng hay tiến trình?</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Show all answers</source>
        <translation>Hiện mọi đáp án</translation>
    </message>
    <message>
        <source>Run a miniature on this machine</source>
        <translation>Chạy một bản thu nhỏ trên máy này</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Bài toán</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Số worker</translation>
    </message>
    <message>
        <source>Work size</source>
        <translation>Khối lượng</translation>
    </message>
    <message>
        <source>Scales the total work; the same size gives the same checksum in every mode</source>
        <translation>Nhân tổng khối lượng công việc; cùng khối lượng cho cùng tổng kiểm tra ở mọi chế độ</translation>
    </message>
    <message>
        <source>One worker crashes (SIGSEGV)</source>
        <translation>Một worker bị sập (SIGSEGV)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Measure speed-up</source>
        <translation>Đo mức tăng tốc</translation>
    </message>
    <message>
        <source>1 … 2× the hardware threads, three runs each; the median is plotted</source>
        <translation>Từ 1 đến 2× số luồng phần cứng, mỗi mức chạy ba lần; vẽ trung vị</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose a workload and a mode, then Run. Every figure is measured now.</source>
        <translation>Chọn bài toán và chế độ rồi bấm Chạy. Mọi con số đều được đo ngay lúc này.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker process(es) died of SIGSEGV.</source>
        <translation>
            <numerusform>%n tiến trình worker chết vì SIGSEGV.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other processes kept serving; %1 requests failed.</source>
        <translation>Các tiến trình khác vẫn tiếp tục phục vụ; %1 yêu cầu thất bại.</translation>
    </message>
    <message>
        <source>The other processes were not affected, and the supervisor redid the lost part: the result is complete.</source>
        <translation>Các tiến trình khác không bị ảnh hưởng, và tiến trình giám sát đã làm lại phần bị mất: kết quả vẫn đầy đủ.</translation>
    </message>
    <message>
        <source>The result is incomplete: the others could not go on without its part and were stopped.</source>
        <translation>Kết quả không đầy đủ: các worker khác không thể tiếp tục khi thiếu phần của nó nên đã bị dừng.</translation>
    </message>
    <message>
        <source>Real systems: %1.</source>
        <translation>Hệ thống thực tế: %1.</translation>
    </message>
    <message>
        <source>No miniature of this one yet.</source>
        <translation>Chưa có bản thu nhỏ cho bài toán này.</translation>
    </message>
    <message>
        <source>Miniature: %1.</source>
        <translation>Bản thu nhỏ: %1.</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::SpeedupChart</name>
    <message>
        <source>workers (threads or processes)</source>
        <translation>số worker (luồng hoặc tiến trình)</translation>
    </message>
    <message>
        <source>speed-up ×</source>
        <translation>tăng tốc ×</translation>
    </message>
    <message>
        <source>measured (median)</source>
        <translation>đo được (trung vị)</translation>
    </message>
    <message>
        <source>Each bar spans the slowest to the fastest run.</source>
        <translation>Mỗi thanh trải từ lần chạy chậm nhất đến lần nhanh nhất.</translation>
    </message>
    <message>
        <source>Amdahl fit, serial fraction %1</source>
        <translation>Khớp Amdahl, phần tuần tự %1</translation>
    </message>
    <message>
        <source>Amdahl fit</source>
        <translation>Khớp Amdahl</translation>
    </message>
    <message>
        <source>ideal (N times faster)</source>
        <translation>lý tưởng (nhanh gấp N lần)</translation>
    </message>
    <message numerus="yes">
        <source> %n hardware thread(s)</source>
        <translation>
            <numerusform> %n luồng phần cứng</numerusform>
        </translation>
    </message>
    <message>
        <source>Press “Measure speed-up” to run the miniature with 1 … 2× the hardware threads.</source>
        <translation>Bấm “Đo mức tăng tốc” để chạy bản thu nhỏ với 1 đến 2× số luồng phần cứng.</translation>
    </message>
    <message>
        <source>Estimated serial fraction f = %1 (Amdahl: S(N) = 1 / (f + (1 − f)/N)).</source>
        <translation>Phần tuần tự ước lượng f = %1 (Amdahl: S(N) = 1 / (f + (1 − f)/N)).</translation>
    </message>
    <message>
        <source>No number of workers can beat %1×.</source>
        <translation>Không số worker nào vượt được %1×.</translation>
    </message>
    <message numerus="yes">
        <source>Beyond %n hardware thread(s), extra workers only take turns on the same cores.</source>
        <translation>
            <numerusform>Quá %n luồng phần cứng, worker thêm vào chỉ thay phiên nhau trên cùng các lõi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Đang đo…</translation>
    </message>
</context>
</TS>