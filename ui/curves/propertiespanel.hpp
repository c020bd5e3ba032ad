// SPDX-License-Identifier: MIT
#pragma once

#include "curves/curvesmodel.hpp"

#include <QWidget>

class QTabWidget;
class QTextBrowser;

namespace activa::ui {

// The described function's formulas, properties and the article's advice (a typed function's
// properties computed over the range shown), and a side-by-side comparison of every checked
// function. Both follow the model.
class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesPanel(CurvesModel* model, QWidget* parent = nullptr);

    // The property rows' labels, the same for every built-in (and in the comparison).
    static QStringList propertyLabels();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void onModelChanged(CurvesModel::Parts parts);
    bool wide() const;
    void showDetails();
    void showComparison();
    // The parameters' values beside their defaults and meanings, advice and conventions.
    QString detailsTail() const;

    CurvesModel* m_model;
    QTabWidget* m_tabs;
    QTextBrowser* m_details;
    QTextBrowser* m_comparison;
    bool m_wide = false;
};

} // namespace activa::ui
