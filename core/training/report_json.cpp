#include "core/training/report_json.h"

namespace ptlab::training {

const char* spanKindName(WorkerSpan::Kind kind)
{
    switch (kind) {
    case WorkerSpan::Kind::Compute:
        return "compute";
    case WorkerSpan::Kind::Communicate:
        return "communicate";
    case WorkerSpan::Kind::Update:
        return "update";
    }
    return "compute";
}

nlohmann::json reportToJson(const TrainReport& r, const std::string& backend)
{
    const TrainConfig& c = r.config;
    nlohmann::json doc = {
        { "mode", modeName(c.mode) },
        { "backend", backend },
        { "workers", c.threads() },
        { "data_parallel_groups", c.dataGroups() },
        { "batch", c.batch },
        { "steps", c.steps },
        { "steps_done", r.stepsDone },
        { "cancelled", r.cancelled },
        { "widths", c.shape.widths },
        { "parameters", c.shape.parameterCount() },
        { "gradient_bytes", r.parameterBytes },
        { "loss", r.loss },
        { "accuracy", r.accuracy },
        { "seconds", r.seconds },
        { "samples_per_s", r.samplesPerSecond },
        { "gflops", r.gflops },
        { "bytes_per_worker_per_step", r.bytesPerWorkerPerStep },
        { "bytes_total", r.bytesTotal },
        { "replicas_identical", r.replicasIdentical },
    };
    nlohmann::json spans = nlohmann::json::array();
    for (const auto& s : r.spans)
        spans.push_back({ { "worker", s.worker }, { "step", s.step }, { "kind", spanKindName(s.kind) },
            { "start", s.start }, { "end", s.end } });
    doc["spans"] = std::move(spans);
    if (c.mode == Mode::Data || c.mode == Mode::Hybrid) {
        const int n = c.dataGroups();
        doc["ring_bytes_expected"] = n > 0 ? 2.0 * (n - 1) / n * static_cast<double>(r.parameterBytes) : 0.0;
        nlohmann::json steps = nlohmann::json::array();
        for (const auto& s : r.ring)
            steps.push_back({ { "phase", s.phase == RingStep::Phase::ReduceScatter ? "reduce-scatter" : "all-gather" },
                { "seconds", s.seconds } });
        doc["ring_steps"] = std::move(steps);
    }
    if (c.mode == Mode::Tensor) {
        nlohmann::json slices = nlohmann::json::array();
        for (const auto& s : r.slices)
            slices.push_back({ { "layer", s.layer }, { "worker", s.worker }, { "rows", { s.rowBegin, s.rowEnd } } });
        doc["slices"] = std::move(slices);
    }
    if (c.mode == Mode::Pipeline || c.mode == Mode::Hybrid) {
        doc["stages"] = c.stages;
        doc["microbatches"] = c.microbatches;
        doc["schedule"] = scheduleName(c.schedule);
        doc["bubble"] = r.bubble;
        doc["bubble_theory"] = r.bubbleTheory;
        doc["peak_activations"] = r.peakActivations;
        doc["peak_activation_bytes"] = r.peakActivationBytes;
        nlohmann::json layers = nlohmann::json::array();
        for (const auto& [a, b] : r.stageLayers)
            layers.push_back({ a, b });
        doc["stage_layers"] = std::move(layers);
        nlohmann::json ops = nlohmann::json::array();
        for (const auto& op : r.measured.ops)
            ops.push_back({ { "stage", op.stage }, { "kind", op.op.kind == PipeOp::Kind::Forward ? "F" : "B" },
                { "microbatch", op.op.microbatch }, { "start", op.start }, { "end", op.end } });
        doc["timeline"] = std::move(ops);
    }
    return doc;
}

TrainReport reportFromJson(const nlohmann::json& doc)
{
    TrainReport r;
    if (auto m = parseMode(doc.value("mode", std::string("data"))))
        r.config.mode = *m;
    r.config.workers = doc.value("workers", 1);
    r.config.batch = doc.value("batch", 0);
    r.config.steps = doc.value("steps", 0);
    r.stepsDone = doc.value("steps_done", 0);
    r.cancelled = doc.value("cancelled", false);
    if (doc.contains("widths"))
        r.config.shape.widths = doc["widths"].get<std::vector<int>>();
    if (doc.contains("loss"))
        r.loss = doc["loss"].get<std::vector<float>>();
    r.accuracy = doc.value("accuracy", 0.0f);
    r.seconds = doc.value("seconds", 0.0);
    r.samplesPerSecond = doc.value("samples_per_s", 0.0);
    r.gflops = doc.value("gflops", 0.0);
    r.parameterBytes = doc.value("gradient_bytes", std::size_t(0));
    r.bytesPerWorkerPerStep = doc.value("bytes_per_worker_per_step", std::uint64_t(0));
    r.bytesTotal = doc.value("bytes_total", std::uint64_t(0));
    if (doc.contains("spans"))
        for (const auto& s : doc["spans"]) {
            WorkerSpan w;
            w.worker = s.value("worker", 0);
            w.step = s.value("step", 0);
            const std::string kind = s.value("kind", std::string("compute"));
            w.kind = kind == "communicate" ? WorkerSpan::Kind::Communicate
                : kind == "update"         ? WorkerSpan::Kind::Update
                                           : WorkerSpan::Kind::Compute;
            w.start = s.value("start", 0.0);
            w.end = s.value("end", 0.0);
            r.spans.push_back(w);
        }
    return r;
}

} // namespace ptlab::training
