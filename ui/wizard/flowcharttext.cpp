// SPDX-License-Identifier: MIT
#include "flowcharttext.hpp"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>

namespace activa::ui {
namespace {

constexpr double kTextSlack = 2; // metrics differ slightly between paint devices

// Greedy wrapping at a given width. Words too wide for a line of their own are cut between
// grapheme clusters so that no line is ever wider than the box around it.
QStringList wrap_greedy(const QStringList& words, const QFontMetricsF& fm, double width) {
    QStringList lines;
    QString line;
    auto flush = [&] {
        if (!line.isEmpty()) lines << line;
        line.clear();
    };
    for (const QString& word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        flush();
        if (fm.horizontalAdvance(word) <= width) {
            line = word;
            continue;
        }
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, word);
        qsizetype start = 0;
        qsizetype lastFit = 0;
        for (qsizetype next = graphemes.toNextBoundary(); next > 0;
             next = graphemes.toNextBoundary()) {
            if (fm.horizontalAdvance(word.mid(start, next - start)) > width && lastFit > start) {
                lines << word.mid(start, lastFit - start);
                start = lastFit;
            }
            lastFit = next;
        }
        line = word.mid(start);
    }
    flush();
    return lines;
}

} // namespace

QStringList wrap_text(const QString& text, const QFont& font, double max_width) {
    const QFontMetricsF fm(font);
    QStringList lines;
    // Explicit line breaks in a translation are kept.
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        const QStringList words =
            paragraph.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) continue;
        const QStringList widest = wrap_greedy(words, fm, max_width);
        // Greedy wrapping never needs more lines at a larger width, so the narrowest width that
        // keeps the line count is found by bisection; never narrower than the widest word, which
        // would cut a word that fits whole.
        double widestWord = 0;
        for (const QString& word : words)
            widestWord = std::max(widestWord, fm.horizontalAdvance(word));
        double lo = std::min(widestWord, max_width);
        double hi = max_width;
        for (int i = 0; i < 12 && hi - lo > 0.5; ++i) {
            const double mid = (lo + hi) / 2;
            if (wrap_greedy(words, fm, mid).size() <= widest.size())
                hi = mid;
            else
                lo = mid;
        }
        lines << wrap_greedy(words, fm, hi);
    }
    return lines;
}

FlowchartTextItem::FlowchartTextItem(const QString& text, const QFont& font, const QColor& colour,
                                     double max_width, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_text(text)
    , m_lines(wrap_text(text, font, max_width))
    , m_font(font)
    , m_colour(colour) {
    const QFontMetricsF fm(m_font);
    double width = 0;
    for (const QString& line : m_lines)
        width = std::max(width, fm.horizontalAdvance(line));
    m_lineHeight = fm.lineSpacing();
    const double height =
        m_lines.isEmpty() ? 0
                          : fm.height() + m_lineHeight * static_cast<double>(m_lines.size() - 1);
    m_rect = QRectF(0, 0, std::ceil(width) + kTextSlack, std::ceil(height));
}

QRectF FlowchartTextItem::boundingRect() const {
    return m_rect;
}

void FlowchartTextItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setFont(m_font);
    painter->setPen(m_colour);
    const QFontMetricsF fm(m_font);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QRectF line(0, m_lineHeight * static_cast<double>(i), m_rect.width(), fm.height());
        painter->drawText(line, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, m_lines[i]);
    }
}

} // namespace activa::ui
