// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstddef>

namespace activa::ui {

// A value of an enum and its name, marked with QT_TRANSLATE_NOOP in its table's context.
template <typename Enum> struct EnumName {
    Enum value;
    const char* text;
};

// How the window names the values of an enum: a row each, in the order lists offer them, all
// translated in one context. lupdate reads the context of each row's QT_TRANSLATE_NOOP, so
// `context` is written the same in every row:
//
//   constexpr EnumNames<Loss, 3> kLossNames{"activa::ui::RecipeNames", {{
//       {Loss::MeanSquaredError,
//        QT_TRANSLATE_NOOP("activa::ui::RecipeNames", "Mean squared error")},
//       ...
//   }}};
template <typename Enum, std::size_t N> struct EnumNames {
    const char* context;
    std::array<EnumName<Enum>, N> rows;

    // The value's name in the language of the moment; empty for a value without a row.
    QString name(Enum value) const {
        for (const EnumName<Enum>& row : rows)
            if (row.value == value) return QCoreApplication::translate(context, row.text);
        return {};
    }
};

} // namespace activa::ui
