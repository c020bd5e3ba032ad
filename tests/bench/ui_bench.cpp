// SPDX-License-Identifier: MIT
// Time per update of the curves view as a user drags a slider, and per pan step of a
// 1,000,000-point curve: recompute (where needed) plus a full, synchronous replot.
#include "curves/curvesview.hpp"
#include "curves/parameterpanel.hpp"

#include <qcustomplot.h>

#include <QApplication>
#include <QSlider>

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
    QSlider* slider = view.parameterPanel()->slider(1, 0);
    emit view.parameterPanel()->dragStarted(); // as when the user presses the slider
    double replot_ms = 0.0;
    int step = 0;
    for (auto _ : state) {
        slider->setValue(100 + step++ % 500); // recomputes the curves
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        replot_ms += view.plot()->replotTime();
    }
    state.counters["replot_ms"] = replot_ms / static_cast<double>(state.iterations());
}

// state.range(0) == 1: drawn as during a mouse drag, without antialiasing (QCustomPlot's
// noAntialiasingOnDrag); 0: the smooth picture shown once the mouse is released.
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
BENCHMARK(pan_million_points)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
