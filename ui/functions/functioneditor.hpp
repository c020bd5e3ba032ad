// SPDX-License-Identifier: MIT
#pragma once

#include "common/retranslator.hpp"

#include <activa/functions.hpp>

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QCustomPlot;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace activa::ui {

class NumberBox;

// Functions → New function…: a typed activation's name, formula in x and parameters (default
// and slider range), and its recipe (initialisation, input scaling). While the user types, the
// curve and its derivative are drawn beside the formula and the derivative's formula is shown;
// a mistake is marked where it is, with the reason in the UI language, and the last good formula
// stays drawn. OK is enabled once the definition is whole.
class FunctionEditor : public QDialog {
    Q_OBJECT
public:
    explicit FunctionEditor(QWidget* parent = nullptr);

    // Fills the fields from a definition (to edit or duplicate it); a name to put instead of
    // the definition's own (a copy's).
    void setDefinition(const TypedDefinition& definition, const QString& name = {});
    // The definition of the fields, once it reads: what define_function takes.
    std::optional<TypedDefinition> definition() const { return m_good; }

    // The parameter rows' fields: name, default, min, max.
    struct ParamRow {
        QLineEdit* name;
        NumberBox* value;
        NumberBox* min;
        NumberBox* max;
        QPushButton* remove;
    };
    const std::vector<ParamRow>& parameterRows() const { return m_rows; }
    void addParameter(const QString& name = {}, double value = 1.0, double min = -1.0,
                      double max = 3.0);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildFormulaBox();
    QWidget* buildParameterBox();
    QWidget* buildRecipeBox();
    void removeParameter(std::size_t row);
    // Reads the fields: the definition and its drawing when they are whole, the mistake where
    // it is otherwise.
    void update();
    void showProblem(const FormulaError& error, bool in_formula);
    void draw(const CompiledFunction& f, std::span<const double> params);

    Retranslator m_tr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_formula = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_derivative = nullptr;
    QLabel* m_evaluated = nullptr;
    QGridLayout* m_params = nullptr;
    QPushButton* m_addParam = nullptr;
    QComboBox* m_init = nullptr;
    QComboBox* m_inputs = nullptr;
    QCustomPlot* m_preview = nullptr;
    QPushButton* m_ok = nullptr;
    std::vector<ParamRow> m_rows;
    std::optional<TypedDefinition> m_good;
};

} // namespace activa::ui
