// SPDX-License-Identifier: MIT
#include "mainwindow.hpp"

#include "common/exportdialog.hpp"
#include "common/exporter.hpp"
#include "common/guide.hpp"
#include "common/lookactions.hpp"
#include "common/picture.hpp"
#include "common/plotstyle.hpp"
#include "common/settings.hpp"
#include "curves/curvesview.hpp"
#include "gradflow/gradflowview.hpp"
#include "softmax/softmaxview.hpp"
#include "training/trainingview.hpp"
#include "wizard/wizardview.hpp"

#include <activa/version.hpp>
#include <qcustomplot.h>

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGraphicsView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace activa::ui {
namespace {

constexpr int kSaveDelayMs = 800;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/activa.svg")));
    m_lastDir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!QDir(m_lastDir).exists()) m_lastDir = QDir::homePath(); // not every system has one
    LookActions::restore();
    buildUi();
    restoreSettings();
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveSettings);
    const auto later = [this] { m_saveTimer->start(); };
    connect(m_curves, &CurvesView::stateChanged, this, later);
    connect(m_curves, &CurvesView::viewChanged, this, later);
    connect(m_softmax, &SoftmaxView::stateChanged, this, later);
    connect(m_wizard, &WizardView::changed, this, later);
    connect(m_gradflow, &GradFlowView::stateChanged, this, later);
    connect(m_training, &TrainingView::stateChanged, this, later);
    // A legend click hides or shows a curve.
    connect(m_curves->plot(), &QCustomPlot::legendClick, this, later);
    connect(m_tabs, &QTabWidget::currentChanged, this, later);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi() {
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_curves = new CurvesView(m_tabs);
    m_softmax = new SoftmaxView(m_tabs);
    m_wizard = new WizardView(m_tabs);
    m_gradflow = new GradFlowView(m_tabs);
    m_training = new TrainingView(m_tabs);
    for (QWidget* view : {static_cast<QWidget*>(m_curves), static_cast<QWidget*>(m_softmax),
                          static_cast<QWidget*>(m_wizard), static_cast<QWidget*>(m_gradflow),
                          static_cast<QWidget*>(m_training)})
        m_tabs->addTab(view, QString());
    connect(m_wizard, &WizardView::showInExplorer, this,
            [this](const CurvesState& curves, const std::optional<SoftmaxState>& softmax) {
                // The recipe replaces the user's own curves (and logits), so what was there is
                // kept and an Undo button in the status bar brings it back.
                const CurvesState old_curves = m_curves->state();
                const SoftmaxState old_softmax = m_softmax->state();
                m_curves->setState(curves);
                if (softmax) m_softmax->setState(*softmax);
                m_tabs->setCurrentWidget(softmax ? static_cast<QWidget*>(m_softmax) : m_curves);

                // A button that says its texts again in a new language.
                struct UndoButton : QToolButton {
                    using QToolButton::QToolButton;
                    void retranslate() {
                        setText(MainWindow::tr("Undo “Show in explorer”"));
                        setShortcut(QKeySequence::Undo); // after the text, which sets a mnemonic
                        setToolTip(
                            MainWindow::tr("Bring back the curves and logits you had before (%1)")
                                .arg(QKeySequence(QKeySequence::Undo)
                                         .toString(QKeySequence::NativeText)));
                    }
                    void changeEvent(QEvent* event) override {
                        QToolButton::changeEvent(event);
                        if (event->type() == QEvent::LanguageChange) retranslate();
                    }
                };
                auto* undo = statusBar()->findChild<UndoButton*>(QStringLiteral("undoExplorer"));
                if (!undo) {
                    undo = new UndoButton(statusBar());
                    undo->setObjectName(QStringLiteral("undoExplorer"));
                    undo->retranslate();
                    auto* expiry = new QTimer(undo);
                    expiry->setObjectName(QStringLiteral("undoExpiry"));
                    expiry->setSingleShot(true);
                    expiry->setInterval(60000);
                    connect(expiry, &QTimer::timeout, undo, &QWidget::hide);
                    statusBar()->addPermanentWidget(undo);
                }
                QObject::disconnect(undo, &QToolButton::clicked, nullptr, nullptr);
                connect(undo, &QToolButton::clicked, this, [=, this] {
                    m_curves->setState(old_curves);
                    if (softmax) m_softmax->setState(old_softmax);
                    undo->hide();
                    statusBar()->showMessage(tr("The curves you had before are back."), 8000);
                });
                undo->show();
                undo->findChild<QTimer*>(QStringLiteral("undoExpiry"))->start();
                statusBar()->showMessage(
                    tr("The recipe replaced your curves; Undo brings them back."), 15000);
            });
    connect(m_wizard, &WizardView::tryTraining, this, [this](const TrainingState& race) {
        m_training->setState(race);
        m_tabs->setCurrentWidget(m_training);
        m_training->play();
    });
    setCentralWidget(m_tabs);
    // Every picture has the same right-click menu: the view's own entries, then copy, export and
    // print.
    for (int i = 0; i < m_tabs->count(); ++i) {
        QList<QWidget*> surfaces;
        for (QCustomPlot* plot : m_tabs->widget(i)->findChildren<QCustomPlot*>()) {
            follow_screen_style(plot); // the dataset preview as much as the plots
            surfaces << plot;
        }
        for (QGraphicsView* chart : m_tabs->widget(i)->findChildren<QGraphicsView*>())
            surfaces << chart;
        for (QWidget* surface : surfaces) {
            surface->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(surface, &QWidget::customContextMenuRequested, this,
                    [this, surface](const QPoint& pos) {
                        QMenu* menu = pictureMenu(this);
                        menu->setAttribute(Qt::WA_DeleteOnClose);
                        menu->popup(surface->mapToGlobal(pos));
                    });
        }
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showHint);
    retranslate();
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Activa — activation functions explained"));
    const auto set_tab = [this](QWidget* view, const QString& text, const QString& tip) {
        const int tab = m_tabs->indexOf(view);
        m_tabs->setTabText(tab, text);
        m_tabs->setTabToolTip(tab, tip);
    };
    set_tab(m_curves, tr("&Curves"), tr("Activation functions and their derivatives"));
    set_tab(m_softmax, tr("&Softmax"), tr("How softmax turns logits into probabilities"));
    set_tab(m_wizard, tr("&Wizard"), tr("Walk the article's two flowcharts to a layer recipe"));
    set_tab(m_gradflow, tr("&Gradient flow"),
            tr("How the gradient shrinks or holds through a deep network"));
    set_tab(m_training, tr("&Training"),
            tr("Race activations on a small network and watch them learn"));
    // Axis ticks write numbers as the language does, without group separators.
    QLocale numbers;
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    for (QCustomPlot* plot : findChildren<QCustomPlot*>()) {
        plot->setLocale(numbers);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    buildMenus();
    showHint();
}

void MainWindow::showHint() {
    // A hint for the visible tab, until the user's own actions report something.
    QString hint;
    if (m_tabs->currentWidget() == m_curves)
        hint = tr("Check functions on the left to compare them; move the mouse over the plot to "
                  "read values.");
    else if (m_tabs->currentWidget() == m_softmax)
        hint = tr("Edit the logits or drag the temperature to see the probabilities change.");
    else if (m_tabs->currentWidget() == m_wizard)
        hint = tr("Answer the questions, or click an answer in the diagrams.");
    else if (m_tabs->currentWidget() == m_gradflow)
        hint = tr("Add activations and change the depth to see which gradients survive.");
    else if (m_tabs->currentWidget() == m_training)
        hint = tr("Check activations, press Play and watch which network learns; change a "
                  "setting to start again.");
    statusBar()->showMessage(hint, 10000);
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

void MainWindow::buildMenus() {
    menuBar()->clear();
    for (QToolBar* old : findChildren<QToolBar*>())
        delete old;

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* export_image = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                            tr("&Export image…"), this, &MainWindow::exportImage);
    export_image->setShortcut(tr("Ctrl+E"));
    export_image->setStatusTip(tr("Save the current picture as PNG, JPEG, PDF or SVG"));
    QAction* export_data = file->addAction(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")),
                                           tr("Export d&ata…"), this, &MainWindow::exportData);
    export_data->setShortcut(tr("Ctrl+Shift+E"));
    export_data->setStatusTip(tr("Save what is plotted as CSV"));
    // Ctrl+C stays with the focused widget: selected text, selected cells.
    QAction* copy = file->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                                    tr("&Copy image"), this, &MainWindow::copyImage);
    copy->setShortcut(tr("Ctrl+Shift+C"));
    copy->setStatusTip(tr("Copy the current picture to the clipboard"));
    QAction* print = file->addAction(QIcon::fromTheme(QStringLiteral("document-print")),
                                     tr("&Print…"), this, &MainWindow::print);
    print->setShortcut(QKeySequence::Print);
    print->setStatusTip(tr("Print the current picture"));
    m_pictureActions = {copy, export_image, export_data, print};
    file->addSeparator();
    QAction* quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Close Activa"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* curves_tab =
        view->addAction(tr("&Curves"), this, [this] { m_tabs->setCurrentWidget(m_curves); });
    curves_tab->setShortcut(tr("Ctrl+1"));
    QAction* softmax_tab =
        view->addAction(tr("&Softmax"), this, [this] { m_tabs->setCurrentWidget(m_softmax); });
    softmax_tab->setShortcut(tr("Ctrl+2"));
    QAction* wizard_tab =
        view->addAction(tr("&Wizard"), this, [this] { m_tabs->setCurrentWidget(m_wizard); });
    wizard_tab->setShortcut(tr("Ctrl+3"));
    QAction* gradflow_tab = view->addAction(tr("&Gradient flow"), this,
                                            [this] { m_tabs->setCurrentWidget(m_gradflow); });
    gradflow_tab->setShortcut(tr("Ctrl+4"));
    QAction* training_tab =
        view->addAction(tr("&Training"), this, [this] { m_tabs->setCurrentWidget(m_training); });
    training_tab->setShortcut(tr("Ctrl+5"));
    view->addSeparator();
    QAction* zoom_in = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &in"),
                                       m_curves, &CurvesView::zoomIn);
    zoom_in->setShortcut(QKeySequence::ZoomIn);
    zoom_in->setStatusTip(tr("Zoom into the curves"));
    QAction* zoom_out = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")),
                                        tr("Zoom &out"), m_curves, &CurvesView::zoomOut);
    zoom_out->setShortcut(QKeySequence::ZoomOut);
    zoom_out->setStatusTip(tr("Zoom out of the curves"));
    QAction* reset = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-original")),
                                     tr("&Reset view"), m_curves, &CurvesView::resetView);
    reset->setShortcut(tr("Ctrl+0"));
    reset->setStatusTip(tr("Back to the typed range and fit the y axes"));
    view->addAction(m_curves->backAction());
    view->addAction(m_curves->forwardAction());
    view->addSeparator();
    LookActions::addTo(view);
    for (QAction* a : {zoom_in, zoom_out, reset}) {
        connect(m_tabs, &QTabWidget::currentChanged, a,
                [this, a] { a->setEnabled(m_tabs->currentWidget() == m_curves); });
        a->setEnabled(m_tabs->currentWidget() == m_curves);
    }

    buildLanguageMenu();
    buildHelpMenu();

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    for (QAction* a : {export_image, export_data, copy})
        bar->addAction(a);
    bar->addSeparator();
    for (QAction* a : {zoom_in, zoom_out, reset})
        bar->addAction(a);
    for (QAction* a : bar->actions())
        if (!a->isSeparator())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(
                a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                a->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::buildHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(
        QIcon::fromTheme(QStringLiteral("help-contents")), tr("&Guide"), this, [this] {
            // One guide window, kept open beside the main one, at the section of the visible tab.
            auto* window = findChild<Guide*>();
            if (!window) window = new Guide(this);
            const QWidget* tab = m_tabs->currentWidget();
            window->showSection(tab == m_softmax    ? Guide::kSoftmax
                                : tab == m_wizard   ? Guide::kWizard
                                : tab == m_gradflow ? Guide::kGradientFlow
                                : tab == m_training ? Guide::kTraining
                                                    : Guide::kCurves);
        });
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("What each view shows, the mouse and keyboard, the command line"));
    help->addSeparator();
    help->addAction(tr("&About Activa"), this, [this] {
        // The article is in English: another language names it in its own words, with the
        // title a reader would search for.
        const QString article =
            tr("<i>How to Choose an Activation Function for Deep Learning</i>",
               "the article's title; translated, followed by the original in italics");
        QMessageBox::about(
            this, tr("About Activa"),
            tr("<h3>Activa %1</h3><p>Choose and understand activation functions for neural "
               "networks: curves and gradients, softmax, and the two decisions of the article "
               "%2.</p><p>Values follow PyTorch's conventions and are exact to 1e-12.</p>")
                .arg(QStringLiteral(ACTIVA_VERSION), article));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QMenu* MainWindow::pictureMenu(QWidget* parent) {
    auto* menu = new QMenu(parent);
    if (m_tabs->currentWidget() == m_curves) {
        menu->addActions(m_curves->viewActions());
        menu->addSeparator();
    }
    menu->addActions(m_pictureActions);
    return menu;
}

void MainWindow::print() {
    QPrinter printer(QPrinter::HighResolution);
    // A wide picture fills a page turned on its side.
    const QSize size = currentPicture()->pictureSize();
    printer.setPageOrientation(size.width() > size.height() ? QPageLayout::Landscape
                                                            : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print picture"));
    if (dialog.exec() != QDialog::Accepted) return;
    if (!printTo(&printer)) {
        QMessageBox::warning(this, tr("Print failed"), tr("The printer could not be started."));
        return;
    }
    statusBar()->showMessage(tr("Sent to the printer"), 5000);
}

bool MainWindow::printTo(QPrinter* printer) {
    return print_picture(*currentPicture(), printer);
}

Picture* MainWindow::currentPicture() const {
    return dynamic_cast<Picture*>(m_tabs->currentWidget());
}

QString MainWindow::suggestedName(const QString& extension) const {
    return QDir(m_lastDir).filePath(currentPicture()->fileStem() + QLatin1Char('.') + extension);
}

bool MainWindow::writeImage(const QString& file_name, QSize size, double scale, QString* error) {
    ImageFormat format = ImageFormat::Png;
    bool ok = image_format_for(file_name, &format);
    if (!ok)
        *error = tr("“%1” does not end in .png, .jpg, .pdf or .svg.").arg(file_name);
    else
        ok = export_image(*currentPicture(), file_name, format, size, scale, error);
    if (!ok) {
        statusBar()->showMessage(tr("Export failed: %1").arg(*error), 10000);
        return false;
    }
    // The next export starts in the folder of the last one written, never in one that failed.
    m_lastDir = QFileInfo(file_name).absolutePath();
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(file_name)), 8000);
    return true;
}

bool MainWindow::exportImageTo(const QString& file_name, QSize size, double scale,
                               bool show_errors) {
    QString error;
    if (writeImage(file_name, size, scale, &error)) return true;
    if (show_errors) QMessageBox::warning(this, tr("Export failed"), error);
    return false;
}

bool MainWindow::exportDataTo(const QString& file_name, bool show_errors) {
    QString error;
    if (!export_data(*currentPicture(), file_name, &error)) {
        if (show_errors) QMessageBox::warning(this, tr("Export failed"), error);
        statusBar()->showMessage(tr("Export failed: %1").arg(error), 10000);
        return false;
    }
    m_lastDir = QFileInfo(file_name).absolutePath();
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(file_name)), 8000);
    return true;
}

void MainWindow::exportImage() {
    ExportDialog dialog(suggestedName(QStringLiteral("png")), currentPicture()->pictureSize(),
                        this);
    dialog.setExport([this](const ExportDialog& d, QString* error) {
        return writeImage(d.fileName(), d.imageSize(), d.scale(), error);
    });
    dialog.exec();
}

void MainWindow::exportData() {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export data"), suggestedName(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (file.isEmpty()) return;
    exportDataTo(file, true);
}

void MainWindow::copyImage() {
    const qreal ratio = devicePixelRatioF();
    Picture* picture = currentPicture();
    const QSize size = picture->pictureSize();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    {
        QCPPainter painter(&image);
        picture->paintPicture(&painter, size, false);
    }
    QApplication::clipboard()->setImage(image);
    statusBar()->showMessage(tr("Image copied to the clipboard"), 5000);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    event->accept();
}

} // namespace activa::ui
