// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>
#include <activa/curves.hpp>
#include <activa/expected.hpp>
#include <activa/init.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace activa {

// Limits of the gradient-flow lab, checked by validate().
inline constexpr std::size_t kGradFlowMinDepth = 1;
inline constexpr std::size_t kGradFlowMaxDepth = 200;
inline constexpr std::size_t kGradFlowMinWidth = 2;
inline constexpr std::size_t kGradFlowMaxWidth = 2048;
inline constexpr std::size_t kGradFlowMinBatch = 1;
inline constexpr std::size_t kGradFlowMaxBatch = 4096;
inline constexpr double kGradFlowMaxAbsBias = 10.0;
inline constexpr double kGradFlowMinNormalStd = 1e-6;
inline constexpr double kGradFlowMaxNormalStd = 100.0;
// Weights, derivatives and work buffers beyond this are refused rather than allocated.
inline constexpr std::size_t kGradFlowMemoryCeilingBytes = std::size_t{1} << 30;

// A fully connected network of `depth` hidden layers of `width` units on `width` inputs, fed a
// batch of random inputs and given a random unit-norm gradient (one per sample) at the top.
struct GradFlowSettings {
    ActivationId activation = ActivationId::Relu;
    std::optional<ParamValues> params; // the activation's defaults when empty
    std::size_t depth = 20;
    std::size_t width = 64;
    std::size_t batch = 128;
    std::optional<InitScheme> init; // recommended_init(activation) when empty
    // How the inputs are drawn: the activation's recipe (its catalogue row's scaling) when empty.
    std::optional<InputScaling> inputs;
    double normal_std = 1.0; // only for InitScheme::Normal
    double bias = 0.0;       // every bias starts at this constant
    std::uint64_t seed = 1;
};

// Empty when the settings can run, otherwise one English line naming the bad field, e.g.
// "depth must be between 1 and 200, got 0".
Expected<void> validate(const GradFlowSettings& settings);

// Bytes a run of these sizes needs (what the memory ceiling is compared with).
std::size_t gradflow_memory_bytes(std::size_t depth, std::size_t width, std::size_t batch);

// The settings with the empty choices filled in (params, init, inputs).
ParamValues effective_params(const GradFlowSettings& settings);
InputScaling effective_inputs(const GradFlowSettings& settings);
InitScheme effective_init(const GradFlowSettings& settings);

struct GradFlowLayer {
    std::size_t layer;      // 1 is nearest the input
    double grad_norm;       // ‖∂loss/∂z‖ of the pre-activations, mean over the batch
    double activation_mean; // over units and samples
    double activation_std;  // population standard deviation over units and samples
    // Of (unit, sample) pairs with 0 < |f′(z)| < kSaturationThreshold: a slope that is small
    // but still passes some gradient. An exact zero is counted apart, below.
    double saturated_fraction;
    double dead_fraction;          // of units with f′(z) = 0 for every sample
    double zero_gradient_fraction; // of (unit, sample) pairs with f′(z) = 0 (ReLU's negative side)
};

struct GradFlowResult {
    std::vector<GradFlowLayer> layers; // layer 1 first; empty when cancelled
    bool cancelled = false;
};

// Buffers of a run, kept from one run to the next so a live view does not pay for fresh memory
// each time (tens of megabytes at large sizes, a page fault per page). Grows to the largest run
// and holds that memory until destroyed. One thread at a time.
class GradFlowWorkspace {
public:
    GradFlowWorkspace();
    ~GradFlowWorkspace();
    GradFlowWorkspace(GradFlowWorkspace&&) noexcept;
    GradFlowWorkspace& operator=(GradFlowWorkspace&&) noexcept;
    std::size_t bytes() const; // held now

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
    friend GradFlowResult run_gradflow(const GradFlowSettings&, GradFlowWorkspace&,
                                       const std::atomic<bool>*);
    friend double gradflow_probe(const GradFlowSettings&, std::span<const double>,
                                 std::span<double>);
};

// Runs the simulation. Throws std::invalid_argument with validate()'s reason when the settings
// are invalid. A set `cancel` flag stops it between layers (safe to set from another thread).
// The random draws are the same bits on every platform; the results may differ in the last
// bits between processors, because the products are summed in a different order.
GradFlowResult run_gradflow(const GradFlowSettings& settings, GradFlowWorkspace& workspace,
                            const std::atomic<bool>* cancel = nullptr);
// The same with a workspace of its own, for one-off runs.
GradFlowResult run_gradflow(const GradFlowSettings& settings,
                            const std::atomic<bool>* cancel = nullptr);

// The same network (weights, biases, top gradient) fed the given inputs instead of the random
// batch: returns loss = Σ over samples of ⟨g, h_top⟩ and writes ∂loss/∂inputs. inputs and
// grad_inputs hold width × batch values, one column of `width` per sample. Lets the
// backpropagation be checked against finite differences.
double gradflow_probe(const GradFlowSettings& settings, std::span<const double> inputs,
                      std::span<double> grad_inputs);

// One activation of the gradient-flow view, with the initialisation its weights get.
struct GradFlowCurve {
    ActivationId activation = ActivationId::Relu;
    InitScheme init = InitScheme::HeUniform;
    bool operator==(const GradFlowCurve&) const = default;
};

// Sigmoid, tanh and ReLU with the recipe's initialisations (Glorot, Glorot, He): the article's
// three, so sigmoid's vanishing gradient is the first thing on screen.
std::vector<GradFlowCurve> default_gradflow_curves();

// Everything the gradient-flow picture depends on: the same network run once per activation.
// The window, the settings and `activa export --gradflow` fill it and check it with checked().
struct GradFlowState {
    // Each activation at most once. (Filled out of line: GCC 12 warns falsely about an inline
    // initialiser list of these.)
    std::vector<GradFlowCurve> curves = default_gradflow_curves();
    std::size_t depth = 20;
    std::size_t width = 64;
    std::size_t batch = 128;
    double normal_std = 1.0; // for the curves whose init is InitScheme::Normal
    double bias = 0.0;
    std::uint64_t seed = 1;
    // How every run draws its inputs; each activation's recipe when empty.
    std::optional<InputScaling> inputs;
    bool operator==(const GradFlowState&) const = default;
};

// The limit on the number of activations compared at once: what the picture can tell apart.
inline constexpr std::size_t kGradFlowMaxCurves = 8;

// The state with every rule of validate() applied to each curve, plus: at least one and at most
// kGradFlowMaxCurves activations, each listed once. With OnInvalid::UseDefault a bad field takes
// its default (a bad curve is dropped, too large sizes go back to the defaults, no curve left
// gives the default curves).
Expected<GradFlowState> checked(GradFlowState state, OnInvalid on_invalid);

// The settings of one curve of a (checked) state, with the activation's default parameters.
GradFlowSettings gradflow_settings(const GradFlowState& state, std::size_t curve);

} // namespace activa
