// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace activa::ui {

// Splits text into lines no wider than max_width as measured with font's metrics, breaking
// between words and, for a word that alone is too wide, between characters. Among the wrappings
// with the fewest lines it picks the narrowest, so that two-line labels come out balanced.
QStringList wrap_text(const QString& text, const QFont& font, double max_width);

// Text drawn centred line by line, wrapped with wrap_text; its bounding rectangle is what the
// metrics say the lines need (plus a little slack for rendering differences between devices),
// so the layout can be computed from it before anything is painted.
class FlowchartTextItem : public QGraphicsItem {
public:
    enum { Type = UserType + 0x0F10 };

    FlowchartTextItem(const QString& text, const QFont& font, const QColor& colour,
                      double max_width, QGraphicsItem* parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const QString& text() const { return m_text; }
    const QStringList& lines() const { return m_lines; }
    const QFont& font() const { return m_font; }
    const QColor& colour() const { return m_colour; }

private:
    QString m_text;
    QStringList m_lines;
    QFont m_font;
    QColor m_colour;
    double m_lineHeight = 0;
    QRectF m_rect;
};

} // namespace activa::ui
