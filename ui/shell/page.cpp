#include "ui/shell/page.h"

#include "ui/shell/app_context.h"

#include <QEvent>

namespace ptlab::ui {

Page::Page(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    connect(&context, &AppContext::zoomChanged, this, [this](double z) { zoomChanged(z); });
}

double Page::zoom() const
{
    return m_context.zoom();
}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ptlab::ui
