#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Prints the reference rows of tests/core/data/formula_reference.tsv.

Each typed formula is evaluated at the double nearest each x with mpmath at 50 digits (value,
and the derivative by mpmath.diff at 1000 digits), and with PyTorch's float64 autograd
of the same formula as typed, so that the test can check both "within 1e-12 of the truth" and
"never worse than autograd". Needs python3-mpmath and python3-torch (Debian); run with the
system python:  /usr/bin/python3 scripts/formula_references.py
"""
import math

import mpmath as mp
import torch

mp.mp.dps = 50


def msig(t):
    return 1 / (1 + mp.exp(-t))


def msp(t):
    return mp.log1p(mp.exp(t))


# definition, mpmath f(x), torch f(x), points
CASES = [
    ("sp(x) = log(1 + exp(x))", lambda x: mp.log(1 + mp.exp(x)),
     lambda x: torch.log(1 + torch.exp(x)), [-30, -1, 0.5, 3, 30, 800]),
    ("sg(x) = exp(x)/(1 + exp(x))", lambda x: mp.exp(x) / (1 + mp.exp(x)),
     lambda x: torch.exp(x) / (1 + torch.exp(x)), [-700, -30, -1, 0.5, 30, 800]),
    ("mi(x) = x*tanh(log(1 + exp(x)))", lambda x: x * mp.tanh(msp(x)),
     lambda x: x * torch.tanh(torch.log(1 + torch.exp(x))), [-30, -1, 0.5, 5, 800]),
    ("s1(x) = 1/(1 + exp(-x))", msig, lambda x: 1 / (1 + torch.exp(-x)),
     [-745, -30, -1, 0, 2, 40]),
    ("s2(x) = 1 - 1/(1 + exp(x))", msig, lambda x: 1 - 1 / (1 + torch.exp(x)),
     [-40, -3, 0.25, 6]),
    ("si(x) = x*sigmoid(x)", lambda x: x * msig(x), lambda x: x * torch.sigmoid(x),
     [-740, -30, -1, 0.5, 20]),
    ("ps(x, beta=1.5) = x*sigmoid(beta*x)", lambda x: x * msig(mp.mpf(1.5) * x),
     lambda x: x * torch.sigmoid(1.5 * x), [-300, -2, 0.5, 7]),
    ("ge(x) = x*(1 + erf(x/sqrt(2)))/2", lambda x: x * mp.erfc(-x / mp.sqrt(2)) / 2,
     lambda x: x * (1 + torch.erf(x / math.sqrt(2))) / 2, [-30, -5, -1, 0.5, 3]),
    ("sn(x, b=1) = x + sin(b*x)^2/b", lambda x: x + mp.sin(x) ** 2,
     lambda x: x + torch.sin(x) ** 2, [-5, 0.1, 2, 40]),
    ("ls(x) = log(sigmoid(x))", lambda x: mp.log(msig(x)),
     lambda x: torch.log(torch.sigmoid(x)), [-800, -5, 0.5, 30]),
    ("em(x) = exp(x) - 1", mp.expm1, lambda x: torch.exp(x) - 1, [1e-10, -1e-5, 0.3, 2]),
    ("lp(x) = log(1 + x)", mp.log1p, lambda x: torch.log(1 + x), [1e-12, -0.5, 3]),
    ("th(x) = (exp(x) - exp(-x))/(exp(x) + exp(-x))", mp.tanh,
     lambda x: (torch.exp(x) - torch.exp(-x)) / (torch.exp(x) + torch.exp(-x)),
     [-3, 0.1, 1e-6, 20]),
    ("ot(x) = 1 - tanh(x)", lambda x: 1 - mp.tanh(x), lambda x: 1 - torch.tanh(x),
     [-2, 0.5, 20]),
    ("gs(x) = x^2*exp(-x^2)", lambda x: x ** 2 * mp.exp(-x ** 2),
     lambda x: x ** 2 * torch.exp(-x ** 2), [-3, 0.5, 10]),
    ("bi(x) = sqrt(x^2 + 1)", lambda x: mp.sqrt(x ** 2 + 1), lambda x: torch.sqrt(x ** 2 + 1),
     [-4, 0.5, 1e5]),
    ("at(x) = 2*atan(x)/pi", lambda x: 2 * mp.atan(x) / mp.pi,
     lambda x: 2 * torch.atan(x) / math.pi, [-7, 0.3, 0.6, 1, 2, 1e8]),
    ("xa(x) = x*atan(x)", lambda x: x * mp.atan(x), lambda x: x * torch.atan(x),
     [-1.5, 0.05, 3]),
    ("hy(x) = sinh(x) + cosh(x)/2", lambda x: mp.sinh(x) + mp.cosh(x) / 2,
     lambda x: torch.sinh(x) + torch.cosh(x) / 2, [-709, -0.01, 1, 25, 709.5]),
    ("ec(x) = erfc(x)", mp.erfc, torch.erfc, [-3, 0.2, 5, 25]),
    ("ef(x) = erf(x)", mp.erf, torch.erf, [1e-3, 0.3, -0.7, 2]),
    ("lg(x) = log(x)", mp.log, torch.log, [1e-300, 0.5, 1.0000001, 7, 1e300]),
    ("ss(x) = x/(1 + abs(x))", lambda x: x / (1 + abs(x)), lambda x: x / (1 + torch.abs(x)),
     [-3, 0.5, 1e10]),
    ("el(x) = where(x > 0, x, exp(x) - 1)", lambda x: x if x > 0 else mp.expm1(x),
     lambda x: torch.where(x > 0, x, torch.exp(x) - 1), [-1e-8, -3, 2]),
    ("lk(x) = max(x, 0.1*x)", lambda x: max(x, x / 10),
     lambda x: torch.maximum(x, 0.1 * x), [-3, 2]),
    ("ht(x) = min(max(x, -1), 1)", lambda x: min(max(x, -1), 1),
     lambda x: torch.clamp(x, -1, 1), [-0.5, 0.3, 2]),
    ("xc(x) = x*cos(x)", lambda x: x * mp.cos(x), lambda x: x * torch.cos(x),
     [-2, 0.7, 1e6, 1e12]),
    ("tn(x) = tan(x)", mp.tan, torch.tan, [1.5, -0.2, 100]),
    ("cu(x, p=0.5) = x^3 - 2*x + p", lambda x: x ** 3 - 2 * x + mp.mpf(0.5),
     lambda x: x ** 3 - 2 * x + 0.5, [-2, 0.25, 3]),
    ("cr(x) = x^(1/3)", lambda x: mp.cbrt(x), lambda x: x ** (1 / 3), [0.001, 8, 1e30]),
    ("tw(x) = 2^x", lambda x: mp.power(2, x), lambda x: 2 ** x, [-3.5, 10, 1000]),
    ("xx(x) = x^x", lambda x: mp.power(x, x), lambda x: x ** x, [0.3, 2.5]),
    ("l1(x) = log1p(exp(x))", msp, lambda x: torch.log1p(torch.exp(x)), [-20, 1, 750]),
    ("np(x) = exp(-x^2/2)/sqrt(2*pi)", lambda x: mp.exp(-x ** 2 / 2) / mp.sqrt(2 * mp.pi),
     lambda x: torch.exp(-x ** 2 / 2) / math.sqrt(2 * math.pi), [-1, 0.5, 30]),
    ("lc(x) = log(cosh(x))", lambda x: mp.log(mp.cosh(x)), lambda x: torch.log(torch.cosh(x)),
     [-0.5, 3, 1e-4]),
    ("tl(x) = x*erfc(-x)", lambda x: x * mp.erfc(-x), lambda x: x * torch.erfc(-x), [-20, 0.4]),
    ("hs(x) = x*min(max(x + 3, 0), 6)/6", lambda x: x * min(max(x + 3, 0), 6) / 6,
     lambda x: x * torch.clamp(x + 3, 0, 6) / 6, [-4, -1, 1, 5]),
    ("sx(x) = sin(x)/x", lambda x: mp.sin(x) / x, lambda x: torch.sin(x) / x, [1e-5, 3, -40]),
    ("rt(x) = sqrt(x)", mp.sqrt, torch.sqrt, [1e-200, 2, 1e300]),
]


def number(v):
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return repr(v)


def reference(f, x):
    v = f(x)
    # Central differences at 1000 digits with a step of 1e-100 |x|: the truncation error
    # (about 1e-200) and the rounding noise (about 1e-900) are both far below a double's digits,
    # whatever the scale of f' against f.
    with mp.workdps(1000):
        h = abs(x) * mp.mpf("1e-100") if x != 0 else mp.mpf("1e-100")
        d = mp.diff(f, x, h=h)
    fv, fd = float(v), float(d)
    # The exact result is subnormal or below: not a case for relative accuracy.
    skip = lambda r, fr: fr != 0 and abs(r) < mp.mpf("2.3e-308") or (r != 0 and fr == 0)
    return ("skip" if skip(v, fv) else number(fv)), ("skip" if skip(d, fd) else number(fd))


def autograd(f, x):
    t = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    y = f(t)
    y.backward()
    g = t.grad.item() if t.grad is not None else math.nan
    return number(y.item()), number(g)


def main():
    for definition, mf, tf, points in CASES:
        for x in points:
            xf = float(x)
            v, d = reference(mf, mp.mpf(xf))
            tv, td = autograd(tf, xf)
            print("\t".join([definition, number(xf), v, d, tv, td]))


if __name__ == "__main__":
    main()
