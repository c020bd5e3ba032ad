// SPDX-License-Identifier: MIT
#include "functions/functionsdialog.hpp"

#include "common/coretext.hpp"
#include "common/palette.hpp"
#include "functions/functioneditor.hpp"
#include "functions/typedstore.hpp"

#include <activa/functions.hpp>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace activa::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString key_of(ActivationId id) {
    return utf8(info(id).key);
}

// A name no function has yet: name_copy, name_copy2, ...
QString unused_name(const QString& base) {
    QString name = base + QStringLiteral("_copy");
    for (int n = 2; find_activation(name.toStdString()); ++n)
        name = base + QStringLiteral("_copy%1").arg(n);
    return name;
}

// The editor, filled or empty; its definition, defined, or nothing if cancelled or refused.
std::optional<ActivationId> edit(QWidget* parent, const TypedDefinition* start,
                                 const QString& name = {}) {
    FunctionEditor editor(parent);
    if (start) editor.setDefinition(*start, name);
    if (editor.exec() != QDialog::Accepted || !editor.definition()) return std::nullopt;
    const auto id = define_function(*editor.definition());
    if (!id) {
        QMessageBox::warning(parent, FunctionsDialog::tr("Function not defined"),
                             QString::fromStdString(id.error().message()));
        return std::nullopt;
    }
    return *id;
}

} // namespace

std::optional<ActivationId> define_new_function(QWidget* parent) {
    const auto before = typed_functions();
    const auto id = edit(parent, nullptr);
    if (!id) return std::nullopt;
    // A new function under a name that was in use replaces the old one, as an edit does.
    for (const ActivationId old : before)
        if (info(old).key == info(*id).key) FunctionsChanged::instance().announceReplaced(old, *id);
    FunctionsChanged::instance().announce();
    return id;
}

FunctionsDialog::FunctionsDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("functionsDialog"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("functionsList"));
    auto* add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_duplicate = new QPushButton(this);
    m_delete = new QPushButton(this);
    auto* import = new QPushButton(this);
    m_export = new QPushButton(this);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {add, m_edit, m_duplicate, m_delete, import, m_export})
        buttons->addWidget(b);
    buttons->insertSpacing(4, 12);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &FunctionsDialog::newFunction);
    connect(m_edit, &QPushButton::clicked, this, &FunctionsDialog::editSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &FunctionsDialog::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &FunctionsDialog::deleteSelected);
    connect(import, &QPushButton::clicked, this, &FunctionsDialog::importFile);
    connect(m_export, &QPushButton::clicked, this, &FunctionsDialog::exportFile);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &FunctionsDialog::editSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &FunctionsDialog::fill);
    connect(&FunctionsChanged::instance(), &FunctionsChanged::changed, this,
            &FunctionsDialog::fill);
    m_tr.add([=, this] {
        setWindowTitle(tr("Your functions"));
        add->setText(tr("&New…"));
        m_edit->setText(tr("&Edit…"));
        m_duplicate->setText(tr("D&uplicate…"));
        m_delete->setText(tr("&Delete"));
        import->setText(tr("&Import…"));
        m_export->setText(tr("E&xport…"));
        import->setToolTip(tr("Add the functions of a file someone shared"));
        m_export->setToolTip(tr("Save every function of yours in a small text file to share"));
    });
    resize(640, 360);
    fill();
}

void FunctionsDialog::fill() {
    const auto current = selected();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const ActivationId id : typed_functions()) {
        auto* item = new QListWidgetItem(
            colour_swatch(function_colour(id)),
            QStringLiteral("%1(x) = %2")
                .arg(key_of(id), QString::fromStdString(compiled_function(id)->formula())),
            m_list);
        item->setData(kIdRole, static_cast<int>(id));
        if (current == id) m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0) m_list->setCurrentRow(0);
    const bool any = m_list->currentItem() != nullptr;
    for (QPushButton* b : {m_edit, m_duplicate, m_delete})
        b->setEnabled(any);
    m_export->setEnabled(m_list->count() > 0);
}

std::optional<ActivationId> FunctionsDialog::selected() const {
    const QListWidgetItem* item = m_list ? m_list->currentItem() : nullptr;
    if (!item) return std::nullopt;
    return static_cast<ActivationId>(item->data(kIdRole).toInt());
}

void FunctionsDialog::newFunction() {
    if (const auto id = define_new_function(this)) emit report(tr("Defined %1.").arg(key_of(*id)));
}

void FunctionsDialog::editSelected() {
    const auto old = selected();
    if (!old) return;
    const auto id = edit(this, typed_definition(*old));
    if (!id) return;
    if (info(*id).key != info(*old).key) forget_function(*old); // renamed
    FunctionsChanged::instance().announceReplaced(*old, *id);
    emit report(tr("Changed %1.").arg(key_of(*id)));
}

void FunctionsDialog::duplicateSelected() {
    const auto old = selected();
    if (!old) return;
    if (const auto id = edit(this, typed_definition(*old), unused_name(key_of(*old)))) {
        FunctionsChanged::instance().announce();
        emit report(tr("Defined %1.").arg(key_of(*id)));
    }
}

void FunctionsDialog::deleteSelected() {
    const auto id = selected();
    if (!id) return;
    const QString name = key_of(*id);
    if (QMessageBox::question(this, tr("Delete %1").arg(name),
                              tr("Delete %1? The views that show it stop showing it.").arg(name)) !=
        QMessageBox::Yes)
        return;
    forget_function(*id);
    FunctionsChanged::instance().announce();
    emit report(tr("Deleted %1.").arg(name));
}

void FunctionsDialog::importFile() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import functions"), QString(), tr("Activa functions (*.txt);;All files (*)"));
    if (file.isEmpty()) return;
    Imported imported;
    QString error;
    if (!import_typed_functions(file, &imported, &error)) {
        QMessageBox::warning(this, tr("Import failed"), error);
        return;
    }
    QString message = tr("Imported %n function(s).", nullptr, imported.defined.size());
    if (!imported.skipped.isEmpty()) {
        message += u' ' + tr("Skipped %n:", nullptr, imported.skipped.size()) + u' ' +
                   imported.skipped.join(QStringLiteral("; "));
        QMessageBox::information(this, tr("Import"), message);
    }
    emit report(message);
}

void FunctionsDialog::exportFile() {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export functions"), QStringLiteral("functions.txt"),
                                     tr("Activa functions (*.txt)"));
    if (file.isEmpty()) return;
    QString error;
    if (!export_typed_functions(file, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    emit report(tr("Exported your functions to %1.").arg(file));
}

void FunctionsDialog::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) m_tr.run();
}

} // namespace activa::ui
