// SPDX-License-Identifier: MIT
#include "softmaxview.hpp"

#include "common/exporter.hpp"
#include "common/guide.hpp"
#include "common/numberbox.hpp"
#include "common/settings.hpp"
#include "common/sidepanel.hpp"

#include <activa/csv.hpp>

#include <activa/numbers.hpp>

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace activa::ui {
namespace {

constexpr int kNameColumn = 0;
constexpr int kLogitColumn = 1;

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

// Reads one pasted item: '.' always works; the locale's decimal separator only when allowed.
std::optional<double> parse_item(const QString& item, const QLocale& locale,
                                 bool locale_decimal_allowed) {
    if (auto v = activa::parse_number(item.toStdString())) return v;
    const QString decimal = locale.decimalPoint();
    if (!locale_decimal_allowed || decimal == QStringLiteral(".") || !item.contains(decimal) ||
        item.contains(QLatin1Char('.')))
        return std::nullopt;
    QString dotted = item;
    dotted.replace(decimal, QStringLiteral("."));
    return activa::parse_number(dotted.toStdString());
}

} // namespace

int temperature_to_slider(double temperature) {
    const double t = std::clamp(temperature, kMinTemperature, kMaxTemperature);
    const double f = std::log(t / kMinTemperature) / std::log(kMaxTemperature / kMinTemperature);
    return static_cast<int>(std::lround(f * kTemperatureSliderSteps));
}

double slider_to_temperature(int position) {
    const double f = static_cast<double>(std::clamp(position, 0, kTemperatureSliderSteps)) /
                     kTemperatureSliderSteps;
    const double t = kMinTemperature * std::pow(kMaxTemperature / kMinTemperature, f);
    return std::clamp(t, kMinTemperature, kMaxTemperature);
}

std::optional<std::vector<double>> parse_logit_list(const QString& text, const QLocale& locale,
                                                    QString* error) {
    auto fail = [error](const QString& why) {
        if (error) *error = why;
        return std::nullopt;
    };

    QString body = text.trimmed();
    // The article writes its example as [1, 3, 2]; Python and NumPy print lists the same way.
    if ((body.startsWith(QLatin1Char('[')) && body.endsWith(QLatin1Char(']'))) ||
        (body.startsWith(QLatin1Char('(')) && body.endsWith(QLatin1Char(')'))))
        body = body.mid(1, body.size() - 2).trimmed();
    body.replace(QChar(0x2212), QLatin1Char('-')); // typographic minus, as some locales print
    if (locale.negativeSign() != QStringLiteral("-"))
        body.replace(locale.negativeSign(), QStringLiteral("-"));
    if (body.isEmpty())
        return fail(SoftmaxView::tr("The list is empty: enter numbers such as 1, 3, 2."));

    // Semicolons, tabs and line breaks leave commas free to be decimal separators; without them
    // commas separate the numbers, and only when there are no commas do spaces.
    static const QRegularExpression strong(QStringLiteral("[;\\t\\r\\n]+"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList items;
    bool locale_decimal_allowed = false;
    if (body.contains(strong)) {
        items = body.split(strong);
        locale_decimal_allowed = true;
    } else if (body.contains(QLatin1Char(','))) {
        items = body.split(QLatin1Char(','));
    } else {
        items = body.split(spaces);
    }
    if (items.size() > static_cast<int>(kMaxSoftmaxClasses))
        return fail(SoftmaxView::tr("The list has %1 numbers; at most %2 are allowed.")
                        .arg(items.size())
                        .arg(static_cast<int>(kMaxSoftmaxClasses)));

    std::vector<double> logits;
    logits.reserve(static_cast<std::size_t>(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items[i].trimmed();
        if (item.isEmpty())
            return fail(
                SoftmaxView::tr("Item %1 is empty: check for doubled or trailing separators.")
                    .arg(i + 1));
        const std::optional<double> v = parse_item(item, locale, locale_decimal_allowed);
        if (!v)
            return fail(SoftmaxView::tr("Item %1, “%2”, is not a number.").arg(i + 1).arg(item));
        if (!std::isfinite(*v))
            return fail(
                SoftmaxView::tr("Item %1, “%2”, is not a finite number.").arg(i + 1).arg(item));
        if (std::fabs(*v) > kMaxLogit)
            return fail(SoftmaxView::tr("Item %1, “%2”, is outside the range %3 to %4.")
                            .arg(i + 1)
                            .arg(item, locale.toString(-kMaxLogit), locale.toString(kMaxLogit)));
        logits.push_back(*v);
    }
    return logits;
}

SoftmaxView::SoftmaxView(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_plotter(m_plot) {
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

    auto* logitsBox = new QGroupBox(this);
    m_tr.add([=, this] { logitsBox->setTitle(tr("Logits")); });
    auto* logitsLayout = new QVBoxLayout(logitsBox);
    logitsLayout->addWidget(m_table, 1);
    logitsLayout->addWidget(m_logitMessage);
    logitsLayout->addLayout(buttons);

    m_temperatureSlider = new QSlider(Qt::Horizontal, this);
    m_temperatureSlider->setObjectName(QStringLiteral("temperatureSlider"));
    m_temperatureSlider->setRange(0, kTemperatureSliderSteps);
    m_temperatureSlider->setPageStep(kTemperatureSliderSteps / 20);
    m_temperatureSlider->setFocusPolicy(Qt::StrongFocus);
    m_tr.add([=, this] {
        m_temperatureSlider->setToolTip(
            tr("Temperature on a log scale from %1 to %2")
                .arg(locale().toString(kMinTemperature), locale().toString(kMaxTemperature)));
    });
    m_tr.add([=, this] { m_temperatureSlider->setAccessibleName(tr("Temperature")); });

    m_temperatureSpin = new NumberBox(NumberBox::Kind::Real, this);
    m_temperatureSpin->setObjectName(QStringLiteral("temperatureSpinBox"));
    m_temperatureSpin->setRange(kMinTemperature, kMaxTemperature);
    m_temperatureSpin->setSingleStep(0.01);
    m_temperatureSpin->setAdaptiveStep(true);
    m_tr.add([=, this] {
        m_temperatureSpin->setToolTipText(
            tr("Temperature T: the logits are divided by T before softmax"));
    });

    auto* temperatureLabel = new QLabel(this);
    m_tr.add([=, this] { temperatureLabel->setText(tr("T =")); });
    temperatureLabel->setBuddy(m_temperatureSpin);
    auto* temperatureRow = new QHBoxLayout;
    temperatureRow->addWidget(temperatureLabel);
    temperatureRow->addWidget(m_temperatureSlider, 1);
    temperatureRow->addWidget(m_temperatureSpin);

    auto* temperatureNote = new QLabel(this);
    m_tr.add([=, this] {
        temperatureNote->setText(
            tr("Lower T sharpens the probabilities towards the argmax; higher T flattens "
               "them towards uniform."));
    });
    temperatureNote->setWordWrap(true);

    auto* temperatureBox = new QGroupBox(this);
    m_tr.add([=, this] { temperatureBox->setTitle(tr("Temperature")); });
    auto* temperatureLayout = new QVBoxLayout(temperatureBox);
    temperatureLayout->addLayout(temperatureRow);
    temperatureLayout->addWidget(m_temperatureSpin->messageLabel());
    temperatureLayout->addWidget(temperatureNote);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(explanation);
    sideLayout->addWidget(logitsBox, 1);
    sideLayout->addWidget(temperatureBox);

    m_plot->setMinimumSize(420, 300);
    m_tr.add([=, this] {
        m_plot->setToolTip(tr("Left: softmax probabilities, the argmax highlighted. Right: an "
                              "independent sigmoid of each logit."));
    });
    m_tr.add([=, this] { m_plot->setAccessibleName(tr("Softmax and sigmoid bar charts")); });

    place_side_panel(this, side, m_plot, 320, 360);

    connect(m_table, &QTableWidget::itemChanged, this, &SoftmaxView::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SoftmaxView::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &SoftmaxView::addClass);
    connect(m_removeButton, &QPushButton::clicked, this, &SoftmaxView::removeClass);
    connect(m_pasteButton, &QPushButton::clicked, this, &SoftmaxView::pasteList);
    connect(m_resetButton, &QPushButton::clicked, this, &SoftmaxView::resetToExample);
    connect(m_temperatureSlider, &QSlider::valueChanged, this, &SoftmaxView::onSliderChanged);
    connect(m_temperatureSpin, &NumberBox::valueChanged, this, &SoftmaxView::onTemperatureChanged);

    m_state = SoftmaxState{};
    fillControls();
    m_plotter.draw(m_state);
}

void SoftmaxView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) return;
    m_tr.run();
    fillControls(); // the rows' tooltips
    m_plotter.draw(m_state);
}

void SoftmaxView::setState(const SoftmaxState& state) {
    const SoftmaxState next = *checked(state, OnInvalid::UseDefault);
    if (next == m_state) return;
    m_state = next;
    fillControls();
    apply();
}

bool SoftmaxView::setLogitsFromText(const QString& text, QString* error) {
    const std::optional<std::vector<double>> logits = parse_logit_list(text, locale(), error);
    if (!logits) return false;
    SoftmaxState next = m_state;
    next.logits = *logits;
    setState(next); // checked() invents the names of new classes
    return true;
}

void SoftmaxView::addClass() {
    const int row = m_table->rowCount();
    if (row >= static_cast<int>(kMaxSoftmaxClasses)) return;
    // The next free letter, so a renamed class does not end up with a twin.
    QString name;
    for (std::size_t i = static_cast<std::size_t>(row);; ++i) {
        name = QString::fromStdString(default_class_name(i));
        if (std::find(m_state.classes.begin(), m_state.classes.end(), name.toStdString()) ==
            m_state.classes.end())
            break;
    }
    SoftmaxState next = m_state;
    next.classes.push_back(name.toStdString());
    next.logits.push_back(0.0);
    setState(next);
    m_table->setCurrentCell(row, kLogitColumn);
    m_table->scrollToItem(m_table->item(row, kLogitColumn));
}

void SoftmaxView::removeClass() {
    const int count = m_table->rowCount();
    if (count <= 1) return;
    const int current = m_table->currentRow();
    const int row = current >= 0 && current < count ? current : count - 1;
    SoftmaxState next = m_state;
    next.classes.erase(next.classes.begin() + row);
    next.logits.erase(next.logits.begin() + row);
    setState(next);
    m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), kNameColumn);
}

void SoftmaxView::pasteList() {
    // Start from the clipboard when it holds something short enough to be a list; otherwise
    // from the current logits, so the dialog doubles as a quick way to edit them all at once.
    QString initial = QApplication::clipboard()->text().trimmed();
    if (initial.isEmpty() || initial.size() > 4000 ||
        !parse_logit_list(initial, locale(), nullptr)) {
        QStringList numbers;
        for (double v : m_state.logits)
            numbers << QString::fromStdString(activa::format_number(v));
        initial = numbers.join(QStringLiteral(", "));
    }
    initial.replace(QRegularExpression(QStringLiteral("[\\r\\n\\t]+")), QStringLiteral("; "));

    QString prompt = tr("Logits separated by commas or semicolons, for example 1, 3, 2:");
    if (locale().decimalPoint() != QStringLiteral("."))
        prompt += QLatin1Char('\n') +
                  tr("With semicolons between the numbers, “%1” also works as decimal separator.")
                      .arg(locale().decimalPoint());
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Paste logits"), prompt, QLineEdit::Normal, initial, &ok);
    if (!ok) return;
    QString error;
    if (!setLogitsFromText(text, &error))
        QMessageBox::warning(this, tr("Paste logits"),
                             tr("The logits were not changed.") + QLatin1Char('\n') + error);
}

void SoftmaxView::resetToExample() {
    setState(SoftmaxState{});
}

void SoftmaxView::onItemChanged(QTableWidgetItem* item) {
    const int row = item->row();
    if (row < 0 || row >= static_cast<int>(m_state.logits.size())) return;
    if (item->column() == kNameColumn) {
        m_state.classes[static_cast<std::size_t>(row)] = item->text().toStdString();
    } else {
        // The delegate only produces valid numbers, but the model can be written to directly.
        bool ok = false;
        double v = item->data(Qt::EditRole).toDouble(&ok);
        if (!ok || !std::isfinite(v) || std::fabs(v) > kMaxLogit)
            v = m_state.logits[static_cast<std::size_t>(row)];
        const QVariant stored = item->data(Qt::EditRole);
        if (stored.typeId() != QMetaType::Double || stored.toDouble() != v) {
            const QSignalBlocker blocker(m_table);
            item->setData(Qt::EditRole, v);
        }
        if (v == m_state.logits[static_cast<std::size_t>(row)]) return;
        m_state.logits[static_cast<std::size_t>(row)] = v;
    }
    apply();
}

void SoftmaxView::onSliderChanged(int position) {
    // Two decimals are what a slider position can mean; the number shown is the one used.
    const double t = std::clamp(std::round(slider_to_temperature(position) * 100.0) / 100.0,
                                kMinTemperature, kMaxTemperature);
    {
        const QSignalBlocker blocker(m_temperatureSpin);
        m_temperatureSpin->setValue(t);
    }
    if (t == m_state.temperature) return;
    m_state.temperature = t;
    apply();
}

void SoftmaxView::onTemperatureChanged(double temperature) {
    {
        const QSignalBlocker blocker(m_temperatureSlider);
        m_temperatureSlider->setValue(temperature_to_slider(temperature));
    }
    if (temperature == m_state.temperature) return;
    m_state.temperature = temperature;
    apply();
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

void SoftmaxView::updateButtons() {
    m_addButton->setEnabled(m_table->rowCount() < static_cast<int>(kMaxSoftmaxClasses));
    m_removeButton->setEnabled(m_table->rowCount() > 1);
}

void SoftmaxView::apply() {
    updateButtons();
    m_plotter.draw(m_state);
    emit stateChanged();
}

QString SoftmaxView::title() const {
    return tr("&Softmax");
}

QString SoftmaxView::tabTip() const {
    return tr("How softmax turns logits into probabilities");
}

QString SoftmaxView::hint() const {
    return tr("Edit the logits or drag the temperature to see the probabilities change.");
}

QString SoftmaxView::guideSection() const {
    return Guide::kSoftmax;
}

void SoftmaxView::saveSettings(QSettings& s) const {
    save_softmax(s, m_state);
}

void SoftmaxView::restoreSettings(QSettings& s) {
    setState(load_softmax(s));
}

void SoftmaxView::onChanged(QObject* context, std::function<void()> changed) {
    connect(this, &SoftmaxView::stateChanged, context, changed);
}

void SoftmaxView::writeData(TextWriter& out) const {
    write_softmax_csv(out, m_state.logits, m_state.temperature, &m_state.classes);
}

QString SoftmaxView::fileStem() const {
    return QStringLiteral("softmax");
}

} // namespace activa::ui
