// SPDX-License-Identifier: MIT
// The English sentence of each FormulaError (the window builds its own from the code and the
// arguments).
#include <activa/formula.hpp>

namespace activa {
namespace {

std::string arg(const FormulaError& e, std::size_t i) {
    return i < e.args.size() ? e.args[i] : std::string();
}

std::string found(const std::string& what) {
    return what.empty() ? "the end of the text" : "'" + what + "'";
}

std::string suggestion(const std::string& s) {
    return s.empty() ? std::string() : ": did you mean '" + s + "'?";
}

} // namespace

std::string FormulaError::message() const {
    using enum FormulaErrorCode;
    const std::string a0 = arg(*this, 0);
    const std::string a1 = arg(*this, 1);
    switch (code) {
    case Empty:
        return "the text is empty";
    case NotUtf8:
        return "the text is not valid UTF-8";
    case TooLong:
        return "the text is " + a1 + " characters long; at most " + a0 + " are allowed";
    case TooDeep:
        return "parentheses, calls and operators nest deeper than " + a0 + " levels";
    case UnexpectedCharacter:
        return "unexpected character '" + a0 + "'";
    case ExpectedOperand:
        return "expected a number, a name or '(', found " + found(a0);
    case ExpectedToken:
        return "expected " + (a0.empty() ? std::string("an operator") : "'" + a0 + "'") +
               ", found " + found(a1);
    case MissingOperator:
        return "missing operator before '" + a0 + "' (write * for a product)";
    case NumberTooLarge:
        return "'" + a0 + "' is too large for a double";
    case UnknownName:
        return "unknown name '" + a0 + "'" +
               (a1.empty() ? " (the formula may use x, pi, e and its parameters)" : suggestion(a1));
    case UnknownFunction:
        return "unknown function '" + a0 + "'" +
               (a1.empty() ? " (see 'activa define --help' for the functions)" : suggestion(a1));
    case NotAFunction:
        return "'" + a0 + "' is not a function";
    case MissingArguments:
        return "'" + a0 + "' is a function: write " + a0 + "(...)";
    case WrongArgumentCount:
        return a0 + " takes " + a1 + (a1 == "1" ? " argument" : " arguments") + ", got " +
               arg(*this, 2);
    case MisplacedComparison:
        return "a comparison ('" + a0 + "') can only be the condition of where(COND, A, B)";
    case ConditionNeeded:
        return "the condition of where must be a comparison, such as x > 0";
    case MissingName:
        return "a definition starts with its name, as in f(x) = x";
    case NotAName:
        return "'" + a0 +
               "' is not a name: a name is letters, digits and '_', starting with a letter";
    case NameTaken:
        return "'" + a0 +
               "' is taken: it is a built-in function's id or a word of the formula "
               "language";
    case NameTooLong:
        return "the name '" + a0 + "' is longer than " + a1 + " characters";
    case MissingX:
        return "the first parameter must be x, as in f(x, p=1)";
    case MissingDefault:
        return "parameter '" + a0 + "' needs a default value, as in " + a0 + "=1";
    case BadDefault:
        return "the default of parameter '" + a0 + "' must be a finite number, got '" + a1 + "'";
    case ParameterTaken:
        return "'" + a0 + "' cannot name a parameter: it is x, pi, e, a function or a built-in id";
    case DuplicateParameter:
        return "parameter '" + a0 + "' is declared twice";
    case TooManyParameters:
        return "at most " + a0 + " parameters besides x";
    case BadRange:
        return "the range of parameter '" + a0 +
               "' must be finite, increasing and hold its default";
    case TooManyFunctions:
        return "at most " + a0 + " functions can be defined in one session";
    }
    return "invalid formula";
}

} // namespace activa
