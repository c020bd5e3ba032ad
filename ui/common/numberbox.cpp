// SPDX-License-Identifier: MIT
#include "common/numberbox.hpp"

#include "common/messageline.hpp"

#include <activa/numbers.hpp>

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionSpinBox>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace activa::ui {

namespace {

// Typed text quoted back, shortened so a pasted page does not fill the message.
QString echoed(const QString& typed) {
    constexpr qsizetype kMost = 24;
    return typed.size() <= kMost ? typed : typed.left(kMost - 1) + QChar(0x2026);
}

// The text as ASCII with '.' as decimal mark and 'e' before the exponent, or the reason it
// cannot be one.
struct Normalised {
    QString text;
    QString problem;
};

Normalised normalise(const QString& typed, const QLocale& locale) {
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    Normalised out;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed[i];
        const QString rest = typed.mid(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            out.text += c;
        } else if (rest.startsWith(decimal)) {
            out.text += QLatin1Char('.');
            i += decimal.size() - 1;
        } else if (c == QLatin1Char('.') || c == QLatin1Char(',') || rest.startsWith(group)) {
            out.problem =
                QCoreApplication::translate("activa::ui::NumberBox",
                                            "Write decimals with “%1” and no thousands separators.")
                    .arg(decimal);
            return out;
        } else if (c == QLatin1Char('e') || c == QLatin1Char('E')) {
            out.text += QLatin1Char('e');
        } else if (c == QLatin1Char('-') || c == QChar(0x2212) ||
                   rest.startsWith(locale.negativeSign())) {
            out.text += QLatin1Char('-');
        } else if (c == QLatin1Char('+') || rest.startsWith(locale.positiveSign())) {
            out.text += QLatin1Char('+');
        } else {
            out.problem =
                QCoreApplication::translate("activa::ui::NumberBox", "“%1” is not a number.")
                    .arg(echoed(typed));
            return out;
        }
    }
    return out;
}

} // namespace

QColor problem_colour(const QPalette& palette) {
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? QColor(0xFF, 0x8A, 0x80)
                                                              : QColor(0xB0, 0x00, 0x20);
}

void show_as_problem(QLabel* label, const QPalette& around) {
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, problem_colour(around));
    label->setPalette(p);
}

TypedNumber read_typed_number(const QString& text, const QLocale& locale, const NumberRule& rule,
                              const QString& suffix) {
    QString typed = text.trimmed();
    const QString unit = suffix.trimmed();
    if (!unit.isEmpty() && typed.endsWith(unit)) typed = typed.chopped(unit.size()).trimmed();
    TypedNumber out;
    if (typed.isEmpty()) {
        out.problem = QCoreApplication::translate("activa::ui::NumberBox", "Type a number.");
        out.partial = true;
        return out;
    }
    const Normalised n = normalise(typed, locale);
    if (!n.problem.isEmpty()) {
        out.problem = n.problem;
        return out;
    }
    static const QRegularExpression complete(
        QStringLiteral(R"(^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$)"));
    static const QRegularExpression prefix(QStringLiteral(R"(^[+-]?\d*\.?\d*(e[+-]?)?$)"));
    if (!complete.match(n.text).hasMatch()) {
        out.partial = prefix.match(n.text).hasMatch();
        out.problem = out.partial ? QCoreApplication::translate("activa::ui::NumberBox",
                                                                "“%1” is not a complete number.")
                                        .arg(echoed(typed))
                                  : QCoreApplication::translate("activa::ui::NumberBox",
                                                                "“%1” is not a number.")
                                        .arg(echoed(typed));
        return out;
    }
    // Syntax is right, so only an overflow makes parse_number fail; an underflow reads as the
    // nearest double, as every number does.
    const auto parsed = parse_number(n.text.toStdString());
    constexpr double inf = std::numeric_limits<double>::infinity();
    const double v = parsed ? *parsed + 0.0 : (n.text.startsWith(QLatin1Char('-')) ? -inf : inf);
    const auto shown = [&](double x) { return format_typed_number(x, locale, rule.integer); };
    if (v < rule.min) {
        out.problem =
            QCoreApplication::translate("activa::ui::NumberBox", "The smallest value here is %1.")
                .arg(shown(rule.min));
    } else if (v > rule.max) {
        out.problem =
            QCoreApplication::translate("activa::ui::NumberBox", "The largest value here is %1.")
                .arg(shown(rule.max));
    } else if (rule.integer && v != std::floor(v)) {
        out.problem = QCoreApplication::translate("activa::ui::NumberBox", "Type a whole number.");
    } else {
        out.value = v;
    }
    return out;
}

