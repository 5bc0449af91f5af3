<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ptlab::ui::AccumulationPanel</name>
    <message>
        <source>Press Run to compute both gradients and measure what each holds.</source>
        <translation>Nhấn Chạy để tính cả hai gradient và đo bộ nhớ mỗi cách giữ.</translation>
    </message>
    <message>
        <source>Gradient buffers</source>
        <translation>Bộ đệm gradient</translation>
    </message>
    <message>
        <source>Bytes held at the peak</source>
        <translation>Số byte giữ lúc cao nhất</translation>
    </message>
    <message>
        <source>Micro-steps k:</source>
        <translation>Số micro-step k:</translation>
    </message>
    <message>
        <source>one batch of %1 rows</source>
        <translation>một batch %1 dòng</translation>
    </message>
    <message>
        <source>Largest difference between the two gradients: %1 (gradients up to %2), float rounding only. Loss %3 vs %4. Peak activations %5 vs %6.</source>
        <translation>Chênh lệch lớn nhất giữa hai gradient: %1 (gradient lớn tới %2), chỉ do làm tròn số thực. Loss %3 so với %4. Activation cao nhất %5 so với %6.</translation>
    </message>
    <message>
        <source>Micro-batch rows:</source>
        <translation>Số dòng mỗi micro-batch:</translation>
    </message>
    <message>
        <source>A large batch may not fit: its activations grow with the rows. Gradient accumulation runs k micro-batches one after another, adds their gradients (each weighted 1/k) and steps once. The gradient is that of one batch k times larger; only one micro-batch&apos;s activations are alive at a time, for the price of one more gradient buffer.</source>
        <translation>Một batch lớn có thể không vừa bộ nhớ: activation tăng theo số dòng. Tích lũy gradient chạy lần lượt k micro-batch, cộng các gradient (mỗi cái nhân 1/k) rồi cập nhật một lần. Gradient thu được bằng gradient của một batch lớn gấp k lần; mỗi lúc chỉ giữ activation của một micro-batch, đổi lại cần thêm một bộ đệm gradient.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>%1 micro-steps of %2 rows</source>
        <translation>%1 micro-step, mỗi bước %2 dòng</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::AlignmentPanel</name>
    <message>
        <source>Capability is how well a model optimises its training objective; alignment is whether it does what people want. The tiny classifier of the training page learns two spirals from 400 points, some with the wrong label, as real labels are. It is trained to lower its log loss on them; its users want it to classify new points correctly. Train it for long and watch the two curves part.</source>
        <translation>Năng lực là mức mô hình tối ưu tốt mục tiêu huấn luyện của nó; căn chỉnh (alignment) là việc mô hình có làm điều con người muốn hay không. Bộ phân loại nhỏ của trang huấn luyện học hai đường xoắn ốc từ 400 điểm, trong đó một số điểm mang nhãn sai, như nhãn thật ngoài đời. Nó được huấn luyện để giảm log loss trên các điểm đó; người dùng thì muốn nó phân loại đúng các điểm mới. Hãy huấn luyện thật lâu và xem hai đường cong tách nhau.</translation>
    </message>
    <message>
        <source>Wrong training labels:</source>
        <translation>Nhãn huấn luyện sai:</translation>
    </message>
    <message>
        <source>Training steps:</source>
        <translation>Số bước huấn luyện:</translation>
    </message>
    <message>
        <source>Training step</source>
        <translation>Bước huấn luyện</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>Log loss</translation>
    </message>
    <message>
        <source>Accuracy on new points (%)</source>
        <translation>Độ chính xác trên điểm mới (%)</translation>
    </message>
    <message>
        <source>What RLHF adds: instead of a fixed loss on fixed labels, people compare pairs of the model&apos;s answers, a reward model learns their preferences, and the model is tuned to score well on that reward. It brings the objective closer to what people want, but it is still a number being optimised: pushed too far, a model learns to please the reward model rather than the people, which is why training keeps it close to its starting point.</source>
        <translation>RLHF thêm điều gì: thay cho một hàm mất mát cố định trên nhãn cố định, con người so sánh từng cặp câu trả lời của mô hình, một mô hình phần thưởng học sở thích của họ, và mô hình được tinh chỉnh để đạt điểm cao theo phần thưởng đó. Cách này đưa mục tiêu đến gần điều con người muốn hơn, nhưng vẫn là một con số được tối ưu: đẩy quá xa, mô hình học cách chiều lòng mô hình phần thưởng thay vì con người, vì vậy quá trình huấn luyện giữ nó ở gần điểm xuất phát.</translation>
    </message>
    <message>
        <source>Training for %1 steps…</source>
        <translation>Đang huấn luyện %1 bước…</translation>
    </message>
    <message>
        <source>Press Run to train the classifier and measure both numbers as it learns.</source>
        <translation>Nhấn Chạy để huấn luyện bộ phân loại và đo cả hai con số trong lúc nó học.</translation>
    </message>
    <message>
        <source>Log loss on the training labels (optimised)</source>
        <translation>Log loss trên nhãn huấn luyện (được tối ưu)</translation>
    </message>
    <message>
        <source>Log loss on new points</source>
        <translation>Log loss trên điểm mới</translation>
    </message>
    <message>
        <source>Accuracy on new points (wanted)</source>
        <translation>Độ chính xác trên điểm mới (điều người dùng muốn)</translation>
    </message>
    <message>
        <source>The log loss it was trained on fell from %1 to %2 over the whole run (%3 of %4 training labels were wrong, and it learned those too: %5 of the training labels reproduced). The accuracy on new points was best at step %6, %7, and ended at %8.%9</source>
        <translation>Log loss mà mô hình được huấn luyện để giảm đã giảm từ %1 xuống %2 suốt lần chạy (%3 trên %4 nhãn huấn luyện bị sai, và nó học thuộc cả những nhãn đó: tái hiện %5 số nhãn huấn luyện). Độ chính xác trên điểm mới cao nhất ở bước %6, đạt %7, và kết thúc ở %8.%9</translation>
    </message>
    <message>
        <source>(Stopped before the end.)</source>
        <translation>(Đã dừng trước khi xong.)</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::BatchingPanel</name>
    <message>
        <source>Padding (%)</source>
        <translation>Phần đệm (%)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Bucketing computes %1 of the tokens random batches compute, and the epoch takes %2 of the time.</source>
        <translation>Chia nhóm chỉ tính %1 số token so với batch ngẫu nhiên, và epoch mất %2 thời gian.</translation>
    </message>
    <message>
        <source>Computed tokens</source>
        <translation>Token được tính</translation>
    </message>
    <message>
        <source>Sequences have different lengths, but a batch is a rectangle: each is padded to the batch&apos;s longest, rounded up to a multiple of 8. Random batches mix short and long sequences and compute a lot of padding; batches of similar lengths (bucketed by length, batch order still shuffled) waste little. An epoch runs a real per-token layer over every padded position.</source>
        <translation>Các chuỗi dài ngắn khác nhau, nhưng một batch là hình chữ nhật: mỗi chuỗi được đệm (padding) tới độ dài chuỗi dài nhất trong batch, làm tròn lên bội của 8. Batch ngẫu nhiên trộn chuỗi ngắn với chuỗi dài nên tính rất nhiều phần đệm; batch gồm các chuỗi dài gần bằng nhau (chia nhóm theo độ dài, thứ tự batch vẫn xáo trộn) lãng phí ít. Mỗi epoch chạy thật một lớp tính trên từng vị trí token, kể cả phần đệm.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Ngẫu nhiên</translation>
    </message>
    <message>
        <source>Sequences per batch:</source>
        <translation>Số chuỗi mỗi batch:</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Phần đệm</translation>
    </message>
    <message>
        <source>Real tokens</source>
        <translation>Token thật</translation>
    </message>
    <message>
        <source>Pad to a multiple of:</source>
        <translation>Đệm tới bội của:</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Số batch</translation>
    </message>
    <message>
        <source>Bucketed by length</source>
        <translation>Chia nhóm theo độ dài</translation>
    </message>
    <message>
        <source>Epoch time</source>
        <translation>Thời gian epoch</translation>
    </message>
    <message>
        <source>Press Run to batch 2 000 sequences of 1 to 256 tokens both ways.</source>
        <translation>Nhấn Chạy để chia 2 000 chuỗi dài 1 đến 256 token thành batch theo cả hai cách.</translation>
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
        <translation>Nhấn Chạy để huấn luyện qua chuỗi lớp một lần với mỗi k.</translation>
    </message>
    <message>
        <source>Checkpoint every k layers</source>
        <translation>Checkpoint sau mỗi k lớp</translation>
    </message>
    <message>
        <source>Backward needs every layer&apos;s activation. Checkpointing keeps only every k-th one and, going backward, recomputes each segment from its checkpoint: about n/k + k buffers alive instead of n + 1, for n − n/k extra layer forwards. The least memory is near k = √n. Bytes are counted as buffers are made and freed.</source>
        <translation>Lượt lan truyền ngược cần activation của mọi lớp. Checkpointing chỉ giữ một activation sau mỗi k lớp và, khi đi ngược, tính lại từng đoạn từ checkpoint của nó: khoảng n/k + k bộ đệm cùng lúc thay vì n + 1, đổi lại thêm n − n/k lượt tính xuôi. Bộ nhớ ít nhất ở gần k = √n. Số byte được đếm khi bộ đệm được tạo và giải phóng.</translation>
    </message>
    <message>
        <source>k = 1 keeps everything: %1, nothing recomputed. The least memory, %2 at k = %3, recomputes %4 layers (%5 ms against a %6 ms forward pass).</source>
        <translation>k = 1 giữ tất cả: %1, không tính lại gì. Bộ nhớ ít nhất, %2 ở k = %3, phải tính lại %4 lớp (%5 ms so với %6 ms của lượt tính xuôi).</translation>
    </message>
    <message>
        <source>Peak activation memory</source>
        <translation>Bộ nhớ activation cao nhất</translation>
    </message>
    <message>
        <source>Layers recomputed</source>
        <translation>Số lớp tính lại</translation>
    </message>
    <message>
        <source>Peak activation memory (KB)</source>
        <translation>Bộ nhớ activation cao nhất (KB)</translation>
    </message>
    <message>
        <source>Layers n:</source>
        <translation>Số lớp n:</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::MemoryScenarios</name>
    <message>
        <source>Profiler timeline</source>
        <translation>Dòng thời gian profiler</translation>
    </message>
    <message>
        <source>Dynamic batching</source>
        <translation>Chia batch động</translation>
    </message>
    <message>
        <source>Mixed precision</source>
        <translation>Độ chính xác hỗn hợp</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Gradient checkpointing</translation>
    </message>
    <message>
        <source>ZeRO memory</source>
        <translation>Bộ nhớ ZeRO</translation>
    </message>
    <message>
        <source>Optimiser memory</source>
        <translation>Bộ nhớ của bộ tối ưu</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Tích lũy gradient</translation>
    </message>
    <message>
        <source>Prefetching</source>
        <translation>Nạp trước dữ liệu</translation>
    </message>
    <message>
        <source>Capability vs alignment</source>
        <translation>Năng lực và căn chỉnh</translation>
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
        <translation>Bước</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>8-bit Adam</source>
        <translation>Adam 8 bit</translation>
    </message>
    <message>
        <source>The optimizer&apos;s state is often the largest part of training memory. SGD with momentum keeps one fp32 value per parameter, Adam and AdamW two (momentum and variance). 8-bit Adam stores both as 8-bit codes in blocks of 256 with one fp32 scale (the block&apos;s largest magnitude) per block: about 2 bytes per parameter.</source>
        <translation>Trạng thái của bộ tối ưu thường là phần lớn nhất trong bộ nhớ huấn luyện. SGD có momentum giữ một giá trị fp32 cho mỗi tham số, Adam và AdamW giữ hai (momentum và phương sai). Adam 8 bit lưu cả hai dưới dạng mã 8 bit theo khối 256 giá trị, mỗi khối có một hệ số fp32 (độ lớn lớn nhất trong khối): khoảng 2 byte mỗi tham số.</translation>
    </message>
    <message>
        <source>State bytes</source>
        <translation>Số byte trạng thái</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>Loss cuối</translation>
    </message>
    <message>
        <source>Press Run to train the tiny model with each optimizer.</source>
        <translation>Nhấn Chạy để huấn luyện mô hình nhỏ với từng bộ tối ưu.</translation>
    </message>
    <message>
        <source>The tiny classifier of the training page, %1 parameters; the loss curves are on the same two-spiral batches in the same order.</source>
        <translation>Bộ phân loại nhỏ của trang huấn luyện, %1 tham số; các đường loss dùng cùng các batch của hai đường xoắn ốc theo cùng thứ tự.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Bộ tối ưu</translation>
    </message>
    <message>
        <source>Per parameter</source>
        <translation>Mỗi tham số</translation>
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
        <translation>Bước</translation>
    </message>
    <message>
        <source>In bf16</source>
        <translation>Trong bf16</translation>
    </message>
    <message>
        <source>bf16</source>
        <translation>bf16</translation>
    </message>
    <message>
        <source>In fp16</source>
        <translation>Trong fp16</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <source>fp16, no scaling</source>
        <translation>fp16, không nhân hệ số</translation>
    </message>
    <message>
        <source>underflow to 0</source>
        <translation>tràn dưới thành 0</translation>
    </message>
    <message>
        <source>Smallest subnormal</source>
        <translation>Nhỏ nhất (dưới chuẩn)</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Loss scale</source>
        <translation>Hệ số loss</translation>
    </message>
    <message>
        <source>loss scale</source>
        <translation>hệ số loss</translation>
    </message>
    <message>
        <source>subnormal: precision lost</source>
        <translation>dưới chuẩn: mất độ chính xác</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Số bước:</translation>
    </message>
    <message>
        <source>%1: final loss %2, %3 of gradients flushed to zero, %4 steps skipped</source>
        <translation>%1: loss cuối %2, %3 gradient bị làm tròn về 0, bỏ qua %4 bước</translation>
    </message>
    <message>
        <source>Gradients flushed to zero (%)</source>
        <translation>Gradient bị làm tròn về 0 (%)</translation>
    </message>
    <message>
        <source>What happens in fp16</source>
        <translation>Điều xảy ra trong fp16</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>fp16, dynamic scaling</source>
        <translation>fp16, nhân hệ số động</translation>
    </message>
    <message>
        <source>Exponent / fraction bits</source>
        <translation>Bit số mũ / định trị</translation>
    </message>
    <message>
        <source>rounded</source>
        <translation>làm tròn</translation>
    </message>
    <message>
        <source>Training four times (fp32, fp16, fp16 with loss scaling, bf16)…</source>
        <translation>Đang huấn luyện bốn lần (fp32, fp16, fp16 có nhân hệ số loss, bf16)…</translation>
    </message>
    <message>
        <source>Press Run to train the tiny model in each precision.</source>
        <translation>Nhấn Chạy để huấn luyện mô hình nhỏ với từng độ chính xác.</translation>
    </message>
    <message>
        <source>overflow to ∞</source>
        <translation>tràn trên thành ∞</translation>
    </message>
    <message>
        <source>Step at 1</source>
        <translation>Khoảng cách tại 1</translation>
    </message>
    <message>
        <source>Decimal digits</source>
        <translation>Chữ số thập phân</translation>
    </message>
    <message>
        <source>%1: flushed</source>
        <translation>%1: về 0</translation>
    </message>
    <message>
        <source>fp16 has 10 fraction bits and a small range: above 65504 a value becomes infinite, below 2⁻²⁴ it becomes zero. bf16 keeps the range of fp32 with only 7 fraction bits. Rounding here is done in software, to nearest with ties to even. The run trains the tiny classifier of the training page on its two spirals with fp16 compute and fp32 master weights; its cross-entropy is averaged over 65 536 values, so its gradients are small and, without loss scaling, many flush to zero. Dynamic scaling multiplies the loss, skips a step and halves the scale on overflow, doubles it after 10 good steps.</source>
        <translation>fp16 có 10 bit phần định trị và miền giá trị hẹp: trên 65504 giá trị thành vô cùng, dưới 2⁻²⁴ thành 0. bf16 giữ miền giá trị của fp32 nhưng chỉ có 7 bit phần định trị. Ở đây việc làm tròn được làm bằng phần mềm, tới giá trị gần nhất, hòa thì về số chẵn. Lượt chạy huấn luyện bộ phân loại nhỏ của trang huấn luyện trên hai đường xoắn ốc với phép tính fp16 và trọng số chính (master weights) fp32; cross-entropy được lấy trung bình trên 65 536 giá trị nên gradient rất nhỏ và, nếu không nhân hệ số loss, nhiều gradient bị làm tròn về 0. Nhân hệ số động nhân loss lên, khi tràn số thì bỏ qua bước đó và giảm hệ số một nửa, sau 10 bước tốt thì tăng gấp đôi.</translation>
    </message>
    <message>
        <source>Smallest normal</source>
        <translation>Nhỏ nhất (chuẩn)</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::PrefetchPanel</name>
    <message>
        <source>Without prefetching: trainer idle %1, %2 samples/s</source>
        <translation>Không nạp trước: luồng huấn luyện rảnh %1, %2 mẫu/giây</translation>
    </message>
    <message>
        <source>reduce-scatter</source>
        <translation>reduce-scatter</translation>
    </message>
    <message>
        <source>With %1 loader threads and a queue of %2: trainer idle %3, %4 samples/s</source>
        <translation>Với %1 luồng nạp và hàng đợi %2: luồng huấn luyện rảnh %3, %4 mẫu/giây</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Thời gian (ms)</translation>
    </message>
    <message>
        <source>all-gather</source>
        <translation>all-gather</translation>
    </message>
    <message>
        <source>Press Run to train on the batch files both ways.</source>
        <translation>Nhấn Chạy để huấn luyện trên các tệp batch theo cả hai cách.</translation>
    </message>
    <message>
        <source>all-reduce</source>
        <translation>all-reduce</translation>
    </message>
    <message>
        <source>Without prefetching</source>
        <translation>Không nạp trước</translation>
    </message>
    <message>
        <source>With loader threads and a queue</source>
        <translation>Có luồng nạp và hàng đợi</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>lan truyền ngược</translation>
    </message>
    <message>
        <source>loader %1</source>
        <translation>luồng nạp %1</translation>
    </message>
    <message>
        <source>Loader threads:</source>
        <translation>Số luồng nạp:</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>worker %1</translation>
    </message>
    <message>
        <source>data wait</source>
        <translation>chờ dữ liệu</translation>
    </message>
    <message>
        <source>Queue capacity:</source>
        <translation>Sức chứa hàng đợi:</translation>
    </message>
    <message>
        <source>read + parse</source>
        <translation>đọc + phân tích</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>bộ tối ưu</translation>
    </message>
    <message>
        <source>queue full</source>
        <translation>hàng đợi đầy</translation>
    </message>
    <message>
        <source>Total: %1 ms without prefetching, %2 ms with it.</source>
        <translation>Tổng: %1 ms khi không nạp trước, %2 ms khi có.</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>luồng huấn luyện</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>tính xuôi</translation>
    </message>
    <message>
        <source>Each batch is a real file of two-spiral samples in a temporary folder, read and parsed from text, as slow input pipelines are; the trainer steps a narrow version of the training page&apos;s tiny classifier. Without prefetching the trainer reads every batch itself and trains only in between. With loader threads and a bounded queue the next batches are ready while it computes: its idle share falls and the throughput rises, as long as there is a free core for the loaders.</source>
        <translation>Mỗi batch là một tệp thật chứa các mẫu của hai đường xoắn ốc trong thư mục tạm, được đọc và phân tích từ văn bản, giống các đường ống nạp dữ liệu chậm; luồng huấn luyện chạy một phiên bản hẹp của bộ phân loại nhỏ của trang huấn luyện. Không nạp trước thì luồng huấn luyện tự đọc từng batch và chỉ huấn luyện xen giữa. Với các luồng nạp và một hàng đợi có giới hạn, các batch tiếp theo đã sẵn sàng trong khi nó tính toán: tỉ lệ thời gian rảnh giảm và thông lượng tăng, miễn là còn lõi trống cho các luồng nạp.</translation>
    </message>
    <message>
        <source>Writing %1 batch files, then training twice…</source>
        <translation>Đang ghi %1 tệp batch, rồi huấn luyện hai lần…</translation>
    </message>
    <message>
        <source>data wait (reading itself)</source>
        <translation>chờ dữ liệu (tự đọc)</translation>
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
        <translation>Bước</translation>
    </message>
    <message>
        <source>Baseline (all-reduce)</source>
        <translation>Cơ sở (all-reduce)</translation>
    </message>
    <message>
        <source>%1 steps in %2 ms on %3 workers.</source>
        <translation>%1 bước trong %2 ms trên %3 worker.</translation>
    </message>
    <message>
        <source>Training on %1 worker threads…</source>
        <translation>Đang huấn luyện trên %1 luồng worker…</translation>
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
        <translation>Số worker:</translation>
    </message>
    <message>
        <source>ZeRO stage:</source>
        <translation>Giai đoạn ZeRO:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Every step of a data-parallel run on worker threads, recorded as named spans per worker: data wait, forward, backward, the gradient collective and the optimizer. Export the timeline as Chrome trace JSON (open it in ui.perfetto.dev or chrome://tracing) and the loss, throughput and memory per step as CSV.</source>
        <translation>Mọi bước của một lượt huấn luyện song song dữ liệu trên các luồng worker, được ghi thành các đoạn có tên cho từng worker: chờ dữ liệu, tính xuôi, lan truyền ngược, phép truyền thông gradient và bộ tối ưu. Xuất dòng thời gian dạng Chrome trace JSON (mở bằng ui.perfetto.dev hoặc chrome://tracing) và loss, thông lượng, bộ nhớ mỗi bước dạng CSV.</translation>
    </message>
    <message>
        <source>Samples per second</source>
        <translation>Mẫu mỗi giây</translation>
    </message>
    <message>
        <source>Chrome trace (*.json)</source>
        <translation>Chrome trace (*.json)</translation>
    </message>
    <message>
        <source>Export trace…</source>
        <translation>Xuất trace…</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::RunPanel</name>
    <message>
        <source>Run</source>
        <translation>Chạy</translation>
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
        <translation>Dừng</translation>
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
        <translation>Bộ nhớ &amp; thời gian huấn luyện</translation>
    </message>
    <message>
        <source>Memory and time savers of large-model training, each measured on the tiny model</source>
        <translation>Các kỹ thuật tiết kiệm bộ nhớ và thời gian khi huấn luyện mô hình lớn, mỗi kỹ thuật được đo trên mô hình nhỏ</translation>
    </message>
</context>
<context>
    <name>ptlab::ui::ZeroPanel</name>
    <message>
        <source>Shard</source>
        <translation>Phân mảnh</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Traffic per step</source>
        <translation>Truyền thông mỗi bước</translation>
    </message>
    <message>
        <source>Total per device</source>
        <translation>Tổng mỗi thiết bị</translation>
    </message>
    <message>
        <source>Loss %1 → %2 in %3 steps.</source>
        <translation>Loss %1 → %2 sau %3 bước.</translation>
    </message>
    <message>
        <source>%1 on %2 worker threads, Ψ = %3 parameters: bytes each worker held between steps, next to the formula (2 + 2 + 12)Ψ with the sharded parts divided by N_d = %2.</source>
        <translation>%1 trên %2 luồng worker, Ψ = %3 tham số: số byte mỗi worker giữ giữa các bước, bên cạnh công thức (2 + 2 + 12)Ψ với các phần được chia cho N_d = %2.</translation>
    </message>
    <message>
        <source>Running %1 on %2 worker threads…</source>
        <translation>Đang chạy %1 trên %2 luồng worker…</translation>
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
        <translation>Số luồng worker:</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Đã dừng. %1</translation>
    </message>
    <message>
        <source>Run stage:</source>
        <translation>Giai đoạn chạy:</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>%1Ψ (%2)</source>
        <translation>%1Ψ (%2)</translation>
    </message>
    <message>
        <source>ZeRO-1 (optimizer states)</source>
        <translation>ZeRO-1 (trạng thái bộ tối ưu)</translation>
    </message>
    <message>
        <source>Devices N_d:</source>
        <translation>Số thiết bị N_d:</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>ZeRO-2 (+ gradients)</source>
        <translation>ZeRO-2 (+ gradient)</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Bộ tối ưu</translation>
    </message>
    <message>
        <source>Baseline (no sharding)</source>
        <translation>Cơ sở (không chia)</translation>
    </message>
    <message>
        <source>Press Run to train the tiny model with the chosen stage and measure each worker&apos;s buffers.</source>
        <translation>Nhấn Chạy để huấn luyện mô hình nhỏ với giai đoạn đã chọn và đo bộ đệm của từng worker.</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Công thức</translation>
    </message>
    <message>
        <source>GB per device</source>
        <translation>GB mỗi thiết bị</translation>
    </message>
    <message>
        <source>Measured total</source>
        <translation>Tổng đo được</translation>
    </message>
    <message>
        <source>Data parallelism keeps a full copy of the model states on every device: fp16 parameters (2Ψ bytes), fp16 gradients (2Ψ) and the optimizer states (KΨ, K = 12 for mixed-precision Adam: fp32 weights, momentum, variance). ZeRO partitions them over the N_d devices: stage 1 the optimizer states, stage 2 also the gradients, stage 3 also the parameters. Run executes the chosen stage on worker threads with the tiny model.</source>
        <translation>Song song dữ liệu giữ một bản đầy đủ các trạng thái mô hình trên mọi thiết bị: tham số fp16 (2Ψ byte), gradient fp16 (2Ψ) và trạng thái bộ tối ưu (KΨ, K = 12 với Adam độ chính xác hỗn hợp: trọng số fp32, momentum, phương sai). ZeRO chia chúng cho N_d thiết bị: giai đoạn 1 chia trạng thái bộ tối ưu, giai đoạn 2 chia thêm gradient, giai đoạn 3 chia thêm tham số. Nút Chạy thực thi giai đoạn đã chọn trên các luồng worker với mô hình nhỏ.</translation>
    </message>
    <message>
        <source>Parameters (billions):</source>
        <translation>Số tham số (tỉ):</translation>
    </message>
    <message>
        <source>The parameters whose optimizer states (and, in ZeRO-2, gradients) this worker keeps and updates: the chunk it completes in the ring&apos;s reduce-scatter, so worker r owns chunk r + 1 (mod N_d).</source>
        <translation>Các tham số mà worker này giữ và cập nhật trạng thái bộ tối ưu (với ZeRO-2, cả gradient): mảnh nó cộng đủ trong bước reduce-scatter của vòng, nên worker r sở hữu mảnh r + 1 (mod N_d).</translation>
    </message>
</context>
</TS>
