// LessonsPage: showing the open lesson: its document, style, scroll position and read mark.
#include "ui/lessons/lessons_page.h"

#include "core/lessons/search.h"
#include "ui/lessons/quiz_widget.h"
#include "ui/shell/app_context.h"
#include "ui/shell/page_registry.h"
#include "ui/widgets/error_text.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextImageFormat>
#include <QTextTable>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <cmath>
#include <map>
#include <vector>

namespace ptlab::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

void LessonsPage::showCurrent(double scrollRatio)
{
    const LessonItem* item = currentItem();
    m_errorText = messageFor(item);
    m_pendingScroll = -1;
    m_settingScroll = true; // replacing the text moves the scroll bar; that is not the reader scrolling
    m_view->verticalScrollBar()->setValue(0);
    if (!m_errorText.isEmpty()) {
        const QString heading = item ? tr("This lesson cannot be shown") : tr("No lesson to show");
        m_view->setHtml(QStringLiteral("<h2>") + heading.toHtmlEscaped() + QStringLiteral("</h2><p>")
            + m_errorText.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("</p><p>"))
            + QStringLiteral("</p>"));
    } else {
        m_view->setSearchPaths({ m_root + QLatin1Char('/') + m_library.lang });
        m_view->document()->setDefaultFont(m_view->font());
        m_view->setMarkdown(qs(item->entry->lesson.body));
        styleDocument();
    }
    m_settingScroll = false;
    if (item && item->entry)
        m_progress.setLastLesson(item->id);

    rebuildQuizzes(item);
    m_updatingList = true;
    const int index = m_library.indexOf(m_currentId);
    m_list->setCurrentRow(index);
    if (QListWidgetItem* row = m_list->currentItem())
        m_list->scrollToItem(row);
    m_updatingList = false;
    refreshNavigation();
    refreshDemoLink();
    setScrollRatio(scrollRatio);
}

QString LessonsPage::messageFor(const LessonItem* item) const
{
    if (m_library.folderError)
        return tr("No lessons were found for this language (%1). The installation may be incomplete.")
                   .arg(m_library.lang)
            + QLatin1Char('\n') + ErrorText::describe(*m_library.folderError);
    if (!item) {
        if (m_currentId.isEmpty())
            return tr("Choose a lesson from the list.");
        return tr("The lesson “%1” has no file in this language (%2). Choose another lesson from the list, or "
                  "switch the language back.")
            .arg(m_currentId, m_library.lang);
    }
    if (!item->entry)
        return tr("The lesson file %1 is damaged, so this lesson cannot be shown. The other lessons are not "
                  "affected.")
                   .arg(item->fileName)
            + QLatin1Char('\n') + ErrorText::describe(item->lessonError.value_or(Error {}));
    return {};
}

void LessonsPage::styleDocument()
{
    QTextDocument* doc = m_view->document();
    const QColor border = palette().color(QPalette::Mid);
    const QColor codeBackground = palette().color(QPalette::AlternateBase);
    for (QTextFrame* frame : doc->rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat format = table->format();
            format.setBorder(1);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(border);
            format.setBorderCollapse(true);
            format.setCellSpacing(0);
            format.setCellPadding(4);
            table->setFormat(format);
        }
    }
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage)) {
            format.setBackground(codeBackground);
            // Wrap long code lines at the view's width rather than scroll sideways (large zoom, narrow window).
            format.setNonBreakableLines(false);
            format.setLeftMargin(std::max(format.leftMargin(), 8.0));
            QTextCursor(block).setBlockFormat(format);
        }
    }
    fitFigures();
}

QString LessonsPage::figurePath(const QString& name) const
{
    // A lesson names its figures relative to its own folder (../../figures/x-en.svg), as a Markdown
    // viewer of the source tree would; in the resources that is :/figures/x-en.svg.
    if (name.startsWith(QLatin1Char(':')) || name.startsWith(QLatin1Char('/')))
        return name;
    return QDir::cleanPath(m_root + QLatin1Char('/') + m_library.lang + QLatin1Char('/') + name);
}

