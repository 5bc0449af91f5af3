#!/usr/bin/env python3
"""Writes the lesson figures, one SVG per figure and language, into this folder.

The figures are plain SVG (rectangles, paths and <text>, no markers, patterns or CSS) so that Qt's
SVG renderer, which implements SVG Tiny 1.2, draws them as a browser does. Both languages come from
one drawing here, so they cannot drift apart; edit this file and run it again:
    python3 resources/figures/make_figures.py
"""
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# Okabe–Ito, as the States page uses it.
ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILION, PURPLE = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
INK, GREY, LIGHT = "#1A1A1A", "#555555", "#E6E6E6"
FONT = "sans-serif"


class Svg:
    def __init__(self, width, height, title):
        self.width, self.height = width, height
        self.parts = []
        self.title = title

    def add(self, s):
        self.parts.append(s)

    def rect(self, x, y, w, h, fill, stroke="none", sw=1, rx=0, dash=None, opacity=None):
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        if opacity is not None:
            extra += f' fill-opacity="{opacity}"'
        self.add(f'<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" rx="{rx:g}" fill="{fill}" '
                 f'stroke="{stroke}" stroke-width="{sw:g}"{extra}/>')

    def text(self, x, y, s, size=16, anchor="start", weight="normal", fill=INK, italic=False):
        style = ' font-style="italic"' if italic else ""
        self.add(f'<text x="{x:g}" y="{y:g}" font-family="{FONT}" font-size="{size:g}" '
                 f'text-anchor="{anchor}" font-weight="{weight}" fill="{fill}"{style}>{escape(s)}</text>')

    def line(self, x1, y1, x2, y2, stroke=INK, sw=2, dash=None):
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        self.add(f'<line x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" y2="{y2:g}" stroke="{stroke}" '
                 f'stroke-width="{sw:g}"{extra}/>')

    def arrow(self, x1, y1, x2, y2, stroke=INK, sw=2, head=9):
        # A line and a filled head (SVG Tiny has no markers).
        import math
        a = math.atan2(y2 - y1, x2 - x1)
        bx, by = x2 - head * math.cos(a), y2 - head * math.sin(a)
        self.line(x1, y1, bx, by, stroke, sw)
        px, py = -math.sin(a) * head * 0.55, math.cos(a) * head * 0.55
        self.add(f'<polygon points="{x2:g},{y2:g} {bx + px:.1f},{by + py:.1f} {bx - px:.1f},{by - py:.1f}" '
                 f'fill="{stroke}"/>')

    def write(self, name):
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
                f'width="{self.width}" height="{self.height}" viewBox="0 0 {self.width} {self.height}">\n'
                f'<title>{escape(self.title)}</title>\n'
                # A white card, so the figure reads the same on light and dark themes.
                f'<rect x="1" y="1" width="{self.width - 2}" height="{self.height - 2}" rx="16" fill="#FFFFFF" '
                f'stroke="#BBBBBB" stroke-width="2"/>\n')
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(head + "\n".join(self.parts) + "\n</svg>\n")


# ---------------------------------------------------------------- address space

ADDRESS = {
    "en": dict(
        title="A process's address space",
        high="high addresses", low="low addresses",
        kernel="kernel space", kernel_note="the kernel's code and data: the process cannot touch it",
        stack="stack", stack_note="local variables and return addresses (one stack per thread)",
        down="grows down", up="grows up",
        mapped="mapped regions", mapped_note="shared libraries (libc.so), mapped files, shared memory",
        heap="heap", heap_note="what malloc and new return",
        data="data", data_note="global and static variables",
        text="text (code)", text_note="the program's instructions, read-only",
        free="unused",
        foot="Every process has an address space of its own; cat /proc/PID/maps lists its regions.",
    ),
    "vi": dict(
        title="Không gian địa chỉ của một tiến trình",
        high="địa chỉ cao", low="địa chỉ thấp",
        kernel="không gian nhân", kernel_note="mã và dữ liệu của nhân hệ điều hành: tiến trình không chạm tới được",
        stack="ngăn xếp", stack_note="biến cục bộ và địa chỉ trả về (mỗi luồng một ngăn xếp)",
        down="lớn dần xuống", up="lớn dần lên",
        mapped="vùng ánh xạ", mapped_note="thư viện dùng chung (libc.so), tệp ánh xạ, bộ nhớ dùng chung",
        heap="heap", heap_note="những gì malloc và new trả về",
        data="dữ liệu", data_note="biến toàn cục và biến tĩnh",
        text="mã lệnh (text)", text_note="các lệnh của chương trình, chỉ đọc",
        free="chưa dùng",
        foot="Mỗi tiến trình có không gian địa chỉ riêng; cat /proc/PID/maps liệt kê các vùng của nó.",
    ),
}


