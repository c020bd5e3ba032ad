// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>

#include <QWidget>

#include <vector>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace activa::ui {

// The functions grouped the way people think of them, with a filter box. Checked functions are
// plotted; the current one is described and shaded.
class FunctionList : public QWidget {
    Q_OBJECT
public:
    explicit FunctionList(QWidget* parent = nullptr);

    // In the order they were checked.
    std::vector<ActivationId> checked() const { return m_order; }
    void setChecked(const std::vector<ActivationId>& ids);
    void setCurrent(ActivationId id);
    QLineEdit* filterEdit() const { return m_filter; }
    QTreeWidgetItem* itemFor(ActivationId id) const;

signals:
    void checkedChanged();
    void currentChanged(activa::ActivationId id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyFilter(const QString& text);
    void onItemChanged(QTreeWidgetItem* item);

    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    std::vector<ActivationId> m_order;
    bool m_updating = false;
};

} // namespace activa::ui
