#pragma once

#include "core/hardware/hardware_summary.h"

#include <QWidget>
#include <vector>

class QLabel;
class QFrame;

namespace ptlab::ui {

// The facts a student wants first (processor, cores and hardware threads, caches, memory, GPUs,
// devices, operating system), one card each, with a sentence on why it matters for threads and
// processes.
class SummaryCards : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryCards(QWidget* parent = nullptr);

    void setSummary(const hardware::HardwareSummary& summary);
    const hardware::HardwareSummary& summary() const { return m_summary; }
    void retranslate();

    int cardCount() const { return static_cast<int>(m_cards.size()); }
    // Title, value and explanation of one card, joined by newlines (for tests).
    QString cardText(int index) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Card
    {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* value = nullptr;
        QLabel* why = nullptr;
    };
    enum CardId
    {
        CpuCard,
        CoresCard,
        CachesCard,
        MemoryCard,
        GpuCard,
        DevicesCard,
        OsCard,
        CardCount
    };
    void setCard(CardId id, const QString& title, const QString& value, const QString& why);

    hardware::HardwareSummary m_summary;
    std::vector<Card> m_cards;
};

} // namespace ptlab::ui
