#include "core/states/state_diagram_layout.h"

#include <catch2/catch.hpp>

using namespace ptlab::states;

TEST_CASE("the state diagram layout places six boxes inside the area without overlaps", "[states][layout]")
{
    for (auto [w, h] : { std::pair { 800.0, 400.0 }, std::pair { 1600.0, 900.0 }, std::pair { 400.0, 300.0 } }) {
        auto l = layoutStateDiagram(w, h, 20);
        for (int i = 0; i < TaskStateCount; ++i) {
            const auto& a = l.nodes[i].box;
            CHECK(a.x >= 0);
            CHECK(a.y >= 0);
            CHECK(a.x + a.w <= w);
            CHECK(a.y + a.h <= h);
            CHECK(l.nodes[i].state == static_cast<TaskState>(i));
            for (int j = i + 1; j < TaskStateCount; ++j)
                CHECK_FALSE(a.intersects(l.nodes[j].box));
        }
        // Reading order of the course: New, Ready, Running, Terminated left to right on the top row.
        CHECK(l.node(TaskState::New).box.x < l.node(TaskState::Ready).box.x);
        CHECK(l.node(TaskState::Ready).box.x < l.node(TaskState::Running).box.x);
        CHECK(l.node(TaskState::Running).box.x < l.node(TaskState::Terminated).box.x);
        CHECK(l.node(TaskState::Waiting).box.y > l.node(TaskState::Running).box.y);
    }
}

TEST_CASE("every labelled transition is an edge between the right states, touching their borders", "[states][layout]")
{
    auto l = layoutStateDiagram(1000, 500, 24);
    REQUIRE(l.edges.size() == TransitionCount);
    struct Expected
    {
        Transition t;
        TaskState from, to;
    };
    for (auto e : { Expected { Transition::Admit, TaskState::New, TaskState::Ready },
             Expected { Transition::Dispatch, TaskState::Ready, TaskState::Running },
             Expected { Transition::Preempt, TaskState::Running, TaskState::Ready },
             Expected { Transition::Block, TaskState::Running, TaskState::Waiting },
             Expected { Transition::Wake, TaskState::Waiting, TaskState::Ready },
             Expected { Transition::Suspend, TaskState::Ready, TaskState::Suspended },
             Expected { Transition::Resume, TaskState::Suspended, TaskState::Ready },
             Expected { Transition::Exit, TaskState::Running, TaskState::Terminated } }) {
        const DiagramEdge* edge = l.edge(e.from, e.to);
        REQUIRE(edge);
        CHECK(edge->transition == e.t);
        auto near = [](DiagramPoint p, const DiagramRect& r) {
            DiagramRect grown { r.x - 1, r.y - 1, r.w + 2, r.h + 2 };
            DiagramRect shrunk { r.x + 1, r.y + 1, r.w - 2, r.h - 2 };
            return grown.contains(p) && !shrunk.contains(p);
        };
        CHECK(near(edge->start, l.node(e.from).box));
        CHECK(near(edge->end, l.node(e.to).box));
        // The label sits outside every box so it stays readable.
        for (const auto& n : l.nodes)
            CHECK_FALSE(n.box.contains(edge->labelAt));
    }
    // Dispatch and preempt run between the same two boxes but do not share a path.
    auto* d = l.edge(TaskState::Ready, TaskState::Running);
    auto* p = l.edge(TaskState::Running, TaskState::Ready);
    CHECK(std::abs(d->labelAt.y - p->labelAt.y) > 20);
}

TEST_CASE("tokens fit in their area, shrinking when many", "[states][layout]")
{
    DiagramRect area { 10, 10, 100, 50 };
    double size = 20;
    auto few = layoutTokens(area, 3, size);
    CHECK(size == 20);
    REQUIRE(few.size() == 3);
    size = 20;
    auto many = layoutTokens(area, 200, size);
    REQUIRE(many.size() == 200);
    CHECK(size < 20);
    for (auto p : many) {
        CHECK(p.x - size / 2 >= area.x - 1e-9);
        CHECK(p.x + size / 2 <= area.x + area.w + 1e-9);
        if (size >= 3)
            CHECK(p.y + size / 2 <= area.y + area.h + 1e-9);
    }
}
