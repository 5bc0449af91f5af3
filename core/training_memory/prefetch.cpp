#include "core/training_memory/prefetch.h"

#include "core/util/atomic_file.h"
#include "core/util/bounded_read.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <unistd.h>

namespace ptlab::training_memory {

BatchFiles::~BatchFiles()
{
    if (!m_dir.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
}

BatchFiles::BatchFiles(BatchFiles&& other) noexcept : m_dir(std::move(other.m_dir)), m_paths(std::move(other.m_paths))
{
    other.m_dir.clear();
}

Result<BatchFiles> BatchFiles::create(const MlpShape& shape, int files, std::size_t rowsPerFile, std::uint32_t seed)
{
    std::error_code ec;
    std::string pattern = (std::filesystem::temp_directory_path(ec) / "ptlab-prefetch-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        return errorFromErrno(errno, "create a temporary folder for the batch files");
    BatchFiles set;
    set.m_dir = pattern;
    const Dataset data = makeTeacherDataset(shape, rowsPerFile * static_cast<std::size_t>(files), seed);
    char buffer[32];
    for (int f = 0; f < files; ++f) {
        std::string text;
        text.reserve(rowsPerFile * (shape.inputs + shape.outputs) * 14);
        for (std::size_t r = 0; r < rowsPerFile; ++r) {
            const std::size_t row = static_cast<std::size_t>(f) * rowsPerFile + r;
            for (int i = 0; i < shape.inputs + shape.outputs; ++i) {
                const float v = i < shape.inputs ? data.x[row * shape.inputs + i]
                                                 : data.y[row * shape.outputs + (i - shape.inputs)];
                auto res = std::to_chars(buffer, buffer + sizeof buffer, v);
                text.append(buffer, res.ptr);
                text.push_back(i + 1 < shape.inputs + shape.outputs ? ',' : '\n');
            }
        }
        const std::string path = set.m_dir + "/batch-" + std::to_string(f) + ".csv";
        std::string reason;
        if (!writeFileAtomically(path, text, reason))
            return Error { Error::Code::Io, 0, "cannot write " + path + ": " + reason };
        set.m_paths.push_back(path);
    }
    return set;
}

Result<Dataset> loadBatchFile(const std::string& path, int inputs, int outputs)
{
    auto text = readFileBounded(path, 64u << 20, "A batch file");
    if (!text)
        return text.error();
    Dataset d;
    d.inputs = inputs;
    d.outputs = outputs;
    const char* p = text->data();
    const char* end = p + text->size();
    int column = 0;
    while (p < end) {
        float v = 0;
        auto res = std::from_chars(p, end, v);
        if (res.ec != std::errc())
            return Error { Error::Code::Parse, 0, "not a number in " + path };
        (column < inputs ? d.x : d.y).push_back(v);
        column = (column + 1) % (inputs + outputs);
        p = res.ptr;
        if (p < end && (*p == ',' || *p == '\n'))
            ++p;
    }
    if (d.x.size() != d.size() * static_cast<std::size_t>(inputs)
        || d.y.size() != d.size() * static_cast<std::size_t>(outputs))
        return Error { Error::Code::Parse, 0, "a short row in " + path };
    return d;
}

namespace {

// Bounded queue between loaders and the trainer; close() wakes everyone for a stop.
class BatchQueue
{
public:
    explicit BatchQueue(std::size_t capacity) : m_capacity(std::max<std::size_t>(1, capacity)) { }
    bool push(Result<Dataset> item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }
    std::optional<Result<Dataset>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return std::nullopt;
        auto item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<Result<Dataset>> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
};

std::vector<std::string> trackNames(int loaders)
{
    std::vector<std::string> names { "trainer" };
    for (int l = 0; l < loaders; ++l)
        names.push_back("loader " + std::to_string(l));
    return names;
}

} // namespace

PrefetchRun runPrefetch(const BatchFiles& files, const PrefetchOptions& o)
{
    const int loaders = std::max(0, o.loaderThreads);
    PrefetchRun run { loaders, 0, 0, 0, 0, 0, 0, {}, SpanTimeline(trackNames(loaders)), false, {} };
    const auto& paths = files.paths();
    const int total = static_cast<int>(paths.size());
    std::vector<float> params = initialParams(o.shape, o.seed);
    std::vector<float> grad(params.size()), m(params.size(), 0.0f), v(params.size(), 0.0f);
    SpanTimeline& tl = run.timeline;

    BatchQueue queue(static_cast<std::size_t>(o.queueCapacity));
    std::atomic<int> next { 0 };
    std::vector<std::thread> threads;
    for (int l = 0; l < loaders; ++l) {
        threads.emplace_back([&, l] {
            if (o.onThreadStarted)
                o.onThreadStarted(gettid(), "data loader " + std::to_string(l + 1));
            for (;;) {
                const int index = next.fetch_add(1);
                if (index >= total)
                    return;
                const auto a = SpanTimeline::steadyNowNs();
                auto batch = loadBatchFile(paths[index], o.shape.inputs, o.shape.outputs);
                const auto b = SpanTimeline::steadyNowNs();
                tl.add(static_cast<std::size_t>(l) + 1, "read + parse", a, b);
                const bool pushed = queue.push(std::move(batch));
                tl.add(static_cast<std::size_t>(l) + 1, "queue full", b, SpanTimeline::steadyNowNs());
                if (!pushed)
                    return;
            }
        });
    }

    if (o.onThreadStarted)
        o.onThreadStarted(gettid(), loaders > 0 ? "trainer" : "trainer (reads its own batches)");
    const auto start = SpanTimeline::steadyNowNs();
    std::int64_t waitNs = 0, busyNs = 0;
    std::size_t samples = 0;
    for (int b = 0; b < total; ++b) {
        if (o.cancel && o.cancel->load()) {
            run.cancelled = true;
            break;
        }
        const auto a = SpanTimeline::steadyNowNs();
        std::optional<Result<Dataset>> batch;
        if (loaders == 0)
            batch = loadBatchFile(paths[b], o.shape.inputs, o.shape.outputs);
        else
            batch = queue.pop();
        const auto w = SpanTimeline::steadyNowNs();
        tl.add(0, loaders == 0 ? "data wait (reading)" : "data wait", a, w);
        waitNs += w - a;
        if (!batch || !*batch) {
            if (batch)
                run.error = batch->error();
            break;
        }
        const Dataset& d = batch->value();
        std::int64_t forwardEnd = 0;
        BackwardOptions bo;
        bo.forwardEndNs = &forwardEnd;
        run.loss.push_back(lossAndGradient(o.shape, params.data(), d, 0, d.size(), grad.data(), bo));
        const auto c = SpanTimeline::steadyNowNs();
        tl.add(0, "forward", w, forwardEnd);
        tl.add(0, "backward", forwardEnd, c);
        const int t = b + 1;
        const float c1 = 1.0f - std::pow(0.9f, static_cast<float>(t)),
                    c2 = 1.0f - std::pow(0.999f, static_cast<float>(t));
        for (std::size_t k = 0; k < params.size(); ++k) {
            m[k] = 0.9f * m[k] + 0.1f * grad[k];
            v[k] = 0.999f * v[k] + 0.001f * grad[k] * grad[k];
            params[k] -= o.learningRate * (m[k] / c1) / (std::sqrt(v[k] / c2) + 1e-8f);
        }
        const auto e = SpanTimeline::steadyNowNs();
        tl.add(0, "optimizer", c, e);
        busyNs += e - w;
        samples += d.size();
        ++run.batches;
    }
    queue.close();
    for (auto& t : threads)
        t.join();
    run.seconds = static_cast<double>(SpanTimeline::steadyNowNs() - start) / 1e9;
    run.trainerWaitSeconds = static_cast<double>(waitNs) / 1e9;
    run.trainerBusySeconds = static_cast<double>(busyNs) / 1e9;
    run.idleShare = waitNs + busyNs > 0 ? static_cast<double>(waitNs) / static_cast<double>(waitNs + busyNs) : 0;
    run.samplesPerSecond = run.seconds > 0 ? static_cast<double>(samples) / run.seconds : 0;
    return run;
}

} // namespace ptlab::training_memory
