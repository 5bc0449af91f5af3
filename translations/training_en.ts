<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ptlab::ui::GridView</name>
    <message>
        <source>Run the hybrid scenario to see the grid of workers.</source>
        <translation>Run the hybrid scenario to see the grid of workers.</translation>
    </message>
    <message>
        <source>%1 data-parallel groups × %2 pipeline stages: activations flow along a row; the workers of a column all-reduce their stage's gradients.</source>
        <translation>%1 data-parallel groups × %2 pipeline stages: activations flow along a row; the workers of a column all-reduce their stage's gradients.</translation>
    </message>
    <message>
        <source>layers %1–%2</source>
        <translation>layers %1–%2</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>worker %1</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::RingView</name>
    <message>
        <source>Run the data-parallel scenario to see the ring all-reduce.</source>
        <translation>Run the data-parallel scenario to see the ring all-reduce.</translation>
    </message>
    <message>
        <source>One worker: nothing to all-reduce.</source>
        <translation>One worker: nothing to all-reduce.</translation>
    </message>
    <message>
        <source>Before the all-reduce: every rank holds its own gradient (%1 chunks).</source>
        <translation>Before the all-reduce: every rank holds its own gradient (%1 chunks).</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>reduce-scatter (receiver adds the chunk)</source>
        <translation>reduce-scatter (receiver adds the chunk)</translation>
    </message>
    <message>
        <source>all-gather (receiver copies the summed chunk)</source>
        <translation>all-gather (receiver copies the summed chunk)</translation>
    </message>
    <message>
        <source>Sent by rank 0 so far: %1 of %2 = 2(N−1)/N × %3 (gradient)</source>
        <translation>Sent by rank 0 so far: %1 of %2 = 2(N−1)/N × %3 (gradient)</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rank %1</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>chunk %1</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::TensorView</name>
    <message>
        <source>Run the tensor-parallel scenario to see which worker holds which rows of each layer.</source>
        <translation>Run the tensor-parallel scenario to see which worker holds which rows of each layer.</translation>
    </message>
    <message>
        <source>Each layer's W (out × in) is split by output rows over %1 workers. Forward: each computes its rows, then all gather the full output. Backward: partial input gradients are summed. Sent per worker and step: %2.</source>
        <translation>Each layer's W (out × in) is split by output rows over %1 workers. Forward: each computes its rows, then all gather the full output. Backward: partial input gradients are summed. Sent per worker and step: %2.</translation>
    </message>
    <message>
        <source>w%1</source>
        <translation>w%1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>layer %1</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::TrainingPage</name>
    <message>
        <source>Distributed training</source>
        <translation>Distributed training</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>stage %1</translation>
    </message>
    <message>
        <source>ms since the start (blue: forward + backward, orange: communication, green: optimizer)</source>
        <translation>ms since the start (blue: forward + backward, orange: communication, green: optimizer)</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rank %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>worker %1</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>B%1</source>
        <translation>B%1</translation>
    </message>
    <message>
        <source>measured, last step (ms): bubble %1 %</source>
        <translation>measured, last step (ms): bubble %1 %</translation>
    </message>
    <message>
        <source>theory (forward 1, backward 2): bubble (p−1)/(m+p−1) = %1 %</source>
        <translation>theory (forward 1, backward 2): bubble (p−1)/(m+p−1) = %1 %</translation>
    </message>
    <message>
        <source>group 0, measured, last step (ms): bubble %1 %</source>
        <translation>group 0, measured, last step (ms): bubble %1 %</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <source>Loss %1 → %2 in %3 steps; accuracy %4 %</source>
        <translation>Loss %1 → %2 in %3 steps; accuracy %4 %</translation>
    </message>
    <message>
        <source>Cancelled: every worker stopped and was joined.</source>
        <translation>Cancelled: every worker stopped and was joined.</translation>
    </message>
    <message>
        <source>%1 samples/s, %2 GFLOP/s</source>
        <translation>%1 samples/s, %2 GFLOP/s</translation>
    </message>
    <message>
        <source>Gradient: %1; sent per worker and step: %2</source>
        <translation>Gradient: %1; sent per worker and step: %2</translation>
    </message>
    <message>
        <source>Replicas identical after every step.</source>
        <translation>Replicas identical after every step.</translation>
    </message>
    <message>
        <source>Replicas DIFFER.</source>
        <translation>Replicas DIFFER.</translation>
    </message>
    <message>
        <source>Bubble: measured %1 %, (p−1)/(m+p−1) = %2 %</source>
        <translation>Bubble: measured %1 %, (p−1)/(m+p−1) = %2 %</translation>
    </message>
    <message>
        <source>Peak micro-batch activations per stage: %1 (GPipe holds m, 1F1B at most p)</source>
        <translation>Peak micro-batch activations per stage: %1 (GPipe holds m, 1F1B at most p)</translation>
    </message>
    <message>
        <source>%1: ×%2</source>
        <translation>%1: ×%2</translation>
    </message>
    <message>
        <source>Speed-up against workers: %1</source>
        <translation>Speed-up against workers: %1</translation>
    </message>
    <message>
        <source>MPI: Open MPI found (%1). Choose the MPI backend to run the data-parallel training as mpirun ranks with MPI_Allreduce.</source>
        <translation>MPI: Open MPI found (%1). Choose the MPI backend to run the data-parallel training as mpirun ranks with MPI_Allreduce.</translation>
    </message>
    <message>
        <source>MPI: mpirun is not installed. To run the ranks under Open MPI: sudo apt install openmpi-bin libopenmpi-dev, then rebuild ptlab. Everything else works without it.</source>
        <translation>MPI: mpirun is not installed. To run the ranks under Open MPI: sudo apt install openmpi-bin libopenmpi-dev, then rebuild ptlab. Everything else works without it.</translation>
    </message>
    <message>
        <source>MPI: mpirun is installed but ptlab-mpi-rank was not built (install libopenmpi-dev and rebuild ptlab).</source>
        <translation>MPI: mpirun is installed but ptlab-mpi-rank was not built (install libopenmpi-dev and rebuild ptlab).</translation>
    </message>
    <message>
        <source>One worker</source>
        <translation>One worker</translation>
    </message>
    <message>
        <source>Data parallel (ring all-reduce)</source>
        <translation>Data parallel (ring all-reduce)</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>Tensor parallel</translation>
    </message>
    <message>
        <source>Pipeline parallel</source>
        <translation>Pipeline parallel</translation>
    </message>
    <message>
        <source>Hybrid: data × pipeline</source>
        <translation>Hybrid: data × pipeline</translation>
    </message>
    <message>
        <source>ptlab's threads</source>
        <translation>ptlab's threads</translation>
    </message>
    <message>
        <source>ptlab's processes (shared memory)</source>
        <translation>ptlab's processes (shared memory)</translation>
    </message>
    <message>
        <source>MPI ranks (Open MPI)</source>
        <translation>MPI ranks (Open MPI)</translation>
    </message>
    <message>
        <source>GPipe</source>
        <translation>GPipe</translation>
    </message>
    <message>
        <source>1F1B</source>
        <translation>1F1B</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Workers are</source>
        <translation>Workers are</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Pipeline stages</translation>
    </message>
    <message>
        <source>Micro-batches</source>
        <translation>Micro-batches</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Layer width</source>
        <translation>Layer width</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Measure speed-up against workers</source>
        <translation>Measure speed-up against workers</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>step %v of %m</translation>
    </message>
    <message>
        <source>One worker trains the whole model on the whole batch: the reference every parallel scenario must match.</source>
        <translation>One worker trains the whole model on the whole batch: the reference every parallel scenario must match.</translation>
    </message>
    <message>
        <source>Every worker holds a full copy of the model and trains on its share of each batch; the ring all-reduce then sums the gradients so every copy takes the same step.</source>
        <translation>Every worker holds a full copy of the model and trains on its share of each batch; the ring all-reduce then sums the gradients so every copy takes the same step.</translation>
    </message>
    <message>
        <source>Every layer's weight matrix is cut by rows: each worker computes its part of the layer, and the parts are gathered before the next layer.</source>
        <translation>Every layer's weight matrix is cut by rows: each worker computes its part of the layer, and the parts are gathered before the next layer.</translation>
    </message>
    <message>
        <source>The layers are cut into stages, one worker each; the batch is cut into micro-batches that flow forward through the stages and back. Grey is the idle bubble.</source>
        <translation>The layers are cut into stages, one worker each; the batch is cut into micro-batches that flow forward through the stages and back. Grey is the idle bubble.</translation>
    </message>
    <message>
        <source>Data parallelism over pipelines: each row is a pipeline on its share of the batch; the workers of one stage all-reduce that stage's gradients.</source>
        <translation>Data parallelism over pipelines: each row is a pipeline on its share of the batch; the workers of one stage all-reduce that stage's gradients.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>cross-entropy</translation>
    </message>
    <message>
        <source>data-parallel workers</source>
        <translation>data-parallel workers</translation>
    </message>
    <message>
        <source>samples/s</source>
        <translation>samples/s</translation>
    </message>
    <message>
        <source>Press “Measure speed-up against workers”</source>
        <translation>Press “Measure speed-up against workers”</translation>
    </message>
    <message>
        <source>press Train to measure</source>
        <translation>press Train to measure</translation>
    </message>
</context>
</TS>