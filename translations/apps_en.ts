<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppsCatalog</name>
    <message>
        <source>Web server handling many requests</source>
        <translation>Web server handling many requests</translation>
    </message>
    <message>
        <source>Apache (processes or threads), Nginx (worker processes with event loops)</source>
        <translation>Apache (processes or threads), Nginx (worker processes with event loops)</translation>
    </message>
    <message>
        <source>Requests are independent of each other. A process per connection isolates a handler that crashes; threads and event loops cost far less per connection and share caches.</source>
        <translation>Requests are independent of each other. A process per connection isolates a handler that crashes; threads and event loops cost far less per connection and share caches.</translation>
    </message>
    <message>
        <source>Game engine</source>
        <translation>Game engine</translation>
    </message>
    <message>
        <source>Unity, Unreal Engine</source>
        <translation>Unity, Unreal Engine</translation>
    </message>
    <message>
        <source>Rendering, physics, audio and input work on the same game state every frame (about 16 ms): threads share it without copying.</source>
        <translation>Rendering, physics, audio and input work on the same game state every frame (about 16 ms): threads share it without copying.</translation>
    </message>
    <message>
        <source>Big-data analysis</source>
        <translation>Big-data analysis</translation>
    </message>
    <message>
        <source>Hadoop, Spark</source>
        <translation>Hadoop, Spark</translation>
    </message>
    <message>
        <source>The data splits into independent pieces spread over many machines; a task in its own process can fail and be rerun without losing the whole job.</source>
        <translation>The data splits into independent pieces spread over many machines; a task in its own process can fail and be rerun without losing the whole job.</translation>
    </message>
    <message>
        <source>Video rendering</source>
        <translation>Video rendering</translation>
    </message>
    <message>
        <source>Adobe Premiere, Blender</source>
        <translation>Adobe Premiere, Blender</translation>
    </message>
    <message>
        <source>Every tile of a frame reads the same large scene; threads share it in memory instead of each worker holding a copy.</source>
        <translation>Every tile of a frame reads the same large scene; threads share it in memory instead of each worker holding a copy.</translation>
    </message>
    <message>
        <source>Downloading many files at once</source>
        <translation>Downloading many files at once</translation>
    </message>
    <message>
        <source>Web browsers, IDM</source>
        <translation>Web browsers, IDM</translation>
    </message>
    <message>
        <source>A download spends nearly all its time waiting for the network; a waiting thread costs little, and all of them update the same download list.</source>
        <translation>A download spends nearly all its time waiting for the network; a waiting thread costs little, and all of them update the same download list.</translation>
    </message>
    <message>
        <source>Training AI/ML models</source>
        <translation>Training AI/ML models</translation>
    </message>
    <message>
        <source>TensorFlow, PyTorch</source>
        <translation>TensorFlow, PyTorch</translation>
    </message>
    <message>
        <source>One process per GPU or machine scales past a single computer and past Python's interpreter lock; the workers exchange gradients explicitly.</source>
        <translation>One process per GPU or machine scales past a single computer and past Python's interpreter lock; the workers exchange gradients explicitly.</translation>
    </message>
    <message>
        <source>Antivirus scan</source>
        <translation>Antivirus scan</translation>
    </message>
    <message>
        <source>Avast, Kaspersky</source>
        <translation>Avast, Kaspersky</translation>
    </message>
    <message>
        <source>A scanner parses hostile files. When a parser crashes or is exploited, only its sandboxed process is lost, not the scanner.</source>
        <translation>A scanner parses hostile files. When a parser crashes or is exploited, only its sandboxed process is lost, not the scanner.</translation>
    </message>
    <message>
        <source>Chat server</source>
        <translation>Chat server</translation>
    </message>
    <message>
        <source>WhatsApp servers, Discord back end</source>
        <translation>WhatsApp servers, Discord back end</translation>
    </message>
    <message>
        <source>Many long-lived, mostly idle connections share who is online and the rooms; threads or an event loop keep that state in one memory.</source>
        <translation>Many long-lived, mostly idle connections share who is online and the rooms; threads or an event loop keep that state in one memory.</translation>
    </message>
    <message>
        <source>Compiler building many files</source>
        <translation>Compiler building many files</translation>
    </message>
    <message>
        <source>GCC, Clang (make -j)</source>
        <translation>GCC, Clang (make -j)</translation>
    </message>
    <message>
        <source>Each source file compiles on its own; make starts one compiler process per file, so a crash or a memory hog costs one file only.</source>
        <translation>Each source file compiles on its own; make starts one compiler process per file, so a crash or a memory hog costs one file only.</translation>
    </message>
    <message>
        <source>Physics simulation</source>
        <translation>Physics simulation</translation>
    </message>
    <message>
        <source>NASA simulations, game physics</source>
        <translation>NASA simulations, game physics</translation>
    </message>
    <message>
        <source>Every step needs every body's position from the step before: shared memory and a barrier are cheaper than sending all positions around.</source>
        <translation>Every step needs every body's position from the step before: shared memory and a barrier are cheaper than sending all positions around.</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Database server</translation>
    </message>
    <message>
        <source>PostgreSQL (a process per connection), MySQL (threads)</source>
        <translation>PostgreSQL (a process per connection), MySQL (threads)</translation>
    </message>
    <message>
        <source>PostgreSQL keeps each session in its own process for isolation; MySQL gives each connection a thread to share its buffer pool cheaply.</source>
        <translation>PostgreSQL keeps each session in its own process for isolation; MySQL gives each connection a thread to share its buffer pool cheaply.</translation>
    </message>
    <message>
        <source>Virtual machines and containers</source>
        <translation>Virtual machines and containers</translation>
    </message>
    <message>
        <source>VMware, Docker</source>
        <translation>VMware, Docker</translation>
    </message>
    <message>
        <source>Isolation is the whole point: each VM or container is one or more processes that the kernel keeps apart (namespaces, cgroups).</source>
        <translation>Isolation is the whole point: each VM or container is one or more processes that the kernel keeps apart (namespaces, cgroups).</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Web server (HTTP on loopback)</source>
        <translation>Web server (HTTP on loopback)</translation>
    </message>
    <message>
        <source>Physics: n-body</source>
        <translation>Physics: n-body</translation>
    </message>
    <message>
        <source>Compiler: build many files</source>
        <translation>Compiler: build many files</translation>
    </message>
    <message>
        <source>Parallel downloads</source>
        <translation>Parallel downloads</translation>
    </message>
    <message>
        <source>Big data: map-reduce word count</source>
        <translation>Big data: map-reduce word count</translation>
    </message>
    <message>
        <source>Rendering: Mandelbrot tiles</source>
        <translation>Rendering: Mandelbrot tiles</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processes</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>event loop</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::AppsPage</name>
    <message>
        <source>Twelve workloads</source>
        <translation>Twelve workloads</translation>
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
        <translation>Thread or process? %1</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>Right: %1.</translation>
    </message>
    <message>
        <source>Not quite: real systems use %1.</source>
        <translation>Not quite: real systems use %1.</translation>
    </message>
    <message>
        <source>Choose an answer; the explanation follows.</source>
        <translation>Choose an answer; the explanation follows.</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 right</source>
        <translation>%1 of %2 answered, %3 right</translation>
    </message>
    <message>
        <source>Measuring the speed-up…</source>
        <translation>Measuring the speed-up…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Cancelled: every worker was stopped and reaped.</source>
        <translation>Cancelled: every worker was stopped and reaped.</translation>
    </message>
    <message>
        <source>Stopped at the time limit: every worker was stopped and reaped.</source>
        <translation>Stopped at the time limit: every worker was stopped and reaped.</translation>
    </message>
    <message>
        <source>The loopback port is already in use by another program.</source>
        <translation>The loopback port is already in use by another program.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n worker(s)</source>
        <translation>
            <numerusform>%1, %2, %n worker</numerusform>
            <numerusform>%1, %2, %n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>Wall time: %1 s</source>
        <translation>Wall time: %1 s</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>requests/s</translation>
    </message>
    <message>
        <source>files/s</source>
        <translation>files/s</translation>
    </message>
    <message>
        <source>words/s</source>
        <translation>words/s</translation>
    </message>
    <message>
        <source>pixels/s</source>
        <translation>pixels/s</translation>
    </message>
    <message>
        <source>body-steps/s</source>
        <translation>body-steps/s</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>messages/s</translation>
    </message>
    <message>
        <source>Throughput: %1 %2</source>
        <translation>Throughput: %1 %2</translation>
    </message>
    <message>
        <source>CPU: %1 % (100 % = one core busy)</source>
        <translation>CPU: %1 % (100 % = one core busy)</translation>
    </message>
    <message>
        <source>Peak resident memory: %1 MB</source>
        <translation>Peak resident memory: %1 MB</translation>
    </message>
    <message>
        <source>Checksum: %1 (the same in every mode for the same size)</source>
        <translation>Checksum: %1 (the same in every mode for the same size)</translation>
    </message>
    <message>
        <source>Latency: median %1 ms, 99th percentile %2 ms</source>
        <translation>Latency: median %1 ms, 99th percentile %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>One thread crashed (SIGSEGV): the whole process died with its %n thread(s); nothing was returned. (It ran in a sacrificial child process, so ptlab survived.)</source>
        <translation>
            <numerusform>One thread crashed (SIGSEGV): the whole process died with its %n thread; nothing was returned. (It ran in a sacrificial child process, so ptlab survived.)</numerusform>
            <numerusform>One thread crashed (SIGSEGV): the whole process died with its %n threads; nothing was returned. (It ran in a sacrificial child process, so ptlab survived.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Result checked: correct.</source>
        <translation>Result checked: correct.</translation>
    </message>
    <message>
        <source>Result checked: WRONG.</source>
        <translation>Result checked: WRONG.</translation>
    </message>
    <message>
        <source>Worker processes were forked without exec (pids %1). They appear on the States and Hardware pages while they run.</source>
        <translation>Worker processes were forked without exec (pids %1). They appear on the States and Hardware pages while they run.</translation>
    </message>
    <message>
        <source>The worker threads appear on the States and Hardware pages while they run.</source>
        <translation>The worker threads appear on the States and Hardware pages while they run.</translation>
    </message>
    <message>
        <source>Twelve classic applications and the model they use</source>
        <translation>Twelve classic applications and the model they use</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Thread or process?</source>
        <translation>Thread or process?</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Show all answers</source>
        <translation>Show all answers</translation>
    </message>
    <message>
        <source>Run a miniature on this machine</source>
        <translation>Run a miniature on this machine</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Work size</source>
        <translation>Work size</translation>
    </message>
    <message>
        <source>Scales the total work; the same size gives the same checksum in every mode</source>
        <translation>Scales the total work; the same size gives the same checksum in every mode</translation>
    </message>
    <message>
        <source>One worker crashes (SIGSEGV)</source>
        <translation>One worker crashes (SIGSEGV)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Measure speed-up</source>
        <translation>Measure speed-up</translation>
    </message>
    <message>
        <source>1 … 2× the hardware threads, three runs each; the median is plotted</source>
        <translation>1 … 2× the hardware threads, three runs each; the median is plotted</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a workload and a mode, then Run. Every figure is measured now.</source>
        <translation>Choose a workload and a mode, then Run. Every figure is measured now.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker process(es) died of SIGSEGV.</source>
        <translation>
            <numerusform>%n worker process died of SIGSEGV.</numerusform>
            <numerusform>%n worker processes died of SIGSEGV.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other processes kept serving; %1 requests failed.</source>
        <translation>The other processes kept serving; %1 requests failed.</translation>
    </message>
    <message>
        <source>The other processes were not affected, and the supervisor redid the lost part: the result is complete.</source>
        <translation>The other processes were not affected, and the supervisor redid the lost part: the result is complete.</translation>
    </message>
    <message>
        <source>The result is incomplete: the others could not go on without its part and were stopped.</source>
        <translation>The result is incomplete: the others could not go on without its part and were stopped.</translation>
    </message>
    <message>
        <source>Real systems: %1.</source>
        <translation>Real systems: %1.</translation>
    </message>
    <message>
        <source>No miniature of this one yet.</source>
        <translation>No miniature of this one yet.</translation>
    </message>
    <message>
        <source>Miniature: %1.</source>
        <translation>Miniature: %1.</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::SpeedupChart</name>
    <message>
        <source>workers (threads or processes)</source>
        <translation>workers (threads or processes)</translation>
    </message>
    <message>
        <source>speed-up ×</source>
        <translation>speed-up ×</translation>
    </message>
    <message>
        <source>measured (median)</source>
        <translation>measured (median)</translation>
    </message>
    <message>
        <source>Each bar spans the slowest to the fastest run.</source>
        <translation>Each bar spans the slowest to the fastest run.</translation>
    </message>
    <message>
        <source>Amdahl fit, serial fraction %1</source>
        <translation>Amdahl fit, serial fraction %1</translation>
    </message>
    <message>
        <source>Amdahl fit</source>
        <translation>Amdahl fit</translation>
    </message>
    <message>
        <source>ideal (N times faster)</source>
        <translation>ideal (N times faster)</translation>
    </message>
    <message numerus="yes">
        <source> %n hardware thread(s)</source>
        <translation>
            <numerusform> %n hardware thread</numerusform>
            <numerusform> %n hardware threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Press “Measure speed-up” to run the miniature with 1 … 2× the hardware threads.</source>
        <translation>Press “Measure speed-up” to run the miniature with 1 … 2× the hardware threads.</translation>
    </message>
    <message>
        <source>Estimated serial fraction f = %1 (Amdahl: S(N) = 1 / (f + (1 − f)/N)).</source>
        <translation>Estimated serial fraction f = %1 (Amdahl: S(N) = 1 / (f + (1 − f)/N)).</translation>
    </message>
    <message>
        <source>No number of workers can beat %1×.</source>
        <translation>No number of workers can beat %1×.</translation>
    </message>
    <message numerus="yes">
        <source>Beyond %n hardware thread(s), extra workers only take turns on the same cores.</source>
        <translation>
            <numerusform>Beyond %n hardware thread, extra workers only take turns on the same cores.</numerusform>
            <numerusform>Beyond %n hardware threads, extra workers only take turns on the same cores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Measuring…</translation>
    </message>
</context>
</TS>