// SPDX-License-Identifier: MIT
#pragma once

#include "curves/curvesmodel.hpp"

#include <activa/activations.hpp>

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace activa::ui {

// The functions grouped the way people think of them, the user's typed ones under "Yours", with
// a filter box. It shows the model's checked functions and the one described, and hands a
// click to the model; it fills itself again whenever the typed functions change.
class FunctionList : public QWidget {
    Q_OBJECT
public:
    explicit FunctionList(CurvesModel* model, QWidget* parent = nullptr);

    QTreeWidgetItem* itemFor(ActivationId id) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // The groups and their functions from listed_functions(), as the model has them checked.
    void fill();
    void retranslate();
    void applyFilter(const QString& text);
    void showChecks();
    void showCurrent();
    void onItemChanged(QTreeWidgetItem* item);
    void onModelChanged(CurvesModel::Parts parts);

    CurvesModel* m_model;
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
};

} // namespace activa::ui
