#pragma once

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace ptlab::ui {

// The course's twelve classic applications: which model each real system uses and why, in the
// current language. `miniature` names the runnable workload (core/workloads), empty when none.
struct AppRow
{
    enum class Model
    {
        Threads,
        Processes,
        Both,
    };
    QString id;
    Model model;
    QString name;
    QString examples;
    QString why;
    QString miniature;
};

class AppsCatalog
{
    Q_DECLARE_TR_FUNCTIONS(AppsCatalog)
public:
    static std::vector<AppRow> rows();
    static QString modelName(AppRow::Model model);
    // A translated label for a workload name ("web-server" → "Web server on loopback").
    static QString workloadTitle(const QString& workload);
    static QString modeName(const QString& mode);
};

} // namespace ptlab::ui
