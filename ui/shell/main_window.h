#pragma once

#include <QMainWindow>
#include <vector>

class QListWidget;
class QStackedWidget;
class QComboBox;
class QAction;
class QLabel;
class QToolBar;

namespace ptlab::ui {

class AppContext;
class Page;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool showPage(const QString& pageId, const QString& preset = {});
    Page* currentPage() const;
    Page* page(const QString& pageId) const;
    void setPresentationMode(bool on);
    bool presentationMode() const { return m_presentation; }
    void restoreSettings(); // geometry, language, zoom, last page
    void showShortcutHelp();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void retranslate();
    void stepPage(int delta);
    void updateZoomLabel();

    AppContext& m_context;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QToolBar* m_toolbar = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QAction* m_presentationAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomResetAction = nullptr;
    QAction* m_nextPageAction = nullptr;
    QAction* m_previousPageAction = nullptr;
    QAction* m_helpAction = nullptr;
    QAction* m_primaryAction = nullptr;
    QAction* m_pauseAction = nullptr;
    std::vector<Page*> m_pages;
    bool m_presentation = false;
    double m_zoomBeforePresentation = 1.0;
};

} // namespace ptlab::ui