void LessonsPage::fitFigures()
{
    // The figures are SVG. QTextDocument would draw them only with Qt's SVG image plugin present at run
    // time, and at their own size; render them here instead, with their text as large as the lesson's
    // (so they follow the presentation zoom), but never wider than the text column. The document keeps
    // its broken-image mark for a figure that does not load.
    QTextDocument* doc = m_view->document();
    const double scale = QFontInfo(doc->defaultFont()).pixelSize() / 16.0; // figures are drawn for 16-unit text
    // Leave room for the scroll bar whether it shows or not, so that a figure's height cannot toggle it.
    const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const double available
        = std::max(64.0, m_view->width() - 2.0 * m_view->frameWidth() - scrollBar - 2.0 * doc->documentMargin() - 8.0);
    const qreal dpr = m_view->devicePixelRatioF();

    struct Figure
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    std::vector<Figure> figures;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat()
                && fragment.charFormat().toImageFormat().name().endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
                figures.push_back({ fragment.position(), fragment.length(), fragment.charFormat().toImageFormat() });
        }
    }
    for (Figure& figure : figures) {
        const QString name = figure.format.name();
        QSvgRenderer renderer(figurePath(name));
        if (!renderer.isValid() || renderer.viewBoxF().isEmpty())
            continue;
        const QSizeF natural = renderer.viewBoxF().size() * scale;
        const double width = std::floor(std::min(natural.width(), available));
        const QSizeF size(width, std::floor(width * natural.height() / natural.width()));
        const QUrl url(name);
        if (std::abs(figure.format.width() - size.width()) < 0.5
            && doc->resource(QTextDocument::ImageResource, url).userType() == QMetaType::QImage)
            continue;
        QImage pixels((size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        pixels.fill(Qt::transparent);
        QPainter painter(&pixels);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        pixels.setDevicePixelRatio(dpr);
        doc->addResource(QTextDocument::ImageResource, url, pixels);
        figure.format.setWidth(size.width());
        figure.format.setHeight(size.height());
        QTextCursor cursor(doc);
        cursor.setPosition(figure.position);
        cursor.setPosition(figure.position + figure.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(figure.format);
    }
}

double LessonsPage::scrollRatio() const
{
    if (m_pendingScroll >= 0)
        return m_pendingScroll;
    const auto* bar = m_view->verticalScrollBar();
    return bar->maximum() > 0 ? static_cast<double>(bar->value()) / bar->maximum() : 0.0;
}

void LessonsPage::setScrollRatio(double ratio)
{
    m_pendingScroll = std::clamp(ratio, 0.0, 1.0);
    applyPendingScroll();
}

void LessonsPage::applyPendingScroll()
{
    if (m_pendingScroll < 0)
        return;
    auto* bar = m_view->verticalScrollBar();
    m_settingScroll = true;
    bar->setValue(qRound(m_pendingScroll * bar->maximum()));
    m_settingScroll = false;
}

void LessonsPage::markCurrentRead()
{
    const LessonItem* item = currentItem();
    if (!item || !item->entry || m_progress.isRead(item->id))
        return;
    m_progress.markRead(item->id);
    refreshList();
    refreshSummary();
}

// ---- quizzes ----

void LessonsPage::relayoutLesson()
{
    // Lay the lesson out again in the view's current font, at the same relative position.
    const LessonItem* item = currentItem();
    if (!item || !item->entry)
        return;
    const double ratio = scrollRatio();
    m_settingScroll = true;
    m_view->document()->setDefaultFont(m_view->font());
    m_view->setMarkdown(qs(item->entry->lesson.body));
    styleDocument();
    m_settingScroll = false;
    setScrollRatio(ratio);
}

} // namespace ptlab::ui
