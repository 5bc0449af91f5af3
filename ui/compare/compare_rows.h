#pragma once

#include "core/compare/experiment.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <map>
#include <string>
#include <vector>

namespace ptlab::ui {

// One row of the course's comparison table and the experiments that back it.
struct CompareRowDef
{
    QString id; // "creation", "isolation", ... (presets: row=creation; row=crash is an alias of isolation)
    std::vector<std::string> experiments;
};

const std::vector<CompareRowDef>& compareRows();
// The row a preset names ("crash" → "isolation"), or an empty string.
QString compareRowForPreset(const QString& name);

// Every sentence the page says about a row, in the current language.
class CompareTexts
{
    Q_DECLARE_TR_FUNCTIONS(CompareTexts)
public:
    static QString criterion(const QString& rowId); // the table's criterion: "Creation time"
    static QString claim(const QString& rowId); // what the course says
    static QString variantName(const compare::Variant& v);
    // How the experiment measured, in the current language (core's sentence is English, for the CLI).
    static QString method(const compare::ExperimentResult& r, const QLocale& locale);
    static QString unitName(const std::string& unit);
    // One line comparing the measurement with the claim; `results` holds the row's experiments.
    static QString verdict(
        const QString& rowId, const std::map<std::string, compare::ExperimentResult>& results, const QLocale& locale);
    // "median 12.3 µs (min 10.1, p95 15.0, n 50)" or why it did not run.
    static QString numbers(const compare::Variant& v, const QLocale& locale);
    static QString number(double value, const QLocale& locale);
};

} // namespace ptlab::ui
