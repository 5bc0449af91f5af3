#include "core/states/state_diagram_layout.h"

#include <algorithm>
#include <cmath>

namespace ptlab::states {
namespace {

DiagramPoint lerp(DiagramPoint a, DiagramPoint b, double t)
{
    return { a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t };
}

// Where the segment from the box centre towards `target` leaves the box.
DiagramPoint borderPoint(const DiagramRect& box, DiagramPoint target)
{
    const DiagramPoint c = box.center();
    const double dx = target.x - c.x, dy = target.y - c.y;
    if (dx == 0 && dy == 0)
        return c;
    const double sx = dx != 0 ? (box.w / 2) / std::abs(dx) : 1e18;
    const double sy = dy != 0 ? (box.h / 2) / std::abs(dy) : 1e18;
    const double s = std::min(sx, sy);
    return { c.x + dx * s, c.y + dy * s };
}

} // namespace

DiagramPoint DiagramEdge::pointAt(double t) const
{
    t = std::clamp(t, 0.0, 1.0);
    return lerp(lerp(start, control, t), lerp(control, end, t), t);
}

const DiagramEdge* DiagramLayout::edge(TaskState from, TaskState to) const
{
    for (const auto& e : edges) {
        if (e.from == from && e.to == to)
            return &e;
    }
    return nullptr;
}

DiagramLayout layoutStateDiagram(double width, double height, double titleHeight)
{
    DiagramLayout l;
    l.width = width;
    l.height = height;
    // A 4 x 2 grid of cells; each box fills most of its cell, leaving room for edges and labels.
    const double cellW = width / 4, cellH = height / 2;
    const double boxW = cellW * 0.62, boxH = cellH * 0.58;
    auto place = [&](TaskState s, double col, double row) {
        DiagramNode& n = l.nodes[static_cast<int>(s)];
        n.state = s;
        n.box = { col * cellW + (cellW - boxW) / 2, row * cellH + (cellH - boxH) / 2, boxW, boxH };
        const double pad = std::min(boxW, boxH) * 0.06;
        n.tokenArea = { n.box.x + pad, n.box.y + titleHeight + pad, boxW - 2 * pad,
            std::max(0.0, boxH - titleHeight - 2 * pad) };
    };
    place(TaskState::New, 0, 0);
    place(TaskState::Ready, 1, 0);
    place(TaskState::Running, 2, 0);
    place(TaskState::Terminated, 3, 0);
    place(TaskState::Suspended, 0.5, 1);
    place(TaskState::Waiting, 2, 1);

    auto addEdge = [&](Transition t, TaskState from, TaskState to, double bend) {
        DiagramEdge e;
        e.transition = t;
        e.from = from;
        e.to = to;
        const DiagramPoint a = l.node(from).box.center(), b = l.node(to).box.center();
        // Bend sideways from the straight line: positive bends to the left of the direction of travel,
        // so the two edges between Ready and Running do not overlap.
        const double dx = b.x - a.x, dy = b.y - a.y;
        const double len = std::hypot(dx, dy);
        const DiagramPoint mid = lerp(a, b, 0.5);
        e.control = { mid.x + (len > 0 ? -dy / len : 0) * bend, mid.y + (len > 0 ? dx / len : 0) * bend };
        e.start = borderPoint(l.node(from).box, e.control);
        e.end = borderPoint(l.node(to).box, e.control);
        e.labelAt = e.pointAt(t == Transition::Wake ? 0.3 : 0.5);
        // A straight horizontal edge carries its label just above the arrow.
        if (bend == 0 && std::abs(dy) < 1e-9)
            e.labelAt.y -= titleHeight * 0.7;
        l.edges.push_back(e);
    };
    // Dispatch and preempt arc over and under the boxes, so their labels sit clear of both.
    const double bend = boxH + titleHeight;
    addEdge(Transition::Admit, TaskState::New, TaskState::Ready, 0);
    addEdge(Transition::Dispatch, TaskState::Ready, TaskState::Running, -bend);
    addEdge(Transition::Preempt, TaskState::Running, TaskState::Ready, -bend);
    addEdge(Transition::Block, TaskState::Running, TaskState::Waiting, -cellW * 0.18);
    addEdge(Transition::Wake, TaskState::Waiting, TaskState::Ready, -cellH * 0.15);
    addEdge(Transition::Suspend, TaskState::Ready, TaskState::Suspended, -cellH * 0.12);
    addEdge(Transition::Resume, TaskState::Suspended, TaskState::Ready, -cellH * 0.12);
    addEdge(Transition::Exit, TaskState::Running, TaskState::Terminated, 0);
    return l;
}

std::vector<DiagramPoint> layoutTokens(const DiagramRect& area, int count, double& size)
{
    std::vector<DiagramPoint> points;
    if (count <= 0 || area.w <= 0 || area.h <= 0)
        return points;
    // Shrink the tokens until count of them fit in rows.
    double d = size;
    int perRow = 1, rows = 1;
    for (int i = 0; i < 64; ++i) {
        const double gap = d * 0.25;
        perRow = std::max(1, static_cast<int>((area.w + gap) / (d + gap)));
        rows = (count + perRow - 1) / perRow;
        if (rows * (d + gap) - gap <= area.h || d < 3)
            break;
        d *= 0.85;
    }
    size = d;
    const double gap = d * 0.25;
    for (int i = 0; i < count; ++i) {
        const int r = i / perRow, c = i % perRow;
        points.push_back({ area.x + c * (d + gap) + d / 2, area.y + r * (d + gap) + d / 2 });
    }
    return points;
}

} // namespace ptlab::states
