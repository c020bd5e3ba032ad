// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace activa::cli {

// The widest line of a help text.
inline constexpr std::size_t kHelpWidth = 96;

// What help texts say of the tables, written from the tables so the two cannot part: the keys
// of the initialisations ("glorot_uniform, ..., lecun_normal or normal"), the recipe's
// initialisation of every activation ("he_uniform for relu, ...; lecun_normal for selu;
// glorot_uniform for the others"), the columns of a gradient-flow row ("layer,grad_norm,...").
std::string init_keys_text();
std::string recipe_init_text();
std::string gradflow_columns_text();
// What the columns of a gradient-flow row mean, and the memory ceiling, as one paragraph.
std::string gradflow_columns_meaning();

// An option's entry in a help text: the option from column 2, its description from `column`,
// broken at spaces into lines of at most kHelpWidth characters; ends with a line break.
std::string help_option(std::string_view option, std::string_view description, std::size_t column);
// A paragraph broken at spaces into lines of at most kHelpWidth characters; ends with a line
// break.
std::string help_paragraph(std::string_view text);

// The text with each "{name}" replaced by its value.
std::string filled(std::string_view text,
                   std::initializer_list<std::pair<std::string_view, std::string>> values);

} // namespace activa::cli
