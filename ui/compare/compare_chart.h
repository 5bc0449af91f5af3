#pragma once

#include "core/compare/experiment.h"

#include <QLocale>
#include <QString>
#include <vector>

class QCustomPlot;

namespace ptlab::ui {

// Draws a row's results: a horizontal box plot per variant (min, quartiles, median, max) with the
// median written beside it, bars for yes/no outcomes, or one line per series over a parameter
// (message size, resident size, thread count). Value axes go logarithmic when variants differ by
// more than a factor of 20. Returns the height in pixels the chart wants at zoom 1.
int drawCompareChart(QCustomPlot* plot, const std::vector<const compare::ExperimentResult*>& results,
    const QLocale& locale, double zoom);

// Clears the plot to a one-line message in its middle.
void drawEmptyChart(QCustomPlot* plot, const QString& message, double zoom);

} // namespace ptlab::ui
