// SPDX-License-Identifier: MIT
// Time per update of the curves view as a user drags a slider, and per pan step of a
// 1,000,000-point curve: recompute (where needed) plus a full, synchronous replot. Then the
// export of a 3840 × 2160 PNG, split into drawing and encoding, and the time from nothing to a
// main window on screen.
#include "common/exporter.hpp"
#include "common/png.hpp"
#include "curves/curvesview.hpp"
#include "curves/parameterpanel.hpp"
#include "gradflow/gradflowview.hpp"
#include "mainwindow.hpp"
#include "softmax/softmaxview.hpp"
#include "training/trainingview.hpp"
#include "wizard/wizardview.hpp"

#include <qcustomplot.h>

#include <QApplication>
#include <QBuffer>
#include <QImageWriter>
#include <QSlider>
#include <QTemporaryDir>

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
    auto* panel = view.findChild<ParameterPanel*>(QStringLiteral("parameterPanel"));
    QSlider* slider = panel->slider(1, 0);
    emit panel->dragStarted(); // as when the user presses the slider
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

// The picture `activa export --function sigmoid,tanh,relu --derivative --size 3840x2160` draws.
CurvesState export_state() {
    CurvesState s;
    s.show_derivative = true;
    return s;
}

void export_png_4k(benchmark::State& state) {
    CurvesView view;
    view.setState(export_state());
    const QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("big.png"));
    for (auto _ : state) {
        QString error;
        if (!export_image(view, file, ImageFormat::Png, QSize(3840, 2160), 1.0, &error))
            state.SkipWithError(error.toStdString().c_str());
    }
}

// Drawing alone, into the image the export encodes.
void draw_4k(benchmark::State& state) {
    CurvesView view;
    view.setState(export_state());
    QImage image(3840, 2160, QImage::Format_RGB32);
    for (auto _ : state) {
        image.fill(Qt::white);
        QCPPainter painter(&image);
        painter.setMode(QCPPainter::pmNoCaching);
        view.paintPicture(&painter, image.size(), false);
    }
}

// Encoding alone: what the export's PNG writer takes for that image.
void encode_png_4k(benchmark::State& state) {
    CurvesView view;
    view.setState(export_state());
    QImage image(3840, 2160, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QCPPainter painter(&image);
        view.paintPicture(&painter, image.size(), false);
    }
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!write_png(image, &buffer)) state.SkipWithError("write failed");
        state.counters["bytes"] = static_cast<double>(buffer.size());
    }
}

// Shows the widget at this size and lets it paint once.
void show_and_paint(QWidget& widget, QSize size) {
    widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    benchmark::DoNotOptimize(widget.grab());
}

// Construction of the main window until it has been shown and painted once: what a user waits
// for after the process has started, compared with a bare QCustomPlot window.
void main_window_shown(benchmark::State& state) {
    for (auto _ : state) {
        MainWindow w;
        show_and_paint(w, {1480, 900});
    }
}

// Each view on its own, built and painted once: where the main window's time goes.
template <typename View> void view_shown(benchmark::State& state) {
    for (auto _ : state) {
        View view;
        show_and_paint(view, {1480, 820});
    }
}

// Built but not shown, as the tabs behind the first one are.
template <typename View> void view_built(benchmark::State& state) {
    for (auto _ : state) {
        View view;
        QCoreApplication::processEvents();
    }
}

void bare_plot_shown(benchmark::State& state) {
    for (auto _ : state) {
        QCustomPlot plot;
        plot.addGraph()->setData({0.0, 1.0}, {0.0, 1.0});
        show_and_paint(plot, {1480, 900});
    }
}

} // namespace

BENCHMARK(slider_update)->Unit(benchmark::kMillisecond);
BENCHMARK(pan_million_points)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(export_png_4k)->Unit(benchmark::kMillisecond);
BENCHMARK(draw_4k)->Unit(benchmark::kMillisecond);
BENCHMARK(encode_png_4k)->Unit(benchmark::kMillisecond);
BENCHMARK(main_window_shown)->Unit(benchmark::kMillisecond);
BENCHMARK(view_shown<CurvesView>)->Unit(benchmark::kMillisecond);
BENCHMARK(view_shown<SoftmaxView>)->Unit(benchmark::kMillisecond);
BENCHMARK(view_shown<WizardView>)->Unit(benchmark::kMillisecond);
BENCHMARK(view_shown<GradFlowView>)->Unit(benchmark::kMillisecond);
BENCHMARK(view_shown<TrainingView>)->Unit(benchmark::kMillisecond);
BENCHMARK(view_built<SoftmaxView>)->Unit(benchmark::kMillisecond);
BENCHMARK(view_built<WizardView>)->Unit(benchmark::kMillisecond);
BENCHMARK(view_built<GradFlowView>)->Unit(benchmark::kMillisecond);
BENCHMARK(view_built<TrainingView>)->Unit(benchmark::kMillisecond);
BENCHMARK(bare_plot_shown)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
