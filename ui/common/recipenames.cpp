// SPDX-License-Identifier: MIT
#include "common/recipenames.hpp"

#include "common/enumnames.hpp"

namespace activa::ui {
namespace {

constexpr EnumNames<OutputActivation, 3> kOutputNames{
    "activa::ui::RecipeNames",
    {{
        {OutputActivation::Linear, QT_TRANSLATE_NOOP("activa::ui::RecipeNames", "Linear")},
        {OutputActivation::Sigmoid, QT_TRANSLATE_NOOP("activa::ui::RecipeNames", "Sigmoid")},
        {OutputActivation::Softmax, QT_TRANSLATE_NOOP("activa::ui::RecipeNames", "Softmax")},
    }}};

constexpr EnumNames<Loss, 3> kLossNames{
    "activa::ui::RecipeNames",
    {{
        {Loss::MeanSquaredError,
         QT_TRANSLATE_NOOP("activa::ui::RecipeNames", "Mean squared error")},
        {Loss::BinaryCrossentropy,
         QT_TRANSLATE_NOOP("activa::ui::RecipeNames", "Binary cross-entropy")},
        {Loss::CategoricalCrossentropy,
         QT_TRANSLATE_NOOP("activa::ui::RecipeNames", "Categorical cross-entropy")},
    }}};

constexpr EnumNames<InputScaling, 3> kScalingNames{
    "activa::ui::RecipeNames",
    {{
        {InputScaling::ZeroOne, QT_TRANSLATE_NOOP("activa::ui::RecipeNames", "Scaled to [0, 1]")},
        {InputScaling::MinusOneOne,
         QT_TRANSLATE_NOOP("activa::ui::RecipeNames", "Scaled to [−1, 1]")},
        {InputScaling::Standardised,
         QT_TRANSLATE_NOOP("activa::ui::RecipeNames", "Standardised (mean 0, variance 1)")},
    }}};

} // namespace

QString output_name(OutputActivation output) {
    return kOutputNames.name(output);
}

QString loss_name(Loss loss) {
    return kLossNames.name(loss);
}

QString input_scaling_name(InputScaling scaling) {
    return kScalingNames.name(scaling);
}

} // namespace activa::ui
