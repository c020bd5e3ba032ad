// SPDX-License-Identifier: MIT
// The one CSV writer: its dialect, its streaming, and a sink that fails.
#include <activa/csv.hpp>
#include <activa/flowchart.hpp>
#include <activa/softmax.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace {

using activa::ActivationId;
using activa::TextWriter;

// Collects what is written; fails every write after `budget` bytes, as a full disk does.
class StringSink : public activa::OutputSink {
public:
    explicit StringSink(std::size_t budget = std::string::npos)
        : m_budget(budget) {}
    bool write(std::string_view bytes) override {
        ++writes;
        if (text.size() + bytes.size() > m_budget) return false;
        text.append(bytes);
        return true;
    }
    std::string text;
    int writes = 0;

private:
    std::size_t m_budget;
};

TEST(TextWriter, NumbersAreShortestRoundTripWithSpecials) {
    StringSink sink;
    TextWriter w(sink);
    w.number(0.1).ch(',').number(-0.0).ch(',').number(1e-320).ch(',');
    w.number(std::numeric_limits<double>::infinity()).ch(',');
    w.number(std::numeric_limits<double>::quiet_NaN()).ch(',').integer(42);
    ASSERT_TRUE(w.finish());
    EXPECT_EQ(sink.text, "0.1,-0,1e-320,inf,nan,42");
}

TEST(TextWriter, FieldsWithSeparatorsAreQuoted) {
    StringSink sink;
    TextWriter w(sink);
    w.field("plain").ch(',').field("a,b").ch(',').field("say \"hi\"").ch(',').field("two\nlines");
    ASSERT_TRUE(w.finish());
    EXPECT_EQ(sink.text, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"");
}

TEST(TextWriter, AFailedWriteIsReportedAndStopsTheRest) {
    StringSink sink(10);
    TextWriter w(sink);
    w.text("0123456789abc");
    EXPECT_FALSE(w.finish());
    EXPECT_TRUE(w.failed());
    w.text("more");
    EXPECT_FALSE(w.finish());
    EXPECT_EQ(sink.writes, 1); // nothing more is tried after the failure
}

TEST(EvalCsv, AtPointsGivesHeaderAndRows) {
    StringSink sink;
    TextWriter w(sink);
    const std::vector<double> xs{-1.0, 0.0, 2.0};
    activa::write_eval_csv(w, ActivationId::Relu, {}, xs);
    ASSERT_TRUE(w.finish());
    EXPECT_EQ(sink.text, "x,value,derivative\n-1,0,0\n0,0,0\n2,2,1\n");
}

