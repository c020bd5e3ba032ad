// SPDX-License-Identifier: MIT
// The wizard's last step: the recipe, its code, and what it leads to (the curves, a race).
#include "wizardview.hpp"

#include "common/coretext.hpp"
#include "wizard/flowchartplot.hpp"
#include "wizard/recipetable.hpp"

#include <activa/snippets.hpp>

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace activa::ui {

namespace {

// Parts the recipe page between the table and the code whenever its height changes.
class SplitKeeper : public QObject {
public:
    SplitKeeper(QSplitter* split, std::function<void()> fit)
        : QObject(split)
        , m_fit(std::move(fit)) {
        split->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Resize) m_fit();
        return false;
    }

private:
    std::function<void()> m_fit;
};

} // namespace

QWidget* WizardView::makeRecipePage() {
    // The recipe above its code, each scrolling on its own; the code comes first when the two
    // do not fit (fitRecipeSplit): in a short window (700 px) it showed a line and a half under
    // a long recipe. Only the buttons below stay put.
    auto* page = new QWidget(this);
    auto* outer = new QVBoxLayout(page);
    auto* title = heading(page);
    outer->addWidget(title);
    m_notSureNote = wrapped(page);
    outer->addWidget(m_notSureNote);

    m_recipeSplit = new QSplitter(Qt::Vertical, page);
    m_recipeSplit->setChildrenCollapsible(false);
    auto* scroll = new QScrollArea(m_recipeSplit);
    m_recipeScroll = scroll;
    scroll->setObjectName(QStringLiteral("recipeScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Each setting takes two rows: its name and choice, then the reason across the whole width,
    // where a sentence reads in two or three lines even in a narrow panel.
    m_recipeTable = new RecipeTable(scroll);
    m_recipeTable->setObjectName(QStringLiteral("recipeTable"));
    scroll->setWidget(m_recipeTable);
    auto* code_tabs = new QTabWidget(m_recipeSplit);
    m_codeTabs = code_tabs;
    m_recipeSplit->addWidget(scroll);
    m_recipeSplit->addWidget(code_tabs);
    new SplitKeeper(m_recipeSplit, [this] { fitRecipeSplit(); });
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
    connect(code_tabs, &QTabWidget::currentChanged, this, &WizardView::fitRecipeSplit);
    outer->addWidget(m_recipeSplit, 1);

    auto* copy_code = new QPushButton(page);
    copy_code->setObjectName(QStringLiteral("copyCodeButton"));
    connect(copy_code, &QPushButton::clicked, this, [this, code_tabs] {
        QApplication::clipboard()->setText(code_tabs->currentIndex() == 0 ? kerasCode()
                                                                          : pytorchCode());
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
        m_recipeTable->setToolTip(tr("The recommendation of the article's two flowcharts"));
        m_keras->setToolTip(tr("A minimal Keras model with this recipe"));
        m_pytorch->setToolTip(tr("A minimal PyTorch model with this recipe"));
        code_tabs->setTabToolTip(0, tr("The recipe as a Keras model"));
        code_tabs->setTabToolTip(1, tr("The recipe as a PyTorch model"));
        copy_code->setText(tr("Cop&y code"));
        copy_code->setToolTip(tr("Copy the code of the visible tab to the clipboard"));
        explore->setText(tr("Show in &explorer"));
        explore->setToolTip(tr("Plot the recommended activations and their derivatives"));
        try_it->setText(tr("T&ry it"));
        try_it->setToolTip(tr("Train the recommended activation against sigmoid and tanh on a "
                              "dataset of this problem type"));
    });
    connect(explore, &QPushButton::clicked, this, [this] {
        if (const auto r = recipe()) emit showInExplorer(explorer_curves(*r), explorer_softmax(*r));
    });
    connect(try_it, &QPushButton::clicked, this, [this] {
        if (const auto r = recipe()) emit tryTraining(tryout_race(*r));
    });
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
    o.translate = translated_core_text;
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
    fitRecipeSplit();
}

void WizardView::fitRecipeSplit() {
    auto* code = qobject_cast<QPlainTextEdit*>(m_codeTabs->currentWidget());
    const int total = m_recipeSplit->height() - m_recipeSplit->handleWidth();
    if (!code || total <= 0) return;
    // The heights each needs to show whole: the table its rows, the code its lines.
    const int table = m_recipeTable->minimumHeight() + 2 * m_recipeScroll->frameWidth();
    const QFontMetrics metrics(code->font());
    const int frame = m_codeTabs->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) * 2;
    const int lines = code->document()->blockCount();
    const int text =
        lines * metrics.lineSpacing() +
        2 * (code->frameWidth() + static_cast<int>(std::ceil(code->document()->documentMargin()))) +
        code->horizontalScrollBar()->sizeHint().height() + 4;
    const int wanted = m_codeTabs->tabBar()->sizeHint().height() + frame + text;
    // Both whole when they fit; otherwise the code first, while the recipe keeps a few rows.
    const int least = 6 * m_recipeTable->fontMetrics().lineSpacing();
    const int given = table + wanted <= total ? total - table : std::max(total - least, total / 2);
    m_recipeSplit->setSizes({total - std::min(wanted, given), std::min(wanted, given)});
}

} // namespace activa::ui
