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
    <name>HardwareText</name>
    <message>
        <source>Machine (%1 total)</source>
        <translation>Machine (%1 total)</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
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
    <message>
        <source>UI thread</source>
        <translation>UI thread</translation>
    </message>
    <message>
        <source>Reformat thread</source>
        <translation>Reformat thread</translation>
    </message>
    <message>
        <source>Browser loader thread</source>
        <translation>Browser loader thread</translation>
    </message>
    <message>
        <source>Browser script thread</source>
        <translation>Browser script thread</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::BrowserDemo</name>
    <message>
        <source>Load the page</source>
        <translation>Load the page</translation>
    </message>
    <message>
        <source>Single-thread browser</source>
        <translation>Single-thread browser</translation>
    </message>
    <message>
        <source>Loading and the script run on the UI thread, one after the other</source>
        <translation>Loading and the script run on the UI thread, one after the other</translation>
    </message>
    <message>
        <source>A loader thread reads the page&apos;s files from disk, a script thread computes, the UI thread draws.</source>
        <translation>A loader thread reads the page&apos;s files from disk, a script thread computes, the UI thread draws.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>script thread: %1 %</source>
        <translation>script thread: %1 %</translation>
    </message>
    <message>
        <source>Done in %2 ms (files loaded: %1)</source>
        <translation>Done in %2 ms (files loaded: %1)</translation>
    </message>
    <message>
        <source>loader thread: files %1 / %2</source>
        <translation>loader thread: files %1 / %2</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Sample machines…</source>
        <translation>Sample machines…</translation>
    </message>
    <message>
        <source>Laptop: 4 cores, 8 hardware threads</source>
        <translation>Laptop: 4 cores, 8 hardware threads</translation>
    </message>
    <message>
        <source>Desktop: 6 cores, SMT off</source>
        <translation>Desktop: 6 cores, SMT off</translation>
    </message>
    <message>
        <source>Hybrid laptop: 4 performance + 8 efficiency cores</source>
        <translation>Hybrid laptop: 4 performance + 8 efficiency cores</translation>
    </message>
    <message>
        <source>Server: 2 sockets, 2 NUMA nodes</source>
        <translation>Server: 2 sockets, 2 NUMA nodes</translation>
    </message>
    <message>
        <source>Big server: 4 sockets, 8 NUMA nodes</source>
        <translation>Big server: 4 sockets, 8 NUMA nodes</translation>
    </message>
    <message>
        <source>Could not describe this machine.</source>
        <translation>Could not describe this machine.</translation>
    </message>
    <message>
        <source>“%1” is not a valid synthetic description (for example: %2). The topology shown before is kept.</source>
        <translation>“%1” is not a valid synthetic description (for example: %2). The topology shown before is kept.</translation>
    </message>
    <message>
        <source>Could not load the topology from %1. The topology shown before is kept.</source>
        <translation>Could not load the topology from %1. The topology shown before is kept.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. The topology shown before is kept.</source>
        <translation>Could not open %1: %2. The topology shown before is kept.</translation>
    </message>
    <message>
        <source>This topology has no hwloc XML to export: it was read from /proc without hwloc.</source>
        <translation>This topology has no hwloc XML to export: it was read from /proc without hwloc.</translation>
    </message>
    <message>
        <source>Could not export the topology to %1.</source>
        <translation>Could not export the topology to %1.</translation>
    </message>
    <message>
        <source>Topology saved to %1</source>
        <translation>Topology saved to %1</translation>
    </message>
    <message>
        <source>hwloc could not describe this machine, so this picture was built from /proc instead. Reason: %1</source>
        <translation>hwloc could not describe this machine, so this picture was built from /proc instead. Reason: %1</translation>
    </message>
    <message>
        <source>Loaded from %1. This is not the machine ptlab runs on, so no live load or tasks are drawn on it.</source>
        <translation>Loaded from %1. This is not the machine ptlab runs on, so no live load or tasks are drawn on it.</translation>
    </message>
    <message>
        <source>Synthetic machine “%1”. It is not the machine ptlab runs on, so no live load or tasks are drawn on it.</source>
        <translation>Synthetic machine “%1”. It is not the machine ptlab runs on, so no live load or tasks are drawn on it.</translation>
    </message>
    <message>
        <source>Synthetic topology</source>
        <translation>Synthetic topology</translation>
    </message>
    <message>
        <source>An hwloc synthetic description: levels from the top, each with how many children it has. For example:
