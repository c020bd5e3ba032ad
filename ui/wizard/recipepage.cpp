// SPDX-License-Identifier: MIT
// The wizard's last step: the recipe, its code, and what it leads to (the curves, a race).
#include "wizardview.hpp"

#include "common/coretext.hpp"
#include "softmax/softmaxplot.hpp"
#include "wizard/recipetable.hpp"

#include <activa/snippets.hpp>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace activa::ui {

QTableWidget* WizardView::recipeTable() const {
    return m_recipeTable;
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

namespace {

// The code's comments in the language of the window; the code itself stays as it runs.
SnippetOptions snippet_options() {
    SnippetOptions o;
    o.translate = [](std::string_view english) { return core_text(english).toStdString(); };
    return o;
}

} // namespace

QString WizardView::kerasCode() const {
    const auto r = recipe();
    return r ? QString::fromStdString(keras_snippet(*r, snippet_options())) : QString();
}

QString WizardView::pytorchCode() const {
    const auto r = recipe();
    return r ? QString::fromStdString(pytorch_snippet(*r, snippet_options())) : QString();
}

void WizardView::fillRecipe() {
    const auto r = recipe();
    if (!r) return;
    m_notSureNote->setVisible(m_answers.not_sure);
    m_recipeTable->showRecipe(*r);
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

} // namespace activa::ui
