// SPDX-License-Identifier: MIT
#pragma once

#include "common/retranslator.hpp"
#include "common/view.hpp"
#include "wizard/flowchartplot.hpp"

#include <activa/curves.hpp>
#include <activa/softmax.hpp>

#include <activa/flowchart.hpp>
#include <activa/flowchart_wizard.hpp>
#include <activa/training.hpp>

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace activa::ui {

class NumberBox;

class FlowchartView;
class RecipeTable;

// Walks the article's two flowcharts, step by step, to a layer recipe; the diagrams beside the
// steps show the path taken and can be clicked to answer.
class WizardView : public QWidget, public View, public Picture {
    Q_OBJECT
public:
    // Core's WizardStep, numbered as pages (flowchart_wizard.hpp says how the steps follow
    // each other).
    enum Step { NetworkStep, ProblemStep, ClassificationStep, ClassesStep, RecipeStep };

    explicit WizardView(QWidget* parent = nullptr);

    // A text in the current language, asked again when the language changes.
    using Text = std::function<QString()>;
    // An answer offered on a step: its key, its label and what it means.
    struct Choice {
        QString key;
        Text label;
        Text explanation;
    };

    Step step() const { return m_step; }
    const WizardAnswers& answers() const { return m_answers; }
    // The recipe of the current answers, once they are complete and valid.
    std::optional<Recipe> recipe() const;
    QString kerasCode() const;
    QString pytorchCode() const;
    // The problem behind a class count that can't be used, or "" when it is fine.
    QString classesProblem() const;

    // Answers a step, as a click on a radio button or on the diagram does ("mlp", "cnn", "rnn",
    // "not_sure", "regression", "classification", "binary", "multiclass", "multilabel"; see
    // with_answer). An unknown key changes nothing.
    void answer(const QString& key);
    void setClasses(unsigned classes);
    // Restores answers and a step (used when the window is rebuilt in another language).
    void setAnswers(const WizardAnswers& answers, Step step);
    void next();
    void back();
    void restart();

    // The picture: both flowcharts with the current path, one above the other; its data is the
    // recipe.
    void paintPicture(QCPPainter* painter, QSize size, bool vector) override;
    QSize pictureSize() const override;
    void writeData(TextWriter& out) const override;
    QString fileStem() const override;
    void preparePicture(QSize size) override;

    ViewTexts texts() const override;
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(QSettings& settings) override;
    void onChanged(QObject* context, std::function<void()> changed) override;

signals:
    // An answer or the step changed.
    void changed();
    // "Show in explorer": curves of the recommended activations, and for softmax output the
    // softmax view with one class per output node.
    void showInExplorer(const activa::CurvesState& curves,
                        const std::optional<activa::SoftmaxState>& softmax);
    // "Try it": a race of the recipe's hidden activation against sigmoid and tanh on a dataset
    // of the recipe's problem type.
    void tryTraining(const activa::TrainingState& race);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addQuestionPages();
    QWidget* makeChoicePage(QButtonGroup* group, const Text& title, const Text& why,
                            const QList<Choice>& choices);
    QWidget* makeClassesPage();
    QWidget* makeRecipePage();
    // Parts the recipe page between the table and the visible code (recipepage.cpp).
    void fitRecipeSplit();
    static QLabel* heading(QWidget* parent);
    static QLabel* wrapped(QWidget* parent);
    void goTo(Step step);
    void refresh();
    void fillRecipe();
    void updateColours();
    bool canAdvance() const;

    WizardAnswers m_answers;
    Step m_step = NetworkStep;
    QStackedWidget* m_pages;
    QButtonGroup* m_networkGroup;
    QButtonGroup* m_problemGroup;
    QButtonGroup* m_kindGroup;
    NumberBox* m_classes = nullptr;
    QLabel* m_classesMessage = nullptr;
    QLabel* m_stepLabel;
    RecipeTable* m_recipeTable = nullptr;
    QLabel* m_notSureNote = nullptr;
    QPlainTextEdit* m_keras = nullptr;
    QPlainTextEdit* m_pytorch = nullptr;
    QTabWidget* m_codeTabs = nullptr;
    QScrollArea* m_recipeScroll = nullptr;
    QSplitter* m_recipeSplit = nullptr;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_restart;
    FlowchartView* m_hiddenChart;
    FlowchartView* m_outputChart;
    bool m_updating = false;
    Retranslator m_tr;
};

} // namespace activa::ui
