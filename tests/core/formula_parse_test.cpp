// SPDX-License-Identifier: MIT
// Definitions as typed: what is accepted, how it prints back, and every mistake with its place
// (byte offset and character column), its length and its reason.

#include <activa/formula.hpp>

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

using activa::FormulaErrorCode;
using enum activa::FormulaErrorCode;

activa::FormulaError error_of(const std::string& text) {
    const auto d = activa::parse_definition(text);
    EXPECT_FALSE(d.has_value()) << text << " was accepted";
    return d.has_value() ? activa::FormulaError{} : d.error();
}

struct Mistake {
    const char* name; // the test's own name
    const char* text;
    FormulaErrorCode code;
    std::size_t column;
    std::size_t length;
    const char* message;
};

class FormulaMistakes : public testing::TestWithParam<Mistake> {};

TEST_P(FormulaMistakes, AreRefusedAtTheirPlaceWithTheirReason) {
    const Mistake& m = GetParam();
    const activa::FormulaError e = error_of(m.text);
    EXPECT_EQ(e.code, m.code) << m.text;
    EXPECT_EQ(e.column, m.column) << m.text;
    EXPECT_EQ(e.length, m.length) << m.text;
    EXPECT_EQ(e.message(), m.message) << m.text;
}

const Mistake kMistakes[] = {
    {"Empty", "", Empty, 0, 1, "the text is empty"},
    {"UnknownFunctionSwapped", "f(x) = x + tahn(x)", UnknownFunction, 11, 4,
     "unknown function 'tahn': did you mean 'tanh'?"},
    {"UnknownFunctionCase", "f(x) = Exp(x)", UnknownFunction, 7, 3,
     "unknown function 'Exp': did you mean 'exp'?"},
    {"UnknownFunctionFar", "f(x) = zzzzzz(x)", UnknownFunction, 7, 6,
     "unknown function 'zzzzzz' (see 'activa define --help' for the functions)"},
    {"UnknownBuiltinTypo", "f(x) = sigmod(x)", UnknownFunction, 7, 6,
     "unknown function 'sigmod': did you mean 'sigmoid'?"},
    {"UnknownParameterTypo", "f(x, beta=1) = x*bta", UnknownName, 17, 3,
     "unknown name 'bta': did you mean 'beta'?"},
    {"UnknownName", "f(x) = x + y", UnknownName, 11, 1, "unknown name 'y': did you mean 'x'?"},
    {"MissingOperator", "f(x) = 2x", MissingOperator, 8, 1,
     "missing operator before 'x' (write * for a product)"},
    {"UnclosedParenthesis", "f(x) = (x + 1", ExpectedToken, 13, 1,
     "expected ')', found the end of the text"},
    {"DanglingOperator", "f(x) = x +", ExpectedOperand, 10, 1,
     "expected a number, a name or '(', found the end of the text"},
    {"StrayClose", "f(x) = x)", ExpectedToken, 8, 1, "expected an operator, found ')'"},
    {"UnexpectedCharacter", "f(x) = x × 2", UnexpectedCharacter, 9, 1, "unexpected character '×'"},
    {"TooLargeNumber", "f(x) = 1e400*x", NumberTooLarge, 7, 5, "'1e400' is too large for a double"},
    {"NotAFunction", "f(x) = x(2)", NotAFunction, 7, 1, "'x' is not a function"},
    {"FunctionWithoutArguments", "f(x) = exp + x", MissingArguments, 7, 3,
     "'exp' is a function: write exp(...)"},
    {"WrongArgumentCount", "f(x) = max(x)", WrongArgumentCount, 7, 3,
     "max takes 2 arguments, got 1"},
    {"BuiltinWithTwoArguments", "f(x) = relu(x, 2)", WrongArgumentCount, 7, 4,
     "relu takes 1 argument, got 2"},
    {"ComparisonOutsideWhere", "f(x) = x > 0", MisplacedComparison, 9, 1,
     "a comparison ('>') can only be the condition of where(COND, A, B)"},
    {"TwoComparisons", "f(x) = where(0 < x < 1, 1, 0)", MisplacedComparison, 19, 1,
     "a comparison ('<') can only be the condition of where(COND, A, B)"},
    {"WhereWithoutComparison", "f(x) = where(x, 1, 0)", ConditionNeeded, 13, 1,
     "the condition of where must be a comparison, such as x > 0"},
    {"SpaceInsideComparison", "f(x) = where(x < = 1, 1, 0)", ExpectedOperand, 17, 1,
     "expected a number, a name or '(', found '='"},
    {"NoName", "(x) = x", MissingName, 0, 1, "a definition starts with its name, as in f(x) = x"},
    {"NameIsABuiltinId", "relu(x) = x", NameTaken, 0, 4,
     "'relu' is taken: it is a built-in function's id or a word of the formula language"},
    {"NameIsAnAlias", "swish(x) = x", NameTaken, 0, 5,
     "'swish' is taken: it is a built-in function's id or a word of the formula language"},
    {"NameIsAFunction", "exp(x) = x", NameTaken, 0, 3,
     "'exp' is taken: it is a built-in function's id or a word of the formula language"},
    {"NoX", "f(p=1) = p", MissingX, 2, 1, "the first parameter must be x, as in f(x, p=1)"},
    {"NoDefault", "f(x, p) = p*x", MissingDefault, 5, 1,
     "parameter 'p' needs a default value, as in p=1"},
    {"BadDefault", "f(x, p=abc) = p*x", BadDefault, 7, 3,
     "the default of parameter 'p' must be a finite number, got 'abc'"},
    {"ParameterIsPi", "f(x, pi=3) = x", ParameterTaken, 5, 2,
     "'pi' cannot name a parameter: it is x, pi, e, a function or a built-in id"},
    {"DuplicateParameter", "f(x, a=1, a=2) = a*x", DuplicateParameter, 10, 1,
     "parameter 'a' is declared twice"},
    {"NoEquals", "f(x) x", ExpectedToken, 5, 1, "expected '=', found 'x'"},
    {"NoFormula", "f(x) =", Empty, 6, 1, "the text is empty"},
};

