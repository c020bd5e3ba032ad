// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace activa::ui {

// A text of core's (an id, a key, a parameter's name) as Qt holds text.
inline QString utf8(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Core's user-visible texts are marked for translation in the "core" context (see
// ACTIVA_TR in core); every one of them is a null-terminated literal.
inline QString core_text(std::string_view text) {
    if (text.empty()) return {};
    return QCoreApplication::translate("core", text.data());
}

inline QString function_name(ActivationId id) {
    return core_text(info(id).name);
}

} // namespace activa::ui