%1</source>
        <translation>An hwloc synthetic description: levels from the top, each with how many children it has. For example:
%1</translation>
    </message>
    <message>
        <source>Load an hwloc XML topology</source>
        <translation>Load an hwloc XML topology</translation>
    </message>
    <message>
        <source>hwloc XML (*.xml);;All files (*)</source>
        <translation>hwloc XML (*.xml);;All files (*)</translation>
    </message>
    <message>
        <source>Export the topology as hwloc XML</source>
        <translation>Export the topology as hwloc XML</translation>
    </message>
    <message>
        <source>hwloc XML (*.xml)</source>
        <translation>hwloc XML (*.xml)</translation>
    </message>
    <message>
        <source>Cannot read the CPU load.</source>
        <translation>Cannot read the CPU load.</translation>
    </message>
    <message>
        <source>Which machine</source>
        <translation>Which machine</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>This machine</translation>
    </message>
    <message>
        <source>Describe the computer ptlab runs on (hwloc)</source>
        <translation>Describe the computer ptlab runs on (hwloc)</translation>
    </message>
    <message>
        <source>Load hwloc XML…</source>
        <translation>Load hwloc XML…</translation>
    </message>
    <message>
        <source>Open a topology saved with “lstopo --of xml”</source>
        <translation>Open a topology saved with “lstopo --of xml”</translation>
    </message>
    <message>
        <source>Synthetic…</source>
        <translation>Synthetic…</translation>
    </message>
    <message>
        <source>Describe an imaginary machine, for example %1</source>
        <translation>Describe an imaginary machine, for example %1</translation>
    </message>
    <message>
        <source>Export XML…</source>
        <translation>Export XML…</translation>
    </message>
    <message>
        <source>Save the topology shown as hwloc XML (for lstopo -i)</source>
        <translation>Save the topology shown as hwloc XML (for lstopo -i)</translation>
    </message>
    <message>
        <source>Example machines shipped with ptlab</source>
        <translation>Example machines shipped with ptlab</translation>
    </message>
    <message>
        <source>This machine, as hwloc sees it. PUs are coloured by their load; numbered tokens are the demo tasks, on the CPU each last ran on.</source>
        <translation>This machine, as hwloc sees it. PUs are coloured by their load; numbered tokens are the demo tasks, on the CPU each last ran on.</translation>
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
        <translation>Let task #%1 run on any CPU again</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>Pin task #%1 to CPU %2</source>
        <translation>Pin task #%1 to CPU %2</translation>
    </message>
    <message>
        <source>No demo tasks: start some on the States page</source>
        <translation>No demo tasks: start some on the States page</translation>
    </message>
    <message>
        <source>CPU load of this machine: %1 %</source>
        <translation>CPU load of this machine: %1 %</translation>
    </message>
    <message>
        <source>CPU load of this machine</source>
        <translation>CPU load of this machine</translation>
    </message>
    <message>
        <source>How busy each CPU (hardware thread) was over the last half second, and all of them together, from /proc/stat</source>
        <translation>How busy each CPU (hardware thread) was over the last half second, and all of them together, from /proc/stat</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Shrink the drawing of a big machine so that all of it is visible at once</source>
        <translation>Shrink the drawing of a big machine so that all of it is visible at once</translation>
    </message>
    <message>
        <source>Fit in view</source>
        <translation>Fit in view</translation>
    </message>
    <message>
        <source>Discovering this machine…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ptlab::ui::LatencyPlot</name>
    <message>
        <source>time (s)</source>
        <translation>time (s)</translation>
    </message>
    <message>
        <source>timer lateness (ms)</source>
        <translation>timer lateness (ms)</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>There is no lesson “%1”.</source>
        <translation>There is no lesson “%1”.</translation>
    </message>
    <message>
        <source>This lesson cannot be shown</source>
        <translation>This lesson cannot be shown</translation>
    </message>
    <message>
        <source>No lesson to show</source>
        <translation>No lesson to show</translation>
    </message>
    <message>
        <source>No lessons were found for this language (%1). The installation may be incomplete.</source>
        <translation>No lessons were found for this language (%1). The installation may be incomplete.</translation>
    </message>
    <message>
        <source>Choose a lesson from the list.</source>
        <translation>Choose a lesson from the list.</translation>
    </message>
    <message>
        <source>The lesson “%1” has no file in this language (%2). Choose another lesson from the list, or switch the language back.</source>
        <translation>The lesson “%1” has no file in this language (%2). Choose another lesson from the list, or switch the language back.</translation>
    </message>
    <message>
        <source>The lesson file %1 is damaged, so this lesson cannot be shown. The other lessons are not affected.</source>
        <translation>The lesson file %1 is damaged, so this lesson cannot be shown. The other lessons are not affected.</translation>
    </message>
    <message>
        <source>Quiz score %1 of %2: your best so far.</source>
        <translation>Quiz score %1 of %2: your best so far.</translation>
    </message>
    <message>
        <source>Quiz score %1 of %2.</source>
        <translation>Quiz score %1 of %2.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>A quiz of this lesson is damaged and cannot be shown. The lesson itself is fine.</source>
        <translation>A quiz of this lesson is damaged and cannot be shown. The lesson itself is fine.</translation>
    </message>
    <message>
        <source>✓ read</source>
        <translation>✓ read</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>not read yet</translation>
    </message>
    <message>
        <source>quiz %1/%2</source>
        <translation>quiz %1/%2</translation>
    </message>
    <message>
        <source>⚠ cannot be shown</source>
        <translation>⚠ cannot be shown</translation>
    </message>
    <message>
        <source>Lessons read: %1 of %2
