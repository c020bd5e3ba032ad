// SPDX-License-Identifier: MIT
#include "functions/functioneditor.hpp"

#include "common/coretext.hpp"
#include "common/formbuilder.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"
#include "common/plotstyle.hpp"
#include "common/recipenames.hpp"
#include "functions/formulatext.hpp"

#include <activa/init.hpp>
#include <activa/numbers.hpp>
#include <qcustomplot.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace activa::ui {
namespace {

// The preview spans the article's range.
constexpr double kPreviewFrom = -10.0;
constexpr double kPreviewTo = 10.0;
constexpr int kPreviewPoints = 401;

// Mistakes of the name and parameters, as opposed to the formula's own.
bool about_the_fields(FormulaErrorCode code) {
    using enum FormulaErrorCode;
    switch (code) {
    case MissingName:
    case NotAName:
    case NameTaken:
    case NameTooLong:
    case MissingX:
    case MissingDefault:
    case BadDefault:
    case ParameterTaken:
    case DuplicateParameter:
    case TooManyParameters:
    case BadRange:
        return true;
    default:
        return false;
    }
}

// The index in `text` (UTF-16) of the character numbered `column` (code points from 0).
qsizetype index_of_column(const QString& text, std::size_t column) {
    qsizetype i = 0;
    for (std::size_t c = 0; c < column && i < text.size(); ++c)
        i += text.at(i).isHighSurrogate() ? 2 : 1;
    return i;
}

QString init_name(WeightInit family) {
    return core_text(init_schemes()[static_cast<std::size_t>(recommended_init(family))].name);
}

} // namespace

FunctionEditor::FunctionEditor(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("functionEditor"));
    auto* left = new QVBoxLayout;
    left->addWidget(buildFormulaBox());
    left->addWidget(buildParameterBox());
    left->addWidget(buildRecipeBox());
    left->addStretch(1);

    m_preview = new QCustomPlot(this);
    m_preview->setObjectName(QStringLiteral("functionPreview"));
    m_preview->setMinimumSize(360, 300);
    m_preview->addGraph();
    m_preview->addGraph();
    m_preview->graph(0)->setPen(QPen(function_colour(ActivationId::Sigmoid), 2.5));
    m_preview->graph(1)->setPen(QPen(function_colour(ActivationId::Sigmoid), 2, Qt::DashLine));
    m_preview->xAxis->setRange(kPreviewFrom, kPreviewTo);
    m_preview->legend->setVisible(true);
    follow_screen_style(m_preview);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    m_tr.add([this] {
        setWindowTitle(tr("Your activation function"));
        m_preview->graph(0)->setName(tr("f(x)"));
        m_preview->graph(1)->setName(tr("f′(x) (dashed)"));
        m_preview->xAxis->setLabel(QStringLiteral("x"));
    });
    resize(980, 560);
    update();
}

QWidget* FunctionEditor::buildFormulaBox() {
    QGroupBox* box = titled_box(this, m_tr, [] { return tr("Function"); });
    auto* form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_formula = new QLineEdit(box);
    m_formula->setObjectName(QStringLiteral("formulaField"));
    m_formula->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_formula->setMaxLength(static_cast<int>(kMaxFormulaLength));
    FormBuilder rows(form, m_tr);
    rows.row(
        m_name, [] { return tr("&Name:"); },
        [] {
            return tr("How lists, legends and the command line call it: letters, digits and _, "
                      "not a built-in function's id");
        });
    rows.row(
        m_formula, [] { return tr("f(x) &="); },
        [] {
            return tr("A formula in x and the parameters: + - * / ^, exp, log, log1p, expm1, "
                      "sqrt, abs, sin, cos, tan, tanh, sinh, cosh, atan, erf, erfc, max, min, "
                      "where(x > 0, a, b), pi, e, and every built-in activation by its id "
                      "(sigmoid, softplus, relu, …)");
        });
    // The mistake's line keeps its place while it is empty: typing moves nothing.
    m_problem = new QLabel(box);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setWordWrap(true);
    m_problem->setMinimumHeight(4 * m_problem->fontMetrics().height());
    // An unknown name is most often a parameter not declared yet: one click declares it.
    connect(m_problem, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QStringLiteral("param:"))) addParameter(link.mid(6));
    });
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(m_problem);
    m_derivative = new QLabel(box);
    m_derivative->setObjectName(QStringLiteral("derivativeLabel"));
    m_derivative->setWordWrap(true);
    m_derivative->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_derivative);
    m_evaluated = new QLabel(box);
    m_evaluated->setWordWrap(true);
    m_evaluated->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_evaluated);
    m_tr.add([this] {
        m_formula->setPlaceholderText(tr("for example x*sigmoid(beta*x)"));
        update();
    });
    connect(m_name, &QLineEdit::textChanged, this, &FunctionEditor::update);
    connect(m_formula, &QLineEdit::textChanged, this, &FunctionEditor::update);
    return box;
}

