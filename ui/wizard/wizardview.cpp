// SPDX-License-Identifier: MIT
#include "wizardview.hpp"

#include "common/coretext.hpp"
#include "common/numberbox.hpp"
#include "softmax/softmaxplot.hpp"
#include "wizard/flowchartview.hpp"

#include <activa/snippets.hpp>

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace activa::ui {
namespace {

QString line_label(std::string_view key) {
    if (key == "hidden_activation") return WizardView::tr("Hidden activation");
    if (key == "gate_activation") return WizardView::tr("Gate activation");
    if (key == "weight_init") return WizardView::tr("Weight initialisation");
    if (key == "input_scaling") return WizardView::tr("Input scaling");
    if (key == "output_activation") return WizardView::tr("Output activation");
    if (key == "output_nodes") return WizardView::tr("Output nodes");
    if (key == "label_encoding") return WizardView::tr("Label encoding");
    if (key == "loss") return WizardView::tr("Loss");
    return QString::fromLatin1(key);
}

// The answers leaving a flowchart node, in the diagram's order: the wizard offers exactly what
// the flowchart shows. The explanations go with them, in the same order.
QList<WizardView::Choice> answers_from(const Flowchart& chart, std::string_view node,
                                       const QList<WizardView::Text>& explanations) {
    QList<WizardView::Choice> out;
    for (const FlowEdge& e : chart.edges)
        if (e.from == node)
            out.append({QString::fromLatin1(e.answer),
                        [label = e.label] { return core_text(label); },
                        explanations.value(out.size())});
    return out;
}

// The recipe's table: a row with a setting and its choice, then a row with the reason across
// both columns, where a sentence takes two or three lines even in a narrow panel. It is exactly
// as tall as its rows, with no scroll bar of its own: the page around it scrolls instead.
class RecipeTable : public QTableWidget {
public:
    explicit RecipeTable(QWidget* parent)
        : QTableWidget(0, 2, parent) {
        verticalHeader()->hide();
        verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
        horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        setEditTriggers(QAbstractItemView::NoEditTriggers);
        setWordWrap(true);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
        // The choices' column is stretched after a resize; the rows follow its new width.
        connect(horizontalHeader(), &QHeaderView::sectionResized, this, &RecipeTable::fit);
    }

    void fit() {
        if (m_fitting) return;
        m_fitting = true;
        const int width = viewport()->width();
        // Cells draw their text inside a small margin on each side.
        const int margin =
            2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
        // The settings' column is as wide as the longest setting, within half the width;
        // ResizeToContents would take the reasons below them for its contents.
        int names = horizontalHeader()->sectionSizeHint(0);
        for (int row = 0; row < rowCount(); row += 2)
            if (const QTableWidgetItem* item = this->item(row, 0))
                names = std::max(names, QFontMetrics(item->font()).horizontalAdvance(item->text()) +
                                            margin + 2);
        setColumnWidth(0, std::min(names, width / 2));
        int height = 2 * frameWidth() + horizontalHeader()->sizeHint().height();
        for (int row = 0; row < rowCount(); ++row) {
            const QTableWidgetItem* reason = row % 2 == 1 ? this->item(row, 0) : nullptr;
            if (reason) {
                const QRect text =
                    QFontMetrics(reason->font())
                        .boundingRect(QRect(0, 0, std::max(1, width - margin), 1 << 20),
                                      Qt::TextWordWrap, reason->text());
                setRowHeight(row, text.height() + 6);
            } else {
                resizeRowToContents(row);
            }
            height += rowHeight(row);
        }
        setFixedHeight(height);
        m_fitting = false;
    }

protected:
    void resizeEvent(QResizeEvent* event) override {
        QTableWidget::resizeEvent(event);
        fit();
    }

private:
    bool m_fitting = false;
};

// A recipe's choice in words, with the name the code uses beside it: "Sigmoid (sigmoid)".
QString named(const QString& name, std::string_view id) {
    const QString code = QString::fromStdString(std::string(id));
    return WizardView::tr("%1 (%2)", "a recipe choice: its name, then its name in code")
        .arg(name, code);
}

// An activation's short name: the catalogue's "Sigmoid (logistic)" would read doubled beside
// its id.
QString activation_name(ActivationId id) {
    return id == ActivationId::Sigmoid ? WizardView::tr("Sigmoid") : function_name(id);
}

QString choice_text(const Recipe& r, const RecipeLine& line) {
    const std::string_view key = line.key;
    if (key == "hidden_activation") return named(activation_name(r.hidden), line.value);
    if (key == "gate_activation" && r.gate) return named(activation_name(*r.gate), line.value);
    if (key == "weight_init") {
        switch (r.init) {
        case WeightInit::He:
            return named(WizardView::tr("He uniform"), line.value);
        case WeightInit::Glorot:
            return named(WizardView::tr("Glorot uniform"), line.value);
        case WeightInit::LeCun:
            return named(WizardView::tr("LeCun uniform"), line.value);
        }
    }
    if (key == "input_scaling") {
        switch (r.scaling) {
        case InputScaling::ZeroOne:
            return WizardView::tr("Scaled to [0, 1]");
        case InputScaling::MinusOneOne:
            return WizardView::tr("Scaled to [−1, 1]");
        case InputScaling::Standardised:
            return WizardView::tr("Standardised (mean 0, variance 1)");
        }
    }
    if (key == "output_activation") {
        switch (r.output) {
        case OutputActivation::Linear:
            return named(WizardView::tr("Linear"), line.value);
        case OutputActivation::Sigmoid:
            return named(activation_name(ActivationId::Sigmoid), line.value);
        case OutputActivation::Softmax:
            return named(WizardView::tr("Softmax"), line.value);
        }
    }
    if (key == "output_nodes") return QLocale().toString(r.output_nodes);
    if (key == "label_encoding") {
        switch (r.encoding) {
        case LabelEncoding::Scaled:
            return named(WizardView::tr("Scaled targets"), line.value);
        case LabelEncoding::ZeroOne:
            return named(WizardView::tr("Labels 0 and 1"), line.value);
        case LabelEncoding::OneHot:
            return named(WizardView::tr("One-hot vectors"), line.value);
        case LabelEncoding::MultiHot:
            return named(WizardView::tr("Multi-hot vectors"), line.value);
        }
    }
    if (key == "loss") {
        switch (r.loss) {
        case Loss::MeanSquaredError:
            return named(WizardView::tr("Mean squared error"), line.value);
        case Loss::BinaryCrossentropy:
            return named(WizardView::tr("Binary cross-entropy"), line.value);
        case Loss::CategoricalCrossentropy:
            return named(WizardView::tr("Categorical cross-entropy"), line.value);
        }
    }
    return QString::fromStdString(line.value);
}

QLabel* heading(QWidget* parent) {
    auto* label = new QLabel(parent);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    label->setFont(big);
    label->setWordWrap(true);
    return label;
}

QLabel* wrapped(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

WizardView::WizardView(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_networkGroup(new QButtonGroup(this))
    , m_problemGroup(new QButtonGroup(this))
    , m_kindGroup(new QButtonGroup(this))
    , m_stepLabel(new QLabel(this))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_restart(new QPushButton(this))
    , m_hiddenChart(new FlowchartView(hidden_flowchart(), this))
    , m_outputChart(new FlowchartView(output_flowchart(), this)) {
    m_pages->addWidget(makeChoicePage(
        m_networkGroup, [] { return tr("What kind of network are you building?"); },
        [] {
            return tr("The hidden layers' activation depends on the type of network. All hidden "
                      "layers normally use the same one.");
        },
        answers_from(
            hidden_flowchart(), "network",
            {[] { return tr("Layers of fully connected nodes, for tabular data."); },
             [] { return tr("Convolution and pooling layers, for images and other grids."); },
             [] {
                 return tr("Layers with a memory of earlier steps (LSTM, GRU), for sequences and "
                           "time series.");
             }}) +
            QList<Choice>{{QStringLiteral("not_sure"), [] { return tr("Not sure"); },
                           [] {
                               return tr("Start with ReLU, the modern default, then try a few "
                                         "activations and compare.");
                           }}}));
    m_pages->addWidget(makeChoicePage(
        m_problemGroup, [] { return tr("What does the model predict?"); },
        [] {
            return tr("The output layer's activation depends on the prediction: a number, or a "
                      "class. Predicting a probability is classification, not regression.");
        },
        answers_from(output_flowchart(), "problem",
                     {[] { return tr("A real number, such as a price or a temperature."); },
                      [] { return tr("One or more labels from a fixed set of classes."); }})));
    m_pages->addWidget(makeChoicePage(
        m_kindGroup, [] { return tr("What kind of classification?"); },
        [] {
            return tr("Whether classes exclude each other decides between softmax and "
                      "independent sigmoids.");
        },
        answers_from(
            output_flowchart(), "classification",
            {[] { return tr("Two classes, such as spam or not spam."); },
             [] {
                 return tr("More than two mutually exclusive classes: each example has exactly "
                           "one.");
             },
             [] {
                 return tr("Several classes that can apply at once, such as the tags of a photo.");
             }})));
    m_pages->addWidget(makeClassesPage());
    m_pages->addWidget(makeRecipePage());

    m_tr.add([this] {
        m_back->setText(tr("< &Back"));
        m_back->setToolTip(tr("Go back one step; your answers are kept"));
        m_next->setText(tr("&Next >"));
        m_next->setToolTip(tr("Go to the next step"));
        m_restart->setText(tr("Start &again"));
        m_restart->setToolTip(tr("Clear every answer and start from the first question"));
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restart);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);

    auto* left = new QWidget(this);
    auto* left_layout = new QVBoxLayout(left);
    left_layout->addWidget(m_stepLabel);
    left_layout->addWidget(m_pages, 1);
    left_layout->addLayout(buttons);

    auto* charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_hiddenChart);
    charts->addWidget(m_outputChart);
    m_tr.add([this] {
        m_hiddenChart->setToolTip(tr("How to choose a hidden layer activation: click an answer"));
        m_outputChart->setToolTip(tr("How to choose an output layer activation: click an answer"));
    });

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({700, 800}); // the recipe's reasons need room to read
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    updateColours();
    connect(m_back, &QPushButton::clicked, this, &WizardView::back);
    connect(m_next, &QPushButton::clicked, this, &WizardView::next);
    connect(m_restart, &QPushButton::clicked, this, &WizardView::restart);
    for (QButtonGroup* group : {m_networkGroup, m_problemGroup, m_kindGroup})
        connect(group, &QButtonGroup::buttonClicked, this,
                [this](QAbstractButton* b) { answer(b->property("answer").toString()); });
    // A click on the diagram answers that question and moves on from it.
    for (FlowchartView* chart : {m_hiddenChart, m_outputChart})
        connect(chart, &FlowchartView::answerClicked, this, [this](const QString& key) {
            answer(key);
            const bool network = parse_network(key.toStdString()).has_value();
            const bool problem =
                key == QLatin1String("regression") || key == QLatin1String("classification");
            m_step = network ? NetworkStep : (problem ? ProblemStep : ClassificationStep);
            next();
            refresh();
        });
    refresh();
}

QWidget* WizardView::makeChoicePage(QButtonGroup* group, const Text& title, const Text& why,
                                    const QList<Choice>& choices) {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* titleLabel = heading(page);
    layout->addWidget(titleLabel);
    auto* whyLabel = wrapped(page);
    layout->addWidget(whyLabel);
    m_tr.add([=] {
        titleLabel->setText(title());
        whyLabel->setText(QStringLiteral("<i>%1</i>").arg(why().toHtmlEscaped()));
    });
    layout->addSpacing(8);
    for (int i = 0; i < choices.size(); ++i) {
        const Choice& choice = choices[i];
        auto* radio = new QRadioButton(page);
        radio->setProperty("answer", choice.key);
        QFont f = radio->font();
        f.setBold(true);
        radio->setFont(f);
        group->addButton(radio, i);
        layout->addWidget(radio);
        auto* note = wrapped(page);
        note->setContentsMargins(24, 0, 0, 6);
        layout->addWidget(note);
        m_tr.add([=] {
            radio->setText(choice.label());
            const QString explanation = choice.explanation ? choice.explanation() : QString();
            radio->setToolTip(explanation);
            note->setText(explanation.toHtmlEscaped());
        });
    }
    layout->addStretch(1);
    return page;
}

QWidget* WizardView::makeClassesPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* title = heading(page);
    layout->addWidget(title);
    auto* why = wrapped(page);
    layout->addWidget(why);
    m_classes = new NumberBox(NumberBox::Kind::Integer, page);
    m_classes->setObjectName(QStringLiteral("classesBox"));
    m_classes->setRange(1, static_cast<int>(kMaxClasses));
    m_classes->setValue(3);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(page);
    label->setBuddy(m_classes);
    m_tr.add([=, this] {
        title->setText(tr("How many classes?"));
        why->setText(
            QStringLiteral("<i>%1</i>")
                .arg(tr("The output layer has one node per class, so the count sets its size.")
                         .toHtmlEscaped()));
        m_classes->setToolTipText(tr("Number of classes the model chooses from"));
        m_classes->setAccessibleName(tr("Number of classes"));
        label->setText(tr("C&lasses:"));
    });
    row->addWidget(label);
    row->addWidget(m_classes);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_classes->messageLabel());
    m_classesMessage = wrapped(page);
    QFont bold = m_classesMessage->font();
    bold.setBold(true);
    m_classesMessage->setFont(bold);
    layout->addWidget(m_classesMessage);
    layout->addStretch(1);
    connect(m_classes, &NumberBox::valueChanged, this, [this](double v) {
        if (m_updating) return;
        m_answers.classes = static_cast<unsigned>(v);
        refresh();
    });
    // Until the typed count is taken, Next waits.
    connect(m_classes, &NumberBox::problemChanged, this, &WizardView::refresh);
    return page;
}

QWidget* WizardView::makeRecipePage() {
    // The recipe and its code share the page, a tab each, which takes all the height there is:
    // in a short window (700 px) the code under a long recipe showed a line and a half. The
    // recipe scrolls in its tab, the code in its own; only the buttons below stay put.
    auto* page = new QWidget(this);
    auto* outer = new QVBoxLayout(page);
    auto* title = heading(page);
    outer->addWidget(title);
    m_notSureNote = wrapped(page);
    outer->addWidget(m_notSureNote);

    auto* code_tabs = new QTabWidget(page);
    m_codeTabs = code_tabs;
    auto* scroll = new QScrollArea(code_tabs);
    m_recipeScroll = scroll;
    scroll->setObjectName(QStringLiteral("recipeScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Each setting takes two rows: its name and choice, then the reason across the whole width,
    // where a sentence reads in two or three lines even in a narrow panel.
    m_recipeTable = new RecipeTable(scroll);
    scroll->setWidget(m_recipeTable);
    code_tabs->addTab(scroll, QString());
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit** edit : {&m_keras, &m_pytorch}) {
        *edit = new QPlainTextEdit(code_tabs);
        (*edit)->setReadOnly(true);
        (*edit)->setFont(mono);
        (*edit)->setLineWrapMode(QPlainTextEdit::NoWrap);
        (*edit)->setFrameShape(QFrame::NoFrame);
    }
    code_tabs->addTab(m_keras, QStringLiteral("Keras"));
    code_tabs->addTab(m_pytorch, QStringLiteral("PyTorch"));
    outer->addWidget(code_tabs, 1);

    auto* copy_code = new QPushButton(page);
    copy_code->setObjectName(QStringLiteral("copyCodeButton"));
    copy_code->setEnabled(false);
    connect(copy_code, &QPushButton::clicked, this, [this, code_tabs] {
        QApplication::clipboard()->setText(code_tabs->currentWidget() == m_keras ? kerasCode()
                                                                                 : pytorchCode());
    });
    connect(code_tabs, &QTabWidget::currentChanged, this, [this, code_tabs, copy_code] {
        copy_code->setEnabled(code_tabs->currentWidget() != m_recipeScroll);
    });
    auto* explore = new QPushButton(page);
    explore->setObjectName(QStringLiteral("showInExplorerButton"));
    auto* try_it = new QPushButton(page);
    try_it->setObjectName(QStringLiteral("tryItButton"));
    m_tr.add([=, this] {
        title->setText(tr("Your layer recipe"));
        m_notSureNote->setText(
            tr("You were not sure of the network type: ReLU is the modern default to start "
               "with. Try a few activations and compare them on your data."));
        m_recipeTable->setHorizontalHeaderLabels({tr("Setting"), tr("Choice")});
        code_tabs->setTabText(0, tr("Recipe"));
        code_tabs->setTabToolTip(0, tr("Each setting of the layers, and why"));
        m_recipeTable->setToolTip(tr("The recommendation of the article's two flowcharts"));
        m_keras->setToolTip(tr("A minimal Keras model with this recipe"));
        m_pytorch->setToolTip(tr("A minimal PyTorch model with this recipe"));
        code_tabs->setTabToolTip(1, tr("The recipe as a Keras model"));
        code_tabs->setTabToolTip(2, tr("The recipe as a PyTorch model"));
        copy_code->setText(tr("Cop&y code"));
        copy_code->setToolTip(tr("Copy the code of the visible tab, Keras or PyTorch, to the "
                                 "clipboard"));
        explore->setText(tr("Show in &explorer"));
        explore->setToolTip(tr("Plot the recommended activations and their derivatives"));
        try_it->setText(tr("T&ry it"));
        try_it->setToolTip(tr("Train the recommended activation against sigmoid and tanh on a "
                              "dataset of this problem type"));
    });
    connect(explore, &QPushButton::clicked, this, &WizardView::requestExplorer);
    connect(try_it, &QPushButton::clicked, this, &WizardView::requestTraining);
    auto* row = new QHBoxLayout;
    row->addWidget(copy_code);
    row->addStretch(1);
    row->addWidget(explore);
    row->addWidget(try_it);
    outer->addLayout(row);
    return page;
}

std::optional<Recipe> WizardView::recipe() const {
    return recommend(m_answers);
}

QString WizardView::kerasCode() const {
    const auto r = recipe();
    return r ? QString::fromStdString(keras_snippet(*r)) : QString();
}

QString WizardView::pytorchCode() const {
    const auto r = recipe();
    return r ? QString::fromStdString(pytorch_snippet(*r)) : QString();
}

QString WizardView::classesProblem() const {
    if (!m_answers.problem) return {};
    switch (class_count_problem(*m_answers.problem, m_answers.classes)) {
    case ClassCountProblem::None:
    case ClassCountProblem::GivenForRegression:
    case ClassCountProblem::BinaryIsTwo:
        return {}; // the wizard never asks for these classes
    case ClassCountProblem::TwoExclusiveAreBinary:
        return tr("Two exclusive classes are a binary problem: go back and choose "
                  "Binary, or give at least 3 classes.");
    case ClassCountProblem::TooFewForMulticlass:
        return tr("Multiclass classification needs at least 3 classes.");
    case ClassCountProblem::OneLabelIsBinary:
        return tr("A single label is a binary problem: go back and choose Binary, or give at "
                  "least 2 labels.");
    case ClassCountProblem::TooMany:
        return tr("At most %1 classes are supported.").arg(kMaxClasses);
    }
    return {};
}

void WizardView::answer(const QString& key) {
    if (const auto n = parse_network(key.toStdString())) {
        m_answers.network = n;
        m_answers.not_sure = false;
    } else if (key == QLatin1String("not_sure")) {
        m_answers.network.reset();
        m_answers.not_sure = true;
    } else if (key == QLatin1String("regression")) {
        m_answers.classification = false;
    } else if (key == QLatin1String("classification")) {
        m_answers.classification = true;
    } else if (const auto p = parse_problem(key.toStdString());
               p && *p != ProblemType::Regression) {
        m_answers.classification = true;
        m_answers.problem = p;
        // A sensible class count for the kind chosen; the user can change it.
        if (*p == ProblemType::Multiclass && m_answers.classes < 3) setClasses(3);
        if (*p == ProblemType::Multilabel && m_answers.classes < 2) setClasses(2);
    }
    refresh();
}

void WizardView::setClasses(unsigned classes) {
    m_answers.classes = classes;
    refresh();
}

void WizardView::setAnswers(const WizardAnswers& answers, Step step) {
    m_answers = answers;
    m_step = NetworkStep;
    refresh();
    goTo(step);
}

bool WizardView::canAdvance() const {
    switch (m_step) {
    case NetworkStep:
        return m_answers.network || m_answers.not_sure;
    case ProblemStep:
        return m_answers.classification.has_value();
    case ClassificationStep:
        return m_answers.problem.has_value();
    case ClassesStep:
        return classesProblem().isEmpty() && m_classes->problem().isEmpty();
    case RecipeStep:
        return false;
    }
    return false;
}

void WizardView::next() {
    // Alt+N leaves the focus in the classes field: what is typed there counts first.
    if (m_step == ClassesStep && !m_classes->takeText()) return;
    if (!canAdvance()) return;
    switch (m_step) {
    case NetworkStep:
        goTo(ProblemStep);
        break;
    case ProblemStep:
        goTo(*m_answers.classification ? ClassificationStep : RecipeStep);
        break;
    case ClassificationStep:
        goTo(*m_answers.problem == ProblemType::Binary ? RecipeStep : ClassesStep);
        break;
    case ClassesStep:
        goTo(RecipeStep);
        break;
    case RecipeStep:
        break;
    }
}

void WizardView::back() {
    switch (m_step) {
    case NetworkStep:
        break;
    case ProblemStep:
        goTo(NetworkStep);
        break;
    case ClassificationStep:
        goTo(ProblemStep);
        break;
    case ClassesStep:
        goTo(ClassificationStep);
        break;
    case RecipeStep:
        if (m_answers.classification && !*m_answers.classification)
            goTo(ProblemStep);
        else if (m_answers.problem == ProblemType::Binary)
            goTo(ClassificationStep);
        else
            goTo(ClassesStep);
        break;
    }
}

void WizardView::updateColours() {
    // Colours made from the palette, so that a dark theme keeps them readable: the step count
    // half-way between text and background, the refusal a red that stands out from either.
    const QPalette base = palette();
    const QColor text = base.color(QPalette::WindowText);
    const QColor window = base.color(QPalette::Window);
    QPalette muted = m_stepLabel->palette();
    muted.setColor(QPalette::WindowText, QColor::fromRgbF((2 * text.redF() + window.redF()) / 3,
                                                          (2 * text.greenF() + window.greenF()) / 3,
                                                          (2 * text.blueF() + window.blueF()) / 3));
    m_stepLabel->setPalette(muted);
    show_as_problem(m_classesMessage, base);
}

void WizardView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColours();
    if (event->type() != QEvent::LanguageChange) return;
    m_tr.run();
    refresh(); // the step label, the classes' message and the recipe table
}

void WizardView::restart() {
    m_answers = WizardAnswers{};
    goTo(NetworkStep);
}

void WizardView::goTo(Step step) {
    // The recipe needs every earlier answer; without them, stay on the first open question.
    if (step == RecipeStep && (!recipe() || !classesProblem().isEmpty())) return;
    m_step = step;
    refresh();
    // A recipe is read from its top, wherever the last one was left.
    if (step == RecipeStep) m_recipeScroll->verticalScrollBar()->setValue(0);
}

void WizardView::refresh() {
    m_updating = true;
    const auto check = [](QButtonGroup* group, const QString& key) {
        group->setExclusive(false);
        for (QAbstractButton* b : group->buttons())
            b->setChecked(b->property("answer").toString() == key);
        group->setExclusive(true);
    };
    check(m_networkGroup, m_answers.not_sure  ? QStringLiteral("not_sure")
                          : m_answers.network ? QString::fromLatin1(network_key(*m_answers.network))
                                              : QString());
    check(m_problemGroup, !m_answers.classification   ? QString()
                          : *m_answers.classification ? QStringLiteral("classification")
                                                      : QStringLiteral("regression"));
    check(m_kindGroup,
          m_answers.problem ? QString::fromLatin1(problem_key(*m_answers.problem)) : QString());
    m_classes->setValue(static_cast<int>(m_answers.classes));
    m_updating = false;

    const QString problem = classesProblem();
    m_classesMessage->setText(problem);
    m_classesMessage->setVisible(!problem.isEmpty());

    m_pages->setCurrentIndex(static_cast<int>(m_step));
    static const std::array<const char*, 5> kStepNames{
        QT_TR_NOOP("Network type"), QT_TR_NOOP("Problem type"), QT_TR_NOOP("Classification type"),
        QT_TR_NOOP("Number of classes"), QT_TR_NOOP("Recipe")};
    // Every step keeps its number, and the count never changes under the user: answers that
    // make a step unnecessary skip it (a regression goes from step 2 to the recipe, step 5).
    m_stepLabel->setText(tr("Step %1 of %2 · %3")
                             .arg(static_cast<int>(m_step) + 1)
                             .arg(static_cast<int>(kStepNames.size()))
                             .arg(tr(kStepNames[static_cast<std::size_t>(m_step)])));
    m_back->setEnabled(m_step != NetworkStep);
    // Next stays where it is on the last step, greyed out, so that Back never moves under a
    // pointer that keeps clicking Next.
    m_next->setEnabled(canAdvance());

    m_hiddenChart->setAnswers(m_answers);
    m_outputChart->setAnswers(m_answers);
    if (m_step == RecipeStep) fillRecipe();
    emit changed();
}

void WizardView::fillRecipe() {
    const auto r = recipe();
    if (!r) return;
    m_notSureNote->setVisible(m_answers.not_sure);
    const std::vector<RecipeLine> lines = recipe_lines(*r);
    m_recipeTable->clearSpans();
    m_recipeTable->setRowCount(2 * static_cast<int>(lines.size()));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const RecipeLine& line = lines[i];
        const int row = 2 * static_cast<int>(i);
        auto* key = new QTableWidgetItem(line_label(line.key));
        QFont bold = key->font();
        bold.setBold(true);
        key->setFont(bold);
        m_recipeTable->setItem(row, 0, key);
        auto* choice = new QTableWidgetItem(choice_text(*r, line));
        // The value as the code spells it, whatever the language of the text.
        choice->setData(Qt::UserRole, QString::fromStdString(line.value));
        m_recipeTable->setItem(row, 1, choice);
        auto* why = new QTableWidgetItem(core_text(line.reason));
        QFont italic = why->font();
        italic.setItalic(true);
        why->setFont(italic);
        m_recipeTable->setItem(row + 1, 0, why);
        m_recipeTable->setSpan(row + 1, 0, 1, 2);
    }
    static_cast<RecipeTable*>(m_recipeTable)->fit();
    m_keras->setPlainText(kerasCode());
    m_pytorch->setPlainText(pytorchCode());
}

