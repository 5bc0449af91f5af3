#pragma once

#include "core/util/error.h"

#include <QCoreApplication>
#include <QString>

namespace ptlab::ui {

// Turns a core Error into a translated sentence, keeping errno and the technical detail.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString describe(const Error& error);
};

} // namespace ptlab::ui
