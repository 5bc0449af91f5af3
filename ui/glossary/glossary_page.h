#pragma once

#include "ui/shell/page.h"

#include <QString>
#include <vector>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace ptlab::ui {

// One term of resources/glossary.json, ptlab's single vocabulary that the lessons and the UI
// catalogues follow (tests/core/test_glossary.cpp checks them against it).
struct GlossaryTerm
{
    QString id;
    QString en, vi;
    QString enDefinition, viDefinition;
};

// The glossary in both languages: English term, Vietnamese term and a short definition in the
// interface language, filtered as you type (with or without Vietnamese diacritics).
class GlossaryPage : public Page
{
    Q_OBJECT
public:
    explicit GlossaryPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("glossary"); }
    QString title() const override;
    void applyPreset(const QString& preset) override; // "filter=lõi" or "term=core"

    // For tests.
    [[nodiscard]] const std::vector<GlossaryTerm>& terms() const { return m_terms; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] int visibleRows() const;
    [[nodiscard]] QString loadError() const { return m_error; }
    void setFilter(const QString& text);

protected:
    void retranslate() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void fill();
    void applyFilter();
    void fitColumns();

    std::vector<GlossaryTerm> m_terms;
    QString m_error;
    QLabel* m_intro = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace ptlab::ui
