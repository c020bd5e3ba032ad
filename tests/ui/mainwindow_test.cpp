// SPDX-License-Identifier: MIT
#include "children.hpp"
#include "curves/curvesview.hpp"
#include "curves/functionlist.hpp"
#include "files.hpp"
#include "gradflow/gradflowview.hpp"
#include "language.hpp"
#include "mainwindow.hpp"
#include "softmax/softmaxview.hpp"
#include "training/trainingview.hpp"
#include "wizard/wizardview.hpp"

#include <qcustomplot.h>

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace activa;
using namespace activa::ui;
using activa::ui::test::child;

using activa::ui::test::EnglishAfterwards;
using activa::ui::test::read_all;
using activa::ui::test::write_all;

namespace {} // namespace

TEST(MainWindow, BuildsWithEveryViewAndMenus) {
    MainWindow w;
    auto* tabs = child<QTabWidget>(w, "viewTabs");
    ASSERT_EQ(tabs->count(), 5);
    EXPECT_EQ(tabs->widget(0), w.view<activa::ui::CurvesView>());
    EXPECT_EQ(tabs->widget(1), w.view<activa::ui::SoftmaxView>());
    EXPECT_EQ(tabs->widget(3), w.view<activa::ui::GradFlowView>());
    EXPECT_GE(w.menuBar()->actions().size(), 4);
    tabs->setCurrentIndex(1);
    EXPECT_EQ(w.currentPicture(), w.view<activa::ui::SoftmaxView>());
    tabs->setCurrentIndex(3);
    EXPECT_EQ(w.currentPicture(), w.view<activa::ui::GradFlowView>());
}

TEST(MainWindow, ExportedImageHasTheAskedSize) {
    QTemporaryDir dir;
    MainWindow w;
    const QString file = dir.filePath(QStringLiteral("curves.png"));
    ASSERT_TRUE(w.exportImageTo(file, QSize(640, 360), 2.0, false));
    const QImage image(file);
    EXPECT_EQ(image.size(), QSize(1280, 720));
}

TEST(MainWindow, FailedExportLeavesTheExistingFileByteIdentical) {
    QTemporaryDir dir;
    MainWindow w;
    // A directory named like the target: the write must fail, the rest stay untouched.
    const QString blocked = dir.filePath(QStringLiteral("taken.png"));
    ASSERT_TRUE(QDir().mkpath(blocked));
    EXPECT_FALSE(w.exportImageTo(blocked, QSize(320, 200), 1.0, false));
    const QString missing_dir = dir.filePath(QStringLiteral("no/such/dir/x.csv"));
    EXPECT_FALSE(w.exportDataTo(missing_dir, false));
    EXPECT_FALSE(QFile::exists(missing_dir));
    // An unknown extension is refused before anything is written.
    const QString existing = dir.filePath(QStringLiteral("keep.txt"));
    ASSERT_NO_FATAL_FAILURE(write_all(existing, "precious"));
    EXPECT_FALSE(w.exportImageTo(existing, QSize(320, 200), 1.0, false));
    EXPECT_EQ(read_all(existing), QByteArray("precious"));
}

TEST(MainWindow, ExportDataFollowsTheVisibleTab) {
    QTemporaryDir dir;
    MainWindow w;
    const QString curves = dir.filePath(QStringLiteral("curves.csv"));
    ASSERT_TRUE(w.exportDataTo(curves, false));
    EXPECT_TRUE(read_all(curves).startsWith("x,sigmoid,sigmoid_derivative,tanh"));
    child<QTabWidget>(w, "viewTabs")->setCurrentIndex(1);
    const QString softmax = dir.filePath(QStringLiteral("softmax.csv"));
    ASSERT_TRUE(w.exportDataTo(softmax, false));
    EXPECT_TRUE(read_all(softmax).startsWith("index,class,logit,probability"));
}

