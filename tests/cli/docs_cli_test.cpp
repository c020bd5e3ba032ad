// SPDX-License-Identifier: MIT
// The help texts, the manual page and the README name what the tables hold: the recipe's
// initialisation of every activation (the catalogue), the columns of a gradient-flow row (the
// CSV writer) and whose each dataset is (the dataset table). Each is read here beside the program
// that the tables drive.
#include "docs.hpp"

#include <activa/activations.hpp>
#include <activa/init.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cctype>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace activa::test;

// "lecun_normal for selu; he_uniform for relu, ...; glorot_uniform for the others", written here
// from the catalogue's rows.
std::string recipe_inits_from_the_catalogue() {
    std::map<activa::InitScheme, std::vector<std::string>> groups;
    for (const activa::ActivationInfo& a : activa::catalogue())
        groups[activa::recommended_init(a.id)].push_back(std::string(a.key));
    const std::array<activa::InitScheme, 3> order{activa::InitScheme::LecunNormal,
                                                  activa::InitScheme::HeUniform,
                                                  activa::InitScheme::GlorotUniform};
    EXPECT_EQ(groups.size(), order.size());
    std::string text;
    for (const activa::InitScheme scheme : order) {
        if (!text.empty()) text += "; ";
        text += std::string(activa::init_scheme_key(scheme)) + " for ";
        if (scheme == order.back()) {
            text += "the others";
            break;
        }
        for (std::size_t i = 0; i < groups[scheme].size(); ++i)
            text += (i == 0 ? "" : ", ") + groups[scheme][i];
    }
    return text;
}

TEST(Docs, HelpTextsNameTheRecipeInitialisationOfEveryActivation) {
    const std::string recipe = recipe_inits_from_the_catalogue();
    // The examples that were wrong: GELU is He's, SELU LeCun normal's.
    EXPECT_NE(recipe.find("he_uniform for relu, leaky_relu, prelu, relu6, elu, celu, gelu,"),
              std::string::npos)
        << recipe;
    EXPECT_TRUE(recipe.starts_with("lecun_normal for selu;")) << recipe;
    for (const char* command : {"train", "gradflow", "export"}) {
        const std::string text = help(command);
        EXPECT_NE(text.find(recipe), std::string::npos) << command << ": " << text;
        EXPECT_EQ(text.find("ReLU family"), std::string::npos) << command;
    }
}

TEST(Docs, TheManualPageNamesTheSameInitialisations) {
    const std::string page = man_text(read_file(kSource / "packaging/activa.1"));
    // gradflow, train and export --gradflow.
    EXPECT_EQ(count(page, recipe_inits_from_the_catalogue()), 3u) << page;
    EXPECT_EQ(page.find("ReLU family"), std::string::npos);
}

TEST(Docs, EveryGradflowColumnIsDocumentedWhereverTheCsvIs) {
    const Outcome r = run_activa({"gradflow", "--activation", "relu", "--depth", "2"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string header = r.out.substr(0, r.out.find('\n'));
    ASSERT_NE(header.find("zero_gradient_fraction"), std::string::npos) << header;
    EXPECT_NE(help("gradflow").find(header), std::string::npos);
    EXPECT_NE(read_file(kSource / "README.md").find(header), std::string::npos);
    const std::string page = man_text(read_file(kSource / "packaging/activa.1"));
    const std::string export_help = help("export");
    std::size_t start = 0;
    while (start < header.size()) {
        std::size_t end = header.find(',', start);
        if (end == std::string::npos) end = header.size();
        const std::string column = header.substr(start, end - start);
        start = end + 1;
        EXPECT_NE(page.find(column), std::string::npos) << column;
        if (column == "layer") continue;
        EXPECT_NE(page.find("id_" + column), std::string::npos) << column; // export --gradflow
        EXPECT_NE(export_help.find("<id>_" + column), std::string::npos) << column;
    }
}

std::string number_word(std::size_t n) {
    static const std::array<const char*, 10> kWords{"no",   "one", "two",   "three", "four",
                                                    "five", "six", "seven", "eight", "nine"};
    return n < kWords.size() ? kWords[n] : std::to_string(n);
}

// "`a`, `b` and `c`" (with marks) or "a, b and c".
std::string listed(const std::vector<std::string>& keys, const std::string& mark) {
    std::string text;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i > 0) text += i + 1 == keys.size() ? " and " : ", ";
        text += mark + keys[i] + mark;
    }
    return text;
}

TEST(Docs, TheReadmeAndTheManualPageSayWhoseEachDatasetIs) {
    const Outcome r = run_activa({"train", "--list-datasets"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::map<std::string, std::vector<std::string>> by_source;
    std::size_t start = 0;
    while (start < r.out.size()) {
        const std::size_t end = r.out.find('\n', start);
        const std::string row = r.out.substr(start, end - start);
        start = end + 1;
        by_source[row.substr(row.rfind('\t') + 1)].push_back(row.substr(0, row.find('\t')));
    }
    ASSERT_EQ(by_source.size(), 2u);
    const auto& playground = by_source["playground"];
    const auto& own = by_source["activa"];
    const std::string readme = one_line(read_file(kSource / "README.md"));
    const std::string theirs =
        number_word(playground.size()) + " of TensorFlow Playground's, " +
        "built as its `src/dataset.ts` builds them: " + listed(playground, "`");
    const std::string ours =
        number_word(own.size()) +
        " of Activa's own, for the problem types Playground lacks: " + listed(own, "`");
    EXPECT_NE(readme.find(theirs), std::string::npos) << theirs;
    EXPECT_NE(readme.find(ours), std::string::npos) << ours;
    EXPECT_EQ(readme.find("TensorFlow Playground's datasets: circle"), std::string::npos);
    const std::string page = man_text(read_file(kSource / "packaging/activa.1"));
    EXPECT_NE(page.find("say playground: " + listed(playground, "") + "."), std::string::npos)
        << page;
    EXPECT_NE(page.find("say activa: " + listed(own, "") + "."), std::string::npos);
}

} // namespace
