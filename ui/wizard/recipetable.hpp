// SPDX-License-Identifier: MIT
#pragma once

#include <activa/flowchart.hpp>

#include <QTableWidget>

namespace activa::ui {

// The recipe's table: a row with a setting and its choice, then a row with the reason across
// both columns, where a sentence takes two or three lines even in a narrow panel. It is exactly
// as tall as its rows, with no scroll bar of its own: the page around it scrolls instead.
class RecipeTable : public QTableWidget {
public:
    explicit RecipeTable(QWidget* parent = nullptr);

    // Shows the recipe's lines in the language of the moment. A choice keeps the value as the
    // code spells it in Qt::UserRole.
    void showRecipe(const Recipe& recipe);
    // Sizes the columns and rows to the width the table has, and the table to its rows.
    void fit();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    bool m_fitting = false;
};

} // namespace activa::ui
