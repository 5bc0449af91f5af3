#include "ui/glossary/glossary_page.h"

#include "ui/shell/app_context.h"

#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/util/preset.h"

namespace ptlab::ui {

namespace {

// Folds case and strips diacritics, so that "loi" finds "lõi" and "Tam dung" finds "Tạm dừng".
QString folded(const QString& text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c == QChar(0x0111) || c == QChar(0x0110) ? QLatin1Char('d') : c.toLower();
    }
    return out;
}

} // namespace

GlossaryPage::GlossaryPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("glossaryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("glossaryTable"));
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // The term columns take a fixed share of the width (see resizeEvent) so that long terms wrap and the
    // definitions keep room at presentation zoom.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(&context, &AppContext::languageChanged, this, [this] { fill(); });
    load();
    fill();
    retranslate();
}

QString GlossaryPage::title() const
{
    return tr("Glossary");
}

void GlossaryPage::load()
{
    QFile file(QStringLiteral(":/glossary.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The glossary could not be opened: %1").arg(file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        m_error = tr("The glossary is damaged: %1").arg(parseError.errorString());
        return;
    }
    for (const QJsonValue& v : doc.object().value(QLatin1String("terms")).toArray()) {
        const QJsonObject o = v.toObject();
        m_terms.push_back({ o.value(QLatin1String("id")).toString(), o.value(QLatin1String("en")).toString(),
            o.value(QLatin1String("vi")).toString(), o.value(QLatin1String("en_def")).toString(),
            o.value(QLatin1String("vi_def")).toString() });
    }
}

void GlossaryPage::fill()
{
    const bool vi = context().language() == QLatin1String("vi");
    m_table->setRowCount(static_cast<int>(m_terms.size()));
    for (int row = 0; row < static_cast<int>(m_terms.size()); ++row) {
        const GlossaryTerm& t = m_terms[static_cast<std::size_t>(row)];
        const QString cells[3] = { t.en, t.vi, vi ? t.viDefinition : t.enDefinition };
        for (int col = 0; col < 3; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, t.id);
            m_table->setItem(row, col, item);
        }
    }
    applyFilter();
}

void GlossaryPage::applyFilter()
{
    const QString needle = folded(m_filter->text().trimmed());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const GlossaryTerm& t = m_terms[static_cast<std::size_t>(row)];
        const QString hay = folded(t.en + QLatin1Char(' ') + t.vi + QLatin1Char(' ') + t.enDefinition + QLatin1Char(' ')
            + t.viDefinition + QLatin1Char(' ') + t.id);
        m_table->setRowHidden(row, !needle.isEmpty() && !hay.contains(needle));
    }
}

void GlossaryPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    const int width = m_table->viewport()->width();
    m_table->setColumnWidth(0, width / 5);
    m_table->setColumnWidth(1, width / 4);
}

int GlossaryPage::visibleRows() const
{
    int n = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        n += m_table->isRowHidden(row) ? 0 : 1;
    return n;
}

void GlossaryPage::setFilter(const QString& text)
{
    m_filter->setText(text);
}

void GlossaryPage::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    if (auto it = p.find("filter"); it != p.end())
        setFilter(QString::fromStdString(it->second));
    if (auto it = p.find("term"); it != p.end()) {
        const QString id = QString::fromStdString(it->second);
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (m_table->item(row, 0)->data(Qt::UserRole).toString() == id) {
                m_table->setRowHidden(row, false);
                m_table->selectRow(row);
                m_table->scrollToItem(m_table->item(row, 0));
            }
    }
}

void GlossaryPage::retranslate()
{
    m_intro->setText(m_error.isEmpty()
            ? tr("One vocabulary for the lessons and the interface: each term in English and Vietnamese, with a "
                 "short definition. Type to filter; Vietnamese works with or without diacritics.")
            : m_error);
    m_filter->setPlaceholderText(tr("Filter, e.g. core, lõi, mutex"));
    m_table->setHorizontalHeaderLabels({ tr("English"), tr("Vietnamese"), tr("Definition") });
}

} // namespace ptlab::ui
