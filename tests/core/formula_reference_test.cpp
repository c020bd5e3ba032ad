// SPDX-License-Identifier: MIT
// Typed formulas against 50-digit references and against PyTorch's float64 autograd of the same
// formula as typed; typed forms of built-ins against the built-ins themselves.

#include <activa/activations.hpp>
#include <activa/formula.hpp>

#include "special_values.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace {

using namespace activa::test;
// The exact result is subnormal or underflows to 0: not a case for relative accuracy.
constexpr double kSkip = -kNan;
constexpr double kRelTol = 1e-12;

bool skipped(double v) {
    return std::isnan(v) && std::signbit(v);
}

// Relative error of actual against expected; 0 when they compare equal (infinities too), inf
// when one is NaN and the other not.
double rel_error(double actual, double expected) {
    if (actual == expected) return 0.0;
    if (std::isnan(actual) || std::isnan(expected)) return kInf;
    return std::fabs(actual - expected) / std::fabs(expected);
}

struct Ref {
    const char* definition;
    double x;
    double value;
    double derivative;
    double torch_value; // PyTorch float64 autograd of the formula as typed
    double torch_derivative;
};

// clang-format off
// Made by `/usr/bin/python3 scripts/formula_references.py` (mpmath 1.2.1 at mp.dps = 50, the
// derivative by mpmath.diff at 1000 digits; PyTorch 1.13 float64 autograd), evaluated at the double nearest
// each x; the script lists the mpmath and torch expression of every definition.
const std::vector<Ref> kRefs{
    {"sp(x) = log(1 + exp(x))", -30.0, 9.357622968839737e-14, 9.357622968839299e-14, 9.348077867343381e-14, 9.3576229688393e-14},
    {"sp(x) = log(1 + exp(x))", -1.0, 0.3132616875182228, 0.2689414213699951, 0.31326168751822286, 0.26894142136999516},
    {"sp(x) = log(1 + exp(x))", 0.5, 0.9740769841801067, 0.6224593312018546, 0.9740769841801067, 0.6224593312018545},
    {"sp(x) = log(1 + exp(x))", 3.0, 3.048587351573742, 0.9525741268224333, 3.048587351573742, 0.9525741268224333},
    {"sp(x) = log(1 + exp(x))", 30.0, 30.000000000000092, 0.9999999999999064, 30.000000000000092, 0.9999999999999065},
    {"sp(x) = log(1 + exp(x))", 800.0, 800.0, 1.0, kInf, kNan},
    {"sg(x) = exp(x)/(1 + exp(x))", -700.0, 9.85967654375977e-305, 9.85967654375977e-305, 9.85967654375977e-305, 9.85967654375977e-305},
    {"sg(x) = exp(x)/(1 + exp(x))", -30.0, 9.357622968839299e-14, 9.357622968838423e-14, 9.3576229688393e-14, 9.357622968838424e-14},
    {"sg(x) = exp(x)/(1 + exp(x))", -1.0, 0.2689414213699951, 0.19661193324148185, 0.2689414213699951, 0.1966119332414819},
    {"sg(x) = exp(x)/(1 + exp(x))", 0.5, 0.6224593312018546, 0.2350037122015945, 0.6224593312018546, 0.23500371220159438},
    {"sg(x) = exp(x)/(1 + exp(x))", 30.0, 0.9999999999999064, 9.357622968838423e-14, 0.9999999999999064, 9.35918009759007e-14},
    {"sg(x) = exp(x)/(1 + exp(x))", 800.0, 1.0, kSkip, kNan, kNan},
    {"mi(x) = x*tanh(log(1 + exp(x)))", -30.0, -2.807286890651921e-12, -2.713710660963392e-12, -2.8044233602030146e-12, -2.7138061119783563e-12},
    {"mi(x) = x*tanh(log(1 + exp(x)))", -1.0, -0.3034014613741089, 0.05921675587739495, -0.30340146137410895, 0.059216755877395},
    {"mi(x) = x*tanh(log(1 + exp(x)))", 0.5, 0.37524521130489513, 0.8864243753577272, 0.37524521130489513, 0.8864243753577273},
    {"mi(x) = x*tanh(log(1 + exp(x)))", 5.0, 4.999552077529406, 1.0008002248320826, 4.999552077529406, 1.0008002248320829},
    {"mi(x) = x*tanh(log(1 + exp(x)))", 800.0, 800.0, 1.0, 800.0, kNan},
    {"s1(x) = 1/(1 + exp(-x))", -745.0, kSkip, kSkip, 0.0, kNan},
    {"s1(x) = 1/(1 + exp(-x))", -30.0, 9.357622968839299e-14, 9.357622968838423e-14, 9.357622968839299e-14, 9.357622968838424e-14},
    {"s1(x) = 1/(1 + exp(-x))", -1.0, 0.2689414213699951, 0.19661193324148185, 0.2689414213699951, 0.1966119332414818},
    {"s1(x) = 1/(1 + exp(-x))", 0.0, 0.5, 0.25, 0.5, 0.25},
    {"s1(x) = 1/(1 + exp(-x))", 2.0, 0.8807970779778824, 0.10499358540350652, 0.8807970779778823, 0.1049935854035065},
    {"s1(x) = 1/(1 + exp(-x))", 40.0, 1.0, 4.248354255291589e-18, 1.0, 4.248354255291589e-18},
    {"s2(x) = 1 - 1/(1 + exp(x))", -40.0, 4.248354255291589e-18, 4.248354255291589e-18, 0.0, 4.248354255291589e-18},
    {"s2(x) = 1 - 1/(1 + exp(x))", -3.0, 0.04742587317756678, 0.04517665973091213, 0.047425873177566635, 0.045176659730912144},
    {"s2(x) = 1 - 1/(1 + exp(x))", 0.25, 0.5621765008857981, 0.24613408273759835, 0.5621765008857981, 0.24613408273759838},
    {"s2(x) = 1 - 1/(1 + exp(x))", 6.0, 0.9975273768433652, 0.0024665092913600476, 0.9975273768433652, 0.0024665092913600476},
    {"si(x) = x*sigmoid(x)", -740.0, kSkip, kSkip, -0.0, 0.0},
    {"si(x) = x*sigmoid(x)", -30.0, -2.8072868906517896e-12, -2.713710660963134e-12, -2.8072868906517896e-12, -2.713710660963134e-12},
    {"si(x) = x*sigmoid(x)", -1.0, -0.2689414213699951, 0.07232948812851327, -0.2689414213699951, 0.07232948812851325},
    {"si(x) = x*sigmoid(x)", 0.5, 0.3112296656009273, 0.7399611873026518, 0.3112296656009273, 0.7399611873026518},
    {"si(x) = x*sigmoid(x)", 20.0, 19.99999995877693, 1.0000000391619186, 19.999999958776925, 1.0000000391619202},
    {"ps(x, beta=1.5) = x*sigmoid(beta*x)", -300.0, -1.1081649205461767e-193, -1.6585534977507781e-193, -1.1081649205461767e-193, -1.6585534977507776e-193},
    {"ps(x, beta=1.5) = x*sigmoid(beta*x)", -2.0, -0.09485174635513356, -0.08810410601516962, -0.09485174635513356, -0.08810410601516963},
    {"ps(x, beta=1.5) = x*sigmoid(beta*x)", 0.5, 0.3395893495876965, 0.8425999444967535, 0.3395893495876965, 0.8425999444967536},
    {"ps(x, beta=1.5) = x*sigmoid(beta*x)", 7.0, 6.999807250162198, 1.0002615811043385, 6.999807250162197, 1.0002615811043396},
    {"ge(x) = x*(1 + erf(x/sqrt(2)))/2", -30.0, -1.472014178144456e-196, -4.416031690708495e-195, -0.0, -4.420938404636145e-195},
    {"ge(x) = x*(1 + erf(x/sqrt(2)))/2", -5.0, -1.4332578593959695e-06, -7.146946001792295e-06, -1.4332578593401202e-06, -7.146946001803477e-06},
    {"ge(x) = x*(1 + erf(x/sqrt(2)))/2", -1.0, -0.15865525393145705, -0.0833154705876863, -0.15865525393145707, -0.08331547058768632},
    {"ge(x) = x*(1 + erf(x/sqrt(2)))/2", 0.5, 0.34573123063700656, 0.8674951246561629, 0.34573123063700656, 0.8674951246561629},
    {"ge(x) = x*(1 + erf(x/sqrt(2)))/2", 3.0, 2.99595030590511, 1.011945647204184, 2.99595030590511, 1.011945647204184},
    {"sn(x, b=1) = x + sin(b*x)^2/b", -5.0, -4.080464235461774, 1.5440211108893698, -4.080464235461774, 1.5440211108893698},
    {"sn(x, b=1) = x + sin(b*x)^2/b", 0.1, 0.10996671107937919, 1.1986693307950613, 0.10996671107937919, 1.1986693307950613},
    {"sn(x, b=1) = x + sin(b*x)^2/b", 2.0, 2.826821810431806, 0.24319750469207174, 2.826821810431806, 0.2431975046920717},
    {"sn(x, b=1) = x + sin(b*x)^2/b", 40.0, 40.55519362191952, 0.00611134607662481, 40.55519362191952, 0.0061113460766246686},
    {"ls(x) = log(sigmoid(x))", -800.0, -800.0, 1.0, -kInf, kNan},
    {"ls(x) = log(sigmoid(x))", -5.0, -5.006715348489118, 0.9933071490757152, -5.006715348489118, 0.9933071490757152},
    {"ls(x) = log(sigmoid(x))", 0.5, -0.4740769841801067, 0.37754066879814546, -0.47407698418010663, 0.37754066879814546},
    {"ls(x) = log(sigmoid(x))", 30.0, -9.357622968839737e-14, 9.357622968839299e-14, -9.348077867344255e-14, 9.348077867343818e-14},
    {"em(x) = exp(x) - 1", 1e-10, 1.00000000005e-10, 1.0000000001, 1.000000082740371e-10, 1.0000000001},
    {"em(x) = exp(x) - 1", -1e-05, -9.999950000166666e-06, 0.9999900000499998, -9.999950000172397e-06, 0.9999900000499998},
    {"em(x) = exp(x) - 1", 0.3, 0.3498588075760031, 1.3498588075760032, 0.3498588075760032, 1.3498588075760032},
    {"em(x) = exp(x) - 1", 2.0, 6.38905609893065, 7.38905609893065, 6.38905609893065, 7.38905609893065},
    {"lp(x) = log(1 + x)", 1e-12, 9.999999999995e-13, 0.999999999999, 1.000088900581841e-12, 0.9999999999989999},
    {"lp(x) = log(1 + x)", -0.5, -0.6931471805599453, 2.0, -0.6931471805599453, 2.0},
    {"lp(x) = log(1 + x)", 3.0, 1.3862943611198906, 0.25, 1.3862943611198906, 0.25},
    {"th(x) = (exp(x) - exp(-x))/(exp(x) + exp(-x))", -3.0, -0.9950547536867305, 0.00986603716544019, -0.9950547536867306, 0.009866037165439996},
    {"th(x) = (exp(x) - exp(-x))/(exp(x) + exp(-x))", 0.1, 0.09966799462495582, 0.9900662908474398, 0.0996679946249559, 0.9900662908474398},
    {"th(x) = (exp(x) - exp(-x))/(exp(x) + exp(-x))", 1e-06, 9.999999999996666e-07, 0.999999999999, 9.999999999727446e-07, 0.9999999999989999},
    {"th(x) = (exp(x) - exp(-x))/(exp(x) + exp(-x))", 20.0, 1.0, 1.6993417021166355e-17, 1.0, 0.0},
    {"ot(x) = 1 - tanh(x)", -2.0, 1.964027580075817, -0.07065082485316447, 1.964027580075817, -0.07065082485316443},
    {"ot(x) = 1 - tanh(x)", 0.5, 0.5378828427399902, -0.7864477329659274, 0.5378828427399902, -0.7864477329659274},
    {"ot(x) = 1 - tanh(x)", 20.0, 8.496708510583178e-18, -1.6993417021166355e-17, 0.0, -0.0},
    {"gs(x) = x^2*exp(-x^2)", -3.0, 0.001110688236780116, 0.005923670596160618, 0.001110688236780116, 0.005923670596160619},
    {"gs(x) = x^2*exp(-x^2)", 0.5, 0.19470019576785122, 0.5841005873035536, 0.19470019576785122, 0.5841005873035536},
    {"gs(x) = x^2*exp(-x^2)", 10.0, 3.720075976020836e-42, -7.365750432521255e-41, 3.7200759760208363e-42, -7.365750432521256e-41},
    {"bi(x) = sqrt(x^2 + 1)", -4.0, 4.123105625617661, -0.9701425001453319, 4.123105625617661, -0.9701425001453319},
    {"bi(x) = sqrt(x^2 + 1)", 0.5, 1.118033988749895, 0.4472135954999579, 1.118033988749895, 0.4472135954999579},
    {"bi(x) = sqrt(x^2 + 1)", 100000.0, 100000.000005, 0.99999999995, 100000.000005, 0.9999999999500001},
    {"at(x) = 2*atan(x)/pi", -7.0, -0.909665529398267, 0.012732395447351627, -0.909665529398267, 0.012732395447351628},
    {"at(x) = 2*atan(x)/pi", 0.3, 0.18554715815548467, 0.5840548370344782, 0.1855471581554847, 0.5840548370344782},
    {"at(x) = 2*atan(x)/pi", 0.6, 0.3440417392452613, 0.4681027737996922, 0.3440417392452614, 0.46810277379969223},
    {"at(x) = 2*atan(x)/pi", 1.0, 0.5, 0.3183098861837907, 0.5, 0.3183098861837907},
    {"at(x) = 2*atan(x)/pi", 2.0, 0.7048327646991335, 0.12732395447351627, 0.7048327646991335, 0.12732395447351627},
    {"at(x) = 2*atan(x)/pi", 100000000.0, 0.9999999936338023, 6.366197723675812e-17, 0.9999999936338023, 6.366197723675814e-17},
    {"xa(x) = x*atan(x)", -1.5, 1.4741905848709935, -1.4443321847857906, 1.4741905848709935, -1.4443321847857906},
    {"xa(x) = x*atan(x)", 0.05, 0.0024979197860971383, 0.09983370744264101, 0.0024979197860971383, 0.09983370744264103},
    {"xa(x) = x*atan(x)", 3.0, 3.7471373171947633, 1.5490457723982545, 3.7471373171947633, 1.5490457723982545},
    {"hy(x) = sinh(x) + cosh(x)/2", -709.0, -2.054601865388743e+307, 2.054601865388743e+307, -2.054601865388743e+307, 2.054601865388743e+307},
    {"hy(x) = sinh(x) + cosh(x)/2", -0.01, 0.49002483354083404, 0.995049917082918, 0.4900248335408341, 0.9950499170829181},
    {"hy(x) = sinh(x) + cosh(x)/2", 1.0, 1.9467415110514235, 2.1306812316371446, 1.9467415110514232, 2.130681231637144},
    {"hy(x) = sinh(x) + cosh(x)/2", 25.0, 54003674503.039406, 54003674503.039406, 54003674503.03941, 54003674503.03941},
    {"hy(x) = sinh(x) + cosh(x)/2", 709.5, 1.0162397394859747e+308, 1.0162397394859747e+308, 1.0162397394859747e+308, 1.0162397394859747e+308},
    {"ec(x) = erfc(x)", -3.0, 1.9999779095030015, -0.00013925305194674786, 1.9999779095030015, -0.00013925305194674786},
    {"ec(x) = erfc(x)", 0.2, 0.7772974107895215, -1.0841347871048632, 0.7772974107895215, -1.084134787104863},
    {"ec(x) = erfc(x)", 5.0, 1.537459794428035e-12, -1.5670866531017336e-11, 1.537459794428035e-12, -1.5670866531017336e-11},
    {"ec(x) = erfc(x)", 25.0, 8.300172571196523e-274, -4.1534010636398965e-272, 8.300172571196523e-274, -4.1534010636398965e-272},
    {"ef(x) = erf(x)", 0.001, 0.0011283787909692365, 1.1283780387169096, 0.0011283787909692365, 1.1283780387169096},
    {"ef(x) = erf(x)", 0.3, 0.3286267594591274, 1.031260909618963, 0.3286267594591274, 1.031260909618963},
    {"ef(x) = erf(x)", -0.7, -0.6778011938374184, 0.6912748604105386, -0.6778011938374184, 0.6912748604105386},
    {"ef(x) = erf(x)", 2.0, 0.9953222650189527, 0.020666985354092053, 0.9953222650189527, 0.020666985354092053},
    {"lg(x) = log(x)", 1e-300, -690.7755278982137, 9.999999999999999e+299, -690.7755278982137, 9.999999999999999e+299},
    {"lg(x) = log(x)", 0.5, -0.6931471805599453, 2.0, -0.6931471805599453, 2.0},
    {"lg(x) = log(x)", 1.0000001, 9.999999505838704e-08, 0.9999999000000099, 9.999999505838704e-08, 0.9999999000000099},
    {"lg(x) = log(x)", 7.0, 1.9459101490553132, 0.14285714285714285, 1.9459101490553132, 0.14285714285714285},
    {"lg(x) = log(x)", 1e+300, 690.7755278982137, 1e-300, 690.7755278982137, 1e-300},
    {"ss(x) = x/(1 + abs(x))", -3.0, -0.75, 0.0625, -0.75, 0.0625},
    {"ss(x) = x/(1 + abs(x))", 0.5, 0.3333333333333333, 0.4444444444444444, 0.3333333333333333, 0.4444444444444444},
    {"ss(x) = x/(1 + abs(x))", 10000000000.0, 0.9999999999, 9.999999998e-21, 0.9999999999, 9.99999322030669e-21},
    {"el(x) = where(x > 0, x, exp(x) - 1)", -1e-08, -9.999999950000001e-09, 0.9999999900000001, -9.99999993922529e-09, 0.9999999900000001},
    {"el(x) = where(x > 0, x, exp(x) - 1)", -3.0, -0.950212931632136, 0.049787068367863944, -0.950212931632136, 0.049787068367863944},
    {"el(x) = where(x > 0, x, exp(x) - 1)", 2.0, 2.0, 1.0, 2.0, 1.0},
    {"lk(x) = max(x, 0.1*x)", -3.0, -0.3, 0.1, -0.30000000000000004, 0.1},
    {"lk(x) = max(x, 0.1*x)", 2.0, 2.0, 1.0, 2.0, 1.0},
    {"ht(x) = min(max(x, -1), 1)", -0.5, -0.5, 1.0, -0.5, 1.0},
    {"ht(x) = min(max(x, -1), 1)", 0.3, 0.3, 1.0, 0.3, 1.0},
    {"ht(x) = min(max(x, -1), 1)", 2.0, 1.0, 0.0, 1.0, 0.0},
    {"xc(x) = x*cos(x)", -2.0, 0.8322936730942848, -2.234741690198506, 0.8322936730942848, -2.234741690198506},
    {"xc(x) = x*cos(x)", 0.7, 0.5353895310991419, 0.31388980621810475, 0.5353895310991419, 0.3138898062181048},
    {"xc(x) = x*cos(x)", 1000000.0, 936752.1275331448, 349994.4389234205, 936752.1275331448, 349994.4389234205},
    {"xc(x) = x*cos(x)", 1000000000000.0, 791446301852.8903, 611238702377.6809, 791446301852.8903, 611238702377.681},
    {"tn(x) = tan(x)", 1.5, 14.101419947171719, 199.85004452649247, 14.101419947171719, 199.85004452649244},
    {"tn(x) = tan(x)", -0.2, -0.2027100355086725, 1.0410913584959272, -0.2027100355086725, 1.0410913584959274},
    {"tn(x) = tan(x)", 100.0, -0.5872139151569291, 1.3448201821539292, -0.5872139151569291, 1.3448201821539292},
    {"cu(x, p=0.5) = x^3 - 2*x + p", -2.0, -3.5, 10.0, -3.5, 10.0},
    {"cu(x, p=0.5) = x^3 - 2*x + p", 0.25, 0.015625, -1.8125, 0.015625, -1.8125},
    {"cu(x, p=0.5) = x^3 - 2*x + p", 3.0, 21.5, 25.0, 21.5, 25.0},
    {"cr(x) = x^(1/3)", 0.001, 0.1, 33.333333333333336, 0.10000000000000002, 33.33333333333334},
    {"cr(x) = x^(1/3)", 8.0, 2.0, 0.08333333333333333, 2.0, 0.08333333333333331},
    {"cr(x) = x^(1/3)", 1e+30, 10000000000.0, 3.3333333333333333e-21, 9999999999.999987, 3.333333333333316e-21},
    {"tw(x) = 2^x", -3.5, 0.08838834764831845, 0.0612661339667842, 0.08838834764831845, 0.0612661339667842},
    {"tw(x) = 2^x", 10.0, 1024.0, 709.782712893384, 1024.0, 709.782712893384},
    {"tw(x) = 2^x", 1000.0, 1.0715086071862673e+301, 7.427131700168751e+300, 1.0715086071862673e+301, 7.427131700168751e+300},
    {"xx(x) = x^x", 0.3, 0.696845301935949, -0.14213749041722912, 0.696845301935949, -0.14213749041722923},
    {"xx(x) = x^x", 2.5, 9.882117688026186, 18.93701053685423, 9.882117688026186, 18.93701053685423},
    {"l1(x) = log1p(exp(x))", -20.0, 2.061153620314381e-09, 2.0611536181902037e-09, 2.061153620314381e-09, 2.0611536181902033e-09},
    {"l1(x) = log1p(exp(x))", 1.0, 1.3132616875182228, 0.7310585786300049, 1.3132616875182228, 0.7310585786300048},
    {"l1(x) = log1p(exp(x))", 750.0, 750.0, 1.0, kInf, kNan},
    {"np(x) = exp(-x^2/2)/sqrt(2*pi)", -1.0, 0.24197072451914334, 0.24197072451914334, 0.24197072451914337, 0.24197072451914337},
    {"np(x) = exp(-x^2/2)/sqrt(2*pi)", 0.5, 0.35206532676429947, -0.17603266338214973, 0.3520653267642995, -0.17603266338214976},
    {"np(x) = exp(-x^2/2)/sqrt(2*pi)", 30.0, 1.4736461348785476e-196, -4.420938404635642e-195, 1.4736461348785476e-196, -4.420938404635643e-195},
    {"lc(x) = log(cosh(x))", -0.5, 0.12011450695827752, -0.46211715726000974, 0.12011450695827745, -0.46211715726000985},
    {"lc(x) = log(cosh(x))", 3.0, 2.309328504577785, 0.9950547536867305, 2.309328504577785, 0.9950547536867305},
    {"lc(x) = log(cosh(x))", 0.0001, 4.9999999916666675e-09, 9.999999966666667e-05, 4.999999957112645e-09, 9.999999966666667e-05},
    {"tl(x) = x*erfc(-x)", -20.0, -1.0791731223215802e-174, -4.316679083161989e-173, -1.0791731223215802e-174, -4.316679083161989e-173},
    {"tl(x) = x*erfc(-x)", 0.4, 0.5713569420186674, 1.8130088745823916, 0.5713569420186675, 1.8130088745823918},
    {"hs(x) = x*min(max(x + 3, 0), 6)/6", -4.0, 0.0, 0.0, -0.0, 0.0},
    {"hs(x) = x*min(max(x + 3, 0), 6)/6", -1.0, -0.3333333333333333, 0.16666666666666666, -0.3333333333333333, 0.16666666666666666},
    {"hs(x) = x*min(max(x + 3, 0), 6)/6", 1.0, 0.6666666666666666, 0.8333333333333334, 0.6666666666666666, 0.8333333333333333},
    {"hs(x) = x*min(max(x + 3, 0), 6)/6", 5.0, 5.0, 1.0, 5.0, 1.0},
    {"sx(x) = sin(x)/x", 1e-05, 0.9999999999833333, -3.3333333333000005e-06, 0.9999999999833332, -3.3333199098706245e-06},
    {"sx(x) = sin(x)/x", 3.0, 0.04704000268662241, -0.34567749976235596, 0.0470400026866224, -0.3456774997623559},
    {"sx(x) = sin(x)/x", -40.0, 0.018627829011983718, 0.01713914726660614, 0.01862782901198372, 0.01713914726660614},
    {"rt(x) = sqrt(x)", 1e-200, 1e-100, 5e+99, 1e-100, 5e+99},
    {"rt(x) = sqrt(x)", 2.0, 1.4142135623730951, 0.3535533905932738, 1.4142135623730951, 0.35355339059327373},
    {"rt(x) = sqrt(x)", 1e+300, 1e+150, 5e-151, 1e+150, 5e-151},
};
// clang-format on

