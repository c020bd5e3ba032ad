// SPDX-License-Identifier: MIT
// The softmax view's side panel: the explanation, the table of logits and the temperature.
#include "softmaxview.hpp"

#include "common/formbuilder.hpp"
#include "common/numberbox.hpp"
#include "common/numbertext.hpp"

#include <QAbstractItemView>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace activa::ui {
namespace {

QTableWidgetItem* logit_item(double value) {
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Logits are typed into a number box: a number out of range or not a number is refused, the
// reason shown under the table and the cell keeping its value. Arrow keys commit at once.
class LogitDelegate : public QStyledItemDelegate {
public:
    LogitDelegate(QLabel* message, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_message(message) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override {
        auto* box = new NumberBox(NumberBox::Kind::Real, parent);
        box->setObjectName(QStringLiteral("logitEditor"));
        box->setRange(-kMaxLogit, kMaxLogit);
        box->setSingleStep(0.1);
        box->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        box->setFrame(false);
        box->setToolTipText(
            SoftmaxView::tr("Logit: the raw score of this class, from -1000 to 1000"));
        auto* self = const_cast<LogitDelegate*>(this);
        connect(box, &NumberBox::valueChanged, self, [self, box] { emit self->commitData(box); });
        return box;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        auto* box = static_cast<NumberBox*>(editor);
        const QSignalBlocker blocker(box); // loading the value is not an edit
        box->setValue(index.data(Qt::EditRole).toDouble());
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        auto* box = static_cast<NumberBox*>(editor);
        const bool taken = box->takeText();
        m_message->setText(box->problem());
        m_message->setVisible(!taken);
        if (taken) model->setData(index, box->value(), Qt::EditRole);
    }

    QString displayText(const QVariant& value, const QLocale& locale) const override {
        bool ok = false;
        const double v = value.toDouble(&ok);
        return ok ? format_typed_number(v, locale)
                  : QStyledItemDelegate::displayText(value, locale);
    }

private:
    QLabel* m_message;
};

} // namespace

QLabel* SoftmaxView::makeExplanation() {
    auto* explanation = new QLabel();
    m_tr.add([=, this] {
        explanation->setText(tr(
            "<p><b>Softmax</b> turns a list of raw scores (logits) into probabilities that add up "
            "to 1, so they read as how likely each class is. It is a soft version of argmax: the "
            "largest logit gets the largest share, but every class keeps some. Use it when the "
            "classes are mutually exclusive, with one output node per class.</p>"
            "<p>When an example can belong to several classes at once (<b>multilabel</b>), give "
            "each class its own sigmoid instead: each output is a probability on its own, and "
            "together they need not add up to 1.</p>"));
    });
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);
    return explanation;
}

QGroupBox* SoftmaxView::makeLogitsBox() {
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("logitTable"));
    m_tr.add([=, this] { m_table->setHorizontalHeaderLabels({tr("Class"), tr("Logit")}); });
    m_table->horizontalHeader()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kLogitColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(kLogitColumn, 110);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    // Tab leaves the table instead of walking its cells; arrow keys still move between cells.
    m_table->setTabKeyNavigation(false);
    m_logitMessage = new QLabel(this);
    m_logitMessage->setObjectName(QStringLiteral("logitMessage"));
    m_logitMessage->setWordWrap(true);
    m_logitMessage->setTextFormat(Qt::PlainText);
    show_as_problem(m_logitMessage, palette());
    m_logitMessage->hide();
    m_table->setItemDelegateForColumn(kLogitColumn, new LogitDelegate(m_logitMessage, m_table));
    m_tr.add([=, this] {
        m_table->setToolTip(
            tr("One row per class: its name and its logit (raw score). Double-click "
               "or press F2 to edit a cell."));
    });
    m_tr.add([=, this] { m_table->setAccessibleName(tr("Classes and logits")); });

