// SPDX-License-Identifier: MIT
#include "wizard/recipetable.hpp"

#include "common/coretext.hpp"
#include "common/enumnames.hpp"
#include "common/recipenames.hpp"
#include "wizard/wizardview.hpp"

#include <activa/init.hpp>

#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace activa::ui {
namespace {

// The texts are the wizard's: they are translated in its context.
QString line_label(std::string_view key) {
    if (key == "hidden_activation") return WizardView::tr("Hidden activation");
    if (key == "gate_activation") return WizardView::tr("Gate activation");
    if (key == "weight_init") return WizardView::tr("Weight initialisation");
    if (key == "input_scaling") return WizardView::tr("Input scaling");
    if (key == "output_activation") return WizardView::tr("Output activation");
    if (key == "output_nodes") return WizardView::tr("Output nodes");
    if (key == "label_encoding") return WizardView::tr("Label encoding");
    if (key == "loss") return WizardView::tr("Loss");
    return QString::fromLatin1(key);
}

// A recipe's choice in words, with the name the code uses beside it: "Sigmoid (sigmoid)".
QString named(const QString& name, std::string_view id) {
    const QString code = QString::fromStdString(std::string(id));
    return WizardView::tr("%1 (%2)", "a recipe choice: its name, then its name in code")
        .arg(name, code);
}

// An activation's short name: the catalogue's "Sigmoid (logistic)" would read doubled beside
// its id. The sigmoid is named as the output layer of that name is.
QString activation_name(ActivationId id) {
    return id == ActivationId::Sigmoid ? output_name(OutputActivation::Sigmoid) : function_name(id);
}

constexpr EnumNames<LabelEncoding, 4> kEncodingNames{
    "activa::ui::WizardView",
    {{
        {LabelEncoding::Scaled, QT_TRANSLATE_NOOP("activa::ui::WizardView", "Scaled targets")},
        {LabelEncoding::ZeroOne, QT_TRANSLATE_NOOP("activa::ui::WizardView", "Labels 0 and 1")},
        {LabelEncoding::OneHot, QT_TRANSLATE_NOOP("activa::ui::WizardView", "One-hot vectors")},
        {LabelEncoding::MultiHot, QT_TRANSLATE_NOOP("activa::ui::WizardView", "Multi-hot vectors")},
    }}};

QString choice_text(const Recipe& r, const RecipeLine& line) {
    const std::string_view key = line.key;
    if (key == "hidden_activation") return named(activation_name(r.hidden), line.value);
    if (key == "gate_activation" && r.gate) return named(activation_name(*r.gate), line.value);
    if (key == "weight_init") // named as the labs and the code snippets name it
        return named(
            core_text(init_schemes()[static_cast<std::size_t>(recommended_init(r.init))].name),
            line.value);
    if (key == "input_scaling") return input_scaling_name(r.scaling);
    if (key == "output_activation") return named(output_name(r.output), line.value);
    if (key == "output_nodes") return QLocale().toString(r.output_nodes);
    if (key == "label_encoding") return named(kEncodingNames.name(r.encoding), line.value);
    if (key == "loss") return named(loss_name(r.loss), line.value);
    return QString::fromStdString(line.value);
}

} // namespace

RecipeTable::RecipeTable(QWidget* parent)
    : QTableWidget(0, 2, parent) {
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    // The choices' column is stretched after a resize; the rows follow its new width.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &RecipeTable::fit);
}

void RecipeTable::fit() {
    if (m_fitting) return;
    m_fitting = true;
    const int width = viewport()->width();
    // Cells draw their text inside a small margin on each side.
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
    // The settings' column is as wide as the longest setting, within half the width;
    // ResizeToContents would take the reasons below them for its contents.
    int names = horizontalHeader()->sectionSizeHint(0);
    for (int row = 0; row < rowCount(); row += 2)
        if (const QTableWidgetItem* item = this->item(row, 0))
            names = std::max(names, QFontMetrics(item->font()).horizontalAdvance(item->text()) +
                                        margin + 2);
    setColumnWidth(0, std::min(names, width / 2));
    int height = 2 * frameWidth() + horizontalHeader()->sizeHint().height();
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem* reason = row % 2 == 1 ? this->item(row, 0) : nullptr;
        if (reason) {
            const QRect text = QFontMetrics(reason->font())
                                   .boundingRect(QRect(0, 0, std::max(1, width - margin), 1 << 20),
                                                 Qt::TextWordWrap, reason->text());
            setRowHeight(row, text.height() + 6);
        } else {
            resizeRowToContents(row);
        }
        height += rowHeight(row);
    }
    setFixedHeight(height);
    m_fitting = false;
}

void RecipeTable::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    fit();
}

void RecipeTable::showRecipe(const Recipe& r) {
    const std::vector<RecipeLine> lines = recipe_lines(r);
    clearSpans();
    setRowCount(2 * static_cast<int>(lines.size()));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const RecipeLine& line = lines[i];
        const int row = 2 * static_cast<int>(i);
        auto* key = new QTableWidgetItem(line_label(line.key));
        QFont bold = key->font();
        bold.setBold(true);
        key->setFont(bold);
        setItem(row, 0, key);
        auto* choice = new QTableWidgetItem(choice_text(r, line));
        // The value as the code spells it, whatever the language of the text.
        choice->setData(Qt::UserRole, QString::fromStdString(line.value));
        setItem(row, 1, choice);
        auto* why = new QTableWidgetItem(core_text(line.reason));
        QFont italic = why->font();
        italic.setItalic(true);
        why->setFont(italic);
        setItem(row + 1, 0, why);
        setSpan(row + 1, 0, 1, 2);
    }
    fit();
}

} // namespace activa::ui
