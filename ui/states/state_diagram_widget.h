#pragma once

#include "core/states/engine_types.h"
#include "core/states/state_diagram_layout.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace ptlab::ui {

// Paints the six-state diagram from states::layoutStateDiagram: live tokens per task, animated along
// the edge when the task changes state, and each edge's transition count from the kernel.
class StateDiagramWidget : public QWidget
{
    Q_OBJECT
public:
    void stopAnimation() { m_animation.stop(); } // the page is hidden: no frames until shown again
    explicit StateDiagramWidget(QWidget* parent = nullptr);

    void setSnapshot(const states::EngineSnapshot& snapshot);
    void setZoom(double zoom);
    void setSelected(const QList<states::TaskId>& ids);
    QSize sizeHint() const override { return { 800, 380 }; }
    QSize minimumSizeHint() const override { return { 360, 200 }; }

    // Where a task's token is drawn now (for tests); null point when it has none.
    QPointF tokenPosition(states::TaskId id) const;

signals:
    void taskClicked(states::TaskId id, bool extendSelection);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Token
    {
        states::TaskId id = 0;
        states::TaskKind kind = states::TaskKind::Thread;
        pid_t pid = 0, tid = 0;
        states::TaskState state = states::TaskState::New;
        states::TaskState previous = states::TaskState::New;
        bool zombie = false;
        QString label;
        qint64 movedAtMs = -1; // when the state last changed (animation start)
        QPointF from; // where the token was when it started moving
        QPointF at; // where it is drawn now
    };
    void relayout();
    void placeTokens(qint64 nowMs);
    const Token* tokenAt(const QPointF& p) const;
    double titleHeight() const;
    void fitFonts();
    const QPixmap& tokenSprite(const Token& t, bool selected, double line, const QColor& textColor);

    states::DiagramLayout m_layout;
    QHash<states::TaskId, Token> m_tokens;
    QList<states::TaskId> m_selected;
    states::TransitionCounts m_totals;
    double m_zoom = 1.0;
    double m_tokenSize = 22;
    QElapsedTimer m_clock;
    QTimer m_animation;
    QHash<QString, QPixmap> m_sprites;
    QFont m_labelFont;
    QFont m_titleFont;
};

} // namespace ptlab::ui
