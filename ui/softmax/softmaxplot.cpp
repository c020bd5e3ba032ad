// SPDX-License-Identifier: MIT
#include "softmaxplot.hpp"

#include "common/numbertext.hpp"
#include "common/plotstyle.hpp"

#include <activa/softmax.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <span>

namespace activa::ui {
namespace {

// Beyond these counts the printed values would overlap each other, so they are turned on their
// side, and then only the winning class keeps its value.
constexpr std::size_t kUprightValueLimit = 10;
constexpr std::size_t kAllValuesLimit = 40;
// Tick labels beyond this count are thinned out to every k-th class.
constexpr std::size_t kTickLabelLimit = 25;
constexpr int kMaxNameLength = 14;
constexpr double kBarWidth = 0.7;
// Dark on the white of pictures; the window's plot style turns them light on a dark ground.
const QColor kTextColour(0x1A, 0x1A, 0x1A);
const QColor kMutedColour(0x40, 0x40, 0x40);

QString elided(QString name) {
    if (name.size() > kMaxNameLength) name = name.left(kMaxNameLength - 1) + QChar(0x2026);
    return name;
}

QString value_text(double v) {
    return shown_fixed(v, 3);
}

QFont scaled_font(const QFont& base, double factor, bool bold = false) {
    QFont f = base;
    // A font may be sized in pixels, in which case its point size reads as -1.
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        f.setPixelSize(std::max(1, static_cast<int>(std::lround(base.pixelSize() * factor))));
    f.setBold(bold);
    return f;
}

QCPTextElement* add_text(QCustomPlot* plot, int row, int column, const QString& text,
                         const QFont& font, const QColor& colour) {
    auto* element = new QCPTextElement(plot, text, font);
    element->setTextColor(colour);
    plot->plotLayout()->addElement(row, column, element);
    return element;
}

// A bar chart frame with class names under the bars and y fixed to [0, 1], since both
// readings are probabilities.
QCPAxisRect* add_bar_rect(QCustomPlot* plot, int column, const QStringList& names,
                          double headroom) {
    auto* rect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(3, column, rect);
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);

    const auto count = static_cast<std::size_t>(names.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const std::size_t step =
        count > kTickLabelLimit ? (count + kTickLabelLimit - 1) / kTickLabelLimit : 1;
    int longest = 0;
    for (std::size_t i = 0; i < count; i += step) {
        const QString name = elided(names[static_cast<int>(i)]);
        longest = std::max(longest, static_cast<int>(name.size()));
        ticker->addTick(static_cast<double>(i), name);
    }
    x->setTicker(ticker);
    x->setSubTicks(false);
    x->setTickLength(0, 4);
    x->grid()->setVisible(false);
    // Upright names collide once there are many of them or they are long.
    x->setTickLabelRotation(count > 8 || longest > 8 ? -90.0 : 0.0);
    // A few bars stay bar-sized and centred instead of filling the whole width.
    const double pad = count < 3 ? (3.0 - static_cast<double>(count)) / 2.0 : 0.0;
    x->setRange(-0.6 - pad, static_cast<double>(count) - 0.4 + pad);
    x->setLabel(QCoreApplication::translate("activa::ui::SoftmaxPlotter", "Class"));

    // Ticks stop at 1, but the axis goes a little above it: every value is printed above its
    // bar, the tallest included.
    auto ticks = QSharedPointer<QCPAxisTickerFixed>::create();
    ticks->setTickStep(0.2);
    ticks->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    y->setTicker(ticks);
    y->setRange(0.0, 1.0 + headroom);
    y->setLabel(QCoreApplication::translate("activa::ui::SoftmaxPlotter", "Probability"));
    y->grid()->setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1, Qt::DotLine));
    return rect;
}

