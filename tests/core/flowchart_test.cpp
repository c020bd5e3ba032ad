// SPDX-License-Identifier: MIT
#include <activa/flowchart.hpp>
#include <activa/init.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using activa::NetworkType;
using activa::ProblemType;

const activa::FlowNode* find_node(const activa::Flowchart& f, std::string_view id) {
    for (const auto& n : f.nodes)
        if (n.id == id) return &n;
    return nullptr;
}

std::size_t outgoing(const activa::Flowchart& f, std::string_view id) {
    return static_cast<std::size_t>(
        std::count_if(f.edges.begin(), f.edges.end(), [&](const auto& e) { return e.from == id; }));
}

// Checks that the path starts at the root, follows edges and ends on a leaf; returns its text.
std::string_view leaf_text(const activa::Flowchart& f, const std::vector<std::string_view>& path) {
    EXPECT_FALSE(path.empty());
    if (path.empty()) return {};
    EXPECT_EQ(path.front(), f.nodes[0].id);
    for (const auto id : path)
        EXPECT_NE(find_node(f, id), nullptr) << id;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const bool linked = std::any_of(f.edges.begin(), f.edges.end(), [&](const auto& e) {
            return e.from == path[i] && e.to == path[i + 1];
        });
        EXPECT_TRUE(linked) << path[i] << " -> " << path[i + 1];
    }
    const activa::FlowNode* leaf = find_node(f, path.back());
    if (!leaf) return {};
    EXPECT_TRUE(leaf->is_leaf) << path.back();
    return leaf->text;
}

void expect_well_formed(const activa::Flowchart& f) {
    ASSERT_FALSE(f.nodes.empty());
    EXPECT_FALSE(f.nodes[0].is_leaf);
    std::set<std::string_view> ids;
    for (const auto& n : f.nodes) {
        EXPECT_TRUE(ids.insert(n.id).second) << "duplicate node " << n.id;
        EXPECT_FALSE(n.text.empty()) << n.id;
        if (n.is_leaf) {
            EXPECT_EQ(outgoing(f, n.id), 0U) << "leaf " << n.id << " has outgoing edges";
        } else {
            EXPECT_GT(outgoing(f, n.id), 0U) << "question " << n.id << " has no outgoing edges";
        }
    }
    for (const auto& e : f.edges) {
        EXPECT_NE(find_node(f, e.from), nullptr) << e.from;
        EXPECT_NE(find_node(f, e.to), nullptr) << e.to;
        EXPECT_FALSE(e.label.empty()) << e.from << " -> " << e.to;
        EXPECT_FALSE(e.answer.empty()) << e.from << " -> " << e.to;
    }
    // Every node but the root is reached by exactly one edge: the chart is a tree.
    for (std::size_t i = 1; i < f.nodes.size(); ++i) {
        const auto in = std::count_if(f.edges.begin(), f.edges.end(),
                                      [&](const auto& e) { return e.to == f.nodes[i].id; });
        EXPECT_EQ(in, 1) << f.nodes[i].id;
    }
}

TEST(Flowchart, HiddenIsWellFormed) {
    const auto& f = activa::hidden_flowchart();
    EXPECT_EQ(f.id, "hidden");
    EXPECT_FALSE(f.title.empty());
    expect_well_formed(f);
}

TEST(Flowchart, OutputIsWellFormed) {
    const auto& f = activa::output_flowchart();
    EXPECT_EQ(f.id, "output");
    EXPECT_FALSE(f.title.empty());
    expect_well_formed(f);
}

TEST(Flowchart, FindByHiddenAndOutput) {
    EXPECT_EQ(activa::find_flowchart("hidden"), &activa::hidden_flowchart());
    EXPECT_EQ(activa::find_flowchart("output"), &activa::output_flowchart());
    EXPECT_EQ(activa::find_flowchart("input"), nullptr);
    EXPECT_EQ(activa::find_flowchart(""), nullptr);
}

// A path from the root through the given answers to the leaf of the given text.
void expect_path(const activa::Flowchart& f, const std::vector<std::string_view>& path,
                 const std::vector<std::string_view>& through, std::string_view leaf) {
    ASSERT_EQ(path.size(), 2U + through.size());
    for (std::size_t i = 0; i < through.size(); ++i)
        EXPECT_EQ(path[1 + i], through[i]);
    EXPECT_EQ(leaf_text(f, path), leaf);
}

