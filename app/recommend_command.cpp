// SPDX-License-Identifier: MIT
// `activa recommend`: the recipe of the article's two flowcharts, as key: value lines.
#include "choices.hpp"
#include "cli.hpp"
#include "helptext.hpp"
#include "options.hpp"
#include "output.hpp"

#include <activa/csv.hpp>
#include <activa/flowchart.hpp>

namespace activa::cli {
namespace {

constexpr std::string_view kRecommendUsage =
    R"(Usage: activa recommend --network {networks}
                        --problem {problems} [--classes N]

{text})";

std::string recommend_usage() {
    const auto at_least = [](ProblemType p) {
        return "N >= " + std::to_string(min_classes(p)) + " (default " +
               std::to_string(default_classes(p)) + ")";
    };
    return filled(kRecommendUsage,
                  {{"networks", choice_keys(network_choices(), "|", "|")},
                   {"problems", choice_keys(problem_choices(), "|", "|")},
                   {"text", help_paragraph("Prints the recipe of the article's two flowcharts as "
                                           "key: value lines, each followed by a key_reason "
                                           "line. Multiclass needs " +
                                           at_least(ProblemType::Multiclass) + ", multilabel " +
                                           at_least(ProblemType::Multilabel) + "; N is at most " +
                                           std::to_string(kMaxClasses) + ".")}});
}

} // namespace

int cmd_recommend(const std::vector<std::string_view>& args, std::FILE* out) {
    const Options o(args, 1, {"--network", "--problem", "--classes"}, {"--help"});
    if (o.has("--help")) return print(recommend_usage(), out);
    if (!o.positional.empty()) fail("unexpected argument " + quoted(o.positional[0]));
    if (!o.has("--network"))
        fail("recommend needs --network " + choice_keys(network_choices(), "|", "|"));
    if (!o.has("--problem"))
        fail("recommend needs --problem " + choice_keys(problem_choices(), "|", "|"));
    const auto network = parse_choice("--network", o.get("--network"), network_choices());
    const auto problem = parse_choice("--problem", o.get("--problem"), problem_choices());
    std::optional<unsigned> classes;
    if (o.has("--classes"))
        classes =
            static_cast<unsigned>(parse_integer(o.get("--classes"), "--classes", 1, kMaxClasses));
    const auto recipe = recommend(network, problem, classes);
    if (!recipe) fail(recipe.error());
    FileSink sink(out);
    TextWriter w(sink);
    w.text("network: ").text(network_key(network)).ch('\n');
    w.text("problem: ").text(problem_key(problem)).ch('\n');
    if (problem != ProblemType::Regression) w.text("classes: ").integer(recipe->classes).ch('\n');
    const std::vector<RecipeLine> lines = recipe_lines(*recipe);
    for (const auto& line : lines)
        w.text(line.key).text(": ").text(line.value).ch('\n');
    for (const auto& line : lines)
        w.text(line.key).text("_reason: ").text(line.reason).ch('\n');
    return finish(w, out);
}

} // namespace activa::cli