Quizzes taken: %3 of %4</source>
        <translation>Lessons read: %1 of %2
Quizzes taken: %3 of %4</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lesson %1 of %2</translation>
    </message>
    <message>
        <source>Process &amp; thread states</source>
        <translation>Process &amp; thread states</translation>
    </message>
    <message>
        <source>Word processor</source>
        <translation>Word processor</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Process vs thread</source>
        <translation>Process vs thread</translation>
    </message>
    <message>
        <source>Twelve workloads</source>
        <translation>Twelve workloads</translation>
    </message>
    <message>
        <source>Distributed training</source>
        <translation>Distributed training</translation>
    </message>
    <message>
        <source>Open the live demo: %1</source>
        <translation>Open the live demo: %1</translation>
    </message>
    <message>
        <source>Opens the page “%1” set up for this lesson (Ctrl+Enter)</source>
        <translation>Opens the page “%1” set up for this lesson (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Live demo: the page “%1” will show this lesson; it is not in this version of ptlab yet.</source>
        <translation>Live demo: the page “%1” will show this lesson; it is not in this version of ptlab yet.</translation>
    </message>
    <message>
        <source>No lesson contains “%1”.</source>
        <translation>No lesson contains “%1”.</translation>
    </message>
    <message>
        <source>Lessons that contain “%1”: %2</source>
        <translation>Lessons that contain “%1”: %2</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>Reset progress</translation>
    </message>
    <message>
        <source>Forget which lessons you have read and all your quiz scores? This cannot be undone.</source>
        <translation>Forget which lessons you have read and all your quiz scores? This cannot be undone.</translation>
    </message>
    <message>
        <source>Progress reset: no lesson read, no quiz taken.</source>
        <translation>Progress reset: no lesson read, no quiz taken.</translation>
    </message>
    <message>
        <source>Search the lessons…</source>
        <translation>Search the lessons…</translation>
    </message>
    <message>
        <source>Words to find in the lessons of the current language (Ctrl+F). Typed without diacritics, they also match words written with them.</source>
        <translation>Words to find in the lessons of the current language (Ctrl+F). Typed without diacritics, they also match words written with them.</translation>
    </message>
    <message>
        <source>Reset progress…</source>
        <translation>Reset progress…</translation>
    </message>
    <message>
        <source>Forget which lessons were read and the quiz scores</source>
        <translation>Forget which lessons were read and the quiz scores</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>Previous lesson (Alt+Left)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right, or Page Down at the end of a lesson)</source>
        <translation>Next lesson (Alt+Right, or Page Down at the end of a lesson)</translation>
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
    <name>ptlab::ui::QuizWidget</name>
    <message>
        <source>Not answered.</source>
        <translation>Not answered.</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Correct.</translation>
    </message>
    <message>
        <source>Not quite. Your answer:</source>
        <translation>Not quite. Your answer:</translation>
    </message>
    <message>
        <source>Correct answer:</source>
        <translation>Correct answer:</translation>
    </message>
    <message>
        <source>Score: %1 of %2 correct</source>
        <translation>Score: %1 of %2 correct</translation>
    </message>
    <message>
        <source>Choose one answer per question, then press Check.</source>
        <translation>Choose one answer per question, then press Check.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Show which answers are right, with explanations, and the score</source>
        <translation>Show which answers are right, with explanations, and the score</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
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
        <source>Threads (in one process, ptlab-worker --host)</source>
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
    <message>
        <source>Live tasks: %1 · CPUs: %2 · sampled from /proc at %3 Hz</source>
        <translation>Live tasks: %1 · CPUs: %2 · sampled from /proc at %3 Hz</translation>
    </message>
    <message>
        <source>Started %1 of %2 tasks.</source>
        <translation>Started %1 of %2 tasks.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Export timeline…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the tasks&apos; state timelines as Chrome trace-event JSON, which the Perfetto UI and chrome://tracing open: one track per task, one slice per state</source>
        <translation></translation>
    </message>
    <message>
        <source>To keep the window responsive, ptlab runs its demo tasks in a session of their own (the process ptlab-worker --host), which the kernel schedules apart from the window, starts them at nice %1 with 4 ms time slices, and asks for short time slices for the window and the sampler; the demo tasks&apos; priorities relative to each other are unchanged.</source>
        <translation></translation>
    </message>
    <message>
        <source>Exact states: the kernel reports every context switch of these tasks (perf events), so the timeline shows each interval as it happened.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sampled states: /proc is read several times a second and the Running column holds no more tasks than there are CPUs, taking turns as the CPU time they used says. Exact mode is off (%1). The command sysctl kernel.perf_event_paranoid=2 enables it; distributions set a higher value because perf events have been a way to attack the kernel and to watch other users.</source>
        <translation></translation>
    </message>
    <message>
        <source>The timeline could not be saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline saved to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>Trace-event JSON (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Live tasks: %1 · CPUs: %2 · exact (perf events), /proc at %3 Hz</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ptlab::ui::SummaryCards</name>
    <message>
        <source>Model not reported</source>
        <translation>Model not reported</translation>
    </message>
    <message>
        <source>Architecture: %1</source>
        <translation>Architecture: %1</translation>
    </message>
    <message>
        <source>%1: %2 cores, %3 hardware threads</source>
        <translation>%1: %2 cores, %3 hardware threads</translation>
    </message>
    <message>
        <source>Every thread of every process runs on this processor; its model tells you how fast one thread can go.</source>
        <translation>Every thread of every process runs on this processor; its model tells you how fast one thread can go.</translation>
    </message>
    <message>
        <source>Its cores are not all alike: a thread gets done sooner on a performance core than on an efficiency core.</source>
        <translation>Its cores are not all alike: a thread gets done sooner on a performance core than on an efficiency core.</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>SMT on: %1 hardware threads share each core</source>
        <translation>SMT on: %1 hardware threads share each core</translation>
    </message>
    <message>
        <source>One hardware thread per core (no SMT)</source>
        <translation>One hardware thread per core (no SMT)</translation>
    </message>
    <message>
        <source>Cores and hardware threads</source>
        <translation>Cores and hardware threads</translation>
    </message>
    <message>
        <source>The kernel can run as many threads at the same instant as there are hardware threads; any more runnable threads take turns.</source>
        <translation>The kernel can run as many threads at the same instant as there are hardware threads; any more runnable threads take turns.</translation>
    </message>
    <message>
        <source>%1 × %2 of %3</source>
        <translation>%1 × %2 of %3</translation>
    </message>
    <message>
        <source>No caches reported</source>
        <translation>No caches reported</translation>
    </message>
    <message>
        <source>Caches</source>
        <translation>Caches</translation>
    </message>
    <message>
        <source>Threads on cores that share a cache exchange data cheaply; threads writing the same cache line from different cores slow each other down (false sharing).</source>
        <translation>Threads on cores that share a cache exchange data cheaply; threads writing the same cache line from different cores slow each other down (false sharing).</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <source>Total not reported</source>
        <translation>Total not reported</translation>
    </message>
    <message>
        <source>%1 available now</source>
        <translation>%1 available now</translation>
    </message>
    <message>
        <source>Memory (RAM)</source>
        <translation>Memory (RAM)</translation>
    </message>
    <message>
        <source>The threads of a process share its memory, while every process gets its own address space: many processes need more RAM than many threads.</source>
        <translation>The threads of a process share its memory, while every process gets its own address space: many processes need more RAM than many threads.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>No discrete GPU found</source>
        <translation>No discrete GPU found</translation>
    </message>
    <message>
        <source>Graphics processors (GPU)</source>
        <translation>Graphics processors (GPU)</translation>
    </message>
    <message>
        <source>A GPU runs thousands of small threads in parallel; CPU threads hand it work through its driver.</source>
        <translation>A GPU runs thousands of small threads in parallel; CPU threads hand it work through its driver.</translation>
    </message>
    <message>
        <source>Disks, network and other devices</source>
        <translation>Disks, network and other devices</translation>
    </message>
    <message>
        <source>An I/O-bound thread waits for these devices; while it is blocked, its CPU runs other threads.</source>
        <translation>An I/O-bound thread waits for these devices; while it is blocked, its CPU runs other threads.</translation>
    </message>
    <message>
        <source>Operating system not recorded</source>
        <translation>Operating system not recorded</translation>
    </message>
    <message>
        <source>Kernel %1</source>
        <translation>Kernel %1</translation>
    </message>
    <message>
        <source>Host name: %1</source>
        <translation>Host name: %1</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>The kernel creates every process and thread, and its scheduler picks which one runs on each hardware thread.</source>
        <translation>The kernel creates every process and thread, and its scheduler picks which one runs on each hardware thread.</translation>
    </message>
    <message>
        <source>%1 in total, as the kernel counts it</source>
        <translation>%1 in total, as the kernel counts it</translation>
    </message>
    <message>
        <source>%1 in the NUMA nodes hwloc found</source>
        <translation>%1 in the NUMA nodes hwloc found</translation>
    </message>
    <message>
        <source>SMT on some cores only: their hardware threads share the core</source>
        <translation>SMT on some cores only: their hardware threads share the core</translation>
    </message>
    <message>
        <source>Packages: %1 · cores: %2 · hardware threads: %3</source>
        <translation>Packages: %1 · cores: %2 · hardware threads: %3</translation>
    </message>
    <message>
        <source>NUMA nodes: %1</source>
        <translation>NUMA nodes: %1</translation>
    </message>
    <message>
        <source>PCI devices: %1</source>
        <translation>PCI devices: %1</translation>
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
<context>
    <name>ptlab::ui::TopologyView</name>
    <message>
        <source>A hardware thread: the kernel calls it CPU %1. One thread runs on it at a time.</source>
        <translation>A hardware thread: the kernel calls it CPU %1. One thread runs on it at a time.</translation>
    </message>
    <message>
        <source>Busy: %1 %</source>
        <translation>Busy: %1 %</translation>
    </message>
    <message>
        <source>Demo tasks that last ran here: %1</source>
        <translation>Demo tasks that last ran here: %1</translation>
    </message>
    <message>
        <source>A core: its hardware threads share its execution units and L1 cache.</source>
        <translation>A core: its hardware threads share its execution units and L1 cache.</translation>
    </message>
    <message>
        <source>A cache shared by the cores below it.</source>
        <translation>A cache shared by the cores below it.</translation>
    </message>
    <message>
        <source>Line size: %1 bytes</source>
        <translation>Line size: %1 bytes</translation>
    </message>
    <message>
        <source>A NUMA node: memory that the cores next to it reach faster than the others do.</source>
        <translation>A NUMA node: memory that the cores next to it reach faster than the others do.</translation>
    </message>
    <message>
        <source>A package: one physical processor chip in its socket.</source>
        <translation>A package: one physical processor chip in its socket.</translation>
    </message>
    <message>
        <source>Right-click to pin a demo task to this CPU.</source>
        <translation>Right-click to pin a demo task to this CPU.</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::WordProcessorPage</name>
    <message>
        <source>Cursor on page %1 of %2</source>
        <translation>Cursor on page %1 of %2</translation>
    </message>
    <message>
        <source>Longest freeze in the last 10 seconds:</source>
        <translation>Longest freeze in the last 10 seconds:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>UI thread</source>
        <translation>UI thread</translation>
    </message>
    <message>
        <source>Reformat thread</source>
        <translation>Reformat thread</translation>
    </message>
    <message>
        <source>on CPU %1 ms</source>
        <translation>on CPU %1 ms</translation>
    </message>
    <message>
        <source>States from the kernel, as on the States page.</source>
        <translation>States from the kernel, as on the States page.</translation>
    </message>
    <message>
        <source>The book</source>
        <translation>The book</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Longer books take longer to reformat</source>
        <translation>Longer books take longer to reformat</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>New book</translation>
    </message>
    <message>
        <source>Delete a sentence on page 1</source>
        <translation>Delete a sentence on page 1</translation>
    </message>
    <message>
        <source>Every later line may move, so the whole book is reformatted</source>
        <translation>Every later line may move, so the whole book is reformatted</translation>
    </message>
    <message>
        <source>The same reformat runs on the thread that draws the window: it freezes until the work is done</source>
        <translation>The same reformat runs on the thread that draws the window: it freezes until the work is done</translation>
    </message>
    <message>
        <source>This heart beats on the UI thread: when it stops, so does the window.</source>
        <translation>This heart beats on the UI thread: when it stops, so does the window.</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Table of contents</translation>
    </message>
    <message>
        <source>Not formatted yet</source>
        <translation>Not formatted yet</translation>
    </message>
    <message>
        <source>Browser loader thread</source>
        <translation>Browser loader thread</translation>
    </message>
    <message>
        <source>Browser script thread</source>
        <translation>Browser script thread</translation>
    </message>
    <message>
        <source>Word processor</source>
        <translation>Word processor</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Web browser</translation>
    </message>
    <message>
        <source>Word processor &amp; browser</source>
        <translation>Word processor &amp; browser</translation>
    </message>
    <message>
        <source>Pages: %1 · reformatted in %2 ms</source>
        <translation>Pages: %1 · reformatted in %2 ms</translation>
    </message>
    <message>
        <source>Single-thread mode</source>
        <translation>Single-thread mode</translation>
    </message>
    <message>
        <source>Is the window alive?</source>
        <translation>Is the window alive?</translation>
    </message>
    <message>
        <source>Make an edit: the page measures how long it froze the window.</source>
        <translation></translation>
    </message>
    <message>
        <source>This edit froze the window for %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>This edit froze the window for %1 ms</source>
        <translation></translation>
    </message>
    <message>
        <source>Measuring how fast this computer formats, to size the book…</source>
        <translation></translation>
    </message>
    <message>
        <source>Hyphenation is off: the dictionary %1 could not be loaded (Debian package hyphen-en-us). Lines are set without hyphens.</source>
        <translation></translation>
    </message>
</context>
</TS>
