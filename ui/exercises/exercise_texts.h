#pragma once

#include "core/exercises/exercise.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ptlab::ui {

// Everything the Exercises tab says, in the current language. Core words the same sentences in English
// for the command line (with the same {key} placeholders); a test keeps the two English texts equal.
class ExerciseTexts
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseTexts)
public:
    static QString tabTitle();
    static QString tabToolTip();
    static QString answeredStatus(); // for the status bar
    static QString title(const std::string& generator); // "CPU time on a shared CPU"
    static QString question(const exercises::Question& q, const QLocale& locale);
    static QString explanation(const exercises::Question& q, const exercises::Answer& a, const QLocale& locale);
    static QString unitSuffix(const std::string& unit); // " s", " ×", " CPUs"
    static QString withUnit(double value, const std::string& unit, const QLocale& locale);
    static QString verdict(const exercises::Verdict& v, const QLocale& locale);
    static QString failure(const exercises::Answer& a); // why a run did not answer

    // Fills {key} and {key|word0|word1} like core's fillText, with the locale's numbers.
    static QString fill(QString text, const exercises::Values& values, const QLocale& locale);
    static QString number(double value, const QLocale& locale); // 3 significant digits, no group separator

private:
    static QString questionTemplate(const std::string& generator);
    static QString explanationTemplate(const std::string& generator);
};

} // namespace ptlab::ui
