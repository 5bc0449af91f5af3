<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExerciseTexts</name>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Predict a measurement, then let ptlab run the experiment and show the answer</source>
        <translation>Predict a measurement, then let ptlab run the experiment and show the answer</translation>
    </message>
    <message>
        <source>Exercise answered: the measurement is beside your prediction.</source>
        <translation>Exercise answered: the measurement is beside your prediction.</translation>
    </message>
    <message>
        <source>fork() from a large process against posix_spawn()</source>
        <translation>fork() from a large process against posix_spawn()</translation>
    </message>
    <message>
        <source>A context switch: threads against processes</source>
        <translation>A context switch: threads against processes</translation>
    </message>
    <message>
        <source>CPU time on one shared CPU</source>
        <translation>CPU time on one shared CPU</translation>
    </message>
    <message>
        <source>How many CPUs busy threads keep busy</source>
        <translation>How many CPUs busy threads keep busy</translation>
    </message>
    <message>
        <source>Data-parallel training: throughput with more workers</source>
        <translation>Data-parallel training: throughput with more workers</translation>
    </message>
    <message>
        <source>Reformat time against the size of the book</source>
        <translation>Reformat time against the size of the book</translation>
    </message>
    <message>
        <source>Speed-up of the Mandelbrot miniature</source>
        <translation>Speed-up of the Mandelbrot miniature</translation>
    </message>
    <message>
        <source>ptlab grows its resident memory by {mib} MiB, then starts a child with fork (the child exits at once) and another with posix_spawn of /bin/true. How many times longer than posix_spawn does fork take?</source>
        <translation>ptlab grows its resident memory by {mib} MiB, then starts a child with fork (the child exits at once) and another with posix_spawn of /bin/true. How many times longer than posix_spawn does fork take?</translation>
    </message>
    <message>
        <source>Two threads pinned to the same CPU pass one number back and forth through two pipes, {loops} times; then two processes do the same. How many times as long as a round trip between the threads does a round trip between the processes take?</source>
        <translation>Two threads pinned to the same CPU pass one number back and forth through two pipes, {loops} times; then two processes do the same. How many times as long as a round trip between the threads does a round trip between the processes take?</translation>
    </message>
    <message>
        <source>ptlab starts {threads} CPU-bound threads, not pinned, for {seconds} s. On this machine, how many CPUs do they keep busy on average (their CPU time divided by the wall time)?</source>
        <translation>ptlab starts {threads} CPU-bound threads, not pinned, for {seconds} s. On this machine, how many CPUs do they keep busy on average (their CPU time divided by the wall time)?</translation>
    </message>
    <message>
        <source>ptlab trains its small model (4 layers of 256) with a global batch of {batch} samples, once with 1 worker and once with {workers} data-parallel workers that sum their gradients with a ring all-reduce. How many times the samples per second of 1 worker do {workers} workers reach?</source>
        <translation>ptlab trains its small model (4 layers of 256) with a global batch of {batch} samples, once with 1 worker and once with {workers} data-parallel workers that sum their gradients with a ring all-reduce. How many times the samples per second of 1 worker do {workers} workers reach?</translation>
    </message>
    <message>
        <source>The word processor reformats a whole book (line breaking, justification, pagination) after every edit. ptlab reformats a book of {pages} pages, then one of {bigger} pages. How many times as long does the bigger book take?</source>
        <translation>The word processor reformats a whole book (line breaking, justification, pagination) after every edit. ptlab reformats a book of {pages} pages, then one of {bigger} pages. How many times as long does the bigger book take?</translation>
    </message>
    <message>
        <source>The Mandelbrot miniature renders the same frames twice, split among worker {mode|threads|processes}: once with 1 worker, once with {workers}. What speed-up do {workers} workers give (the time with 1 worker divided by the time with {workers})?</source>
        <translation>The Mandelbrot miniature renders the same frames twice, split among worker {mode|threads|processes}: once with 1 worker, once with {workers}. What speed-up do {workers} workers give (the time with 1 worker divided by the time with {workers})?</translation>
    </message>
    <message>
        <source>A round trip took {threads_us} µs between the threads and {processes_us} µs between the processes (medians, both pinned to one CPU): a ratio of {measured}. Each round trip is two context switches: the writer blocks reading its pipe (Running → Waiting), the kernel switches to the other task and back. The system calls and the scheduler&apos;s work are the same for both; between processes the switch also changes the address space, which costs a little more on some CPUs and almost nothing on others.</source>
        <translation>A round trip took {threads_us} µs between the threads and {processes_us} µs between the processes (medians, both pinned to one CPU): a ratio of {measured}. Each round trip is two context switches: the writer blocks reading its pipe (Running → Waiting), the kernel switches to the other task and back. The system calls and the scheduler&apos;s work are the same for both; between processes the switch also changes the address space, which costs a little more on some CPUs and almost nothing on others.</translation>
    </message>
    <message>
        <source>The {pages}-page book took {small_ms} ms ({small_pages} pages formatted), the {bigger}-page book {big_ms} ms ({big_pages} pages): {measured} times as long, for {size_ratio} times the pages. Each paragraph is broken into lines on its own, so the work grows in proportion to the text: a book twice as long freezes a single-threaded editor twice as long on every keystroke. That is why the reformat runs on a background thread that a new edit cancels and restarts.</source>
        <translation>The {pages}-page book took {small_ms} ms ({small_pages} pages formatted), the {bigger}-page book {big_ms} ms ({big_pages} pages): {measured} times as long, for {size_ratio} times the pages. Each paragraph is broken into lines on its own, so the work grows in proportion to the text: a book twice as long freezes a single-threaded editor twice as long on every keystroke. That is why the reformat runs on a background thread that a new edit cancels and restarts.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source> CPUs</source>
        <translation> CPUs</translation>
    </message>
    <message>
        <source>Within 10 % of the measurement (%1 % off): well predicted.</source>
        <translation>Within 10 % of the measurement (%1 % off): well predicted.</translation>
    </message>
    <message>
        <source>Within %1 % of the measurement (%2 % off).</source>
        <translation>Within %1 % of the measurement (%2 % off).</translation>
    </message>
    <message>
        <source>%1 % off the measurement: worth reading the explanation.</source>
        <translation>%1 % off the measurement: worth reading the explanation.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was measured. Run it again to see the answer.</source>
        <translation>Cancelled: nothing was measured. Run it again to see the answer.</translation>
    </message>
    <message>
        <source>The experiment could not run on this machine: %1</source>
        <translation>The experiment could not run on this machine: %1</translation>
    </message>
    <message>
        <source>ptlab starts {threads} CPU-bound threads, all pinned to the same CPU, and lets them run for {seconds} s. How many seconds of CPU time does each thread get?</source>
        <translation>ptlab starts {threads} CPU-bound threads, all pinned to the same CPU, and lets them run for {seconds} s. How many seconds of CPU time does each thread get?</translation>
    </message>
    <message>
        <source>hwloc counts on this machine: packages {packages}, cores {cores}, hardware threads {pus}; the kernel lets ptlab use {cpus} of its CPUs. The {threads} threads used {total_cpu_s} s of CPU time in {wall_s} s: {measured} CPUs busy on average, out of at most {expected} (a thread runs on one hardware thread at a time, so {threads} threads keep at most min({threads}, {cpus}) CPUs busy). Less than that means other programs were busy too.</source>
        <translation>hwloc counts on this machine: packages {packages}, cores {cores}, hardware threads {pus}; the kernel lets ptlab use {cpus} of its CPUs. The {threads} threads used {total_cpu_s} s of CPU time in {wall_s} s: {measured} CPUs busy on average, out of at most {expected} (a thread runs on one hardware thread at a time, so {threads} threads keep at most min({threads}, {cpus}) CPUs busy). Less than that means other programs were busy too.</translation>
    </message>
    <message>
        <source>1 worker trained {single_sps} samples/s, {workers} workers {data_sps} samples/s: {measured} times as many (hardware threads on this machine: {hardware_threads}). Each worker computes the gradient of {shard} samples, then every step waits for the all-reduce, in which each worker sends {sent_kib} KiB. More workers than CPUs only take turns; a smaller batch gives each worker less to compute against the same communication, so the gain shrinks. Other busy programs change the result: {workers} workers win a larger share of the CPUs from them than 1 worker does.</source>
        <translation>1 worker trained {single_sps} samples/s, {workers} workers {data_sps} samples/s: {measured} times as many (hardware threads on this machine: {hardware_threads}). Each worker computes the gradient of {shard} samples, then every step waits for the all-reduce, in which each worker sends {sent_kib} KiB. More workers than CPUs only take turns; a smaller batch gives each worker less to compute against the same communication, so the gain shrinks. Other busy programs change the result: {workers} workers win a larger share of the CPUs from them than 1 worker does.</translation>
    </message>
    <message>
        <source>With 1 worker the frames took {wall_1_s} s, with {workers} workers {wall_n_s} s: a speed-up of {measured} (hardware threads on this machine: {hardware_threads}). Tiles of the picture are independent, so the work splits well, but workers only run at the same time on different CPUs: the speed-up cannot pass the number of CPUs ({ideal} here), and the start of the workers and the final merge are serial (Amdahl&apos;s law). Other busy programs change the result: {workers} workers win a larger share of the CPUs from them than 1 worker does.</source>
        <translation>With 1 worker the frames took {wall_1_s} s, with {workers} workers {wall_n_s} s: a speed-up of {measured} (hardware threads on this machine: {hardware_threads}). Tiles of the picture are independent, so the work splits well, but workers only run at the same time on different CPUs: the speed-up cannot pass the number of CPUs ({ideal} here), and the start of the workers and the final merge are serial (Amdahl&apos;s law). Other busy programs change the result: {workers} workers win a larger share of the CPUs from them than 1 worker does.</translation>
    </message>
    <message>
        <source>The {threads} threads shared CPU {cpu} for {wall_s} s and got {total_cpu_s} s of CPU time together, {cpu_each_s} s each on average (from {cpu_min_s} to {cpu_max_s} s). On one CPU only one thread runs at a time: the scheduler gives each a time slice and then preempts it (Running → Ready), so each gets about 1/{threads} of the CPU. Each thread was preempted about {preemptions_each} times and ran {slice_ms} ms per turn on average. A total below {wall_s} s means other programs ran on CPU {cpu} as well: the demo threads run at nice {nice}, so programs at the usual nice 0 get the CPU first.</source>
        <translation>The {threads} threads shared CPU {cpu} for {wall_s} s and got {total_cpu_s} s of CPU time together, {cpu_each_s} s each on average (from {cpu_min_s} to {cpu_max_s} s). On one CPU only one thread runs at a time: the scheduler gives each a time slice and then preempts it (Running → Ready), so each gets about 1/{threads} of the CPU. Each thread was preempted about {preemptions_each} times and ran {slice_ms} ms per turn on average. A total below {wall_s} s means other programs ran on CPU {cpu} as well: the demo threads run at nice {nice}, so programs at the usual nice 0 get the CPU first.</translation>
    </message>
    <message>
        <source>From {mib} MiB of resident memory, fork + exit + waitpid took {fork_us} µs and posix_spawn + waitpid {spawn_us} µs (the fastest of {runs} runs each): fork took {measured} times as long. fork copies the page tables of every resident page ({pages} pages of 4 KiB here) so that parent and child can share the memory copy-on-write; posix_spawn (clone with CLONE_VM | CLONE_VFORK) shares the parent&apos;s memory until the exec and copies nothing. From a small process (10 MiB) fork took {fork_small_us} µs: its cost grows with the memory.</source>
        <translation>From {mib} MiB of resident memory, fork + exit + waitpid took {fork_us} µs and posix_spawn + waitpid {spawn_us} µs (the fastest of {runs} runs each): fork took {measured} times as long. fork copies the page tables of every resident page ({pages} pages of 4 KiB here) so that parent and child can share the memory copy-on-write; posix_spawn (clone with CLONE_VM | CLONE_VFORK) shares the parent&apos;s memory until the exec and copies nothing. From a small process (10 MiB) fork took {fork_small_us} µs: its cost grows with the memory.</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::ExercisePanel</name>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Running the experiment on this machine…</source>
        <translation>Running the experiment on this machine…</translation>
    </message>
    <message>
        <source>Measured on this machine in %1 s.</source>
        <translation>Measured on this machine in %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Predict first, then measure: each exercise draws its numbers from the seed (the same seed always asks the same question), and ptlab answers it with a real run on this machine. %n exercise(s) for this lesson.</source>
        <translation>
            <numerusform>Predict first, then measure: each exercise draws its numbers from the seed (the same seed always asks the same question), and ptlab answers it with a real run on this machine. %n exercise for this lesson.</numerusform>
            <numerusform>Predict first, then measure: each exercise draws its numbers from the seed (the same seed always asks the same question), and ptlab answers it with a real run on this machine. %n exercises for this lesson.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Exercise:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>The same seed always gives the same question, on every machine</source>
        <translation>The same seed always gives the same question, on every machine</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>&amp;New question</translation>
    </message>
    <message>
        <source>Draws another seed</source>
        <translation>Draws another seed</translation>
    </message>
    <message>
        <source>Your &amp;prediction:</source>
        <translation>Your &amp;prediction:</translation>
    </message>
    <message>
        <source>&amp;Run and reveal</source>
        <translation>&amp;Run and reveal</translation>
    </message>
    <message>
        <source>Runs the experiment for real, off the window&apos;s thread, then shows the measured answer</source>
        <translation>Runs the experiment for real, off the window&apos;s thread, then shows the measured answer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>You predicted</source>
        <translation>You predicted</translation>
    </message>
    <message>
        <source>Measured now</source>
        <translation>Measured now</translation>
    </message>
</context>
</TS>
