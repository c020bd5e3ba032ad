// SPDX-License-Identifier: MIT
#include "guide.hpp"

#include "common/numbertext.hpp"

#include <activa/curves.hpp>

#include <QDialogButtonBox>
#include <QEvent>
#include <QKeySequence>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace activa::ui {
namespace {

QString section(const QString& anchor, const QString& title) {
    return QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(anchor, title.toHtmlEscaped());
}

// Paragraphs are written as plain sentences; only the few words in <b> are markup.
QString paragraph(const QString& text) {
    return QStringLiteral("<p>%1</p>").arg(text);
}

QString key(const QKeySequence& sequence) {
    return QStringLiteral("<b>%1</b>")
        .arg(sequence.toString(QKeySequence::NativeText).toHtmlEscaped());
}

// One row of a two-column table: a gesture or a key, and what it does.
QString row(const QString& gesture, const QString& meaning) {
    return QStringLiteral("<tr><td style=\"padding-right: 12px\">%1</td><td>%2</td></tr>")
        .arg(gesture, meaning.toHtmlEscaped());
}

QString command(const QString& line, const QString& meaning) {
    return QStringLiteral("<tr><td style=\"padding-right: 12px\"><code>%1</code></td><td>%2</td>"
                          "</tr>")
        .arg(line.toHtmlEscaped(), meaning.toHtmlEscaped());
}

} // namespace

Guide::Guide(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    setModal(false);
    m_browser->setOpenExternalLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(720, 640);
    retranslate();
}

void Guide::showSection(const QString& anchor) {
    m_section = anchor;
    show();
    raise();
    activateWindow();
    if (!anchor.isEmpty()) m_browser->scrollToAnchor(anchor);
}

void Guide::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

void Guide::retranslate() {
    setWindowTitle(tr("Activa guide"));
    m_browser->setToolTip(tr("The guide; F1 opens it at the section of the visible tab"));
    for (QAbstractButton* b : findChildren<QAbstractButton*>())
        b->setToolTip(tr("Close the guide"));
    m_browser->setHtml(html());
    if (!m_section.isEmpty()) m_browser->scrollToAnchor(m_section);
}

QString Guide::html() {
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(tr("Activa guide").toHtmlEscaped());
    h += paragraph(tr("Activa helps you choose an activation function: it draws the functions "
                      "and their slopes, shows what softmax does to a list of scores, walks you "
                      "to a layer recipe and lets you watch gradients and training. Each tab "
                      "below is one view; everything a view draws can be exported with the "
                      "File menu."));

    h += views();
    h += labs();
    h += functions();
    h += gestures();
    h += commandLine();
    return h;
}

QString Guide::views() {
    QString h;
    h += section(kCurves, tr("Curves"));
    h += paragraph(tr("Check functions in the list on the left to draw them; select one to change "
                      "its parameters and read its properties on the right. With "
                      "<b>Derivative</b> on, a second plot below shows each function's slope, "
                      "dashed."));
    h += paragraph(tr("<b>Saturation bands</b>: with Saturation on, grey bands mark where the "
                      "selected function's slope is smaller than %1 in magnitude. An input that "
                      "lands there passes almost no gradient back, so the layer learns slowly: "
                      "this is where vanishing gradients come from. Sigmoid and tanh have wide "
                      "bands on both sides; ReLU has one for every negative input.")
                       .arg(shown_number(kSaturationThreshold)));
    h += paragraph(tr("Move the mouse over the plot to read x, f(x) and f′(x) of every curve at "
                      "once."));
    h += paragraph(tr("Whatever you pan or zoom to is computed, and the x boxes follow. The y axis "
                      "follows the curves as you change parameters until you place it yourself; "
                      "<b>Fit y</b> fits it again. <b>log |f′|</b> draws the slopes on a "
                      "logarithmic axis, where the tiny gradients of saturated sigmoid and tanh "
                      "still show (tanh′(20) ≈ 1.7e-17). Click a legend entry to hide or show its "
                      "curve."));

    h += section(kSoftmax, tr("Softmax"));
    h += paragraph(tr("Type one logit (raw score) per class in the table. The left chart shows "
                      "the softmax probabilities, which add up to 1; the class with the largest "
                      "logit, the argmax, is highlighted. The right chart passes each logit "
                      "through its own sigmoid, as a multilabel output does: those values need "
                      "not add up to 1."));
    h += paragraph(tr("The temperature T divides the logits before softmax: below 1 it sharpens "
                      "the probabilities towards the argmax, above 1 it evens them out. The "
                      "sigmoids do not use T."));

    h += section(kWizard, tr("Wizard"));
    h += paragraph(tr("The wizard asks what kind of network you build and what it predicts, and "
                      "ends with a layer recipe: hidden and output activations, weight "
                      "initialisation, input scaling, label encoding and loss, with Keras and "
                      "PyTorch code."));
    h += paragraph(tr("<b>Reading the flowcharts</b>: each chart starts at the question at the "
                      "top; the arrows are labelled with the answers and end in the "
                      "recommended activation. The path of your answers is drawn thick and "
                      "orange. Click an answer on a chart to choose it."));
    h += paragraph(tr("<b>Show in explorer</b> draws the recommended activations in the Curves "
                      "tab (and the softmax of a multiclass output in the Softmax tab); the "
                      "status bar then offers to undo it. <b>Try it</b> races the recommended "
                      "activation against sigmoid and tanh in the Training tab."));

    return h;
}

