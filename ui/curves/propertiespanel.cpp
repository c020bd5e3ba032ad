// SPDX-License-Identifier: MIT
#include "propertiespanel.hpp"

#include "common/coretext.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"
#include "curves/propertytexts.hpp"

#include <activa/functions.hpp>

#include <QEvent>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace activa::ui {
namespace {

// What the panel shows of a function: from the catalogue, or computed for a typed one.
std::vector<PropertyRow> rows_of(const CurveSpec& curve, const CurvesState& state, bool compared) {
    if (is_builtin(curve.id)) return builtin_properties(curve.id);
    return compared ? typed_comparison(curve, state.xmin, state.xmax)
                    : typed_properties(curve, state.xmin, state.xmax);
}

} // namespace

QStringList PropertiesPanel::propertyLabels() {
    QStringList labels;
    for (const PropertyRow& row : builtin_properties(ActivationId::Relu))
        labels << row.label;
    return labels;
}

PropertiesPanel::PropertiesPanel(CurvesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_tabs(new QTabWidget(this))
    , m_details(new QTextBrowser(this))
    , m_comparison(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("propertiesPanel"));
    m_details->setObjectName(QStringLiteral("detailsBrowser"));
    m_comparison->setObjectName(QStringLiteral("comparisonBrowser"));
    m_details->setOpenExternalLinks(false);
    m_tabs->addTab(m_details, QString());
    m_tabs->addTab(m_comparison, QString());
    retranslate();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_model, &CurvesModel::changed, this, &PropertiesPanel::onModelChanged);
}

void PropertiesPanel::retranslate() {
    m_details->setToolTip(tr("Properties of the selected function"));
    m_comparison->setToolTip(tr("The plotted functions property by property"));
    m_tabs->setTabText(0, tr("Properties"));
    m_tabs->setTabText(1, tr("Compare"));
}

void PropertiesPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) return;
    retranslate();
    showDetails();
    showComparison();
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

void PropertiesPanel::onModelChanged(CurvesModel::Parts parts) {
    using Part = CurvesModel::Part;
    const auto& curves = m_model->state().curves;
    // A typed function's properties are computed over the range shown, at its values.
    const bool typed_current = !is_builtin(m_model->current());
    const bool typed_checked = std::any_of(curves.begin(), curves.end(),
                                           [](const CurveSpec& c) { return !is_builtin(c.id); });
    if (parts & (Part::Current | Part::Params | Part::Functions) ||
        (typed_current && parts & Part::Range))
        showDetails();
    if (parts & Part::Functions || (typed_checked && parts & (Part::Params | Part::Range)))
        showComparison();
}

void PropertiesPanel::showDetails() {
    const ActivationId id = m_model->current();
    const auto& a = info(id);
    QString html = QStringLiteral("<h3>%1 <span style='font-weight:normal; color:#666'>"
                                  "<code>%2</code></span></h3>")
                       .arg(function_name(id).toHtmlEscaped(), utf8(a.key).toHtmlEscaped());
    const std::vector<PropertyRow> rows =
        rows_of({id, m_model->paramsOf(id)}, m_model->state(), false);
    if (m_wide) {
        html += QStringLiteral("<table cellspacing='3'>");
        for (const PropertyRow& row : rows)
            html += QStringLiteral("<tr><td style='color:#555; padding-right:8px; "
                                   "white-space:nowrap'>%1</td><td>%2</td></tr>")
                        .arg(row.label.toHtmlEscaped(), row.value.toHtmlEscaped());
        html += QStringLiteral("</table>");
    } else {
        for (const PropertyRow& row : rows)
            html += QStringLiteral("<p style='margin-top:0; margin-bottom:4px'>"
                                   "<span style='color:#555'>%1</span><br>%2</p>")
                        .arg(row.label.toHtmlEscaped(), row.value.toHtmlEscaped());
    }
    if (!is_builtin(id))
        html +=
            QStringLiteral("<p style='color:#555'>%1</p>")
                .arg(
                    tr("Computed over the x range shown, from %1 to %2, at the parameters' "
                       "values.")
                        .arg(
                            with_minus_signs(format_typed_number(m_model->state().xmin, QLocale())),
                            with_minus_signs(format_typed_number(m_model->state().xmax, QLocale())))
                        .toHtmlEscaped());
    m_details->setHtml(html + detailsTail());
}

QString PropertiesPanel::detailsTail() const {
    const ActivationId id = m_model->current();
    const auto& a = info(id);
    const ParamValues values = m_model->paramsOf(id);
    QString html;
    if (!a.params.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Parameters").toHtmlEscaped());
        for (std::size_t i = 0; i < a.params.size(); ++i) {
            const ParamSpec& s = a.params[i];
            const double v = values[i];
            const QString now = format_typed_number(v, QLocale());
            const QString shown =
                v == s.default_value
                    ? tr("%1 (default)").arg(now)
                    : tr("%1 (default %2)")
                          .arg(now, format_typed_number(s.default_value, QLocale()));
            html += s.meaning.empty()
                        ? QStringLiteral("<li><code>%1</code> = %2</li>")
                              .arg(utf8(s.name).toHtmlEscaped(), shown.toHtmlEscaped())
                        : QStringLiteral("<li><code>%1</code> = %2: %3</li>")
                              .arg(utf8(s.name).toHtmlEscaped(), shown.toHtmlEscaped(),
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
    return html;
}

void PropertiesPanel::showComparison() {
    // Property by property, each plotted function on its own line under it: four functions read
    // at a glance in a narrow panel, with no sideways scrolling.
    const std::vector<CurveSpec>& curves = m_model->state().curves;
    const QStringList labels = propertyLabels();
    std::vector<std::vector<PropertyRow>> values;
    for (const CurveSpec& c : curves)
        values.push_back(rows_of(c, m_model->state(), true));
    QString html;
    if (curves.empty()) html = tr("Check functions to compare them here.").toHtmlEscaped();
    for (int r = 0; r < labels.size(); ++r) {
        const auto row = static_cast<std::size_t>(r);
        html += QStringLiteral("<p style='margin-top:6px; margin-bottom:0'><b>%1</b></p>")
                    .arg(labels[r].toHtmlEscaped());
        html += QStringLiteral("<table cellspacing='1'>");
        for (std::size_t c = 0; c < curves.size(); ++c)
            html += QStringLiteral("<tr><td style='white-space:nowrap; padding-right:6px'>"
                                   "<span style='color:%1'>■</span>&nbsp;%2</td><td>%3</td></tr>")
                        .arg(function_colour(curves[c].id).name(),
                             function_name(curves[c].id).toHtmlEscaped(),
                             values[c][row].value.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    m_comparison->setHtml(html);
}

} // namespace activa::ui