QWidget* FunctionEditor::buildParameterBox() {
    QGroupBox* box = titled_box(this, m_tr, [] { return tr("Parameters"); });
    auto* layout = new QVBoxLayout(box);
    m_params = new QGridLayout;
    const std::array<QLabel*, 4> headers{new QLabel(box), new QLabel(box), new QLabel(box),
                                         new QLabel(box)};
    for (int c = 0; c < 4; ++c)
        m_params->addWidget(headers[static_cast<std::size_t>(c)], 0, c);
    m_tr.add([headers] {
        headers[0]->setText(tr("Name"));
        headers[1]->setText(tr("Default"));
        headers[2]->setText(tr("Slider from"));
        headers[3]->setText(tr("to"));
    });
    layout->addLayout(m_params);
    m_addParam = new QPushButton(box);
    m_addParam->setObjectName(QStringLiteral("addParameterButton"));
    m_tr.add([this] {
        m_addParam->setText(tr("&Add parameter"));
        m_addParam->setToolTip(
            tr("A parameter the formula uses by its name, with a slider in the curves view (at "
               "most %1)")
                .arg(static_cast<int>(kMaxFormulaParams)));
    });
    connect(m_addParam, &QPushButton::clicked, this, [this] { addParameter(); });
    layout->addWidget(m_addParam, 0, Qt::AlignLeft);
    return box;
}

QWidget* FunctionEditor::buildRecipeBox() {
    QGroupBox* box = titled_box(this, m_tr, [] { return tr("Recipe for the labs"); });
    auto* form = new QFormLayout(box);
    m_init = new QComboBox(box);
    m_init->setObjectName(QStringLiteral("initCombo"));
    for (const WeightInit family : {WeightInit::Glorot, WeightInit::He, WeightInit::LeCun})
        m_init->addItem(QString(), static_cast<int>(family));
    m_inputs = new QComboBox(box);
    m_inputs->setObjectName(QStringLiteral("inputsCombo"));
    for (const InputScaling s :
         {InputScaling::Standardised, InputScaling::ZeroOne, InputScaling::MinusOneOne})
        m_inputs->addItem(QString(), static_cast<int>(s));
    FormBuilder rows(form, m_tr);
    rows.row(
        m_init, [] { return tr("&Initialisation:"); },
        [] {
            return tr("How the gradient-flow and training labs draw the weights before a "
                      "network with this function learns");
        });
    rows.row(
        m_inputs, [] { return tr("In&puts:"); },
        [] { return tr("How the gradient-flow lab draws the inputs"); });
    m_tr.add([this] {
        for (int i = 0; i < m_init->count(); ++i)
            m_init->setItemText(i, init_name(static_cast<WeightInit>(m_init->itemData(i).toInt())));
        for (int i = 0; i < m_inputs->count(); ++i)
            m_inputs->setItemText(
                i, input_scaling_name(static_cast<InputScaling>(m_inputs->itemData(i).toInt())));
    });
    connect(m_init, &QComboBox::currentIndexChanged, this, &FunctionEditor::update);
    connect(m_inputs, &QComboBox::currentIndexChanged, this, &FunctionEditor::update);
    return box;
}

