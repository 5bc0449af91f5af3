#include "core/training_memory/prefetch.h"

#include "core/training/optimizer.h"

#include "core/util/atomic_file.h"
#include "core/util/bounded_read.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
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

Result<BatchFiles> BatchFiles::create(
    const training::ModelShape& shape, int files, std::size_t rowsPerFile, std::uint32_t seed)
{
    std::error_code ec;
    std::string pattern = (std::filesystem::temp_directory_path(ec) / "ptlab-prefetch-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        return errorFromErrno(errno, "create a temporary folder for the batch files");
    BatchFiles set;
    set.m_dir = pattern;
    const int rows = static_cast<int>(rowsPerFile);
    const training::Dataset data = scenarioData(shape, rows * files, seed);
    const int inputs = static_cast<int>(data.x.rows());
    char buffer[32];
    for (int f = 0; f < files; ++f) {
        std::string text;
        text.reserve(rowsPerFile * static_cast<std::size_t>(inputs + 1) * 14);
        for (int r = 0; r < rows; ++r) {
            const Eigen::Index sample = static_cast<Eigen::Index>(f) * rows + r;
            for (int i = 0; i < inputs; ++i) {
                auto res = std::to_chars(buffer, buffer + sizeof buffer, data.x(i, sample));
                text.append(buffer, res.ptr);
                text.push_back(',');
            }
            auto res = std::to_chars(buffer, buffer + sizeof buffer, data.labels[static_cast<std::size_t>(sample)]);
            text.append(buffer, res.ptr);
            text.push_back('\n');
        }
        const std::string path = set.m_dir + "/batch-" + std::to_string(f) + ".csv";
        std::string reason;
        if (!writeFileAtomically(path, text, reason))
            return Error { Error::Code::Io, 0, "cannot write " + path + ": " + reason };
        set.m_paths.push_back(path);
    }
    return set;
}

Result<training::Batch> loadBatchFile(const std::string& path, int inputs, int classes)
{
    auto text = readFileBounded(path, 64u << 20, "A batch file");
    if (!text)
        return text.error();
    std::vector<float> x;
    std::vector<int> labels;
    const char* p = text->data();
    const char* end = p + text->size();
    while (p < end) {
        for (int i = 0; i < inputs; ++i) {
            float v = 0;
            auto res = std::from_chars(p, end, v);
            if (res.ec != std::errc() || res.ptr == end || *res.ptr != ',')
                return Error { Error::Code::Parse, 0, "not a coordinate in " + path };
            x.push_back(v);
            p = res.ptr + 1;
        }
        int label = 0;
        auto res = std::from_chars(p, end, label);
        if (res.ec != std::errc() || label < 0 || label >= classes)
            return Error { Error::Code::Parse, 0, "not a class label in " + path };
        labels.push_back(label);
        p = res.ptr;
        if (p < end && *p++ != '\n')
            return Error { Error::Code::Parse, 0,
                "a row longer than " + std::to_string(inputs + 1) + " values in " + path };
    }
    training::Batch batch;
    batch.x = training::ConstMatrixMap(x.data(), inputs, static_cast<Eigen::Index>(labels.size()));
    batch.labels = std::move(labels);
    return batch;
}

namespace {

// Bounded queue between loaders and the trainer; close() wakes everyone for a stop.
class BatchQueue
{
public:
    explicit BatchQueue(std::size_t capacity) : m_capacity(std::max<std::size_t>(1, capacity)) { }
    bool push(Result<training::Batch> item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }
    std::optional<Result<training::Batch>> pop()
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
    std::deque<Result<training::Batch>> m_items;
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
    training::Mlp model(o.shape, o.seed);
    training::Optimizer adam(
        training::OptimizerConfig { .kind = training::OptimizerConfig::Kind::Adam, .learningRate = o.learningRate },
        o.shape.parameterCount());
    std::vector<float> grad(o.shape.parameterCount());
    const int inputs = o.shape.inputs(0), classes = o.shape.widths.back();
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
                auto batch = loadBatchFile(paths[index], inputs, classes);
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
        std::optional<Result<training::Batch>> batch;
        if (loaders == 0)
            batch = loadBatchFile(paths[b], inputs, classes);
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
        const training::Batch& d = batch->value();
        training::ForwardCache cache;
        model.forward(0, o.shape.layers(), d.x, cache);
        training::Matrix dLogits;
        run.loss.push_back(
            training::softmaxCrossEntropy(cache.output, d.labels, 1.0f / static_cast<float>(d.size()), dLogits));
        const auto forwardEnd = SpanTimeline::steadyNowNs(); // the loss counts as forward
        std::fill(grad.begin(), grad.end(), 0.0f);
        model.backward(cache, std::move(dLogits), nullptr, grad);
        const auto c = SpanTimeline::steadyNowNs();
        tl.add(0, "forward", w, forwardEnd);
        tl.add(0, "backward", forwardEnd, c);
        adam.update(model.parameters(), grad, b + 1);
        const auto e = SpanTimeline::steadyNowNs();
        tl.add(0, "optimizer", c, e);
        busyNs += e - w;
        samples += static_cast<std::size_t>(d.size());
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
