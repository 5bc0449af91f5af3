#include "ui/exercises/exercise_runner.h"

#include <QMetaObject>
#include <memory>

namespace ptlab::ui {

ExerciseRunner::ExerciseRunner(QObject* parent) : QObject(parent) { }

ExerciseRunner::~ExerciseRunner()
{
    m_cancel = true;
    join();
}

void ExerciseRunner::join()
{
    if (m_worker.joinable())
        m_worker.join();
}

bool ExerciseRunner::start(const exercises::Question& question)
{
    const exercises::Generator* generator = exercises::findGenerator(question.generator);
    if (m_busy || !generator)
        return false;
    join(); // the previous run has posted its answer; its thread is ending
    m_cancel = false;
    m_busy = true;
    m_worker = std::thread([this, generator, question] {
        exercises::RunContext context;
        context.cancel = &m_cancel;
        auto lastPosted = std::make_shared<double>(-1);
        context.progress = [this, lastPosted](double fraction) {
            if (fraction - *lastPosted < 0.02 && fraction < 1.0)
                return;
            *lastPosted = fraction;
            QMetaObject::invokeMethod(
                this, [this, fraction] { emit progressChanged(fraction); }, Qt::QueuedConnection);
        };
        auto answer = std::make_shared<exercises::Answer>(exercises::run(*generator, question, context));
        QMetaObject::invokeMethod(
            this,
            [this, answer] {
                m_busy = false;
                emit finished(*answer);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ExerciseRunner::cancel()
{
    m_cancel = true;
}

} // namespace ptlab::ui
