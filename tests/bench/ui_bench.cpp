// SPDX-License-Identifier: MIT
// Time per update of the curves view as a user drags a slider, and per pan step of a
// 1,000,000-point curve: recompute (where needed) plus a full, synchronous replot.
#include <ui/curvesview.hpp>
#include <ui/parameterpanel.hpp>

#include <qcustomplot.h>

#include <QApplication>
#include <QDoubleSpinBox>

#include <benchmark/benchmark.h>

namespace {

using namespace activa;
using namespace activa::ui;

void slider_update(benchmark::State& state) {
    CurvesView view;
    view.resize(1400, 850);
    CurvesState s; // default points, derivatives shown
    s.curves = {{ActivationId::LeakyRelu, default_params(ActivationId::LeakyRelu)},
                {ActivationId::Elu, default_params(ActivationId::Elu)},
                {ActivationId::Softplus, default_params(ActivationId::Softplus)},
                {ActivationId::Celu, default_params(ActivationId::Celu)}};
    view.setState(s);
    view.show();
    QDoubleSpinBox* spin = view.parameterPanel()->spinBox(1, 0);
    double replot_ms = 0.0;
    int step = 0;
    for (auto _ : state) {
        spin->setValue(0.5 + 0.001 * (step++ % 500)); // recomputes the curves
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        replot_ms += view.plot()->replotTime();
    }
    state.counters["replot_ms"] = replot_ms / static_cast<double>(state.iterations());
}

void pan_million_points(benchmark::State& state) {
    CurvesView view;
    view.resize(1400, 850);
    CurvesState s;
    s.curves = {{ActivationId::Tanh, {}}};
    s.points = 1'000'000;
    view.setState(s);
    view.show();
    int step = 0;
    for (auto _ : state)
        view.pan((step++ % 2) ? 0.01 : -0.01, 0.0); // pan() replots
}

} // namespace

BENCHMARK(slider_update)->Unit(benchmark::kMillisecond);
BENCHMARK(pan_million_points)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
