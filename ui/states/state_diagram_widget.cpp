#include "ui/states/state_diagram_widget.h"

#include "ui/states/state_names.h"
#include "ui/widgets/palette.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace ptlab::ui {

using namespace ptlab::states;

namespace {
constexpr qint64 MoveMs = 450;
// Above this many tokens they jump to their new state instead of gliding along the edge: a room cannot
// follow 200 moving tokens anyway, and 60 frames a second of them would cost the GUI thread more CPU
// than the scheduler grants it next to that many demo tasks.
constexpr int AnimateAtMost = 40;
QPointF toQt(DiagramPoint p)
{
    return { p.x, p.y };
}
} // namespace

StateDiagramWidget::StateDiagramWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stateDiagram"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_clock.start();
    m_animation.setInterval(16);
    connect(&m_animation, &QTimer::timeout, this, [this] {
        placeTokens(m_clock.elapsed());
        update();
    });
    relayout();
}

double StateDiagramWidget::titleHeight() const
{
    return fontMetrics().height() * 1.5;
}

void StateDiagramWidget::relayout()
{
    m_layout = layoutStateDiagram(width(), height(), titleHeight());
    fitFonts();
    m_sprites.clear();
    placeTokens(m_clock.elapsed());
}

void StateDiagramWidget::fitFonts()
{
    // Fonts follow the zoom but never outgrow the drawing: at 200 % on a small window the labels
    // shrink to fit their boxes instead of clipping. Measured on layout changes, not per frame.
    auto fitted = [](QFont f, const QStringList& texts, double maxWidth) {
        for (int i = 0; i < 20; ++i) {
            const QFontMetricsF fm(f);
            double widest = 0;
            for (const QString& t : texts)
                widest = std::max(widest, fm.horizontalAdvance(t));
            if (widest <= maxWidth || f.pointSizeF() <= 6)
                break;
            f.setPointSizeF(f.pointSizeF() * 0.9);
        }
        return f;
    };
    QStringList edgeLabels;
    for (const auto& e : m_layout.edges)
        edgeLabels << StateNames::transition(e.transition) + QStringLiteral(" 000000");
    m_labelFont = fitted(font(), edgeLabels, width() / 4.0 * 0.62);
    QFont bold = font();
    bold.setBold(true);
    QStringList titles;
    for (int s = 0; s < TaskStateCount; ++s)
        titles << StateNames::state(static_cast<TaskState>(s)) + QStringLiteral(" (000)");
    m_titleFont = fitted(bold, titles, m_layout.nodes[0].box.w * 0.94);
}

void StateDiagramWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void StateDiagramWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        relayout();
    QWidget::changeEvent(event);
}

void StateDiagramWidget::setZoom(double zoom)
{
    m_zoom = zoom;
    relayout();
    update();
}

void StateDiagramWidget::setSelected(const QList<TaskId>& ids)
{
    m_selected = ids;
    update();
}

void StateDiagramWidget::setSnapshot(const EngineSnapshot& snapshot)
{
    const qint64 now = m_clock.elapsed();
    const bool animate = static_cast<int>(snapshot.tasks.size()) <= AnimateAtMost;
    QHash<TaskId, Token> next;
    for (const auto& t : snapshot.tasks) {
        Token token = m_tokens.value(t.id);
        const bool known = m_tokens.contains(t.id);
        token.id = t.id;
        token.kind = t.kind;
        token.pid = t.pid;
        token.tid = t.tid;
        token.zombie = t.zombie;
        token.label = t.label.empty() ? QString() : StateNames::watchedLabel(t.label);
        if (!known) {
            token.state = t.state;
            token.previous = t.state;
        } else if (token.state != t.state) {
            token.previous = token.state;
            token.from = token.at;
            token.state = t.state;
            token.movedAtMs = animate ? now : -1;
        }
        next.insert(t.id, token);
    }
    m_tokens = std::move(next);
    m_totals = snapshot.totals;
    placeTokens(now);
    bool moving = std::any_of(m_tokens.cbegin(), m_tokens.cend(),
        [now](const Token& t) { return t.movedAtMs >= 0 && now - t.movedAtMs < MoveMs; });
    if (moving && !m_animation.isActive())
        m_animation.start();
    update();
}

