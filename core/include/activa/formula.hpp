// SPDX-License-Identifier: MIT
#pragma once

// Typed activations: a definition such as `snake(x, b=1) = x + sin(b*x)^2/b` is parsed once,
// rewritten where its naive form overflows or cancels, differentiated exactly and compiled into
// a program that evaluates value and derivative over blocks of points, like the built-ins'
// kernels. Everything here is immutable once made, so any number of threads may evaluate the
// same function at once.
//
// The language: numbers (1.5, 2e-3), x, the declared parameters, pi, e; + - * / ^ (power binds
// tightest and to the right: -x^2 is -(x^2), 2^3^2 is 2^9), unary minus, parentheses; the
// functions of kFormulaFunctions; where(COND, A, B) with one comparison < <= > >= as COND (the
// only place a comparison may stand); and every built-in activation by its id or alias, with its
// default parameters. Whitespace anywhere between tokens.

#include <activa/activations.hpp>
#include <activa/curves.hpp>
#include <activa/expected.hpp>

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace activa {

// The limits of a definition, in one place: the window, the command line and the tests read
// these.
inline constexpr std::size_t kMaxFormulaLength = 1000; // characters of the text parsed
inline constexpr std::size_t kMaxFormulaDepth = 64;    // nested parentheses, calls and operators
inline constexpr std::size_t kMaxFormulaParams = 8;    // parameters besides x
inline constexpr std::size_t kMaxFormulaNameLength = 40;

// The elementary functions of the language, one argument each but max and min (two). sign is
// there because the derivative of abs needs it (sign(0) = 0).
inline constexpr std::string_view kFormulaFunctions[] = {
    "exp", "log",  "log1p", "expm1", "sqrt", "abs", "sign", "sin", "cos",
    "tan", "tanh", "sinh",  "cosh",  "atan", "erf", "erfc", "max", "min"};

// What is wrong with a definition. Each code's arguments (FormulaError::args) are listed beside
// it, so that the window can build the sentence in its own language; message() builds the
// English one.
enum class FormulaErrorCode {
    Empty,               // (none)
    NotUtf8,             // (none)
    TooLong,             // limit, length (characters)
    TooDeep,             // limit
    UnexpectedCharacter, // the character
    ExpectedOperand,     // what was found ("" at the end of the text)
    ExpectedToken,       // the token expected ("" for an operator), what was found ("" at the end)
    MissingOperator,     // what was found after a complete operand
    NumberTooLarge,      // the text
    UnknownName,         // the name, a suggestion ("" when none is close)
    UnknownFunction,     // the name, a suggestion ("" when none is close)
    NotAFunction,        // the name (x, pi, e or a parameter followed by '(')
    MissingArguments,    // the function's name (used without parentheses)
    WrongArgumentCount,  // the function's name, arguments it takes, arguments given
    MisplacedComparison, // the comparison operator
    ConditionNeeded,     // (none): where's first argument is no comparison
    MissingName,         // (none): no name where the definition or a parameter needs one
    NotAName,            // the text given as a name (letters, digits and '_' make one)
    NameTaken,           // the name: a built-in id or alias, or a word of the language
    NameTooLong,         // the name, the limit
    MissingX,            // (none): the first parameter is not x
    MissingDefault,      // the parameter's name
    BadDefault,          // the parameter's name, the text given
    ParameterTaken,      // the parameter's name: x, pi, e, a function or built-in id
    DuplicateParameter,  // the parameter's name
    TooManyParameters,   // the limit
    BadRange,            // the parameter's name: its range is not finite, increasing, around
                         // its default
    TooManyFunctions,    // the limit (kMaxTypedFunctions)
};

struct FormulaError {
    FormulaErrorCode code = FormulaErrorCode::Empty;
    std::size_t offset = 0; // 0-based byte offset into the text that was parsed
    std::size_t column = 0; // the same place in UTF-8 characters (what a caret sits under)
    std::size_t length = 1; // characters to underline, at least 1
    std::vector<std::string> args;
    // The reason in plain English, one line, without the place ("unknown function 'tahn': did
    // you mean 'tanh'?").
    std::string message() const;
};

template <typename T> using FormulaExpected = Expected<T, FormulaError>;

struct FormulaParam {
    std::string name;
    double default_value = 0.0;
    bool operator==(const FormulaParam&) const = default;
};

namespace formula {
struct Node; // the parsed expression (core/src/formula_ast.hpp)
}

// A definition as the user wrote it: checked names, parameters and the parsed formula.
struct Definition {
    std::string name;
    std::vector<FormulaParam> params; // besides x, in the order declared
    std::string text;                 // the formula after '=', as typed
    std::shared_ptr<const formula::Node> expr;
};

// Parses `NAME(x, p=1.5, q=2) = FORMULA`. Error places are in `text`.
FormulaExpected<Definition> parse_definition(std::string_view text);
// The same from separate fields (the window's editor): name and parameters are checked first,
// then the formula, whose error places are in `formula_text`.
FormulaExpected<Definition> make_definition(std::string_view name, std::vector<FormulaParam> params,
                                            std::string_view formula_text);

namespace formula {
struct Program; // the compiled form (core/src/formula_program.hpp)
}

// A definition made ready to evaluate: its stable form compiled once into a block program.
// Copies share the program.
class CompiledFunction {
public:
    explicit CompiledFunction(const Definition& definition);

    const std::string& name() const;
    std::span<const FormulaParam> params() const;
    std::vector<double> default_params() const;
    // f as typed, tidied by the rewrites that change no value (no 1*, +0, x^1 or --).
    const std::string& formula() const;
    // f as evaluated: tidied, and after the stable rewrites (log(1 + exp(x)) -> softplus(x)).
    const std::string& stable_formula() const;
    // f' of the stable form, simplified for reading (b*x/b is x). At a tie of max or min (a = b)
    // the derivative is the one of smaller magnitude, (a' + b')/2 when both are as large, so max(x,
    // 0) is relu (relu'(0) = 0); the printed where(a > b, a', b') shows the branches.
    const std::string& derivative_formula() const;
    // The built-in activations the stable form evaluates through their kernels, in order of
    // first use.
    std::span<const ActivationId> calls() const;

    // Value and derivative at every x, exactly like activa::evaluate for a built-in: params
    // holds one value per parameter (params().size()), values and derivatives xs.size()
    // elements each. NaN in x gives NaN; everything else follows IEEE arithmetic.
    void evaluate(std::span<const double> params, std::span<const double> xs,
                  std::span<double> values, std::span<double> derivatives) const;
    ValueAndDerivative evaluate(std::span<const double> params, double x) const;

private:
    std::shared_ptr<const formula::Program> m_program;
};

// Parses and compiles in one step.
FormulaExpected<CompiledFunction> compile_definition(std::string_view text);

// What the properties panel shows for a typed function, computed from count evenly spaced
// points over [min, max] (count >= 3), refined by bisection where something changes.
struct FormulaProperties {
    double min_value = 0.0; // the range of the finite values seen; NaN when there are none
    double max_value = 0.0;
    bool monotonic = false;          // f' >= 0 at every point and f never falls, or the mirror
    bool zero_centred = false;       // f(0) = 0, takes both signs, and the smaller of |min| and
                                     // max is at least a third of the larger
    std::vector<Interval> saturated; // where |f'| < kSaturationThreshold (saturation_intervals)
    std::vector<double> kinks;       // where f or f' jumps, ascending
    std::vector<Interval> undefined; // where f is NaN or infinite (a lone point: from == to)
};
FormulaProperties analyse(const CompiledFunction& f, std::span<const double> params, double min,
                          double max, std::size_t count = 2001);

} // namespace activa