TEST(MainWindow, LastViewIsRestoredFromSettings) {
    CurvesState curves;
    curves.curves = {{ActivationId::Mish, {}}, {ActivationId::Softplus, {2.5, 0.0}}};
    curves.xmin = -4.0;
    curves.xmax = 6.0;
    curves.selected = 1;
    SoftmaxState softmax;
    softmax.logits = {0.5, -1.0, 2.0, 4.0};
    softmax.classes = {"a", "b", "c", "d"};
    softmax.temperature = 2.0;
    {
        MainWindow w;
        w.view<activa::ui::CurvesView>()->setState(curves);
        w.view<activa::ui::SoftmaxView>()->setState(softmax);
        child<QTabWidget>(w, "viewTabs")->setCurrentIndex(1);
        w.close(); // saves
    }
    MainWindow again;
    EXPECT_EQ(again.view<activa::ui::CurvesView>()->state(), curves);
    EXPECT_EQ(again.view<activa::ui::SoftmaxView>()->state(), softmax);
    EXPECT_EQ(child<QTabWidget>(again, "viewTabs")->currentIndex(), 1);
}

TEST(MainWindow, SpanishTranslationLoadsAndChangesTheMenus) {
    EnglishAfterwards restore;
    ASSERT_TRUE(MainWindow::installLanguage(QStringLiteral("es")));
    MainWindow w;
    EXPECT_NE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    EXPECT_NE(child<QTabWidget>(w, "viewTabs")->tabText(0), QStringLiteral("&Curves"));
    // Core texts are translated too.
    EXPECT_NE(QCoreApplication::translate("core", "Sigmoid (logistic)"),
              QStringLiteral("Sigmoid (logistic)"));
    // Numbers in the window follow the locale: a decimal comma in Spanish.
    EXPECT_EQ(QLocale().toString(0.5), QStringLiteral("0,5"));
}

TEST(MainWindow, LanguageSwitchKeepsTheView) {
    EnglishAfterwards restore;
    MainWindow w;
    CurvesState s;
    s.curves = {{ActivationId::Elu, {0.5, 0.0}}};
    w.view<activa::ui::CurvesView>()->setState(s);
    w.setLanguage(QStringLiteral("es"));
    EXPECT_EQ(w.view<activa::ui::CurvesView>()->state().curves.front().params[0], 0.5);
    EXPECT_NE(child<QTabWidget>(w, "viewTabs")->tabText(0), QStringLiteral("&Curves"));
    w.setLanguage(QStringLiteral("en"));
    EXPECT_EQ(child<QTabWidget>(w, "viewTabs")->tabText(0), QStringLiteral("&Curves"));
}

// In place: the same widgets, their zoom, splitter sizes, selection and the wizard's step stay.
TEST(MainWindow, LanguageSwitchRetranslatesInPlace) {
    EnglishAfterwards restore;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    CurvesView* curves = w.view<activa::ui::CurvesView>();
    curves->zoomIn();
    curves->pan(0.1, 0.0);
    QCPAxis* x = curves->plotter().value_rect()->axis(QCPAxis::atBottom);
    const QCPRange zoomed = x->range();
    auto* splitter = curves->findChild<QSplitter*>();
    ASSERT_NE(splitter, nullptr);
    splitter->setSizes({250, 900, 250});
    const QList<int> sizes = splitter->sizes();
    auto* wizard = w.findChild<WizardView*>();
    ASSERT_NE(wizard, nullptr);
    wizard->answer(QStringLiteral("cnn"));
    wizard->next();
    ASSERT_EQ(wizard->step(), WizardView::ProblemStep);
    const auto* next = child<QPushButton>(*wizard, "nextButton");
    const QString next_english = next->text();

    w.setLanguage(QStringLiteral("es"));
    QCoreApplication::processEvents(); // LanguageChange is posted
    EXPECT_EQ(w.view<activa::ui::CurvesView>(), curves);
    EXPECT_EQ(curves->plotter().value_rect()->axis(QCPAxis::atBottom)->range(), zoomed);
    EXPECT_EQ(splitter->sizes(), sizes);
    EXPECT_EQ(wizard->step(), WizardView::ProblemStep);
    EXPECT_NE(next->text(), next_english);
    auto* tabs = child<QTabWidget>(w, "viewTabs");
    EXPECT_NE(tabs->tabText(0), QStringLiteral("&Curves"));
    EXPECT_NE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    EXPECT_NE(tabs->tabText(3), QStringLiteral("&Gradient flow"));
    EXPECT_NE(tabs->tabText(4), QStringLiteral("&Training"));
}

