// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractSpinBox>
#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QString>

#include <functional>
#include <optional>

class QLabel;

namespace activa::ui {

// What a number field accepts.
struct NumberRule {
    double min = 0.0;
    double max = 0.0;
    bool integer = false;
};

// A typed number read exactly as typed, or why it is not taken. `partial` marks text that
// typing can still complete ("", "-", "1e", "2,"): a field stays quiet about it until the user
// is done.
struct TypedNumber {
    std::optional<double> value;
    QString problem;
    bool partial = false;
};

// Reads what was typed into a number field in the UI's locale: the locale's decimal mark, an
// optional exponent, '-' or '−' for minus, a suffix (" px") if the field shows one. Group
// separators are refused, never skipped, and so is '.' where the locale groups with it: "1.000"
// would mean a thousand to one reader and one to another. Out of range, overflowing or
// fractional (in a whole-number field) text gets a reason in the UI language.
TypedNumber read_typed_number(const QString& text, const QLocale& locale, const NumberRule& rule,
                              const QString& suffix = {});

// The shortest text that reads back to v in the locale, without group separators or trailing
// zeros ("-10", "0,25", "1e-06").
QString format_typed_number(double v, const QLocale& locale, bool integer = false);

// The colour of a refusal: dark red on a light window, light red on a dark one.
QColor problem_colour(const QPalette& palette);
// Writes the label's text in that colour, for the palette it stands on.
void show_as_problem(QLabel* label, const QPalette& around);

// The one number-entry field of the window. It takes exactly what is typed or says why not,
// while the last good value stays in force: a red frame shows around the field, the reason shows in
// messageLabel() (which the view places under the field) and as the tooltip. Escape puts the
// last good value back. Arrows and the wheel step from the last good value; the wheel only once
// the field has the focus. The message's line keeps its place while it is empty.
class NumberBox : public QAbstractSpinBox {
    Q_OBJECT
public:
    enum class Kind { Real, Integer };
    explicit NumberBox(Kind kind = Kind::Real, QWidget* parent = nullptr);

    void setRange(double min, double max);
    void setMaximum(double max) { setRange(m_rule.min, max); }
    double minimum() const { return m_rule.min; }
    double maximum() const { return m_rule.max; }
    void setSingleStep(double step) { m_step = step; }
    // Steps by a tenth of the value's decade (0.1 at 1, 10 at 100), never below singleStep.
    void setAdaptiveStep(bool on) { m_adaptive = on; }
    void setSuffix(const QString& suffix);
    void setToolTipText(const QString& tip);

    double value() const { return m_value; }
    int intValue() const { return static_cast<int>(m_value); }
    // Takes v (clamped to the range) as the last good value and shows it, when it differs from
    // the value in force; then emits valueChanged. The same value leaves a text being typed.
    void setValue(double v);

    // Reads the text now, as Enter would: true when it was taken (or is the value already).
    bool takeText();
    // Why the text in the field is not taken; empty when it is.
    QString problem() const { return m_problem; }
    // A rule beyond the range, against other fields (x from below x to; hardtanh's min_val
    // below max_val): returns why a value is not taken, or an empty text.
    void setCheck(std::function<QString(double)> check) { m_check = std::move(check); }
    QLabel* messageLabel();

    QValidator::State validate(QString& input, int& pos) const override;
    void fixup(QString&) const override {}
    void stepBy(int steps) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void valueChanged(double value);
    // The field's text turned acceptable or not (problem() tells why).
    void problemChanged(const QString& problem);

protected:
    StepEnabled stepEnabled() const override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void onTextEdited();
    void onEditingFinished();
    void take(TypedNumber read);
    void showProblem(const QString& problem);
    void showValue();
    QString sampleText() const;

    NumberRule m_rule;
    double m_value = 0.0;
    double m_step = 1.0;
    bool m_adaptive = false;
    QString m_suffix;
    QString m_problem;
    QString m_tip;
    QLabel* m_message = nullptr;
    std::function<QString(double)> m_check;
    bool m_windowClosing = false;
};

} // namespace activa::ui
