<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ErrorText</name>
    <message>
        <source>The system refused to create more tasks: the limit on processes or threads was reached (EAGAIN). The tasks already running are kept.</source>
        <translation>The system refused to create more tasks: the limit on processes or threads was reached (EAGAIN). The tasks already running are kept.</translation>
    </message>
    <message>
        <source>Not found: the file, program or task does not exist (any more).</source>
        <translation>Not found: the file, program or task does not exist (any more).</translation>
    </message>
    <message>
        <source>Permission denied: this needs more privileges (for example, a negative nice value needs root).</source>
        <translation>Permission denied: this needs more privileges (for example, a negative nice value needs root).</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>The request is not valid.</translation>
    </message>
    <message>
        <source>Not supported for this kind of task.</source>
        <translation>Not supported for this kind of task.</translation>
    </message>
    <message>
        <source>The file could not be read: it is damaged or not in the expected format.</source>
        <translation>The file could not be read: it is damaged or not in the expected format.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>The operation failed.</translation>
    </message>
</context>
<context>
    <name>StateNames</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <source>admit</source>
        <translation>admit</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>dispatch</translation>
    </message>
    <message>
        <source>preempt</source>
        <translation>preempt</translation>
    </message>
    <message>
        <source>block / wait</source>
        <translation>block / wait</translation>
    </message>
    <message>
        <source>wake</source>
        <translation>wake</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>suspend</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>resume</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>exit</translation>
    </message>
    <message>
        <source>CPU-bound</source>
        <translation>CPU-bound</translation>
    </message>
    <message>
        <source>I/O-bound</source>
        <translation>I/O-bound</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>Lock contention</source>
        <translation>Lock contention</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Watched</translation>
    </message>
    <message>
        <source>Busy arithmetic without pause: always wants a CPU</source>
        <translation>Busy arithmetic without pause: always wants a CPU</translation>
    </message>
    <message>
        <source>Writes, flushes and reads a file, then waits for the next request</source>
        <translation>Writes, flushes and reads a file, then waits for the next request</translation>
    </message>
    <message>
        <source>Computes for the duty cycle of each 100 ms, blocks for the rest</source>
        <translation>Computes for the duty cycle of each 100 ms, blocks for the rest</translation>
    </message>
    <message>
        <source>Every task takes one shared mutex and works while holding it</source>
        <translation>Every task takes one shared mutex and works while holding it</translation>
    </message>
    <message>
        <source>Sleeps 250 ms, works briefly, sleeps again</source>
        <translation>Sleeps 250 ms, works briefly, sleeps again</translation>
    </message>
    <message>
        <source>A thread of ptlab itself, observed</source>
        <translation>A thread of ptlab itself, observed</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>thread</translation>
    </message>
    <message>
        <source>process</source>
        <translation>process</translation>
    </message>
    <message>
        <source>admission gate</source>
        <translation>admission gate</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>parked</translation>
    </message>
    <message>
        <source>disk I/O</source>
        <translation>disk I/O</translation>
    </message>
    <message>
        <source>next request</source>
        <translation>next request</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sleep</translation>
    </message>
    <message>
        <source>mutex</source>
        <translation>mutex</translation>
    </message>
    <message>
        <source>duty-cycle pause</source>
        <translation>duty-cycle pause</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::MainWindow</name>
    <message>
        <source>ptlab — Process &amp; Thread Lab</source>
        <translation>ptlab — Process &amp; Thread Lab</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Switch the interface language (no restart needed)</source>
        <translation>Switch the interface language (no restart needed)</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Full screen with large type for projecting (F5)</source>
        <translation>Full screen with large type for projecting (F5)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Larger text and drawings (Ctrl+=)</source>
        <translation>Larger text and drawings (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Smaller text and drawings (Ctrl+-)</source>
        <translation>Smaller text and drawings (Ctrl+-)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Keyboard shortcuts (F1)</translation>
    </message>
    <message>
        <source>Main action of the page</source>
        <translation>Main action of the page</translation>
    </message>
    <message>
        <source>Pause or resume the view</source>
        <translation>Pause or resume the view</translation>
    </message>
    <message>
        <source>Everything shown is live: states come from the Linux kernel (/proc).</source>
        <translation>Everything shown is live: states come from the Linux kernel (/proc).</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type</source>
        <translation>Presentation mode: full screen, large type</translation>
    </message>
    <message>
        <source>Zoom in / out / reset (100–300 %)</source>
        <translation>Zoom in / out / reset (100–300 %)</translation>
    </message>
    <message>
        <source>Main action of the page (States: spawn)</source>
        <translation>Main action of the page (States: spawn)</translation>
    </message>
    <message>
        <source>Pause or resume the live view</source>
        <translation>Pause or resume the live view</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::StateDiagramWidget</name>
    <message>
        <source>Thread #%1: TID %2 in process %3</source>
        <translation>Thread #%1: TID %2 in process %3</translation>
    </message>
    <message>
        <source>Process #%1: PID %2</source>
        <translation>Process #%1: PID %2</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::StateTimelineWidget</name>
    <message>
        <source>time (s), live at the right edge</source>
        <translation>time (s), live at the right edge</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>Thread #%1 (TID %2)</source>
        <translation>Thread #%1 (TID %2)</translation>
    </message>
    <message>
        <source>Process #%1 (PID %2)</source>
        <translation>Process #%1 (PID %2)</translation>
    </message>
    <message>
        <source>%1
%2 at %3 s
this interval: %4 % on a CPU, %5 % waiting for one</source>
        <translation>%1
%2 at %3 s
this interval: %4 % on a CPU, %5 % waiting for one</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::StatesPage</name>
    <message>
        <source>Process &amp; thread states</source>
        <translation>Process &amp; thread states</translation>
    </message>
    <message>
        <source>Linux cannot kill one thread of a process: the selected threads were asked to stop.</source>
        <translation>Linux cannot kill one thread of a process: the selected threads were asked to stop.</translation>
    </message>
    <message>
        <source>any CPU</source>
        <translation>any CPU</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Spawn real tasks</source>
        <translation>Spawn real tasks</translation>
    </message>
    <message>
        <source>Threads (inside ptlab)</source>
        <translation>Threads (inside ptlab)</translation>
    </message>
    <message>
        <source>Processes (ptlab-worker)</source>
        <translation>Processes (ptlab-worker)</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Duty cycle</source>
        <translation>Duty cycle</translation>
    </message>
    <message>
        <source>Mixed workload: share of each 100 ms spent computing</source>
        <translation>Mixed workload: share of each 100 ms spent computing</translation>
    </message>
    <message>
        <source>Spawn (Ctrl+Enter)</source>
        <translation>Spawn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Selected tasks</source>
        <translation>Selected tasks</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admit</translation>
    </message>
    <message>
        <source>Let a task held at the admission gate start: New → Ready</source>
        <translation>Let a task held at the admission gate start: New → Ready</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Processes get SIGSTOP; threads park themselves</source>
        <translation>Processes get SIGSTOP; threads park themselves</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Ask the task to finish (SIGTERM for a process)</source>
        <translation>Ask the task to finish (SIGTERM for a process)</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Kill</translation>
    </message>
    <message>
        <source>SIGKILL for a process; a thread can only be asked to stop</source>
        <translation>SIGKILL for a process; a thread can only be asked to stop</translation>
    </message>
    <message>
        <source>Nice value: higher is kinder to others (lower priority)</source>
        <translation>Nice value: higher is kinder to others (lower priority)</translation>
    </message>
    <message>
        <source>Set nice</source>
        <translation>Set nice</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Restrict the task to one CPU (sched_setaffinity)</source>
        <translation>Restrict the task to one CPU (sched_setaffinity)</translation>
    </message>
    <message>
        <source>Linux cannot stop a single thread with a signal (SIGSTOP stops the whole process), so a suspended thread parks itself cooperatively; it shows as Suspended once it has parked.</source>
        <translation>Linux cannot stop a single thread with a signal (SIGSTOP stops the whole process), so a suspended thread parks itself cooperatively; it shows as Suspended once it has parked.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Hold new tasks at admission (New)</source>
        <translation>Hold new tasks at admission (New)</translation>
    </message>
    <message>
        <source>Defer reaping (show zombies)</source>
        <translation>Defer reaping (show zombies)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Stop all</translation>
    </message>
    <message>
        <source>Clear terminated</source>
        <translation>Clear terminated</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Resume view (Ctrl+P)</source>
        <translation>Resume view (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pause view (Ctrl+P)</source>
        <translation>Pause view (Ctrl+P)</translation>
    </message>
    <message>
        <source>Show the last</source>
        <translation>Show the last</translation>
    </message>
    <message>
        <source>%1 live tasks on %2 CPUs, sampled from /proc at %3 Hz.</source>
        <translation>%1 live tasks on %2 CPUs, sampled from /proc at %3 Hz.</translation>
    </message>
    <message>
        <source>Started %1 of %2.</source>
        <translation>Started %1 of %2.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n task(s).</source>
        <translation>
            <numerusform>Started %n task.</numerusform>
            <numerusform>Started %n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more tasks in the table or the diagram first.</source>
        <translation>Select one or more tasks in the table or the diagram first.</translation>
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
        <translation>Total time on a CPU (schedstat)</translation>
    </message>
    <message>
        <source>Involuntary context switches: Running → Ready</source>
        <translation>Involuntary context switches: Running → Ready</translation>
    </message>
    <message>
        <source>Voluntary context switches: Running → Waiting</source>
        <translation>Voluntary context switches: Running → Waiting</translation>
    </message>
    <message>
        <source>The CPU it last ran on (stat field 39)</source>
        <translation>The CPU it last ran on (stat field 39)</translation>
    </message>
    <message>
        <source>What the task reports it is waiting for</source>
        <translation>What the task reports it is waiting for</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <translation>Workload</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>On CPU (ms)</source>
        <translation>On CPU (ms)</translation>
    </message>
    <message>
        <source>Preempted</source>
        <translation>Preempted</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
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
        <translation>Waiting for</translation>
    </message>
</context>
</TS>
