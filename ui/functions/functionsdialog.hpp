// SPDX-License-Identifier: MIT
#pragma once

#include "common/retranslator.hpp"

#include <activa/activations.hpp>

#include <QDialog>

#include <optional>

class QListWidget;
class QPushButton;

namespace activa::ui {

// Functions → Your functions…: the typed functions, each with its formula, to edit, duplicate or
// delete; new ones; and the file to share them in, exported or imported.
class FunctionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit FunctionsDialog(QWidget* parent = nullptr);

    // What the buttons do, for the menu and the tests: each opens the editor (new, edit,
    // duplicate) and defines the result, or asks before deleting.
    void newFunction();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();
    void importFile();
    void exportFile();

signals:
    // A line for the status bar ("Imported 3 functions; skipped 1: …").
    void report(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    std::optional<ActivationId> selected() const;

    Retranslator m_tr;
    QListWidget* m_list = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_export = nullptr;
};

// Opens the editor for a new function, defines it and says so; the id, or nothing if cancelled.
std::optional<ActivationId> define_new_function(QWidget* parent);

} // namespace activa::ui
