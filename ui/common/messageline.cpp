// SPDX-License-Identifier: MIT
#include "common/messageline.hpp"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace activa::ui {

MessageLine::MessageLine(QWidget* parent)
    : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    // As wide as the layout gives, never wider: a long message must not widen a panel.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
}

QSize MessageLine::sizeHint() const {
    const QMargins m = contentsMargins();
    return {m.left() + m.right(), fontMetrics().height() + m.top() + m.bottom()};
}

QSize MessageLine::minimumSizeHint() const {
    return sizeHint();
}

bool MessageLine::isElided() const {
    return fontMetrics().horizontalAdvance(text()) > contentsRect().width();
}

void MessageLine::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, Qt::AlignLeft | Qt::AlignVCenter, palette(), isEnabled(),
                          shown, foregroundRole());
}

bool MessageLine::event(QEvent* event) {
    // The whole message, when the line shows only its beginning.
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty() && isElided()) {
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), text(), this);
        return true;
    }
    return QLabel::event(event);
}

} // namespace activa::ui