void WizardView::requestExplorer() {
    const auto r = recipe();
    if (!r) return;
    CurvesState curves;
    curves.curves = {{r->hidden, default_params(r->hidden)}};
    if (r->gate) curves.curves.push_back({*r->gate, default_params(*r->gate)});
    const ActivationId out =
        r->output == OutputActivation::Linear ? ActivationId::Identity : ActivationId::Sigmoid;
    if (r->output != OutputActivation::Softmax &&
        std::none_of(curves.curves.begin(), curves.curves.end(),
                     [&](const CurveSpec& c) { return c.id == out; }))
        curves.curves.push_back({out, default_params(out)});
    curves.show_derivative = true;
    curves.selected = 0;
    std::optional<SoftmaxState> softmax;
    if (r->output == OutputActivation::Softmax) {
        SoftmaxState s;
        s.classes.clear();
        s.logits.clear();
        const auto n = std::min<std::size_t>(r->output_nodes, kMaxSoftmaxClasses);
        for (std::size_t i = 0; i < n; ++i) {
            s.classes.push_back(default_class_name(i));
            // The article's example for three classes; varied, distinct logits beyond.
            s.logits.push_back(n == 3 ? std::array{1.0, 3.0, 2.0}[i]
                                      : std::round(20.0 * std::sin(1.7 * (i + 1))) / 10.0);
        }
        softmax = s;
    }
    emit showInExplorer(curves, softmax);
}

