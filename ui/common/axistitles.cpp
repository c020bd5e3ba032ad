// SPDX-License-Identifier: MIT
#include "axistitles.hpp"

#include <qcustomplot.h>

#include <QFontMetrics>
#include <QStringList>

#include <algorithm>

namespace activa::ui {
namespace {

// The words in lines: a line ends after the word that reaches `target`, or (greedy) before the
// word that would pass `width`; at most max_lines lines.
QStringList lines_of(const QStringList& words, const QFontMetrics& metrics, LineBreaks breaks,
                     int target, int max_lines) {
    QStringList out;
    QString line;
    for (const QString& word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        const bool full = breaks == LineBreaks::Even
                              ? metrics.horizontalAdvance(line) >= target
                              : metrics.horizontalAdvance(candidate) > target;
        if (!line.isEmpty() && full && out.size() < max_lines - 1) {
            out << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    out << line;
    return out;
}

// One given line, broken.
QString broken_line(const QString& text, const QFontMetrics& metrics, int width,
                    LineBreaks breaks) {
    if (width <= 0 || metrics.horizontalAdvance(text) <= width) return text;
    const QStringList words = text.split(QLatin1Char(' '));
    if (breaks == LineBreaks::Greedy)
        return lines_of(words, metrics, breaks, width, int(words.size())).join(QLatin1Char('\n'));
    // The fewest lines of about equal length that all fit.
    for (int lines = 2; lines <= words.size(); ++lines) {
        const QStringList out =
            lines_of(words, metrics, breaks, metrics.horizontalAdvance(text) / lines, lines);
        if (std::all_of(out.begin(), out.end(),
                        [&](const QString& l) { return metrics.horizontalAdvance(l) <= width; }))
            return out.join(QLatin1Char('\n'));
    }
    return words.join(QLatin1Char('\n'));
}

} // namespace

QString broken_to_width(const QString& text, const QFont& font, int width, LineBreaks breaks) {
    const QFontMetrics metrics(font);
    QString kept = text;
    kept.replace(QStringLiteral(" %"), QStringLiteral("\u00a0%"));
    QStringList lines = kept.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = broken_line(line, metrics, width, breaks);
    const QString out = lines.join(QLatin1Char('\n'));
    return out.count(QLatin1Char('\n')) == text.count(QLatin1Char('\n')) ? text : out;
}

void AxisTitles::set(QCPAxis* axis, const QString& title, Room room) {
    axis->setLabel(title);
    const auto same = [axis](const Title& t) { return t.axis == axis; };
    m_titles.erase(std::remove_if(m_titles.begin(), m_titles.end(), same), m_titles.end());
    m_titles.push_back({axis, title, std::move(room)});
}

void AxisTitles::fit() {
    // Titles in more lines widen the margins, which narrows the plots: a few rounds settle it.
    for (int round = 0; round < 3; ++round) {
        bool changed = false;
        for (const Title& t : m_titles) {
            if (!t.axis) continue;
            const QRect rect = t.axis->axisRect()->rect();
            const int room =
                t.room ? t.room()
                       : (t.axis->orientation() == Qt::Vertical ? rect.height() : rect.width()) - 8;
            const QString fitted = broken_to_width(t.text, t.axis->labelFont(), room);
            if (fitted == t.axis->label()) continue;
            t.axis->setLabel(fitted);
            changed = true;
        }
        if (!changed) return;
        for (const auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins,
                                 QCPLayoutElement::upLayout})
            m_plot->plotLayout()->update(phase);
    }
}

} // namespace activa::ui