void FunctionEditor::addParameter(const QString& name, double value, double min, double max) {
    if (m_rows.size() >= kMaxFormulaParams) return;
    const int r = static_cast<int>(m_rows.size()) + 1;
    ParamRow row{new QLineEdit(this), new NumberBox(NumberBox::Kind::Real, this),
                 new NumberBox(NumberBox::Kind::Real, this),
                 new NumberBox(NumberBox::Kind::Real, this), new QPushButton(this)};
    row.name->setText(name.isEmpty() ? QStringLiteral("p%1").arg(r) : name);
    for (NumberBox* box : {row.value, row.min, row.max}) {
        box->setRange(-1e6, 1e6);
        connect(box, &NumberBox::valueChanged, this, &FunctionEditor::update);
    }
    row.value->setValue(value);
    row.min->setValue(min);
    row.max->setValue(max);
    row.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    row.remove->setText(QStringLiteral("−"));
    row.remove->setToolTip(tr("Remove this parameter"));
    connect(row.name, &QLineEdit::textChanged, this, &FunctionEditor::update);
    m_params->addWidget(row.name, r, 0);
    m_params->addWidget(row.value, r, 1);
    m_params->addWidget(row.min, r, 2);
    m_params->addWidget(row.max, r, 3);
    m_params->addWidget(row.remove, r, 4);
    connect(row.remove, &QPushButton::clicked, this, [this, remove = row.remove] {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].remove == remove) removeParameter(i);
    });
    m_rows.push_back(row);
    m_addParam->setEnabled(m_rows.size() < kMaxFormulaParams);
    update();
}

void FunctionEditor::removeParameter(std::size_t i) {
    const ParamRow row = m_rows[i];
    m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(i));
    for (QWidget* w :
         std::initializer_list<QWidget*>{row.name, row.value, row.min, row.max, row.remove}) {
        m_params->removeWidget(w);
        w->deleteLater();
    }
    // The rows below move up a line.
    for (std::size_t k = i; k < m_rows.size(); ++k) {
        const int r = static_cast<int>(k) + 1;
        const ParamRow& p = m_rows[k];
        m_params->addWidget(p.name, r, 0);
        m_params->addWidget(p.value, r, 1);
        m_params->addWidget(p.min, r, 2);
        m_params->addWidget(p.max, r, 3);
        m_params->addWidget(p.remove, r, 4);
    }
    m_addParam->setEnabled(true);
    update();
}

void FunctionEditor::setDefinition(const TypedDefinition& d, const QString& name) {
    const auto parsed = parse_definition(d.text);
    if (!parsed) return;
    while (!m_rows.empty())
        removeParameter(m_rows.size() - 1);
    m_name->setText(name.isEmpty() ? QString::fromStdString(parsed->name) : name);
    for (const FormulaParam& p : parsed->params) {
        const auto range = std::find_if(d.params.begin(), d.params.end(),
                                        [&](const TypedParam& t) { return t.name == p.name; });
        const TypedParam t = range != d.params.end() ? *range : typed_param_range(p);
        addParameter(QString::fromStdString(p.name), p.default_value, t.min, t.max);
    }
    m_init->setCurrentIndex(m_init->findData(static_cast<int>(d.recipe.init)));
    m_inputs->setCurrentIndex(m_inputs->findData(static_cast<int>(d.recipe.inputs)));
    m_formula->setText(QString::fromStdString(parsed->text).trimmed());
}

void FunctionEditor::update() {
    if (!m_formula || !m_ok) return; // still being built
    std::vector<FormulaParam> params;
    std::vector<TypedParam> ranges;
    for (const ParamRow& row : m_rows) {
        const std::string name = row.name->text().trimmed().toStdString();
        params.push_back({name, row.value->value()});
        ranges.push_back({name, row.value->value(), row.min->value(), row.max->value()});
    }
    const auto parsed = make_definition(m_name->text().trimmed().toStdString(), params,
                                        m_formula->text().toStdString());
    if (!parsed) {
        showProblem(parsed.error(), !about_the_fields(parsed.error().code));
        return;
    }
    for (const TypedParam& t : ranges)
        if (!(t.min < t.max && t.min <= t.default_value && t.default_value <= t.max)) {
            FormulaError e;
            e.code = FormulaErrorCode::BadRange;
            e.args = {t.name};
            showProblem(e, false);
            return;
        }
    std::string text = parsed->name + "(x";
    for (const FormulaParam& p : params)
        text += ", " + p.name + "=" + format_number(p.default_value);
    text += ") = " + parsed->text;
    m_good = TypedDefinition{text,
                             ranges,
                             {static_cast<WeightInit>(m_init->currentData().toInt()),
                              static_cast<InputScaling>(m_inputs->currentData().toInt())}};
    const CompiledFunction f(*parsed);
    std::vector<double> defaults;
    for (const FormulaParam& p : params)
        defaults.push_back(p.default_value);
    draw(f, defaults);
    m_problem->clear();
    m_derivative->setText(tr("f′(x) = %1").arg(QString::fromStdString(f.derivative_formula())));
    m_evaluated->setText(f.stable_formula() == f.formula()
                             ? QString()
                             : tr("Evaluated as %1, which stays exact where the formula as "
                                  "written would overflow.")
                                   .arg(QString::fromStdString(f.stable_formula())));
    m_ok->setEnabled(true);
}