def address_space(lang):
    t = ADDRESS[lang]
    s = Svg(1060, 560, t["title"])
    s.text(30, 44, t["title"], 22, weight="bold")
    x, w = 170, 220
    # (key, top, height, fill, text colour)
    segments = [
        ("kernel", 70, 56, "#BDBDBD", INK),
        ("stack", 136, 52, ORANGE, INK),
        ("mapped", 248, 52, PURPLE, INK),
        ("heap", 360, 48, GREEN, INK),
        ("data", 418, 40, SKY, INK),
        ("text", 458, 40, BLUE, "#FFFFFF"),
    ]
    for key, top, h, fill, ink in segments:
        s.rect(x, top, w, h, fill, stroke=INK, sw=1.5)
        s.text(x + w / 2, top + h / 2 + 6, t[key], 17, anchor="middle", weight="bold", fill=ink)
        s.line(x + w + 6, top + h / 2, x + w + 26, top + h / 2, GREY, 1.5)
        s.text(x + w + 32, top + h / 2 + 5, t[key + "_note"], 15)
    # The gaps the stack and the heap grow into. Each growth label sits beside its region and "unused" at
    # the far end of the gap, on a line of its own: side by side they overlap in Vietnamese, whose
    # labels are longer.
    for top, h in ((188, 60), (300, 60)):
        s.rect(x, top, w, h, "#FFFFFF", stroke=GREY, sw=1.5, dash="6 5")
    s.line(x, 126, x + w, 126, INK, 3)  # the user/kernel boundary
    s.arrow(x + 40, 192, x + 40, 236, VERMILION, 3)
    s.text(x + 52, 207, t["down"], 14, weight="bold", fill=VERMILION)
    s.text(x + w - 12, 240, t["free"], 14, anchor="end", fill=GREY, italic=True)
    s.arrow(x + 40, 356, x + 40, 312, VERMILION, 3)
    s.text(x + 52, 352, t["up"], 14, weight="bold", fill=VERMILION)
    s.text(x + w - 12, 318, t["free"], 14, anchor="end", fill=GREY, italic=True)
    # Address axis.
    s.arrow(120, 492, 120, 76, GREY, 2)
    s.text(110, 90, t["high"], 14, anchor="end", fill=GREY)
    s.text(110, 110, "0xffff…", 14, anchor="end", fill=GREY)
    s.text(110, 480, t["low"], 14, anchor="end", fill=GREY)
    s.text(110, 500, "0x0000…", 14, anchor="end", fill=GREY)
    s.text(30, 536, t["foot"], 15, fill=GREY)
    return s


# ---------------------------------------------------------------- threads sharing one address space

THREADS = {
    "en": dict(
        title="Threads share their process; each keeps its own stack and registers",
        process="one process, PID 4242: one address space",
        shared="shared by every thread",
        code="code", globals="global data", heap="heap", files="open files, sockets",
        extra="also shared: the PID, the current directory, signal handlers",
        own="each thread has its own",
        thread="thread", main="(main)", regs="registers: PC, SP, …", stack="stack",
        foot="On Linux the main thread's TID is the process's PID.",
    ),
    "vi": dict(
        title="Các luồng dùng chung tiến trình; mỗi luồng giữ ngăn xếp và thanh ghi riêng",
        process="một tiến trình, PID 4242: một không gian địa chỉ",
        shared="mọi luồng dùng chung",
        code="mã lệnh", globals="biến toàn cục", heap="heap", files="tệp, socket đang mở",
        extra="cũng dùng chung: PID, thư mục hiện hành, trình xử lý tín hiệu",
        own="mỗi luồng có riêng",
        thread="luồng", main="(chính)", regs="thanh ghi: PC, SP, …", stack="ngăn xếp",
        foot="Trên Linux, TID của luồng chính trùng với PID của tiến trình.",
    ),
}