void StateDiagramWidget::placeTokens(qint64 nowMs)
{
    // Resting places: tokens sorted by id inside each state's token area.
    std::array<std::vector<TaskId>, TaskStateCount> byState;
    for (const auto& t : m_tokens)
        byState[static_cast<int>(t.state)].push_back(t.id);
    double size = 22 * m_zoom;
    for (auto& ids : byState) {
        std::sort(ids.begin(), ids.end());
    }
    // One common size, the smallest any state needs, keeps tokens comparable.
    for (int s = 0; s < TaskStateCount; ++s) {
        double need = 22 * m_zoom;
        layoutTokens(m_layout.nodes[s].tokenArea, static_cast<int>(byState[s].size()), need);
        size = std::min(size, need);
    }
    m_tokenSize = size;
    bool anyMoving = false;
    for (int s = 0; s < TaskStateCount; ++s) {
        double sz = size;
        auto points = layoutTokens(m_layout.nodes[s].tokenArea, static_cast<int>(byState[s].size()), sz);
        for (size_t i = 0; i < points.size(); ++i) {
            Token& t = m_tokens[byState[s][i]];
            const QPointF rest = toQt(points[i]);
            const qint64 age = t.movedAtMs < 0 ? MoveMs : nowMs - t.movedAtMs;
            if (age >= MoveMs) {
                t.at = rest;
                continue;
            }
            anyMoving = true;
            const double f = static_cast<double>(age) / MoveMs;
            const double eased = f < 0.5 ? 2 * f * f : 1 - std::pow(-2 * f + 2, 2) / 2;
            // Along the labelled edge when there is one, so the room sees which transition happened.
            if (const DiagramEdge* e = m_layout.edge(t.previous, t.state)) {
                if (eased < 0.15)
                    t.at = t.from + (toQt(e->start) - t.from) * (eased / 0.15);
                else if (eased < 0.85)
                    t.at = toQt(e->pointAt((eased - 0.15) / 0.7));
                else
                    t.at = toQt(e->end) + (rest - toQt(e->end)) * ((eased - 0.85) / 0.15);
            } else {
                t.at = t.from + (rest - t.from) * eased;
            }
        }
    }
    if (!anyMoving)
        m_animation.stop();
}

QPointF StateDiagramWidget::tokenPosition(TaskId id) const
{
    auto it = m_tokens.find(id);
    return it == m_tokens.end() ? QPointF() : it->at;
}

const StateDiagramWidget::Token* StateDiagramWidget::tokenAt(const QPointF& p) const
{
    for (const auto& t : m_tokens) {
        if (QLineF(p, t.at).length() <= m_tokenSize / 2 + 1)
            return &t;
    }
    return nullptr;
}

bool StateDiagramWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const Token* t = tokenAt(help->pos())) {
            QString text = t->kind == TaskKind::Thread
                ? tr("Thread #%1: TID %2 in process %3").arg(t->id).arg(t->tid).arg(t->pid)
                : tr("Process #%1: PID %2").arg(t->id).arg(t->pid);
            if (!t->label.isEmpty())
                text += QStringLiteral(" — ") + t->label;
            text += QLatin1Char('\n') + (t->zombie ? StateNames::zombie() : StateNames::state(t->state));
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void StateDiagramWidget::mousePressEvent(QMouseEvent* event)
{
    if (const Token* t = tokenAt(event->position()))
        emit taskClicked(t->id, event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier));
    QWidget::mousePressEvent(event);
}

void StateDiagramWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const double line = std::max(1.0, 1.6 * m_zoom);
    const QColor textColor = palette().color(QPalette::Text);

    const QFont& labelFont = m_labelFont;
    for (const auto& e : m_layout.edges) {
        QPainterPath path(toQt(e.start));
        path.quadTo(toQt(e.control), toQt(e.end));
        p.setPen(QPen(palette().color(QPalette::Mid).darker(130), line));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Arrow head along the curve's final direction.
        const QPointF tip = toQt(e.end);
        const QPointF before = toQt(e.pointAt(0.94));
        const QLineF dir(tip, before);
        const double head = 9 * m_zoom;
        QLineF a = dir;
        a.setLength(head);
        a.setAngle(dir.angle() + 25);
        QLineF b = dir;
        b.setLength(head);
        b.setAngle(dir.angle() - 25);
        p.setBrush(palette().color(QPalette::Mid).darker(130));
        p.drawPolygon(QPolygonF({ tip, a.p2(), b.p2() }));

        const QString label = StateNames::transition(e.transition) + QStringLiteral(" ")
            + locale().toString(static_cast<qulonglong>(m_totals[e.transition]));
        p.setFont(labelFont);
        QRectF box = p.fontMetrics().boundingRect(label);
        box.adjust(-4 * m_zoom, -1, 4 * m_zoom, 1);
        QPointF at = toQt(e.labelAt);
        at.setY(std::clamp(at.y(), box.height() / 2, height() - box.height() / 2));
        box.moveCenter(at);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(textColor);
        p.drawText(box, Qt::AlignCenter, label);
    }

    // State boxes.
    const QFont& titleFont = m_titleFont;
    std::array<int, TaskStateCount> counts {};
    for (const auto& t : m_tokens)
        ++counts[static_cast<int>(t.state)];
    for (const auto& n : m_layout.nodes) {
        const QColor c = stateColor(n.state);
        QRectF r(n.box.x, n.box.y, n.box.w, n.box.h);
        QColor fill = c;
        fill.setAlphaF(0.18);
        p.setPen(QPen(c.darker(115), line * 1.4));
        p.setBrush(fill);
        p.drawRoundedRect(r, 10 * m_zoom, 10 * m_zoom);
        p.setFont(titleFont);
        p.setPen(textColor);
        const QRectF title(r.x(), r.y(), r.width(), titleHeight());
        p.drawText(title, Qt::AlignCenter,
            StateNames::state(n.state) + QStringLiteral(" (") + locale().toString(counts[static_cast<int>(n.state)])
                + QLatin1Char(')'));
    }

    // Tokens: circles are processes, rounded squares are threads; the number is the task's id. Each is
    // drawn once into a sprite and then blitted: hundreds of antialiased shapes and labels per frame
    // would cost the GUI thread more than the rest of the page together.
    for (const auto& t : m_tokens) {
        const QPixmap& sprite = tokenSprite(t, m_selected.contains(t.id), line, textColor);
        p.drawPixmap(QPointF(t.at.x() - sprite.width() / (2 * sprite.devicePixelRatio()),
                         t.at.y() - sprite.height() / (2 * sprite.devicePixelRatio())),
            sprite);
    }
}

const QPixmap& StateDiagramWidget::tokenSprite(const Token& t, bool selected, double line, const QColor& textColor)
{
    const double d = m_tokenSize;
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6")
                            .arg(t.id)
                            .arg(static_cast<int>(t.kind))
                            .arg(t.zombie)
                            .arg(selected)
                            .arg(qRound(d * 10))
                            .arg(t.pid);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    if (m_sprites.size() > 2000)
        m_sprites.clear();
    const qreal dpr = devicePixelRatioF();
    const double margin = 3 + line * 2;
    const int side = static_cast<int>(std::ceil(d + 2 * margin));
    QPixmap sprite(QSize(side, side) * dpr);
    sprite.setDevicePixelRatio(dpr);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(margin, margin, d, d);
    const QColor c = taskColor(t.id);
    p.setPen(QPen(selected ? textColor : c.darker(140), selected ? line * 2 : line * 0.7));
    p.setBrush(c);
    if (t.kind == TaskKind::Process)
        p.drawEllipse(r);
    else
        p.drawRoundedRect(r, d * 0.2, d * 0.2);
    if (t.kind == TaskKind::Thread) {
        // A thread carries a small dot in its process's colour (all engine threads live in ptlab).
        const double dot = d * 0.28;
        p.setPen(QPen(Qt::white, line * 0.5));
        p.setBrush(taskColor(static_cast<std::uint64_t>(t.pid)).darker(120));
        p.drawEllipse(QRectF(r.right() - dot * 0.9, r.top() - dot * 0.1, dot, dot));
    }
    if (t.zombie) {
        p.setPen(QPen(zombieColor(), line * 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(-2, -2, 2, 2));
    }
    if (d >= 12) {
        QFont tokenFont = font();
        tokenFont.setPixelSize(std::max(6, static_cast<int>(d * 0.45)));
        p.setFont(tokenFont);
        p.setPen(textOn(c));
        p.drawText(r, Qt::AlignCenter, t.zombie ? QStringLiteral("Z") : QString::number(t.id));
    }
    p.end();
    return *m_sprites.insert(key, sprite);
}

} // namespace ptlab::ui
