#pragma once

#include "core/states/task_state.h"

#include <array>
#include <vector>

namespace ptlab::states {

// The state diagram as plain data, computed once per size and painted by the ui (STYLE.md: layout
// first, paint second). Units are pixels of the area handed in.
struct DiagramPoint
{
    double x = 0;
    double y = 0;
};

struct DiagramRect
{
    double x = 0, y = 0, w = 0, h = 0;
    DiagramPoint center() const { return { x + w / 2, y + h / 2 }; }
    bool contains(DiagramPoint p) const { return p.x >= x && p.x <= x + w && p.y >= y && p.y <= y + h; }
    bool intersects(const DiagramRect& o) const { return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h; }
};

struct DiagramNode
{
    TaskState state;
    DiagramRect box; // the rounded rectangle of the state
    DiagramRect tokenArea; // where its tokens sit, inside box below the title
};

// An edge is a quadratic Bézier curve from `from`'s border to `to`'s border.
struct DiagramEdge
{
    Transition transition;
    TaskState from;
    TaskState to;
    DiagramPoint start, control, end;
    DiagramPoint labelAt; // centre of the label (name and live count)
    DiagramPoint pointAt(double t) const; // t in [0, 1], for tokens moving along the edge
};

struct DiagramLayout
{
    double width = 0, height = 0;
    std::array<DiagramNode, TaskStateCount> nodes;
    std::vector<DiagramEdge> edges;
    const DiagramNode& node(TaskState s) const { return nodes[static_cast<int>(s)]; }
    const DiagramEdge* edge(TaskState from, TaskState to) const;
};

// Lays the six states out in the textbook shape: New -> Ready <-> Running -> Terminated on top,
// Waiting below between Ready and Running, Suspended below Ready.
DiagramLayout layoutStateDiagram(double width, double height, double titleHeight);

// Positions for `count` tokens of diameter `size` inside `area`, in rows; when they do not fit, the
// diameter shrinks (returned in `size`).
std::vector<DiagramPoint> layoutTokens(const DiagramRect& area, int count, double& size);

} // namespace ptlab::states
