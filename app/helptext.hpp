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

// What help texts say of the tables, written from the tables so the two cannot part: the
// recipe's initialisation of every activation ("lecun_normal for selu; he_uniform for relu, ...;
// glorot_uniform for the others") and its input scaling ("minus_one_one for tanh, ...;
// standardised for the others"), the columns of a gradient-flow row ("layer,grad_norm,...").
std::string recipe_init_text();
std::string recipe_inputs_text();
// The same of a typed function (--define), whose recipe the definition does not give:
// "glorot_uniform", "glorot_uniform for a typed function".
std::string_view typed_init_key();
std::string_view typed_inputs_key();
std::string typed_init_text();
std::string typed_inputs_text();
std::string gradflow_columns_text();
// What the columns of a gradient-flow row mean, and the memory ceiling, as one paragraph.
std::string gradflow_columns_meaning();

// A limit as the help texts and the manual page state it: "1000000", "0.05", "1e-06"; and a
// range of two: "1 to 200", "1e-06 to 100".
std::string limit_text(double v);
std::string range_text(double lo, double hi);

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