QCPBars* add_bars(QCPAxisRect* rect, const QColor& colour) {
    auto* bars = new QCPBars(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    bars->setWidth(kBarWidth);
    bars->setPen(QPen(colour.darker(130), 1));
    bars->setBrush(colour);
    return bars;
}

// Prints value just above the bar at index, whatever its height: the axis leaves room above 1
// for it.
void add_value_label(QCustomPlot* plot, QCPAxisRect* rect, std::size_t index, double value,
                     bool sideways, const QFont& font, const QColor& colour) {
    auto* label = new QCPItemText(plot);
    label->setClipAxisRect(rect);
    label->position->setAxisRect(rect);
    label->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    label->position->setType(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(static_cast<double>(index), value);
    label->setText(value_text(value));
    label->setFont(font);
    label->setColor(colour);
    if (sideways) {
        // Rotation turns the text around its anchor point, so the anchor is the text end that
        // touches the top of the bar.
        label->setRotation(-90.0);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(3, 0, 3, 0));
    } else {
        label->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        label->setPadding(QMargins(0, 2, 0, 2));
    }
}

// Numbers in the captions are written as the language writes them; a list of them is cut short
// when long. With a decimal comma, the items are kept apart by semicolons.
QString logit_list(const std::vector<double>& logits) {
    constexpr std::size_t kShownLogits = 6;
    const QString separator = QLocale().decimalPoint() == QStringLiteral(",")
                                  ? QStringLiteral("; ")
                                  : QStringLiteral(", ");
    QStringList items;
    for (std::size_t i = 0; i < std::min(logits.size(), kShownLogits); ++i)
        items << shown_shortest(logits[i]);
    QString text = items.join(separator);
    if (logits.size() > kShownLogits)
        text +=
            separator + QCoreApplication::translate("activa::ui::SoftmaxPlotter", "… (%1 in all)")
                            .arg(shown_fixed(static_cast<double>(logits.size()), 0));
    return text;
}

} // namespace

QColor softmax_bar_colour() {
    return QColor(0x00, 0x72, 0xB2);
} // Okabe-Ito blue
QColor softmax_argmax_colour() {
    return QColor(0xD5, 0x5E, 0x00);
} // Okabe-Ito vermillion
QColor sigmoid_bar_colour() {
    return QColor(0x00, 0x9E, 0x73);
} // Okabe-Ito bluish green

SoftmaxPlotter::SoftmaxPlotter(QCustomPlot* plot)
    : m_plot(plot) {
    follow_screen_style(m_plot);
}

