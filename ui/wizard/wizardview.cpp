// SPDX-License-Identifier: MIT
#include "wizardview.hpp"

#include "common/coretext.hpp"
#include "common/formbuilder.hpp"
#include "common/guide.hpp"
#include "common/numberbox.hpp"
#include "common/settings.hpp"
#include "wizard/flowchartplot.hpp"
#include "wizard/flowchartview.hpp"
#include "wizard/recipetable.hpp"

#include <activa/csv.hpp>

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace activa::ui {
namespace {

static_assert(static_cast<int>(WizardStep::Recipe) == WizardView::RecipeStep &&
              static_cast<int>(WizardStep::Network) == WizardView::NetworkStep &&
              WizardView::RecipeStep + 1 == static_cast<int>(kWizardStepCount));

WizardStep core_step(WizardView::Step step) {
    return static_cast<WizardStep>(step);
}

WizardView::Step page_step(WizardStep step) {
    return static_cast<WizardView::Step>(step);
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

} // namespace

WizardView::WizardView(QWidget* parent)
    : QWidget(parent)
    , View(*this, *this)
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
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_hiddenChart->setObjectName(QStringLiteral("hiddenChart"));
    m_outputChart->setObjectName(QStringLiteral("outputChart"));
    addQuestionPages();
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
            const auto step = step_of_answer(key.toStdString());
            if (!step) return;
            answer(key);
            m_step = page_step(*step);
            next();
            refresh();
        });
    refresh();
}

// The three questions of the flowcharts, each with the answers its chart offers.
void WizardView::addQuestionPages() {
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
}

QLabel* WizardView::heading(QWidget* parent) {
    auto* label = new QLabel(parent);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    label->setFont(big);
    label->setWordWrap(true);
    return label;
}

QLabel* WizardView::wrapped(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
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
    // The count's row at its natural width, as a number of a few digits reads.
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    layout->addLayout(form);
    m_classes = FormBuilder(form, m_tr)
                    .number(
                        "classesBox", NumberBox::Kind::Integer, 1, kMaxClasses,
                        [] { return tr("C&lasses:"); },
                        [] { return tr("Number of classes the model chooses from"); });
    m_classes->setValue(3);
    m_tr.add([=, this] {
        title->setText(tr("How many classes?"));
        why->setText(
            QStringLiteral("<i>%1</i>")
                .arg(tr("The output layer has one node per class, so the count sets its size.")
                         .toHtmlEscaped()));
        m_classes->setAccessibleName(tr("Number of classes"));
    });
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
    if (const auto answered = with_answer(m_answers, key.toStdString())) m_answers = *answered;
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
    // A class count being typed counts only once it is taken.
    if (m_step == ClassesStep && !m_classes->problem().isEmpty()) return false;
    return next_step(core_step(m_step), m_answers).has_value();
}

void WizardView::next() {
    // Alt+N leaves the focus in the classes field: what is typed there counts first.
    if (m_step == ClassesStep && !m_classes->takeText()) return;
    if (!canAdvance()) return;
    goTo(page_step(*next_step(core_step(m_step), m_answers)));
}

void WizardView::back() {
    if (const auto step = previous_step(core_step(m_step), m_answers)) goTo(page_step(*step));
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
    static const std::array<const char*, kWizardStepCount> kStepNames{
        QT_TR_NOOP("Network type"), QT_TR_NOOP("Problem type"), QT_TR_NOOP("Classification type"),
        QT_TR_NOOP("Number of classes"), QT_TR_NOOP("Recipe")};
    m_stepLabel->setText(tr("Step %1 of %2 · %3")
                             .arg(step_number(core_step(m_step)))
                             .arg(kWizardStepCount)
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

void WizardView::preparePicture(QSize) {
    // Both charts are drawn to the picture's size whatever the window's layout.
}

ViewTexts WizardView::texts() const {
    return {tr("&Wizard"), tr("Walk the article's two flowcharts to a layer recipe"),
            tr("Answer the questions, or click an answer in the diagrams."), Guide::kWizard};
}

void WizardView::saveSettings(QSettings& s) const {
    save_wizard(s, m_answers, static_cast<int>(m_step));
}

void WizardView::restoreSettings(QSettings& s) {
    const auto [answers, step] = load_wizard(s);
    if (step >= NetworkStep && step <= RecipeStep) setAnswers(answers, static_cast<Step>(step));
}

void WizardView::onChanged(QObject* context, std::function<void()> changed) {
    connect(this, &WizardView::changed, context, changed);
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
    write_recipe_csv(out, recipe(), translated_core_text);
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