TEST(HiddenPath, EachNetworkLeadsToItsActivation) {
    const std::pair<NetworkType, std::string_view> kLeaves[] = {
        {NetworkType::Mlp, "ReLU"},
        {NetworkType::Cnn, "ReLU"},
        {NetworkType::Rnn, "Tanh and/or Sigmoid"},
    };
    for (const auto& [network, leaf] : kLeaves) {
        SCOPED_TRACE(activa::network_key(network));
        expect_path(activa::hidden_flowchart(), activa::hidden_path(network), {}, leaf);
    }
}

TEST(HiddenPath, EachNetworkHasItsOwnLeaf) {
    std::set<std::string_view> leaves;
    for (const auto n : {NetworkType::Mlp, NetworkType::Cnn, NetworkType::Rnn})
        leaves.insert(activa::hidden_path(n).back());
    EXPECT_EQ(leaves.size(), 3U);
}

TEST(OutputPath, EachProblemLeadsToItsActivationClassesThroughClassification) {
    const std::pair<ProblemType, std::string_view> kLeaves[] = {
        {ProblemType::Regression, "Linear"},
        {ProblemType::Binary, "Sigmoid"},
        {ProblemType::Multiclass, "Softmax"},
        {ProblemType::Multilabel, "Sigmoid"},
    };
    for (const auto& [problem, leaf] : kLeaves) {
        SCOPED_TRACE(activa::problem_key(problem));
        const std::vector<std::string_view> through =
            problem == ProblemType::Regression ? std::vector<std::string_view>{}
                                               : std::vector<std::string_view>{"classification"};
        expect_path(activa::output_flowchart(), activa::output_path(problem), through, leaf);
    }
}

TEST(OutputPath, BinaryAndMultilabelAreDistinctLeaves) {
    EXPECT_NE(activa::output_path(ProblemType::Binary).back(),
              activa::output_path(ProblemType::Multilabel).back());
}

TEST(OutputPath, EveryLeafIsReached) {
    std::set<std::string_view> reached;
    for (const auto n : {NetworkType::Mlp, NetworkType::Cnn, NetworkType::Rnn})
        reached.insert(activa::hidden_path(n).back());
    for (const auto p : {ProblemType::Regression, ProblemType::Binary, ProblemType::Multiclass,
                         ProblemType::Multilabel})
        reached.insert(activa::output_path(p).back());
    for (const auto* f : {&activa::hidden_flowchart(), &activa::output_flowchart()})
        for (const auto& n : f->nodes)
            if (n.is_leaf) {
                EXPECT_TRUE(reached.contains(n.id)) << n.id;
            }
}

// The expected recipe lines for one answer pair.
struct Expected {
    std::string hidden, init, scaling, output, nodes, encoding, loss;
};

std::optional<std::string> line_value(const activa::Recipe& r, std::string_view key) {
    for (const auto& l : activa::recipe_lines(r))
        if (l.key == key) return l.value;
    return std::nullopt;
}

