// SPDX-License-Identifier: MIT
#include "functions/typedstore.hpp"

#include "common/palette.hpp"

#include <activa/functions.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSettings>

namespace activa::ui {
namespace {

const QString kKey = QStringLiteral("functions/definitions");
// A shared file is small; a big one is not one of these.
constexpr qint64 kMaxFileBytes = 1 << 20;

std::string current_text() {
    std::vector<TypedDefinition> defs;
    for (const ActivationId id : typed_functions())
        defs.push_back(*typed_definition(id));
    return write_typed_definitions(defs);
}

// Defines what the text holds; the skipped ones as "name (line n): reason".
QStringList define_text(const std::string& text, QStringList* defined) {
    const TypedDefinitions read = read_typed_definitions(text);
    std::vector<SkippedDefinition> skipped = read.skipped;
    const std::vector<ActivationId> before = typed_functions();
    const std::vector<ActivationId> ids = define_all(read, &skipped);
    QStringList out;
    for (const SkippedDefinition& s : skipped)
        out << QCoreApplication::translate("activa::ui::TypedStore", "%1 (line %2): %3")
                   .arg(QString::fromStdString(s.name))
                   .arg(static_cast<qulonglong>(s.line))
                   .arg(QString::fromStdString(s.reason));
    for (const ActivationId id : ids) {
        if (defined) *defined << QString::fromUtf8(info(id).key.data(), info(id).key.size());
        // A name that was defined before now names the imported function.
        for (const ActivationId old : before)
            if (info(old).key == info(id).key)
                FunctionsChanged::instance().announceReplaced(old, id);
    }
    if (!ids.empty()) FunctionsChanged::instance().announce();
    return out;
}

} // namespace

void save_typed_functions(QSettings& settings) {
    settings.setValue(kKey, QString::fromStdString(current_text()));
}

QStringList load_typed_functions(QSettings& settings) {
    return define_text(settings.value(kKey).toString().toStdString(), nullptr);
}

bool export_typed_functions(const QString& file_name, QString* error) {
    QSaveFile file(file_name);
    const std::string text = current_text();
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !file.commit()) {
        *error = QCoreApplication::translate("activa::ui::TypedStore", "Could not save “%1”: %2")
                     .arg(file_name, file.errorString());
        return false;
    }
    return true;
}

bool import_typed_functions(const QString& file_name, Imported* result, QString* error) {
    QFile file(file_name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("activa::ui::TypedStore", "Could not open “%1”: %2")
                     .arg(file_name, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error = QCoreApplication::translate("activa::ui::TypedStore",
                                             "“%1” is too large to be a file of functions.")
                     .arg(file_name);
        return false;
    }
    const QByteArray bytes = file.readAll();
    result->skipped = define_text(bytes.toStdString(), &result->defined);
    return true;
}

} // namespace activa::ui
