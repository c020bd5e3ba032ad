// SPDX-License-Identifier: MIT
#pragma once

#include "common/picture.hpp"
#include "wizard/flowchartplot.hpp"

#include <QGraphicsView>
#include <QString>

#include <memory>

class QGraphicsScene;

namespace activa::ui {

// One decision flowchart, drawn by draw_flowchart and always fitted whole into the widget. The
// answers on it are clickable: the cursor turns into a pointing hand over them and a click
// announces the answer's key, so the panel that owns the choice can act on it.
class FlowchartView : public QGraphicsView, public Picture {
    Q_OBJECT
public:
    // chart must outlive the view (the core's charts live for the whole program).
    explicit FlowchartView(const Flowchart& chart, QWidget* parent = nullptr);

    const Flowchart& chart() const { return *m_chart; }
    const WizardAnswers& answers() const { return m_answers; }
    // Redraws with the path of these answers highlighted.
    void setAnswers(const WizardAnswers& answers);

    // The chart alone, fitted into the picture with a margin, on white, in the pictures' look
    // whatever the window's.
    void paintPicture(QCPPainter* painter, QSize size, bool vector) override;
    QSize pictureSize() const override;
    // A flowchart has no numbers behind it: its data is the recipe of the answers, if complete.
    void writeData(TextWriter& out) const override;
    QString fileStem() const override;
    void preparePicture(QSize size) override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // An answer ("mlp", "classification", "multiclass", ...) was clicked.
    void answerClicked(const QString& answerKey);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void redraw();
    void fit();
    std::unique_ptr<QGraphicsScene> pictureScene() const;
    QString answerAt(QPoint viewportPos) const;

    const Flowchart* m_chart;
    WizardAnswers m_answers;
    QGraphicsScene* m_scene = nullptr;
    QString m_pressedAnswer; // a click counts only when released on the answer it started on
    QSize m_naturalSize;     // of the picture, for the picture and the layout
};

} // namespace activa::ui