QString Guide::labs() {
    QString h;
    h += section(kGradientFlow, tr("Gradient flow"));
    h += paragraph(tr("A deep stack of equal layers is built and just initialised; the plot "
                      "shows, layer by layer, how large the gradient of the loss still is when "
                      "it reaches that layer, on a log scale. A line that falls towards the first "
                      "layer is a vanishing gradient; a flat line means every layer can learn. "
                      "Change the depth, the width or the initialisation to see why ReLU goes "
                      "with He and tanh with Glorot."));

    h += section(kTraining, tr("Training"));
    h += paragraph(tr("Check a few activations and press Play: the same small network is trained "
                      "once per activation on the chosen dataset, from the same start, and the "
                      "curves show which one learns fastest. Changing a setting starts the "
                      "race again."));

    return h;
}

QString Guide::functions() {
    QString h = section(kFunctions, tr("Your own functions"));
    h += paragraph(tr("<b>Functions → New function…</b> lets you type an activation of your own: "
                      "a name, a formula in x such as <code>x*sigmoid(beta*x)</code>, and its "
                      "parameters with their defaults and slider ranges. While you type, its "
                      "curve and its derivative are drawn beside the formula, and the "
                      "derivative's formula is shown: it is exact, worked out from the formula, "
                      "not estimated from nearby points. A mistake is underlined where it is, "
                      "with what went wrong; the last good curve stays drawn until you fix it."));
    h += paragraph(tr("The formula may use + - * / ^, exp, log, sqrt, abs, the trigonometric and "
                      "hyperbolic functions, erf, max, min, <code>where(x &gt; 0, a, b)</code>, "
                      "pi, e, and every built-in activation by its id. Shapes that overflow as "
                      "written, such as log(1 + exp(x)), are computed in a form that stays exact, "
                      "so the curve is right at x = 800 too."));
    h += paragraph(tr("Your function then joins every list under <b>Yours</b>: draw it beside "
                      "the built-ins with its own sliders, bands, kinks and properties, race it "
                      "in Training and watch its gradient in Gradient flow, with the "
                      "initialisation and input scaling you chose for it. <b>Functions → Your "
                      "functions…</b> edits, duplicates and deletes them; they are kept between "
                      "sessions and can be exported to a small text file to share, and imported "
                      "again."));
    return h;
}