def threads_shared(lang):
    t = THREADS[lang]
    s = Svg(860, 560, t["title"])
    s.text(30, 44, t["title"], 20, weight="bold")
    s.rect(30, 64, 800, 430, "#F7F7F7", stroke=INK, sw=2, rx=12)
    s.text(50, 92, t["process"], 17, weight="bold")
    # Shared band.
    s.rect(50, 106, 760, 128, "#FFFFFF", stroke=BLUE, sw=2, rx=8)
    s.text(66, 130, t["shared"], 15, weight="bold", fill=BLUE)
    boxes = [(t["code"], BLUE, "#FFFFFF"), (t["globals"], SKY, INK), (t["heap"], GREEN, INK),
             (t["files"], YELLOW, INK)]
    bw = 170
    for i, (label, fill, ink) in enumerate(boxes):
        bx = 66 + i * (bw + 14)
        s.rect(bx, 142, bw, 46, fill, stroke=INK, sw=1.2, rx=6)
        s.text(bx + bw / 2, 171, label, 15, anchor="middle", weight="bold", fill=ink)
    s.text(66, 220, t["extra"], 14, fill=GREY)
    # Threads.
    s.text(50, 270, t["own"], 15, weight="bold", fill=VERMILION)
    cw = 236
    for i in range(3):
        cx = 50 + i * (cw + 26)
        s.rect(cx, 282, cw, 196, "#FFFFFF", stroke=VERMILION, sw=2, rx=8)
        name = f'{t["thread"]} {i + 1}' + (f' {t["main"]}' if i == 0 else "")
        s.text(cx + 14, 306, name, 16, weight="bold")
        s.text(cx + cw - 14, 306, f"TID {4242 + i}", 15, anchor="end", fill=GREY)
        s.rect(cx + 14, 318, cw - 28, 38, SKY, stroke=INK, sw=1.2, rx=5)
        s.text(cx + cw / 2, 343, t["regs"], 15, anchor="middle")
        s.rect(cx + 14, 366, cw - 28, 62, ORANGE, stroke=INK, sw=1.2, rx=5)
        s.text(cx + cw / 2, 392, t["stack"], 16, anchor="middle", weight="bold")
        for k in range(3):  # stack frames
            s.line(cx + 30 + k * 62, 412, cx + 80 + k * 62, 412, INK, 1)
        # The thread's flow of execution: a wavy line through its code.
        wx = cx + cw - 34
        d = f"M {cx + 20} 458 q 20 -14 40 0 t 40 0 t 40 0 t 40 0"
        s.add(f'<path d="{d}" fill="none" stroke="{VERMILION}" stroke-width="3"/>')
        s.arrow(cx + 180, 458, wx + 14, 458, VERMILION, 3)
        # Every thread reaches the same shared band.
        s.arrow(cx + cw - 50, 282, cx + cw - 50, 238, GREY, 2)
    s.text(30, 530, t["foot"], 15, fill=GREY)
    return s


# ---------------------------------------------------------------- ring all-reduce

