// SPDX-License-Identifier: MIT
#include "trainingplot.hpp"

#include "training/racereading.hpp"

#include "common/axistitles.hpp"
#include "common/coretext.hpp"
#include "common/enumnames.hpp"
#include "common/numbertext.hpp"
#include "common/palette.hpp"
#include "common/plotlegend.hpp"
#include "common/plotstyle.hpp"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

namespace activa::ui {
namespace {

// Points drawn per map: the data are shuffled, so the first ones are a fair sample, and a few
// thousand markers per map would cost more to draw than the maps themselves.
constexpr std::size_t kMaxDrawnPoints = 1000;

// Playground's colours: orange for the first class, blue for the second; then green and purple.
constexpr std::array<QRgb, 4> kClassColours{0xF59322, 0x0877BD, 0x2E9E4F, 0x8E5BB5};
constexpr QRgb kNoLabelColour = 0x9E9E9E;

QColor pale(const QColor& c) {
    const auto mix = [](int v) { return (v * 45 + 255 * 55) / 100; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

// The colour index of a point or prediction: its class, or for multilabel one of the four
// combinations of the two labels.
int class_of(ProblemType problem, const double* v, std::size_t k) {
    switch (problem) {
    case ProblemType::Binary:
        return v[0] > 0.5 ? 1 : 0;
    case ProblemType::Multiclass:
        return static_cast<int>(std::max_element(v, v + k) - v);
    case ProblemType::Multilabel:
        return (v[0] > 0.5 ? 1 : 0) + (k > 1 && v[1] > 0.5 ? 2 : 0);
    case ProblemType::Regression:
        break;
    }
    return 0;
}

QColor class_colour(ProblemType problem, int c) {
    if (problem == ProblemType::Multilabel) {
        constexpr std::array<QRgb, 4> combos{kNoLabelColour, kClassColours[0], kClassColours[1],
                                             kClassColours[3]};
        return QColor::fromRgb(combos[static_cast<std::size_t>(c) % combos.size()]);
    }
    return QColor::fromRgb(kClassColours[static_cast<std::size_t>(c) % kClassColours.size()]);
}

QColor diverging(double t) {
    // Orange through white to blue, as Playground colours a surface.
    const QColor lo = QColor::fromRgb(kClassColours[0]);
    const QColor hi = QColor::fromRgb(kClassColours[1]);
    t = std::clamp(std::isfinite(t) ? t : 0.5, 0.0, 1.0);
    const QColor& end = t < 0.5 ? lo : hi;
    const double w = std::fabs(t - 0.5) * 2.0;
    const auto mix = [w](int v) { return static_cast<int>(std::lround(255.0 + (v - 255.0) * w)); };
    return QColor(mix(end.red()), mix(end.green()), mix(end.blue()));
}

QCPColorGradient map_gradient(ProblemType problem, std::size_t outputs) {
    QCPColorGradient g;
    g.clearColorStops();
    switch (problem) {
    case ProblemType::Binary:
    case ProblemType::Regression:
        g.setColorStopAt(0.0, pale(QColor::fromRgb(kClassColours[0])));
        g.setColorStopAt(0.5, Qt::white);
        g.setColorStopAt(1.0, pale(QColor::fromRgb(kClassColours[1])));
        g.setLevelCount(256);
        break;
    case ProblemType::Multiclass:
    case ProblemType::Multilabel: {
        const int n = problem == ProblemType::Multilabel ? 4 : static_cast<int>(outputs);
        for (int c = 0; c < n; ++c)
            g.setColorStopAt(n == 1 ? 0.0 : double(c) / (n - 1), pale(class_colour(problem, c)));
        g.setLevelCount(std::max(2, n));
        break;
    }
    }
    return g;
}

} // namespace

QString dataset_name(DatasetId id) {
    static constexpr EnumNames<DatasetId, 9> kNames{
        "activa::ui::TrainingPlotter",
        {{
            {DatasetId::Circle, QT_TRANSLATE_NOOP("activa::ui::TrainingPlotter", "Circle")},
            {DatasetId::Xor, QT_TRANSLATE_NOOP("activa::ui::TrainingPlotter", "Exclusive or")},
            {DatasetId::Gaussians, QT_TRANSLATE_NOOP("activa::ui::TrainingPlotter", "Gaussians")},
            {DatasetId::Spiral, QT_TRANSLATE_NOOP("activa::ui::TrainingPlotter", "Spiral")},
            {DatasetId::Spiral3, QT_TRANSLATE_NOOP("activa::ui::TrainingPlotter", "Three spirals")},
            {DatasetId::Multilabel,
             QT_TRANSLATE_NOOP("activa::ui::TrainingPlotter", "Circle and line")},
            {DatasetId::Plane, QT_TRANSLATE_NOOP("activa::ui::TrainingPlotter", "Plane")},
            {DatasetId::Sine, QT_TRANSLATE_NOOP("activa::ui::TrainingPlotter", "Sine surface")},
            {DatasetId::MultiGaussian,
             QT_TRANSLATE_NOOP("activa::ui::TrainingPlotter", "Multi-Gaussian")},
        }}};
    return kNames.name(id);
}

QString dataset_description(DatasetId id) {
    const DatasetInfo& d = dataset_info(id);
    return core_text(d.description) + QLatin1Char('\n') +
           (d.source == DatasetSource::Playground
                ? TrainingPlotter::tr("From TensorFlow Playground.")
                : TrainingPlotter::tr("Activa's own: TensorFlow Playground has no such set."));
}

QColor point_colour(const Dataset& data, std::size_t point, double lo, double hi) {
    const double* y = data.y.data() + point * data.outputs;
    if (data.problem != ProblemType::Regression)
        return class_colour(data.problem, class_of(data.problem, y, data.outputs));
    return diverging(hi > lo ? (y[0] * data.target_std + data.target_mean - lo) / (hi - lo) : 0.5);
}

TrainingPlotter::TrainingPlotter(QCustomPlot* plot)
    : m_plot(plot)
    , m_lossRect(plot->axisRect())
    , m_titles(plot) {
    // First, so that the reading is broken for the fonts it is drawn in.
    follow_screen_style(m_plot);
    // The loss curves run over the whole plot as the race goes on: their legend stands beside
    // it, unless the user drags it in.
    m_legend = new PlotLegend(m_plot, m_plot->legend, m_lossRect, PlotLegend::Beside::Right, false);
    // Only the loss curves name themselves; the maps and the points are told apart by place.
    m_plot->setAutoAddPlottableToLegend(false);
    // The reading is broken into lines for the width the plot has when it is drawn, the window's
    // or an export's.
    QObject::connect(m_plot, &QCustomPlot::beforeReplot, m_plot, [this] { fitReading(); });
    // The titles break for the plots' sizes once the layout has given them, after the legend
    // has taken its place.
    QObject::connect(m_plot, &QCustomPlot::afterLayout, m_plot, [this] { m_titles.fit(); });
}

void TrainingPlotter::fitReading() {
    // The reading runs across the whole picture, a paragraph under the maps.
    if (m_reading)
        m_reading->setText(broken_to_width(m_readingText, m_reading->font(), m_plot->width() - 20,
                                           LineBreaks::Greedy));
}

QString TrainingPlotter::reading() const {
    return m_readingText;
}

void TrainingPlotter::reset(const TrainingState& state, const Dataset& data) {
    m_state = state;
    m_problem = data.problem;
    m_outputs = data.outputs;
    m_targetMean = data.target_mean;
    m_targetStd = data.target_std;
    m_plot->clearPlottables();
    m_plot->clearItems();
    // The plot's own axis rect, with the plot's legend in it, stays for the loss curves; the
    // rest is laid out afresh for the race's number of maps.
    m_legend->retract();
    if (QCPLayout* row = m_lossRect->layout()) row->take(m_lossRect);
    m_plot->plotLayout()->clear();
    m_mapRects.clear();
    m_titles.clear();
    m_train.clear();
    m_test.clear();
    m_maps.clear();
    setValueRange(data);

    QCPLayoutGrid* layout = m_plot->plotLayout();
    QFont title_font = m_plot->font();
    title_font.setBold(true);
    title_font.setPointSizeF(title_font.pointSizeF() * 1.15);
    m_title = new QCPTextElement(m_plot, QString(), title_font);
    layout->addElement(0, 0, m_title);
    // The loss plot has a row of its own, where its legend can stand beside it.
    auto* loss_row = new QCPLayoutGrid;
    layout->addElement(1, 0, loss_row);
    loss_row->addElement(0, 0, m_lossRect);
    layOutLossPlot(state.settings.epochs);

    auto* maps = new QCPLayoutGrid;
    layout->addElement(2, 0, maps);
    maps->setColumnSpacing(12);
    maps->setRowSpacing(6);
    const std::size_t n = state.race.size();
    // The maps' row is about two and a half times as wide as high: up to four maps side by
    // side are closest to square, five or six in two rows of three.
    const std::size_t columns = n <= 4 ? n : 3;
    for (std::size_t r = 0; r < n; ++r) {
        const ActivationId id = state.race[r].activation;
        addLossCurves(id);
        auto* rect = new QCPAxisRect(m_plot);
        maps->addElement(static_cast<int>(r / columns), static_cast<int>(r % columns), rect);
        addMap(rect, id);
        addPoints(rect, data);
    }

    QFont reading_font = m_plot->font();
    reading_font.setPointSizeF(reading_font.pointSizeF() * 1.1);
    m_reading = new QCPTextElement(m_plot, QString(), reading_font);
    layout->addElement(3, 0, m_reading);
    layout->setRowStretchFactors({0.1, 4.0, n <= 4 ? 5.0 : 7.0, 0.1});
    layout->setRowSpacing(4);
    updateTitles(0, {});
}

void TrainingPlotter::setValueRange(const Dataset& data) {
    if (m_problem != ProblemType::Regression) {
        m_valueLo = 0.0;
        m_valueHi = 1.0;
        return;
    }
    m_valueLo = std::numeric_limits<double>::infinity();
    m_valueHi = -m_valueLo;
    for (std::size_t p = 0; p < data.size(); ++p) {
        const double v = data.y[p] * data.target_std + data.target_mean;
        m_valueLo = std::min(m_valueLo, v);
        m_valueHi = std::max(m_valueHi, v);
    }
    if (!(m_valueLo < m_valueHi)) {
        m_valueLo -= 1.0;
        m_valueHi += 1.0;
    }
}

void TrainingPlotter::layOutLossPlot(std::size_t epochs) {
    QCPAxis* x = m_lossRect->axis(QCPAxis::atBottom);
    QCPAxis* y = m_lossRect->axis(QCPAxis::atLeft);
    setAxisTitles();
    x->setRange(0, static_cast<double>(std::max<std::size_t>(epochs, 1)));
    y->setScaleType(QCPAxis::stLogarithmic);
    y->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    y->setNumberFormat(QStringLiteral("gb"));
    y->setRange(0.01, 1.0);
    for (QCPAxis* axis : {x, y})
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 0, Qt::SolidLine));
    QCPLegend* legend = m_plot->legend;
    legend->setBrush(QColor(255, 255, 255, 215));
    legend->setBorderPen(QPen(QColor(0, 0, 0, 60)));
}

void TrainingPlotter::addLossCurves(ActivationId id) {
    QCPAxis* x = m_lossRect->axis(QCPAxis::atBottom);
    QCPAxis* y = m_lossRect->axis(QCPAxis::atLeft);
    const QColor colour = function_colour(id);
    QCPGraph* train = m_plot->addGraph(x, y);
    train->setPen(QPen(colour, 2.0));
    train->setName(function_name(id));
    train->addToLegend(m_plot->legend);
    QCPGraph* test = m_plot->addGraph(x, y);
    test->setPen(QPen(colour, 1.6, Qt::DashLine));
    m_train.push_back(train);
    m_test.push_back(test);
}

void TrainingPlotter::addMap(QCPAxisRect* rect, ActivationId id) {
    const QColor colour = function_colour(id);
    rect->setupFullAxesBox(true);
    for (QCPAxis* axis : rect->axes()) {
        axis->setRange(-kDatasetDomain, kDatasetDomain);
        axis->grid()->setVisible(false);
        axis->setBasePen(QPen(colour, 2.0));
    }
    rect->axis(QCPAxis::atRight)->setTickLabels(false);
    rect->axis(QCPAxis::atTop)->setTickLabels(false);
    QFont label_font = m_plot->font();
    label_font.setBold(true);
    rect->axis(QCPAxis::atTop)->setLabelFont(label_font);
    rect->axis(QCPAxis::atTop)->setLabelColor(colour.darker(115));
    auto* map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    map->data()->setSize(static_cast<int>(kMapNodes), static_cast<int>(kMapNodes));
    map->data()->setRange(QCPRange(-kDatasetDomain, kDatasetDomain),
                          QCPRange(-kDatasetDomain, kDatasetDomain));
    map->data()->fill(std::numeric_limits<double>::quiet_NaN());
    map->setGradient(map_gradient(m_problem, m_outputs));
    map->setInterpolate(m_problem == ProblemType::Binary || m_problem == ProblemType::Regression);
    const double levels =
        m_problem == ProblemType::Multilabel ? 3.0 : static_cast<double>(m_outputs) - 1.0;
    map->setDataRange(m_problem == ProblemType::Multiclass || m_problem == ProblemType::Multilabel
                          ? QCPRange(0.0, std::max(1.0, levels))
                          : QCPRange(m_valueLo, m_valueHi));
    m_maps.push_back(map);
    m_mapRects.push_back(rect);
}

void TrainingPlotter::setAxisTitles() {
    m_lossRect->axis(QCPAxis::atBottom)->setLabel(TrainingPlotter::tr("epoch"));
    // The loss title runs along a short plot: longer words (Spanish) take more lines.
    m_titles.set(m_lossRect->axis(QCPAxis::atLeft),
                 TrainingPlotter::tr("loss\n(solid: training, dashed: test)"));
}

void TrainingPlotter::retranslate(const std::vector<std::vector<EpochStats>>& histories) {
    if (!m_title) return; // nothing laid out yet
    setAxisTitles();
    for (std::size_t r = 0; r < m_train.size(); ++r)
        m_train[r]->setName(function_name(m_state.race[r].activation));
    updateTitles(histories.empty() ? 0 : histories.front().size(), histories);
}

void TrainingPlotter::addPoints(QCPAxisRect* rect, const Dataset& data) {
    // One graph per colour and split: training points with a white rim, test points with a dark
    // one, as Playground tells them apart.
    struct Key {
        QRgb colour;
        bool test;
        bool operator<(const Key& o) const {
            return colour != o.colour ? colour < o.colour : test < o.test;
        }
    };
    std::map<Key, QCPGraph*> graphs;
    const auto add = [&](std::size_t first, std::size_t count, bool test) {
        for (std::size_t p = first; p < first + std::min(count, kMaxDrawnPoints); ++p) {
            QColor c = point_colour(data, p, m_valueLo, m_valueHi);
            if (m_problem == ProblemType::Regression) {
                // A handful of shades is enough to read, and keeps the graphs few.
                const double t = (data.y[p] * data.target_std + data.target_mean - m_valueLo) /
                                 (m_valueHi - m_valueLo);
                c = diverging(std::round(t * 8.0) / 8.0);
            }
            QCPGraph*& g = graphs[{c.rgb(), test}];
            if (!g) {
                g = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
                g->setLineStyle(QCPGraph::lsNone);
                g->setScatterStyle(QCPScatterStyle(
                    QCPScatterStyle::ssCircle,
                    QPen(test ? QColor(40, 40, 40) : QColor(Qt::white), test ? 1.0 : 0.9), c,
                    test ? 5.5 : 5.0));
                g->setAdaptiveSampling(false);
            }
            g->addData(data.x[2 * p], data.x[2 * p + 1]);
        }
    };
    add(0, data.train_count, false);
    add(data.train_count, data.test_count(), true);
}

void TrainingPlotter::apply(const RaceFrame& frame,
                            const std::vector<std::vector<EpochStats>>& histories) {
    for (std::size_t r = 0; r < std::min(frame.stats.size(), m_train.size()); ++r)
        for (const EpochStats& e : frame.stats[r]) {
            const auto key = static_cast<double>(e.epoch);
            // A log axis has no place for 0 or NaN: such points leave a gap.
            if (e.train_loss > 0.0) m_train[r]->addData(key, e.train_loss);
            if (e.test_loss > 0.0) m_test[r]->addData(key, e.test_loss);
        }
    const std::size_t k = m_outputs;
    for (std::size_t r = 0; r < std::min(frame.maps.size(), m_maps.size()); ++r) {
        const std::vector<double>& out = frame.maps[r];
        if (out.size() != kMapNodes * kMapNodes * k) continue;
        QCPColorMapData* d = m_maps[r]->data();
        for (std::size_t j = 0; j < kMapNodes; ++j)
            for (std::size_t i = 0; i < kMapNodes; ++i) {
                const double* v = out.data() + (j * kMapNodes + i) * k;
                double value = v[0];
                if (m_problem == ProblemType::Regression)
                    value = v[0] * m_targetStd + m_targetMean;
                else if (m_problem != ProblemType::Binary)
                    value = class_of(m_problem, v, k);
                d->setCell(static_cast<int>(i), static_cast<int>(j), value);
            }
    }
    updateTitles(frame.epoch, histories);
    fitLossAxis();
}

void TrainingPlotter::updateTitles(std::size_t epoch,
                                   const std::vector<std::vector<EpochStats>>& histories) {
    const TrainSettings& s = m_state.settings;
    const QString optimizer =
        s.optimizer == Optimizer::Adam ? TrainingPlotter::tr("Adam") : TrainingPlotter::tr("SGD");
    // Each count with its own plural: "1 hidden layer", "1 unidad".
    const QString layers =
        TrainingPlotter::tr("%n hidden layer(s)", nullptr, static_cast<int>(s.hidden_layers));
    const QString units = TrainingPlotter::tr("%n unit(s)", nullptr, static_cast<int>(s.units));
    m_title->setText(
        TrainingPlotter::tr("%1 · %2 × %3\n%4, learning rate %5 · epoch %6 of %7",
                            "dataset · hidden layers × units, optimiser, learning rate, epochs")
            .arg(dataset_name(s.dataset), layers, units, optimizer,
                 shown_number(s.learning_rate, 4))
            .arg(epoch)
            .arg(s.epochs));
    const bool classification = m_problem != ProblemType::Regression;
    for (std::size_t r = 0; r < m_mapRects.size(); ++r) {
        QString label = function_name(m_state.race[r].activation);
        if (r < histories.size() && !histories[r].empty()) {
            const EpochStats& e = histories[r].back();
            label =
                classification
                    ? TrainingPlotter::tr("%1\ntest accuracy %2").arg(label, score_text(e, true))
                    : TrainingPlotter::tr("%1\ntest loss %2").arg(label, score_text(e, false));
        }
        // Each map's title across its map: a share of the picture's width.
        const auto maps = static_cast<int>(m_mapRects.size());
        m_titles.set(m_mapRects[r]->axis(QCPAxis::atTop), label,
                     [this, maps] { return m_plot->viewport().width() / maps - 24; });
    }
    m_readingText = race_reading(m_state, histories);
    fitReading();
}

void TrainingPlotter::fitLossAxis() {
    double lo = std::numeric_limits<double>::infinity();
    double hi = 0.0;
    for (const auto* graphs : {&m_train, &m_test})
        for (QCPGraph* g : *graphs) {
            bool found = false;
            const QCPRange r = g->getValueRange(found, QCP::sdBoth);
            if (!found) continue;
            lo = std::min(lo, r.lower);
            hi = std::max(hi, r.upper);
        }
    if (!(lo > 0.0 && hi >= lo && std::isfinite(hi))) return;
    m_lossRect->axis(QCPAxis::atLeft)->setRange(lo / 1.25, hi * 1.25);
}

} // namespace activa::ui
