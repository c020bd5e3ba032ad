// SPDX-License-Identifier: MIT
#include "propertiespanel.hpp"

#include "common/coretext.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"

#include <QEvent>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace activa::ui {
namespace {

QString yes_no(bool b) {
    return b ? PropertiesPanel::tr("yes") : PropertiesPanel::tr("no");
}

QString continuity(int order) {
    switch (order) {
    case -1:
        return PropertiesPanel::tr("discontinuous");
    case 0:
        return PropertiesPanel::tr("continuous, with kinks");
    case 1:
        return PropertiesPanel::tr("continuously differentiable (C¹)");
    default:
        return PropertiesPanel::tr("smooth (C∞)");
    }
}

QString init_name(WeightInit w) {
    switch (w) {
    case WeightInit::He:
        return PropertiesPanel::tr("He (normal or uniform)");
    case WeightInit::Glorot:
        return PropertiesPanel::tr("Glorot / Xavier (normal or uniform)");
    case WeightInit::LeCun:
        return PropertiesPanel::tr("LeCun normal");
    }
    return {};
}

QString scaling_name(InputScaling s) {
    switch (s) {
    case InputScaling::ZeroOne:
        return PropertiesPanel::tr("[0, 1]");
    case InputScaling::MinusOneOne:
        return PropertiesPanel::tr("[−1, 1]");
    case InputScaling::Standardised:
        return PropertiesPanel::tr("standardised (mean 0, sd 1)");
    }
    return {};
}

QString use_name(TypicalUse u) {
    switch (u) {
    case TypicalUse::Hidden:
        return PropertiesPanel::tr("hidden layers");
    case TypicalUse::Output:
        return PropertiesPanel::tr("output layer");
    case TypicalUse::Both:
        return PropertiesPanel::tr("hidden and output layers");
    case TypicalUse::Teaching:
        return PropertiesPanel::tr("teaching (not trainable by gradients)");
    }
    return {};
}

QString bounds(const Properties& p) {
    if (p.bounded_below && p.bounded_above) return PropertiesPanel::tr("above and below");
    if (p.bounded_below) return PropertiesPanel::tr("below only");
    if (p.bounded_above) return PropertiesPanel::tr("above only");
    return PropertiesPanel::tr("unbounded");
}

} // namespace

QStringList PropertiesPanel::propertyLabels() {
    return {tr("Formula"),           tr("Derivative"),   tr("Output range"),  tr("Monotonic"),
            tr("Continuity"),        tr("Zero-centred"), tr("Bounded"),       tr("Saturating"),
            tr("≈ identity near 0"), tr("Weight init"),  tr("Input scaling"), tr("Typical use")};
}

QStringList PropertiesPanel::propertyValues(ActivationId id) {
    const auto& a = info(id);
    const Properties& p = a.properties;
    return {core_text(a.formula),
            core_text(a.derivative_formula),
            core_text(p.output_range),
            yes_no(p.monotonic),
            continuity(p.continuity),
            yes_no(p.zero_centred),
            bounds(p),
            yes_no(p.saturating),
            yes_no(p.identity_near_zero),
            init_name(p.init),
            scaling_name(p.scaling),
            use_name(p.use)};
}

PropertiesPanel::PropertiesPanel(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_details(new QTextBrowser(this))
    , m_comparison(new QTextBrowser(this)) {
    m_details->setOpenExternalLinks(false);
    m_tabs->addTab(m_details, QString());
    m_tabs->addTab(m_comparison, QString());
    retranslate();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void PropertiesPanel::retranslate() {
    m_details->setToolTip(tr("Properties of the selected function"));
    m_comparison->setToolTip(tr("The plotted functions property by property"));
    m_tabs->setTabText(0, tr("Properties"));
    m_tabs->setTabText(1, tr("Compare"));
}

void PropertiesPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

void PropertiesPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Labels beside their values where there is room, above them in a narrow panel.
    if (wide() != m_wide) {
        m_wide = wide();
        showDetails();
    }
}

bool PropertiesPanel::wide() const {
    return width() >= m_details->fontMetrics().averageCharWidth() * 44;
}

void PropertiesPanel::setFunction(ActivationId id, const ParamValues& params) {
    m_function = id;
    m_params = params;
    showDetails();
}

void PropertiesPanel::showDetails() {
    const ActivationId id = m_function;
    const auto& a = info(id);
    const QStringList labels = propertyLabels();
    const QStringList values = propertyValues(id);
    QString html = QStringLiteral("<h3>%1 <span style='font-weight:normal; color:#666'>"
                                  "<code>%2</code></span></h3>")
                       .arg(function_name(id).toHtmlEscaped(), QString::fromLatin1(a.key));
    if (m_wide) {
        html += QStringLiteral("<table cellspacing='3'>");
        for (int i = 0; i < labels.size(); ++i)
            html += QStringLiteral("<tr><td style='color:#555; padding-right:8px; "
                                   "white-space:nowrap'>%1</td><td>%2</td></tr>")
                        .arg(labels[i].toHtmlEscaped(), values[i].toHtmlEscaped());
        html += QStringLiteral("</table>");
    } else {
        for (int i = 0; i < labels.size(); ++i)
            html += QStringLiteral("<p style='margin-top:0; margin-bottom:4px'>"
                                   "<span style='color:#555'>%1</span><br>%2</p>")
                        .arg(labels[i].toHtmlEscaped(), values[i].toHtmlEscaped());
    }
    if (!a.params.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Parameters").toHtmlEscaped());
        for (std::size_t i = 0; i < a.params.size(); ++i) {
            const ParamSpec& s = a.params[i];
            const double v = i < m_params.size() ? m_params[i] : s.default_value;
            const QString now = format_typed_number(v, QLocale());
            const QString shown =
                v == s.default_value
                    ? tr("%1 (default)").arg(now)
                    : tr("%1 (default %2)")
                          .arg(now, format_typed_number(s.default_value, QLocale()));
            html += QStringLiteral("<li><code>%1</code> = %2: %3</li>")
                        .arg(QString::fromLatin1(s.name), shown.toHtmlEscaped(),
                             core_text(s.meaning).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (!a.remark.empty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("Advice").toHtmlEscaped(), core_text(a.remark).toHtmlEscaped());
    if (!a.notes.empty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("Conventions").toHtmlEscaped(), core_text(a.notes).toHtmlEscaped());
    m_details->setHtml(html);
}

void PropertiesPanel::setCurves(const std::vector<CurveSpec>& curves) {
    // Property by property, each plotted function on its own line under it: four functions read
    // at a glance in a narrow panel, with no sideways scrolling.
    const QStringList labels = propertyLabels();
    std::vector<QStringList> values;
    for (const CurveSpec& c : curves)
        values.push_back(propertyValues(c.id));
    QString html;
    if (curves.empty()) html = tr("Check functions to compare them here.").toHtmlEscaped();
    for (int r = 0; r < labels.size(); ++r) {
        html += QStringLiteral("<p style='margin-top:6px; margin-bottom:0'><b>%1</b></p>")
                    .arg(labels[r].toHtmlEscaped());
        html += QStringLiteral("<table cellspacing='1'>");
        for (std::size_t c = 0; c < curves.size(); ++c)
            html +=
                QStringLiteral("<tr><td style='white-space:nowrap; padding-right:6px'>"
                               "<span style='color:%1'>■</span>&nbsp;%2</td><td>%3</td></tr>")
                    .arg(function_colour(curves[c].id).name(),
                         function_name(curves[c].id).toHtmlEscaped(), values[c][r].toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    m_comparison->setHtml(html);
}

} // namespace activa::ui
