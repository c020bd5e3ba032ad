// SPDX-License-Identifier: MIT
#include "mainwindow.hpp"

#include "common/exportdialog.hpp"
#include "common/exporter.hpp"
#include "common/guide.hpp"
#include "common/lookactions.hpp"
#include "common/palette.hpp"
#include "common/picture.hpp"
#include "common/plotstyle.hpp"
#include "common/settings.hpp"
#include "common/undonotice.hpp"
#include "common/view.hpp"
#include "curves/curvesview.hpp"
#include "functions/functionsdialog.hpp"
#include "functions/typedstore.hpp"
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

// Every view of the window, in the order of its tabs: the one list a new view joins.
std::vector<View*> make_views(QWidget* parent) {
    return {new CurvesView(parent), new SoftmaxView(parent), new WizardView(parent),
            new GradFlowView(parent), new TrainingView(parent)};
}

// A menu's action with the desktop theme's icon, its shortcut and its tip in the status bar.
template <typename Receiver, typename Slot>
QAction* add_action(QMenu* menu, const char* icon, const QString& text, const Receiver* receiver,
                    Slot slot, const QKeySequence& shortcut, const QString& tip) {
    QAction* action =
        menu->addAction(QIcon::fromTheme(QString::fromLatin1(icon)), text, receiver, slot);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    return action;
}

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
    for (View* v : m_views)
        v->onChanged(this, later);
    connect(&FunctionsChanged::instance(), &FunctionsChanged::changed, this, later);
    connect(m_tabs, &QTabWidget::currentChanged, this, later);
}

MainWindow::~MainWindow() = default;

View* MainWindow::currentView() const {
    for (View* v : m_views)
        if (v->widget() == m_tabs->currentWidget()) return v;
    return m_views.front();
}

