<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CompareTexts</name>
    <message>
        <source>pthread_create of a thread that returns at once, then pthread_join; wall time per pair (lmbench&apos;s lat_proc method, applied to a thread).</source>
        <translation>pthread_create một luồng trả về ngay, rồi pthread_join; đo thời gian thực của mỗi cặp (cách đo lat_proc của lmbench, áp dụng cho luồng).</translation>
    </message>
    <message>
        <source>Each variant starts a child and waits for it: fork then _exit (lmbench&apos;s fork+exit), posix_spawn of /bin/true (glibc uses clone with CLONE_VM|CLONE_VFORK), fork then execve /bin/true (lmbench&apos;s fork+exec); wall time until waitpid returns.</source>
        <translation>Mỗi phương án tạo một tiến trình con rồi chờ nó: fork rồi _exit (fork+exit của lmbench), posix_spawn /bin/true (glibc dùng clone với CLONE_VM|CLONE_VFORK), fork rồi execve /bin/true (fork+exec của lmbench); đo thời gian thực đến khi waitpid trả về.</translation>
    </message>
    <message>
        <source>ptlab maps and touches a buffer of each size, so its resident set grows by that much, then times fork+_exit+waitpid and posix_spawn(/bin/true)+waitpid. fork copies the page tables of every resident page; posix_spawn shares the parent&apos;s memory until exec.</source>
        <translation>ptlab cấp phát và chạm vào một vùng đệm theo từng kích thước, để bộ nhớ thường trú tăng đúng chừng đó, rồi đo fork+_exit+waitpid và posix_spawn(/bin/true)+waitpid. fork sao chép bảng trang của mọi trang thường trú; posix_spawn dùng chung bộ nhớ của tiến trình cha cho đến lúc exec.</translation>
    </message>
    <message>
        <source>A thread or child process waits on a pipe; the clock starts when ptlab asks it to end (a byte on the pipe, or SIGKILL for a process) and stops when pthread_join or waitpid returns.</source>
        <translation>Một luồng hoặc tiến trình con chờ trên một pipe; đồng hồ bắt đầu khi ptlab yêu cầu nó kết thúc (một byte qua pipe, hoặc SIGKILL với tiến trình) và dừng khi pthread_join hoặc waitpid trả về.</translation>
    </message>
    <message>
        <source>The method of perf bench sched pipe: two tasks and two pipes, one integer written and read back per loop; the figure is microseconds per loop, which is two context switches when both tasks share one CPU.</source>
        <translation>Cách đo của perf bench sched pipe: hai tác vụ và hai pipe, mỗi vòng ghi một số nguyên rồi đọc lại; con số là micro giây mỗi vòng, tức hai lần chuyển ngữ cảnh khi hai tác vụ dùng chung một CPU.</translation>
    </message>
    <message>
        <source>For each size one task streams messages to the other and waits for a one-byte acknowledgement (bandwidth, MB/s); then messages go there and back (latency, half the round trip). The ring is 256 KiB of shared memory with atomic head and tail; its reader spins briefly, then sleeps on a futex.</source>
        <translation>Với mỗi kích thước, một tác vụ gửi liên tục thông điệp sang tác vụ kia rồi chờ một byte xác nhận (băng thông, MB/s); sau đó thông điệp đi và về (độ trễ, nửa vòng khứ hồi). Vòng đệm là 256 KiB bộ nhớ dùng chung với đầu và cuối nguyên tử; bên đọc quay chờ một chút rồi ngủ trên futex.</translation>
    </message>
    <message>
        <source>ptlab starts %1 threads (or forks %1 children) that wait on a pipe and reads /proc/PID/smaps_rollup: per extra thread, ptlab&apos;s growth; per extra process, the child&apos;s RSS, and its PSS plus the change in ptlab&apos;s PSS (shared pages are split).</source>
        <translation>ptlab tạo %1 luồng (hoặc fork %1 tiến trình con) chờ trên một pipe và đọc /proc/PID/smaps_rollup: mỗi luồng thêm là phần ptlab tăng lên; mỗi tiến trình thêm là RSS của tiến trình con, và PSS của nó cộng phần PSS của ptlab thay đổi (trang dùng chung được chia đều).</translation>
    </message>
    <message>
        <source>A forked child raises SIGSEGV while a sibling child waits: ptlab reaps the crash and checks that the sibling and itself still run. Then a sacrificial child starts a thread that raises SIGSEGV: the whole child process ends, its main thread included. ptlab itself never crashes.</source>
        <translation>Một tiến trình con tự gây SIGSEGV trong khi một tiến trình con khác chờ: ptlab thu dọn tiến trình bị sập và kiểm tra rằng tiến trình kia và chính nó vẫn chạy. Sau đó một tiến trình con hi sinh tạo một luồng gây SIGSEGV: cả tiến trình con kết thúc, kể cả luồng chính. ptlab không bao giờ bị sập.</translation>
    </message>
    <message>
        <source>A variable is set to 0; a thread writes a new value and is joined; a forked child writes the same variable and is reaped; a child writes into a shared page. Each time ptlab reads the value back (1: it sees the write).</source>
        <translation>Một biến được đặt bằng 0; một luồng ghi giá trị mới rồi được join; một tiến trình con (fork) ghi cùng biến đó rồi được thu dọn; một tiến trình con ghi vào một trang dùng chung. Mỗi lần ptlab đọc lại giá trị (1: thấy được giá trị đã ghi).</translation>
    </message>
    <message>
        <source>A counting task runs beside a task that computes, then blocks in read() on a pipe until the hold time has passed. Shown: the counter&apos;s pace while the other is blocked, in percent of its pace before, for two processes, two kernel threads and two user-level threads (C++ coroutines on one kernel thread, the many-to-one model).</source>
        <translation>Một tác vụ đếm chạy cạnh một tác vụ tính toán, rồi tác vụ này bị chặn ở read() trên một pipe cho đến hết thời gian giữ. Hiển thị: nhịp đếm trong lúc tác vụ kia bị chặn, tính theo phần trăm nhịp trước đó, với hai tiến trình, hai luồng mức nhân và hai luồng mức người dùng (coroutine C++ trên một luồng mức nhân, mô hình nhiều-một).</translation>
    </message>
    <message>
        <source>%1 threads each add 1 to a shared counter %2 times: as a separate read and write (racy), with an atomic fetch_add, and under a mutex; lost updates = expected total − final value.</source>
        <translation>%1 luồng, mỗi luồng cộng 1 vào một bộ đếm dùng chung %2 lần: bằng đọc và ghi tách rời (có tranh chấp), bằng fetch_add nguyên tử, và dưới một mutex; số lần cập nhật bị mất = tổng mong đợi − giá trị cuối.</translation>
    </message>
    <message>
        <source>Task 1 locks A, then wants B; task 2 locks B, then wants A. A monitor reads the wait-for graph every millisecond; on a cycle it waits a moment (so the tasks can be seen Waiting), then tells task 2 to back off: it releases B, task 1 finishes, and task 2 retries taking both locks in one global order.</source>
        <translation>Tác vụ 1 khóa A rồi muốn B; tác vụ 2 khóa B rồi muốn A. Một bộ giám sát đọc đồ thị chờ mỗi mili giây; khi thấy chu trình, nó đợi một lúc (để thấy hai tác vụ ở trạng thái Đang chờ), rồi bảo tác vụ 2 lùi lại: tác vụ 2 nhả B, tác vụ 1 chạy xong, và tác vụ 2 thử lại, lấy cả hai khóa theo một thứ tự chung.</translation>
    </message>
    <message>
        <source>A fixed CPU-bound job is split evenly over 1, 2, 4 … threads; throughput is work units per second of wall time, shown with the involuntary context switches the threads suffered (getrusage).</source>
        <translation>Một khối việc nặng CPU cố định được chia đều cho 1, 2, 4 … luồng; thông lượng là số đơn vị việc mỗi giây thời gian thực, kèm số lần chuyển ngữ cảnh không tự nguyện mà các luồng phải chịu (getrusage).</translation>
    </message>
    <message>
        <source>When one blocks</source>
        <translation>Khi một tác vụ bị chặn</translation>
    </message>
    <message>
        <source>The course: a blocked process does not hold up the other processes; if a user-level thread blocks, all the other user-level threads block too.</source>
        <translation>Bài học: một tiến trình bị chặn không làm các tiến trình khác dừng theo; nếu một luồng mức người dùng bị chặn thì mọi luồng mức người dùng khác cũng bị chặn.</translation>
    </message>
    <message>
        <source>a process blocks: its sibling keeps</source>
        <translation>một tiến trình bị chặn: tiến trình bên cạnh giữ được</translation>
    </message>
    <message>
        <source>a kernel thread blocks: its sibling keeps</source>
        <translation>một luồng mức nhân bị chặn: luồng bên cạnh giữ được</translation>
    </message>
    <message>
        <source>a user-level thread blocks: its sibling keeps</source>
        <translation>một luồng mức người dùng bị chặn: luồng bên cạnh giữ được</translation>
    </message>
    <message>
        <source>while one task was blocked in read(), its sibling kept %1 % of its pace as a process, %2 % as a kernel thread, and %3 % as a user-level thread</source>
        <translation>trong lúc một tác vụ bị chặn ở read(), tác vụ bên cạnh giữ được %1 % nhịp làm việc nếu là tiến trình, %2 % nếu là luồng mức nhân, và %3 % nếu là luồng mức người dùng</translation>
    </message>
    <message>
        <source>Above 100 %: the CPU time the blocked task left went to its sibling.</source>
        <translation>Trên 100 %: thời gian CPU mà tác vụ bị chặn để lại đã chuyển sang tác vụ bên cạnh.</translation>
    </message>
    <message>
        <source>Linux threads are kernel threads (one-to-one), so a blocked thread does not stop its siblings either; only the many-to-one model, where the kernel sees one thread, blocks them all.</source>
        <translation>Luồng của Linux là luồng mức nhân (mô hình một-một), nên một luồng bị chặn cũng không làm các luồng khác dừng; chỉ mô hình nhiều-một, nơi nhân hệ điều hành chỉ thấy một luồng, mới chặn tất cả.</translation>
    </message>
    <message>
        <source>message size, bytes</source>
        <translation>kích thước thông điệp, byte</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>luồng</translation>
    </message>
    <message>
        <source>resident memory of ptlab before fork, MiB</source>
        <translation>bộ nhớ thường trú của ptlab trước khi fork, MiB</translation>
    </message>
    <message>
        <source>No variant could run here.</source>
        <translation>Không phương án nào chạy được trên máy này.</translation>
    </message>
    <message>
        <source>Creation time</source>
        <translation>Thời gian tạo</translation>
    </message>
    <message>
        <source>Termination time</source>
        <translation>Thời gian kết thúc</translation>
    </message>
    <message>
        <source>Context switch</source>
        <translation>Chuyển ngữ cảnh</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Giao tiếp</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Độ nặng</translation>
    </message>
    <message>
        <source>Isolation on a crash</source>
        <translation>Cô lập khi bị lỗi</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Chia sẻ dữ liệu</translation>
    </message>
    <message>
        <source>Drawback: race on shared data</source>
        <translation>Nhược điểm: tranh chấp dữ liệu dùng chung</translation>
    </message>
    <message>
        <source>Drawback: deadlock</source>
        <translation>Nhược điểm: bế tắc (deadlock)</translation>
    </message>
    <message>
        <source>Drawback: too many threads</source>
        <translation>Nhược điểm: quá nhiều luồng</translation>
    </message>
    <message>
        <source>The course: a process takes longer to create; a thread is quicker to create.</source>
        <translation>Bài học: tạo tiến trình mất nhiều thời gian hơn; tạo luồng nhanh hơn.</translation>
    </message>
    <message>
        <source>The course: a process takes longer to end than a thread.</source>
        <translation>Bài học: tiến trình kết thúc lâu hơn luồng.</translation>
    </message>
    <message>
        <source>The course: switching between processes costs more than switching between threads.</source>
        <translation>Bài học: chuyển ngữ cảnh giữa các tiến trình tốn hơn giữa các luồng.</translation>
    </message>
    <message>
        <source>The course: threads communicate more efficiently than processes.</source>
        <translation>Bài học: các luồng giao tiếp với nhau hiệu quả hơn các tiến trình.</translation>
    </message>
    <message>
        <source>The course: each process runs in memory of its own; threads share their process&apos;s memory.</source>
        <translation>Bài học: mỗi tiến trình chạy trong vùng nhớ riêng; các luồng dùng chung bộ nhớ của tiến trình chứa chúng.</translation>
    </message>
    <message>
        <source>The course: a process is heavier than a thread, which shares code, data and resources.</source>
        <translation>Bài học: tiến trình nặng hơn luồng, vì luồng dùng chung mã, dữ liệu và tài nguyên.</translation>
    </message>
    <message>
        <source>The course: processes are isolated from each other; threads are not, so one faulty thread affects its whole process.</source>
        <translation>Bài học: các tiến trình cô lập với nhau; các luồng thì không, nên một luồng lỗi ảnh hưởng cả tiến trình.</translation>
    </message>
    <message>
        <source>The course: processes do not share data with each other; threads do.</source>
        <translation>Bài học: các tiến trình không chia sẻ dữ liệu với nhau; các luồng thì có.</translation>
    </message>
    <message>
        <source>The course: threads share memory without protection, so one can overwrite another&apos;s data.</source>
        <translation>Bài học: các luồng dùng chung bộ nhớ mà không được bảo vệ, nên luồng này có thể ghi đè dữ liệu của luồng kia.</translation>
    </message>
    <message>
        <source>The course: badly managed resources can deadlock tasks, which then stop making progress.</source>
        <translation>Bài học: quản lý tài nguyên không tốt có thể gây bế tắc, các tác vụ không tiến triển được nữa.</translation>
    </message>
    <message>
        <source>The course: creating too many threads can slow the system down.</source>
        <translation>Bài học: tạo quá nhiều luồng có thể làm hệ thống chậm đi.</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>ống (pipe)</translation>
    </message>
    <message>
        <source>Unix socket</source>
        <translation>socket Unix</translation>
    </message>
    <message>
        <source>shared-memory ring</source>
        <translation>vòng đệm bộ nhớ chung</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>tiến trình</translation>
    </message>
    <message>
        <source>processes, latency</source>
        <translation>tiến trình, độ trễ</translation>
    </message>
    <message>
        <source>threads, latency</source>
        <translation>luồng, độ trễ</translation>
    </message>
    <message>
        <source>fork + exit</source>
        <translation>fork + exit</translation>
    </message>
    <message>
        <source>posix_spawn</source>
        <translation>posix_spawn</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>thông lượng</translation>
    </message>
    <message>
        <source>involuntary switches</source>
        <translation>lần bị giành quyền</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>thread: create + join</source>
        <translation>luồng: tạo + join</translation>
    </message>
    <message>
        <source>process: fork + exit</source>
        <translation>tiến trình: fork + exit</translation>
    </message>
    <message>
        <source>process: posix_spawn</source>
        <translation>tiến trình: posix_spawn</translation>
    </message>
    <message>
        <source>process: fork + exec</source>
        <translation>tiến trình: fork + exec</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>luồng</translation>
    </message>
    <message>
        <source>process: exit</source>
        <translation>tiến trình: exit</translation>
    </message>
    <message>
        <source>process: SIGKILL</source>
        <translation>tiến trình: SIGKILL</translation>
    </message>
    <message>
        <source>threads, one CPU</source>
        <translation>luồng, cùng một CPU</translation>
    </message>
    <message>
        <source>processes, one CPU</source>
        <translation>tiến trình, cùng một CPU</translation>
    </message>
    <message>
        <source>threads, any CPU</source>
        <translation>luồng, CPU bất kỳ</translation>
    </message>
    <message>
        <source>processes, any CPU</source>
        <translation>tiến trình, CPU bất kỳ</translation>
    </message>
    <message>
        <source>perf bench (processes)</source>
        <translation>perf bench (tiến trình)</translation>
    </message>
    <message>
        <source>perf bench -T (threads)</source>
        <translation>perf bench -T (luồng)</translation>
    </message>
    <message>
        <source>thread, RSS</source>
        <translation>luồng, RSS</translation>
    </message>
    <message>
        <source>thread, PSS</source>
        <translation>luồng, PSS</translation>
    </message>
    <message>
        <source>process, RSS</source>
        <translation>tiến trình, RSS</translation>
    </message>
    <message>
        <source>process, PSS</source>
        <translation>tiến trình, PSS</translation>
    </message>
    <message>
        <source>a process crashed: the others go on</source>
        <translation>một tiến trình bị lỗi: các tiến trình khác vẫn chạy</translation>
    </message>
    <message>
        <source>a thread crashed: its process goes on</source>
        <translation>một luồng bị lỗi: tiến trình của nó vẫn chạy</translation>
    </message>
    <message>
        <source>forked child&apos;s write seen</source>
        <translation>thấy giá trị tiến trình con (fork) ghi</translation>
    </message>
    <message>
        <source>shared memory: child&apos;s write seen</source>
        <translation>bộ nhớ chung: thấy giá trị tiến trình con ghi</translation>
    </message>
    <message>
        <source>no lock</source>
        <translation>không khóa</translation>
    </message>
    <message>
        <source>atomic fetch_add</source>
        <translation>fetch_add nguyên tử</translation>
    </message>
    <message>
        <source>mutex</source>
        <translation>mutex</translation>
    </message>
    <message>
        <source>formed → detected</source>
        <translation>hình thành → phát hiện</translation>
    </message>
    <message>
        <source>back-off → finished</source>
        <translation>nhường khóa → xong</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 luồng</translation>
    </message>
    <message>
        <source>thread&apos;s write seen</source>
        <translation>thấy giá trị luồng ghi</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>lost updates</source>
        <translation>lần cập nhật bị mất</translation>
    </message>
    <message>
        <source>share of runs</source>
        <translation>tỉ lệ số lần chạy</translation>
    </message>
    <message>
        <source>M units/s</source>
        <translation>triệu đơn vị/s</translation>
    </message>
    <message>
        <source>switches</source>
        <translation>lần chuyển</translation>
    </message>
    <message>
        <source>%1: could not run here: %2</source>
        <translation>%1: không chạy được trên máy này: %2</translation>
    </message>
    <message>
        <source>%1: no sample</source>
        <translation>%1: không có mẫu</translation>
    </message>
    <message>
        <source>%1: median %2 %3 (min %4, p95 %5, mean %6, n %7)</source>
        <translation>%1: trung vị %2 %3 (nhỏ nhất %4, p95 %5, trung bình %6, n %7)</translation>
    </message>
    <message>
        <source>Not enough results for a verdict.</source>
        <translation>Chưa đủ kết quả để kết luận.</translation>
    </message>
    <message>
        <source>fork + exit took %1 µs, a thread %2 µs: %3× as long</source>
        <translation>fork + exit mất %1 µs, một luồng mất %2 µs: lâu gấp %3 lần</translation>
    </message>
    <message>
        <source>; fork + exec %1×</source>
        <translation>; fork + exec gấp %1 lần</translation>
    </message>
    <message>
        <source>Confirmed: %1.</source>
        <translation>Đúng: %1.</translation>
    </message>
    <message>
        <source>About the same here: %1.</source>
        <translation>Trên máy này gần như ngang nhau: %1.</translation>
    </message>
    <message>
        <source>Contradicted here: %1.</source>
        <translation>Trên máy này thì ngược lại: %1.</translation>
    </message>
    <message>
        <source>a process ended in %1 µs, a thread in %2 µs (%3×)</source>
        <translation>một tiến trình kết thúc trong %1 µs, một luồng trong %2 µs (gấp %3 lần)</translation>
    </message>
    <message>
        <source>on one CPU a round trip took %1 µs between processes and %2 µs between threads (%3×)</source>
        <translation>trên cùng một CPU, một lượt đi-về mất %1 µs giữa hai tiến trình và %2 µs giữa hai luồng (gấp %3 lần)</translation>
    </message>
    <message>
        <source>About the same here: %1. On Linux both are tasks to the scheduler; a process switch also changes the address space.</source>
        <translation>Trên máy này gần như ngang nhau: %1. Trên Linux, với bộ lập lịch cả hai đều là tác vụ; chuyển tiến trình còn phải đổi không gian địa chỉ.</translation>
    </message>
    <message>
        <source>Partly: with 64 KiB messages, threads sharing memory moved %1 MB/s and processes through a pipe %2 MB/s, but processes sharing memory reached %3 MB/s. The gain comes from sharing memory, which processes can do too.</source>
        <translation>Đúng một phần: với thông điệp 64 KiB, hai luồng dùng bộ nhớ chung chuyển được %1 MB/s, hai tiến trình qua pipe %2 MB/s, nhưng hai tiến trình dùng bộ nhớ chung đạt %3 MB/s. Lợi thế đến từ việc dùng chung bộ nhớ, điều mà tiến trình cũng làm được.</translation>
    </message>
    <message>
        <source>an extra process cost %1 KiB (PSS), an extra thread %2 KiB</source>
        <translation>thêm một tiến trình tốn %1 KiB (PSS), thêm một luồng tốn %2 KiB</translation>
    </message>
    <message>
        <source>Not confirmed here: %1.</source>
        <translation>Trên máy này chưa thấy đúng: %1.</translation>
    </message>
    <message>
        <source>The heavier the process, the dearer its fork: %1 µs from %2 MiB, %3 µs from %4 MiB</source>
        <translation>Tiến trình càng nặng, fork càng tốn: %1 µs khi có %2 MiB, %3 µs khi có %4 MiB</translation>
    </message>
    <message>
        <source>; posix_spawn stayed near %1–%2 µs</source>
        <translation>; posix_spawn vẫn ở khoảng %1–%2 µs</translation>
    </message>
    <message>
        <source>The child died of signal %1 (SIGSEGV is 11); ptlab and the sibling process kept running</source>
        <translation>Tiến trình con chết vì tín hiệu %1 (SIGSEGV là 11); ptlab và tiến trình anh em vẫn chạy</translation>
    </message>
    <message>
        <source>; the crashing thread took its whole process down with it</source>
        <translation>; luồng bị lỗi kéo theo cả tiến trình của nó</translation>
    </message>
    <message>
        <source>; the crashing thread&apos;s process went on (unexpected)</source>
        <translation>; tiến trình của luồng bị lỗi vẫn chạy (không như dự kiến)</translation>
    </message>
    <message>
        <source>Partly confirmed: %1.</source>
        <translation>Đúng một phần: %1.</translation>
    </message>
    <message>
        <source>the thread&apos;s write was seen in %1 % of runs, the forked child&apos;s in %2 % (copy-on-write), a write to shared memory in %3 %</source>
        <translation>giá trị luồng ghi được thấy trong %1 % số lần chạy, giá trị tiến trình con (fork) ghi trong %2 % (sao chép khi ghi), giá trị ghi vào bộ nhớ chung trong %3 %</translation>
    </message>
    <message>
        <source>No update was lost this time: the threads hardly overlapped. Measure again, or with the machine busy.</source>
        <translation>Lần này không mất cập nhật nào: các luồng hầu như không chạy chồng lên nhau. Hãy đo lại, hoặc đo khi máy đang bận.</translation>
    </message>
    <message>
        <source>Confirmed: both tasks waited for the lock the other held; the cycle was found %1 µs after it formed, and after task 2 backed off both finished (%2 of %3 runs resolved).</source>
        <translation>Đúng: hai tác vụ chờ khóa mà tác vụ kia đang giữ; chu trình được phát hiện %1 µs sau khi hình thành, và sau khi tác vụ 2 nhường khóa thì cả hai đều xong (%2 trong %3 lần được gỡ).</translation>
    </message>
    <message>
        <source>throughput peaked with %1 threads on %2 CPUs; %3 threads reached %4 % of that peak</source>
        <translation>thông lượng cao nhất với %1 luồng trên %2 CPU; %3 luồng đạt %4 % mức cao nhất đó</translation>
    </message>
    <message>
        <source>Mostly not here: %1; more threads than CPUs add waiting, not work.</source>
        <translation>Trên máy này hầu như không: %1; nhiều luồng hơn số CPU chỉ thêm thời gian chờ, không thêm việc.</translation>
    </message>
    <message>
        <source>Confirmed: without a lock up to %1 of %2 updates were lost in a run (median %3); with fetch_add or a mutex, %4.</source>
        <translation>Đúng: không có khóa, mỗi lần chạy mất tới %1 trong %2 lần cập nhật (trung vị %3); với fetch_add hoặc mutex: %4.</translation>
    </message>
    <message>
        <source>; posix_spawn %1×</source>
        <translation>; posix_spawn gấp %1 lần</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::ComparePage</name>
    <message>
        <source>Process vs thread</source>
        <translation>Tiến trình và luồng</translation>
    </message>
    <message>
        <source>Waiting to be measured…</source>
        <translation>Đang chờ đến lượt đo…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Measuring… (%1)</source>
        <translation>Đang đo… (%1)</translation>
    </message>
    <message>
        <source>Measuring %1…</source>
        <translation>Đang đo %1…</translation>
    </message>
    <message>
        <source>Cancelled: every child process was killed and reaped.</source>
        <translation>Đã hủy: mọi tiến trình con đã bị kết thúc và thu dọn.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <source>%1 could not run here: %2</source>
        <translation>%1 không chạy được trên máy này: %2</translation>
    </message>
    <message>
        <source>Not measured yet. Press Measure: it runs on this machine now.</source>
        <translation>Chưa đo. Bấm Đo: phép đo chạy ngay trên máy này.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>chưa đo</translation>
    </message>
    <message>
        <source>Measured now: %1 runs each, %2 s.</source>
        <translation>Vừa đo: mỗi phương án %1 lần, %2 giây.</translation>
    </message>
    <message>
        <source>Cancelled before the end; what was measured is shown.</source>
        <translation>Đã hủy trước khi xong; hiển thị phần đã đo được.</translation>
    </message>
    <message>
        <source>(more to come)</source>
        <translation>(còn tiếp)</translation>
    </message>
    <message>
        <source>median, %1</source>
        <translation>trung vị, %1</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>Cách đo: %1</translation>
    </message>
    <message>
        <source>a virtual machine (the CPU reports a hypervisor)</source>
        <translation>máy ảo (CPU báo có hypervisor)</translation>
    </message>
    <message>
        <source>no hypervisor reported by the CPU</source>
        <translation>CPU không báo hypervisor nào</translation>
    </message>
    <message>
        <source>systemd-detect-virt: %1</source>
        <translation>systemd-detect-virt: %1</translation>
    </message>
    <message>
        <source>Measured on this machine: %1, %2 logical CPUs, Linux %3; %4. Virtual machines make every switch and fork dearer: compare with a classmate&apos;s laptop.</source>
        <translation>Đo trên máy này: %1, %2 CPU logic, Linux %3; %4. Máy ảo làm mỗi lần chuyển ngữ cảnh và mỗi lần fork tốn hơn: hãy so với máy của bạn cùng lớp.</translation>
    </message>
    <message>
        <source>Process vs thread: each row of the course&apos;s table, measured now</source>
        <translation>Tiến trình và luồng: từng dòng của bảng trong bài, đo ngay bây giờ</translation>
    </message>
    <message>
        <source>Measure all</source>
        <translation>Đo tất cả</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Xuất JSON…</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Chưa đo gì.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Đo</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Lưu biểu đồ…</translation>
    </message>
    <message>
        <source>The preset names no row of this table: “%1”.</source>
        <translation>Thiết lập sẵn không chỉ tới dòng nào của bảng: “%1”.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Results saved to %1</source>
        <translation>Đã lưu kết quả vào %1</translation>
    </message>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation>Không lưu được biểu đồ vào %1.</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Đã lưu biểu đồ vào %1</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>Xuất kết quả dạng JSON</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Xuất kết quả dạng CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>PNG images (*.png);;PDF documents (*.pdf)</source>
        <translation>Ảnh PNG (*.png);;Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Measured now: %1 to %2 runs per variant, %3 s.</source>
        <translation>Vừa đo: mỗi phương án %1 đến %2 lần, %3 giây.</translation>
    </message>
</context>
</TS>
