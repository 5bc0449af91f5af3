#pragma once

class QApplication;

namespace ptlab::ui {

// Names, font and style shared by the GUI, `ptlab render` and the ui benchmarks.
void setupApplication(QApplication& app);

} // namespace ptlab::ui
