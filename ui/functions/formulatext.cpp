// SPDX-License-Identifier: MIT
#include "functions/formulatext.hpp"

namespace activa::ui {
namespace {

QString arg(const FormulaError& e, std::size_t i) {
    return i < e.args.size() ? QString::fromStdString(e.args[i]) : QString();
}

QString found(const QString& what) {
    return what.isEmpty() ? FormulaText::tr("the end of the text")
                          : FormulaText::tr("“%1”").arg(what);
}

} // namespace

QString FormulaText::reason(const FormulaError& e) {
    using enum FormulaErrorCode;
    const QString a0 = arg(e, 0);
    const QString a1 = arg(e, 1);
    switch (e.code) {
    case Empty:
        return tr("Type a formula in x.");
    case NotUtf8:
        return tr("The text is not valid UTF-8.");
    case TooLong:
        return tr("The text is %1 characters long; at most %2 are allowed.").arg(a1, a0);
    case TooDeep:
        return tr("Parentheses, calls and operators nest deeper than %1 levels.").arg(a0);
    case UnexpectedCharacter:
        return tr("Unexpected character “%1”.").arg(a0);
    case ExpectedOperand:
        return tr("Expected a number, a name or “(”, found %1.").arg(found(a0));
    case ExpectedToken:
        return a0.isEmpty() ? tr("Expected an operator, found %1.").arg(found(a1))
                            : tr("Expected “%1”, found %2.").arg(a0, found(a1));
    case MissingOperator:
        return tr("Missing operator before “%1” (write * for a product).").arg(a0);
    case NumberTooLarge:
        return tr("“%1” is too large for a double.").arg(a0);
    case UnknownName:
        return a1.isEmpty()
                   ? tr("Unknown name “%1” (a formula may use x, pi, e and its parameters).")
                         .arg(a0)
                   : tr("Unknown name “%1”: did you mean “%2”?").arg(a0, a1);
    case UnknownFunction:
        return a1.isEmpty() ? tr("Unknown function “%1”.").arg(a0)
                            : tr("Unknown function “%1”: did you mean “%2”?").arg(a0, a1);
    case NotAFunction:
        return tr("“%1” is not a function.").arg(a0);
    case MissingArguments:
        return tr("“%1” is a function: write %1(…).").arg(a0);
    case WrongArgumentCount:
        return tr("%1 takes %n argument(s), got %2.", nullptr, a1.toInt()).arg(a0, arg(e, 2));
    case MisplacedComparison:
        return tr("A comparison (“%1”) can only be the condition of where(COND, A, B).").arg(a0);
    case ConditionNeeded:
        return tr("The condition of where must be a comparison, such as x > 0.");
    case MissingName:
        return tr("Give the function a name.");
    case NotAName:
        return tr("“%1” is not a name: a name is letters, digits and _, starting with a letter "
                  "(the parameters have their own rows).")
            .arg(a0);
    case NameTaken:
        return tr("“%1” is taken: it is a built-in function's id or a word of the formula "
                  "language.")
            .arg(a0);
    case NameTooLong:
        return tr("The name “%1” is longer than %2 characters.").arg(a0, a1);
    case MissingX:
        return tr("The first parameter must be x.");
    case MissingDefault:
        return tr("Parameter “%1” needs a default value.").arg(a0);
    case BadDefault:
        return tr("The default of parameter “%1” must be a finite number, not “%2”.").arg(a0, a1);
    case ParameterTaken:
        return tr("“%1” cannot name a parameter: it is x, pi, e, a function or a built-in id.")
            .arg(a0);
    case DuplicateParameter:
        return tr("Parameter “%1” is declared twice.").arg(a0);
    case TooManyParameters:
        return tr("At most %1 parameters besides x.").arg(a0);
    case BadRange:
        return tr("The range of parameter “%1” must be finite, increasing and hold its default.")
            .arg(a0);
    case TooManyFunctions:
        return tr("At most %1 functions can be defined in one session.").arg(a0);
    }
    return tr("The formula cannot be read.");
}

} // namespace activa::ui
