<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ExerciseTexts</name>
    <message>
        <source>Exercises</source>
        <translation>Bài tập</translation>
    </message>
    <message>
        <source>Predict a measurement, then let ptlab run the experiment and show the answer</source>
        <translation>Dự đoán một số đo, rồi để ptlab chạy thí nghiệm và cho xem đáp án</translation>
    </message>
    <message>
        <source>Exercise answered: the measurement is beside your prediction.</source>
        <translation>Đã có đáp án: số đo nằm cạnh dự đoán của bạn.</translation>
    </message>
    <message>
        <source>fork() from a large process against posix_spawn()</source>
        <translation>fork() từ một tiến trình lớn so với posix_spawn()</translation>
    </message>
    <message>
        <source>A context switch: threads against processes</source>
        <translation>Chuyển ngữ cảnh: luồng so với tiến trình</translation>
    </message>
    <message>
        <source>CPU time on one shared CPU</source>
        <translation>Thời gian CPU trên một CPU dùng chung</translation>
    </message>
    <message>
        <source>How many CPUs busy threads keep busy</source>
        <translation>Các luồng bận tính toán giữ bận bao nhiêu CPU</translation>
    </message>
    <message>
        <source>Data-parallel training: throughput with more workers</source>
        <translation>Huấn luyện song song dữ liệu: thông lượng khi thêm worker</translation>
    </message>
    <message>
        <source>Reformat time against the size of the book</source>
        <translation>Thời gian định dạng lại theo độ dài cuốn sách</translation>
    </message>
    <message>
        <source>Speed-up of the Mandelbrot miniature</source>
        <translation>Mức tăng tốc của bản thu nhỏ Mandelbrot</translation>
    </message>
    <message>
        <source>ptlab grows its resident memory by {mib} MiB, then starts a child with fork (the child exits at once) and another with posix_spawn of /bin/true. How many times longer than posix_spawn does fork take?</source>
        <translation>ptlab tăng bộ nhớ thường trú của nó thêm {mib} MiB, rồi tạo một tiến trình con bằng fork (tiến trình con thoát ngay) và một tiến trình con khác bằng posix_spawn chạy /bin/true. fork mất thời gian gấp bao nhiêu lần posix_spawn?</translation>
    </message>
    <message>
        <source>Two threads pinned to the same CPU pass one number back and forth through two pipes, {loops} times; then two processes do the same. How many times as long as a round trip between the threads does a round trip between the processes take?</source>
        <translation>Hai luồng được ghim vào cùng một CPU chuyền qua lại một con số qua hai ống (pipe), {loops} lần; sau đó hai tiến trình làm đúng như vậy. Một lượt đi về giữa hai tiến trình mất thời gian gấp bao nhiêu lần một lượt đi về giữa hai luồng?</translation>
    </message>
    <message>
        <source>ptlab starts {threads} CPU-bound threads, not pinned, for {seconds} s. On this machine, how many CPUs do they keep busy on average (their CPU time divided by the wall time)?</source>
        <translation>ptlab khởi chạy {threads} luồng nặng CPU, không ghim, trong {seconds} s. Trên máy này, trung bình chúng giữ bận bao nhiêu CPU (thời gian CPU của chúng chia cho thời gian thực)?</translation>
    </message>
    <message>
        <source>ptlab trains its small model (4 layers of 256) with a global batch of {batch} samples, once with 1 worker and once with {workers} data-parallel workers that sum their gradients with a ring all-reduce. How many times the samples per second of 1 worker do {workers} workers reach?</source>
        <translation>ptlab huấn luyện mô hình nhỏ của nó (4 lớp, mỗi lớp 256) với lô toàn cục {batch} mẫu, một lần với 1 worker và một lần với {workers} worker song song dữ liệu cộng gradient của nhau bằng all-reduce vòng. {workers} worker đạt số mẫu mỗi giây gấp bao nhiêu lần 1 worker?</translation>
    </message>
    <message>
        <source>The word processor reformats a whole book (line breaking, justification, pagination) after every edit. ptlab reformats a book of {pages} pages, then one of {bigger} pages. How many times as long does the bigger book take?</source>
        <translation>Trình soạn thảo định dạng lại cả cuốn sách (ngắt dòng, căn đều hai bên, phân trang) sau mỗi lần sửa. ptlab định dạng lại một cuốn {pages} trang, rồi một cuốn {bigger} trang. Cuốn lớn hơn mất thời gian gấp bao nhiêu lần?</translation>
    </message>
    <message>
        <source>The Mandelbrot miniature renders the same frames twice, split among worker {mode|threads|processes}: once with 1 worker, once with {workers}. What speed-up do {workers} workers give (the time with 1 worker divided by the time with {workers})?</source>
        <translation>Bản thu nhỏ Mandelbrot vẽ cùng những khung hình hai lần, chia cho các worker là {mode|luồng|tiến trình}: một lần với 1 worker, một lần với {workers}. {workers} worker cho mức tăng tốc bao nhiêu (thời gian với 1 worker chia cho thời gian với {workers})?</translation>
    </message>
    <message>
        <source>A round trip took {threads_us} µs between the threads and {processes_us} µs between the processes (medians, both pinned to one CPU): a ratio of {measured}. Each round trip is two context switches: the writer blocks reading its pipe (Running → Waiting), the kernel switches to the other task and back. The system calls and the scheduler&apos;s work are the same for both; between processes the switch also changes the address space, which costs a little more on some CPUs and almost nothing on others.</source>
        <translation>Một lượt đi về mất {threads_us} µs giữa hai luồng và {processes_us} µs giữa hai tiến trình (trung vị, cả hai cùng ghim vào một CPU): tỉ lệ {measured}. Mỗi lượt đi về là hai lần chuyển ngữ cảnh: bên ghi bị chặn khi đọc ống của mình (Đang chạy → Đang chờ), nhân hệ điều hành chuyển sang tác vụ kia rồi chuyển lại. Các lời gọi hệ thống và phần việc của bộ lập lịch như nhau ở cả hai; giữa hai tiến trình, lần chuyển còn đổi cả không gian địa chỉ, việc này tốn thêm một chút trên vài loại CPU và gần như không tốn gì trên các loại khác.</translation>
    </message>
    <message>
        <source>The {pages}-page book took {small_ms} ms ({small_pages} pages formatted), the {bigger}-page book {big_ms} ms ({big_pages} pages): {measured} times as long, for {size_ratio} times the pages. Each paragraph is broken into lines on its own, so the work grows in proportion to the text: a book twice as long freezes a single-threaded editor twice as long on every keystroke. That is why the reformat runs on a background thread that a new edit cancels and restarts.</source>
        <translation>Cuốn {pages} trang mất {small_ms} ms (định dạng ra {small_pages} trang), cuốn {bigger} trang mất {big_ms} ms ({big_pages} trang): lâu gấp {measured} lần, cho số trang gấp {size_ratio} lần. Mỗi đoạn văn được ngắt dòng riêng, nên khối lượng việc tăng theo tỉ lệ với độ dài văn bản: sách dài gấp đôi thì trình soạn thảo một luồng bị đứng lâu gấp đôi sau mỗi phím gõ. Vì thế việc định dạng lại chạy trên một luồng nền, và mỗi lần sửa mới sẽ hủy rồi khởi động lại nó.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source> CPUs</source>
        <translation> CPU</translation>
    </message>
    <message>
        <source>Within 10 % of the measurement (%1 % off): well predicted.</source>
        <translation>Lệch không quá 10 % so với số đo (lệch %1 %): dự đoán tốt.</translation>
    </message>
    <message>
        <source>Within %1 % of the measurement (%2 % off).</source>
        <translation>Lệch không quá %1 % so với số đo (lệch %2 %).</translation>
    </message>
    <message>
        <source>%1 % off the measurement: worth reading the explanation.</source>
        <translation>Lệch %1 % so với số đo: nên đọc phần giải thích.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was measured. Run it again to see the answer.</source>
        <translation>Đã hủy: chưa đo được gì. Chạy lại để xem đáp án.</translation>
    </message>
    <message>
        <source>The experiment could not run on this machine: %1</source>
        <translation>Thí nghiệm không chạy được trên máy này: %1</translation>
    </message>
    <message>
        <source>ptlab starts {threads} CPU-bound threads, all pinned to the same CPU, and lets them run for {seconds} s. How many seconds of CPU time does each thread get?</source>
        <translation>ptlab khởi chạy {threads} luồng nặng CPU, tất cả được ghim vào cùng một CPU, và cho chúng chạy trong {seconds} s. Mỗi luồng nhận được bao nhiêu giây thời gian CPU?</translation>
    </message>
    <message>
        <source>hwloc counts on this machine: packages {packages}, cores {cores}, hardware threads {pus}; the kernel lets ptlab use {cpus} of its CPUs. The {threads} threads used {total_cpu_s} s of CPU time in {wall_s} s: {measured} CPUs busy on average, out of at most {expected} (a thread runs on one hardware thread at a time, so {threads} threads keep at most min({threads}, {cpus}) CPUs busy). Less than that means other programs were busy too.</source>
        <translation>hwloc đếm được trên máy này: {packages} package, {cores} lõi, {pus} luồng phần cứng; nhân hệ điều hành cho ptlab dùng {cpus} CPU. {threads} luồng đã dùng {total_cpu_s} s thời gian CPU trong {wall_s} s: trung bình {measured} CPU bận, trên tối đa {expected} (mỗi lúc một luồng chỉ chạy trên một luồng phần cứng, nên {threads} luồng giữ bận nhiều nhất min({threads}, {cpus}) CPU). Thấp hơn mức đó nghĩa là các chương trình khác cũng đang bận.</translation>
    </message>
    <message>
        <source>1 worker trained {single_sps} samples/s, {workers} workers {data_sps} samples/s: {measured} times as many (hardware threads on this machine: {hardware_threads}). Each worker computes the gradient of {shard} samples, then every step waits for the all-reduce, in which each worker sends {sent_kib} KiB. More workers than CPUs only take turns; a smaller batch gives each worker less to compute against the same communication, so the gain shrinks. Other busy programs change the result: {workers} workers win a larger share of the CPUs from them than 1 worker does.</source>
        <translation>1 worker huấn luyện {single_sps} mẫu/s, {workers} worker {data_sps} mẫu/s: gấp {measured} lần (số luồng phần cứng của máy này: {hardware_threads}). Mỗi worker tính gradient của {shard} mẫu, rồi mỗi bước đều chờ all-reduce, trong đó mỗi worker gửi {sent_kib} KiB. Worker nhiều hơn CPU thì chỉ thay phiên nhau chạy; lô nhỏ hơn cho mỗi worker ít việc tính hơn trong khi lượng truyền thông vẫn vậy, nên mức lợi giảm đi. Các chương trình bận khác làm thay đổi kết quả: {workers} worker giành được phần CPU lớn hơn từ chúng so với 1 worker.</translation>
    </message>
    <message>
        <source>With 1 worker the frames took {wall_1_s} s, with {workers} workers {wall_n_s} s: a speed-up of {measured} (hardware threads on this machine: {hardware_threads}). Tiles of the picture are independent, so the work splits well, but workers only run at the same time on different CPUs: the speed-up cannot pass the number of CPUs ({ideal} here), and the start of the workers and the final merge are serial (Amdahl&apos;s law). Other busy programs change the result: {workers} workers win a larger share of the CPUs from them than 1 worker does.</source>
        <translation>Với 1 worker các khung hình mất {wall_1_s} s, với {workers} worker mất {wall_n_s} s: mức tăng tốc {measured} (số luồng phần cứng của máy này: {hardware_threads}). Các ô của bức ảnh độc lập với nhau nên việc chia ra rất gọn, nhưng các worker chỉ chạy cùng lúc khi ở trên các CPU khác nhau: mức tăng tốc không thể vượt số CPU (ở đây là {ideal}), và phần khởi động worker cùng bước gộp kết quả cuối là tuần tự (định luật Amdahl). Các chương trình bận khác làm thay đổi kết quả: {workers} worker giành được phần CPU lớn hơn từ chúng so với 1 worker.</translation>
    </message>
    <message>
        <source>The {threads} threads shared CPU {cpu} for {wall_s} s and got {total_cpu_s} s of CPU time together, {cpu_each_s} s each on average (from {cpu_min_s} to {cpu_max_s} s). On one CPU only one thread runs at a time: the scheduler gives each a time slice and then preempts it (Running → Ready), so each gets about 1/{threads} of the CPU. Each thread was preempted about {preemptions_each} times and ran {slice_ms} ms per turn on average. A total below {wall_s} s means other programs ran on CPU {cpu} as well: the demo threads run at nice {nice}, so programs at the usual nice 0 get the CPU first.</source>
        <translation>{threads} luồng dùng chung CPU {cpu} trong {wall_s} s và nhận tổng cộng {total_cpu_s} s thời gian CPU, trung bình mỗi luồng {cpu_each_s} s (từ {cpu_min_s} đến {cpu_max_s} s). Trên một CPU, mỗi lúc chỉ một luồng chạy: bộ lập lịch cho mỗi luồng một lát thời gian rồi giành quyền của nó (Đang chạy → Sẵn sàng), nên mỗi luồng nhận khoảng 1/{threads} CPU. Mỗi luồng bị giành quyền khoảng {preemptions_each} lần và trung bình chạy {slice_ms} ms mỗi lượt. Tổng dưới {wall_s} s nghĩa là còn chương trình khác cũng chạy trên CPU {cpu}: các luồng minh hoạ chạy với nice {nice}, nên những chương trình ở mức nice 0 thông thường được dùng CPU trước.</translation>
    </message>
    <message>
        <source>From {mib} MiB of resident memory, fork + exit + waitpid took {fork_us} µs and posix_spawn + waitpid {spawn_us} µs (the fastest of {runs} runs each): fork took {measured} times as long. fork copies the page tables of every resident page ({pages} pages of 4 KiB here) so that parent and child can share the memory copy-on-write; posix_spawn (clone with CLONE_VM | CLONE_VFORK) shares the parent&apos;s memory until the exec and copies nothing. From a small process (10 MiB) fork took {fork_small_us} µs: its cost grows with the memory.</source>
        <translation>Với {mib} MiB bộ nhớ thường trú, fork + exit + waitpid mất {fork_us} µs còn posix_spawn + waitpid mất {spawn_us} µs (lần nhanh nhất trong {runs} lần chạy mỗi loại): fork lâu gấp {measured} lần. fork sao chép bảng trang của mọi trang thường trú (ở đây {pages} trang 4 KiB) để tiến trình cha và con dùng chung bộ nhớ theo kiểu sao chép khi ghi (copy-on-write); posix_spawn (clone với CLONE_VM | CLONE_VFORK) dùng chung bộ nhớ của tiến trình cha cho đến lúc exec và không sao chép gì. Từ một tiến trình nhỏ (10 MiB), fork mất {fork_small_us} µs: chi phí của nó tăng theo bộ nhớ.</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::ExercisePanel</name>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Running the experiment on this machine…</source>
        <translation>Đang chạy thí nghiệm trên máy này…</translation>
    </message>
    <message>
        <source>Measured on this machine in %1 s.</source>
        <translation>Đã đo trên máy này trong %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Predict first, then measure: each exercise draws its numbers from the seed (the same seed always asks the same question), and ptlab answers it with a real run on this machine. %n exercise(s) for this lesson.</source>
        <translation>
            <numerusform>Dự đoán trước, đo sau: mỗi bài tập lấy các con số từ hạt giống (cùng một hạt giống luôn cho cùng một câu hỏi), và ptlab trả lời bằng một lần chạy thật trên máy này. Bài học này có %n bài tập.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Bài tập:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Hạt giống:</translation>
    </message>
    <message>
        <source>The same seed always gives the same question, on every machine</source>
        <translation>Cùng một hạt giống luôn cho cùng một câu hỏi, trên mọi máy</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>Câu hỏi &amp;mới</translation>
    </message>
    <message>
        <source>Draws another seed</source>
        <translation>Chọn một hạt giống khác</translation>
    </message>
    <message>
        <source>Your &amp;prediction:</source>
        <translation>&amp;Dự đoán của bạn:</translation>
    </message>
    <message>
        <source>&amp;Run and reveal</source>
        <translation>&amp;Chạy và xem đáp án</translation>
    </message>
    <message>
        <source>Runs the experiment for real, off the window&apos;s thread, then shows the measured answer</source>
        <translation>Chạy thí nghiệm thật, ngoài luồng của cửa sổ, rồi cho xem đáp án đo được</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Đáp án</translation>
    </message>
    <message>
        <source>You predicted</source>
        <translation>Bạn dự đoán</translation>
    </message>
    <message>
        <source>Measured now</source>
        <translation>Vừa đo được</translation>
    </message>
</context>
</TS>
