// SPDX-License-Identifier: MIT
#include "flowchartview.hpp"

#include "common/coretext.hpp"
#include "common/plotstyle.hpp"

#include <activa/csv.hpp>

#include <QEvent>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace activa::ui {
namespace {

// The same proportional margin as render_flowchart, so the window shows what an export shows.
constexpr double kMarginFraction = 0.035;

QRectF with_margin(const QRectF& bounds) {
    const double margin = kMarginFraction * std::min(bounds.width(), bounds.height());
    return bounds.adjusted(-margin, -margin, margin, margin);
}

// The drawing's size with its margin, within what a panel can reasonably ask for.
QSize natural_size(const QRectF& bounds) {
    const QSizeF natural = with_margin(bounds).size();
    return QSize(std::clamp(static_cast<int>(std::ceil(natural.width())), 320, 1000),
                 std::clamp(static_cast<int>(std::ceil(natural.height())), 240, 800));
}

} // namespace

FlowchartView::FlowchartView(const Flowchart& chart, QWidget* parent)
    : QGraphicsView(parent)
    , m_chart(&chart)
    , m_scene(new QGraphicsScene(this)) {
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    // The picture is always fitted whole, so scroll bars would only ever flicker in and out.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAlignment(Qt::AlignCenter);
    setDragMode(QGraphicsView::NoDrag);
    setMouseTracking(true);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate); // scaled text repaints cleanly
    // Presentation mode and dark follow the View menu, as the plots do; pictures keep their own.
    on_screen_style_changed(this, [this] { redraw(); });
    redraw();
}

void FlowchartView::setAnswers(const WizardAnswers& answers) {
    if (answers == m_answers) return;
    m_answers = answers;
    redraw();
}

std::unique_ptr<QGraphicsScene> FlowchartView::pictureScene() const {
    auto scene = std::make_unique<QGraphicsScene>();
    draw_flowchart(scene.get(), *m_chart, m_answers, picture_style());
    return scene;
}

void FlowchartView::paintPicture(QCPPainter* painter, QSize size, bool) {
    const auto scene = pictureScene();
    render_flowchart(scene.get(), painter, QRectF(QPointF(0, 0), QSizeF(size)));
}

QSize FlowchartView::pictureSize() const {
    return m_naturalSize;
}

void FlowchartView::writeData(TextWriter& out) const {
    write_recipe_csv(out, recommend(m_answers), translated_core_text);
}

QString FlowchartView::fileStem() const {
    return QString::fromLatin1(m_chart->id.data(), static_cast<qsizetype>(m_chart->id.size()));
}

void FlowchartView::preparePicture(QSize size) {
    resize(size);
}

QSize FlowchartView::sizeHint() const {
    // The picture's size, whatever the window's look: the panels are laid out the same way
    // with presentation mode on at the start as when it is turned on later.
    return m_naturalSize;
}

QSize FlowchartView::minimumSizeHint() const {
    return QSize(240, 180);
}

void FlowchartView::redraw() {
    m_naturalSize = natural_size(pictureScene()->itemsBoundingRect());
    const PlotStyle style = screen_style();
    draw_flowchart(m_scene, *m_chart, m_answers, style);
    setBackgroundBrush(style.background());
    m_scene->setSceneRect(with_margin(m_scene->itemsBoundingRect()));
    for (QGraphicsItem* item : m_scene->items()) {
        const QString label = item->data(kAnswerLabelRole).toString();
        if (!label.isEmpty()) item->setToolTip(tr("Choose: %1").arg(label));
    }
    setAccessibleName(core_text(m_chart->title));
    fit();
}

void FlowchartView::fit() {
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

QString FlowchartView::answerAt(QPoint viewportPos) const {
    return answer_at(m_scene, mapToScene(viewportPos));
}

void FlowchartView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    fit();
}

void FlowchartView::showEvent(QShowEvent* event) {
    QGraphicsView::showEvent(event);
    fit(); // the viewport has its real size only now
}

void FlowchartView::mouseMoveEvent(QMouseEvent* event) {
    QGraphicsView::mouseMoveEvent(event);
    if (answerAt(event->position().toPoint()).isEmpty())
        viewport()->unsetCursor();
    else
        viewport()->setCursor(Qt::PointingHandCursor);
}

void FlowchartView::mousePressEvent(QMouseEvent* event) {
    QGraphicsView::mousePressEvent(event);
    m_pressedAnswer =
        event->button() == Qt::LeftButton ? answerAt(event->position().toPoint()) : QString();
    // The press is ours when it starts a click on an answer, so the release comes here too.
    if (!m_pressedAnswer.isEmpty()) event->accept();
}

void FlowchartView::mouseReleaseEvent(QMouseEvent* event) {
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton) return;
    const QString answer = answerAt(event->position().toPoint());
    const bool same = !answer.isEmpty() && answer == m_pressedAnswer;
    m_pressedAnswer.clear();
    if (same) emit answerClicked(answer);
}

void FlowchartView::leaveEvent(QEvent* event) {
    QGraphicsView::leaveEvent(event);
    viewport()->unsetCursor();
}

void FlowchartView::changeEvent(QEvent* event) {
    QGraphicsView::changeEvent(event);
    // The texts come from the translations, so a new language means a new layout too.
    if (event->type() == QEvent::LanguageChange) redraw();
}

} // namespace activa::ui
