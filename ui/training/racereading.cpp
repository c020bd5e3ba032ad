// SPDX-License-Identifier: MIT
#include "racereading.hpp"

#include "common/coretext.hpp"
#include "common/numbertext.hpp"
#include "training/trainingplot.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace activa::ui {
namespace {

// Epochs whose gradients the reading compares: the start of training, before the networks have
// learnt different amounts. Later, a network that has learnt gets small gradients because its
// loss is small, not because they vanish.
constexpr std::size_t kEarlyEpochs = 10;
// A first layer that receives less than this share of another's gradient is worth naming.
constexpr double kSmallShare = 0.1;
// How close to the other a network must end not to have been held back: two points of test
// accuracy, or a test loss at most half as large again.
constexpr double kLevelAccuracy = 0.02;
constexpr double kLevelLossRatio = 1.5;

// "0.75%" down to a tenth of a percent, "10⁻⁷" below: plain text, as the picture draws it.
QString share_text(double r) {
    if (r >= 1e-3 || !(r > 0.0)) // the callers give 0 < r < 1
        return percent_text(shown_number(100.0 * r, 2));
    static constexpr std::array<char16_t, 10> kSuper{u'⁰', u'¹', u'²', u'³', u'⁴',
                                                     u'⁵', u'⁶', u'⁷', u'⁸', u'⁹'};
    const long e = std::lround(-std::log10(r));
    QString digits;
    for (const QChar d : QString::number(e))
        digits += QChar(kSuper[static_cast<std::size_t>(d.digitValue())]);
    return QStringLiteral("10⁻") + digits;
}

QString loss_text(double loss) {
    return shown_number(loss, 3);
}

// The typical size of the first layer's gradient over the epochs so far: a geometric mean,
// since it spans orders of magnitude between activations.
double typical_first_gradient(const std::vector<EpochStats>& h, std::size_t epochs) {
    double sum = 0.0;
    std::size_t n = 0;
    for (std::size_t e = 0; e < epochs; ++e)
        if (h[e].grad_norm_first > 0.0 && std::isfinite(h[e].grad_norm_first)) {
            sum += std::log(h[e].grad_norm_first);
            ++n;
        }
    return n == 0 ? 0.0 : std::exp(sum / static_cast<double>(n));
}

// A race's histories up to the epoch every network has reached.
struct Race {
    const TrainingState& state;
    const std::vector<std::vector<EpochStats>>& histories;
    std::size_t epochs;
    bool classification;

