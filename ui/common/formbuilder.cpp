// SPDX-License-Identifier: MIT
#include "formbuilder.hpp"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QWidget>

namespace activa::ui {

QGroupBox* titled_box(QWidget* parent, Retranslator& tr, Text title) {
    auto* box = new QGroupBox(parent);
    tr.add([=] { box->setTitle(title()); });
    return box;
}

std::pair<QGroupBox*, QFormLayout*> form_box(QWidget* parent, Retranslator& tr, Text title) {
    QGroupBox* box = titled_box(parent, tr, std::move(title));
    auto* form = new QFormLayout(box);
    form->setVerticalSpacing(2);
    return {box, form};
}

QLabel* FormBuilder::row(QWidget* field, Text label, Text tip) {
    auto* name = new QLabel(m_form->parentWidget());
    name->setBuddy(field);
    m_form->addRow(name, field);
    auto* box = qobject_cast<NumberBox*>(field);
    if (box != nullptr) m_form->addRow(box->messageLabel());
    m_tr.add([=] {
        name->setText(label());
        if (!tip) return;
        if (box != nullptr)
            box->setToolTipText(tip());
        else
            field->setToolTip(tip());
    });
    return name;
}

NumberBox* FormBuilder::number(const char* name, NumberBox::Kind kind, double min, double max,
                               Text label, Text tip) {
    auto* box = new NumberBox(kind, m_form->parentWidget());
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    row(box, std::move(label), std::move(tip));
    return box;
}

QLabel* FormBuilder::note(Text text) {
    auto* label = new QLabel(m_form->parentWidget());
    label->setWordWrap(true);
    m_form->addRow(label);
    if (text) m_tr.add([=] { label->setText(text()); });
    return label;
}

} // namespace activa::ui