// Within 1e-12 of the reference, or at least as close as autograd of the formula as typed.
void expect_close(double actual, double expected, double torch, const std::string& what) {
    if (skipped(expected)) return;
    const double ours = rel_error(actual, expected);
    const double theirs = rel_error(torch, expected);
    EXPECT_TRUE(ours <= kRelTol || ours <= theirs)
        << what << ": " << actual << " against " << expected << " (relative error " << ours
        << ", autograd " << torch << ")";
}

TEST(FormulaReference, ValueAndDerivativeMatchMpmathAndNeverLoseToAutograd) {
    std::size_t formulas = 0;
    std::string last;
    for (const Ref& r : kRefs) {
        if (last != r.definition) ++formulas;
        last = r.definition;
        const auto f = activa::compile_definition(r.definition);
        ASSERT_TRUE(f.has_value()) << r.definition << ": " << f.error().message();
        const auto got = f->evaluate(f->default_params(), r.x);
        const std::string where = std::string(r.definition) + " at " + std::to_string(r.x);
        expect_close(got.value, r.value, r.torch_value, where + ", value");
        expect_close(got.derivative, r.derivative, r.torch_derivative, where + ", derivative");
    }
    EXPECT_GE(formulas, 30U);
}

// The three cases where naive double gives inf or NaN.
TEST(FormulaReference, SoftplusOfEightHundredIsEightHundred) {
    const auto f = activa::compile_definition("f(x) = log(1 + exp(x))");
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->evaluate({}, 800.0).value, 800.0);
}
TEST(FormulaReference, LogisticOfEightHundredIsOne) {
    const auto f = activa::compile_definition("f(x) = exp(x)/(1 + exp(x))");
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->evaluate({}, 800.0).value, 1.0);
}
TEST(FormulaReference, MishDerivativeAtEightHundredIsOne) {
    const auto f = activa::compile_definition("f(x) = x*tanh(log(1+exp(x)))");
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->evaluate({}, 800.0).derivative, 1.0);
}

