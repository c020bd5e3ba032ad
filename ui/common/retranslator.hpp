// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <utility>
#include <vector>

namespace activa::ui {

// The texts of a view that follow the UI language. Each setter runs once when it is added and
// again on every language change (QEvent::LanguageChange), so a view retranslates in place and
// keeps its state, its zoom and its splitter sizes.
class Retranslator {
public:
    void add(std::function<void()> apply) {
        apply();
        m_apply.push_back(std::move(apply));
    }
    void run() const {
        for (const auto& apply : m_apply)
            apply();
    }

private:
    std::vector<std::function<void()>> m_apply;
};

} // namespace activa::ui