    std::size_t runs() const { return histories.size(); }
    const EpochStats& last(std::size_t r) const { return histories[r][epochs - 1]; }
    // "Sigmoid", not "Sigmoid (logistic)": the reading is short.
    QString name(std::size_t r) const {
        const QString full = function_name(state.race[r].activation);
        const qsizetype paren = full.indexOf(QStringLiteral(" ("));
        return paren > 0 ? full.left(paren) : full;
    }
    // The better score: test accuracy, then test loss (alone for regression).
    bool better(std::size_t a, std::size_t b) const {
        if (classification && last(a).test_accuracy != last(b).test_accuracy)
            return last(a).test_accuracy > last(b).test_accuracy;
        return last(a).test_loss < last(b).test_loss;
    }
    bool level_with(std::size_t r, std::size_t other) const {
        return classification ? last(r).test_accuracy >= last(other).test_accuracy - kLevelAccuracy
                              : last(r).test_loss <= kLevelLossRatio * last(other).test_loss;
    }
};

QString divergence(const Race& race) {
    for (std::size_t r = 0; r < race.runs(); ++r) {
        const auto& h = race.histories[r];
        const auto end = h.begin() + static_cast<std::ptrdiff_t>(race.epochs);
        const auto it =
            std::find_if(h.begin(), end, [](const EpochStats& e) { return diverged(e); });
        if (it != end)
            return TrainingPlotter::tr("The network with %1 diverged at epoch %2: its loss is no "
                                       "longer a finite number. A smaller learning rate may help.")
                .arg(race.name(r))
                .arg(static_cast<qulonglong>(it->epoch));
    }
    return {};
}

// Who leads and who is last, by how much, with their test losses.
QString outcome(const Race& race) {
    const auto epoch = static_cast<qulonglong>(race.epochs);
    const bool classification = race.classification;
    if (race.runs() == 1)
        return classification
                   ? TrainingPlotter::tr("At epoch %1, %2 reaches %3 test accuracy (test loss %4).")
                         .arg(epoch)
                         .arg(race.name(0), score_text(race.last(0), true),
                              loss_text(race.last(0).test_loss))
                   : TrainingPlotter::tr("At epoch %1, %2 reaches a test loss of %3.")
                         .arg(epoch)
                         .arg(race.name(0), score_text(race.last(0), false));
    std::size_t best = 0;
    std::size_t worst = 0;
    for (std::size_t r = 1; r < race.runs(); ++r) {
        if (race.better(r, best)) best = r;
        if (race.better(worst, r)) worst = r;
    }
    const EpochStats& b = race.last(best);
    const EpochStats& w = race.last(worst);
    if (!classification)
        return TrainingPlotter::tr("At epoch %1, %2 leads with a test loss of %3; %4 has %5.")
            .arg(epoch)
            .arg(race.name(best), score_text(b, false), race.name(worst), score_text(w, false));
    if (score_text(b, true) == score_text(w, true))
        return TrainingPlotter::tr("At epoch %1, %2 and %3 are level at %4 test accuracy; their "
                                   "test losses are %5 and %6.")
            .arg(epoch)
            .arg(race.name(best), race.name(worst), score_text(b, true), loss_text(b.test_loss),
                 loss_text(w.test_loss));
    return TrainingPlotter::tr("At epoch %1, %2 leads with %3 test accuracy, %4 points ahead of "
                               "%5; their test losses are %6 and %7.")
        .arg(epoch)
        .arg(race.name(best), score_text(b, true),
             shown_fixed(100.0 * (b.test_accuracy - w.test_accuracy), 1), race.name(worst),
             loss_text(b.test_loss), loss_text(w.test_loss));
}

// How much less gradient one first layer received than another's, and what came of it; empty
// when no first layer was starved.
QString gradient_finding(const Race& race) {
    const std::size_t early = std::min(race.epochs, kEarlyEpochs);
    std::size_t strong = 0;
    std::size_t weak = 0;
    std::vector<double> typical(race.runs());
    for (std::size_t r = 0; r < race.runs(); ++r) {
        typical[r] = typical_first_gradient(race.histories[r], early);
        if (typical[r] > typical[strong]) strong = r;
        if (typical[r] < typical[weak]) weak = r;
    }
    if (typical[weak] == 0.0)
        return TrainingPlotter::tr("%1's first layer receives no gradient at all: its derivative "
                                   "is zero wherever it is evaluated, so it cannot learn.")
            .arg(race.name(weak));
    if (race.runs() < 2 || !(typical[weak] < kSmallShare * typical[strong])) return {};
    const QString received =
        TrainingPlotter::tr("Early in training, %1's first layer received %2 of the gradient "
                            "that %3's did")
            .arg(race.name(weak), share_text(typical[weak] / typical[strong]), race.name(strong));
    const bool adam = race.state.settings.optimizer == Optimizer::Adam;
    if (race.level_with(weak, strong))
        return (adam ? TrainingPlotter::tr("%1, yet %2 learnt as well as %3: Adam scales each step "
                                           "to the size of recent gradients, so a small gradient "
                                           "need not slow learning.")
                     : TrainingPlotter::tr("%1, yet %2 learnt as well as %3."))
            .arg(received, race.name(weak), race.name(strong));
    return (adam ? TrainingPlotter::tr("%1, and %2 is behind.")
                 : TrainingPlotter::tr("%1. With SGD a step is as small as its gradient, so %2 "
                                       "learnt less: the vanishing gradient the article warns "
                                       "about."))
        .arg(received, race.name(weak));
}

QString dead_units(const Race& race) {
    std::size_t dead = 0;
    for (std::size_t r = 1; r < race.runs(); ++r)
        if (race.last(r).dead_fraction > race.last(dead).dead_fraction) dead = r;
    if (race.last(dead).dead_fraction < 0.25) return {};
    return TrainingPlotter::tr("%1 of %2's hidden units are dead: their gradient is zero at "
                               "every point, so they no longer learn.")
        .arg(shown_percent(race.last(dead).dead_fraction, 0), race.name(dead));
}

} // namespace

QString score_text(const EpochStats& e, bool classification) {
    return classification ? shown_percent(e.test_accuracy, 1) : loss_text(e.test_loss);
}

QString race_reading(const TrainingState& state,
                     const std::vector<std::vector<EpochStats>>& histories) {
    std::size_t epochs = histories.empty() ? 0 : std::numeric_limits<std::size_t>::max();
    for (const auto& h : histories)
        epochs = std::min(epochs, h.size());
    if (epochs == 0 || histories.size() != state.race.size())
        return TrainingPlotter::tr(
            "Press Play: the networks learn side by side, on the same points and from the "
            "same random start.");
    const Race race{state, histories, epochs,
                    dataset_info(state.settings.dataset).problem != ProblemType::Regression};
    // A network that diverged has no scores to compare: that is the finding.
    if (QString diverged = divergence(race); !diverged.isEmpty()) return diverged;
    QString finding = gradient_finding(race);
    if (finding.isEmpty()) finding = dead_units(race);
    const QString result = outcome(race);
    return finding.isEmpty() ? result : result + QLatin1Char(' ') + finding;
}

} // namespace activa::ui
