// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace activa::ui::test {

// The text (as `text` reads it, e.g. &QLabel::text) of the last child of type W whose text
// contains `word`; empty when none does.
template <typename W, typename Text>
QString child_text_containing(const QObject& parent, const QString& word, Text text) {
    QString found;
    for (const W* child : parent.findChildren<W*>())
        if (std::invoke(text, *child).contains(word)) found = std::invoke(text, *child);
    return found;
}

} // namespace activa::ui::test
