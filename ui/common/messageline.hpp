// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace activa::ui {

// One line of text whose place is kept whether it shows or not, and whatever it says: a message
// that comes and goes under a field never moves the fields below it, so a click lands where the
// pointer was aimed. A text longer than the line ends in "…", and the whole of it shows as the
// tooltip; text() is always the whole text.
class MessageLine : public QLabel {
    Q_OBJECT
public:
    explicit MessageLine(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Whether the text is cut to fit the line.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};

} // namespace activa::ui