void MainWindow::buildUi() {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_views = make_views(m_tabs);
    for (View* v : m_views)
        m_tabs->addTab(v->widget(), QString());
    connectViews();
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

void MainWindow::connectViews() {
    auto* wizard = view<WizardView>();
    auto* curves = view<CurvesView>();
    auto* softmax = view<SoftmaxView>();
    auto* training = view<TrainingView>();
    connect(wizard, &WizardView::showInExplorer, this,
            [=, this](const CurvesState& shown, const std::optional<SoftmaxState>& logits) {
                // The recipe replaces the user's own curves (and logits): an Undo button in the
                // status bar brings back what was there.
                const CurvesState old_curves = curves->state();
                const SoftmaxState old_softmax = softmax->state();
                curves->setState(shown);
                if (logits) softmax->setState(*logits);
                m_tabs->setCurrentWidget(logits ? static_cast<QWidget*>(softmax) : curves);
                UndoNotice::offer(statusBar(), [=, this] {
                    curves->setState(old_curves);
                    if (logits) softmax->setState(old_softmax);
                    statusBar()->showMessage(tr("The curves you had before are back."), 8000);
                });
                statusBar()->showMessage(
                    tr("The recipe replaced your curves; Undo brings them back."), 15000);
            });
    connect(wizard, &WizardView::tryTraining, this, [=, this](const TrainingState& race) {
        training->setState(race);
        m_tabs->setCurrentWidget(training);
        training->play();
    });
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Activa — activation functions explained"));
    for (View* v : m_views) {
        const int tab = m_tabs->indexOf(v->widget());
        m_tabs->setTabText(tab, v->texts().title);
        m_tabs->setTabToolTip(tab, v->texts().tabTip);
    }
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
    statusBar()->showMessage(currentView()->texts().hint, 10000);
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
    QAction* export_image =
        add_action(file, "document-save-as", tr("&Export image…"), this, &MainWindow::exportImage,
                   tr("Ctrl+E"), tr("Save the current picture as PNG, JPEG, PDF or SVG"));
    QAction* export_data =
        add_action(file, "x-office-spreadsheet", tr("Export d&ata…"), this, &MainWindow::exportData,
                   tr("Ctrl+Shift+E"), tr("Save what is plotted as CSV"));
    // Ctrl+C stays with the focused widget: selected text, selected cells.
    QAction* copy = add_action(file, "edit-copy", tr("&Copy image"), this, &MainWindow::copyImage,
                               tr("Ctrl+Shift+C"), tr("Copy the current picture to the clipboard"));
    QAction* print = add_action(file, "document-print", tr("&Print…"), this, &MainWindow::print,
                                QKeySequence::Print, tr("Print the current picture"));
    m_pictureActions = {copy, export_image, export_data, print};
    file->addSeparator();
    add_action(file, "application-exit", tr("&Quit"), this, &QWidget::close, QKeySequence::Quit,
               tr("Close Activa"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        View* v = m_views[i];
        QAction* tab = view->addAction(v->texts().title, this,
                                       [this, v] { m_tabs->setCurrentWidget(v->widget()); });
        tab->setShortcut(QKeySequence(tr("Ctrl+%1").arg(i + 1)));
    }
    // Each view's own actions, enabled while it is shown.
    QList<QAction*> toolbar_actions;
    for (View* v : m_views) {
        if (v->menuActions().isEmpty()) continue;
        view->addSeparator();
        view->addActions(v->menuActions());
        toolbar_actions += v->toolbarActions();
        const auto enable = [this, v] {
            for (QAction* a : v->menuActions() + v->toolbarActions())
                a->setEnabled(currentView() == v);
        };
        connect(m_tabs, &QTabWidget::currentChanged, this, enable);
        enable();
    }
    view->addSeparator();
    LookActions::addTo(view);

    buildFunctionsMenu();
    buildLanguageMenu();
    buildHelpMenu();

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    for (QAction* a : {export_image, export_data, copy})
        bar->addAction(a);
    bar->addSeparator();
    bar->addActions(toolbar_actions);
    for (QAction* a : bar->actions())
        if (!a->isSeparator())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(
                a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                a->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::buildFunctionsMenu() {
    QMenu* functions = menuBar()->addMenu(tr("Functions"));
    QAction* add = add_action(
        functions, "list-add", tr("&New function…"), this,
        [this] {
            if (const auto id = define_new_function(this))
                statusBar()->showMessage(tr("Defined %1: it is in every list of "
                                            "functions, under “Yours”.")
                                             .arg(QString::fromUtf8(info(*id).key)),
                                         10000);
        },
        tr("Ctrl+Shift+N"),
        tr("Type an activation function of your own and get its exact derivative"));
    add->setObjectName(QStringLiteral("newFunctionAction"));
    const auto manage = [this](void (FunctionsDialog::*act)()) {
        FunctionsDialog dialog(this);
        connect(&dialog, &FunctionsDialog::report, this,
                [this](const QString& m) { statusBar()->showMessage(m, 10000); });
        if (act)
            (dialog.*act)();
        else
            dialog.exec();
    };
    QAction* yours =
        functions->addAction(tr("&Your functions…"), this, [manage] { manage(nullptr); });
    yours->setObjectName(QStringLiteral("yourFunctionsAction"));
    yours->setStatusTip(tr("Edit, duplicate or delete your functions"));
    functions->addSeparator();
    QAction* import = functions->addAction(tr("&Import functions…"), this,
                                           [manage] { manage(&FunctionsDialog::importFile); });
    import->setStatusTip(tr("Add the functions of a file someone shared"));
    QAction* save = functions->addAction(tr("E&xport functions…"), this,
                                         [manage] { manage(&FunctionsDialog::exportFile); });
    save->setStatusTip(tr("Save your functions in a small text file to share"));
}

void MainWindow::buildHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = add_action(
        help, "help-contents", tr("&Guide"), this,
        [this] {
            // One guide window, kept open beside the main one, at the section of the visible tab.
            auto* window = findChild<Guide*>();
            if (!window) window = new Guide(this);
            window->showSection(currentView()->texts().guideSection);
        },
        QKeySequence::HelpContents,
        tr("What each view shows, the mouse and keyboard, the command line"));
    guide->setObjectName(QStringLiteral("guideAction"));
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
    if (const QList<QAction*> own = currentView()->contextActions(); !own.isEmpty()) {
        menu->addActions(own);
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
    return &currentView()->picture();
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