TEST(Translations, SpanishHasNoUnfinishedEntries) {
    const QByteArray ts = read_all(QStringLiteral(ACTIVA_TS_FILE));
    ASSERT_FALSE(ts.isEmpty());
    EXPECT_GT(ts.count("<message>"), 300);
    EXPECT_EQ(ts.count("type=\"unfinished\""), 0);
    EXPECT_EQ(ts.count("type=\"vanished\""), 0);
    EXPECT_EQ(ts.count("type=\"obsolete\""), 0);
}

// Saved as things change: a window that is never closed (killed, crashed) still comes back with
// its curves, their zoom and the wizard's answers and step.
TEST(MainWindow, ChangesAreSavedWithoutQuitting) {
    QSettings().clear();
    CurvesState curves;
    curves.curves = {{ActivationId::Gelu, {}}, {ActivationId::Selu, {}}};
    std::vector<double> zoomed;
    {
        MainWindow w;
        w.resize(1400, 900);
        w.view<activa::ui::CurvesView>()->setState(curves);
        w.view<activa::ui::CurvesView>()->zoomIn();
        zoomed = w.view<activa::ui::CurvesView>()->viewRanges();
        auto* wizard = w.findChild<WizardView*>();
        wizard->answer(QStringLiteral("rnn"));
        wizard->next();
        wizard->answer(QStringLiteral("classification"));
        wizard->next();
        ASSERT_EQ(wizard->step(), WizardView::ClassificationStep);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 1500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        // No close(): the window goes away as if the process had been killed.
        QSettings s;
        ASSERT_TRUE(s.contains(QStringLiteral("wizard/step")));
    }
    MainWindow again;
    again.resize(1400, 900);
    EXPECT_EQ(again.view<activa::ui::CurvesView>()->state().curves, curves.curves);
    EXPECT_EQ(again.view<activa::ui::CurvesView>()->viewRanges(), zoomed);
    auto* wizard = again.findChild<WizardView*>();
    EXPECT_EQ(wizard->step(), WizardView::ClassificationStep);
    EXPECT_EQ(wizard->answers().network, activa::NetworkType::Rnn);
    EXPECT_EQ(wizard->answers().classification, true);
}

namespace {
QAction* action_named(const QList<QAction*>& actions, const QString& text) {
    for (QAction* a : actions)
        if (a->text().remove(QLatin1Char('&')) == text) return a;
    return nullptr;
}
} // namespace

TEST(MainWindow, CtrlCCopiesSelectedTextAndThePictureHasItsOwnShortcut) {
    MainWindow w;
    w.show();
    QAction* copy_image = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Copy image")) copy_image = a;
    ASSERT_NE(copy_image, nullptr);
    EXPECT_NE(copy_image->shortcut(), QKeySequence(QKeySequence::Copy));
    EXPECT_EQ(copy_image->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));

    auto* filter = child<QLineEdit>(*w.view<activa::ui::CurvesView>(), "functionFilter");
    filter->setText(QStringLiteral("sigmoid"));
    filter->setFocus();
    filter->selectAll();
    QApplication::clipboard()->clear();
    QTest::keyClick(filter, Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("sigmoid"));
    EXPECT_TRUE(QApplication::clipboard()->image().isNull());
}

TEST(MainWindow, EveryPictureHasARightClickMenu) {
    MainWindow w;
    QMenu* menu = w.pictureMenu(&w);
    for (const char* entry :
         {"Fit y axes", "Reset view", "Back", "Forward", "Derivative", "Logarithmic |f′|",
          "Copy image", "Export image…", "Export data…", "Print…"})
        EXPECT_NE(action_named(menu->actions(), QString::fromUtf8(entry)), nullptr) << entry;
    delete menu;
    child<QTabWidget>(w, "viewTabs")->setCurrentWidget(w.view<activa::ui::SoftmaxView>());
    menu = w.pictureMenu(&w);
    EXPECT_EQ(action_named(menu->actions(), QStringLiteral("Fit y axes")), nullptr);
    EXPECT_NE(action_named(menu->actions(), QStringLiteral("Copy image")), nullptr);
    delete menu;
    for (QCustomPlot* plot : w.findChildren<QCustomPlot*>())
        EXPECT_EQ(plot->contextMenuPolicy(), Qt::CustomContextMenu);
}