void SoftmaxPlotter::draw(const SoftmaxState& state) {
    // Items and plottables hang off the axes; they go first so nothing points at a deleted axis.
    m_plot->clearItems();
    m_plot->clearPlottables();
    m_plot->plotLayout()->clear();
    m_softmaxRect = m_sigmoidRect = nullptr;
    m_probabilityBars = m_argmaxBars = m_sigmoidBars = nullptr;
    m_argmax = 0;
    m_probabilities.clear();
    m_sigmoids.clear();

    const std::vector<double>& logits = state.logits;
    const bool drawable =
        !logits.empty() && std::isfinite(state.temperature) && state.temperature > 0.0 &&
        std::all_of(logits.begin(), logits.end(), [](double v) { return std::isfinite(v); });
    if (!drawable) {
        draw_empty();
        return;
    }

    // Probabilities are over every logit; only the first kMaxSoftmaxClasses get a bar.
    m_probabilities = activa::softmax(logits, state.temperature);
    m_sigmoids = activa::sigmoid_each(logits);
    m_argmax = activa::argmax(logits);
    const std::size_t shown = std::min(logits.size(), kMaxSoftmaxClasses);

    QStringList names;
    for (std::size_t i = 0; i < shown; ++i) {
        const QString name = i < state.classes.size()
                                 ? QString::fromStdString(state.classes[i]).trimmed()
                                 : QString();
        names << (name.isEmpty() ? QString::fromStdString(default_class_name(i)) : name);
    }

    const double softmaxSum = std::accumulate(m_probabilities.begin(), m_probabilities.end(), 0.0);
    const double sigmoidSum = std::accumulate(m_sigmoids.begin(), m_sigmoids.end(), 0.0);
    const QString winner = m_argmax < shown ? names[static_cast<int>(m_argmax)]
                                            : QString::fromStdString(default_class_name(m_argmax));
    draw_frame(names,
               QCoreApplication::translate("activa::ui::SoftmaxPlotter", "T = %1 · logits %2")
                   .arg(shown_shortest(state.temperature), logit_list(logits)),
               QCoreApplication::translate("activa::ui::SoftmaxPlotter",
                                           "each logit on its own · independent of T"),
               QCoreApplication::translate("activa::ui::SoftmaxPlotter",
                                           "sum = %1 · highlighted: argmax (%2)")
                   .arg(value_text(softmaxSum), winner),
               QCoreApplication::translate("activa::ui::SoftmaxPlotter", "sum = %1 · need not be 1")
                   .arg(value_text(sigmoidSum)));

    m_probabilityBars = add_bars(m_softmaxRect, softmax_bar_colour());
    m_probabilityBars->setName(
        QCoreApplication::translate("activa::ui::SoftmaxPlotter", "Probability"));
    m_argmaxBars = add_bars(m_softmaxRect, softmax_argmax_colour());
    m_argmaxBars->setName(QCoreApplication::translate("activa::ui::SoftmaxPlotter", "Argmax"));
    m_sigmoidBars = add_bars(m_sigmoidRect, sigmoid_bar_colour());
    m_sigmoidBars->setName(QCoreApplication::translate("activa::ui::SoftmaxPlotter", "Sigmoid"));

    QVector<double> keys, values, sigmoidKeys, sigmoidValues;
    for (std::size_t i = 0; i < shown; ++i) {
        const auto key = static_cast<double>(i);
        sigmoidKeys << key;
        sigmoidValues << m_sigmoids[i];
        if (i == m_argmax) continue;
        keys << key;
        values << m_probabilities[i];
    }
    m_probabilityBars->setData(keys, values, true);
    m_sigmoidBars->setData(sigmoidKeys, sigmoidValues, true);
    if (m_argmax < shown)
        m_argmaxBars->setData({static_cast<double>(m_argmax)}, {m_probabilities[m_argmax]}, true);

    const bool sideways = shown > kUprightValueLimit;
    const QFont labelFont = scaled_font(m_plot->font(), shown > 25 ? 0.8 : 0.95);
    for (std::size_t i = 0; i < shown; ++i) {
        if (shown > kAllValuesLimit && i != m_argmax) continue;
        add_value_label(m_plot, m_softmaxRect, i, m_probabilities[i], sideways, labelFont,
                        kTextColour);
        add_value_label(m_plot, m_sigmoidRect, i, m_sigmoids[i], sideways, labelFont, kTextColour);
    }

    if (logits.size() > shown) {
        add_corner_note(m_softmaxRect, Qt::AlignTop | Qt::AlignRight,
                        QCoreApplication::translate("activa::ui::SoftmaxPlotter",
                                                    "first %1 of %2 classes shown")
                            .arg(shown_fixed(static_cast<double>(shown), 0),
                                 shown_fixed(static_cast<double>(logits.size()), 0)));
    }

    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SoftmaxPlotter::draw_frame(const QStringList& names, const QString& softmaxCaption,
                                const QString& sigmoidCaption, const QString& softmaxNote,
                                const QString& sigmoidNote) {
    const QFont titleFont = scaled_font(m_plot->font(), 1.25, true);
    const QFont noteFont = scaled_font(m_plot->font(), 0.95);
    add_text(
        m_plot, 0, 0,
        QCoreApplication::translate("activa::ui::SoftmaxPlotter", "Softmax (classes exclusive)"),
        titleFont, kTextColour);
    add_text(
        m_plot, 0, 1,
        QCoreApplication::translate("activa::ui::SoftmaxPlotter", "Sigmoid per logit (multilabel)"),
        titleFont, kTextColour);
    // The caption and note rows exist even when empty, so the charts do not move when they come
    // and go. The caption says what was put in, so an exported picture explains itself.
    add_text(m_plot, 1, 0, softmaxCaption, noteFont, kTextColour);
    add_text(m_plot, 1, 1, sigmoidCaption, noteFont, kMutedColour);
    add_text(m_plot, 2, 0, softmaxNote, noteFont, kTextColour);
    add_text(m_plot, 2, 1, sigmoidNote, noteFont, kMutedColour);
    // Sideways values need more room above the bars than upright ones.
    const double headroom = names.size() > static_cast<int>(kUprightValueLimit) ? 0.3 : 0.12;
    m_softmaxRect = add_bar_rect(m_plot, 0, names, headroom);
    m_sigmoidRect = add_bar_rect(m_plot, 1, names, headroom);
}

void SoftmaxPlotter::draw_empty() {
    draw_frame({}, QString(), QString(), QString(), QString());

    // One message in the middle of each chart; a single one between them would sit on the
    // second chart's axis labels.
    for (QCPAxisRect* rect : {m_softmaxRect, m_sigmoidRect}) {
        auto* message = new QCPItemText(m_plot);
        message->setClipAxisRect(rect);
        message->position->setType(QCPItemPosition::ptAxisRectRatio);
        message->position->setAxisRect(rect);
        message->position->setCoords(0.5, 0.5);
        message->setPositionAlignment(Qt::AlignCenter);
        message->setText(
            QCoreApplication::translate("activa::ui::SoftmaxPlotter", "Add at least one logit"));
        message->setFont(scaled_font(m_plot->font(), 1.2, true));
        message->setColor(kMutedColour);
    }

    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace activa::ui