void expect_recipe(NetworkType network, ProblemType problem, std::optional<unsigned> classes,
                   const Expected& e) {
    SCOPED_TRACE(std::string(activa::network_key(network)) + " " +
                 std::string(activa::problem_key(problem)));
    const auto r = activa::recommend(network, problem, classes);
    ASSERT_TRUE(r.has_value()) << r.error();
    EXPECT_EQ(r->network, network);
    EXPECT_EQ(r->problem, problem);
    EXPECT_EQ(line_value(*r, "hidden_activation"), e.hidden);
    EXPECT_EQ(line_value(*r, "weight_init"), e.init);
    EXPECT_EQ(line_value(*r, "input_scaling"), e.scaling);
    EXPECT_EQ(line_value(*r, "output_activation"), e.output);
    EXPECT_EQ(line_value(*r, "output_nodes"), e.nodes);
    EXPECT_EQ(line_value(*r, "label_encoding"), e.encoding);
    EXPECT_EQ(line_value(*r, "loss"), e.loss);
    EXPECT_EQ(std::to_string(r->output_nodes), e.nodes);
    EXPECT_EQ(activa::output_activation_key(r->output), e.output);
    if (network == NetworkType::Rnn) {
        EXPECT_EQ(r->hidden, activa::ActivationId::Tanh);
        EXPECT_EQ(r->gate, activa::ActivationId::Sigmoid);
        EXPECT_EQ(line_value(*r, "gate_activation"), "sigmoid");
    } else {
        EXPECT_EQ(r->hidden, activa::ActivationId::Relu);
        EXPECT_FALSE(r->gate.has_value());
        EXPECT_EQ(line_value(*r, "gate_activation"), std::nullopt);
    }
    std::set<std::string_view> keys;
    for (const auto& l : activa::recipe_lines(*r)) {
        EXPECT_TRUE(keys.insert(l.key).second) << "duplicate key " << l.key;
        EXPECT_FALSE(l.value.empty()) << l.key;
        ASSERT_FALSE(l.reason.empty()) << l.key;
        EXPECT_EQ(l.reason.back(), '.') << l.key << ": " << l.reason;
        EXPECT_EQ(l.reason.find('\n'), std::string_view::npos) << l.key;
    }
}

// The hidden activation, its initialisation and the input scaling of a network.
struct Family {
    const char* hidden;
    const char* init;
    const char* scaling;
};
constexpr Family kRelu{"relu", "he_uniform", "[0, 1]"};
constexpr Family kTanh{"tanh", "glorot_uniform", "[-1, 1]"};

Expected recipe(const Family& f, const char* output, unsigned nodes, const char* encoding,
                const char* loss) {
    return {f.hidden, f.init, f.scaling, output, std::to_string(nodes), encoding, loss};
}
Expected regression(const Family& f) {
    return recipe(f, "linear", 1, "scaled", "mean_squared_error");
}
Expected binary(const Family& f) {
    return recipe(f, "sigmoid", 1, "0/1", "binary_crossentropy");
}
Expected multiclass(const Family& f, unsigned n) {
    return recipe(f, "softmax", n, "one-hot", "categorical_crossentropy");
}
Expected multilabel(const Family& f, unsigned n) {
    return recipe(f, "sigmoid", n, "multi-hot", "binary_crossentropy");
}

// One answer pair, with the number of classes typed (if any), and the recipe it gives.
struct RecipeCase {
    const char* name; // the test's own name
    NetworkType network;
    ProblemType problem;
    std::optional<unsigned> classes;
    Expected expected;
};

class RecommendAnswers : public testing::TestWithParam<RecipeCase> {};

TEST_P(RecommendAnswers, GiveTheirRecipe) {
    const RecipeCase& c = GetParam();
    expect_recipe(c.network, c.problem, c.classes, c.expected);
}

const RecipeCase kRecipes[] = {
    {"MlpRegression", NetworkType::Mlp, ProblemType::Regression, std::nullopt, regression(kRelu)},
    {"CnnRegression", NetworkType::Cnn, ProblemType::Regression, std::nullopt, regression(kRelu)},
    {"RnnRegression", NetworkType::Rnn, ProblemType::Regression, std::nullopt, regression(kTanh)},
    {"MlpBinary", NetworkType::Mlp, ProblemType::Binary, std::nullopt, binary(kRelu)},
    {"MlpBinaryOfTwoClasses", NetworkType::Mlp, ProblemType::Binary, 2U, binary(kRelu)},
    {"CnnBinary", NetworkType::Cnn, ProblemType::Binary, std::nullopt, binary(kRelu)},
    {"RnnBinary", NetworkType::Rnn, ProblemType::Binary, std::nullopt, binary(kTanh)},
    {"MlpMulticlass7", NetworkType::Mlp, ProblemType::Multiclass, 7U, multiclass(kRelu, 7)},
    {"CnnMulticlass10", NetworkType::Cnn, ProblemType::Multiclass, 10U, multiclass(kRelu, 10)},
    {"RnnMulticlass3", NetworkType::Rnn, ProblemType::Multiclass, 3U, multiclass(kTanh, 3)},
    {"MlpMultilabel4", NetworkType::Mlp, ProblemType::Multilabel, 4U, multilabel(kRelu, 4)},
    {"CnnMultilabel2", NetworkType::Cnn, ProblemType::Multilabel, 2U, multilabel(kRelu, 2)},
    {"RnnMultilabel5", NetworkType::Rnn, ProblemType::Multilabel, 5U, multilabel(kTanh, 5)},
};

