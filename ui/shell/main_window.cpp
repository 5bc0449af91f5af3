#include "ui/shell/main_window.h"

#include "ui/shell/app_context.h"
#include "ui/shell/page.h"
#include "ui/shell/page_registry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ptlab::ui {

MainWindow::MainWindow(AppContext& context, QWidget* parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("ptlabMainWindow"));
    auto* splitter = new QSplitter(this);
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setMinimumWidth(120);
    m_sidebar->setWordWrap(true); // long page titles wrap rather than clip at presentation zoom
    m_sidebar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 170, 1100 });
    setCentralWidget(splitter);

    for (const auto& entry : pageRegistry()) {
        Page* p = entry.create(m_context);
        p->setObjectName(QString::fromLatin1(entry.id));
        m_pages.push_back(p);
        // A page wider or taller than the window scrolls instead of forcing the window to grow, so a
        // projector's resolution (or `ptlab render --size`) is always honoured.
        auto* scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(p);
        m_stack->addWidget(scroll);
        m_sidebar->addItem(p->title());
        connect(p, &Page::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
        connect(p, &Page::openPageRequested, this,
            [this](const QString& id, const QString& preset) { showPage(id, preset); });
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= static_cast<int>(m_pages.size()))
            return;
        for (size_t i = 0; i < m_pages.size(); ++i)
            m_pages[i]->setActive(static_cast<int>(i) == row);
        m_stack->setCurrentIndex(row);
    });

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    buildActions();
    connect(&m_context, &AppContext::zoomChanged, this,
        [this] { QTimer::singleShot(0, this, [this] { updateZoomLabel(); }); });
    retranslate();
    if (!m_pages.empty())
        m_sidebar->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setMovable(false);

    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageSwitch"));
    // Each language is named in itself, so it can be found whatever the current language is.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    connect(m_language, &QComboBox::activated, this,
        [this](int index) { m_context.setLanguage(m_language->itemData(index).toString()); });
    connect(&m_context, &AppContext::languageChanged, this,
        [this](const QString& lang) { m_language->setCurrentIndex(m_language->findData(lang)); });
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_context.language())));
    m_toolbar->addWidget(m_languageLabel);
    m_toolbar->addWidget(m_language);
    m_toolbar->addSeparator();

    auto add = [this](QAction*& action, const QList<QKeySequence>& keys, auto slot) {
        action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::ApplicationShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(m_presentationAction, { QKeySequence(Qt::Key_F5) }, [this] { setPresentationMode(!m_presentation); });
    m_presentationAction->setCheckable(true);
    add(m_zoomInAction, { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus) },
        [this] { m_context.setZoom(m_context.zoom() + 0.25); });
    add(m_zoomOutAction, { QKeySequence(Qt::CTRL | Qt::Key_Minus) },
        [this] { m_context.setZoom(m_context.zoom() - 0.25); });
    add(m_zoomResetAction, { QKeySequence(Qt::CTRL | Qt::Key_0) }, [this] { m_context.setZoom(1.0); });
    add(m_nextPageAction, { QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Down) },
        [this] { stepPage(1); });
    add(m_previousPageAction, { QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Up) },
        [this] { stepPage(-1); });
    add(m_helpAction, { QKeySequence(Qt::Key_F1) }, [this] { showShortcutHelp(); });
    add(m_primaryAction, { QKeySequence(Qt::CTRL | Qt::Key_Return) }, [this] {
        if (auto* p = currentPage())
            p->triggerPrimaryAction();
    });
    add(m_pauseAction, { QKeySequence(Qt::CTRL | Qt::Key_P) }, [this] {
        if (auto* p = currentPage())
            p->togglePause();
    });
    m_toolbar->addAction(m_presentationAction);
    m_toolbar->addAction(m_zoomOutAction);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_toolbar->addWidget(m_zoomLabel);
    m_toolbar->addAction(m_zoomInAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_helpAction);
    updateZoomLabel();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ptlab — Process & Thread Lab"));
    m_toolbar->setWindowTitle(tr("Main toolbar"));
    m_languageLabel->setText(tr("Language:") + QLatin1Char(' '));
    m_language->setToolTip(tr("Switch the interface language (no restart needed)"));
    m_presentationAction->setText(tr("Presentation"));
    m_presentationAction->setToolTip(tr("Full screen with large type for projecting (F5)"));
    m_zoomInAction->setText(tr("Zoom in"));
    m_zoomInAction->setToolTip(tr("Larger text and drawings (Ctrl+=)"));
    m_zoomOutAction->setText(tr("Zoom out"));
    m_zoomOutAction->setToolTip(tr("Smaller text and drawings (Ctrl+-)"));
    m_zoomResetAction->setText(tr("Reset zoom"));
    m_nextPageAction->setText(tr("Next page"));
    m_previousPageAction->setText(tr("Previous page"));
    m_helpAction->setText(tr("Shortcuts"));
    m_helpAction->setToolTip(tr("Keyboard shortcuts (F1)"));
    m_primaryAction->setText(tr("Main action of the page"));
    m_pauseAction->setText(tr("Pause or resume the view"));
    for (size_t i = 0; i < m_pages.size(); ++i)
        m_sidebar->item(static_cast<int>(i))->setText(m_pages[i]->title());
    m_statusLabel->setText(tr("Everything shown is live: states come from the Linux kernel (/proc)."));
    updateZoomLabel();
}

