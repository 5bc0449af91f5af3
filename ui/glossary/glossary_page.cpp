#include "ui/glossary/glossary_page.h"

#include "ui/shell/app_context.h"

#include <QEvent>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

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
    // The term columns fit their terms (see fitColumns); the definition takes the rest and wraps, and
    // each row grows to its wrapped text.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
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
    const QJsonArray terms = doc.object().value(QLatin1String("terms")).toArray();
    for (const auto& v : terms) {
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

bool GlossaryPage::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport's own size (not the page's, which is set before the table's layout runs) and the
    // table's font (the presentation zoom) decide the widths.
    if ((watched == m_table->viewport() && event->type() == QEvent::Resize)
        || (watched == m_table && event->type() == QEvent::FontChange))
        fitColumns();
    return Page::eventFilter(watched, event);
}

void GlossaryPage::fitColumns()
{
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    const QFontMetrics fm(m_table->font());
    const QFontMetrics headerFm(m_table->horizontalHeader()->font());
    const int padding = 2 * fm.averageCharWidth(); // the cell's margins and focus frame, with room to spare
    for (int col = 0; col < 2; ++col) {
        int whole = 0, word = 0; // the widest term on one line, and its widest word
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString text = m_table->item(row, col)->text();
            whole = std::max(whole, fm.horizontalAdvance(text));
            for (const QString& w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                word = std::max(word, fm.horizontalAdvance(w));
        }
        const QTableWidgetItem* headerItem = m_table->horizontalHeaderItem(col);
        const int header
            = headerItem ? headerFm.horizontalAdvance(headerItem->text()) + 2 * headerFm.averageCharWidth() : 0;
        // A term column takes at most a quarter of the table, so the definitions keep half of it at
        // presentation zoom; a longer term wraps between its words, and no word or header is ever cut.
        const int fitted = std::min(whole + padding, std::max(available / 4, word + padding));
        m_table->setColumnWidth(col, std::max(fitted, header));
    }
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
    fitColumns();
}

} // namespace ptlab::ui
