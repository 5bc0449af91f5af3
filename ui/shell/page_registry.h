#pragma once

#include <QStringList>
#include <functional>
#include <vector>

namespace ptlab::ui {

class AppContext;
class Page;

// The pages of the main window, in sidebar order. A page is added here when it works, never before.
struct PageEntry
{
    const char* id;
    std::function<Page*(AppContext&)> create;
};
const std::vector<PageEntry>& pageRegistry();
QStringList pageIds();

} // namespace ptlab::ui