std::vector<double> sweep() {
    std::vector<double> xs(4001);
    activa::linspace(-40.0, 40.0, xs);
    for (const double x : {0.0, -0.0, 1e-300, -1e-300, -745.0, 745.0, -1e6, 1e6, -kInf, kInf, kNan})
        xs.push_back(x);
    return xs;
}

// A typed formula that is a built-in evaluates through the built-in's kernel: the same bits.
void expect_same_as_builtin(const char* definition, activa::ActivationId id) {
    const auto f = activa::compile_definition(definition);
    ASSERT_TRUE(f.has_value()) << f.error().message();
    const std::vector<double> xs = sweep();
    std::vector<double> v(xs.size()), d(xs.size()), bv(xs.size()), bd(xs.size());
    f->evaluate({}, xs, v, d);
    activa::evaluate(id, activa::default_params(id), xs, bv, bd);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        EXPECT_TRUE(v[i] == bv[i] || (std::isnan(v[i]) && std::isnan(bv[i])))
            << definition << " at " << xs[i] << ": " << v[i] << " against " << bv[i];
        EXPECT_TRUE(d[i] == bd[i] || (std::isnan(d[i]) && std::isnan(bd[i])))
            << definition << "' at " << xs[i] << ": " << d[i] << " against " << bd[i];
    }
}

