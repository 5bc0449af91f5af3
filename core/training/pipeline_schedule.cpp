#include "core/training/pipeline_schedule.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace ptlab::training {

const char* scheduleName(Schedule s)
{
    return s == Schedule::GPipe ? "gpipe" : "1f1b";
}

StageOrders makeSchedule(Schedule schedule, int stages, int microbatches)
{
    StageOrders orders(static_cast<std::size_t>(stages));
    using K = PipeOp::Kind;
    for (int s = 0; s < stages; ++s) {
        auto& o = orders[static_cast<std::size_t>(s)];
        if (schedule == Schedule::GPipe) {
            for (int i = 0; i < microbatches; ++i)
                o.push_back({ K::Forward, i });
            for (int i = 0; i < microbatches; ++i)
                o.push_back({ K::Backward, i });
            continue;
        }
        // 1F1B: the last stage can start a backward right after its first forward; stage s must first
        // fill the pipe below it with p − s − 1 more forwards.
        const int warmup = std::min(stages - s - 1, microbatches);
        int f = 0, b = 0;
        for (; f < warmup; ++f)
            o.push_back({ K::Forward, f });
        while (f < microbatches) {
            o.push_back({ K::Forward, f++ });
            o.push_back({ K::Backward, b++ });
        }
        while (b < microbatches)
            o.push_back({ K::Backward, b++ });
    }
    return orders;
}

double Timeline::makespan() const
{
    if (ops.empty())
        return 0;
    double first = ops.front().start, last = ops.front().end;
    for (const auto& op : ops) {
        first = std::min(first, op.start);
        last = std::max(last, op.end);
    }
    return last - first;
}

double Timeline::bubble() const
{
    const double span = makespan();
    if (span <= 0 || stages == 0)
        return 0;
    double busy = 0;
    for (const auto& op : ops)
        busy += op.end - op.start;
    return 1.0 - busy / (stages * span);
}

double theoreticalBubble(int stages, int microbatches)
{
    return static_cast<double>(stages - 1) / static_cast<double>(microbatches + stages - 1);
}

Result<Timeline> simulate(const StageOrders& orders, double forwardTime, double backwardTime)
{
    const int p = static_cast<int>(orders.size());
    int m = 0;
    for (const auto& o : orders)
        for (const auto& op : o)
            m = std::max(m, op.microbatch + 1);
    // done[kind][stage][mb] = end time, or -1 while not run.
    std::vector<std::vector<double>> fDone(
        static_cast<std::size_t>(p), std::vector<double>(static_cast<std::size_t>(m), -1));
    auto bDone = fDone;
    std::vector<std::size_t> next(static_cast<std::size_t>(p), 0);
    std::vector<double> freeAt(static_cast<std::size_t>(p), 0);
    Timeline t;
    t.stages = p;
    t.microbatches = m;
    // Repeatedly run any stage whose next op has its inputs; a full pass without progress is a deadlock.
    for (bool progress = true; progress;) {
        progress = false;
        for (int s = 0; s < p; ++s) {
            const auto su = static_cast<std::size_t>(s);
            if (next[su] >= orders[su].size())
                continue;
            const PipeOp op = orders[su][next[su]];
            const auto i = static_cast<std::size_t>(op.microbatch);
            double ready = freeAt[su];
            if (op.kind == PipeOp::Kind::Forward) {
                if (s > 0) {
                    if (fDone[su - 1][i] < 0)
                        continue;
                    ready = std::max(ready, fDone[su - 1][i]);
                }
            } else {
                if (fDone[su][i] < 0)
                    continue;
                if (s + 1 < p) {
                    if (bDone[su + 1][i] < 0)
                        continue;
                    ready = std::max(ready, bDone[su + 1][i]);
                }
            }
            const double end = ready + (op.kind == PipeOp::Kind::Forward ? forwardTime : backwardTime);
            (op.kind == PipeOp::Kind::Forward ? fDone : bDone)[su][i] = end;
            freeAt[su] = end;
            t.ops.push_back({ s, op, ready, end });
            ++next[su];
            progress = true;
        }
    }
    for (int s = 0; s < p; ++s)
        if (next[static_cast<std::size_t>(s)] < orders[static_cast<std::size_t>(s)].size())
            return Error { Error::Code::InvalidArgument, 0, "the schedule deadlocks on stage " + std::to_string(s) };
    return t;
}

Result<void> validate(const Timeline& timeline)
{
    const int p = timeline.stages, m = timeline.microbatches;
    std::map<std::tuple<int, int, int>, const TimedOp*> at; // (kind, stage, mb)
    auto fail = [](const std::string& why) { return Error { Error::Code::InvalidArgument, 0, why }; };
    for (const auto& op : timeline.ops) {
        const auto key = std::make_tuple(static_cast<int>(op.op.kind), op.stage, op.op.microbatch);
        if (op.stage < 0 || op.stage >= p || op.op.microbatch < 0 || op.op.microbatch >= m)
            return fail("an op outside the pipeline");
        if (at.count(key))
            return fail("an op ran twice");
        if (op.end < op.start)
            return fail("an op ends before it starts");
        at[key] = &op;
    }
    auto get = [&at](PipeOp::Kind k, int s, int i) {
        auto it = at.find(std::make_tuple(static_cast<int>(k), s, i));
        return it == at.end() ? nullptr : it->second;
    };
    using K = PipeOp::Kind;
    for (int s = 0; s < p; ++s)
        for (int i = 0; i < m; ++i) {
            const TimedOp* f = get(K::Forward, s, i);
            const TimedOp* b = get(K::Backward, s, i);
            std::ostringstream where;
            where << " (stage " << s << ", micro-batch " << i << ")";
            if (!f || !b)
                return fail("a forward or backward is missing" + where.str());
            if (f->end > b->start)
                return fail("a backward starts before its forward ended" + where.str());
            if (s > 0 && get(K::Forward, s - 1, i)->end > f->start)
                return fail("a forward starts before the previous stage sent its input" + where.str());
            if (s + 1 < p && get(K::Backward, s + 1, i)->end > b->start)
                return fail("a backward starts before the next stage sent its gradient" + where.str());
        }
    for (int s = 0; s < p; ++s) {
        std::vector<const TimedOp*> mine;
        for (const auto& op : timeline.ops)
            if (op.stage == s)
                mine.push_back(&op);
        std::sort(mine.begin(), mine.end(), [](auto* a, auto* b) { return a->start < b->start; });
        for (std::size_t k = 1; k < mine.size(); ++k)
            if (mine[k - 1]->end > mine[k]->start)
                return fail("two ops overlap on stage " + std::to_string(s));
    }
    return {};
}

std::vector<int> peakActivations(const StageOrders& orders)
{
    std::vector<int> peaks;
    for (const auto& o : orders) {
        int live = 0, peak = 0;
        for (const auto& op : o) {
            live += op.kind == PipeOp::Kind::Forward ? 1 : -1;
            peak = std::max(peak, live);
        }
        peaks.push_back(peak);
    }
    return peaks;
}

} // namespace ptlab::training