RING = {
    "en": dict(
        title="Ring all-reduce with N = 4 workers: each gradient cut into 4 chunks",
        worker="worker", start="start", rs="reduce-scatter", ag="all-gather", step="step",
        chunk="chunks A B C D",
        legend_n="2, 3: the chunk adds up that many workers' gradients", legend_sum="Σ: the full sum",
        legend_recv="received from the left neighbour in this step",
        steps="2 (N − 1) = 6 steps, each sending 1/N of the gradient to the right neighbour:",
        bytes="every worker sends 2 (N − 1) / N = 1.5 × the gradient size, whatever N is.",
        ring="the ring",
    ),
    "vi": dict(
        title="Ring all-reduce với N = 4 worker: gradient của mỗi worker cắt thành 4 khúc",
        worker="worker", start="ban đầu", rs="reduce-scatter", ag="all-gather", step="bước",
        chunk="các khúc A B C D",
        legend_n="2, 3: khúc đã cộng gradient của từng ấy worker", legend_sum="Σ: tổng đầy đủ",
        legend_recv="nhận từ hàng xóm bên trái ở bước này",
        steps="2 (N − 1) = 6 bước, mỗi bước gửi 1/N gradient cho hàng xóm bên phải:",
        bytes="mỗi worker gửi 2 (N − 1) / N = 1,5 lần kích thước gradient, dù N là bao nhiêu.",
        ring="vòng",
    ),
}


def ring_states(n=4):
    """Rows (label, counts[worker][chunk], received[worker] = chunk index or None)."""
    counts = [[1] * n for _ in range(n)]
    rows = [("start", 0, [c[:] for c in counts], [None] * n)]
    for s in range(n - 1):  # reduce-scatter: worker r sends chunk (r - s) to r + 1, which adds it
        sent = [(r - s) % n for r in range(n)]
        new = [c[:] for c in counts]
        recv = [None] * n
        for r in range(n):
            dst, k = (r + 1) % n, sent[r]
            new[dst][k] = counts[dst][k] + counts[r][k]
            recv[dst] = k
        counts = new
        rows.append(("rs", s + 1, [c[:] for c in counts], recv))
    for s in range(n - 1):  # all-gather: worker r passes on the full chunk (r + 1 - s), which is copied
        sent = [(r + 1 - s) % n for r in range(n)]
        new = [c[:] for c in counts]
        recv = [None] * n
        for r in range(n):
            dst, k = (r + 1) % n, sent[r]
            new[dst][k] = counts[r][k]
            recv[dst] = k
        counts = new
        rows.append(("ag", s + 1, [c[:] for c in counts], recv))
    assert all(c == n for row in counts for c in row)
    return rows


