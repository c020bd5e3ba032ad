// SPDX-License-Identifier: MIT
#pragma once

#include <activa/curves.hpp>

#include <QWidget>

class QLabel;
class QTabWidget;
class QTextBrowser;

namespace activa::ui {

// The selected function's formulas, properties and the article's advice, and a side-by-side
// comparison of every plotted function.
class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesPanel(QWidget* parent = nullptr);

    // The selected function's properties, its parameters at these values.
    void setFunction(ActivationId id, const ParamValues& params);
    void setCurves(const std::vector<CurveSpec>& curves);
    QTextBrowser* details() const { return m_details; }
    QTextBrowser* comparison() const { return m_comparison; }

    // Property rows shared by both views: label and the text for one function.
    static QStringList propertyLabels();
    static QStringList propertyValues(ActivationId id);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    bool wide() const;
    void showDetails();
    QTabWidget* m_tabs;
    QTextBrowser* m_details;
    QTextBrowser* m_comparison;
    ActivationId m_function = ActivationId::Relu;
    ParamValues m_params{};
    bool m_wide = false;
};

} // namespace activa::ui