void FunctionEditor::showProblem(const FormulaError& error, bool in_formula) {
    m_good.reset();
    m_ok->setEnabled(false);
    QString text = FormulaText::reason(error).toHtmlEscaped();
    if (in_formula && !m_formula->text().isEmpty()) {
        // The formula again, the mistake underlined, and a caret under where it starts.
        const QString formula = m_formula->text();
        const qsizetype from = index_of_column(formula, error.column);
        const qsizetype to = index_of_column(formula, error.column + error.length);
        const QString colour = problem_colour(palette()).name();
        const QString marked =
            formula.left(from).toHtmlEscaped() +
            QStringLiteral("<span style='color:%1; text-decoration:underline'>%2</span>")
                .arg(colour, formula.mid(from, to - from).toHtmlEscaped()) +
            formula.mid(to).toHtmlEscaped();
        const QString caret =
            QString(static_cast<qsizetype>(error.column), u' ') + u'^' +
            QString(static_cast<qsizetype>(std::max<std::size_t>(error.length, 1) - 1), u'~');
        text = QStringLiteral("<span style='font-family:monospace; white-space:pre'>%1<br><span "
                              "style='color:%2'>%3</span></span><br>%4")
                   .arg(marked, colour, caret, tr("Column %1: %2").arg(error.column + 1).arg(text));
        if (error.code == FormulaErrorCode::UnknownName && !error.args.empty() &&
            m_rows.size() < kMaxFormulaParams) {
            const QString name = QString::fromStdString(error.args[0]);
            text += QStringLiteral("<br><a href='param:%1'>%2</a>")
                        .arg(name.toHtmlEscaped(),
                             tr("Add “%1” as a parameter").arg(name).toHtmlEscaped());
        }
    }
    m_problem->setText(text);
    show_as_problem(m_problem, palette());
}

void FunctionEditor::draw(const CompiledFunction& f, std::span<const double> params) {
    std::vector<double> xs(kPreviewPoints);
    std::vector<double> vs(xs.size());
    std::vector<double> ds(xs.size());
    linspace(kPreviewFrom, kPreviewTo, xs);
    f.evaluate(params, xs, vs, ds);
    QVector<double> x(xs.begin(), xs.end());
    QVector<double> v;
    QVector<double> d;
    // What is not finite is a gap: the axes fit what can be drawn.
    constexpr double kGap = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = 0; i < xs.size(); ++i) {
        v << (std::isfinite(vs[i]) ? vs[i] : kGap);
        d << (std::isfinite(ds[i]) ? ds[i] : kGap);
    }
    m_preview->graph(0)->setData(x, v, true);
    m_preview->graph(1)->setData(x, d, true);
    bool found = false;
    QCPRange y = m_preview->graph(0)->getValueRange(found);
    bool found_d = false;
    const QCPRange yd = m_preview->graph(1)->getValueRange(found_d);
    if (found_d)
        y = found ? QCPRange(std::min(y.lower, yd.lower), std::max(y.upper, yd.upper)) : yd;
    if (found || found_d) {
        const double pad = std::max(0.05 * y.size(), 0.05);
        m_preview->yAxis->setRange(y.lower - pad, y.upper + pad);
    }
    m_preview->replot();
}

void FunctionEditor::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) m_tr.run();
}

} // namespace activa::ui
