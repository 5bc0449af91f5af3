// The Exercises tab's sentences. Question and explanation templates say what core's say (tests compare them).
#include "ui/exercises/exercise_texts.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace ptlab::ui {

QString ExerciseTexts::tabTitle()
{
    return tr("Exercises");
}

QString ExerciseTexts::tabToolTip()
{
    return tr("Predict a measurement, then let ptlab run the experiment and show the answer");
}

QString ExerciseTexts::answeredStatus()
{
    return tr("Exercise answered: the measurement is beside your prediction.");
}

QString ExerciseTexts::title(const std::string& generator)
{
    if (generator == "fork-spawn")
        return tr("fork() from a large process against posix_spawn()");
    if (generator == "context-switch")
        return tr("A context switch: threads against processes");
    if (generator == "states-pinned")
        return tr("CPU time on one shared CPU");
    if (generator == "hardware-parallelism")
        return tr("How many CPUs busy threads keep busy");
    if (generator == "training-scaling")
        return tr("Data-parallel training: throughput with more workers");
    if (generator == "wordproc-scaling")
        return tr("Reformat time against the size of the book");
    if (generator == "workload-speedup")
        return tr("Speed-up of the Mandelbrot miniature");
    return QString::fromStdString(generator);
}

QString ExerciseTexts::questionTemplate(const std::string& generator)
{
    if (generator == "fork-spawn")
        return tr(
            "ptlab grows its resident memory by {mib} MiB, then starts a child with fork (the child exits at once) and "
            "another with posix_spawn of /bin/true. How many times longer than posix_spawn does fork take?");
    if (generator == "context-switch")
        return tr("Two threads pinned to the same CPU pass one number back and forth through two pipes, {loops} times; "
                  "then two processes do the same. How many times as long as a round trip between the threads does a "
                  "round trip between the processes take?");
    if (generator == "states-pinned")
        return tr("ptlab starts {threads} CPU-bound threads, all pinned to the same CPU, and lets them run for "
                  "{seconds} s. How many seconds of CPU time does each thread get?");
    if (generator == "hardware-parallelism")
        return tr("ptlab starts {threads} CPU-bound threads, not pinned, for {seconds} s. On this machine, how many "
                  "CPUs do they keep busy on average (their CPU time divided by the wall time)?");
    if (generator == "training-scaling")
        return tr("ptlab trains its small model (4 layers of 256) with a global batch of {batch} samples, once with 1 "
                  "worker and once with {workers} data-parallel workers that sum their gradients with a ring "
                  "all-reduce. How many times the samples per second of 1 worker do {workers} workers reach?");
    if (generator == "wordproc-scaling")
        return tr("The word processor reformats a whole book (line breaking, justification, pagination) after every "
                  "edit. ptlab reformats a book of {pages} pages, then one of {bigger} pages. How many times as long "
                  "does the bigger book take?");
    if (generator == "workload-speedup")
        return tr("The Mandelbrot miniature renders the same frames twice, split among worker "
                  "{mode|threads|processes}: once with 1 worker, once with {workers}. What speed-up do {workers} "
                  "workers give (the time with 1 worker divided by the time with {workers})?");
    return {};
}

