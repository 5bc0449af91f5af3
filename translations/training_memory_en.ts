<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ptlab::ui::AccumulationPanel</name>
    <message>
        <source>Press Run to compute both gradients and measure what each holds.</source>
        <translation>Press Run to compute both gradients and measure what each holds.</translation>
    </message>
    <message>
        <source>Gradient buffers</source>
        <translation>Gradient buffers</translation>
    </message>
    <message>
        <source>Bytes held at the peak</source>
        <translation>Bytes held at the peak</translation>
    </message>
    <message>
        <source>Micro-steps k:</source>
        <translation>Micro-steps k:</translation>
    </message>
    <message>
        <source>one batch of %1 rows</source>
        <translation>one batch of %1 rows</translation>
    </message>
    <message>
        <source>Largest difference between the two gradients: %1 (gradients up to %2), float rounding only. Loss %3 vs %4. Peak activations %5 vs %6.</source>
        <translation>Largest difference between the two gradients: %1 (gradients up to %2), float rounding only. Loss %3 vs %4. Peak activations %5 vs %6.</translation>
    </message>
    <message>
        <source>Micro-batch rows:</source>
        <translation>Micro-batch rows:</translation>
    </message>
    <message>
        <source>A large batch may not fit: its activations grow with the rows. Gradient accumulation runs k micro-batches one after another, adds their gradients (each weighted 1/k) and steps once. The gradient is that of one batch k times larger; only one micro-batch&apos;s activations are alive at a time, for the price of one more gradient buffer.</source>
        <translation>A large batch may not fit: its activations grow with the rows. Gradient accumulation runs k micro-batches one after another, adds their gradients (each weighted 1/k) and steps once. The gradient is that of one batch k times larger; only one micro-batch&apos;s activations are alive at a time, for the price of one more gradient buffer.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>%1 micro-steps of %2 rows</source>
        <translation>%1 micro-steps of %2 rows</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::AlignmentPanel</name>
    <message>
        <source>Capability is how well a model optimises its training objective; alignment is whether it does what people want. The tiny classifier of the training page learns two spirals from 400 points, some with the wrong label, as real labels are. It is trained to lower its log loss on them; its users want it to classify new points correctly. Train it for long and watch the two curves part.</source>
        <translation>Capability is how well a model optimises its training objective; alignment is whether it does what people want. The tiny classifier of the training page learns two spirals from 400 points, some with the wrong label, as real labels are. It is trained to lower its log loss on them; its users want it to classify new points correctly. Train it for long and watch the two curves part.</translation>
    </message>
    <message>
        <source>Wrong training labels:</source>
        <translation>Wrong training labels:</translation>
    </message>
    <message>
        <source>Training steps:</source>
        <translation>Training steps:</translation>
    </message>
    <message>
        <source>Training step</source>
        <translation>Training step</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>Log loss</translation>
    </message>
    <message>
        <source>Accuracy on new points (%)</source>
        <translation>Accuracy on new points (%)</translation>
    </message>
    <message>
        <source>What RLHF adds: instead of a fixed loss on fixed labels, people compare pairs of the model&apos;s answers, a reward model learns their preferences, and the model is tuned to score well on that reward. It brings the objective closer to what people want, but it is still a number being optimised: pushed too far, a model learns to please the reward model rather than the people, which is why training keeps it close to its starting point.</source>
        <translation>What RLHF adds: instead of a fixed loss on fixed labels, people compare pairs of the model&apos;s answers, a reward model learns their preferences, and the model is tuned to score well on that reward. It brings the objective closer to what people want, but it is still a number being optimised: pushed too far, a model learns to please the reward model rather than the people, which is why training keeps it close to its starting point.</translation>
    </message>
    <message>
        <source>Training for %1 steps…</source>
        <translation>Training for %1 steps…</translation>
    </message>
    <message>
        <source>Press Run to train the classifier and measure both numbers as it learns.</source>
        <translation>Press Run to train the classifier and measure both numbers as it learns.</translation>
    </message>
    <message>
        <source>Log loss on the training labels (optimised)</source>
        <translation>Log loss on the training labels (optimised)</translation>
    </message>
    <message>
        <source>Log loss on new points</source>
        <translation>Log loss on new points</translation>
    </message>
    <message>
        <source>Accuracy on new points (wanted)</source>
        <translation>Accuracy on new points (wanted)</translation>
    </message>
    <message>
        <source>The log loss it was trained on fell from %1 to %2 over the whole run (%3 of %4 training labels were wrong, and it learned those too: %5 of the training labels reproduced). The accuracy on new points was best at step %6, %7, and ended at %8.%9</source>
        <translation>The log loss it was trained on fell from %1 to %2 over the whole run (%3 of %4 training labels were wrong, and it learned those too: %5 of the training labels reproduced). The accuracy on new points was best at step %6, %7, and ended at %8.%9</translation>
    </message>
    <message>
        <source>(Stopped before the end.)</source>
        <translation>(Stopped before the end.)</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::BatchingPanel</name>
    <message>
        <source>Padding (%)</source>
        <translation>Padding (%)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Bucketing computes %1 of the tokens random batches compute, and the epoch takes %2 of the time.</source>
        <translation>Bucketing computes %1 of the tokens random batches compute, and the epoch takes %2 of the time.</translation>
    </message>
    <message>
        <source>Computed tokens</source>
        <translation>Computed tokens</translation>
    </message>
    <message>
        <source>Sequences have different lengths, but a batch is a rectangle: each is padded to the batch&apos;s longest, rounded up to a multiple of 8. Random batches mix short and long sequences and compute a lot of padding; batches of similar lengths (bucketed by length, batch order still shuffled) waste little. An epoch runs a real per-token layer over every padded position.</source>
        <translation>Sequences have different lengths, but a batch is a rectangle: each is padded to the batch&apos;s longest, rounded up to a multiple of 8. Random batches mix short and long sequences and compute a lot of padding; batches of similar lengths (bucketed by length, batch order still shuffled) waste little. An epoch runs a real per-token layer over every padded position.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Random</translation>
    </message>
    <message>
        <source>Sequences per batch:</source>
        <translation>Sequences per batch:</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Real tokens</source>
        <translation>Real tokens</translation>
    </message>
    <message>
        <source>Pad to a multiple of:</source>
        <translation>Pad to a multiple of:</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Bucketed by length</source>
        <translation>Bucketed by length</translation>
    </message>
    <message>
        <source>Epoch time</source>
        <translation>Epoch time</translation>
    </message>
    <message>
        <source>Press Run to batch 2 000 sequences of 1 to 256 tokens both ways.</source>
        <translation>Press Run to batch 2 000 sequences of 1 to 256 tokens both ways.</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::CheckpointingPanel</name>
    <message>
        <source> k = √n ≈ %1</source>
        <translation> k = √n ≈ %1</translation>
    </message>
    <message>
        <source>Press Run to train through the chain once for every k.</source>
        <translation>Press Run to train through the chain once for every k.</translation>
    </message>
    <message>
        <source>Checkpoint every k layers</source>
        <translation>Checkpoint every k layers</translation>
    </message>
    <message>
        <source>Backward needs every layer&apos;s activation. Checkpointing keeps only every k-th one and, going backward, recomputes each segment from its checkpoint: about n/k + k buffers alive instead of n + 1, for n − n/k extra layer forwards. The least memory is near k = √n. Bytes are counted as buffers are made and freed.</source>
        <translation>Backward needs every layer&apos;s activation. Checkpointing keeps only every k-th one and, going backward, recomputes each segment from its checkpoint: about n/k + k buffers alive instead of n + 1, for n − n/k extra layer forwards. The least memory is near k = √n. Bytes are counted as buffers are made and freed.</translation>
    </message>
    <message>
        <source>k = 1 keeps everything: %1, nothing recomputed. The least memory, %2 at k = %3, recomputes %4 layers (%5 ms against a %6 ms forward pass).</source>
        <translation>k = 1 keeps everything: %1, nothing recomputed. The least memory, %2 at k = %3, recomputes %4 layers (%5 ms against a %6 ms forward pass).</translation>
    </message>
    <message>
        <source>Peak activation memory</source>
        <translation>Peak activation memory</translation>
    </message>
    <message>
        <source>Layers recomputed</source>
        <translation>Layers recomputed</translation>
    </message>
    <message>
        <source>Peak activation memory (KB)</source>
        <translation>Peak activation memory (KB)</translation>
    </message>
    <message>
        <source>Layers n:</source>
        <translation>Layers n:</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::MemoryScenarios</name>
    <message>
        <source>Profiler timeline</source>
        <translation>Profiler timeline</translation>
    </message>
    <message>
        <source>Dynamic batching</source>
        <translation>Dynamic batching</translation>
    </message>
    <message>
        <source>Mixed precision</source>
        <translation>Mixed precision</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Gradient checkpointing</translation>
    </message>
    <message>
        <source>ZeRO memory</source>
        <translation>ZeRO memory</translation>
    </message>
    <message>
        <source>Optimiser memory</source>
        <translation>Optimiser memory</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Gradient accumulation</translation>
    </message>
    <message>
        <source>Prefetching</source>
        <translation>Prefetching</translation>
    </message>
    <message>
        <source>Capability vs alignment</source>
        <translation>Capability vs alignment</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::OptimizersPanel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>8-bit Adam</source>
        <translation>8-bit Adam</translation>
    </message>
    <message>
        <source>The optimizer&apos;s state is often the largest part of training memory. SGD with momentum keeps one fp32 value per parameter, Adam and AdamW two (momentum and variance). 8-bit Adam stores both as 8-bit codes in blocks of 256 with one fp32 scale (the block&apos;s largest magnitude) per block: about 2 bytes per parameter.</source>
        <translation>The optimizer&apos;s state is often the largest part of training memory. SGD with momentum keeps one fp32 value per parameter, Adam and AdamW two (momentum and variance). 8-bit Adam stores both as 8-bit codes in blocks of 256 with one fp32 scale (the block&apos;s largest magnitude) per block: about 2 bytes per parameter.</translation>
    </message>
    <message>
        <source>State bytes</source>
        <translation>State bytes</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>Final loss</translation>
    </message>
    <message>
        <source>Press Run to train the tiny model with each optimizer.</source>
        <translation>Press Run to train the tiny model with each optimizer.</translation>
    </message>
    <message>
        <source>The tiny classifier of the training page, %1 parameters; the loss curves are on the same two-spiral batches in the same order.</source>
        <translation>The tiny classifier of the training page, %1 parameters; the loss curves are on the same two-spiral batches in the same order.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Per parameter</source>
        <translation>Per parameter</translation>
    </message>
    <message>
        <source>SGD + momentum</source>
        <translation>SGD + momentum</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::PrecisionPanel</name>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>In bf16</source>
        <translation>In bf16</translation>
    </message>
    <message>
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <source>In fp16</source>
        <translation>In fp16</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>fp16, no scaling</source>
        <translation>fp16, no scaling</translation>
    </message>
    <message>
        <source>underflow to 0</source>
        <translation>underflow to 0</translation>
    </message>
    <message>
        <source>Smallest subnormal</source>
        <translation>Smallest subnormal</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Loss scale</source>
        <translation>Loss scale</translation>
    </message>
    <message>
        <source>loss scale</source>
        <translation>loss scale</translation>
    </message>
    <message>
        <source>subnormal: precision lost</source>
        <translation>subnormal: precision lost</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>%1: final loss %2, %3 of gradients flushed to zero, %4 steps skipped</source>
        <translation>%1: final loss %2, %3 of gradients flushed to zero, %4 steps skipped</translation>
    </message>
    <message>
        <source>Gradients flushed to zero (%)</source>
        <translation>Gradients flushed to zero (%)</translation>
    </message>
    <message>
        <source>What happens in fp16</source>
        <translation>What happens in fp16</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>fp16, dynamic scaling</source>
        <translation>fp16, dynamic scaling</translation>
    </message>
    <message>
        <source>Exponent / fraction bits</source>
        <translation>Exponent / fraction bits</translation>
    </message>
    <message>
        <source>rounded</source>
        <translation>rounded</translation>
    </message>
    <message>
        <source>Training four times (fp32, fp16, fp16 with loss scaling, bf16)…</source>
        <translation>Training four times (fp32, fp16, fp16 with loss scaling, bf16)…</translation>
    </message>
    <message>
        <source>Press Run to train the tiny model in each precision.</source>
        <translation>Press Run to train the tiny model in each precision.</translation>
    </message>
    <message>
        <source>overflow to ∞</source>
        <translation>overflow to ∞</translation>
    </message>
    <message>
        <source>Step at 1</source>
        <translation>Step at 1</translation>
    </message>
    <message>
        <source>Decimal digits</source>
        <translation>Decimal digits</translation>
    </message>
    <message>
        <source>%1: flushed</source>
        <translation>%1: flushed</translation>
    </message>
    <message>
        <source>fp16 has 10 fraction bits and a small range: above 65504 a value becomes infinite, below 2⁻²⁴ it becomes zero. bf16 keeps the range of fp32 with only 7 fraction bits. Rounding here is done in software, to nearest with ties to even. The run trains the tiny classifier of the training page on its two spirals with fp16 compute and fp32 master weights; its cross-entropy is averaged over 65 536 values, so its gradients are small and, without loss scaling, many flush to zero. Dynamic scaling multiplies the loss, skips a step and halves the scale on overflow, doubles it after 10 good steps.</source>
        <translation>fp16 has 10 fraction bits and a small range: above 65504 a value becomes infinite, below 2⁻²⁴ it becomes zero. bf16 keeps the range of fp32 with only 7 fraction bits. Rounding here is done in software, to nearest with ties to even. The run trains the tiny classifier of the training page on its two spirals with fp16 compute and fp32 master weights; its cross-entropy is averaged over 65 536 values, so its gradients are small and, without loss scaling, many flush to zero. Dynamic scaling multiplies the loss, skips a step and halves the scale on overflow, doubles it after 10 good steps.</translation>
    </message>
    <message>
        <source>Smallest normal</source>
        <translation>Smallest normal</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::PrefetchPanel</name>
    <message>
        <source>Without prefetching: trainer idle %1, %2 samples/s</source>
        <translation>Without prefetching: trainer idle %1, %2 samples/s</translation>
    </message>
    <message>
        <source>reduce-scatter</source>
        <translation>reduce-scatter</translation>
    </message>
    <message>
        <source>With %1 loader threads and a queue of %2: trainer idle %3, %4 samples/s</source>
        <translation>With %1 loader threads and a queue of %2: trainer idle %3, %4 samples/s</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Time (ms)</translation>
    </message>
    <message>
        <source>all-gather</source>
        <translation>all-gather</translation>
    </message>
    <message>
        <source>Press Run to train on the batch files both ways.</source>
        <translation>Press Run to train on the batch files both ways.</translation>
    </message>
    <message>
        <source>all-reduce</source>
        <translation>all-reduce</translation>
    </message>
    <message>
        <source>Without prefetching</source>
        <translation>Without prefetching</translation>
    </message>
    <message>
        <source>With loader threads and a queue</source>
        <translation>With loader threads and a queue</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>backward</translation>
    </message>
    <message>
        <source>loader %1</source>
        <translation>loader %1</translation>
    </message>
    <message>
        <source>Loader threads:</source>
        <translation>Loader threads:</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>worker %1</translation>
    </message>
    <message>
        <source>data wait</source>
        <translation>data wait</translation>
    </message>
    <message>
        <source>Queue capacity:</source>
        <translation>Queue capacity:</translation>
    </message>
    <message>
        <source>read + parse</source>
        <translation>read + parse</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizer</translation>
    </message>
    <message>
        <source>queue full</source>
        <translation>queue full</translation>
    </message>
    <message>
        <source>Total: %1 ms without prefetching, %2 ms with it.</source>
        <translation>Total: %1 ms without prefetching, %2 ms with it.</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>forward</translation>
    </message>
    <message>
        <source>Each batch is a real file of two-spiral samples in a temporary folder, read and parsed from text, as slow input pipelines are; the trainer steps a narrow version of the training page&apos;s tiny classifier. Without prefetching the trainer reads every batch itself and trains only in between. With loader threads and a bounded queue the next batches are ready while it computes: its idle share falls and the throughput rises, as long as there is a free core for the loaders.</source>
        <translation>Each batch is a real file of two-spiral samples in a temporary folder, read and parsed from text, as slow input pipelines are; the trainer steps a narrow version of the training page&apos;s tiny classifier. Without prefetching the trainer reads every batch itself and trains only in between. With loader threads and a bounded queue the next batches are ready while it computes: its idle share falls and the throughput rises, as long as there is a free core for the loaders.</translation>
    </message>
    <message>
        <source>Writing %1 batch files, then training twice…</source>
        <translation>Writing %1 batch files, then training twice…</translation>
    </message>
    <message>
        <source>data wait (reading itself)</source>
        <translation>data wait (reading itself)</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::ProfilerPanel</name>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Baseline (all-reduce)</source>
        <translation>Baseline (all-reduce)</translation>
    </message>
    <message>
        <source>%1 steps in %2 ms on %3 workers.</source>
        <translation>%1 steps in %2 ms on %3 workers.</translation>
    </message>
    <message>
        <source>Training on %1 worker threads…</source>
        <translation>Training on %1 worker threads…</translation>
    </message>
    <message>
        <source>ZeRO-1</source>
        <translation>ZeRO-1</translation>
    </message>
    <message>
        <source>ZeRO-2</source>
        <translation>ZeRO-2</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Workers:</translation>
    </message>
    <message>
        <source>ZeRO stage:</source>
        <translation>ZeRO stage:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Every step of a data-parallel run on worker threads, recorded as named spans per worker: data wait, forward, backward, the gradient collective and the optimizer. Export the timeline as Chrome trace JSON (open it in ui.perfetto.dev or chrome://tracing) and the loss, throughput and memory per step as CSV.</source>
        <translation>Every step of a data-parallel run on worker threads, recorded as named spans per worker: data wait, forward, backward, the gradient collective and the optimizer. Export the timeline as Chrome trace JSON (open it in ui.perfetto.dev or chrome://tracing) and the loss, throughput and memory per step as CSV.</translation>
    </message>
    <message>
        <source>Samples per second</source>
        <translation>Samples per second</translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation>Chrome trace (*.json)</translation>
    </message>
    <message>
        <source>Export trace…</source>
        <translation>Export trace…</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::RunPanel</name>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::TrainingMemoryPage</name>
    <message>
        <source>Training memory &amp; time</source>
        <translation>Training memory &amp; time</translation>
    </message>
    <message>
        <source>Memory and time savers of large-model training, each measured on the tiny model</source>
        <translation>Memory and time savers of large-model training, each measured on the tiny model</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::ZeroPanel</name>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Traffic per step</source>
        <translation>Traffic per step</translation>
    </message>
    <message>
        <source>Total per device</source>
        <translation>Total per device</translation>
    </message>
    <message>
        <source>Loss %1 → %2 in %3 steps.</source>
        <translation>Loss %1 → %2 in %3 steps.</translation>
    </message>
    <message>
        <source>%1 on %2 worker threads, Ψ = %3 parameters: bytes each worker held between steps, next to the formula (2 + 2 + 12)Ψ with the sharded parts divided by N_d = %2.</source>
        <translation>%1 on %2 worker threads, Ψ = %3 parameters: bytes each worker held between steps, next to the formula (2 + 2 + 12)Ψ with the sharded parts divided by N_d = %2.</translation>
    </message>
    <message>
        <source>Running %1 on %2 worker threads…</source>
        <translation>Running %1 on %2 worker threads…</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>ZeRO-1</source>
        <translation>ZeRO-1</translation>
    </message>
    <message>
        <source>ZeRO-2</source>
        <translation>ZeRO-2</translation>
    </message>
    <message>
        <source>ZeRO-3</source>
        <translation>ZeRO-3</translation>
    </message>
    <message>
        <source>Worker threads:</source>
        <translation>Worker threads:</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Stopped. %1</translation>
    </message>
    <message>
        <source>Run stage:</source>
        <translation>Run stage:</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>%1Ψ (%2)</source>
        <translation>%1Ψ (%2)</translation>
    </message>
    <message>
        <source>ZeRO-1 (optimizer states)</source>
        <translation>ZeRO-1 (optimizer states)</translation>
    </message>
    <message>
        <source>Devices N_d:</source>
        <translation>Devices N_d:</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>ZeRO-2 (+ gradients)</source>
        <translation>ZeRO-2 (+ gradients)</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Baseline (no sharding)</source>
        <translation>Baseline (no sharding)</translation>
    </message>
    <message>
        <source>Press Run to train the tiny model with the chosen stage and measure each worker&apos;s buffers.</source>
        <translation>Press Run to train the tiny model with the chosen stage and measure each worker&apos;s buffers.</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>GB per device</source>
        <translation>GB per device</translation>
    </message>
    <message>
        <source>Measured total</source>
        <translation>Measured total</translation>
    </message>
    <message>
        <source>Data parallelism keeps a full copy of the model states on every device: fp16 parameters (2Ψ bytes), fp16 gradients (2Ψ) and the optimizer states (KΨ, K = 12 for mixed-precision Adam: fp32 weights, momentum, variance). ZeRO partitions them over the N_d devices: stage 1 the optimizer states, stage 2 also the gradients, stage 3 also the parameters. Run executes the chosen stage on worker threads with the tiny model.</source>
        <translation>Data parallelism keeps a full copy of the model states on every device: fp16 parameters (2Ψ bytes), fp16 gradients (2Ψ) and the optimizer states (KΨ, K = 12 for mixed-precision Adam: fp32 weights, momentum, variance). ZeRO partitions them over the N_d devices: stage 1 the optimizer states, stage 2 also the gradients, stage 3 also the parameters. Run executes the chosen stage on worker threads with the tiny model.</translation>
    </message>
    <message>
        <source>Parameters (billions):</source>
        <translation>Parameters (billions):</translation>
    </message>
    <message>
        <source>The parameters whose optimizer states (and, in ZeRO-2, gradients) this worker keeps and updates: the chunk it completes in the ring&apos;s reduce-scatter, so worker r owns chunk r + 1 (mod N_d).</source>
        <translation>The parameters whose optimizer states (and, in ZeRO-2, gradients) this worker keeps and updates: the chunk it completes in the ring&apos;s reduce-scatter, so worker r owns chunk r + 1 (mod N_d).</translation>
    </message>
</context>
</TS>