QString Guide::gestures() {
    QString h;
    h += section(kGestures, tr("Mouse and keyboard"));
    h += QStringLiteral("<table>");
    h += row(tr("Wheel"), tr("Zoom x around the pointer; y keeps fitting the curves"));
    h += row(tr("Ctrl+wheel"), tr("Zoom y alone; it then stays where you put it"));
    h += row(tr("Drag"), tr("Move the curves"));
    h += row(tr("Shift+drag"), tr("Zoom into the box you draw"));
    h += row(tr("Click or drag a legend"),
             tr("Hide or show a curve; move the legend where it hides nothing you need"));
    h += row(tr("Arrow keys, + and -"), tr("Move and zoom the curves when the plot has the focus"));
    h += row(key(QKeySequence::ZoomIn) + QStringLiteral(", ") + key(QKeySequence::ZoomOut),
             tr("Zoom the curves in and out"));
    h += row(key(QKeySequence(tr("Ctrl+0"))), tr("Back to the typed range, y fitted"));
    h += row(key(QKeySequence::Back) + QStringLiteral(", ") + key(QKeySequence::Forward),
             tr("Back and forward through the views of the curves"));
    h += row(tr("Right-click"), tr("The picture's menu: fit, views, copy, export, print"));
    h += row(tr("Double-click"), tr("Edit a class name or a logit in the softmax table"));
    h += row(key(QKeySequence(tr("F5"))),
             tr("Presentation mode: larger text, thicker lines and markers for a projector"));
    h += row(key(QKeySequence(tr("Ctrl+Shift+D"))), tr("Dark window and plots, or light again"));
    h += row(key(QKeySequence(tr("Ctrl+Shift+L"))), tr("Hide or show the legends"));
    h += row(key(QKeySequence(tr("Ctrl+E"))), tr("Export the picture of the visible tab"));
    h += row(key(QKeySequence(tr("Ctrl+Shift+E"))), tr("Export its data as CSV"));
    h += row(key(QKeySequence(tr("Ctrl+Shift+C"))), tr("Copy the picture to the clipboard"));
    h += row(key(QKeySequence::Print), tr("Print the picture"));
    h += row(key(QKeySequence(tr("Ctrl+Shift+N"))), tr("Type a function of your own"));
    h += row(key(QKeySequence(tr("Ctrl+1"))) + QStringLiteral(" … ") +
                 key(QKeySequence(tr("Ctrl+5"))),
             tr("Go to the first to fifth tab"));
    h += row(key(QKeySequence::Undo), tr("Undo “Show in explorer” while the status bar offers it"));
    h += row(key(QKeySequence::HelpContents), tr("Open this guide at the visible tab"));
    h += QStringLiteral("</table>");

    return h;
}

QString Guide::commandLine() {
    QString h;
    h += section(kCommandLine, tr("Command line"));
    h +=
        paragraph(tr("Everything the window computes is also available in a terminal, without a "
                     "window; numbers are written with a decimal point. <code>activa --help</code> "
                     "and <code>activa COMMAND --help</code> tell the details."));
    h += QStringLiteral("<table>");
    h += command(QStringLiteral("activa list"), tr("The functions: id, name and parameters"));
    h += command(QStringLiteral("activa eval relu --range -10:10:101"),
                 tr("Values and derivatives as CSV"));
    h += command(QStringLiteral("activa softmax 1,3,2 --temperature 0.5"),
                 tr("Softmax probabilities as CSV"));
    h += command(QStringLiteral("activa recommend --network mlp --problem multiclass --classes 10"),
                 tr("The layer recipe of the two flowcharts"));
    h += command(QStringLiteral("activa gradflow --activation sigmoid --depth 20"),
                 tr("The gradient at each layer as CSV"));
    h += command(QStringLiteral("activa train --dataset spiral --activation relu,tanh"),
                 tr("A training race as CSV"));
    h += command(QStringLiteral("activa export --function relu,tanh --output curves.png"),
                 tr("Any picture or its data as a file: PNG, JPEG, PDF, SVG or CSV"));
    h += command(QStringLiteral("activa define 'snake(x, b=1) = x + sin(b*x)^2/b'"),
                 tr("What Activa understands of a function you type: f and f′ as formulas"));
    h += command(QStringLiteral("activa eval snake --define 'snake(x, b=1) = x + sin(b*x)^2/b' "
                                "--param b=0.5 --range -5:5:11"),
                 tr("--define makes a typed function an id on eval, export, gradflow and train"));
    h += QStringLiteral("</table>");
    return h;
}

} // namespace activa::ui
