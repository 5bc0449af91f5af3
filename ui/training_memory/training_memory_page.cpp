#include "ui/training_memory/training_memory_page.h"

#include "core/util/preset.h"
#include "ui/training_memory/run_panel.h"
#include "ui/training_memory/scenario_panel.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>

namespace ptlab::ui {

TrainingMemoryPage::TrainingMemoryPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    auto* layout = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    for (const QString& id : memoryScenarioIds()) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, id);
    }
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_stack, 5);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showScenario(memoryScenarioIds().value(row));
    });
    retranslate();
    m_list->setCurrentRow(0);
}

QString TrainingMemoryPage::title() const
{
    return tr("Training memory & time");
}

void TrainingMemoryPage::retranslate()
{
    const QStringList ids = memoryScenarioIds();
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setText(memoryScenarioTitle(ids.value(i)));
    m_list->setToolTip(tr("Memory and time savers of large-model training, each measured on the tiny model"));
}

ScenarioPanel* TrainingMemoryPage::panel(const QString& id)
{
    if (auto it = m_panels.find(id); it != m_panels.end())
        return *it;
    ScenarioPanel* p = createMemoryScenario(id, context(), nullptr);
    if (!p)
        return nullptr;
    // A panel can be taller than the window at large zoom: it scrolls.
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(p);
    p->setMinimumHeight(p->sizeHint().height());
    m_stack->addWidget(scroll);
    m_panels.insert(id, p);
    return p;
}

QString TrainingMemoryPage::currentScenario() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void TrainingMemoryPage::showScenario(const QString& id)
{
    ScenarioPanel* p = panel(id);
    if (!p)
        return;
    const int row = memoryScenarioIds().indexOf(id);
    if (m_list->currentRow() != row)
        m_list->setCurrentRow(row); // comes back here through currentRowChanged
    for (auto it = m_panels.begin(); it != m_panels.end(); ++it)
        if (it.value() != p)
            it.value()->setActive(false);
    m_stack->setCurrentWidget(p->parentWidget()->parentWidget()); // viewport -> scroll area
    p->setActive(m_active);
}

void TrainingMemoryPage::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    QString id = QStringLiteral("zero");
    if (auto it = p.find("scenario"); it != p.end())
        id = QString::fromStdString(it->second);
    if (!memoryScenarioIds().contains(id))
        return;
    showScenario(id);
    if (ScenarioPanel* s = panel(id))
        s->applyPreset(preset);
}

void TrainingMemoryPage::setActive(bool active)
{
    m_active = active;
    if (ScenarioPanel* p = panel(currentScenario()))
        p->setActive(active);
}

void TrainingMemoryPage::startShowcase()
{
    if (ScenarioPanel* p = panel(currentScenario()))
        p->startShowcase();
}

bool TrainingMemoryPage::triggerPrimaryAction()
{
    if (auto* p = qobject_cast<RunPanel*>(panel(currentScenario()))) {
        p->run();
        return true;
    }
    return false;
}

} // namespace ptlab::ui