INSTANTIATE_TEST_SUITE_P(Recipes, RecommendAnswers, testing::ValuesIn(kRecipes),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Recommend, DefaultClasses) {
    EXPECT_EQ(activa::default_classes(ProblemType::Multiclass), 3U);
    EXPECT_EQ(activa::default_classes(ProblemType::Multilabel), 2U);
    EXPECT_EQ(activa::default_classes(ProblemType::Binary), 2U);
    expect_recipe(NetworkType::Mlp, ProblemType::Multiclass, std::nullopt, multiclass(kRelu, 3));
    expect_recipe(NetworkType::Mlp, ProblemType::Multilabel, std::nullopt, multilabel(kRelu, 2));
}

TEST(Recommend, ClassesRecorded) {
    const auto regression =
        activa::recommend(NetworkType::Mlp, ProblemType::Regression, std::nullopt);
    ASSERT_TRUE(regression);
    EXPECT_EQ(regression->classes, 1U);
    const auto multiclass10 = activa::recommend(NetworkType::Cnn, ProblemType::Multiclass, 10U);
    ASSERT_TRUE(multiclass10);
    EXPECT_EQ(multiclass10->classes, 10U);
    EXPECT_EQ(multiclass10->output_nodes, 10U);
    EXPECT_EQ(multiclass10->output, activa::OutputActivation::Softmax);
}

TEST(Recommend, MaxClassesAccepted) {
    const auto r =
        activa::recommend(NetworkType::Mlp, ProblemType::Multiclass, activa::kMaxClasses);
    ASSERT_TRUE(r);
    EXPECT_EQ(line_value(*r, "output_nodes"), std::to_string(activa::kMaxClasses));
}

void expect_refused(ProblemType problem, std::optional<unsigned> classes) {
    for (const auto n : {NetworkType::Mlp, NetworkType::Cnn, NetworkType::Rnn}) {
        const auto r = activa::recommend(n, problem, classes);
        EXPECT_FALSE(r.has_value());
        EXPECT_FALSE(r.error().empty());
        EXPECT_EQ(r.error().find('\n'), std::string::npos) << r.error();
    }
}

// Numbers of classes that do not fit the problem, refused for every network.
struct Refusal {
    const char* name; // the test's own name
    ProblemType problem;
    std::vector<unsigned> classes;
};

class RecommendRefuses : public testing::TestWithParam<Refusal> {};

TEST_P(RecommendRefuses, ClassesThatDoNotFitTheProblem) {
    for (const unsigned classes : GetParam().classes) {
        SCOPED_TRACE(classes);
        expect_refused(GetParam().problem, classes);
    }
}