def ring_allreduce(lang):
    t = RING[lang]
    n = 4
    s = Svg(1040, 560, t["title"])
    s.text(30, 44, t["title"], 20, weight="bold")
    cell, ch, gap = 34, 26, 22
    left, top = 200, 96
    group = n * cell + gap
    for r in range(n):
        gx = left + r * group
        s.text(gx + n * cell / 2, top - 24, f'{t["worker"]} {r}', 16, anchor="middle", weight="bold")
        for k in range(n):
            s.text(gx + k * cell + cell / 2, top - 6, "ABCD"[k], 13, anchor="middle", fill=GREY)
    y = top
    for phase, step, counts, recv in ring_states(n):
        if phase != "start" and step == 1:
            y += 12
            s.line(30, y - 6, left + n * group - gap, y - 6, LIGHT, 1.5)
        label = t["start"] if phase == "start" else f'{t[phase]}, {t["step"]} {step}'
        s.text(30, y + 18, label, 15, fill=(INK if phase == "start" else (BLUE if phase == "rs" else GREEN)))
        for r in range(n):
            gx = left + r * group
            for k in range(n):
                c = counts[r][k]
                fill, ink, txt = ("#F2F2F2", GREY, "1") if c == 1 else (
                    (GREEN, "#FFFFFF", "Σ") if c == n else (SKY, INK, str(c)))
                s.rect(gx + k * cell, y, cell, ch, fill, stroke="#888888", sw=1)
                s.text(gx + k * cell + cell / 2, y + 18, txt, 15, anchor="middle", weight="bold", fill=ink)
            if recv[r] is not None:
                s.rect(gx + recv[r] * cell + 1.5, y + 1.5, cell - 3, ch - 3, "none", stroke=VERMILION, sw=3)
        y += ch + 8
    # The ring itself, at the right.
    cx, cy, rad = 950, 190, 58
    s.text(cx, 104, t["ring"], 15, anchor="middle", fill=GREY)
    import math
    pos = [(cx + rad * math.sin(2 * math.pi * r / n), cy - rad * math.cos(2 * math.pi * r / n)) for r in range(n)]
    for r in range(n):
        (x1, y1), (x2, y2) = pos[r], pos[(r + 1) % n]
        d = math.hypot(x2 - x1, y2 - y1)
        ux, uy = (x2 - x1) / d, (y2 - y1) / d
        s.arrow(x1 + ux * 22, y1 + uy * 22, x2 - ux * 22, y2 - uy * 22, VERMILION, 2.5)
    for r in range(n):
        x, yy = pos[r]
        s.add(f'<circle cx="{x:.1f}" cy="{yy:.1f}" r="18" fill="{ORANGE}" stroke="{INK}" stroke-width="1.5"/>')
        s.text(x, yy + 6, str(r), 16, anchor="middle", weight="bold")
    # Legend and the arithmetic.
    ly = y + 16
    s.rect(30, ly, 34, 22, SKY, stroke="#888888")
    s.text(47, ly + 16, "2", 14, anchor="middle", weight="bold")
    s.text(74, ly + 16, t["legend_n"], 14)
    s.rect(520, ly, 34, 22, GREEN, stroke="#888888")
    s.text(537, ly + 16, "Σ", 14, anchor="middle", weight="bold", fill="#FFFFFF")
    s.text(564, ly + 16, t["legend_sum"], 14)
    s.rect(720, ly, 34, 22, "#F2F2F2", stroke=VERMILION, sw=3)
    words = t["legend_recv"]
    half = words.rfind(" ", 0, len(words) // 2 + 6)
    s.text(764, ly + 8, words[:half], 13)
    s.text(764, ly + 25, words[half + 1:], 13)
    s.text(30, ly + 62, t["steps"], 16, weight="bold")
    s.text(30, ly + 86, t["bytes"], 16, weight="bold", fill=VERMILION)
    s.height = int(ly + 110)
    return s


# ---------------------------------------------------------------- pipeline schedules

PIPE = {
    "en": dict(
        title="Pipeline schedules, p = 4 stages, m = 8 micro-batches",
        gpipe="GPipe: all forward passes, then all backward passes",
        f1b="1F1B: after warming up, one forward, one backward",
        stage="stage", time="time →", held="activations held",
        fwd="forward pass of micro-batch 3", bwd="backward pass of micro-batch 3", idle="idle: the bubble",
        bubble="Both leave the same bubble, (p − 1) / (m + p − 1) = 3/11 ≈ 27 % of each stage's time;",
        memory="1F1B keeps at most p − s + 1 micro-batches' activations on stage s instead of all m.",
    ),
    "vi": dict(
        title="Các lịch pipeline, p = 4 tầng, m = 8 micro-batch",
        gpipe="GPipe: mọi lượt xuôi trước, rồi mọi lượt ngược",
        f1b="1F1B: sau giai đoạn khởi động, một xuôi, một ngược",
        stage="tầng", time="thời gian →", held="kích hoạt giữ",
        fwd="lượt xuôi của micro-batch 3", bwd="lượt ngược của micro-batch 3", idle="ngồi không: bong bóng",
        bubble="Cả hai để cùng một bong bóng, (p − 1) / (m + p − 1) = 3/11 ≈ 27 % thời gian của mỗi tầng;",
        memory="1F1B giữ giá trị kích hoạt của tối đa p − s + 1 micro-batch ở tầng s, thay vì cả m.",
    ),
}


def schedule(p, m, kind):
    """Unit-time forward and backward passes; returns ops[stage] = [(start, 'F'|'B', micro-batch)]."""
    order = []
    for st in range(p):
        if kind == "gpipe":
            order.append([("F", i) for i in range(m)] + [("B", i) for i in range(m)])
        else:
            warm = min(p - st - 1, m)
            ops = [("F", i) for i in range(warm)]
            f, b = warm, 0
            while f < m:
                ops += [("F", f), ("B", b)]
                f += 1
                b += 1
            ops += [("B", i) for i in range(b, m)]
            order.append(ops)
    done = {}
    nxt = [0] * p
    free = [0] * p
    result = [[] for _ in range(p)]
    while any(nxt[st] < len(order[st]) for st in range(p)):
        progressed = False
        for st in range(p):
            if nxt[st] >= len(order[st]):
                continue
            kind_, i = order[st][nxt[st]]
            dep = ("F", st - 1, i) if kind_ == "F" else ("B", st + 1, i)
            if kind_ == "F" and st == 0:
                ready = 0
            elif kind_ == "B" and st == p - 1:
                ready = done.get(("F", st, i))
            else:
                ready = done.get(dep)
            if ready is None:
                continue
            start = max(ready, free[st])
            done[(kind_, st, i)] = start + 1
            free[st] = start + 1
            result[st].append((start, kind_, i))
            nxt[st] += 1
            progressed = True
        assert progressed
    return result


def held(ops):
    live = best = 0
    for _, k, _ in sorted(ops):
        live += 1 if k == "F" else -1
        best = max(best, live)
    return best


def pipeline_schedules(lang):
    t = PIPE[lang]
    p, m = 4, 8
    u, rh = 34, 28
    left = 110
    total = 2 * (m + p - 1)
    s = Svg(left + total * u + 150, 0, t["title"])
    s.text(30, 44, t["title"], 20, weight="bold")
    y = 76
    for kind, label in (("gpipe", t["gpipe"]), ("1f1b", t["f1b"])):
        ops = schedule(p, m, kind)
        assert max(st + 1 for row in ops for st, _, _ in row) == total
        s.text(30, y + 4, label, 16, weight="bold")
        s.text(left + total * u + 16, y + 4, t["held"], 13, fill=GREY)
        y += 14
        for st in range(p):
            ry = y + st * (rh + 4)
            s.text(30, ry + 19, f'{t["stage"]} {st + 1}', 15)
            s.rect(left, ry, total * u, rh, LIGHT, stroke="#999999", sw=1, dash="4 3")
            for start, k, i in ops[st]:
                fill = SKY if k == "F" else ORANGE
                s.rect(left + start * u, ry, u, rh, fill, stroke=INK, sw=1)
                s.text(left + start * u + u / 2, ry + 19, str(i + 1), 14, anchor="middle", weight="bold")
            s.text(left + total * u + 60, ry + 19, str(held(ops[st])), 15, anchor="middle", weight="bold")
        y += p * (rh + 4)
        s.arrow(left, y + 4, left + total * u, y + 4, GREY, 1.5, 8)
        s.text(left + total * u, y + 22, t["time"], 13, anchor="end", fill=GREY)
        y += 44
    # Legend.
    lx = 30
    for fill, txt, dash in ((SKY, t["fwd"], None), (ORANGE, t["bwd"], None), (LIGHT, t["idle"], "4 3")):
        s.rect(lx, y, u, rh, fill, stroke=(INK if not dash else "#999999"), sw=1, dash=dash)
        if not dash:
            s.text(lx + u / 2, y + 19, "3", 14, anchor="middle", weight="bold")
        s.text(lx + u + 8, y + 19, txt, 14)
        lx += u + 8 + len(txt) * 7.6 + 24
    y += rh + 30
    s.text(30, y, t["bubble"], 15, weight="bold")
    s.text(30, y + 22, t["memory"], 15, weight="bold", fill=VERMILION)
    s.height = int(y + 42)
    return s


FIGURES = {
    "address-space": address_space,
    "threads-shared": threads_shared,
    "ring-allreduce": ring_allreduce,
    "pipeline-schedules": pipeline_schedules,
}

if __name__ == "__main__":
    for name, draw in FIGURES.items():
        for lang in ("en", "vi"):
            draw(lang).write(f"{name}-{lang}.svg")