TEST(EvalCsv, LongRangeIsWrittenInManySmallPieces) {
    StringSink sink;
    TextWriter w(sink);
    activa::write_eval_csv(w, ActivationId::Identity, {}, 0.0, 1.0, 200'000);
    ASSERT_TRUE(w.finish());
    EXPECT_EQ(std::count(sink.text.begin(), sink.text.end(), '\n'), 200'001);
    EXPECT_GT(sink.writes, 20); // streamed: no write holds the whole output
    EXPECT_TRUE(sink.text.ends_with("\n1,1,1\n"));
}

TEST(EvalCsv, StopsEarlyWhenTheSinkFails) {
    StringSink sink(1000);
    TextWriter w(sink);
    activa::write_eval_csv(w, ActivationId::Identity, {}, 0.0, 1.0, 10'000'000);
    EXPECT_FALSE(w.finish());
    EXPECT_LT(sink.writes, 5);
}

TEST(CurvesCsv, ColumnsFollowTheState) {
    activa::CurvesState s;
    s.curves = {{ActivationId::Relu, {}}, {ActivationId::Identity, {}}};
    s.xmin = -1;
    s.xmax = 1;
    s.points = 3;
    s.show_derivative = true;
    StringSink sink;
    TextWriter w(sink);
    activa::write_curves_csv(w, s);
    ASSERT_TRUE(w.finish());
    EXPECT_EQ(sink.text, "x,relu,relu_derivative,identity,identity_derivative\n"
                         "-1,0,0,-1,1\n0,0,0,0,1\n1,1,1,1,1\n");
    s.show_derivative = false;
    StringSink values_only;
    TextWriter v(values_only);
    activa::write_curves_csv(v, s);
    ASSERT_TRUE(v.finish());
    EXPECT_EQ(values_only.text, "x,relu,identity\n-1,0,-1\n0,0,0\n1,1,1\n");
}

TEST(SoftmaxCsv, ArticleExampleWithoutAndWithNames) {
    const std::vector<double> logits{1, 3, 2};
    StringSink plain;
    TextWriter w(plain);
    activa::write_softmax_csv(w, logits, 1.0);
    ASSERT_TRUE(w.finish());
    EXPECT_TRUE(plain.text.starts_with("index,logit,probability,log_probability,sigmoid\n0,1,"));

    const std::vector<std::string> names{"cat", "dog, big", "bird"};
    StringSink named;
    TextWriter n(named);
    activa::write_softmax_csv(n, logits, 1.0, &names);
    ASSERT_TRUE(n.finish());
    EXPECT_TRUE(
        named.text.starts_with("index,class,logit,probability,log_probability,sigmoid\n0,cat,1,"));
    EXPECT_NE(named.text.find("\n1,\"dog, big\",3,"), std::string::npos);
    // The probabilities are softmax's own numbers, to the last digit.
    const auto p = activa::softmax(logits, 1.0);
    EXPECT_NE(named.text.find(",1,0.09003057317038046,"), std::string::npos);
    EXPECT_EQ(p[0], 0.09003057317038046);
}

TEST(GradFlowCsv, OneRowPerLayerInShortestForm) {
    activa::GradFlowResult r;
    r.layers = {{1, 0.5, 0.1, 1e-300, 0.25, 0.0, 0.5}, {2, 2e-17, -0.5, 1.0, 0.0, 0.125, 1.0}};
    StringSink sink;
    TextWriter w(sink);
    activa::write_gradflow_csv(w, r);
    ASSERT_TRUE(w.finish());
    EXPECT_EQ(sink.text,
              "layer,grad_norm,activation_mean,activation_std,saturated_fraction,dead_fraction,"
              "zero_gradient_fraction\n"
              "1,0.5,0.1,1e-300,0.25,0,0.5\n"
              "2,2e-17,-0.5,1,0,0.125,1\n");
}

// The gradient-flow CSV of two activations side by side: the first with one layer of the
// numbers 1 to 6, the second with `second` (which may have no layers).
std::string gradflow_csv_beside(ActivationId first, ActivationId second,
                                const activa::GradFlowResult& second_result) {
    activa::GradFlowResult first_result;
    first_result.layers = {{1, 1, 2, 3, 4, 5, 6}};
    const ActivationId ids[] = {first, second};
    const activa::GradFlowResult results[] = {first_result, second_result};
    StringSink sink;
    TextWriter w(sink);
    activa::write_gradflow_csv(w, ids, results);
    EXPECT_TRUE(w.finish());
    return sink.text;
}

TEST(GradFlowCsv, ColumnsPerActivationNamedByItsId) {
    activa::GradFlowResult b;
    b.layers = {{1, 7, 8, 9, 10, 11, 12}};
    EXPECT_EQ(gradflow_csv_beside(ActivationId::Sigmoid, ActivationId::LeakyRelu, b),
              "layer,sigmoid_grad_norm,sigmoid_activation_mean,sigmoid_activation_std,"
              "sigmoid_saturated_fraction,sigmoid_dead_fraction,"
              "sigmoid_zero_gradient_fraction,"
              "leaky_relu_grad_norm,leaky_relu_activation_mean,"
              "leaky_relu_activation_std,leaky_relu_saturated_fraction,"
              "leaky_relu_dead_fraction,leaky_relu_zero_gradient_fraction\n"
              "1,1,2,3,4,5,6,7,8,9,10,11,12\n");
}

TEST(GradFlowCsv, ResultsOfDifferentDepthsAreRefused) {
    EXPECT_THROW(gradflow_csv_beside(ActivationId::Sigmoid, ActivationId::Relu, {}),
                 std::invalid_argument);
}

TEST(RecipeCsv, WithoutARecipeOnlyTheHeader) {
    StringSink sink;
    TextWriter w(sink);
    activa::write_recipe_csv(w, std::nullopt);
    ASSERT_TRUE(w.finish());
    EXPECT_EQ(sink.text, "key,value,reason\n");
}

TEST(RecipeCsv, OneRowPerRecipeLineWithItsReason) {
    const auto recipe =
        activa::recommend(activa::NetworkType::Mlp, activa::ProblemType::Multiclass, 10U);
    ASSERT_TRUE(recipe);
    StringSink sink;
    TextWriter w(sink);
    activa::write_recipe_csv(w, *recipe);
    ASSERT_TRUE(w.finish());
    const auto lines = activa::recipe_lines(*recipe);
    EXPECT_EQ(std::count(sink.text.begin(), sink.text.end(), '\n'),
              static_cast<std::ptrdiff_t>(lines.size() + 1));
    EXPECT_TRUE(sink.text.starts_with("key,value,reason\nhidden_activation,relu,\"ReLU is the "))
        << sink.text;
    // A value with a comma is quoted; the reasons are the recipe's own sentences.
    EXPECT_NE(sink.text.find("\ninput_scaling,\"[0, 1]\",ReLU networks train best on inputs "
                             "scaled to the range 0 to 1.\n"),
              std::string::npos)
        << sink.text;
    EXPECT_NE(sink.text.find("\noutput_nodes,10,One node per class.\n"), std::string::npos);
    EXPECT_TRUE(sink.text.ends_with("\nloss,categorical_crossentropy,Categorical cross-entropy "
                                    "compares the softmax distribution with the one-hot "
                                    "target.\n"))
        << sink.text;
}

TEST(RecipeCsv, ReasonsGoThroughTheTranslation) {
    const auto recipe =
        activa::recommend(activa::NetworkType::Rnn, activa::ProblemType::Regression, std::nullopt);
    ASSERT_TRUE(recipe);
    StringSink sink;
    TextWriter w(sink);
    activa::write_recipe_csv(w, *recipe, [](std::string_view english) {
        return "«" + std::string(english.substr(0, 4)) + ", traducido»";
    });
    ASSERT_TRUE(w.finish());
    EXPECT_NE(sink.text.find("\nhidden_activation,tanh,\"«Recu, traducido»\"\n"), std::string::npos)
        << sink.text;
    EXPECT_NE(sink.text.find("\nloss,mean_squared_error,\"«Mean, traducido»\"\n"),
              std::string::npos)
        << sink.text;
}

} // namespace