const Refusal kRefusals[] = {
    {"MulticlassWith2Classes", ProblemType::Multiclass, {2U}},
    {"MultilabelWith1Class", ProblemType::Multilabel, {1U}},
    {"BinaryWith3Classes", ProblemType::Binary, {3U}},
    {"BinaryWith1Class", ProblemType::Binary, {1U}},
    {"RegressionWithClasses", ProblemType::Regression, {1U, 5U}},
    {"MulticlassWithZeroOrMoreThanMax",
     ProblemType::Multiclass,
     {0U, activa::kMaxClasses + 1, 4'000'000'000U}},
    {"MultilabelWithZeroOrMoreThanMax", ProblemType::Multilabel, {0U, activa::kMaxClasses + 1}},
};

INSTANTIATE_TEST_SUITE_P(Classes, RecommendRefuses, testing::ValuesIn(kRefusals),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Recommend, RefusalMessagesNameTheProblem) {
    const std::string two =
        activa::recommend(NetworkType::Mlp, ProblemType::Multiclass, 2U).error();
    EXPECT_NE(two.find("multiclass"), std::string::npos) << two;
    EXPECT_NE(two.find('3'), std::string::npos) << two;
    const std::string regression =
        activa::recommend(NetworkType::Mlp, ProblemType::Regression, 2U).error();
    EXPECT_NE(regression.find("regression"), std::string::npos) << regression;
    const std::string many =
        activa::recommend(NetworkType::Mlp, ProblemType::Multiclass, activa::kMaxClasses + 1)
            .error();
    EXPECT_NE(many.find(std::to_string(activa::kMaxClasses)), std::string::npos) << many;
}

TEST(ParseNetwork, MlpCnnRnnRoundTrip) {
    for (const auto n : {NetworkType::Mlp, NetworkType::Cnn, NetworkType::Rnn})
        EXPECT_EQ(activa::parse_network(activa::network_key(n)), n);
    EXPECT_EQ(activa::network_key(NetworkType::Mlp), "mlp");
    EXPECT_EQ(activa::network_key(NetworkType::Cnn), "cnn");
    EXPECT_EQ(activa::network_key(NetworkType::Rnn), "rnn");
}

TEST(ParseNetwork, RejectsUnknown) {
    for (const std::string_view s : {"", "gan", "MLP", "mlp ", " cnn", "rnn2", "lstm"})
        EXPECT_EQ(activa::parse_network(s), std::nullopt) << '"' << s << '"';
}

TEST(ParseProblem, AllFourRoundTrip) {
    for (const auto p : {ProblemType::Regression, ProblemType::Binary, ProblemType::Multiclass,
                         ProblemType::Multilabel})
        EXPECT_EQ(activa::parse_problem(activa::problem_key(p)), p);
    EXPECT_EQ(activa::problem_key(ProblemType::Regression), "regression");
    EXPECT_EQ(activa::problem_key(ProblemType::Binary), "binary");
    EXPECT_EQ(activa::problem_key(ProblemType::Multiclass), "multiclass");
    EXPECT_EQ(activa::problem_key(ProblemType::Multilabel), "multilabel");
}

TEST(ParseProblem, RejectsUnknown) {
    for (const std::string_view s :
         {"", "classification", "ranking", "Binary", "multi-class", "regression "})
        EXPECT_EQ(activa::parse_problem(s), std::nullopt) << '"' << s << '"';
}

TEST(OutputActivationKey, LinearSigmoidSoftmax) {
    EXPECT_EQ(activa::output_activation_key(activa::OutputActivation::Linear), "linear");
    EXPECT_EQ(activa::output_activation_key(activa::OutputActivation::Sigmoid), "sigmoid");
    EXPECT_EQ(activa::output_activation_key(activa::OutputActivation::Softmax), "softmax");
}

TEST(FlowEdges, AnswersMatchCommandLineKeys) {
    for (const auto& e : activa::hidden_flowchart().edges)
        EXPECT_TRUE(activa::parse_network(e.answer).has_value()) << e.answer;
    for (const auto& e : activa::output_flowchart().edges)
        EXPECT_TRUE(activa::parse_problem(e.answer).has_value() || e.answer == "classification")
            << e.answer;
}

using activa::WizardAnswers;

// The recipe and the labs name one initialisation per family, from the init table: SELU's LeCun
// is lecun_normal in the recipe, its snippets and the gradient-flow engine alike.
TEST(RecipeInit, EachFamilyIsTheLabsInitialisation) {
    using activa::WeightInit;
    for (const WeightInit w : {WeightInit::He, WeightInit::Glorot, WeightInit::LeCun})
        EXPECT_EQ(activa::weight_init_key(w), activa::init_scheme_key(activa::recommended_init(w)));
    EXPECT_EQ(activa::weight_init_key(WeightInit::LeCun), "lecun_normal");
    const auto selu = activa::ActivationId::Selu;
    EXPECT_EQ(activa::weight_init_key(activa::info(selu).properties.init),
              activa::init_scheme_key(activa::recommended_init(selu)));
}

TEST(FlowchartPath, NothingAnsweredLightsNothing) {
    EXPECT_TRUE(activa::flowchart_path(activa::hidden_flowchart(), {}).empty());
    EXPECT_TRUE(activa::flowchart_path(activa::output_flowchart(), {}).empty());
}

// "Not sure" chose no network: no network's path lights up, although its recipe starts with
// ReLU.
TEST(FlowchartPath, NotSureLightsNoPathOnTheHiddenChart) {
    WizardAnswers a;
    a.not_sure = true;
    EXPECT_TRUE(activa::flowchart_path(activa::hidden_flowchart(), a).empty());
    a.classification = false;
    EXPECT_TRUE(activa::flowchart_path(activa::hidden_flowchart(), a).empty());
    EXPECT_EQ(activa::flowchart_path(activa::output_flowchart(), a),
              activa::output_path(ProblemType::Regression));
    EXPECT_EQ(activa::recommend(a)->hidden, activa::ActivationId::Relu);
}

TEST(FlowchartPath, ClassificationAloneStopsAtTheSecondQuestion) {
    WizardAnswers a;
    a.classification = true;
    EXPECT_EQ(activa::flowchart_path(activa::output_flowchart(), a),
              (std::vector<std::string_view>{"problem", "classification"}));
}

TEST(FlowchartPath, AnswersOfTheOtherChartAreIgnored) {
    WizardAnswers a;
    a.network = NetworkType::Rnn;
    EXPECT_TRUE(activa::flowchart_path(activa::output_flowchart(), a).empty());
    a.classification = false;
    EXPECT_EQ(activa::flowchart_path(activa::hidden_flowchart(), a),
              activa::hidden_path(NetworkType::Rnn));
}

TEST(ClassCountProblem, NamesEachRefusal) {
    using enum activa::ClassCountProblem;
    EXPECT_EQ(activa::class_count_problem(ProblemType::Multiclass, std::nullopt), None);
    EXPECT_EQ(activa::class_count_problem(ProblemType::Multiclass, 3U), None);
    EXPECT_EQ(activa::class_count_problem(ProblemType::Multiclass, 2U), TwoExclusiveAreBinary);
    EXPECT_EQ(activa::class_count_problem(ProblemType::Multiclass, 1U), TooFewForMulticlass);
    EXPECT_EQ(activa::class_count_problem(ProblemType::Multilabel, 1U), OneLabelIsBinary);
    EXPECT_EQ(activa::class_count_problem(ProblemType::Multilabel, 2U), None);
    EXPECT_EQ(activa::class_count_problem(ProblemType::Binary, 3U), BinaryIsTwo);
    EXPECT_EQ(activa::class_count_problem(ProblemType::Regression, 1U), GivenForRegression);
    EXPECT_EQ(activa::class_count_problem(ProblemType::Multilabel, activa::kMaxClasses + 1),
              TooMany);
}

TEST(WizardAnswersChecked, RepairsOrRejectsInconsistentAnswers) {
    WizardAnswers a;
    a.problem = ProblemType::Binary; // without "classification"
    EXPECT_FALSE(activa::checked(a, activa::OnInvalid::Reject));
    EXPECT_FALSE(activa::checked(a, activa::OnInvalid::UseDefault)->problem);
    WizardAnswers b;
    b.classes = 0;
    EXPECT_FALSE(activa::checked(b, activa::OnInvalid::Reject));
    EXPECT_EQ(activa::checked(b, activa::OnInvalid::UseDefault)->classes, 3U);
    WizardAnswers c;
    c.network = NetworkType::Cnn;
    c.classification = true;
    c.problem = ProblemType::Multilabel;
    c.classes = 7;
    EXPECT_EQ(*activa::checked(c, activa::OnInvalid::Reject), c);
}

TEST(RecommendAnswers, CompleteAnswersGiveTheRecipe) {
    WizardAnswers a;
    a.network = NetworkType::Cnn;
    EXPECT_FALSE(activa::recommend(a)); // the output question is open
    a.classification = true;
    a.problem = ProblemType::Multiclass;
    a.classes = 10;
    const auto r = activa::recommend(a);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->output_nodes, 10U);
    EXPECT_EQ(r->init, activa::WeightInit::He);
    EXPECT_EQ(r->loss, activa::Loss::CategoricalCrossentropy);
    a.classes = 2; // two exclusive classes are binary
    EXPECT_FALSE(activa::recommend(a));
}

} // namespace
