<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompareTexts</name>
    <message>
        <source>pthread_create of a thread that returns at once, then pthread_join; wall time per pair (lmbench&apos;s lat_proc method, applied to a thread).</source>
        <translation>pthread_create of a thread that returns at once, then pthread_join; wall time per pair (lmbench&apos;s lat_proc method, applied to a thread).</translation>
    </message>
    <message>
        <source>Each variant starts a child and waits for it: fork then _exit (lmbench&apos;s fork+exit), posix_spawn of /bin/true (glibc uses clone with CLONE_VM|CLONE_VFORK), fork then execve /bin/true (lmbench&apos;s fork+exec); wall time until waitpid returns.</source>
        <translation>Each variant starts a child and waits for it: fork then _exit (lmbench&apos;s fork+exit), posix_spawn of /bin/true (glibc uses clone with CLONE_VM|CLONE_VFORK), fork then execve /bin/true (lmbench&apos;s fork+exec); wall time until waitpid returns.</translation>
    </message>
    <message>
        <source>ptlab maps and touches a buffer of each size, so its resident set grows by that much, then times fork+_exit+waitpid and posix_spawn(/bin/true)+waitpid. fork copies the page tables of every resident page; posix_spawn shares the parent&apos;s memory until exec.</source>
        <translation>ptlab maps and touches a buffer of each size, so its resident set grows by that much, then times fork+_exit+waitpid and posix_spawn(/bin/true)+waitpid. fork copies the page tables of every resident page; posix_spawn shares the parent&apos;s memory until exec.</translation>
    </message>
    <message>
        <source>A thread or child process waits on a pipe; the clock starts when ptlab asks it to end (a byte on the pipe, or SIGKILL for a process) and stops when pthread_join or waitpid returns.</source>
        <translation>A thread or child process waits on a pipe; the clock starts when ptlab asks it to end (a byte on the pipe, or SIGKILL for a process) and stops when pthread_join or waitpid returns.</translation>
    </message>
    <message>
        <source>The method of perf bench sched pipe: two tasks and two pipes, one integer written and read back per loop; the figure is microseconds per loop, which is two context switches when both tasks share one CPU.</source>
        <translation>The method of perf bench sched pipe: two tasks and two pipes, one integer written and read back per loop; the figure is microseconds per loop, which is two context switches when both tasks share one CPU.</translation>
    </message>
    <message>
        <source>For each size one task streams messages to the other and waits for a one-byte acknowledgement (bandwidth, MB/s); then messages go there and back (latency, half the round trip). The ring is 256 KiB of shared memory with atomic head and tail; its reader spins briefly, then sleeps on a futex.</source>
        <translation>For each size one task streams messages to the other and waits for a one-byte acknowledgement (bandwidth, MB/s); then messages go there and back (latency, half the round trip). The ring is 256 KiB of shared memory with atomic head and tail; its reader spins briefly, then sleeps on a futex.</translation>
    </message>
    <message>
        <source>ptlab starts %1 threads (or forks %1 children) that wait on a pipe and reads /proc/PID/smaps_rollup: per extra thread, ptlab&apos;s growth; per extra process, the child&apos;s RSS, and its PSS plus the change in ptlab&apos;s PSS (shared pages are split).</source>
        <translation>ptlab starts %1 threads (or forks %1 children) that wait on a pipe and reads /proc/PID/smaps_rollup: per extra thread, ptlab&apos;s growth; per extra process, the child&apos;s RSS, and its PSS plus the change in ptlab&apos;s PSS (shared pages are split).</translation>
    </message>
    <message>
        <source>A forked child raises SIGSEGV while a sibling child waits: ptlab reaps the crash and checks that the sibling and itself still run. Then a sacrificial child starts a thread that raises SIGSEGV: the whole child process ends, its main thread included. ptlab itself never crashes.</source>
        <translation>A forked child raises SIGSEGV while a sibling child waits: ptlab reaps the crash and checks that the sibling and itself still run. Then a sacrificial child starts a thread that raises SIGSEGV: the whole child process ends, its main thread included. ptlab itself never crashes.</translation>
    </message>
    <message>
        <source>A variable is set to 0; a thread writes a new value and is joined; a forked child writes the same variable and is reaped; a child writes into a shared page. Each time ptlab reads the value back (1: it sees the write).</source>
        <translation>A variable is set to 0; a thread writes a new value and is joined; a forked child writes the same variable and is reaped; a child writes into a shared page. Each time ptlab reads the value back (1: it sees the write).</translation>
    </message>
    <message>
        <source>A counting task runs beside a task that computes, then blocks in read() on a pipe until the hold time has passed. Shown: the counter&apos;s pace while the other is blocked, in percent of its pace before, for two processes, two kernel threads and two user-level threads (C++ coroutines on one kernel thread, the many-to-one model).</source>
        <translation>A counting task runs beside a task that computes, then blocks in read() on a pipe until the hold time has passed. Shown: the counter&apos;s pace while the other is blocked, in percent of its pace before, for two processes, two kernel threads and two user-level threads (C++ coroutines on one kernel thread, the many-to-one model).</translation>
    </message>
    <message>
        <source>%1 threads each add 1 to a shared counter %2 times: as a separate read and write (racy), with an atomic fetch_add, and under a mutex; lost updates = expected total − final value.</source>
        <translation>%1 threads each add 1 to a shared counter %2 times: as a separate read and write (racy), with an atomic fetch_add, and under a mutex; lost updates = expected total − final value.</translation>
    </message>
    <message>
        <source>Task 1 locks A, then wants B; task 2 locks B, then wants A. A monitor reads the wait-for graph every millisecond; on a cycle it waits a moment (so the tasks can be seen Waiting), then tells task 2 to back off: it releases B, task 1 finishes, and task 2 retries taking both locks in one global order.</source>
        <translation>Task 1 locks A, then wants B; task 2 locks B, then wants A. A monitor reads the wait-for graph every millisecond; on a cycle it waits a moment (so the tasks can be seen Waiting), then tells task 2 to back off: it releases B, task 1 finishes, and task 2 retries taking both locks in one global order.</translation>
    </message>
    <message>
        <source>A fixed CPU-bound job is split evenly over 1, 2, 4 … threads; throughput is work units per second of wall time, shown with the involuntary context switches the threads suffered (getrusage).</source>
        <translation>A fixed CPU-bound job is split evenly over 1, 2, 4 … threads; throughput is work units per second of wall time, shown with the involuntary context switches the threads suffered (getrusage).</translation>
    </message>
    <message>
        <source>When one blocks</source>
        <translation>When one blocks</translation>
    </message>
    <message>
        <source>The course: a blocked process does not hold up the other processes; if a user-level thread blocks, all the other user-level threads block too.</source>
        <translation>The course: a blocked process does not hold up the other processes; if a user-level thread blocks, all the other user-level threads block too.</translation>
    </message>
    <message>
        <source>a process blocks: its sibling keeps</source>
        <translation>a process blocks: its sibling keeps</translation>
    </message>
    <message>
        <source>a kernel thread blocks: its sibling keeps</source>
        <translation>a kernel thread blocks: its sibling keeps</translation>
    </message>
    <message>
        <source>a user-level thread blocks: its sibling keeps</source>
        <translation>a user-level thread blocks: its sibling keeps</translation>
    </message>
    <message>
        <source>while one task was blocked in read(), its sibling kept %1 % of its pace as a process, %2 % as a kernel thread, and %3 % as a user-level thread</source>
        <translation>while one task was blocked in read(), its sibling kept %1 % of its pace as a process, %2 % as a kernel thread, and %3 % as a user-level thread</translation>
    </message>
    <message>
        <source>Above 100 %: the CPU time the blocked task left went to its sibling.</source>
        <translation>Above 100 %: the CPU time the blocked task left went to its sibling.</translation>
    </message>
    <message>
        <source>Linux threads are kernel threads (one-to-one), so a blocked thread does not stop its siblings either; only the many-to-one model, where the kernel sees one thread, blocks them all.</source>
        <translation>Linux threads are kernel threads (one-to-one), so a blocked thread does not stop its siblings either; only the many-to-one model, where the kernel sees one thread, blocks them all.</translation>
    </message>
    <message>
        <source>message size, bytes</source>
        <translation></translation>
    </message>
    <message>
        <source>threads</source>
        <translation></translation>
    </message>
    <message>
        <source>resident memory of ptlab before fork, MiB</source>
        <translation></translation>
    </message>
    <message>
        <source>No variant could run here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Creation time</source>
        <translation></translation>
    </message>
    <message>
        <source>Termination time</source>
        <translation></translation>
    </message>
    <message>
        <source>Context switch</source>
        <translation></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Isolation on a crash</source>
        <translation></translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation></translation>
    </message>
    <message>
        <source>Drawback: race on shared data</source>
        <translation></translation>
    </message>
    <message>
        <source>Drawback: deadlock</source>
        <translation></translation>
    </message>
    <message>
        <source>Drawback: too many threads</source>
        <translation></translation>
    </message>
    <message>
        <source>The course: a process takes longer to create; a thread is quicker to create.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course: a process takes longer to end than a thread.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course: switching between processes costs more than switching between threads.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course: threads communicate more efficiently than processes.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course: each process runs in memory of its own; threads share their process&apos;s memory.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course: a process is heavier than a thread, which shares code, data and resources.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course: processes are isolated from each other; threads are not, so one faulty thread affects its whole process.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course: processes do not share data with each other; threads do.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course: threads share memory without protection, so one can overwrite another&apos;s data.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course: badly managed resources can deadlock tasks, which then stop making progress.</source>
        <translation></translation>
    </message>
    <message>
        <source>The course: creating too many threads can slow the system down.</source>
        <translation></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation></translation>
    </message>
    <message>
        <source>Unix socket</source>
        <translation></translation>
    </message>
    <message>
        <source>shared-memory ring</source>
        <translation></translation>
    </message>
    <message>
        <source>processes</source>
        <translation></translation>
    </message>
    <message>
        <source>processes, latency</source>
        <translation></translation>
    </message>
    <message>
        <source>threads, latency</source>
        <translation></translation>
    </message>
    <message>
        <source>fork + exit</source>
        <translation></translation>
    </message>
    <message>
        <source>posix_spawn</source>
        <translation></translation>
    </message>
    <message>
        <source>throughput</source>
        <translation></translation>
    </message>
    <message>
        <source>involuntary switches</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation></translation>
    </message>
    <message>
        <source>thread: create + join</source>
        <translation></translation>
    </message>
    <message>
        <source>process: fork + exit</source>
        <translation></translation>
    </message>
    <message>
        <source>process: posix_spawn</source>
        <translation></translation>
    </message>
    <message>
        <source>process: fork + exec</source>
        <translation></translation>
    </message>
    <message>
        <source>thread</source>
        <translation></translation>
    </message>
    <message>
        <source>process: exit</source>
        <translation></translation>
    </message>
    <message>
        <source>process: SIGKILL</source>
        <translation></translation>
    </message>
    <message>
        <source>threads, one CPU</source>
        <translation></translation>
    </message>
    <message>
        <source>processes, one CPU</source>
        <translation></translation>
    </message>
    <message>
        <source>threads, any CPU</source>
        <translation></translation>
    </message>
    <message>
        <source>processes, any CPU</source>
        <translation></translation>
    </message>
    <message>
        <source>perf bench (processes)</source>
        <translation></translation>
    </message>
    <message>
        <source>perf bench -T (threads)</source>
        <translation></translation>
    </message>
    <message>
        <source>thread, RSS</source>
        <translation></translation>
    </message>
    <message>
        <source>thread, PSS</source>
        <translation></translation>
    </message>
    <message>
        <source>process, RSS</source>
        <translation></translation>
    </message>
    <message>
        <source>process, PSS</source>
        <translation></translation>
    </message>
    <message>
        <source>a process crashed: the others go on</source>
        <translation></translation>
    </message>
    <message>
        <source>a thread crashed: its process goes on</source>
        <translation></translation>
    </message>
    <message>
        <source>forked child&apos;s write seen</source>
        <translation></translation>
    </message>
    <message>
        <source>shared memory: child&apos;s write seen</source>
        <translation></translation>
    </message>
    <message>
        <source>no lock</source>
        <translation></translation>
    </message>
    <message>
        <source>atomic fetch_add</source>
        <translation></translation>
    </message>
    <message>
        <source>mutex</source>
        <translation></translation>
    </message>
    <message>
        <source>formed → detected</source>
        <translation></translation>
    </message>
    <message>
        <source>back-off → finished</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation></translation>
    </message>
    <message>
        <source>thread&apos;s write seen</source>
        <translation></translation>
    </message>
    <message>
        <source>µs</source>
        <translation></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation></translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation></translation>
    </message>
    <message>
        <source>lost updates</source>
        <translation></translation>
    </message>
    <message>
        <source>share of runs</source>
        <translation></translation>
    </message>
    <message>
        <source>M units/s</source>
        <translation></translation>
    </message>
    <message>
        <source>switches</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: could not run here: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no sample</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: median %2 %3 (min %4, p95 %5, mean %6, n %7)</source>
        <translation></translation>
    </message>
    <message>
        <source>Not enough results for a verdict.</source>
        <translation></translation>
    </message>
    <message>
        <source>fork + exit took %1 µs, a thread %2 µs: %3× as long</source>
        <translation></translation>
    </message>
    <message>
        <source>; fork + exec %1×</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirmed: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>About the same here: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Contradicted here: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>a process ended in %1 µs, a thread in %2 µs (%3×)</source>
        <translation></translation>
    </message>
    <message>
        <source>on one CPU a round trip took %1 µs between processes and %2 µs between threads (%3×)</source>
        <translation></translation>
    </message>
    <message>
        <source>About the same here: %1. On Linux both are tasks to the scheduler; a process switch also changes the address space.</source>
        <translation></translation>
    </message>
    <message>
        <source>Partly: with 64 KiB messages, threads sharing memory moved %1 MB/s and processes through a pipe %2 MB/s, but processes sharing memory reached %3 MB/s. The gain comes from sharing memory, which processes can do too.</source>
        <translation></translation>
    </message>
    <message>
        <source>an extra process cost %1 KiB (PSS), an extra thread %2 KiB</source>
        <translation></translation>
    </message>
    <message>
        <source>Not confirmed here: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The heavier the process, the dearer its fork: %1 µs from %2 MiB, %3 µs from %4 MiB</source>
        <translation></translation>
    </message>
    <message>
        <source>; posix_spawn stayed near %1–%2 µs</source>
        <translation></translation>
    </message>
    <message>
        <source>The child died of signal %1 (SIGSEGV is 11); ptlab and the sibling process kept running</source>
        <translation></translation>
    </message>
    <message>
        <source>; the crashing thread took its whole process down with it</source>
        <translation></translation>
    </message>
    <message>
        <source>; the crashing thread&apos;s process went on (unexpected)</source>
        <translation></translation>
    </message>
    <message>
        <source>Partly confirmed: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>the thread&apos;s write was seen in %1 % of runs, the forked child&apos;s in %2 % (copy-on-write), a write to shared memory in %3 %</source>
        <translation></translation>
    </message>
    <message>
        <source>No update was lost this time: the threads hardly overlapped. Measure again, or with the machine busy.</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirmed: both tasks waited for the lock the other held; the cycle was found %1 µs after it formed, and after task 2 backed off both finished (%2 of %3 runs resolved).</source>
        <translation></translation>
    </message>
    <message>
        <source>throughput peaked with %1 threads on %2 CPUs; %3 threads reached %4 % of that peak</source>
        <translation></translation>
    </message>
    <message>
        <source>Mostly not here: %1; more threads than CPUs add waiting, not work.</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirmed: without a lock up to %1 of %2 updates were lost in a run (median %3); with fetch_add or a mutex, %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>; posix_spawn %1×</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ptlab::ui::ComparePage</name>
    <message>
        <source>Process vs thread</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting to be measured…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation></translation>
    </message>
    <message>
        <source>Measuring… (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Measuring %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled: every child process was killed and reaped.</source>
        <translation></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not run here: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Not measured yet. Press Measure: it runs on this machine now.</source>
        <translation></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Measured now: %1 runs each, %2 s.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled before the end; what was measured is shown.</source>
        <translation></translation>
    </message>
    <message>
        <source>(more to come)</source>
        <translation></translation>
    </message>
    <message>
        <source>median, %1</source>
        <translation></translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>a virtual machine (the CPU reports a hypervisor)</source>
        <translation></translation>
    </message>
    <message>
        <source>no hypervisor reported by the CPU</source>
        <translation></translation>
    </message>
    <message>
        <source>systemd-detect-virt: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Measured on this machine: %1, %2 logical CPUs, Linux %3; %4. Virtual machines make every switch and fork dearer: compare with a classmate&apos;s laptop.</source>
        <translation></translation>
    </message>
    <message>
        <source>Process vs thread: each row of the course&apos;s table, measured now</source>
        <translation></translation>
    </message>
    <message>
        <source>Measure all</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation></translation>
    </message>
    <message>
        <source>The preset names no row of this table: “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Results saved to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation></translation>
    </message>
    <message>
        <source>PNG images (*.png);;PDF documents (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>Measured now: %1 to %2 runs per variant, %3 s.</source>
        <translation></translation>
    </message>
</context>
</TS>