    m_addButton = new QPushButton(this);
    m_tr.add([=, this] { m_addButton->setText(tr("&Add class")); });
    m_addButton->setObjectName(QStringLiteral("addClassButton"));
    m_tr.add([=, this] {
        m_addButton->setToolTip(
            tr("Add a class with logit 0 (at most %1)").arg(static_cast<int>(kMaxSoftmaxClasses)));
    });
    m_removeButton = new QPushButton(this);
    m_tr.add([=, this] { m_removeButton->setText(tr("&Remove class")); });
    m_removeButton->setObjectName(QStringLiteral("removeClassButton"));
    m_tr.add([=, this] {
        m_removeButton->setToolTip(tr("Remove the selected class (at least one stays)"));
    });
    m_pasteButton = new QPushButton(this);
    m_tr.add([=, this] { m_pasteButton->setText(tr("&Paste list…")); });
    m_pasteButton->setObjectName(QStringLiteral("pasteListButton"));
    m_tr.add([=, this] {
        m_pasteButton->setToolTip(tr("Replace the logits with a list such as 1, 3, 2 or 1; 3; 2"));
    });
    m_resetButton = new QPushButton(this);
    m_tr.add([=, this] { m_resetButton->setText(tr("R&eset to example")); });
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_tr.add([=, this] {
        m_resetButton->setToolTip(tr("Go back to the logits [1, 3, 2] at temperature 1"));
    });

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_addButton, 0, 0);
    buttons->addWidget(m_removeButton, 0, 1);
    buttons->addWidget(m_pasteButton, 1, 0);
    buttons->addWidget(m_resetButton, 1, 1);

    QGroupBox* logitsBox = titled_box(this, m_tr, [] { return tr("Logits"); });
    auto* logitsLayout = new QVBoxLayout(logitsBox);
    logitsLayout->addWidget(m_table, 1);
    logitsLayout->addWidget(m_logitMessage);
    logitsLayout->addLayout(buttons);
    return logitsBox;
}

QGroupBox* SoftmaxView::makeTemperatureBox() {
    QGroupBox* box = titled_box(this, m_tr, [] { return tr("Temperature"); });
    auto* form = new QFormLayout(box);
    // The slider and the number it sets share one row, the number where it is typed.
    auto* controls = new QWidget(box);
    auto* controlsRow = new QHBoxLayout(controls);
    controlsRow->setContentsMargins(0, 0, 0, 0);

    m_temperatureSlider = new QSlider(Qt::Horizontal, controls);
    m_temperatureSlider->setObjectName(QStringLiteral("temperatureSlider"));
    m_temperatureSlider->setRange(0, kTemperatureSliderSteps);
    m_temperatureSlider->setPageStep(kTemperatureSliderSteps / 20);
    m_temperatureSlider->setFocusPolicy(Qt::StrongFocus);
    m_tr.add([=, this] {
        m_temperatureSlider->setToolTip(
            tr("Temperature on a log scale from %1 to %2")
                .arg(shown_shortest(kMinTemperature), shown_shortest(kMaxTemperature)));
        m_temperatureSlider->setAccessibleName(tr("Temperature"));
    });

    m_temperatureSpin = new NumberBox(NumberBox::Kind::Real, controls);
    m_temperatureSpin->setObjectName(QStringLiteral("temperatureSpinBox"));
    m_temperatureSpin->setRange(kMinTemperature, kMaxTemperature);
    m_temperatureSpin->setSingleStep(0.01);
    m_temperatureSpin->setAdaptiveStep(true);
    controlsRow->addWidget(m_temperatureSlider, 1);
    controlsRow->addWidget(m_temperatureSpin);

    FormBuilder rows(form, m_tr);
    rows.row(controls, [] { return tr("T ="); })->setBuddy(m_temperatureSpin);
    m_tr.add([this] {
        m_temperatureSpin->setToolTipText(
            tr("Temperature T: the logits are divided by T before softmax"));
    });
    form->addRow(m_temperatureSpin->messageLabel());
    rows.note([] {
        return tr("Lower T sharpens the probabilities towards the argmax; higher T flattens "
                  "them towards uniform.");
    });
    return box;
}

void SoftmaxView::describePlot() {
    m_plot->setMinimumSize(420, 300);
    m_tr.add([=, this] {
        m_plot->setToolTip(tr("Left: softmax probabilities, the argmax highlighted. Right: an "
                              "independent sigmoid of each logit."));
    });
    m_tr.add([=, this] { m_plot->setAccessibleName(tr("Softmax and sigmoid bar charts")); });
}

void SoftmaxView::fillControls() {
    {
        const QSignalBlocker blocker(m_table);
        const int count = static_cast<int>(m_state.logits.size());
        m_table->setRowCount(count);
        for (int row = 0; row < count; ++row) {
            auto* name = new QTableWidgetItem(
                QString::fromStdString(m_state.classes[static_cast<std::size_t>(row)]));
            name->setToolTip(tr("Class name, shown under its bars"));
            m_table->setItem(row, kNameColumn, name);
            auto* logit = logit_item(m_state.logits[static_cast<std::size_t>(row)]);
            logit->setToolTip(tr("Logit of this class; edit it to see the bars change"));
            m_table->setItem(row, kLogitColumn, logit);
        }
    }
    {
        const QSignalBlocker spinBlocker(m_temperatureSpin);
        const QSignalBlocker sliderBlocker(m_temperatureSlider);
        m_temperatureSpin->setValue(m_state.temperature);
        m_temperatureSlider->setValue(temperature_to_slider(m_state.temperature));
    }
    updateButtons();
}

} // namespace activa::ui