QString ExerciseTexts::explanationTemplate(const std::string& generator)
{
    if (generator == "fork-spawn")
        return tr("From {mib} MiB of resident memory, fork + exit + waitpid took {fork_us} µs and posix_spawn + "
                  "waitpid {spawn_us} µs (the fastest of {runs} runs each): fork took {measured} times as long. fork "
                  "copies the page tables of every resident page ({pages} pages of 4 KiB here) so that parent and "
                  "child can share the memory copy-on-write; posix_spawn (clone with CLONE_VM | CLONE_VFORK) shares "
                  "the parent's memory until the exec and copies nothing. From a small process (10 MiB) fork took "
                  "{fork_small_us} µs: its cost grows with the memory.");
    if (generator == "context-switch")
        return tr(
            "A round trip took {threads_us} µs between the threads and {processes_us} µs between the processes "
            "(medians, both pinned to one CPU): a ratio of {measured}. Each round trip is two context switches: the "
            "writer blocks reading its pipe (Running → Waiting), the kernel switches to the other task and back. The "
            "system calls and the scheduler's work are the same for both; between processes the switch also changes "
            "the address space, which costs a little more on some CPUs and almost nothing on others.");
    if (generator == "states-pinned")
        return tr("The {threads} threads shared CPU {cpu} for {wall_s} s and got {total_cpu_s} s of CPU time together, "
                  "{cpu_each_s} s each on average (from {cpu_min_s} to {cpu_max_s} s). On one CPU only one thread runs "
                  "at a time: the scheduler gives each a time slice and then preempts it (Running → Ready), so each "
                  "gets about 1/{threads} of the CPU. Each thread was preempted about {preemptions_each} times and ran "
                  "{slice_ms} ms per turn on average. A total below {wall_s} s means other programs ran on CPU {cpu} "
                  "as well: the demo threads run at nice {nice}, so programs at the usual nice 0 get the CPU first.");
    if (generator == "hardware-parallelism")
        return tr("hwloc counts on this machine: packages {packages}, cores {cores}, hardware threads {pus}; the "
                  "kernel lets ptlab use {cpus} of its CPUs. The {threads} threads used {total_cpu_s} s of CPU time in "
                  "{wall_s} s: {measured} CPUs busy on average, out of at most {expected} (a thread runs on one "
                  "hardware thread at a time, so {threads} threads keep at most min({threads}, {cpus}) CPUs busy). "
                  "Less than that means other programs were busy too.");
    if (generator == "training-scaling")
        return tr("1 worker trained {single_sps} samples/s, {workers} workers {data_sps} samples/s: {measured} times "
                  "as many (hardware threads on this machine: {hardware_threads}). Each worker computes the gradient "
                  "of {shard} samples, then every step waits for the all-reduce, in which each worker sends {sent_kib} "
                  "KiB. More workers than CPUs only take turns; a smaller batch gives each worker less to compute "
                  "against the same communication, so the gain shrinks. Other busy programs change the result: "
                  "{workers} workers win a larger share of the CPUs from them than 1 worker does.");
    if (generator == "wordproc-scaling")
        return tr("The {pages}-page book took {small_ms} ms ({small_pages} pages formatted), the {bigger}-page book "
                  "{big_ms} ms ({big_pages} pages): {measured} times as long, for {size_ratio} times the pages. Each "
                  "paragraph is broken into lines on its own, so the work grows in proportion to the text: a book "
                  "twice as long freezes a single-threaded editor twice as long on every keystroke. That is why the "
                  "reformat runs on a background thread that a new edit cancels and restarts.");
    if (generator == "workload-speedup")
        return tr("With 1 worker the frames took {wall_1_s} s, with {workers} workers {wall_n_s} s: a speed-up of "
                  "{measured} (hardware threads on this machine: {hardware_threads}). Tiles of the picture are "
                  "independent, so the work splits well, but workers only run at the same time on different CPUs: the "
                  "speed-up cannot pass the number of CPUs ({ideal} here), and the start of the workers and the final "
                  "merge are serial (Amdahl's law). Other busy programs change the result: {workers} workers win a "
                  "larger share of the CPUs from them than 1 worker does.");
    return {};
}
QString ExerciseTexts::number(double value, const QLocale& locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("-");
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    const double rounded = std::round(value);
    if (std::abs(value - rounded) < 1e-9 || std::abs(value) >= 100)
        return l.toString(static_cast<qlonglong>(rounded));
    const int digits = value == 0 ? 0 : static_cast<int>(std::floor(std::log10(std::abs(value))));
    QString text = l.toString(value, 'f', std::clamp(2 - digits, 0, 6));
    const QChar point = l.decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString ExerciseTexts::fill(QString text, const exercises::Values& values, const QLocale& locale)
{
    for (const auto& v : values) {
        const QString key = QString::fromStdString(v.key);
        // {key|word0|word1}: the word the value indexes (the words are translated with the sentence).
        const QRegularExpression choice(
            QStringLiteral("\\{") + QRegularExpression::escape(key) + QStringLiteral("\\|([^}]*)\\}"));
        for (auto m = choice.match(text); m.hasMatch(); m = choice.match(text)) {
            const QStringList words = m.captured(1).split(QLatin1Char('|'));
            const auto index = static_cast<qsizetype>(std::clamp(v.value, 0.0, double(words.size() - 1)));
            text.replace(m.capturedStart(), m.capturedLength(), words[index]);
        }
        text.replace(QLatin1Char('{') + key + QLatin1Char('}'), number(v.value, locale));
    }
    return text;
}

QString ExerciseTexts::question(const exercises::Question& q, const QLocale& locale)
{
    return fill(questionTemplate(q.generator), q.params, locale);
}

QString ExerciseTexts::explanation(const exercises::Question& q, const exercises::Answer& a, const QLocale& locale)
{
    exercises::Values all = q.params;
    all.insert(all.end(), a.values.begin(), a.values.end());
    return fill(explanationTemplate(q.generator), all, locale);
}

QString ExerciseTexts::unitSuffix(const std::string& unit)
{
    if (unit == "s")
        return tr(" s", "seconds");
    if (unit == "x")
        return QStringLiteral(" ×");
    if (unit == "CPUs")
        return tr(" CPUs");
    if (unit == "us")
        return QStringLiteral(" µs");
    return QLatin1Char(' ') + QString::fromStdString(unit);
}

QString ExerciseTexts::withUnit(double value, const std::string& unit, const QLocale& locale)
{
    return number(value, locale) + unitSuffix(unit);
}

QString ExerciseTexts::verdict(const exercises::Verdict& v, const QLocale& locale)
{
    const QString off = number(v.offPercent, locale);
    if (v.withinPercent == 10)
        return tr("Within 10 % of the measurement (%1 % off): well predicted.").arg(off);
    if (v.withinPercent > 0)
        return tr("Within %1 % of the measurement (%2 % off).").arg(v.withinPercent).arg(off);
    return tr("%1 % off the measurement: worth reading the explanation.").arg(off);
}

QString ExerciseTexts::failure(const exercises::Answer& a)
{
    if (a.cancelled)
        return tr("Cancelled: nothing was measured. Run it again to see the answer.");
    if (a.error)
        return tr("The experiment could not run on this machine: %1").arg(QString::fromStdString(a.error->message));
    return {};
}

} // namespace ptlab::ui