TEST(FormulaBuiltinForms, OneOverOnePlusExpMinusXIsSigmoid) {
    expect_same_as_builtin("s(x) = 1/(1 + exp(-x))", activa::ActivationId::Sigmoid);
}
TEST(FormulaBuiltinForms, MaxOfXAndZeroIsRelu) {
    expect_same_as_builtin("r(x) = max(x, 0)", activa::ActivationId::Relu);
    expect_same_as_builtin("r(x) = max(0, x)", activa::ActivationId::Relu);
}
TEST(FormulaBuiltinForms, XTimesSigmoidIsSilu) {
    expect_same_as_builtin("s(x) = x*sigmoid(x)", activa::ActivationId::Silu);
}
TEST(FormulaBuiltinForms, XTimesTanhSoftplusIsMish) {
    expect_same_as_builtin("m(x) = x*tanh(log(1 + exp(x)))", activa::ActivationId::Mish);
}
TEST(FormulaBuiltinForms, LogOnePlusExpIsSoftplus) {
    expect_same_as_builtin("s(x) = log(exp(x) + 1)", activa::ActivationId::Softplus);
}
TEST(FormulaBuiltinForms, BuiltinIdsEvaluateThroughTheirKernels) {
    for (const auto& a : activa::catalogue()) {
        const std::string definition = "t(x) = " + std::string(a.key) + "(x)";
        expect_same_as_builtin(definition.c_str(), a.id);
    }
}

