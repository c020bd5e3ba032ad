// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <gtest/gtest.h>

#include <functional>
#include <source_location>
#include <stdexcept>
#include <string>

namespace activa::ui::test {

// The child of type W named `name` at any depth under `parent`: the tests find a view's widgets
// by the object names the views give them. When there is none the test fails at the caller's
// line, naming what it looked for, and stops there (gtest reports the exception) instead of
// going on with a null pointer. Called from an event handler (a modal dialog driven by a timer),
// the exception is to be caught there: it must not cross Qt's event loop.
template <typename W>
W* child(const QObject& parent, const char* name,
         const std::source_location& where = std::source_location::current()) {
    if (W* found = parent.findChild<W*>(QString::fromLatin1(name))) return found;
    const std::string missing = std::string("no ") + W::staticMetaObject.className() + " named \"" +
                                name + "\" under " + parent.metaObject()->className();
    ADD_FAILURE_AT(where.file_name(), static_cast<int>(where.line())) << missing;
    throw std::runtime_error(missing);
}

// The text (as `text` reads it, e.g. &QLabel::text) of the last child of type W whose text
// contains `word`; empty when none does.
template <typename W, typename Text>
QString child_text_containing(const QObject& parent, const QString& word, Text text) {
    QString found;
    for (const W* widget : parent.findChildren<W*>())
        if (std::invoke(text, *widget).contains(word)) found = std::invoke(text, *widget);
    return found;
}

} // namespace activa::ui::test