INSTANTIATE_TEST_SUITE_P(Definitions, FormulaMistakes, testing::ValuesIn(kMistakes),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(FormulaLimits, SixtyFourNestedParenthesesAreFineSixtyFiveAreNot) {
    EXPECT_TRUE(
        activa::parse_definition("f(x) = " + std::string(64, '(') + "x" + std::string(64, ')')));
    const auto e = error_of("f(x) = " + std::string(65, '(') + "x" + std::string(65, ')'));
    EXPECT_EQ(e.code, TooDeep);
    EXPECT_EQ(e.column, 7U + 64U); // the 65th parenthesis
    EXPECT_EQ(e.message(), "parentheses, calls and operators nest deeper than 64 levels");
}

TEST(FormulaLimits, ThirtyThousandParenthesesOrMinusSignsAreACleanError) {
    const std::string parens = "f(x) = " + std::string(30000, '(') + "x" + std::string(30000, ')');
    EXPECT_EQ(error_of(parens).code, TooLong);
    const std::string minus(30000, '-');
    EXPECT_EQ(error_of("f(x) = " + minus.substr(0, 900) + "x").code, TooDeep);
    const auto made = activa::make_definition("f", {}, minus + "x");
    ASSERT_FALSE(made.has_value());
    EXPECT_EQ(made.error().code, TooLong);
}

TEST(FormulaLimits, LengthIsCountedInCharactersAndPlacedInBytesAndCharacters) {
    // 600 two-byte characters: 1200 bytes but 600 characters, under the limit of 1000; the
    // mistake is then the first of them, at byte 7 and column 7.
    std::string text = "f(x) = ";
    for (int i = 0; i < 600; ++i)
        text += "é";
    auto e = error_of(text);
    EXPECT_EQ(e.code, UnexpectedCharacter);
    // 1001 characters after 7 of ASCII: refused at the 1001st character.
    text += std::string(401, 'x');
    e = error_of(text);
    EXPECT_EQ(e.code, TooLong);
    EXPECT_EQ(e.column, 1000U);
    EXPECT_EQ(e.offset, 7U + 1200U + (1000U - 607U));
    EXPECT_EQ(e.args, (std::vector<std::string>{"1000", "1008"}));
}

TEST(FormulaLimits, NotUtf8IsRefused) {
    EXPECT_EQ(error_of("f(x) = x\xff").code, NotUtf8);
}

TEST(FormulaParse, NameParametersDefaultsAndTextAreKept) {
    const auto d =
        activa::parse_definition("  pswish ( x , beta = 1.5, q=-2e-3 ) =x*sigmoid(beta*x)");
    ASSERT_TRUE(d.has_value()) << d.error().message();
    EXPECT_EQ(d->name, "pswish");
    ASSERT_EQ(d->params.size(), 2U);
    EXPECT_EQ(d->params[0], (activa::FormulaParam{"beta", 1.5}));
    EXPECT_EQ(d->params[1], (activa::FormulaParam{"q", -2e-3}));
    EXPECT_EQ(d->text, "x*sigmoid(beta*x)");
}

TEST(FormulaParse, SeparateFieldsPlaceTheirMistakesInTheFormula) {
    const auto made = activa::make_definition("mine", {{"a", 1.0}}, "a*tahn(x)");
    ASSERT_FALSE(made.has_value());
    EXPECT_EQ(made.error().column, 2U);
    EXPECT_EQ(made.error().args, (std::vector<std::string>{"tahn", "tanh"}));
    EXPECT_EQ(activa::make_definition("relu", {}, "x").error().code, NameTaken);
    EXPECT_EQ(activa::make_definition("f", {{"x", 1.0}}, "x").error().code, DuplicateParameter);
    EXPECT_TRUE(activa::make_definition("f", {{"a", 2.0}}, "a*x").has_value());
    // A signature typed into the name's field is no name: it says so, not that none was given.
    const auto signature = activa::make_definition("snake(x, b=1)", {}, "x");
    EXPECT_EQ(signature.error().code, activa::FormulaErrorCode::NotAName);
    EXPECT_EQ(signature.error().message(), "'snake(x, b=1)' is not a name: a name is letters, "
                                           "digits and '_', starting with a letter");
    EXPECT_EQ(activa::make_definition("", {}, "x").error().code, MissingName);
}

double at(const std::string& formula, double x) {
    const auto f = activa::compile_definition("f(x) = " + formula);
    EXPECT_TRUE(f.has_value()) << formula << ": " << f.error().message();
    return f.has_value() ? f->evaluate({}, x).value : 0.0;
}

TEST(FormulaParse, PrecedenceAndAssociativity) {
    EXPECT_EQ(at("2^3^2", 0), 512.0); // right to left
    EXPECT_EQ(at("-2^2", 0), -4.0);   // the power first
    EXPECT_EQ(at("2*-3", 0), -6.0);   // unary minus after an operator
    EXPECT_EQ(at("2^-1", 0), 0.5);
    EXPECT_EQ(at("8/4/2", 0), 1.0); // left to right
    EXPECT_EQ(at("1 - 2 - 3", 0), -4.0);
    EXPECT_EQ(at(".5 + 5. + 1E1", 0), 15.5);
    EXPECT_EQ(at("pi", 0), 3.141592653589793);
    EXPECT_EQ(at("e", 0), 2.718281828459045);
    EXPECT_EQ(at("where(x >= 1, 10, 20)", 1), 10.0);
    EXPECT_EQ(at("where(x < 1, 10, 20)", 1), 20.0);
}

// Each comparison is read with or without spaces, printed as written and holds at the tie as it
// says.
TEST(FormulaParse, EveryComparisonReadsPrintsAndDecidesAsWritten) {
    struct Case {
        const char* comparison;
        double below, tie, above; // where(x COMPARISON 1, 1, 0) at 0, 1 and 2
    };
    for (const Case& c :
         {Case{"<", 1, 0, 0}, Case{"<=", 1, 1, 0}, Case{">", 0, 0, 1}, Case{">=", 0, 1, 1}}) {
        const auto f =
            activa::compile_definition(std::string("f(x) = where(x") + c.comparison + "1,1,0)");
        ASSERT_TRUE(f.has_value()) << c.comparison << ": " << f.error().message();
        EXPECT_EQ(f->formula(), std::string("where(x ") + c.comparison + " 1, 1, 0)");
        EXPECT_EQ(f->evaluate({}, 0.0).value, c.below) << c.comparison;
        EXPECT_EQ(f->evaluate({}, 1.0).value, c.tie) << c.comparison;
        EXPECT_EQ(f->evaluate({}, 2.0).value, c.above) << c.comparison;
    }
}

// Operators are printed with their spaces and only the parentheses their binding needs.
TEST(FormulaParse, PrintsTheFewestParenthesesThatKeepTheMeaning) {
    const std::pair<const char*, const char*> cases[] = {
        {"((x + 1)) * ((x - 1))", "(x + 1)*(x - 1)"},
        {"(x*2)/(3*x)", "x*2/(3*x)"},
        {"(x - 1) - (x - 2)", "x - 1 - (x - 2)"},
        {"(x - 1) + (x - 2)", "x - 1 + (x - 2)"},
        {"x+1*x-x/2^2", "x + x - x/2^2"},
        {"(x/2)/x", "x/2/x"},
        {"x/(x/2)", "x/(x/2)"},
        {"(2^x)^2", "(2^x)^2"},
        {"2^(x^2)", "2^x^2"},
        {"2^(-x)", "2^(-x)"},
        {"(-2)^x", "(-2)^x"},
        {"-(x^2)", "-x^2"},
        {"(-x)^2", "(-x)^2"},
        {"x*(-2)", "x*-2"},
        {"x*(x+x)^(x-1)", "x*(x + x)^(x - 1)"},
    };
    for (const auto& [typed, printed] : cases) {
        const auto f = activa::compile_definition(std::string("f(x) = ") + typed);
        ASSERT_TRUE(f.has_value()) << typed << ": " << f.error().message();
        EXPECT_EQ(f->formula(), printed) << typed;
    }
}

// What is printed reads back to the same formula: printing twice gives the same text.
TEST(FormulaParse, PrintedFormulasReadBackToThemselves) {
    for (const char* formula :
         {"-x^2", "(-x)^2", "2^-x", "a - (b - c)", "x/(2*x)", "where(x > 0, x, -x)",
          "x*(1 + erf(x/sqrt(2)))/2", "x + sin(b*x)^2/b", "log(1 + exp(x))", "(x + 1)*(x - 1)",
          "x^(1/3)", "-(x + 1)", "1/(1 + exp(-a*x))", "max(min(x, 1), -1)"}) {
        const std::string text = std::string("f(x, a=1, b=2, c=3) = ") + formula;
        const auto f = activa::compile_definition(text);
        ASSERT_TRUE(f.has_value()) << formula << ": " << f.error().message();
        for (const std::string& printed :
             {f->formula(), f->stable_formula(), f->derivative_formula()}) {
            const auto again = activa::compile_definition("f(x, a=1, b=2, c=3) = " + printed);
            ASSERT_TRUE(again.has_value()) << printed << ": " << again.error().message();
            EXPECT_EQ(again->formula(), printed) << formula;
        }
    }
}

TEST(FormulaParse, TypedFormulaIsTidiedNotRewritten) {
    const auto f = activa::compile_definition("f(x, a=2) = 1*x^1 + 0 + a*x^2 - -x");
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->formula(), "x + a*x^2 + x");
    EXPECT_EQ(f->derivative_formula(), "2 + 2*a*x");
    const auto g = activa::compile_definition("g(x) = x*(1 + erf(x/sqrt(2)))/2");
    ASSERT_TRUE(g.has_value());
    EXPECT_EQ(g->formula(), "x*(1 + erf(x/sqrt(2)))/2");
    EXPECT_EQ(g->stable_formula(), "x*erfc(x/-sqrt(2))*0.5");
}

TEST(FormulaParse, DerivativesPrintSimplified) {
    const auto printed = [](const char* formula) {
        const auto f = activa::compile_definition(std::string("f(x, b=1) = ") + formula);
        EXPECT_TRUE(f.has_value()) << formula;
        return f.has_value() ? f->derivative_formula() : std::string();
    };
    EXPECT_EQ(printed("x + sin(b*x)^2/b"), "1 + 2*sin(b*x)*cos(b*x)");
    EXPECT_EQ(printed("x^3"), "3*x^2");
    EXPECT_EQ(printed("sin(b*x)"), "b*cos(b*x)");
    EXPECT_EQ(printed("log(1 + exp(x))"), "sigmoid(x)");
    EXPECT_EQ(printed("max(x, 0)"), "where(x > 0, 1, 0)");
    EXPECT_EQ(printed("relu(b*x)"), "where(b*x > 0, b, 0)");
    EXPECT_EQ(printed("abs(x)"), "sign(x)");
    EXPECT_EQ(printed("exp(-x)"), "-exp(-x)");
    EXPECT_EQ(printed("1/x"), "-1/x^2");
}

} // namespace