TEST(MainWindow, PrintsTheCurrentPicture) {
    QTemporaryDir dir;
    MainWindow w;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString file = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(file);
    ASSERT_TRUE(w.printTo(&printer));
    const QByteArray pdf = read_all(file);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 5000);
}

TEST(MainWindow, AxisTicksFollowTheLanguage) {
    EnglishAfterwards restore;
    MainWindow w;
    w.setLanguage(QStringLiteral("es"));
    for (QCustomPlot* plot : w.findChildren<QCustomPlot*>()) {
        EXPECT_EQ(plot->locale().decimalPoint(), QStringLiteral(","));
        EXPECT_TRUE(plot->locale().numberOptions() & QLocale::OmitGroupSeparator);
    }
    w.setLanguage(QStringLiteral("en"));
    EXPECT_EQ(w.view<activa::ui::CurvesView>()->plot()->locale().decimalPoint(),
              QStringLiteral("."));
}

// The labs' settings and the curves hidden from the legend come back at the next start (the
// depth came back as 20, whatever it had been).
TEST(MainWindow, LabSettingsAndHiddenCurvesAreRestored) {
    QSettings().clear();
    GradFlowState gradflow;
    gradflow.depth = 50;
    gradflow.width = 32;
    gradflow.curves = {{ActivationId::Tanh, InitScheme::GlorotNormal}};
    TrainingState race;
    race.settings.dataset = DatasetId::Circle;
    race.settings.optimizer = Optimizer::Sgd;
    race.settings.epochs = 120;
    race.race = {{ActivationId::Elu, std::nullopt}, {ActivationId::Relu, std::nullopt}};
    CurvesState curves;
    curves.curves = {{ActivationId::Relu, {}}, {ActivationId::Tanh, {}}};
    {
        MainWindow w;
        w.view<activa::ui::GradFlowView>()->setState(gradflow);
        w.view<activa::ui::TrainingView>()->setState(race);
        w.view<activa::ui::TrainingView>()->setPace(0);
        w.view<activa::ui::CurvesView>()->setState(curves);
        w.view<activa::ui::CurvesView>()->setCurveHidden(ActivationId::Tanh, true);
        w.close();
    }
    MainWindow again;
    EXPECT_EQ(again.view<activa::ui::GradFlowView>()->state(), gradflow);
    EXPECT_EQ(again.view<activa::ui::TrainingView>()->state(), race);
    EXPECT_EQ(again.view<activa::ui::TrainingView>()->pace(), 0);
    EXPECT_TRUE(again.view<activa::ui::CurvesView>()->plotter().is_hidden(ActivationId::Tanh));
    EXPECT_FALSE(again.view<activa::ui::CurvesView>()->plotter().is_hidden(ActivationId::Relu));
}

// The About box names the article in the reader's language too, with its English title.
TEST(MainWindow, TheAboutBoxNamesTheArticleInSpanish) {
    EnglishAfterwards restore;
    MainWindow::installLanguage(QStringLiteral("es"));
    MainWindow w;
    w.show();
    QAction* about = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QStringLiteral("&Acerca de Activa")) about = a;
    ASSERT_NE(about, nullptr);
    QString text;
    QTimer reader;
    reader.setInterval(10);
    QObject::connect(&reader, &QTimer::timeout, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) return;
        text = box->text();
        box->accept();
    });
    reader.start();
    about->trigger();
    EXPECT_TRUE(text.contains(
        QStringLiteral("«Cómo elegir una función de activación para el aprendizaje profundo»")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("<i>How to Choose an Activation Function for Deep Learning</i>")));
}