void MainWindow::updateZoomLabel()
{
    // The sidebar is as wide as its longest page title at the current zoom.
    if (m_sidebar) {
        int widest = 0;
        for (int i = 0; i < m_sidebar->count(); ++i)
            widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(m_sidebar->item(i)->text()));
        m_sidebar->setMinimumWidth(std::min(widest + 24, width() / 6));
    }
    if (m_zoomLabel)
        m_zoomLabel->setText(
            QStringLiteral(" %1 ").arg(m_context.locale().toString(qRound(m_context.zoom() * 100))) + QLatin1Char('%'));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

Page* MainWindow::currentPage() const
{
    const int i = m_stack->currentIndex();
    return i >= 0 && i < static_cast<int>(m_pages.size()) ? m_pages[static_cast<std::size_t>(i)] : nullptr;
}

Page* MainWindow::page(const QString& pageId) const
{
    for (Page* p : m_pages) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

bool MainWindow::showPage(const QString& pageId, const QString& preset)
{
    for (size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->pageId() == pageId) {
            m_sidebar->setCurrentRow(static_cast<int>(i));
            if (!preset.isEmpty())
                m_pages[i]->applyPreset(preset);
            return true;
        }
    }
    return false;
}

void MainWindow::stepPage(int delta)
{
    const int n = m_sidebar->count();
    if (n > 0)
        m_sidebar->setCurrentRow((m_sidebar->currentRow() + delta + n) % n);
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_presentationAction->setChecked(on);
    if (on) {
        m_zoomBeforePresentation = m_context.zoom();
        if (m_context.zoom() < 1.5)
            m_context.setZoom(1.5);
        m_sidebar->hide(); // pages are one key away (Ctrl+Page Up/Down); the room sees the demo
        showFullScreen();
    } else {
        m_sidebar->show();
        m_context.setZoom(m_zoomBeforePresentation);
        showNormal();
    }
}

void MainWindow::showShortcutHelp()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(&dialog);
    const QList<QPair<QString, QString>> rows = {
        { QStringLiteral("F5"), tr("Presentation mode: full screen, large type") },
        { QStringLiteral("Ctrl+= / Ctrl+- / Ctrl+0"), tr("Zoom in / out / reset (100–300 %)") },
        { QStringLiteral("Ctrl+Page Down / Alt+Down"), tr("Next page") },
        { QStringLiteral("Ctrl+Page Up / Alt+Up"), tr("Previous page") },
        { QStringLiteral("Ctrl+Enter"), tr("Main action of the page (States: spawn)") },
        { QStringLiteral("Ctrl+P"), tr("Pause or resume the live view") },
        { QStringLiteral("F1"), tr("This list") },
    };
    table->setColumnCount(2);
    table->setRowCount(rows.size());
    table->setHorizontalHeaderLabels({ tr("Keys"), tr("Action") });
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(table->horizontalHeader()->length() + 60, table->verticalHeader()->length() + 120);
    dialog.exec();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First run: a comfortable size within the screen.
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1280, avail.width() * 9 / 10), std::min(820, avail.height() * 9 / 10));
    }
    m_context.setLanguage(
        settings.value(QStringLiteral("ui/language"), AppContext::systemDefaultLanguage()).toString());
    m_context.setZoom(settings.value(QStringLiteral("ui/zoom"), 1.0).toDouble());
    showPage(settings.value(QStringLiteral("ui/page")).toString());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    if (!m_presentation)
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/language"), m_context.language());
    settings.setValue(QStringLiteral("ui/zoom"), m_presentation ? m_zoomBeforePresentation : m_context.zoom());
    if (auto* p = currentPage())
        settings.setValue(QStringLiteral("ui/page"), p->pageId());
    QMainWindow::closeEvent(event);
}

} // namespace ptlab::ui