void WizardView::requestTraining() {
    const auto r = recipe();
    if (!r) return;
    TrainingState race;
    race.settings.dataset = dataset_for(r->problem);
    race.race.clear();
    for (const ActivationId id : {r->hidden, ActivationId::Sigmoid, ActivationId::Tanh})
        if (std::none_of(race.race.begin(), race.race.end(),
                         [id](const RaceEntry& e) { return e.activation == id; }))
            race.race.push_back({id, std::nullopt});
    emit tryTraining(race);
}

void WizardView::paintPicture(QCPPainter* painter, QSize size, bool vector) {
    const int half = size.height() / 2;
    m_hiddenChart->paintPicture(painter, QSize(size.width(), half), vector);
    painter->save();
    painter->translate(0, half);
    m_outputChart->paintPicture(painter, QSize(size.width(), size.height() - half), vector);
    painter->restore();
}

QSize WizardView::pictureSize() const {
    return {1200, 1400}; // two flowcharts, one above the other
}

void WizardView::writeData(TextWriter& out) const {
    write_recipe_csv(out, recipe());
}

QString WizardView::fileStem() const {
    // Named after the answers, so that the recipes of several models can sit in one folder:
    // "recipe-mlp-multiclass-10".
    const auto r = recipe();
    if (!r) return QStringLiteral("recipe");
    QString stem = QStringLiteral("recipe-%1-%2")
                       .arg(QString::fromLatin1(network_key(r->network)),
                            QString::fromLatin1(problem_key(r->problem)));
    if (r->problem == ProblemType::Multiclass || r->problem == ProblemType::Multilabel)
        stem += QStringLiteral("-%1").arg(r->output_nodes);
    return stem;
}

} // namespace activa::ui