// The printed derivative of each built-in, compiled as a formula of its own, is the derivative
// the kernel computes: the table the printer uses is right.
TEST(FormulaBuiltinForms, PrintedDerivativeOfEveryBuiltinIsItsDerivative) {
    std::vector<double> xs(801);
    activa::linspace(-8.0, 8.0, xs);
    for (const auto& a : activa::catalogue()) {
        const auto f = activa::compile_definition("t(x) = " + std::string(a.key) + "(x)");
        ASSERT_TRUE(f.has_value());
        const auto d = activa::compile_definition("d(x) = " + f->derivative_formula());
        ASSERT_TRUE(d.has_value()) << a.key << ": " << f->derivative_formula();
        const std::vector<double> kinks = activa::kinks(a.id, activa::default_params(a.id));
        for (const double x : xs) {
            bool near_kink = false;
            for (const double k : kinks)
                near_kink = near_kink || std::fabs(x - k) < 1e-9;
            if (near_kink) continue;
            const double want = activa::derivative(a.id, x, activa::default_params(a.id));
            const double got = d->evaluate({}, x).value;
            EXPECT_NEAR(got, want, 1e-12 + 1e-9 * std::fabs(want))
                << a.key << "' at " << x << " printed as " << f->derivative_formula();
        }
    }
}