QString format_typed_number(double v, const QLocale& locale, bool integer) {
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    if (integer) return l.toString(static_cast<qlonglong>(v));
    const double a = std::fabs(v);
    const bool plain = a == 0.0 || (a >= 1e-4 && a < 1e15);
    return l.toString(v + 0.0, plain ? 'f' : 'g', QLocale::FloatingPointShortest);
}

NumberBox::NumberBox(Kind kind, QWidget* parent)
    : QAbstractSpinBox(parent) {
    m_rule.integer = kind == Kind::Integer;
    m_rule.max = 99.0;
    setKeyboardTracking(false); // a typed number takes effect once, when it is complete
    // The wheel over a field the user has not chosen scrolls the panel (see wheelEvent).
    setFocusPolicy(Qt::StrongFocus);
    connect(lineEdit(), &QLineEdit::textEdited, this, &NumberBox::onTextEdited);
    connect(this, &QAbstractSpinBox::editingFinished, this, &NumberBox::onEditingFinished);
    showValue();
}

void NumberBox::setRange(double min, double max) {
    m_rule.min = min;
    m_rule.max = std::max(min, max);
    updateGeometry();
    setValue(m_value);
}

void NumberBox::setSuffix(const QString& suffix) {
    m_suffix = suffix;
    updateGeometry();
    showValue();
}

void NumberBox::setToolTipText(const QString& tip) {
    m_tip = tip;
    showProblem(m_problem);
}

void NumberBox::setValue(double v) {
    const double clamped = std::clamp(v, m_rule.min, m_rule.max);
    if (clamped == m_value) return; // text being typed stays
    m_value = clamped;
    showProblem({});
    showValue();
    emit valueChanged(m_value);
}

QLabel* NumberBox::messageLabel() {
    if (!m_message) {
        m_message = new MessageLine(parentWidget());
        show_as_problem(m_message, palette());
        m_message->setText(m_problem); // empty, the line keeps its place
    }
    return m_message;
}

QValidator::State NumberBox::validate(QString&, int&) const {
    return QValidator::Acceptable; // any text may be typed; what is not a number is explained
}

void NumberBox::stepBy(int steps) {
    double step = m_step;
    if (m_adaptive && m_value != 0.0)
        step = std::max(m_step, std::pow(10.0, std::floor(std::log10(std::fabs(m_value))) - 1));
    if (m_rule.integer) step = std::max(1.0, std::round(step));
    // Rounded to the step's own decimals, so 0.1 + 0.2 reads "0.3".
    const double scale = std::pow(10.0, std::max(0.0, std::ceil(-std::log10(step)) + 1));
    TypedNumber next;
    next.value =
        std::clamp(std::round((m_value + steps * step) * scale) / scale, m_rule.min, m_rule.max);
    take(next);
    selectAll();
}

QAbstractSpinBox::StepEnabled NumberBox::stepEnabled() const {
    if (isReadOnly()) return StepNone;
    StepEnabled e = StepNone;
    if (m_value < m_rule.max) e |= StepUpEnabled;
    if (m_value > m_rule.min) e |= StepDownEnabled;
    return e;
}

void NumberBox::wheelEvent(QWheelEvent* event) {
    // A panel scrolled past this field would otherwise change it on the way: the wheel steps a
    // field only once the user has chosen it; until then the panel around it scrolls.
    if (!hasFocus()) {
        event->ignore();
        return;
    }
    QAbstractSpinBox::wheelEvent(event);
}

