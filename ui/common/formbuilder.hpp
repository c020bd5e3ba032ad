// SPDX-License-Identifier: MIT
#pragma once

#include "common/numberbox.hpp"
#include "common/retranslator.hpp"

#include <QString>

#include <functional>
#include <utility>

class QFormLayout;
class QGroupBox;
class QLabel;
class QWidget;

namespace activa::ui {

// A text in the UI language, asked again at every language change.
using Text = std::function<QString()>;

// A group box whose title follows the language.
QGroupBox* titled_box(QWidget* parent, Retranslator& tr, Text title);
// A titled box of form rows for FormBuilder, whose number fields' message lines, there even when
// empty, part the rows: the form adds little space of its own between them.
std::pair<QGroupBox*, QFormLayout*> form_box(QWidget* parent, Retranslator& tr, Text title);

// The rows of a side panel's form: a label (with its accelerator, buddy of the field), the
// field, its tooltip, and under a number field its message line, which is always there so that
// a message moves nothing. Every text goes through the view's Retranslator.
class FormBuilder {
public:
    FormBuilder(QFormLayout* form, Retranslator& tr)
        : m_form(form)
        , m_tr(tr) {}

    // A row for any field; the label's text and the field's tooltip follow the language.
    QLabel* row(QWidget* field, Text label, Text tip = {});
    // A number field with its range and object name (tests and settings find it by that), in a
    // row of its own with its message line under it.
    NumberBox* number(const char* name, NumberBox::Kind kind, double min, double max, Text label,
                      Text tip);
    // A line of text across the form (a note, a description).
    QLabel* note(Text text = {});

private:
    QFormLayout* m_form;
    Retranslator& m_tr;
};

} // namespace activa::ui
