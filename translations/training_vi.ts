<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ptlab::ui::GridView</name>
    <message>
        <source>Run the hybrid scenario to see the grid of workers.</source>
        <translation>Chạy kịch bản lai để xem lưới các worker.</translation>
    </message>
    <message>
        <source>%1 data-parallel groups × %2 pipeline stages: activations flow along a row; the workers of a column all-reduce their stage's gradients.</source>
        <translation>%1 nhóm song song dữ liệu × %2 tầng pipeline: activation đi dọc theo một hàng; các worker cùng một cột all-reduce gradient của tầng mình.</translation>
    </message>
    <message>
        <source>layers %1–%2</source>
        <translation>lớp %1–%2</translation>
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
        <translation>Chạy kịch bản song song dữ liệu để xem all-reduce vòng.</translation>
    </message>
    <message>
        <source>One worker: nothing to all-reduce.</source>
        <translation>Một worker: không có gì để all-reduce.</translation>
    </message>
    <message>
        <source>Before the all-reduce: every rank holds its own gradient (%1 chunks).</source>
        <translation>Trước all-reduce: mỗi rank giữ gradient của riêng mình (%1 mảnh).</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Bước %1/%2: %3</translation>
    </message>
    <message>
        <source>reduce-scatter (receiver adds the chunk)</source>
        <translation>reduce-scatter (bên nhận cộng mảnh vào)</translation>
    </message>
    <message>
        <source>all-gather (receiver copies the summed chunk)</source>
        <translation>all-gather (bên nhận chép mảnh đã cộng đủ)</translation>
    </message>
    <message>
        <source>Sent by rank 0 so far: %1 of %2 = 2(N−1)/N × %3 (gradient)</source>
        <translation>Rank 0 đã gửi: %1 trên %2 = 2(N−1)/N × %3 (gradient)</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rank %1</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>mảnh %1</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::TensorView</name>
    <message>
        <source>Run the tensor-parallel scenario to see which worker holds which rows of each layer.</source>
        <translation>Chạy kịch bản song song tensor để xem worker nào giữ những hàng nào của mỗi lớp.</translation>
    </message>
    <message>
        <source>Each layer's W (out × in) is split by output rows over %1 workers. Forward: each computes its rows, then all gather the full output. Backward: partial input gradients are summed. Sent per worker and step: %2.</source>
        <translation>Ma trận W (ra × vào) của mỗi lớp được chia theo hàng đầu ra cho %1 worker. Lan truyền xuôi: mỗi worker tính các hàng của mình, rồi tất cả gom lại đầu ra đầy đủ. Lan truyền ngược: các gradient đầu vào từng phần được cộng lại. Mỗi worker gửi mỗi bước: %2.</translation>
    </message>
    <message>
        <source>w%1</source>
        <translation>w%1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>lớp %1</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::TrainingPage</name>
    <message>
        <source>Distributed training</source>
        <translation>Huấn luyện phân tán</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>tầng %1</translation>
    </message>
    <message>
        <source>ms since the start (blue: forward + backward, orange: communication, green: optimizer)</source>
        <translation>ms từ lúc bắt đầu (xanh dương: xuôi + ngược, cam: truyền thông, xanh lá: bộ tối ưu)</translation>
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
        <translation>đo được, bước cuối (ms): bong bóng %1 %</translation>
    </message>
    <message>
        <source>theory (forward 1, backward 2): bubble (p−1)/(m+p−1) = %1 %</source>
        <translation>lý thuyết (xuôi 1, ngược 2): bong bóng (p−1)/(m+p−1) = %1 %</translation>
    </message>
    <message>
        <source>group 0, measured, last step (ms): bubble %1 %</source>
        <translation>nhóm 0, đo được, bước cuối (ms): bong bóng %1 %</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>lý tưởng</translation>
    </message>
    <message>
        <source>Loss %1 → %2 in %3 steps; accuracy %4 %</source>
        <translation>Loss %1 → %2 sau %3 bước; độ chính xác %4 %</translation>
    </message>
    <message>
        <source>Cancelled: every worker stopped and was joined.</source>
        <translation>Đã hủy: mọi worker đã dừng và được join.</translation>
    </message>
    <message>
        <source>%1 samples/s, %2 GFLOP/s</source>
        <translation>%1 mẫu/s, %2 GFLOP/s</translation>
    </message>
    <message>
        <source>Gradient: %1; sent per worker and step: %2</source>
        <translation>Gradient: %1; mỗi worker gửi mỗi bước: %2</translation>
    </message>
    <message>
        <source>Replicas identical after every step.</source>
        <translation>Các bản sao giống hệt nhau sau mỗi bước.</translation>
    </message>
    <message>
        <source>Replicas DIFFER.</source>
        <translation>Các bản sao KHÁC NHAU.</translation>
    </message>
    <message>
        <source>Bubble: measured %1 %, (p−1)/(m+p−1) = %2 %</source>
        <translation>Bong bóng: đo được %1 %, (p−1)/(m+p−1) = %2 %</translation>
    </message>
    <message>
        <source>Peak micro-batch activations per stage: %1 (GPipe holds m, 1F1B at most p)</source>
        <translation>Số activation micro-batch giữ tối đa ở mỗi tầng: %1 (GPipe giữ m, 1F1B nhiều nhất p)</translation>
    </message>
    <message>
        <source>%1: ×%2</source>
        <translation>%1: ×%2</translation>
    </message>
    <message>
        <source>Speed-up against workers: %1</source>
        <translation>Tăng tốc theo số worker: %1</translation>
    </message>
    <message>
        <source>MPI: Open MPI found (%1). Choose the MPI backend to run the data-parallel training as mpirun ranks with MPI_Allreduce.</source>
        <translation>MPI: đã có Open MPI (%1). Chọn MPI để chạy huấn luyện song song dữ liệu bằng các rank của mpirun với MPI_Allreduce.</translation>
    </message>
    <message>
        <source>MPI: mpirun is not installed. To run the ranks under Open MPI: sudo apt install openmpi-bin libopenmpi-dev, then rebuild ptlab. Everything else works without it.</source>
        <translation>MPI: chưa cài mpirun. Để chạy các rank bằng Open MPI: sudo apt install openmpi-bin libopenmpi-dev, rồi build lại ptlab. Mọi phần khác vẫn chạy được khi không có nó.</translation>
    </message>
    <message>
        <source>MPI: mpirun is installed but ptlab-mpi-rank was not built (install libopenmpi-dev and rebuild ptlab).</source>
        <translation>MPI: đã có mpirun nhưng ptlab-mpi-rank chưa được build (cài libopenmpi-dev và build lại ptlab).</translation>
    </message>
    <message>
        <source>One worker</source>
        <translation>Một worker</translation>
    </message>
    <message>
        <source>Data parallel (ring all-reduce)</source>
        <translation>Song song dữ liệu (all-reduce vòng)</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>Song song tensor</translation>
    </message>
    <message>
        <source>Pipeline parallel</source>
        <translation>Song song pipeline</translation>
    </message>
    <message>
        <source>Hybrid: data × pipeline</source>
        <translation>Lai: dữ liệu × pipeline</translation>
    </message>
    <message>
        <source>ptlab's threads</source>
        <translation>Luồng của ptlab</translation>
    </message>
    <message>
        <source>MPI ranks (Open MPI)</source>
        <translation>Rank MPI (Open MPI)</translation>
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
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>Workers are</source>
        <translation>Worker là</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Số worker</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Số tầng pipeline</translation>
    </message>
    <message>
        <source>Micro-batches</source>
        <translation>Số micro-batch</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch chạy</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Số bước</translation>
    </message>
    <message>
        <source>Layer width</source>
        <translation>Độ rộng lớp</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Measure speed-up against workers</source>
        <translation>Đo tăng tốc theo số worker</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>bước %v/%m</translation>
    </message>
    <message>
        <source>One worker trains the whole model on the whole batch: the reference every parallel scenario must match.</source>
        <translation>Một worker huấn luyện cả mô hình trên cả batch: mốc chuẩn mà mọi kịch bản song song phải khớp.</translation>
    </message>
    <message>
        <source>Every worker holds a full copy of the model and trains on its share of each batch; the ring all-reduce then sums the gradients so every copy takes the same step.</source>
        <translation>Mỗi worker giữ một bản sao đầy đủ của mô hình và huấn luyện trên phần batch của mình; sau đó all-reduce vòng cộng các gradient để mọi bản sao cùng bước một bước như nhau.</translation>
    </message>
    <message>
        <source>Every layer's weight matrix is cut by rows: each worker computes its part of the layer, and the parts are gathered before the next layer.</source>
        <translation>Ma trận trọng số của mỗi lớp được cắt theo hàng: mỗi worker tính phần lớp của mình, và các phần được gom lại trước lớp kế tiếp.</translation>
    </message>
    <message>
        <source>The layers are cut into stages, one worker each; the batch is cut into micro-batches that flow forward through the stages and back. Grey is the idle bubble.</source>
        <translation>Các lớp được cắt thành các tầng, mỗi tầng một worker; batch được cắt thành các micro-batch đi xuôi qua các tầng rồi quay ngược lại. Màu xám là bong bóng nhàn rỗi.</translation>
    </message>
    <message>
        <source>Data parallelism over pipelines: each row is a pipeline on its share of the batch; the workers of one stage all-reduce that stage's gradients.</source>
        <translation>Song song dữ liệu trên các pipeline: mỗi hàng là một pipeline chạy phần batch của mình; các worker của cùng một tầng all-reduce gradient của tầng đó.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropy chéo</translation>
    </message>
    <message>
        <source>data-parallel workers</source>
        <translation>số worker song song dữ liệu</translation>
    </message>
    <message>
        <source>samples/s</source>
        <translation>mẫu/s</translation>
    </message>
    <message>
        <source>Press “Measure speed-up against workers”</source>
        <translation>Nhấn “Đo tăng tốc theo số worker”</translation>
    </message>
    <message>
        <source>press Train to measure</source>
        <translation>nhấn Huấn luyện để đo</translation>
    </message>
    <message>
        <source>ptlab's processes (shared memory)</source>
        <translation>Tiến trình của ptlab (bộ nhớ chung)</translation>
    </message>
</context>
</TS>