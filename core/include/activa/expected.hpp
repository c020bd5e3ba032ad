// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace activa {

// The core's one way to refuse input: a value, or a one-line English reason naming what is
// wrong (C++23's std::expected, cut down to what the core needs). A parser that must say where
// and why in a form the window can translate gives a struct as E instead (FormulaError).
template <typename T, typename E = std::string> class Expected {
public:
    Expected(T value)
        : m_value(std::move(value)) {}
    static Expected failure(E reason) {
        Expected e;
        e.m_error = std::move(reason);
        return e;
    }

    bool has_value() const { return m_value.has_value(); }
    explicit operator bool() const { return has_value(); }
    const T& operator*() const& { return *m_value; }
    T&& operator*() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const E& error() const { return m_error; }

private:
    Expected() = default;
    std::optional<T> m_value;
    E m_error;
};

// A check that produces nothing but a verdict.
template <> class Expected<void, std::string> {
public:
    Expected() = default;
    static Expected failure(std::string reason) {
        Expected e;
        e.m_error = std::move(reason);
        e.m_ok = false;
        return e;
    }
    // A verdict from a reason that is empty when all is well.
    static Expected from_reason(std::string reason) {
        return reason.empty() ? Expected() : failure(std::move(reason));
    }
    bool has_value() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const std::string& error() const { return m_error; }

private:
    bool m_ok = true;
    std::string m_error;
};

} // namespace activa

namespace activa {

// What a state's check does with a bad field: refuse the whole state with the reason (the
// command line), or put the field's default in its place (settings written by an older
// version or edited by hand).
enum class OnInvalid { Reject, UseDefault };

} // namespace activa