// The printed f' of every reference formula, compiled on its own, gives the derivative the
// program computes in forward mode.
TEST(FormulaReference, PrintedDerivativeAgreesWithTheEvaluatedOne) {
    std::string last;
    for (const Ref& r : kRefs) {
        if (last == r.definition) continue;
        last = r.definition;
        const auto f = activa::compile_definition(r.definition);
        ASSERT_TRUE(f.has_value());
        std::string signature = "d(x";
        for (const auto& p : f->params())
            signature += ", " + p.name + "=" + std::to_string(p.default_value);
        const auto d = activa::compile_definition(signature + ") = " + f->derivative_formula());
        ASSERT_TRUE(d.has_value())
            << r.definition << ": " << f->derivative_formula() << ": " << d.error().message();
        for (double x = -3.0; x <= 3.0; x += 0.37) {
            if (std::string(r.definition).find("x^x") != std::string::npos && x <= 0) continue;
            const double want = f->evaluate(f->default_params(), x).derivative;
            const double got = d->evaluate(d->default_params(), x).value;
            if (std::isnan(want)) continue; // log, sqrt, cube root of negatives
            EXPECT_NEAR(got, want, 1e-12 + 1e-10 * std::fabs(want))
                << r.definition << " at " << x << ": f' printed as " << f->derivative_formula();
        }
    }
}

} // namespace