void NumberBox::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape && !m_problem.isEmpty()) {
        showProblem({});
        showValue();
        event->accept();
        return;
    }
    QAbstractSpinBox::keyPressEvent(event);
}

void NumberBox::changeEvent(QEvent* event) {
    QAbstractSpinBox::changeEvent(event);
    if (m_message && event->type() == QEvent::PaletteChange) show_as_problem(m_message, palette());
    if (event->type() != QEvent::LocaleChange && event->type() != QEvent::LanguageChange) return;
    if (m_problem.isEmpty())
        showValue();
    else
        take(read_typed_number(text(), locale(), m_rule, m_suffix));
}

void NumberBox::onTextEdited() {
    // A text that has become acceptable again clears the message at once; new problems wait
    // until the user is done typing.
    if (!m_problem.isEmpty() && read_typed_number(text(), locale(), m_rule, m_suffix).value)
        showProblem({});
}

void NumberBox::focusOutEvent(QFocusEvent* event) {
    // A closing window moves the focus after its view's destructor has run: the check and the
    // slots a value would reach may be gone, so what was typed is not taken then.
    m_windowClosing = window()->isHidden();
    QAbstractSpinBox::focusOutEvent(event);
    m_windowClosing = false;
}

void NumberBox::onEditingFinished() {
    if (!m_windowClosing) takeText();
}

bool NumberBox::takeText() {
    take(read_typed_number(text(), locale(), m_rule, m_suffix));
    return m_problem.isEmpty();
}

void NumberBox::take(TypedNumber read) {
    if (read.value && m_check) {
        read.problem = m_check(*read.value);
        if (!read.problem.isEmpty()) read.value.reset();
    }
    if (!read.value) {
        showProblem(read.problem);
        return;
    }
    const bool changed = *read.value != m_value;
    m_value = *read.value;
    showProblem({});
    showValue();
    if (changed) emit valueChanged(m_value);
}

void NumberBox::showProblem(const QString& problem) {
    const bool changed = problem != m_problem;
    m_problem = problem;
    update(); // the red frame
    setToolTip(problem.isEmpty()
                   ? m_tip
                   : (m_tip.isEmpty() ? problem : problem + QLatin1Char('\n') + m_tip));
    setAccessibleDescription(problem);
    if (m_message) m_message->setText(problem);
    if (changed) emit problemChanged(problem);
}

void NumberBox::showValue() {
    lineEdit()->setText(format_typed_number(m_value, locale(), m_rule.integer) + m_suffix);
}

void NumberBox::paintEvent(QPaintEvent* event) {
    QAbstractSpinBox::paintEvent(event);
    if (m_problem.isEmpty()) return;
    // Drawn over the style's frame, so it shows whatever style or style sheet the field has.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(problem_colour(palette()), 2.0));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(1.0, 1.0, -1.0, -1.0), 2.0, 2.0);
}

QString NumberBox::sampleText() const {
    QString a = format_typed_number(m_rule.min, locale(), m_rule.integer);
    QString b = format_typed_number(m_rule.max, locale(), m_rule.integer);
    QString s = a.size() > b.size() ? a : b;
    if (!m_rule.integer) s += QStringLiteral("00");
    // Wide ranges scroll inside the field rather than widen every form.
    constexpr qsizetype kWidest = 9;
    if (s.size() > kWidest) s.truncate(kWidest);
    return s + m_suffix;
}

QSize NumberBox::sizeHint() const {
    ensurePolished();
    const QFontMetrics fm(fontMetrics());
    const int w = fm.horizontalAdvance(sampleText() + QStringLiteral("  "));
    QStyleOptionSpinBox opt;
    initStyleOption(&opt);
    return style()->sizeFromContents(QStyle::CT_SpinBox, &opt,
                                     QSize(w, lineEdit()->sizeHint().height()), this);
}

QSize NumberBox::minimumSizeHint() const {
    return sizeHint();
}

} // namespace activa::ui
